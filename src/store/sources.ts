import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The sources an index is built from (folders and files: the bundled seeds, extra folders, the
 * synced data folder, imported spreadsheets) are remembered in its manifest, so a plain re-run
 * reads them all again. Only `--forget` removes one.
 *
 * A source inside the working folder is remembered relative to it (`seeds`), so the project can be
 * moved; any other by its absolute path.
 */
export function sourceId(path: string): string {
  const absolute = resolve(path);
  const inside = relative(process.cwd(), absolute);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : absolute;
}

/** Whether `file` is `path` or lies inside it. */
export function isWithin(file: string, path: string): boolean {
  const f = resolve(file);
  const p = resolve(path);
  return f === p || f.startsWith(p.endsWith(sep) ? p : p + sep);
}

export class SourceError extends Error {
  override name = 'SourceError';
}

export interface SourcePlan {
  /** What this run reads: the remembered sources and the new ones, less the forgotten. */
  read: string[];
  /** Forgotten sources, as remembered. */
  forgotten: string[];
}

/**
 * The sources of this run. `remembered` is the previous manifest's list (or, for an index from
 * before sources were remembered, the folders its transcripts came from). A path given that does
 * not exist is read as any path is: a new one (a mistyped path) fails, named, and is not remembered
 * (`sourcesToRemember`), the rest of the run going on; a remembered one that has gone is reported,
 * its transcripts kept until it is forgotten.
 */
/** The sources every run reads whatever is typed, by id: what a message calls them, and what to do instead of forgetting them. */
export type EveryRunSources = ReadonlyMap<string, { what: string; instead?: string }>;
const SEEDS_ONLY: EveryRunSources = new Map([['seeds', { what: 'seeds/, the bundled corpus' }]]);

export function planSources(remembered: string[], given: string[], forget: string[], everyRun: EveryRunSources = SEEDS_ONLY): SourcePlan {
  const read: string[] = [];
  const add = (path: string): void => {
    const id = sourceId(path);
    if (!read.includes(id)) read.push(id);
  };
  remembered.forEach(add);
  given.forEach(add);
  const forgotten: string[] = [];
  for (const path of forget) {
    const id = sourceId(path);
    if (given.some((g) => sourceId(g) === id)) {
      // seeds/ and the sync's folder are given by every run, not by the person who typed --forget: said as what they are.
      const always = everyRun.get(id);
      throw new SourceError(always
        ? `${path} is ${always.what}, which every run indexes: it cannot be forgotten${always.instead ? `; ${always.instead}` : ''}`
        : `${path} is both given to index and to forget`);
    }
    if (!remembered.includes(id)) {
      throw new SourceError(
        `${path} is not a source of this index, so there is nothing to forget; its sources are: ${remembered.join(', ') || '(none)'}`,
      );
    }
    forgotten.push(id);
  }
  return { read: read.filter((id) => !forgotten.includes(id)), forgotten };
}

/** For an index built before sources were remembered: the folders its transcripts were read from. */
export function inferSources(files: string[]): string[] {
  return [...new Set(files.map((f) => sourceId(dirname(f))))];
}
