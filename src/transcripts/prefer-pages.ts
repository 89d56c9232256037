import { extname } from 'node:path';
import type { Occasion, Transcript } from './types.js';

/** Occasions whose page holds the day's briefing (a statement or topical remarks does not). */
const BRIEFING_OCCASIONS: ReadonlySet<Occasion> = new Set(['press-conference', 'written-remarks', 'online-briefing']);

/** What the choice reads of a transcript: an index run gives briefings it did not parse again in this form. */
export type PageCandidate = Pick<Transcript, 'file' | 'key' | 'date' | 'title' | 'occasion' | 'lang'> & {
  records: readonly { kind: string; source?: unknown }[];
};

/** A briefing imported from a research-corpus spreadsheet (its exchanges carry their source), not a page. */
export function isImported(t: Pick<PageCandidate, 'records'>): boolean {
  return t.records.some((r) => r.kind === 'exchange' && r.source !== undefined);
}

/** A transcript pasted as plain text, which gives way to the page of the same briefing. */
export function isPastedFile(file: string): boolean {
  return extname(file).toLowerCase() === '.txt';
}

function isPaste(t: PageCandidate): boolean {
  return isPastedFile(t.file);
}

/**
 * One version of each briefing, the Ministry's page first:
 * - where an English page of a date is indexed (bundled, synced or added), the imported corpus pairs
 *   of that date are dropped (a Chinese page is the original beside them, not a replacement); of two imports of one date (the sample and the full corpus), the one with more
 *   pairs is kept;
 * - a pasted plain-text copy of a page that is also indexed (same date and title) is dropped.
 * A revised translation re-published as a second page stays (`DATEb`). Pure: a new list, in the given order.
 */
export function preferPageTranscripts<T extends PageCandidate>(transcripts: readonly T[]): T[] {
  const pages = transcripts.filter((t) => !isImported(t) && !isPaste(t));
  // The imported corpus is English: only an English page of the date replaces its pairs.
  const pageDates = new Set(pages.filter((t) => BRIEFING_OCCASIONS.has(t.occasion) && (t.lang ?? 'en') === 'en').map((t) => t.date));
  // Titles are read only where a pasted copy could be dropped (an index run reads a carried briefing's when asked).
  const pageTitles = new Set(transcripts.some(isPaste) ? pages.map((t) => `${t.date} ${t.title}`) : []);
  const importedByKey = new Map<string, T>();
  for (const t of transcripts) {
    if (!isImported(t) || pageDates.has(t.date)) continue;
    const other = importedByKey.get(t.key);
    if (!other || t.records.length > other.records.length) importedByKey.set(t.key, t);
  }
  const kept = new Set(importedByKey.values());
  return transcripts.filter((t) => (isImported(t) ? kept.has(t) : !(isPaste(t) && pageTitles.has(`${t.date} ${t.title}`))));
}
