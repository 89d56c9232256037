import { existsSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { printable } from '../util/printable.js';
import { readManifest } from './index-manifest.js';

/**
 * A file of the committed index generation that cannot be read (cut short, overwritten, not JSON).
 * The message names the file and what is wrong, and gives the command that rebuilds the index: the
 * current generation set aside (`CURRENT` removed, so the next run reads every source again instead
 * of carrying the damaged files over) and `npm run index` run with the sources it remembered besides
 * seeds/ (a fresh index remembers only what it is given). Everything that opens the index for
 * searching (ask, timeline, the bots, their reloads) says this one message.
 */
export class IndexDamagedError extends Error {
  override name = 'IndexDamagedError';
  constructor(readonly generationDir: string, readonly file: string, readonly problem: string) {
    super(damagedIndexMessage(generationDir, file, problem));
  }
}

/** `the index in index/ is damaged: gen-…/records.jsonl: what is wrong. Rebuild it from its sources: rm index/CURRENT && npm run index`. */
export function damagedIndexMessage(generationDir: string, file: string, problem: string): string {
  const indexDir = dirname(generationDir);
  return `the index in ${indexDir}/ is damaged: ${join(basename(generationDir), file)}: ${problem}. ` +
    `Rebuild it from its sources: ${rebuildCommand(generationDir)}`;
}

/** The command that rebuilds the index of `generationDir`, naming the other sources it remembered that are still there. */
function rebuildCommand(generationDir: string): string {
  const others = (readManifest(generationDir)?.sources ?? []).filter((s) => s !== 'seeds' && existsSync(s));
  // Control characters of a name shown escaped, as in every message of index and sync: the line stays one line.
  const word = (path: string): string => printable(shellWord(path));
  return `rm ${word(join(dirname(generationDir), 'CURRENT'))} && npm run index${others.length > 0 ? ` -- ${others.map(word).join(' ')}` : ''}`;
}

/** A path as one word of a POSIX shell command. */
function shellWord(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

/**
 * Turns an error met while reading `generationDir` into an IndexDamagedError: the file is the one
 * the error names (`…/gen-…/records.jsonl, line 3: …`), else `file`, and the problem its message
 * without the path and without a "the index is damaged" the message already says.
 */
export function damagedIndex(generationDir: string, file: string, error: unknown): IndexDamagedError {
  if (error instanceof IndexDamagedError) return error;
  let problem = error instanceof Error ? error.message : String(error);
  const prefix = generationDir + sep;
  if (problem.startsWith(prefix)) {
    const named = /^[^\s,:]+/.exec(problem.slice(prefix.length))![0];
    file = named;
    problem = problem.slice(prefix.length + named.length).replace(/^[,:]?\s*/, '');
  }
  problem = problem.replace(/[;:]\s*(?:the|that) index is damaged.*$/, '').replace(/;\s*run `npm run index`.*$/, '').replace(/^(?=(?:is|does) )/, 'it ');
  return new IndexDamagedError(generationDir, file, problem);
}
