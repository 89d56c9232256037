import { rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeFileDurable } from './layout.js';
import { namedThenCounted, plural } from '../util/plural.js';

/**
 * Page files left out as copies of another (briefing-keys.ts), said to whoever runs the index. A folder
 * that repeats the bundled pages (the shared corpus's mfa-en beside seeds/mfa-en) holds hundreds: one
 * line a file buried the run's errors under them. So a folder's copies of another folder's files are
 * one line, counted, a few named, and every copy is listed in the index folder's `copies.tsv`.
 */

/** The file in the index folder that lists every copy the last run that read the sources left out (`copy<TAB>original`). */
export const COPIES_FILE = 'copies.tsv';
/** Up to this many copies between two folders are each said on a line of their own. */
const SAID_ALONE = 3;
/** How many files a folder's line names. */
const NAMED = 3;

type Copy = { file: string; original: string };

/** One warning a copy, or one for each folder's copies of another folder's files when they are many. */
export function copyWarnings(copies: readonly Copy[], listFile: string): string[] {
  const groups = new Map<string, Copy[]>();
  for (const c of copies) {
    const key = `${dirname(c.file)}\0${dirname(c.original)}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].flatMap((group) => {
    if (group.length <= SAID_ALONE) {
      return group.map((c) => `${c.file} is a copy of ${c.original} (same date, language and exchanges): not indexed again`);
    }
    const named = group.map((c) => (basename(c.file) === basename(c.original) ? basename(c.file) : `${basename(c.file)} (of ${basename(c.original)})`));
    return [`${plural(group.length, 'file')} of ${dirname(group[0]!.file)} are copies of files of ${dirname(group[0]!.original)} ` +
      `(same date, language and exchanges), not indexed again: ${namedThenCounted(named, NAMED)}; every copy is listed in ${listFile}`];
  });
}

/** Writes the list of copies into the index folder, or removes it when the run found none. Caller holds the write lock. */
export function writeCopiesList(indexDir: string, copies: readonly Copy[]): string {
  const path = join(indexDir, COPIES_FILE);
  if (copies.length === 0) rmSync(path, { force: true });
  else writeFileDurable(path, `copy\toriginal\n${copies.map((c) => `${c.file}\t${c.original}\n`).join('')}`);
  return path;
}
