import type { ParseFailure } from '../transcripts/corpus.js';
import { resolveFile } from '../transcripts/resolve-file.js';
import type { Transcript } from '../transcripts/types.js';
import type { IndexManifest } from './index-manifest.js';
import { exchangeTexts, heldBriefing, lastingIds } from './lasting-ids.js';
import type { StoredLines } from './read-sources.js';

/** What a run keeps of a spreadsheet read with rows skipped (`heldPastSkippedRows`). */
export interface HeldPastSkippedRows {
  /** Per row failure (the sheet's first), the briefings indexed from its sheet before that are kept as they were. */
  kept: Map<ParseFailure, string[]>;
  /** This run's readings of those briefings, not taken. */
  dropped: Set<Transcript>;
}

/**
 * A spreadsheet read with rows skipped (a date mistyped, a cell cut) removes nothing it indexed
 * before, as a file that cannot be read at all removes nothing. The skipped row cannot be placed by
 * its date, which may be what went bad, so every briefing the index held from the sheet that this
 * run's reading would remove, or would take an exchange from, is kept as it was; the sheet's reading
 * of that date waits until the sheet reads whole. A kept briefing keeps its ids, so an id handed out
 * goes on naming its exchange, and names it still when the row is mended. A briefing whose date a
 * transcript from elsewhere now holds (the Ministry's page outranking an import) is not kept.
 */
export function heldPastSkippedRows(
  parsed: readonly Transcript[], carriedKeys: ReadonlySet<string>, failures: readonly ParseFailure[],
  previous: IndexManifest, stored: StoredLines,
): HeldPastSkippedRows {
  const firstRowFailure = new Map<string, ParseFailure>();
  for (const f of failures) {
    const file = resolveFile(f.file);
    if (f.row !== undefined && !firstRowFailure.has(file)) firstRowFailure.set(file, f);
  }
  const kept = new Map<ParseFailure, string[]>();
  const dropped = new Set<Transcript>();
  if (firstRowFailure.size === 0) return { kept, dropped };
  const parsedByKey = new Map(parsed.map((t) => [t.key, t]));
  const heldElsewhere = new Set(parsed.map((t) => `${t.lang ?? 'en'} ${t.date}`));
  for (const [key, entry] of Object.entries(previous.transcripts)) {
    const failure = firstRowFailure.get(resolveFile(entry.file));
    if (!failure || carriedKeys.has(key)) continue;
    const reading = parsedByKey.get(key);
    if (reading && resolveFile(reading.file) !== resolveFile(entry.file)) continue;
    if (!reading && entry.date !== undefined && heldElsewhere.has(`${entry.lang ?? 'en'} ${entry.date}`)) continue;
    const held = heldBriefing(stored, key);
    if (!held) continue;
    if (reading && lastingIds(key, held, exchangeTexts(reading)).removed.length === 0) continue;
    if (reading) dropped.add(reading);
    kept.set(failure, [...(kept.get(failure) ?? []), key]);
  }
  return { kept, dropped };
}
