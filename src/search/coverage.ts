import { basename, isAbsolute, relative, resolve } from 'node:path';
import { plural } from '../util/plural.js';
import { withoutImpossibleDates } from './impossible-dates.js';
import { yearsIn } from './years-named.js';
import type { SearchFilters } from './types.js';

export { yearsIn };

/** What the index covers: the span of its briefings and the stretches inside it without any. */
export interface Coverage {
  /** First and last briefing date, `YYYY-MM-DD`; null when the index is empty. */
  from: string | null;
  to: string | null;
  briefings: number;
  /** Stretches of more than `GAP_DAYS` days without a briefing: the first and last day of each. */
  gaps: { from: string; to: string }[];
  /**
   * Stretches whose briefings are held only as pairs imported from a research corpus (no page of
   * those dates), with the files imported: a corpus, or a sample of one, may not hold every
   * exchange, so "nothing found" there is weaker than on the Ministry's pages. Absent: none.
   */
  corpusOnly?: CorpusStretch[];
  /** The months (`2022-03`) whose briefings all come from imported corpus files; absent when none do. */
  importedMonths?: string[];
}

export interface CorpusStretch {
  from: string;
  to: string;
  /** The imported files' names. */
  files: string[];
}

/**
 * The imported files of each date of a stretch `corpusOnlyStretches` made, so that a clause about some
 * of its dates names only the files they came from (`stretchesHolding`): of two sheets, one may hold
 * a single date of a two-year stretch. Kept beside the stretch, not in it: `--json` gives the stretch.
 */
const filesByDate = new WeakMap<CorpusStretch, ReadonlyMap<string, readonly string[]>>();

/**
 * The runs of briefing dates held only from imported corpus files (`sourceKind` "imported"), a page
 * of any date ending a run; `briefings` sorted by date.
 */
export function corpusOnlyStretches(briefings: { date: string; file: string | null }[]): CorpusStretch[] {
  const kinds = new Map<string, { imported: boolean; files: Set<string> }>();
  for (const b of briefings) {
    const imported = b.file !== null && isImported(b.file);
    const day = kinds.get(b.date) ?? { imported: true, files: new Set<string>() };
    day.imported &&= imported;
    if (imported) day.files.add(basename(b.file!));
    kinds.set(b.date, day);
  }
  const runs: { from: string; to: string; files: Set<string>; byDate: Map<string, string[]> }[] = [];
  let open = false;
  for (const [date, day] of kinds) {
    if (!day.imported) {
      open = false;
      continue;
    }
    if (!open) runs.push({ from: date, to: date, files: new Set(), byDate: new Map() });
    open = true;
    const run = runs.at(-1)!;
    run.to = date;
    for (const f of day.files) run.files.add(f);
    run.byDate.set(date, [...day.files]);
  }
  return runs.map((r) => {
    const stretch = { from: r.from, to: r.to, files: [...r.files].sort() };
    filesByDate.set(stretch, r.byDate);
    return stretch;
  });
}

/**
 * The stretches of `stretches` (`Coverage.corpusOnly`) that hold any of `dates`, each cut to the
 * first and last of the dates it holds, oldest first, and how many of the dates they hold (a date
 * repeated counts each time): null when they hold none. Each stretch names only the files those
 * dates came from, where `corpusOnlyStretches` recorded them.
 */
export function stretchesHolding(stretches: readonly CorpusStretch[], dates: Iterable<string>): { count: number; stretches: CorpusStretch[] } | null {
  // Each stretch holding some, cut to the first and last of them: one exchange of 2005 is "of 2005-01-20", not of 2002 to 2017.
  const holding = new Map<CorpusStretch, { from: string; to: string; files: Set<string> }>();
  let count = 0;
  for (const date of dates) {
    const stretch = stretches.find((s) => s.from <= date && date <= s.to);
    if (!stretch) continue;
    count++;
    const held = holding.get(stretch) ?? { from: date, to: date, files: new Set<string>() };
    if (date < held.from) held.from = date;
    if (date > held.to) held.to = date;
    for (const file of filesByDate.get(stretch)?.get(date) ?? stretch.files) held.files.add(file);
    holding.set(stretch, held);
  }
  if (count === 0) return null;
  return {
    count,
    stretches: stretches.flatMap((s) => {
      const held = holding.get(s);
      if (!held) return [];
      return [{ ...s, from: held.from, to: held.to, files: held.files.size === s.files.length ? s.files : s.files.filter((f) => held.files.has(f)) }];
    }),
  };
}

/** The months whose briefings all come from imported corpus files, oldest first. */
export function importedOnlyMonths(briefings: { date: string; file: string | null }[]): string[] {
  const imported = new Map<string, boolean>();
  for (const b of briefings) {
    const month = b.date.slice(0, 7);
    imported.set(month, (imported.get(month) ?? true) && b.file !== null && isImported(b.file));
  }
  return [...imported].filter(([, only]) => only).map(([month]) => month).sort();
}

/** Recesses are about two weeks (New Year, Spring Festival, summer): a longer silence is a hole in the index. */
export const GAP_DAYS = 30;
const DAY_MS = 86_400_000;

const dayOf = (date: string): number => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The coverage of briefings held on these dates (any order, repeats allowed). */
export function computeCoverage(dates: string[]): Coverage {
  const days = [...new Set(dates)].map(dayOf).filter((d) => !Number.isNaN(d)).sort((a, b) => a - b);
  const gaps: Coverage['gaps'] = [];
  for (let i = 1; i < days.length; i++) {
    const without = days[i]! - days[i - 1]! - 1;
    if (without > GAP_DAYS) gaps.push({ from: dateOf(days[i - 1]! + 1), to: dateOf(days[i]! - 1) });
  }
  return {
    from: days.length ? dateOf(days[0]!) : null,
    to: days.length ? dateOf(days[days.length - 1]!) : null,
    briefings: dates.length,
    gaps,
  };
}

/** A stretch of days, first and last included (`YYYY-MM-DD`). */
export interface DateRange {
  from: string;
  to: string;
}

/** Whether the index may hold a briefing from `from` to `to`: the dates reach its span and lie in no single gap. */
export function covers(coverage: Coverage, from: string, to: string): boolean {
  if (!coverage.from || !coverage.to || to < coverage.from || from > coverage.to) return false;
  return !coverage.gaps.some((g) => g.from <= from && to <= g.to);
}

/**
 * A passage pasted whole (a paragraph of a transcript or a story) rather than a question asked:
 * over 150 characters (no question of the eval's is over 115), or Chinese sentences, one after
 * another (`。` with more after it).
 */
export function isPastedPassage(question: string): boolean {
  return [...question].length > 150 || /[。！？]\s*[^\s。！？”」』)）]/u.test(question);
}

/**
 * The years a question asks about (`yearsIn`); none of a pasted passage (`isPastedPassage`), whose
 * years are its words ("1997", "1998" in a paragraph on the Joint Liaison Group), no dates asked
 * about: a date the search read in it is its filter all the same.
 */
export function yearsAsked(question: string): number[] {
  // The year of a day no calendar holds ("Huawei 2020-02-30") is not asked about: the date was not searched (review39 6).
  return isPastedPassage(question) ? [] : yearsIn(withoutImpossibleDates(question).text);
}

/**
 * The dates a search asked about: its date filters as one range, and each year the question names
 * (`yearsAsked`); `onward`, the year its words kept (`WordsRead.yearOnward`: "Hong Kong 2020"), from
 * that year on, as rule 4 of gate.ts searched it and the answer says.
 */
export function askedRanges(question: string, filters: SearchFilters = {}, onward?: string): DateRange[] {
  const ranges: DateRange[] = [];
  const from = filters.from ?? '0000-01-01';
  const to = filters.to ?? '9999-12-31';
  if (filters.from || filters.to) ranges.push({ from, to });
  // A year named, within the dates the filters allow: "coronavirus 2020" up to 2019-12-31 asks about no day of 2020.
  for (const year of yearsAsked(question)) {
    const end = String(year) === onward ? '9999-12-31' : `${year}-12-31`;
    const range = { from: `${year}-01-01` > from ? `${year}-01-01` : from, to: end < to ? end : to };
    if (range.from <= range.to) ranges.push(range);
  }
  return ranges;
}

/** The gaps of the coverage that overlap any of the ranges, oldest first. */
export function gapsOverlapping(coverage: Coverage, ranges: DateRange[]): Coverage['gaps'] {
  return coverage.gaps.filter((g) => ranges.some((r) => g.from <= r.to && r.from <= g.to));
}

/**
 * Whether the search asked about time the index does not hold: a date filter reaching past either
 * end or lying in a gap, or a year the question asks about (`yearsAsked`) without any indexed briefing.
 */
export function reachesOutside(coverage: Coverage, question: string, filters: SearchFilters = {}): boolean {
  if (!coverage.from || !coverage.to) return true;
  if (filters.from && filters.from < coverage.from) return true;
  if (filters.to && filters.to > coverage.to) return true;
  if ((filters.from || filters.to) && !covers(coverage, filters.from ?? coverage.from, filters.to ?? coverage.to)) return true;
  return yearsAsked(question).some((y) => !covers(coverage, `${y}-01-01`, `${y}-12-31`));
}

/**
 * An answer names this many gaps at most, the latest (a reporter asks about recent years; an index
 * with an imported sample can have dozens of gaps), and counts the others; `about` lists them all.
 */
export const GAPS_NAMED = 3;

/** `2021-06-29 to 2021-12-07, 2023-12-30 to 2026-07-17, nor in 23 earlier stretches of more than 30 days` */
export function gapWords(gaps: Coverage['gaps'], max = GAPS_NAMED): string {
  const named = gaps.slice(Math.max(0, gaps.length - max));
  const more = gaps.length - named.length;
  const rest = more > 0 ? `, nor in ${plural(more, 'earlier stretch', 'earlier stretches')} of more than ${GAP_DAYS} days` : '';
  return named.map((g) => `${g.from} to ${g.to}`).join(', ') + rest;
}

/** What an empty index holds, in every answer that would name its span or its newest briefing. */
export const NO_BRIEFINGS_YET = 'The index holds no briefings yet.';

/**
 * One sentence naming the span searched and its gaps, for answers and "nothing relevant found":
 * `gaps` are those worth naming (by default all of them, the latest few by date). Given the
 * briefings of part of the span (`outsideNote`), it names those.
 */
export function describeCoverage(coverage: Coverage, gaps: Coverage['gaps'] = coverage.gaps): string {
  if (!coverage.from || !coverage.to) return NO_BRIEFINGS_YET;
  const without = gaps.length === 0 ? '' : `; none from ${gapWords(gaps)}`;
  const count = `${coverage.briefings.toLocaleString('en-US')} ${coverage.briefings === 1 ? 'briefing' : 'briefings'}`;
  const dates = coverage.from === coverage.to ? `of ${coverage.from}` : `from ${coverage.from} to ${coverage.to}`;
  return `Searched ${count} ${dates}${without}.`;
}

/** Where a transcript came from, by the path the index manifest records. */
export type SourceKind = 'bundled' | 'synced' | 'imported' | 'added';

/** A spreadsheet is a research corpus's import (PressCon); its kind needs no path resolved. */
function isImported(file: string): boolean {
  return /\.(xlsx|csv)$/i.test(file);
}

export function sourceKind(file: string, dataDir: string): SourceKind {
  if (isImported(file)) return 'imported';
  const under = (dir: string): boolean => {
    const rel = relative(resolve(dir), resolve(file));
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
  if (under('seeds')) return 'bundled';
  if (under(dataDir)) return 'synced';
  return 'added';
}

/** Briefings of one kind of source, with their span. */
export interface SourceSummary {
  kind: SourceKind;
  briefings: number;
  from: string;
  to: string;
  /** For the imported kind: each spreadsheet, by the path the manifest records, with its briefings (held as its pairs only). */
  sheets?: { file: string; briefings: number; from: string; to: string }[];
}

/** Sources by kind, in a fixed order: bundled, synced, imported, added. */
export function summarizeSources(briefings: { date: string; file: string | null }[], dataDir: string): SourceSummary[] {
  const order: SourceKind[] = ['bundled', 'synced', 'imported', 'added'];
  const byKind = new Map<SourceKind, string[]>();
  for (const b of briefings) {
    const kind = b.file === null ? 'added' : sourceKind(b.file, dataDir);
    const dates = byKind.get(kind) ?? [];
    dates.push(b.date);
    byKind.set(kind, dates);
  }
  const span = (dates: string[]) => ({ briefings: dates.length, from: dates[0]!, to: dates[dates.length - 1]! });
  const bySheet = new Map<string, string[]>();
  for (const b of briefings) if (b.file !== null && isImported(b.file)) bySheet.set(b.file, [...(bySheet.get(b.file) ?? []), b.date]);
  return order.flatMap((kind) => {
    const dates = (byKind.get(kind) ?? []).sort();
    if (dates.length === 0) return [];
    const sheets = kind === 'imported' ? { sheets: [...bySheet].sort(([a], [b]) => a.localeCompare(b)).map(([file, of]) => ({ file, ...span(of.sort()) })) } : {};
    return [{ kind, ...span(dates), ...sheets }];
  });
}
