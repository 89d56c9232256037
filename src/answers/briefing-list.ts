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
