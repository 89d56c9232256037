import { rekey } from '../transcripts/corpus.js';
import { isImported, isPastedFile } from '../transcripts/prefer-pages.js';
import { resolveFile } from '../transcripts/resolve-file.js';
import type { Transcript } from '../transcripts/types.js';
import type { IndexManifest } from './index-manifest.js';
import { isWithin } from './sources.js';

/** What makes two transcripts the same briefing: date, language and every record's text, in order. */
export function contentFingerprint(t: Transcript): string {
  return JSON.stringify([t.date, t.lang ?? 'en', t.records.map((r) => [r.kind, r.kind === 'exchange' ? r.question : null, r.answer])]);
}

/** `2018-05-16b` → `2018-05-16`, `zh-2018-05-16c` → `zh-2018-05-16`: the key a date's first briefing has. */
export function baseKey(key: string): string {
  return key.replace(/^((?:zh-)?\d{4}-\d{2}-\d{2})[a-z]?$/, '$1');
}

const isPage = (t: Transcript): boolean => !isImported(t);

export interface SettledBriefings {
  transcripts: Transcript[];
  /** Each file left out as a copy of another, and that file (said by `copiesWords`). */
  copiesOf: { file: string; original: string }[];
  /** The files left out as copies. */
  copies: string[];
}

/**
 * The page briefings of a run, each once and under a key that does not move:
 * - a transcript whose date, language and records' text are those of another (a copy of a page under
 *   another name) is left out; the one kept is the one the index had, else the one from the source
 *   read first (`sources`, in the run's order: seeds/ first, then those remembered, then those added),
 *   else the first in a clean run's key order;
 * - a file that had a key in the previous index keeps it, so ids already handed out (card footers,
 *   Cite buttons) still name the same briefing, and so does the same briefing moved to another file
 *   (`hashAs(t, key)`, its content hash under that key, is the one the index recorded), and so does the
 *   page a pasted copy gave way to (same date and title: `prefer-pages.ts`); any other takes
 *   the date's next free key (`DATEb`, …), never one the previous index holds.
 * `transcripts` come keyed as a clean run keys them (corpus.ts); imports (`pc-DATE`) are left as they are.
 */
export function settleBriefings(
  transcripts: Transcript[], carriedKeys: Iterable<string>, previous: IndexManifest | null, sources: readonly string[],
  hashAs: (t: Transcript, key: string) => string,
): SettledBriefings {
  const keyBefore = new Map<string, string>(); // resolved file + base key → key
  const carried = new Set(carriedKeys);
  const held = new Set([...carried, ...Object.keys(previous?.transcripts ?? {})]);
  const keysOfBase = new Map<string, string[]>();
  for (const [key, entry] of Object.entries(previous?.transcripts ?? {})) {
    keyBefore.set(`${resolveFile(entry.file)}\0${baseKey(key)}`, key);
    keysOfBase.set(baseKey(key), [...(keysOfBase.get(baseKey(key)) ?? []), key]);
  }
  const parsedFiles = new Set(transcripts.map((t) => resolveFile(t.file)));
  const keyOf = new Map<Transcript, string | undefined>();
  const before = (t: Transcript): string | undefined => {
    if (keyOf.has(t)) return keyOf.get(t);
    // Its file's key; or, for a briefing whose file was moved or renamed, the key whose file is gone and whose content is the same.
    const key = keyBefore.get(`${resolveFile(t.file)}\0${baseKey(t.key)}`) ??
      keysOfBase.get(baseKey(t.key))?.find((k) => {
        const entry = previous!.transcripts[k]!;
        return !carried.has(k) && !parsedFiles.has(resolveFile(entry.file)) && entry.hash === hashAs(t, k);
      }) ??
      // A pasted copy that gave way to the page of the same briefing (prefer-pages.ts): the page takes its key.
      keysOfBase.get(baseKey(t.key))?.find((k) => {
        const entry = previous!.transcripts[k]!;
        return !isPastedFile(t.file) && isPastedFile(entry.file) && !carried.has(k) && !parsedFiles.has(resolveFile(entry.file)) &&
          entry.date === t.date && entry.title === t.title;
      });
    keyOf.set(t, key);
    return key;
  };
  const rank = (t: Transcript): number => {
    const i = sources.findIndex((source) => isWithin(t.file, source));
    return i < 0 ? sources.length : i;
  };

  const groups = new Map<string, Transcript[]>();
  for (const t of transcripts.filter(isPage)) groups.set(baseKey(t.key), [...(groups.get(baseKey(t.key)) ?? []), t]);
  const dropped = new Set<Transcript>();
  const copiesOf: { file: string; original: string }[] = [];
  const copies: string[] = [];
  for (const [base, group] of groups) {
    // The keys as given are a clean run's order (corpus.ts assignKeys: a page before a paste, then publication order).
    group.sort((a, b) => a.key.localeCompare(b.key));
    const preferred = [...group].sort((a, b) => Number(before(b) !== undefined) - Number(before(a) !== undefined) || rank(a) - rank(b));
    const firstOf = new Map<string, Transcript>();
    for (const t of preferred) {
      const fingerprint = contentFingerprint(t);
      const original = firstOf.get(fingerprint);
      if (original) {
        dropped.add(t);
        copiesOf.push({ file: t.file, original: original.file });
        copies.push(t.file);
      } else {
        firstOf.set(fingerprint, t);
      }
    }
    const kept = group.filter((t) => !dropped.has(t));
    const taken = new Set([...held].filter((k) => baseKey(k) === base));
    const keyed = new Map<Transcript, string>();
    for (const t of kept) {
      const key = before(t);
      if (key !== undefined && !carried.has(key) && ![...keyed.values()].includes(key)) keyed.set(t, key);
    }
    for (const key of keyed.values()) taken.add(key);
    for (const t of kept) {
      if (keyed.has(t)) continue;
      const key = freeKey(base, taken);
      taken.add(key);
      keyed.set(t, key);
    }
    for (const [t, key] of keyed) if (t.key !== key) rekey(t, key);
  }
  return { transcripts: transcripts.filter((t) => !dropped.has(t)), copiesOf, copies };
}

/** A briefing key not yet taken: `DATE`, `DATEb`, `DATEc`… */
export function freeKey(base: string, taken: ReadonlySet<string>): string {
  for (let i = 0; ; i++) {
    const key = i === 0 ? base : base + String.fromCharCode(97 + i);
    if (!taken.has(key)) return key;
  }
}
