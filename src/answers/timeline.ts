import type { Coverage, CorpusStretch } from '../search/coverage.js';
import { countedMatches } from '../search/counted.js';
import { capitalsNamed } from '../search/capitals-counted.js';
import type { MatchRef, SearchFilters, SearchMode, SearchResponse, SpoxSearch, WordsCounted } from '../search/types.js';
import { wordsCountedText } from './counted-words.js';
import { dateSpan } from '../search/order.js';
import { safeLinkUrl } from './links.js';
import { askInWords, clippedSpan, clippedTo, corpusOnlyNote, openEndWords, passedEndsWords, unheldYearsWords, unnamedAskersSearched, type SearchedSpan } from './span.js';
import { LANGUAGE_NAMES, languageWord, otherLanguage, questionLanguage } from './held-words.js';
import { readingOf, type QuestionReading } from './reading.js';
import { readingNotes } from './totals.js';
import { doubtedEnds, doubtedEndsWords, doubtedRecords, type DoubtedEnds } from './date-doubt.js';
import { modeWords, recordsCountWords } from './wording.js';
import { statementsAmong } from '../search/statements.js';
import type { BriefingSummary } from '../store/types.js';
import { lastDayOfMonth } from '../util/calendar.js';
import { daysBetween, shiftedDay } from '../util/iso-date.js';

/** How many times a topic came up in one month. */
export interface MonthCount {
  /** `2019-05` */
  month: string;
  count: number;
  /**
   * Whether the index holds briefings of that month: false for a month inside one of its gaps,
   * where a zero means nothing was searched, not that the topic never came up.
   */
  held: boolean;
  /**
   * Whether the index holds that month only as pairs imported from a research corpus
   * (`Coverage.importedMonths`), which may not hold every exchange: a zero there is weaker.
   */
  imported: boolean;
  /**
   * For a month the topic's language holds no briefing of (`held` false), the other language when the
   * index holds briefings of it in that one (the Chinese pages of July 2017): asked in it, it is searched.
   */
  heldIn?: 'en' | 'zh';
  /**
   * For a held month the search looked through only part of (a gap of the index begins or ends in
   * it, or the dates searched do): those days, first and last. Its bar counts them alone: July 2020,
   * held to the 3rd, drawn as a whole month read as the topic fading.
   */
  part?: { from: string; to: string };
}

export interface BusyMonth extends MonthCount {
  /**
   * The briefings of that month where it came up, oldest first, with their transcript links: shown
   * by `date`; `key` (`2018-12-06`, `zh-2018-12-06`, `pc-2022-03-01`) only tells them apart.
   */
  briefings: { date: string; key: string; url: string | null; count: number }[];
  /** How many of `count` are statements, absent when none: said apart, as every count is (`recordsCountWords`). */
  statements?: number;
}

export interface Timeline extends QuestionReading {
  topic: string;
  total: number;
  /** How many of `total` are statements (`SearchResponse.statements`); absent when none. */
  statements?: number;
  /** The first and last mention: of the exchanges counted, those where the topic's words stand together, when some do (`MatchRef.apart`). */
  first: string | null;
  last: string | null;
  /** `first` or `last` when only records whose date the sheet contradicts give it (`doubtedEnds`). */
  doubtedEnds?: DoubtedEnds;
  /** The first and last of every exchange counted, where those holding the words apart reach past `first` or `last`; absent otherwise. */
  apartSpan?: { first: string; last: string };
  /**
   * Every month of the dates searched (`timelineSpan`), oldest first, with zero where the topic did
   * not come up: no month the search did not look through is drawn as silence.
   */
  months: MonthCount[];
  /**
   * `Chinese briefings up to 2020-07-03`: where the index (of the topic's language) ends or begins,
   * when the dates the topic names reach past it (`passedEndsWords`); null when they do not.
   */
  heldOnly: string | null;
  /** ` The index holds no Chinese briefing of 2021. The index's English briefings run to …` (`unheldYearsWords`): the years the topic names that its language's briefings hold none of; absent when none. */
  yearsNotHeld?: string;
  /** ` The index holds Chinese briefings up to 2020-07-03. The index's English briefings run to …` (`openEndWords`): where the Chinese pages end, for a Chinese topic's open end ("2019年以来"); absent otherwise. */
  openEnd?: string;
  /** The months it came up most, busiest first (ties: the later first). */
  busiest: BusyMonth[];
  /** Stretches of the dates searched held only as pairs imported from a research corpus (`Coverage.corpusOnly`). */
  corpusOnly: CorpusStretch[];
  /**
   * For a topic of several words that some matches hold only part of (`SearchResponse.topicWords`):
   * the words; `all`, the count is of the matches holding every one, `left` more holding only some
   * left out; or, none holding them all, the count is of every match (`all` false, `left` 0).
   */
  wordsCounted?: WordsCounted;
  /** For an outlet the topic named: that many of the briefings counted do not name who asked (`unnamedAskersWords`), so its zeros there say nothing; absent otherwise. */
  unnamedAskers?: string;
}

/** Busiest months named under the chart. */
export const BUSIEST_MONTHS = 3;

/** The last day of a month, `2024-02` → `2024-02-29`. */
function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return lastDayOfMonth(year, m);
}

/**
 * The days of `month` searched, when not all of them: from the day after a gap ending in it, or the
 * span's first day, to the day before a gap starting in it, or the span's last day; `from` after
 * `to` when none is (the month lies in a gap). A gap is longer than a month, so at most one ends and
 * one begins in any month.
 */
function heldPart(month: string, span: { from: string; to: string }, gaps: Coverage['gaps']): { from: string; to: string } | null {
  const first = `${month}-01`;
  const last = lastDayOf(month);
  let from = span.from > first ? span.from : first;
  let to = span.to < last ? span.to : last;
  for (const g of gaps) {
    if (g.from <= from && from <= g.to) from = shiftedDay(g.to, 1);
    if (g.from <= to && to <= g.to) to = shiftedDay(g.from, -1);
  }
  const unsearched = daysBetween(first, last) + 1 - Math.max(0, daysBetween(from, to) + 1);
  return unsearched < PART_UNSEARCHED_DAYS ? null : { from, to };
}

/**
 * A month is said searched in part when at least a week of it was not: a gap begins the day after
 * the last briefing held, so a month whose last briefing fell on the 29th would otherwise be "in part".
 */
const PART_UNSEARCHED_DAYS = 7;

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  if (from.slice(0, 7) > to.slice(0, 7)) return out;
  let [year, month] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const end = to.slice(0, 7);
  for (let guard = 0; guard < 1200; guard++) {
    const label = `${year}-${String(month).padStart(2, '0')}`;
    out.push(label);
    if (label >= end) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

/**
 * The dates a timeline spans: those its search looked through, the span the index holds (of the
 * topic's language; without one, the matches') narrowed by the dates the search applied, given or
 * named in the topic ("Huawei in 2020"). `from` falls after `to` when they lie wholly outside it.
 */
function timelineSpan(held: SearchedSpan, filters: SearchFilters, matched: SearchedSpan = { from: null, to: null }): SearchedSpan {
  return clippedSpan({ from: held.from ?? matched.from, to: held.to ?? matched.to }, filters);
}

/**
 * How often a topic came up per month across the dates searched (the index's whole span unless
 * the topic named dates), from every relevant match (of a topic of several words, those holding
 * them all: `countedMatches`): the first and last time, and the busiest months with the briefings to open.
 */
export function buildTimeline(
  topic: string,
  response: Pick<SearchResponse, 'matches' | 'filters' | 'topicWords' | 'wordsCounted'> & QuestionReading,
  coverage: Pick<Coverage, 'from' | 'to' | 'gaps' | 'corpusOnly' | 'importedMonths'>,
  briefing: (key: string) => BriefingSummary | undefined,
  keyOf: (id: string) => string | undefined,
  heldInOther: (month: string) => boolean = () => false,
  isDoubted?: (id: string) => boolean,
): Timeline {
  const { filters } = response;
  // A question asking how many times was counted by its search already (`SearchResponse.wordsCounted`).
  const { matches, wordsCounted } = response.wordsCounted ? { matches: response.matches, wordsCounted: response.wordsCounted } : countedMatches(response.matches, response.topicWords, capitalsNamed(topic));
  const byMonth = new Map<string, number>();
  for (const m of matches) byMonth.set(m.date.slice(0, 7), (byMonth.get(m.date.slice(0, 7)) ?? 0) + 1);
  // The first and last mention are those an answer asking when it was first or last said gives (order.ts).
  const counted = dateSpan(matches);
  const { first, last } = mentionSpan(matches);
  const doubted = isDoubted ? doubtedEnds(matches, mentionSpan, isDoubted) : undefined;
  const apartSpan = counted.first && counted.last && (counted.first !== first || counted.last !== last) ? { first: counted.first, last: counted.last } : null;
  const { from, to } = timelineSpan(coverage, filters, { from: counted.first, to: counted.last });
  const importedMonths = new Set(coverage.importedMonths ?? []);
  const months = from && to
    ? monthsBetween(from, to).map((month) => {
      const part = heldPart(month, { from, to }, coverage.gaps);
      // Nothing left of it: the month lies in a gap, or the dates searched begin or end in one.
      const held = !part || part.from <= part.to;
      const other = !held && heldInOther(month) ? { heldIn: otherLanguage(topic) } : {};
      const imported = held && importedMonths.has(month);
      // A month of imported pairs alone is said to be short already (`imported`).
      return { month, count: byMonth.get(month) ?? 0, held, imported, ...other, ...(part && held && !imported ? { part } : {}) };
    })
    : [];
  const busiest = [...months]
    .filter((m) => m.count > 0)
    .sort((a, b) => b.count - a.count || b.month.localeCompare(a.month))
    .slice(0, BUSIEST_MONTHS)
    .map((m) => {
      const perBriefing = new Map<string, { date: string; count: number }>();
      const inMonth = matches.filter((match) => match.date.startsWith(m.month));
      for (const match of inMonth) {
        const key = keyOf(match.id) ?? match.date;
        const seen = perBriefing.get(key);
        if (seen) seen.count++;
        else perBriefing.set(key, { date: match.date, count: 1 });
      }
      // By date, not key: a key may begin with its source (`zh-2018-12-06`, `pc-2022-03-01`).
      const briefings = [...perBriefing]
        .map(([key, { date, count }]) => ({ key, date, url: briefing(key)?.url ?? null, count }))
        .sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
      return { ...m, briefings, ...statementsAmong(inMonth) };
    });
  const ends = passedEndsWords(coverage, filters);
  const heldOnly = ends ? `${languageWord(topic)}briefings ${ends}` : null;
  return { topic, ...readingOf(response), total: matches.length, ...statementsAmong(matches), first, last, ...(doubted ? { doubtedEnds: doubted } : {}), ...(apartSpan ? { apartSpan } : {}), months, heldOnly, busiest, corpusOnly: from && to && from <= to ? clippedTo(coverage.corpusOnly ?? [], { from, to }) : [], ...(wordsCounted ? { wordsCounted } : {}) };
}

/** The first and last mention: of the matches counted, those where the topic's words stand together, when some do. */
function mentionSpan(matches: readonly MatchRef[]): { first: string | null; last: string | null } {
  const together = matches.filter((m) => !m.apart);
  return dateSpan(together.length > 0 ? together : [...matches]);
}

/**
 * The timeline of a topic from its search (`search(topic, { k: 0 })`), briefings and keys read from
 * the same index. Of one spokesperson's answers (or several's), it spans the briefings the index holds
 * of theirs: Geng Shuang's Huawei charted from 2002 to 2026 showed two decades of months he never spoke in.
 */
export function searchTimeline(
  search: Pick<SpoxSearch, 'coverage' | 'briefing' | 'record' | 'spokespersonSpan' | 'briefingsBetween' | 'languages'>,
  topic: string,
  response: Parameters<typeof buildTimeline>[1] & Pick<SearchResponse, 'searched'>,
): Timeline {
  const coverage = search.coverage(topic);
  const reading = response.speakerReading;
  const speakers = reading?.as === 'either' ? [reading.name, ...(reading.also ?? [])] : response.filters.spokesperson ? [response.filters.spokesperson] : [];
  const spans = speakers.map((name) => search.spokespersonSpan(name));
  const spoke = spans.length > 0 && spans.every((s) => s !== null)
    ? { from: spans.map((s) => s!.from).sort()[0]!, to: spans.map((s) => s!.to).sort().at(-1)! }
    : null;
  const spanned = spoke && coverage.from && coverage.to
    ? { ...coverage, from: spoke.from > coverage.from ? spoke.from : coverage.from, to: spoke.to < coverage.to ? spoke.to : coverage.to }
    : coverage;
  // The other language's briefings of a month the topic's holds none of: the English index has no July 2017, the Chinese pages do.
  // Asked only of months in a gap of the topic's language, so any briefing of the month is the other's (no question read per month).
  const heldInOther = (month: string): boolean => search.briefingsBetween(`${month}-01`, lastDayOf(month)).briefings > 0;
  const timeline = buildTimeline(topic, response, spanned, (key) => search.briefing(key)?.summary, (id) => search.record(id)?.key, heldInOther, doubtedRecords((id) => search.record(id)));
  const unnamed = unnamedAskersSearched(search, topic, response.filters);
  // A year a Chinese topic names that the Chinese pages hold none of ("新冠肺炎 2021年"): said, with where the English ones run.
  const yearsNotHeld = languageWord(topic) ? unheldYearsWords(search, topic, coverage, response.searched ?? topic) : '';
  const openEnd = openEndWords(search, topic, response.filters);
  return { ...timeline, ...(unnamed ? { unnamedAskers: unnamed } : {}), ...(yearsNotHeld ? { yearsNotHeld } : {}), ...(openEnd ? { openEnd } : {}) };
}

/** Runs of months the index holds no briefing of, oldest first: `{ from: '2024-01', to: '2026-06', months: 30 }`. */
export function unheldStretches(months: MonthCount[]): { from: string; to: string; months: number }[] {
  const stretches: { from: string; to: string; months: number }[] = [];
  let open: { from: string; to: string; months: number } | null = null;
  for (const m of months) {
    if (m.held) {
      open = null;
    } else if (open) {
      open.to = m.month;
      open.months++;
    } else {
      open = { from: m.month, to: m.month, months: 1 };
      stretches.push(open);
    }
  }
  return stretches;
}

/**
 * ` (where its words stand together; with those holding them apart, first 2018-09-25)`: said after
 * the first and last mention when exchanges counted that hold the topic's words apart reach past
 * them, so the date a "first mentioned" answer gives and the chart's earliest bar are both explained; '' otherwise.
 */
function apartSpanText({ first, last, apartSpan }: Pick<Timeline, 'first' | 'last' | 'apartSpan'>): string {
  if (!apartSpan) return '';
  const ends = [apartSpan.first !== first ? `first ${apartSpan.first}` : '', apartSpan.last !== last ? `last ${apartSpan.last}` : ''].filter(Boolean);
  return ` (where its words stand together; with those holding them apart, ${ends.join(', ')})`;
}

/** Stretches of months named in words at most, the latest; the others are counted. */
const STRETCHES_NAMED = 3;

/**
 * `37 exchanges; first 2018-12-06, last 2020-06-22.` — or that the topic never came up —, what was
 * counted of a topic of several words (`wordsCountedText`), the dates
 * the topic named (`readingNotes`) and where the index ends when they reach past it, and the
 * months the index holds no briefing of, so that their empty bars are not read as silence, and those
 * it holds only from a research corpus's pairs, whose bars may be short.
 */
export function timelineSummary(
  t: Timeline, plural: (n: number, word: string) => string, escape: (userText: string) => string = (text) => text,
): string {
  const held = `${t.heldOnly ? ` The index holds ${t.heldOnly}.` : ''}${t.yearsNotHeld ?? ''}${t.openEnd ?? ''}`;
  const counted = wordsCountedText(t.wordsCounted, escape);
  const [all, apart] = t.wordsCounted?.all ? [counted, ''] : ['', counted];
  // "None holds all of …" says what the missing words' "none of them says … together" would.
  const { apart: _together, ...missing } = t.missing;
  const notes = readingNotes(apart ? { ...t, missing } : t, escape);
  const doubted = doubtedEndsWords(t.doubtedEnds);
  const counts = `${!t.first || !t.last ? `“${escape(t.topic)}” never came up in the index.` : `${recordsCountWords(t.total, t.statements, plural)}${all}; first ${t.first}, last ${t.last}${apartSpanText(t)}${doubted ? `; ${doubted}` : ''}${notes}${apart}.`}${held}${corpusOnlyNote(t.corpusOnly, escape)}${t.unnamedAskers ? ` ${t.unnamedAskers}` : ''}`;
  const partly = partlyHeldText(t.months);
  const stretches = unheldStretches(t.months);
  if (stretches.length === 0) return `${counts}${partly}`;
  const unheld = stretches.reduce((sum, s) => sum + s.months, 0);
  // Months the other language holds: "no briefing" of them would be false, and asked in it they are searched.
  const elsewhere = t.months.filter((m) => m.heldIn);
  const which = elsewhere.length > 0 ? `${LANGUAGE_NAMES[questionLanguage(t.topic)]} ` : '';
  const other = elsewhere.length > 0
    ? ` It holds ${LANGUAGE_NAMES[elsewhere[0]!.heldIn!]} briefings of ${elsewhere.length === unheld ? (unheld === 1 ? 'it' : 'all of them') : `${elsewhere.length} of them`} (${stretchesText(unheldStretches(t.months.map((m) => ({ ...m, held: !m.heldIn }))))})${askInWords(elsewhere[0]!.heldIn!)}`
    : '';
  return `${counts} The index holds no ${which}briefing of ${unheld} of these ${t.months.length} months (${stretchesText(stretches)}): nothing was searched there, and the chart shows them grey.${other}${partly}`;
}

/** `2020-07-01 to 2020-07-03`, or `2020-08-25`: the days of a month searched (`MonthCount.part`). */
export function partWords(part: { from: string; to: string }): string {
  return part.from === part.to ? part.from : `${part.from} to ${part.to}`;
}

/**
 * ` The search looked through only part of 4 months: 2020-07-01 to 2020-07-03, 2026-07-18 to
 * 2026-07-31, 2026-08-01 to 2026-08-17, and 1 earlier; their bars count those days alone.` — the latest named, the others
 * counted; '' when every month was searched whole.
 */
function partlyHeldText(months: MonthCount[]): string {
  const parts = months.flatMap((m) => (m.part ? [m.part] : []));
  if (parts.length === 0) return '';
  const named = parts.slice(-STRETCHES_NAMED).map(partWords);
  const more = parts.length - named.length;
  return ` The search looked through only part of ${parts.length === 1 ? '1 month' : `${parts.length} months`}: ${named.join(', ')}${more > 0 ? `, and ${more} earlier` : ''}; ${parts.length === 1 ? 'its bar counts' : 'their bars count'} those days alone.`;
}

/** `2021-05, 2021-07 to 2021-11, 2024-01 to 2026-06, and 21 earlier stretches`: the latest stretches named, the others counted. */
function stretchesText(stretches: ReturnType<typeof unheldStretches>): string {
  const named = stretches.slice(-STRETCHES_NAMED).map((s) => (s.from === s.to ? s.from : `${s.from} to ${s.to}`));
  const more = stretches.length - named.length;
  const earlier = more > 0 ? `, and ${more} earlier ${more === 1 ? 'stretch' : 'stretches'}` : '';
  return `${named.join(', ')}${earlier}`;
}

const TITLE_TAIL = ' over time: exchanges per month';

/** A topic asked as one phrase in quotes (`"national security law"`), without them: the title quotes it. */
function unquoted(topic: string): string {
  const m = /^["“”](?<inner>[^"“”]+)["“”]$/.exec(topic.trim());
  return m?.groups?.inner ?? topic;
}

/**
 * `“Meng Wanzhou” over time: exchanges per month`, within `max` characters: `label` cuts and
 * escapes the topic for the platform to the room it is given.
 */
export function timelineTitle(topic: string, max: number, label: (text: string, max: number) => string): string {
  return `“${label(unquoted(topic), max - TITLE_TAIL.length - 2)}”${TITLE_TAIL}`;
}

/**
 * The busiest months, each with its briefings' dates linked to their transcripts, in the platform's
 * markup: `bold`, and `link` (given only a URL `safeLinkUrl` accepts; a date without one stays text).
 */
export function busiestMonthsText(
  t: Pick<Timeline, 'busiest'>,
  markup: { bold: (text: string) => string; link: (label: string, url: string) => string },
): { heading: string; lines: string[] } {
  const lines = t.busiest.map((m) => {
    const briefings = m.briefings.map((b) => {
      const url = safeLinkUrl(b.url);
      return url ? markup.link(b.date, url) : b.date;
    });
    return `${markup.bold(m.month)}: ${recordsCountWords(m.count, m.statements)} — ${briefings.join(BRIEFING_SEPARATOR)}`;
  });
  return { heading: `${markup.bold('Busiest months')} (open a briefing):`, lines };
}

/** Between the briefings of a busiest month's line. */
export const BRIEFING_SEPARATOR = ' · ';

/** `2002-11 → 2026-08 · keyword search`: the months charted and how the topic was searched. */
export function timelineFooter(t: Pick<Timeline, 'months'>, mode: SearchMode): string {
  return `${t.months[0]?.month ?? ''} → ${t.months[t.months.length - 1]?.month ?? ''} · ${modeWords(mode)}`;
}
