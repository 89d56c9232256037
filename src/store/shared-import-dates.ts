import { isImported, type PageCandidate } from '../transcripts/prefer-pages.js';
import type { Transcript, TranscriptRecord } from '../transcripts/types.js';
import { namedThenCounted, plural } from '../util/plural.js';

/** A briefing the choice of page over import saw: parsed this run, or carried over unread (its records then hold no text). */
type Chosen = Transcript | (PageCandidate & { unit: unknown });

/** Why one import of a date is left out for another (`preferPageTranscripts`): the whole rule, whichever part decided. */
const WHICH_IMPORT_KEPT = 'of two imports of a date, the one with more pairs is kept; at equal counts, the one read first';

/** What makes two imported pairs the same: their question and answer. */
const pairText = (r: TranscriptRecord): string => JSON.stringify([r.kind === 'exchange' ? r.question : null, r.answer]);

/** The pairs of `t` whose question and answer `holder` does not hold; null when the holder was carried unread. */
function pairsNotIn(t: Transcript, holder: Chosen): number | null {
  if ('unit' in holder) return null;
  const held = new Set(holder.records.map(pairText));
  return t.records.filter((r) => !held.has(pairText(r))).length;
}

/** The imports the choice kept, by briefing key (`pc-DATE`), and the files they came from. */
function keptImports(chosen: readonly Chosen[]): { byKey: Map<string, Chosen>; files: Set<string> } {
  const kept = chosen.filter(isImported);
  return { byKey: new Map(kept.map((t) => [t.key, t])), files: new Set(kept.map((t) => t.file)) };
}

/**
 * The spreadsheets read this run of which the choice of page over import kept no date (the same
 * sheet imported twice, as `.csv` and `.xlsx`), each with a warning naming what holds its dates:
 * another import (and whether that one holds every pair of it), or the Ministry's pages.
 */
export function idleImports(imported: readonly Transcript[], chosen: readonly Chosen[]): { file: string; warning: string }[] {
  const kept = keptImports(chosen);
  const bySheet = new Map<string, Transcript[]>();
  for (const t of imported) if (!kept.files.has(t.file)) bySheet.set(t.file, [...(bySheet.get(t.file) ?? []), t]);
  return [...bySheet].map(([file, transcripts]) => {
    const holders = new Map<string, { dates: number; missing: number | null; lost: string[]; equal: boolean }>();
    let pageDates = 0;
    for (const t of transcripts) {
      const holder = kept.byKey.get(t.key);
      if (!holder) {
        pageDates++;
        continue;
      }
      const missing = pairsNotIn(t, holder);
      const sum = holders.get(holder.file) ?? { dates: 0, missing: 0, lost: [], equal: false };
      holders.set(holder.file, {
        dates: sum.dates + 1,
        missing: sum.missing === null || missing === null ? null : sum.missing + missing,
        lost: missing ? [...sum.lost, lostDateWords(t, holder, missing)] : sum.lost,
        equal: sum.equal || (!!missing && holder.records.length === t.records.length),
      });
    }
    const parts = [...holders].map(([other, { dates, missing, lost, equal }]) =>
      missing === 0
        ? `every pair of its ${plural(dates, 'date')} is already indexed from ${other}`
        : `its ${plural(dates, 'date')} ${dates === 1 ? 'is' : 'are'} indexed from ${other} instead (${WHICH_IMPORT_KEPT}` +
          `${equal ? `, and ${other} is read before this file` : ''})` +
          (missing === null ? '' : `; ${plural(missing, 'pair')} of this file ${missing === 1 ? 'is' : 'are'} not among that file's, and not indexed: ${namedDates(lost)}`));
    if (pageDates > 0) {
      parts.push(`${plural(pageDates, 'date')} ${pageDates === 1 ? 'is' : 'are'} indexed from the Ministry's pages (a page replaces the imported pairs of its date)`);
    }
    return { file, warning: `${file} adds nothing to the index: ${parts.join('; ')}. It is remembered as a source all the same; --forget it to stop reading it` };
  });
}

/** How many dates of a warning are named; the rest are counted. */
const DATES_NAMED = 10;

/** A date whose pairs of `t` the kept import `holder` does not all hold: `2022-03-01 (that file 4 pairs, this one 3, 1 of them not among that file's)`. */
function lostDateWords(t: Transcript, holder: Chosen, missing: number): string {
  return `${t.date} (that file ${plural(holder.records.length, 'pair')}, this one ${t.records.length}, ${missing} of them not among that file's)`;
}

/** The first DATES_NAMED of such dates, and how many more. */
function namedDates(dates: string[]): string {
  return namedThenCounted(dates, DATES_NAMED);
}

/**
 * Where two spreadsheets import one date and the choice kept the other's pairs (it holds more, or
 * as many and was read first), the pairs of the left-out file that the kept one does not hold are
 * not indexed: one warning per file and the file kept instead, naming each such date, the two
 * counts and how many pairs are lost. A date whose every pair the kept file holds loses nothing and
 * is not named; a sheet the index takes no date from at all is `idleImports`'s.
 */
export function outweighedImports(imported: readonly Transcript[], chosen: readonly Chosen[]): string[] {
  const kept = keptImports(chosen);
  const chosenSet = new Set<Chosen>(chosen);
  const byPair = new Map<string, { loser: string; winner: string; dates: string[]; lost: number }>();
  for (const t of imported) {
    const holder = kept.byKey.get(t.key);
    if (chosenSet.has(t) || !kept.files.has(t.file) || !holder || holder.file === t.file) continue;
    const missing = pairsNotIn(t, holder);
    if (missing === null || missing === 0) continue;
    const id = `${t.file}\0${holder.file}`;
    const entry = byPair.get(id) ?? { loser: t.file, winner: holder.file, dates: [], lost: 0 };
    entry.dates.push(lostDateWords(t, holder, missing));
    entry.lost += missing;
    byPair.set(id, entry);
  }
  return [...byPair.values()].map(({ loser, winner, dates, lost }) => {
    return `${loser}: ${plural(lost, 'pair')} of it ${lost === 1 ? 'is' : 'are'} not indexed: on ${plural(dates.length, 'date')} that ${winner} ` +
      `imports too, the pairs indexed are that file's (${WHICH_IMPORT_KEPT}): ${namedDates(dates)}`;
  });
}
