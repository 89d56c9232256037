import { askedRanges, covers, describeCoverage, gapsOverlapping, isPastedPassage, reachesOutside, yearsAsked, type Coverage, type CorpusStretch } from '../search/coverage.js';
import { importedPairsWords, LANGUAGE_NAMES, languageWord, otherLanguage } from './held-words.js';
import { tenureAnswered, tenureWords } from './tenures.js';
import { capitalized, plural } from './wording.js';
import { listed } from '../util/plural.js';
import { beijingDate, daysBetween, shiftedDay } from '../util/iso-date.js';
import type { Briefing, BriefingsBetween, SearchFilters, SearchResponse, SpoxSearch } from '../search/types.js';

/** The dates a search looked through: the index's coverage narrowed by the filters' dates. */
export interface SearchedSpan {
  from: string | null;
  to: string | null;
}

/** What the index covers, from its first to its last briefing (its gaps: `search.coverage()`). */
export function indexSpan(search: Pick<SpoxSearch, 'coverage'>): SearchedSpan {
  const { from, to } = search.coverage();
  return { from, to };
}

/**
 * The dates of a span held (the index's, of a language) that the filters' dates allow: the later
 * start, the earlier end. `from` may fall after `to` when the dates asked lie wholly outside it.
 */
export function clippedSpan(held: SearchedSpan, filters: SearchFilters): SearchedSpan {
  const later = (a: string | null, b: string | undefined): string | null => (b && (!a || b > a) ? b : a);
  const earlier = (a: string | null, b: string | undefined): string | null => (b && (!a || b < a) ? b : a);
  return { from: later(held.from, filters.from), to: earlier(held.to, filters.to) };
}

/** The dates a search of `query` looked through: the coverage of its language, narrowed by the filters' dates. */
export function searchedSpan(search: Pick<SpoxSearch, 'coverage'>, query: string, filters: SearchFilters): SearchedSpan {
  return clippedSpan(search.coverage(query), filters);
}

/**
 * `up to 2026-08-17`, `from 2002-11-19 on`, `from 2002-11-19 to 2026-08-17`: the ends of the span
 * held that the filters' dates reach past, said as where it ends or begins; null when they reach
 * past neither.
 */
export function passedEndsWords(held: SearchedSpan, filters: SearchFilters): string | null {
  if (!held.from || !held.to) return null;
  const before = Boolean(filters.from && filters.from < held.from);
  const after = Boolean(filters.to && filters.to > held.to);
  if (before && after) return `from ${held.from} to ${held.to}`;
  if (after) return `up to ${held.to}`;
  return before ? `from ${held.from} on` : null;
}

/**
 * The briefings held from `from` to `to` (of the query's language, as `coverage(query)`): how many
 * (a day republished counted once), the first and the last; null when it holds none.
 */
function heldBetween(
  search: Pick<SpoxSearch, 'briefingsBetween'>, from: string, to: string, query: string,
): { briefings: number; first: string; last: string } | null {
  const { briefings, first, last } = search.briefingsBetween(from, to, query);
  return briefings > 0 && first && last ? { briefings, first, last } : null;
}

/** `from 2018-05-02 to 2020-07-03`, or `in an empty index`. */
export function spanWords(span: SearchedSpan): string {
  if (!span.from || !span.to) return 'in an empty index';
  return `from ${span.from} to ${span.to}`;
}

/**
 * The index's gaps a reader should hear of: those in the dates the search asked about (its date
 * filters, the years its question names), else those in the span it searched.
 */
export function gapsAsked(search: Pick<SpoxSearch, 'coverage'>, query: string, filters: SearchFilters, onward?: string): Coverage['gaps'] {
  const coverage = search.coverage(query);
  const asked = askedRanges(query, filters, onward);
  if (asked.length > 0) return gapsOverlapping(coverage, asked);
  const span = searchedSpan(search, query, filters);
  return span.from && span.to ? gapsOverlapping(coverage, [{ from: span.from, to: span.to }]) : [];
}

/**
 * ` The index's English briefings run to 2026-08-17: ask in English to search them.` (or `run from
 * 2002-11-19`, or both), for a question in Chinese whose dates asked (`asked`: from the first day to
 * the last, an open end as the index's) reach past the Chinese briefings held (`held`, its `coverage`)
 * where the English ones run further: "2021年 新冠肺炎", "2015年 南海", "2022年以来 乌克兰", "去年 华为"; else ''.
 */
export function englishElsewhereWords(search: Pick<SpoxSearch, 'languages'>, query: string, held: Coverage, asked: { from?: string; to?: string }): string {
  if (!languageWord(query) || !held.from || !held.to) return '';
  const english = search.languages().find((l) => l.lang === 'en');
  if (!english) return '';
  const later = asked.to !== undefined && asked.to > held.to && english.to > held.to;
  const earlier = asked.from !== undefined && asked.from < held.from && english.from < held.from;
  const run = later && earlier ? `from ${english.from} to ${english.to}` : later ? `to ${english.to}` : earlier ? `from ${english.from}` : '';
  return run ? ` The index's English briefings run ${run}${askInWords('en')}` : '';
}

/**
 * ` The index holds Chinese briefings up to 2020-07-03. The index's English briefings run to
 * 2026-08-17: ask in English to search them.`: for a question in Chinese whose dates have an open
 * end ("2019年以来关于华为的表态", `--from 2019-01-01`), which runs to the index's last briefing, where
 * the Chinese pages end before the English ones. The list and the chart end with the Chinese pages,
 * and said nothing of the years after them. So of one with no dates (`The index holds Chinese briefings
 * from 2016-11-15 to 2020-07-03. The index's English briefings run from 2002-11-19 to …`): "乌克兰危机"
 * found one exchange of 2017 and said nothing of the English ones on Ukraine to 2023. '' otherwise
 * (and where the dates begin after the Chinese pages end, which the answer already says: `outsideNote`,
 * `nothingFoundText`).
 */
export function openEndWords(search: Pick<SpoxSearch, 'coverage' | 'languages'>, query: string, filters: SearchFilters): string {
  if (filters.to || !languageWord(query)) return '';
  const held = search.coverage(query);
  if (!held.from || !held.to || (filters.from && filters.from > held.to)) return '';
  // With no dates at all ("乌克兰危机": one exchange of 2017), the English briefings before the Chinese pages too.
  const elsewhere = englishElsewhereWords(search, query, held, { ...(filters.from ? {} : { from: '0000-01-01' }), to: '9999-12-31' });
  const span = filters.from ? `up to ${held.to}` : `from ${held.from} to ${held.to}`;
  return elsewhere ? ` The index holds ${languageWord(query)}briefings ${span}.${elsewhere}` : '';
}

/**
 * ` The index holds no Chinese briefing of 2021. The index's English briefings run to 2026-08-17: ask
 * in English to search them.`: the years a question names (`yearsIn`, of `words`: the words searched,
 * its years as read) that the briefings of its language hold none of, and where the English ones run
 * when those reach them; '' when it names none such.
 */
export function unheldYearsWords(search: Pick<SpoxSearch, 'languages'>, query: string, coverage: Coverage, words: string = query): string {
  // A pasted passage's years are its words, not dates asked (`isPastedPassage`).
  const unheld = (isPastedPassage(query) ? [] : yearsAsked(words)).filter((y) => !covers(coverage, `${y}-01-01`, `${y}-12-31`)).sort();
  if (unheld.length === 0) return '';
  const elsewhere = englishElsewhereWords(search, query, coverage, { from: `${unheld[0]}-12-31`, to: `${unheld.at(-1)}-01-01` });
  return ` The index holds no ${languageWord(query)}briefing of ${unheld.join(', ')}.${elsewhere}`;
}

/** The first and last day of the dates a search asked about (`askedRanges`: its date filters and the years it names; an open end as 0000-01-01 or 9999-12-31); none when it asked about none. */
export function askedReach(question: string, filters: SearchFilters): { from?: string; to?: string } {
  const ranges = askedRanges(question, filters);
  if (ranges.length === 0) return {};
  return { from: ranges.map((r) => r.from).sort()[0]!, to: ranges.map((r) => r.to).sort().at(-1)! };
}

/** `: ask in Chinese to search them.`: where a question in the other language would find the briefings just named. */
export function askInWords(lang: 'en' | 'zh'): string {
  return `: ask in ${LANGUAGE_NAMES[lang]} to search them.`;
}

/**
 * How many briefings of the other language than the question's the index holds from `from` to `to`
 * (a day republished counted once), which a question in that language would search: the Chinese pages
 * hold July 2017, of which the English ones hold nothing. With `spokesperson` (searched alone), only
 * those where they answered: the Chinese pages, of 2016-2020, hold none of Lin Jian's.
 */
export function otherLanguageBriefings(search: Pick<SpoxSearch, 'briefingsBetween'>, query: string, from: string, to: string, spokesperson?: string): number {
  return search.briefingsBetween(from, to, undefined, spokesperson).briefings - search.briefingsBetween(from, to, query, spokesperson).briefings;
}

/**
 * ` The index holds 19 Chinese briefings of those dates: ask in Chinese to search them.`, for a
 * question whose own language's briefings hold none of the dates from `from` to `to`, when the other
 * language's do (of the `spokesperson` searched, if one is); else ''.
 */
export function otherLanguageWords(search: Pick<SpoxSearch, 'briefingsBetween'>, query: string, from: string, to: string, spokesperson?: string): string {
  return otherLanguageWordsOver(search, query, [{ from, to }], spokesperson);
}

/** `otherLanguageWords` of several stretches of dates together (those held only as imported pairs). */
export function otherLanguageWordsOver(search: Pick<SpoxSearch, 'briefingsBetween'>, query: string, stretches: readonly { from: string; to: string }[], spokesperson?: string): string {
  // Merged first: a gap among the dates and a stretch held only as imported pairs may overlap, and a briefing is counted once.
  const held = unionOf(stretches).reduce((sum, s) => sum + otherLanguageBriefings(search, query, s.from, s.to, spokesperson), 0);
  const lang = otherLanguage(query);
  const whose = spokesperson ? ` where ${spokesperson} answered` : '';
  return held > 0 ? ` The index holds ${plural(held, `${LANGUAGE_NAMES[lang]} briefing`)} of those dates${whose}${askInWords(lang)}` : '';
}

/** A question asking for the latest is told the newest briefing indexed when it is older than this. */
export const STALE_DAYS = 7;

/**
 * Said above the answers when the search asked about dates the index does not hold (a date filter
 * past either end or inside a gap, a year named without briefings), or holds only as pairs imported
 * from a research corpus ("THAAD in 2017": unless the count says so of its matches, `importedMatchesWords`), or when it asked for the latest (`SearchResponse.latestIntent`: "today", "this week")
 * and the newest briefing indexed is more than `STALE_DAYS` old, or when an outlet filter searched
 * briefings that do not name who asked (`unnamedAskersWords`); null when none of these.
 */
export function outsideNote(
  search: Pick<SpoxSearch, 'coverage' | 'briefingsBetween' | 'briefingDaysHeld' | 'languages' | 'spokespersonSpan' | 'briefing' | 'record'>, query: string, filters: SearchFilters,
  order: Pick<SearchResponse, 'latestIntent' | 'sort'> & Partial<Pick<SearchResponse, 'importedOnly' | 'earliestIntent' | 'wordsRead' | 'spokespersonNamed' | 'first' | 'last' | 'yearsSearched' | 'matches' | 'passing'>>,
  today: Date = new Date(),
): string | null {
  // The latest asked and given: `--sort relevance` over "latest" orders by relevance, and the age is beside the point.
  const latestAsked = order.latestIntent && order.sort === 'newest';
  const coverage = search.coverage(query);
  const notes: string[] = [];
  if (reachesOutside(coverage, query, filters)) {
    const ends = passedEndsWords(coverage, filters);
    const held = ends ? `: it holds ${languageWord(query)}briefings ${ends}` : '';
    const later = englishElsewhereWords(search, query, coverage, askedReach(query, filters));
    // The English briefings may hold them: the index does hold those dates, in the other language.
    const notHeld = later ? `of which the index holds no ${languageWord(query)}briefing` : 'the index does not hold';
    notes.push(`you asked about dates ${notHeld}${held}. ${searchedWords(search, query, filters, order.wordsRead?.yearOnward, order.yearsSearched)}${later}`);
  }
  // An open end runs to the end of what the index holds ("since 2022", `--from 2022-01-01`); a range
  // over all of it ("to 2030") asks about no stretch in particular.
  const held = coverage.from && coverage.to ? { from: coverage.from, to: coverage.to } : null;
  // A year read as that year or later ("Hong Kong 2020", `WordsRead.yearOnward`) asks about the stretch from it on.
  const asked = held ? clippedTo(askedRanges(query, filters, order.wordsRead?.yearOnward), held).filter((r) => r.from !== held.from || r.to !== held.to) : [];
  // The filter and the year of "Taiwan in 2022" both ask about 2022: each stretch is said once.
  // Those holding matches are said beside the count (`importedMatchesWords`), once.
  const counted = order.importedOnly?.stretches ?? [];
  // Each cut to the first and last dates it holds in the dates asked: of 2021, "2021-01-01 to 2021-02-01 only as the
  // pairs" was said of a January held not at all, and of 2003 the whole year, of a sample holding one day of it.
  const imported = unionOfStretches(asked.flatMap((r) => clippedTo(coverage.corpusOnly ?? [], r)))
    .flatMap((c) => heldPartOf(search, query, c))
    .filter((c) => !counted.some((s) => s.from <= c.to && c.from <= s.to));
  if (imported.length > 0) notes.push(corpusOnlyNote(imported).trim());
  // Of the latest or the first asked, the notes below say where the English ones run.
  const openEnd = latestAsked || order.earliestIntent ? '' : openEndWords(search, query, filters);
  if (openEnd) notes.push(openEnd.trim());
  // A spokesperson's time in the post, read as their answers oldest (newest) first: the first (last) the
  // index holds over all its sources and the reviewed list's years, in place of the age of the newest
  // briefing and where the transcripts begin, which spoke of a topic's first mention.
  const tenure = tenureAnswered(query, order);
  if (tenure) notes.push(tenureWords(search, query, tenure, order, filters));
  // Dates that end before the index does ("this week" with --to 2019-12-31) make its age beside the point.
  else if (coverage.to && latestAsked && !(filters.to && filters.to < coverage.to)) {
    // Counted on Beijing's calendar, where the briefings are dated and "yesterday" is read (hunt-N (b): a day short on UTC's).
    const days = daysBetween(coverage.to, beijingDate(today));
    if (days > STALE_DAYS) notes.push(`you asked for the latest; the newest ${languageWord(query)}briefing in the index is of ${coverage.to}, ${plural(days, 'day')} ago.${englishElsewhereWords(search, query, coverage, { to: '9999-12-31' })}`);
  }
  if (latestAsked && !tenure && order.last) {
    const after = lastHeldWords(search, query, order.last, filters.to);
    if (after) notes.push(after);
  }
  if (order.earliestIntent && order.sort === 'oldest' && !tenure) {
    const begins = wholeCoverageWords(search, query, filters, order.first ?? undefined);
    if (begins) notes.push(begins);
  }
  const unnamed = unnamedAskersSearched(search, query, filters);
  if (unnamed) notes.push(unnamed);
  if (notes.length === 0) return null;
  const [first, ...rest] = notes;
  return `Note: ${first!.charAt(0).toLowerCase()}${first!.slice(1)}${rest.map((n) => ` ${capitalized(n)}`).join('')}`;
}

/**
 * Of the time after the newest match to the end of the index, the part it must hold briefings of
 * whole for that match to be read as the last time something was said; less, and the answer says so.
 */
const LAST_HELD_SHARE = 0.5;
/** Stretches shorter than this (in days) after the newest match say nothing of the last time. */
const LAST_HELD_DAYS = 180;

/**
 * `after 2020-06-15, the newest answer here, the index holds no briefing from 2023-12-30 to
 * 2026-07-17, and holds 2020-08-25 to 2023-12-29 only as the pairs imported from x.csv, which may not
 * hold every exchange: it may not hold the last time it was said.`, for a question asking for the latest
 * whose newest match (`last`) is followed by long stretches the index holds no whole transcript of
 * (gaps, and dates held only as a research corpus's pairs), so that its date is not read as the
 * last time the Ministry spoke of it (up to `until`, the dates' end asked); null when the index holds
 * most of that time.
 */
function lastHeldWords(search: Pick<SpoxSearch, 'coverage'>, query: string, last: string, until?: string): string | null {
  const coverage = search.coverage(query);
  const end = until && coverage.to && until < coverage.to ? until : coverage.to;
  if (!end || last >= end) return null;
  const after = { from: shiftedDay(last, 1), to: end };
  const unheld = unheldIn(coverage, after);
  if (unheld.days < LAST_HELD_DAYS || unheld.days < LAST_HELD_SHARE * (daysBetween(after.from, after.to) + 1)) return null;
  return `after ${last}, the newest answer here, the index holds ${unheld.words}: it may not hold the last time it was said.`;
}

/**
 * `before 2026-08-17, the first answer here, it holds no briefing from 2023-12-30 to 2026-07-17: it may not hold
 * the first time it was said.`, for a question asking for the first whose first match (`first`) follows long
 * stretches, since the index holds whole transcripts (`whole`), that it holds none or only a corpus's pairs of
 * ("When did China first mention Sanae Takaichi?": the note had spoken only of the years before 2018); null otherwise.
 */
function firstHeldWords(search: Pick<SpoxSearch, 'coverage'>, query: string, first: string, whole: string): string | null {
  if (first <= whole) return null;
  const unheld = unheldIn(search.coverage(query), { from: whole, to: shiftedDay(first, -1) });
  if (unheld.days < LAST_HELD_DAYS) return null;
  return `before ${first}, the first answer here, it holds ${unheld.words}: it may not hold the first time it was said.`;
}

/** A stretch cut to the first and last briefing dates the index holds in it; none when it holds none. */
function heldPartOf<T extends { from: string; to: string }>(search: Pick<SpoxSearch, 'briefingDaysHeld'>, query: string, stretch: T): T[] {
  const held = search.briefingDaysHeld(stretch.from, stretch.to, query);
  return held ? [{ ...stretch, from: held.first, to: held.last }] : [];
}

/** A stretch of pairs without the gaps inside it (`Coverage.gaps`: no briefing at all), as the stretches between them. */
function withoutGaps<T extends { from: string; to: string }>(stretch: T, gaps: readonly { from: string; to: string }[]): T[] {
  const pieces: T[] = [];
  let from = stretch.from;
  for (const gap of gaps) {
    if (gap.to < from || gap.from > stretch.to) continue;
    if (gap.from > from) pieces.push({ ...stretch, from, to: shiftedDay(gap.from, -1) });
    from = shiftedDay(gap.to, 1);
  }
  if (from <= stretch.to) pieces.push({ ...stretch, from });
  return pieces;
}

/** Of a stretch of dates, how many days the index holds no briefing of, or only a corpus's pairs, and those stretches in words. */
function unheldIn(coverage: ReturnType<SpoxSearch['coverage']>, within: { from: string; to: string }): { days: number; words: string } {
  const gaps = clippedTo(coverage.gaps, within);
  // A stretch of pairs is held as pairs only between its gaps: "2020-08-25 to 2021-02-01 only as the pairs" had been
  // said of a sample holding nothing of November 2020 to January 2021.
  const pairs = unionOfStretches(clippedTo(coverage.corpusOnly ?? [], within)).flatMap((p) => withoutGaps(p, gaps));
  const days = [...pairs, ...gaps].reduce((sum, s) => sum + daysBetween(s.from, s.to) + 1, 0);
  const words = [
    ...(gaps.length > 0 ? [`no briefing from ${stretchesWords(gaps)}`] : []),
    ...(pairs.length > 0 ? [`${gaps.length > 0 ? 'holds ' : ''}${stretchesWords(pairs)} ${importedPairsWords(pairs.flatMap((c) => c.files))}`] : []),
  ];
  return { days, words: words.join(', and ') };
}

/**
 * `the index holds English transcripts from 2018-05-11 on; before that, it holds its dates only as the
 * pairs imported from x.csv, which may not hold every exchange: it may not hold the first time it was
 * said.` (`the index holds Chinese briefings from 2016-11-15 on: … The index's English briefings run
 * from 2002-11-19: ask in English to search them.`), for a question asking when something was first said, so
 * that the first date held is not read as the Ministry's first ever; null where the dates searched
 * begin after the start of the transcripts held.
 */
function wholeCoverageWords(search: Pick<SpoxSearch, 'coverage' | 'briefingsBetween' | 'languages'>, query: string, filters: SearchFilters, first?: string): string | null {
  const coverage = search.coverage(query);
  if (!coverage.from || !coverage.to) return null;
  const leading = (coverage.corpusOnly ?? []).find((c) => c.from === coverage.from);
  const whole = leading ? search.briefingsBetween(shiftedDay(leading.to, 1), coverage.to, query).first : coverage.from;
  if (!whole || (filters.from && filters.from >= whole)) return null;
  const which = languageWord(query) ? 'Chinese briefings' : 'English transcripts';
  const before = leading ? `; before that, it holds its dates ${importedPairsWords(leading.files)}` : '';
  const english = englishElsewhereWords(search, query, coverage, { from: '0000-01-01' });
  const since = first ? firstHeldWords(search, query, first, whole) : null;
  return `the index holds ${which} from ${whole} on${before}${since ? `. ${capitalized(since)}` : ': it may not hold the first time it was said.'}${english}`;
}

/**
 * `Searched 23 briefings from 2026-07-18 to 2026-08-17.`: what a search looked through, of its
 * language. The whole span held, when the filters' dates do not narrow it, with the gaps in the dates
 * asked (`describeCoverage`); else the briefings held in the dates searched, with the gaps between them.
 */
function searchedWords(
  search: Pick<SpoxSearch, 'coverage' | 'briefingsBetween'>, query: string, filters: SearchFilters, onward?: string, yearsSearched?: readonly string[],
): string {
  const coverage = search.coverage(query);
  if (yearsSearched) return yearsApartWords(search, query, filters, yearsSearched);
  const gaps = gapsAsked(search, query, filters, onward);
  const span = clippedSpan(coverage, filters);
  if (span.from === coverage.from && span.to === coverage.to) return describeCoverage(coverage, gaps);
  const held = span.from && span.to && span.from <= span.to ? heldBetween(search, span.from, span.to, query) : null;
  if (!held) return 'Searched no briefing.';
  const inside = gaps.filter((g) => held.first < g.from && g.to < held.last);
  return describeCoverage({ ...coverage, from: held.first, to: held.last, briefings: held.briefings }, inside);
}

/**
 * `Searched 341 briefings, in the years asked only: from 2002-11-19 to 2009-12-30 and from 2020-01-08 to
 * 2023-12-29.`: what a search of years apart looked through ("the 2000s and the 2020s", "2018 vs 2020"),
 * each run of years as the index holds it, not the stretch between them it did not search.
 */
function yearsApartWords(search: Pick<SpoxSearch, 'coverage' | 'briefingsBetween'>, query: string, filters: SearchFilters, years: readonly string[]): string {
  const runs: { from: number; to: number }[] = [];
  for (const year of [...years].map(Number).sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && year === last.to + 1) last.to = year;
    else runs.push({ from: year, to: year });
  }
  const held = runs.flatMap((run) => {
    const span = clippedSpan({ from: `${run.from}-01-01`, to: `${run.to}-12-31` }, filters);
    const found = span.from && span.to && span.from <= span.to ? heldBetween(search, span.from, span.to, query) : null;
    return found ? [found] : [];
  });
  if (held.length === 0) return 'Searched no briefing.';
  const briefings = held.reduce((sum, h) => sum + h.briefings, 0);
  const stretches = held.map((h) => (h.first === h.last ? `of ${h.first}` : `from ${h.first} to ${h.last}`));
  return `Searched ${plural(briefings, 'briefing')}, in the years asked only: ${listed(stretches, 'and')}.`;
}

/**
 * The stretches of the dates searched that the index holds only as pairs imported from a research
 * corpus (`Coverage.corpusOnly`), cut to those dates, oldest first.
 */
export function corpusOnlySearched(search: Pick<SpoxSearch, 'coverage'>, query: string, filters: SearchFilters): CorpusStretch[] {
  const span = searchedSpan(search, query, filters);
  if (!span.from || !span.to) return [];
  // A year named asks about that year or later (rule 4 of gate.ts): stretches before it were not what was asked.
  const years = yearsAsked(query);
  const sinceYear = years.length > 0 ? `${Math.max(...years)}-01-01` : null;
  const from = sinceYear && sinceYear > span.from ? sinceYear : span.from;
  const { to } = span;
  if (from > to) return [];
  return clippedTo(search.coverage(query).corpusOnly ?? [], { from, to });
}

/** The stretches that overlap a range of dates, cut to it. */
export function clippedTo<T extends { from: string; to: string }>(stretches: readonly T[], range: { from: string; to: string }): T[] {
  return stretches
    .filter((c) => c.from <= range.to && range.from <= c.to)
    .map((c) => ({ ...c, from: c.from < range.from ? range.from : c.from, to: c.to > range.to ? range.to : c.to }));
}

/** Stretches that overlap merged into one (their files together), oldest first. */
function unionOfStretches(stretches: readonly CorpusStretch[]): CorpusStretch[] {
  return unionOf(stretches, (last, c) => ({ ...last, files: [...new Set([...last.files, ...c.files])] }));
}

/** Stretches of dates that overlap merged into one, oldest first; `joined` keeps what else the first holds with the second's. */
function unionOf<T extends { from: string; to: string }>(stretches: readonly T[], joined: (last: T, next: T) => T = (last) => last): T[] {
  const union: T[] = [];
  for (const c of [...stretches].sort((a, b) => a.from.localeCompare(b.from))) {
    const last = union.at(-1);
    if (last && c.from <= last.to) union[union.length - 1] = { ...joined(last, c), from: last.from, to: c.to > last.to ? c.to : last.to };
    else union.push(c);
  }
  return union;
}

/**
 * Stretches named at most in the imported-only notes, the others counted: as many as the bundled
 * sample has (2002-2017, 2020-01-08, 2020-2021, 2021-2023), so "(and 2 earlier stretches)" hides none
 * of them, 2014 of "Ukraine 2014 vs 2022" among them.
 */
const STRETCHES_NAMED = 4;

/**
 * ` The index holds 2022-01-17 to 2023-12-29 only as the pairs imported from x.csv, which may not
 * hold every exchange.`: said when the dates searched (or a timeline's) reach stretches the index
 * holds only from a research corpus, or ''.
 */
export function corpusOnlyNote(stretches: CorpusStretch[], escape: (text: string) => string = (t) => t): string {
  if (stretches.length === 0) return '';
  return ` The index holds ${stretchesWords(stretches)} ${importedPairsWords(stretches.flatMap((c) => c.files), escape)}.`;
}

/**
 * `2020-01-08 and 2020-08-25 to 2021-02-01 (and 2 earlier stretches)`: the latest stretches named,
 * the others counted; `oldest`, the earliest (`2002-11-19 to 2017-09-27 and … (and 2 later
 * stretches)`), for an answer that lists the oldest first, whose first cards are of them.
 */
export function stretchesWords(stretches: readonly { from: string; to: string }[], oldest = false): string {
  const shown = oldest ? stretches.slice(0, STRETCHES_NAMED) : stretches.slice(-STRETCHES_NAMED);
  const named = shown.map((c) => (c.from === c.to ? c.from : `${c.from} to ${c.to}`));
  const more = stretches.length - named.length;
  const which = oldest ? ['later stretch', 'later stretches'] as const : ['earlier stretch', 'earlier stretches'] as const;
  return `${listed(named, 'and')}${more > 0 ? ` (and ${plural(more, which[0], which[1])})` : ''}`;
}

/**
 * `4 are from 2021-03-12 to 2022-11-01, dates held only as the pairs imported from x.csv, which may
 * not hold every exchange` (`it is of 2005-01-20, a date held …`): said beside the count of an answer
 * some of whose matches (`SearchResponse.importedOnly`) fall where the index holds no transcript, so
 * that a small count, or a "latest" from there, is not read as all that was said; the dates named
 * are the matches' own, in each such stretch, the earliest for an answer listing the oldest first
 * (`oldest`); '' when none does.
 */
export function importedMatchesWords(
  total: number, importedOnly: SearchResponse['importedOnly'], escape: (text: string) => string = (t) => t, oldest = false,
): string {
  if (!importedOnly || importedOnly.matches === 0) return '';
  const { matches, stretches } = importedOnly;
  const which = matches < total ? `${matches} ${matches === 1 ? 'is' : 'are'}` : total === 1 ? 'it is' : 'all are';
  const one = stretches.length === 1 && stretches[0]!.from === stretches[0]!.to;
  const dates = one ? `of ${stretches[0]!.from}, a date` : `from ${stretchesWords(stretches, oldest)}, dates`;
  return `${which} ${dates} held ${importedPairsWords(stretches.flatMap((c) => c.files), escape)}`;
}

/**
 * `Not the whole transcript: the index holds this briefing only as the pairs imported from x.csv,
 * which may not hold every exchange.`, for a briefing shown whole (`/briefing`, `/latest`) that
 * the index holds only from a research corpus (`Briefing.importedFrom`); null for a transcript.
 */
export function importedBriefingNote(briefing: Pick<Briefing, 'importedFrom'>, escape: (text: string) => string = (t) => t): string | null {
  if (!briefing.importedFrom) return null;
  return `Not the whole transcript: the index holds this briefing ${importedPairsWords([briefing.importedFrom], escape)}.`;
}

/** `unnamedAskersWords` of the briefings a search of `query` looked through (`searchedSpan`), for an outlet filter; '' without one. */
export function unnamedAskersSearched(search: Pick<SpoxSearch, 'coverage' | 'briefingsBetween'>, query: string, filters: SearchFilters): string {
  if (!filters.outlet && !filters.outlets) return '';
  const span = searchedSpan(search, query, filters);
  return span.from && span.to && span.from <= span.to ? unnamedAskersWords(search.briefingsBetween(span.from, span.to, query), filters) : '';
}

/** Said when at least this share of the exchanges an outlet filter searched name no asker. */
const UNNAMED_ASKERS_SAID = 0.1;

/**
 * `Only 1,181 of the 4,699 exchanges of the briefings searched name who asked (the others are written
 * “Q:”, as are all from 2002-11-19 to 2020-03-23): the outlet may have asked without being named.`,
 * `None of the 1,895 exchanges … names who asked (their transcripts write “Q:”): …`: an outlet filter
 * searched briefings whose transcripts do not name who asked (the English ones up to March 2020), so
 * that its answer, or its empty answer, is no sign that the outlet never asked there; '' when at
 * least nine in ten of the exchanges searched name their asker.
 */
export function unnamedAskersWords({ exchanges, askersNamed, unnamedAskers }: BriefingsBetween, filters: Pick<SearchFilters, 'outlets'>): string {
  if (exchanges === 0 || exchanges - askersNamed < exchanges * UNNAMED_ASKERS_SAID) return '';
  const all = `the ${exchanges.toLocaleString('en')} exchanges of the briefings searched`;
  const stretch = unnamedAskers ? `, as are all from ${unnamedAskers.from} to ${unnamedAskers.to}` : '';
  const named = askersNamed === 0
    ? `None of ${all} names who asked (their transcripts write “Q:”)`
    : `Only ${askersNamed.toLocaleString('en')} of ${all} ${askersNamed === 1 ? 'names' : 'name'} who asked (the others are written “Q:”${stretch})`;
  return `${named}: the ${(filters.outlets?.length ?? 1) > 1 ? 'outlets' : 'outlet'} may have asked without being named.`;
}
