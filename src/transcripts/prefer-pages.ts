import type { Occasion, Transcript } from './types.js';

/** Occasions whose page holds the day's briefing (a statement or topical remarks does not). */
const BRIEFING_OCCASIONS: ReadonlySet<Occasion> = new Set(['press-conference', 'written-remarks', 'online-briefing']);

function isImported(t: Transcript): boolean {
  return t.records.some((r) => r.kind === 'exchange' && r.source !== undefined);
}

/**
 * One version of each briefing: where a Ministry page of a date is indexed (bundled, synced or
 * added), its exchanges win and the imported corpus pairs of that date are dropped, so nothing is
 * shown twice. Of two imports of one date (the sample and the full corpus), the one with more pairs
 * is kept. Pure: returns a new list, in the given order.
 */
export function preferPageTranscripts(transcripts: readonly Transcript[]): Transcript[] {
  const pageDates = new Set(
    transcripts.filter((t) => !isImported(t) && BRIEFING_OCCASIONS.has(t.occasion)).map((t) => t.date),
  );
  const importedByKey = new Map<string, Transcript>();
  for (const t of transcripts) {
    if (!isImported(t) || pageDates.has(t.date)) continue;
    const other = importedByKey.get(t.key);
    if (!other || t.records.length > other.records.length) importedByKey.set(t.key, t);
  }
  const kept = new Set(importedByKey.values());
  return transcripts.filter((t) => !isImported(t) || kept.has(t));
}
