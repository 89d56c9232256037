import { appendFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { writeFailure } from '../util/write-all.js';

/**
 * Vectors embedded by a run that has not committed yet, appended as they are made. Embedding is the
 * slow step; a run that is killed leaves its work here and the next run picks it up instead of
 * embedding again. A line cut short by the kill is ignored.
 */
const JOURNAL_FILE = 'embedding-journal.jsonl';

export function chunkHash(model: string, text: string): string {
  return createHash('sha256').update(model).update('\0').update(text).digest('base64url').slice(0, 32);
}

export class EmbeddingJournal {
  private readonly path: string;
  private readonly known = new Map<string, number[]>();

  constructor(indexDir: string) {
    mkdirSync(indexDir, { recursive: true });
    this.path = join(indexDir, JOURNAL_FILE);
    let text = '';
    try {
      text = readFileSync(this.path, 'utf8');
    } catch {
      return;
    }
    if (text && !text.endsWith('\n')) appendFileSync(this.path, '\n'); // keep the next entry on a line of its own
    for (const line of text.split('\n')) {
      try {
        const entry = JSON.parse(line) as { h: string; v: number[] };
        if (typeof entry.h === 'string' && Array.isArray(entry.v)) this.known.set(entry.h, entry.v);
      } catch {
        // the torn last line of a killed run
      }
    }
  }

  get size(): number {
    return this.known.size;
  }

  get(hash: string): number[] | undefined {
    return this.known.get(hash);
  }

  append(entries: { hash: string; vector: number[] }[]): void {
    if (entries.length === 0) return;
    try {
      appendFileSync(this.path, entries.map((e) => JSON.stringify({ h: e.hash, v: e.vector })).join('\n') + '\n');
    } catch (error) {
      throw writeFailure(this.path, error); // a full disk: named, and the run fails (a torn last line is skipped when read)
    }
    for (const e of entries) this.known.set(e.hash, e.vector);
  }

}

/** Once a generation holding the journal's vectors is committed, the journal has served. */
export function clearEmbeddingJournal(indexDir: string): void {
  rmSync(join(indexDir, JOURNAL_FILE), { force: true });
}
