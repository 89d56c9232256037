import type { Briefing } from '../search/types.js';
import type { IndexedRecord } from '../store/types.js';
import { dateDoubtWords, doubtMark } from './date-doubt.js';
import { capitalized } from './wording.js';

/** A record of a briefing's list, and the number the list shows it under. */
export interface Numbered<T> {
  ordinal: number;
  record: T;
}

/**
 * A briefing's records as its list numbers them for a reader: 1, 2, 3… in the briefing's order. The
 * number is the line's place in the list, never read from the record: an imported date whose first
 * row holds no answer (not indexed) starts at `pc-2023-03-14#2`, yet its list starts at 1. The id
 * stays the handle that citations, `quote` and the menus use.
 */
export function numberedRecords<T>(records: readonly T[]): Numbered<T>[] {
  return records.map((record, i) => ({ ordinal: i + 1, record }));
}

/** `pc-2014-01-12 (date doubted)`: a briefing's key as its view heads it, marked when every record of it has a doubted date. */
export function briefingKeyShown(briefing: Pick<Briefing, 'summary' | 'records'>): string {
  const doubted = briefing.records.length > 0 && briefing.records.every((r) => r.source?.dateDoubted);
  return `${briefing.summary.key}${doubtMark(doubted)}`;
}

/**
 * Said above a briefing's list when the sheet contradicts the date of records of it (`dateDoubtWords`):
 * `Date doubted (the sheet contradicts it): …; check the Ministry's page before citing the date`, or,
 * when only some are, each of them by its number (`3. Date doubted …`); null when none is.
 */
export function briefingDoubtNote(briefing: Pick<Briefing, 'records'>): string | null {
  const doubted = numberedRecords(briefing.records).flatMap(({ ordinal, record }) => {
    const words = dateDoubtWords(record);
    return words ? [{ ordinal, words: capitalized(words) }] : [];
  });
  if (doubted.length === 0) return null;
  const reasons = new Set(doubted.map((d) => d.words));
  return doubted.length === briefing.records.length && reasons.size === 1 ? doubted[0]!.words : doubted.map((d) => `${d.ordinal}. ${d.words}`).join(' ');
}

/** After what a line or an option says of a record: the doubted-date mark when its date is doubted, else ''. */
export function recordDoubtMark(record: Pick<IndexedRecord, 'source'>): string {
  return doubtMark(record.source?.dateDoubted);
}
