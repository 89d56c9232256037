import { isoDateProblem, shiftedDay } from '../util/iso-date.js';
import { listed } from '../util/plural.js';
import { dayOfMonth, longDate, MONTH_NAME, MONTH_NAMES, MONTH_WORD, monthIndex, period } from '../util/calendar.js';
import { comparesYears, withoutComparison } from './comparison.js';
import { leftBesideDates } from './framing.js';
import { foreignMonthsAsEnglish, foreignMonthWords, type ForeignMonth } from './foreign-months.js';
import { dayRangesAsMonthRanges } from './day-ranges.js';
import { ambiguousDateWords, numericDatesAsWords, type AmbiguousDate } from './numeric-dates.js';
import { readOutsideQuotes } from './query.js';

/**
 * A month named in a question ("Huawei in March 2019", "the talks of October, 2018") asks about
 * the briefings of that month: it is read as a date filter, as a spokesperson named as the speaker
 * is (`speaker.ts`), and its words are not searched. A year alone stays rule 4 of gate.ts (that
 * year or later: "the 2022 Winter Olympics" was discussed from 2018 on); a month is narrower than
 * any event's aftermath a reporter would mean by it. Words that make it an edge ("since March
 * 2019", "before May 2020") or a second month ("between March and May 2019") are left as they are.
 */
/** "early", "mid", "late" before a month ("late March", "mid-March"): its days 1-10, 11-20, 21 to its end. Group: the part. */
export const PART_OF_MONTH = String.raw`\b(early|mid|late)(?:\s+|\s*-\s*)(?=(?:${MONTH_WORD})\b)`;
/** The weeks of a month ("the first week of July"): days 1-7, 8-14, 15-21, 22-28, and its last 7 days. */
const WEEK_OF_MONTH = String.raw`(?:first|second|third|fourth|last)\s+week`;
/**
 * A part of a month before it with its year: "early", "mid", "late" (`PART_OF_MONTH`), or a week of it,
 * "the first week of". Group: the part ("first week").
 */
const PART_OF_DATED_MONTH = String.raw`(?:\bthe\s+(?=${WEEK_OF_MONTH}\b))?\b(early|mid|late|${WEEK_OF_MONTH})(?:(?<=week)\s+of\s+|(?<!week)(?:\s+|\s*-\s*))(?=(?:${MONTH_WORD})\b)`;
/**
 * A month with, maybe, its day or its part: "March", "Sept.", "5 March", "the 5th of March", "March
 * 5", "late March", "the first week of March". Groups: the day written before, the part, the month, the day written after.
 */
const MONTH_POINT = String.raw`(?:(?:\bthe\s+)?\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?=[A-Za-z])|${PART_OF_DATED_MONTH})?\b${MONTH_NAME}(?:\s+(\d{1,2})(?:st|nd|rd|th)?\b)?`;
/**
 * A month's name just before the one found: "between March and May 2019" names two, and so does
 * "March 30-April 2, 2019", its day after it (`MONTH_RANGE` reads them).
 */
const MONTH_BEFORE = new RegExp(String.raw`\b(?:${MONTH_WORD})\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\s*[-–]?\s*$`, 'i');
/**
 * A day with it ("on 5 March 2019", "March 5, 2019") is read as its month, as 2019年3月5日 is: the
 * talk of a day's news goes on for days. A part of it ("late March 2019") is read as its days.
 * Groups: as `MONTH_POINT`, then the year.
 */
const MONTH_YEAR = new RegExp(String.raw`(?:\b(?:in|during|on)\s+)?${MONTH_POINT},?\s+(?:of\s+)?((?:19|20)\d\d)\b`, 'gi');
/** A date written YYYY-MM-DD in a question, read as its month too. */
const ISO_DAY = /(?<!:)\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g;
/**
 * Words that make a date a lower edge as "since" does: "as of 2019", "starting (in) March 2019",
 * "beginning in 2019". The one list: every reading of a date's edge takes them from here (`LOWER`,
 * `edgeOf`, `EDGE_WORDS` before dates relative to today).
 */
export const STARTING = String.raw`as\s+of|(?:starting|beginning)(?:\s+(?:in|from|on|with))?`;
const STARTING_WHOLE = new RegExp(String.raw`^\s*(?:${STARTING})\s*$`, 'i');
const EDGE_BEFORE = new RegExp(String.raw`\b(?:since|after|before|until|till|from|to|through|between|and|or|${STARTING})\s*(?:the\s+)?$`, 'i');
/** Words after a date that make it a lower edge: "2019 onwards", "March 2019 and after", "2019 or later" (`LOWER_AFTER`). */
const EDGE_AFTER_WORDS = String.raw`on(?:wards?)|and\s+(?:after|later|beyond)|or\s+later`;
const EDGE_AFTER = new RegExp(String.raw`^\s+(?:${EDGE_AFTER_WORDS})\b`, 'i');

export interface MonthIntent {
  /** The question without the month's words. */
  query: string;
  /** The dates as the question wrote them, for saying what was read ("March 2019", "2020", "since 2020"). */
  words: string;
  from?: string;
  to?: string;
  /** The day a month was named with ("on June 24, 2019"), `YYYY-MM-DD`: its answers are listed before the rest of the month's. */
  day?: string;
  /**
   * Two years compared ("Huawei 2018 vs 2020"): `from`-`to` spans both, and only their briefings are
   * searched, unless the years between are asked for too (a timeline: `SearchOptions.comparedAsSpan`).
   */
  years?: readonly string[];
  /**
   * A month's day without its year, as the index holds briefings of it in several years ("Tiananmen
   * anniversary June 4"): those days alone, `from`-`to` spanning them (`relative-dates.ts`).
   */
  days?: readonly string[];
  /** Of two years compared, the words as typed that said how they compare ("harsher"), read as no topic words (`comparison.ts`). */
  comparative?: string[];
}

/** "2019-03-05" as "March 5, 2019", which the readings below take (a day is read as its month, or beside an edge as the day). */
function isoDaysAsMonths(query: string): string {
  // A day that does not exist (2019-02-30) is no date: left as typed.
  return query.replace(ISO_DAY, (whole: string, year: string, month: string, day: string) =>
    (isoDateProblem(whole) ? whole : `${MONTH_NAMES[Number(month) - 1]} ${Number(day)}, ${year}`));
}

export function monthIntent(query: string): MonthIntent | null {
  const found = [...query.matchAll(MONTH_YEAR)];
  if (found.length !== 1) return null;
  const m = found[0]!;
  const before = query.slice(0, m.index);
  // "May" alone is also a verb and a name; only with its year is it a month, and only when not an edge.
  if (EDGE_BEFORE.test(before) || MONTH_BEFORE.test(before) || EDGE_AFTER.test(query.slice(m.index + m[0].length))) return null;
  const rest = withoutSpan(query, m.index, m[0].length);
  // Nothing left beside the dates ("in March 2019?"): searched as written. Who was asked is something
  // ("What did the spokesperson say in March 2019?", "What was said in March 2019?": `asksWhatAnyoneSaid`).
  if (!leftBesideDates(rest)) return null;
  const [, , part, month, , year] = m;
  if (part) {
    const { first, last } = monthPart(part, month!, year!);
    return { query: rest, words: monthPartWords(part, month!, year!), from: first, to: last };
  }
  const { first, last } = period(month, year!);
  const dayNumber = m[1] ?? m[4];
  const day = dayNumber === undefined ? null : dayOfMonth(month!, Number(dayNumber), year!);
  return { query: rest, words: `${month} ${year}`, from: first, to: last, ...(day ? { day } : {}) };
}

/**
 * `June 2019 (June 24 first)`: the month named with a day, as read, when some of the answers listed
 * are of that day, which come first; `June 2019 (2 answers of June 24 among them, after those holding all your words)` when those
 * hold only some of the words; `June 2019 (no answer of June 24 among them)` when none is (the day's briefing may be held: none of its answers matched).
 */
export function monthWithDayWords(month: string, day: string, dayHeld: 'first' | number): string {
  const said = `${MONTH_NAMES[Number(day.slice(5, 7)) - 1]} ${Number(day.slice(8))}`;
  // Answers of the day that hold only some of the words are listed after those that hold them all: said, not "no answer".
  const first = dayHeld === 'first' ? `the answers of ${said} first`
    : dayHeld > 0 ? `${dayHeld === 1 ? `1 answer of ${said}` : `${dayHeld} answers of ${said}`} among them, after those holding all your words`
    : `no answer of ${said} among them`;
  // A month already said with how its date was read ("July 2020 (“1/7/2020” read as …)"): one parenthesis.
  return month.endsWith(')') ? `${month.slice(0, -1)}; ${first})` : `${month} (${first})`;
}

/**
 * `May 12, 2020`: a day named, searched alone (every answer of a day asked with no topic), with how its
 * date was read where the month said it (`May 12, 2020 (“12/5/2020” read as 12 May 2020, …)`).
 */
export function dayNamedWords(month: string, day: string): string {
  return `${longDate(day)}${/ \(.*\)$/.exec(month)?.[0] ?? ''}`;
}

const WEEKS = ['first', 'second', 'third', 'fourth'];

/**
 * The days of a part of a month ("late", "March", "2019": March 21-31, 2019), or of a week of it
 * ("first week": the 1st to the 7th; "last week": its last 7 days).
 */
export function monthPart(part: string, monthName: string, year: string): { first: string; last: string } {
  const { first, last } = period(monthName, year);
  const p = part.toLowerCase().replace(/\s+/g, ' ');
  const day = (n: number): string => `${first.slice(0, 8)}${String(n).padStart(2, '0')}`;
  if (p === 'early') return { first, last: day(10) };
  if (p === 'mid') return { first: day(11), last: day(20) };
  if (p === 'late') return { first: day(21), last };
  if (p === 'last week') return { first: day(Number(last.slice(8)) - 6), last };
  const week = WEEKS.indexOf(p.split(' ')[0]!);
  return { first: day(7 * week + 1), last: day(7 * week + 7) };
}

/** A part of a month as said: "late March", "the first week of March". */
export function monthPartSaid(part: string, monthName: string): string {
  const p = part.toLowerCase().replace(/\s+/g, ' ');
  return p.endsWith('week') ? `the ${p} of ${monthName}` : `${p} ${monthName}`;
}

/** "late March 2019 (March 21 to 31)", "the first week of July 2019 (July 1 to 7)". */
export function monthPartWords(part: string, monthName: string, year: string): string {
  const { first, last } = monthPart(part, monthName, year);
  const month = MONTH_NAMES[monthIndex(monthName)]!;
  return `${monthPartSaid(part, month)} ${year} (${month} ${Number(first.slice(8))} to ${Number(last.slice(8))})`;
}

/**
 * A year said as the time of the talk, read as its dates like a month: "Huawei in 2020" (at the
 * question's end). A year said as the time of an event stays rule 4 of gate.ts (that year or later,
 * or naming it): a bare year ("Pelosi's 2022 visit"), one inside the question ("the office opened
 * in 2018, which Pyongyang later blew up") or after a participle ("the government elected in
 * 2018", "the Games held in 2022"): their talk goes on in later years.
 */
const YEAR_AT_END = /\b(in|during|throughout)\s+((?:19|20)\d\d)\s*[?.!]*\s*$/i;
const PARTICIPLE_BEFORE = /\b(?:\w+ed|held|won|built|begun|made|taken|set|hit|shot|struck|fought|led|sent|sold|brought|broken|written|seen|born|signed|elected)\s*$/i;

/** Whether the words before a time end in a participle that dates an event by it ("the government elected in", "announced yesterday"). */
export function eventBefore(before: string): boolean {
  return PARTICIPLE_BEFORE.test(before.replace(/\s+(?:in|on|during)\s*$/i, ' '));
}
const YEARS = /\b(?:19|20)\d\d\b/g;

export function yearIntent(query: string): MonthIntent | null {
  if ((query.match(YEARS) ?? []).length !== 1) return null;
  const m = YEAR_AT_END.exec(query);
  if (!m) return null;
  const before = query.slice(0, m.index);
  if (eventBefore(before)) return null;
  const rest = withoutSpan(query, m.index, m[0].length);
  if (!leftBesideDates(rest)) return null;
  return { query: rest, words: m[2]!, from: `${m[2]}-01-01`, to: `${m[2]}-12-31` };
}

/**
 * A year said to be the only one asked: "Taiwan 2019 only", "Taiwan only in 2019", "Taiwan in the
 * year 2019", "Taiwan year 2019". Without those words a bare year stays rule 4 of gate.ts; with
 * them, it is the year of the talk, wherever it stands.
 */
const YEAR_ALONE = /(?:\b(?:in|during)\s+)?(?:\b(?:the\s+)?year\s+((?:19|20)\d\d)\b|\bonly\s+(?:in\s+|during\s+)?((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s+only\b)/gi;

export function yearAloneIntent(query: string): MonthIntent | null {
  if ((query.match(YEARS) ?? []).length !== 1) return null;
  const found = [...query.matchAll(YEAR_ALONE)];
  if (found.length !== 1) return null;
  const m = found[0]!;
  const year = m[1] ?? m[2] ?? m[3]!;
  const rest = withoutSpan(query, m.index, m[0].length);
  if (!leftBesideDates(rest)) return null;
  return { query: rest, words: year, from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * Edges of the time of the talk, of a year or a month: "since 2020", "after March 2019", "before
 * May 2020", "until 2019", "from 2019 on", "between 2019 and 2020", "from March 2019 to May 2019",
 * "since 2019 before 2020". Read only when every year of the question is in one of them, and
 * something is left to search.
 */
/** A year, maybe with its month, maybe with a day or a part of it: groups as `MONTH_POINT` (day, part, month, day), then the year. */
const DATE = String.raw`(?:${MONTH_POINT},?\s+(?:of\s+)?)?((?:19|20)\d\d)`;
const BETWEEN = new RegExp(String.raw`\b(?:between|from)\s+${DATE}\s+(?:and|to|until|till|through)\s+${DATE}\b`, 'gi');
/**
 * "since 2019", "after March 2019", "from June 2018" and "from 2019 on" ("from" with no end after it is
 * "since": explore38 W3), "as of 2019", "starting in March 2019". "the report from 2019" dates a thing
 * (`THING_BEFORE`), and stays rule 4 of gate.ts (that year or later, or naming it).
 */
const LOWER = new RegExp(String.raw`(?:\bever\s+)?\b(since|after|from|${STARTING})\s+${DATE}(?:\s+on(?:wards?)?)?\b`, 'gi');
/** After "from DATE", the end of a stretch no reading took ("from March 2019 to May"): no lower edge. */
const STRETCH_END = /^\s*(?:-|–|to|until|till|through)\b/i;
/** A thing "from DATE" dates, one noun after its determiner ("the report from 2019", "a letter from March 2019"): no edge of the talk. */
const THING_BEFORE = /\b(?:the|a|an|this|that|these|those|its|his|her|their|our|your)\s+[\p{L}'’-]+\s*$/iu;
/** Words naming the talk itself, which a date after "from" dates: "statements from June 2019", "the remarks from 2019". */
const TALK_WORDS = String.raw`statements?|remarks?|comments?|answers?|responses?|repl(?:y|ies)|words|briefings?|press\s+conferences?|pressers?|transcripts?|exchanges?|questions?|quotes?`;
/**
 * "from DATE" after a word of the talk, with no end and no "on" after it: the talk's date itself.
 * Groups: the words "from DATE", then as `DATE`.
 */
const TALK_FROM = new RegExp(
  String.raw`\b(?:${TALK_WORDS})\s+(from\s+${DATE})\b(?!\s*(?:[-–]|(?:on\s*(?=[?.!,;]|$)|onwards?|to|until|till|through|and\s+(?:after|later|beyond)|or\s+later)\b))`,
  'i',
);
/**
 * "from DATE on" before a word of a topic ("China's position from 2019 on Huawei", "Hong Kong from 2019
 * on Huawei"): the "on" starts the topic, as in "remarks on Hong Kong", and "from DATE" dates what is
 * asked: that year, as after a word of the talk (`TALK_FROM`). "from 2019 on", "from 2019 on, …" and
 * "from 2019 on and …" are "since" (`LOWER`). Groups as `TALK_FROM`.
 */
const FROM_ON_TOPIC = new RegExp(
  String.raw`\b(from\s+${DATE})(?=\s+on\s+(?!(?:and|or|but|to|until|till|through|in|since|after|before|then|now|what|how|when|why|who|did|does|do|has|have|had|is|are|was|were|will|would|can|could|should)\b)[^\s?.!,;:)\]–-])`,
  'i',
);
/** Months of one year: "June to August 2019", "between June and August 2019", "June-December 2019". */
// With days too: "from March 5 to May 10, 2019", "between 5 March and 10 May 2019"; or parts: "from early March to late May 2019".
const MONTH_RANGE = new RegExp(
  String.raw`(?:\b(?:between|from)\s+)?${MONTH_POINT}\s*(?:-|–|\bto|\band|\buntil|\btill|\bthrough)\s*${MONTH_POINT},?\s+(?:of\s+)?((?:19|20)\d\d)\b`,
  'gi',
);
const UPPER = new RegExp(String.raw`\b(before|until|till|through|up\s+to)\s+${DATE}\b`, 'gi');
/** "2019 onwards", "March 2019 and after", "2019 or later": since, as "from 2019 on" is (not after "since" or "from", which `LOWER` reads). */
const LOWER_AFTER = new RegExp(String.raw`(?<!\b(?:since|after|from|${STARTING})\s+(?:the\s+)?)${DATE}\s+(?:${EDGE_AFTER_WORDS})\b`, 'gi');

/**
 * "Hong Kong statements from June 2019", "remarks from 2019 on Hong Kong", "Hong Kong from 2019 on Huawei"
 * (`FROM_ON_TOPIC`): the statements made in June
 * 2019, read as "in June 2019" is (a day as its month, `monthIntent`), where "Hong Kong from June
 * 2019" and "statements from June 2019 on" are "since" (`LOWER`) and "from June 2019 to May 2020" a
 * stretch (`BETWEEN`). Read only when it holds the question's one year, and something is left to search.
 */
export function talkDatedIntent(query: string): MonthIntent | null {
  if ((query.match(YEARS) ?? []).length !== 1) return null;
  const onTopic = FROM_ON_TOPIC.exec(query);
  // A thing "from DATE" dates stays rule 4 of gate.ts (`THING_BEFORE`): "the report from 2019 on Huawei".
  const m = TALK_FROM.exec(query) ?? (onTopic && !THING_BEFORE.test(query.slice(0, onTopic.index)) ? onTopic : null);
  if (!m) return null;
  const rest = withoutSpan(query, m.index + m[0].length - m[1]!.length, m[1]!.length);
  if (!leftBesideDates(rest)) return null;
  const [dayBefore, part, month, dayAfter, year] = m.slice(2, 7);
  if (month && part) {
    const { first, last } = monthPart(part, month, year!);
    return { query: rest, words: monthPartWords(part, month, year!), from: first, to: last };
  }
  const { first, last } = period(month, year!);
  const dayNumber = dayBefore ?? dayAfter;
  const day = month && dayNumber !== undefined ? dayOfMonth(month, Number(dayNumber), year!) : null;
  return { query: rest, words: month ? `${month} ${year}` : year!, from: first, to: last, ...(day ? { day } : {}) };
}

/** What an edge word makes of a stretch: "since" (and "from") its start on, "after" its end, "before" its start, "until" ("till", "through") its end. */
export type Edge = 'since' | 'after' | 'before' | 'until';

export function edgeOf(word: string | undefined): Edge | null {
  if (word !== undefined && STARTING_WHOLE.test(word)) return 'since';
  switch (word?.toLowerCase().replace(/\s+/g, ' ')) {
    case 'since':
    case 'from':
      return 'since';
    case 'after':
      return 'after';
    case 'before':
      return 'before';
    case 'until':
    case 'till':
    case 'through':
    case 'up to':
      return 'until';
    default:
      return null;
  }
}

/** The dates of the stretch `first`-`last` as `edge` bounds it; the stretch itself without one. */
export function edged(edge: Edge | null, first: string, last: string): { from?: string; to?: string } {
  switch (edge) {
    case 'since':
      return { from: first };
    case 'after':
      return { from: shiftedDay(last, 1) };
    case 'before':
      return { to: shiftedDay(first, -1) };
    case 'until':
      return { to: last };
    default:
      return { from: first, to: last };
  }
}

/**
 * The stretch a `DATE` match names from its groups (day, part, month, day, year): the day when an
 * edge gives one ("after March 5, 2019" is from March 6), a part of the month ("since late March
 * 2019"), else the month or year.
 */
function dateStretch(g: readonly (string | undefined)[]): { first: string; last: string } {
  const [dayBefore, part, month, dayAfter, year] = g;
  const day = dayBefore ?? dayAfter;
  if (month && part) return monthPart(part, month, year!);
  const iso = month && day !== undefined ? dayOfMonth(month, Number(day), year!) : null;
  return iso ? { first: iso, last: iso } : period(month, year!);
}

export function dateEdgesIntent(query: string): MonthIntent | null {
  const years = (query.match(YEARS) ?? []).length;
  if (years === 0) return null;
  let from: string | undefined;
  let to: string | undefined;
  const spans: { at: number; length: number; words: string }[] = [];
  let covered = 0;
  let rest = query;
  const take = (m: RegExpExecArray, yearsIn: number, words = m[0].replace(/\s+/g, ' ')): void => {
    spans.push({ at: m.index, length: m[0].length, words });
    covered += yearsIn;
  };
  // Stretches read from MONTH_RANGE and BETWEEN: each sets both edges, so a second overwrote the first's.
  let ranges = 0;
  for (const m of query.matchAll(MONTH_RANGE)) {
    const year = m[9]!;
    const [start, end] = [m.slice(1, 5), m.slice(5, 9)];
    const first = dateStretch([...start, year]).first;
    const last = dateStretch([...end, year]).last;
    if (first > last) continue;
    from = first;
    to = last;
    ranges++;
    // "March 5", "late March": a day is said after its month, whichever way it was written.
    const said = ([dayBefore, part, month, dayAfter]: (string | undefined)[]): string => {
      const day = dayBefore ?? dayAfter;
      return `${part ? monthPartSaid(part, month!) : month}${day === undefined ? '' : ` ${Number(day)}`}`;
    };
    const endDay = end[0] ?? end[3];
    take(m, 1, `between ${said(start)} and ${said(end)}${endDay === undefined ? '' : ','} ${year}`);
  }
  for (const m of spans.length > 0 ? [] : query.matchAll(BETWEEN)) {
    from = dateStretch(m.slice(1, 6)).first;
    to = dateStretch(m.slice(6, 11)).last;
    ranges++;
    take(m, 2);
  }
  if (spans.length === 0) {
    for (const m of query.matchAll(LOWER)) {
      if (STRETCH_END.test(query.slice(m.index + m[0].length))) continue;
      if (/^from$/i.test(m[1]!) && THING_BEFORE.test(query.slice(0, m.index))) continue;
      const p = dateStretch(m.slice(2, 7));
      from = edged(edgeOf(m[1]), p.first, p.last).from;
      // Said as "since": "from June 2018" is read as "since June 2018".
      take(m, 1, m[0].replace(/\s+/g, ' ').replace(new RegExp(String.raw`^(?:from|${STARTING})\b`, 'i'), 'since'));
    }
    for (const m of query.matchAll(UPPER)) {
      const p = dateStretch(m.slice(2, 7));
      to = edged(edgeOf(m[1]), p.first, p.last).to;
      take(m, 1, m[0].replace(/\s+/g, ' ').replace(/^up to\b/i, 'until'));
    }
    for (const m of query.matchAll(LOWER_AFTER)) {
      // The year of "from March 2019 onwards", which `LOWER` read whole.
      if (spans.some((span) => span.at < m.index + m[0].length && m.index < span.at + span.length)) continue;
      from = dateStretch(m.slice(1, 6)).first;
      take(m, 1, `since ${m[0].replace(/\s+/g, ' ').replace(new RegExp(String.raw`\s+(?:${EDGE_AFTER_WORDS})$`, 'i'), '')}`);
    }
  }
  // A stray year, two lower edges, two stretches ("between 2003 and 2005 and between 2014 and 2015":
  // both were said, the second alone searched), or a range that ends before it starts: left to rule 4 as before.
  if (spans.length === 0 || covered !== years || spans.length > 2 || ranges > 1 || (from && to && from > to)) return null;
  for (const span of [...spans].sort((a, b) => b.at - a.at)) rest = withoutSpan(rest, span.at, span.length);
  if (!leftBesideDates(rest)) return null;
  const words = spans.sort((a, b) => a.at - b.at).map((span) => span.words.replace(/\s+on(?:wards?)?$/i, '').replace(/^ever /i, '').replace(/^from (?=\S+$)/i, 'since ')).join(', ');
  return { query: rest, words, ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/**
 * A part of a year: "early 2020" (January to April), "mid-2019" (May to August), "late 2019"
 * (September to December), "the first half of 2019", "the second half of 2019", "H1 2020", "Q1 2020", "the
 * first quarter of 2020", a season ("in the summer of 2019": June to August; spring, autumn and fall; not
 * winter, which spans two years). Said as such in the answer ("early 2020 (January to April)").
 */
const PART = String.raw`(early|mid|late|(?:the\s+)?(?:spring|summer|autumn|fall)(?:\s+of)?|(?:the\s+)?(?:first|second)\s+half\s+of|(?:the\s+)?(?:first|second|third|fourth)\s+quarter\s+of|Q[1-4]|H[12])`;
// Only after a word that makes it the time of the talk: "the early 2020 elections" dates an event.
const PART_OF_YEAR = new RegExp(String.raw`\b(?:(in|during)|(since|after|from|before|until|till|through))\s+${PART}[\s-]*((?:19|20)\d\d)\b`, 'gi');
// Or at the question's end, as a year is ("Hong Kong mid-2019", "Taiwan Q1 2020", "Hong Kong summer
// of 2019"); not a season written with a capital there: "Prague Spring 1968", "Tokyo Summer 2020" are names.
const PART_AT_END = new RegExp(String.raw`(?:\b()())${PART}[\s-]*((?:19|20)\d\d)\b(?=\s*[?.!]*\s*$)`, 'gi');
const NAMED_SEASON = /^(?:the\s+)?(?:Spring|Summer|Autumn|Fall)\b/;
const QUARTERS = ['first', 'second', 'third', 'fourth'];
/** In the order of their months; fall is autumn. */
const SEASONS = ['spring', 'summer', 'autumn', 'fall'];

/** The first and last month (1-12) of a part of a year, as `PART` writes it (without "the"), or of a season ("summer"). */
export function partMonths(part: string): [number, number] {
  const p = part.toLowerCase();
  if (p === 'early') return [1, 4];
  if (p === 'mid') return [5, 8];
  if (p === 'late') return [9, 12];
  if (p.startsWith('first half') || p === 'h1') return [1, 6];
  if (p.startsWith('second half') || p === 'h2') return [7, 12];
  const season = SEASONS.indexOf(p.split(' ')[0]!);
  if (season >= 0) return [3 + 3 * Math.min(season, 2), 5 + 3 * Math.min(season, 2)];
  const quarter = p.startsWith('q') ? Number(p.slice(1)) : QUARTERS.indexOf(p.split(' ')[0]!) + 1;
  return [3 * quarter - 2, 3 * quarter];
}

export function partOfYearIntent(query: string): MonthIntent | null {
  if ((query.match(YEARS) ?? []).length !== 1) return null;
  const inside = [...query.matchAll(PART_OF_YEAR)];
  // The end of a range not read here ("between spring and autumn 2019") is no part alone.
  const ends = (m: RegExpMatchArray): boolean => /(?:\b(?:and|or|to|through|until|till)|[-–])\s*$/i.test(query.slice(0, m.index));
  const found = inside.length > 0 ? inside : [...query.matchAll(PART_AT_END)].filter((m) => !NAMED_SEASON.test(m[3]!) && !ends(m));
  if (found.length !== 1) return null;
  const m = found[0]!;
  const rest = withoutSpan(query, m.index, m[0].length);
  if (!leftBesideDates(rest)) return null;
  const [, , word, typedPart, year] = m;
  const part = typedPart!.replace(/^the\s+/i, '').replace(/\s+/g, ' ');
  const [a, b] = partMonths(part);
  const said = `${part} ${year} (${MONTH_NAMES[a - 1]} to ${MONTH_NAMES[b - 1]})`;
  const edge = edgeOf(word);
  return { query: rest, words: edge ? `${edge} ${said}` : said, ...edged(edge, period(MONTH_NAMES[a - 1], year!).first, period(MONTH_NAMES[b - 1], year!).last) };
}

/** "2019-2020", "2019–2020", "2018/2019": the years from the first to the second, as "between 2019 and 2020". */
const YEAR_SPAN = /(?:\b(?:in|during)\s+)?\b((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)\b/g;

/** "in 2022 and 2023" at the question's end, two years in a row: the time of the talk, as "2022-2023" is. */
const YEARS_IN_A_ROW = /\b(?:in|during)\s+((?:19|20)\d\d)\s+(?:and|&)\s+((?:19|20)\d\d)(?=\s*[?.!]*\s*$)/gi;

/**
 * "in the 2000s", "the 1990s", "the 2010s": a decade, as the years from its first to its
 * last ("between 2000 and 2009"), which the answer then says it read. Searched, "2000s" was a word
 * no exchange holds ("none of them says “2000”") and every year was listed.
 */
const DECADE = /(?:\b(?:in|during|throughout)\s+)?\bthe\s+((?:19|20)\d)0s\b/gi;
/**
 * Two decades as the ends of a stretch ("from the 1990s to the 2010s": between 1990 and 2019), and a
 * decade beside an edge word ("since the 2000s": since 2000; "after the 2000s": after 2009), as a year
 * is: read as "between", "since the 2000s" was "since between 2000 and 2009", and only the decade was searched.
 */
const DECADES_BETWEEN = /\b(?:between|from)\s+the\s+((?:19|20)\d)0s\s+(?:and|to|until|till|through)\s+the\s+((?:19|20)\d)0s\b/gi;
/** The same in Chinese, as `chinese-question.ts` writes its decades: 从2000年代到2010年代, 2000年代至2010年代 ("从 the 2000s 到 the 2010s"). */
const CHINESE_DECADES_BETWEEN = /(?:[从自]\s*)?\bthe\s+((?:19|20)\d)0s\s*(?:至|到|—|~|～)\s*the\s+((?:19|20)\d)0s\b/g;
// Not "from the 2000s", which may date a thing ("the report from the 2000s"), as "from 2019" may.
const DECADE_EDGE = /\b(since|after|before|until|till|through)\s+the\s+((?:19|20)\d)0s\b/gi;

/**
 * Two decades or more joined ("in the 2000s and the 2010s", "the 2000s or 2010s", "the 1990s, 2000s
 * and 2010s", `2000年代和2010年代`, which `chinese-question.ts` writes "the 2000s 和 the 2010s"): the
 * years from the first's start to the last's end, and the answer says so. Read one by one, they were
 * two stretches, which no question is filtered to: every year was searched, and "2000" as a word
 * ("none of them says “2000”"). Not after an edge word or "between", which read the decade beside them.
 */
const DECADES_JOINED = /(?<!\b(?:since|after|before|until|till|through|from|between|to)\s+(?:the\s+)?)(?:\b(?:in|during|throughout)\s+)?\b(?:the\s+)?((?:19|20)\d0)s((?:\s*[,，、]\s*(?:the\s+)?(?:19|20)\d0s)*)\s*,?\s*(?:and|or|&|和|或|与|及|、|，)\s*(?:the\s+)?((?:19|20)\d0)s\b/gi;

/** Decades joined, as read: what the answer says of them ("the 2000s and the 2010s together"), and the stretch as the question was rewritten. */
interface JoinedDecades {
  said: string;
  written: string;
  /** Decades with a gap between them ("the 2000s and the 2020s"): their years, the only ones searched. */
  years?: string[];
}

function joinedDecadesAsBetween(query: string): { text: string; read: JoinedDecades[] } {
  const read: JoinedDecades[] = [];
  const text = query.replace(DECADES_JOINED, (whole: string, first: string, between: string, last: string) => {
    const decades = [...new Set([first, ...(between.match(/(?:19|20)\d0/g) ?? []), last].map(Number))].sort((a, b) => a - b);
    if (decades.length < 2) return whole;
    const list = listed(decades.map((decade) => `the ${decade}s`), 'and');
    const gapless = decades.every((decade, i) => i === 0 || decade - decades[i - 1]! === 10);
    const written = `between ${decades[0]} and ${decades.at(-1)! + 9}`;
    // With a gap, only the decades' own years: "the 2000s and the 2020s" asks nothing of the 2010s.
    const years = gapless ? {} : { years: decades.flatMap((decade) => Array.from({ length: 10 }, (_, i) => String(decade + i))) };
    read.push({ said: gapless ? `${list} together` : list, written, ...years });
    return ` ${written} `;
  });
  return { text, read };
}

/** The year a decade's edge starts from or ends at: its first year, or its last after "after", "until". */
function decadeEdge(word: string, decade: string): string {
  const edge = edgeOf(word);
  return `${edge} ${decade}${edge === 'after' || edge === 'until' ? 9 : 0}`;
}

function yearSpansAsBetween(query: string): string {
  return query
    .replace(DECADES_BETWEEN, (whole: string, a: string, b: string) => (a <= b ? `between ${a}0 and ${b}9` : whole))
    .replace(CHINESE_DECADES_BETWEEN, (whole: string, a: string, b: string) => (a <= b ? `between ${a}0 and ${b}9` : whole))
    .replace(DECADE_EDGE, (_whole: string, word: string, decade: string) => decadeEdge(word, decade))
    .replace(DECADE, (_whole: string, decade: string) => `between ${decade}0 and ${decade}9`)
    .replace(YEAR_SPAN, (whole: string, a: string, b: string) => (a < b ? `between ${a} and ${b}` : whole))
    .replace(YEARS_IN_A_ROW, (whole: string, a: string, b: string) => (Number(b) === Number(a) + 1 ? `between ${a} and ${b}` : whole));
}

/**
 * Two years compared, the question's only years: "Huawei 2018 vs 2020", "Huawei in 2018 versus
 * 2020", "Huawei in 2018 compared with 2020", "Huawei: 2018 v. 2020", "harsher on Australia in 2020
 * than in 2018", "more in 2019 than it did in 2018". Searched, "vs" was a word no exchange holds,
 * and the producer's "how it changed" found nothing; "than" left both years as words, ranking
 * "Youth Games in 2019" first for Taiwan.
 */
const YEARS_COMPARED = /(?:\b(?:in|during)\s+)?\b((?:19|20)\d\d)\s*(?:,\s*)?(?:vs\.?|versus|v\.|compared\s+(?:with|to)|against|than(?:\s+(?:it|they|he|she|china|beijing)\s+(?:was|were|did|had|is))?)\s*(?:(?:in|during)\s+)?((?:19|20)\d\d)\b/gi;
/** "between 2018 and 2020" in a question that compares ("harsher", "differ"): the two years, not the stretch (`comparesYears`). */
const BETWEEN_YEARS = /\bbetween\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\b/gi;

/**
 * "in 2014 and 2022": those two years, as "2014 vs 2022" is. Read as a year alone, the later asked
 * "that year or later" (rule 4 of gate.ts): 2014 was left out unsaid and 2023 let in. Two years in a
 * row ("in 2022 and 2023") are the stretch (`YEARS_IN_A_ROW`), unless the question compares.
 */
const YEARS_JOINED = /\b(?:in|during)\s+((?:19|20)\d\d)\s+(?:and|&)\s+(?:(?:in|during)\s+)?((?:19|20)\d\d)\b/gi;

export function yearsComparedIntent(query: string): MonthIntent | null {
  if ((query.match(YEARS) ?? []).length !== 2) return null;
  const compared = [...query.matchAll(YEARS_COMPARED)];
  const comparing = comparesYears(query);
  const joined = (): RegExpExecArray[] => [...query.matchAll(YEARS_JOINED)].filter((m) => comparing || Math.abs(Number(m[2]) - Number(m[1])) > 1);
  const between = comparing ? [...query.matchAll(BETWEEN_YEARS)] : [];
  const found = compared.length > 0 ? compared : between.length > 0 ? between : joined();
  if (found.length !== 1) return null;
  const m = found[0]!;
  const [a, b] = [m[1]!, m[2]!].sort();
  if (a === b) return null;
  // How the years compare ("harsher", "more critical", "differ") is no word of the topic either.
  const comparison = withoutComparison(withoutSpan(query, m.index, m[0].length));
  const rest = tidySpaces(comparison.query);
  if (!leftBesideDates(rest)) return null;
  return { query: rest, words: `${a} and ${b}`, from: `${a}-01-01`, to: `${b}-12-31`, years: [a!, b!], ...(comparison.words.length > 0 ? { comparative: comparison.words } : {}) };
}

/** The dates a question names as the time of the talk (a month, a part of a year, edges, a year at its end, two years compared), or null. */
export function namedDatesIntent(typed: string): MonthIntent | null {
  // A quoted phrase's dates are words to find ("Since 2018, the US has"), never the time of the talk.
  return readOutsideQuotes(typed, (text) => {
    const months = foreignMonthsAsEnglish(text);
    const numeric = numericDatesAsWords(months.text);
    const decades = joinedDecadesAsBetween(dayRangesAsMonthRanges(isoDaysAsMonths(numeric.text)));
    const days = decades.text;
    const query = yearSpansAsBetween(days);
    // Compared as typed: "in 2022 and 2023", read as the stretch, never compares.
    const read = talkDatedIntent(query) ?? monthIntent(query) ?? partOfYearIntent(query) ?? yearsComparedIntent(days) ?? dateEdgesIntent(query) ?? yearAloneIntent(query) ?? yearIntent(query);
    return read && withDatesReadSaid(read, numeric.ambiguous, months.read, decades.read);
  });
}

/**
 * The dates read with how each date that could be read two ways was read ("1/7/2020": the day
 * first), each month of another language (“mars” read as March), and decades joined (the 2000s and
 * the 2010s together), said in their words.
 */
function withDatesReadSaid(read: MonthIntent, ambiguous: readonly AmbiguousDate[], months: readonly ForeignMonth[], decades: readonly JoinedDecades[]): MonthIntent {
  // Decades apart are said as themselves ("in the 2000s and the 2020s"), not as the stretch searched for them.
  const apart = decades.find((joined) => joined.years && !read.years && !read.query.includes(joined.written));
  const taken = [
    ...decades.filter((joined) => joined !== apart && !read.query.includes(joined.written)).map((joined) => joined.said),
    ...months.filter((month) => !read.query.includes(month.written)).map(foreignMonthWords),
    ...ambiguous.filter((date) => !read.query.includes(date.written)).map(ambiguousDateWords),
  ];
  const dated = apart ? { ...read, words: `in ${apart.said}`, years: apart.years! } : read;
  if (taken.length === 0) return dated;
  return { ...dated, words: `${dated.words} (${taken.join('; ')})` };
}

/** The question without the words at `at` (`length` characters), its spaces tidied. */
function withoutSpan(query: string, at: number, length: number): string {
  return tidySpaces(`${query.slice(0, at)} ${query.slice(at + length)}`);
}

/** White space collapsed, none before closing punctuation: a question once words are taken out of it. */
export function tidySpaces(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s+([?.!,])/g, '$1').trim();
}

/** What an answer says of the dates its question named: "only the briefings of 2020, the year your question names". */
export function namedDatesNote(words: string): string {
  if (/^(?:since|after|before|until|till|through|between|from|up to|in) /i.test(words)) return `only the briefings ${words}, as your question asks`;
  // Dates relative to today say what they were read as: "2025 (last year)" (`relative-dates.ts`).
  if (words.includes(')')) return `only the briefings of ${words}, as your question asks`;
  if (/^\d{4} and \d{4}$/.test(words)) return `only the briefings of ${words}, the two years your question names`;
  const unit = /^\d{4}$/.test(words) ? 'year' : /^\p{L}+ \d{1,2}, \d{4}$/u.test(words) ? 'day' : 'month';
  return `only the briefings of ${words}, the ${unit} your question names`;
}
