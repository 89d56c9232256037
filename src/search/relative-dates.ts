import { beijingDate, shiftedDay } from '../util/iso-date.js';
import { dayOfMonth, MONTH_NAME, MONTH_NAMES, monthIndex, period } from '../util/calendar.js';
import { edgeOf, monthPart, monthPartWords, namedDatesIntent, PART_OF_MONTH, partMonths, tidySpaces, type MonthIntent } from './month.js';
import { dayRangesAsMonthRanges } from './day-ranges.js';
import { readRelativeDays } from './relative-days.js';
import { AT_END, EDGE_WORDS, isoDay, SPEAKING, withEdge, type Dates } from './time-words.js';
import { hasCjk } from './cjk.js';
import { outsideQuotes } from './quoted-parts.js';
import { leftBesideDates } from './framing.js';

/**
 * Dates said relative to today, read as the dates of the talk as a named month is (`month.ts`):
 * "this year" (1 January to today), "last year" (the whole calendar year before), "this month",
 * "last month", a month of this or last year ("March last year", "last March"), their edges ("since
 * last year", "until last month"), and stretches that end today: "in the past year", "over the last
 * 6 months", "the past two years", "the past 10 days", "the last year and a half", "the past decade". A reporter asking
 * "what did China say about Taiwan last year" means that year, not the newest answers of any year.
 * Two of them ("this year versus last year") are read as the stretch from the first to the last.
 * Also "this summer" (and spring, autumn: this year's season, to today), "the year before last",
 * "two years ago" and "a month ago" (that calendar year or month), and
 * a month without its year at the question's end or after an edge word ("Taiwan in March", "since
 * March", "between March and May", "in June and July"): its latest, this year's up to this month, else last year's;
 * a part of one ("in late March") the latest such part begun.
 * A month with its day and no edge word is an event's date, left alone ("… the legislature on July 1").
 * Days ("yesterday", "on Monday", "Friday last week") are read by `relative-days.ts`.
 *
 * Today is Beijing's calendar day: the Ministry dates its briefings there.
 *
 * Left to `timeIntent` (words asking for the latest): weeks ("this week", as issue 8 asks), and
 * vague stretches ("in the past few months", "in past years"). Not dates at all: an event's time
 * ("last year's Olympics", see `withEventYears`; "the last year of the Trump administration"),
 * "next year" (what is to come is an event's time: the talk of it is already held), and a month
 * without its year inside a question that names a year (`month.ts` reads those).
 * A question that holds nothing else to search, nor who was asked (`leftBesideDates`), is left as typed.
 */
const NUMBER_WORDS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];
const COUNT = String.raw`(\d{1,3}|${NUMBER_WORDS.join('|')})`;
/** "earlier this year", "late last year": the year asked, whole ("early", "late" are not narrowed). */
const LEAD = String.raw`(?:(?:in|during|for|over|within|of|throughout|earlier|early|late|later)\s+)?`;
const EDGE = String.raw`(?:\b(?:ever\s+)?(${EDGE_WORDS})\s+)?`;
/** Not the time of the talk: an event's ("last year's Olympics") or a part of something ("the last year of …"). */
const NOT_TALK = String.raw`(?!['’]s\b|\s+of\b)`;
/** "this year", "the current month", "last year", "since last year" ("the last year" is a stretch: below). */
const CALENDAR = new RegExp(String.raw`${EDGE}\b${LEAD}(?:(?:the\s+)?(this|current|previous)|(?<!\bthe\s+)(last))\s+(year|month)\b${NOT_TALK}`, 'gi');
/** "since the start of the year", "since the beginning of this month": since this year, this month. */
const START_OF = /\b(since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(year|month)\b/gi;
/** "March last year", "in March of this year", "last March", "since last March"; a part of it: "late March last year". */
const MONTH_OF = new RegExp(String.raw`${EDGE}\b(?:${LEAD}${PART_OF_MONTH}|${LEAD})(?:${MONTH_NAME}\s+(?:of\s+)?(this|last)\s+year|(this|last)\s+${MONTH_NAME})\b${NOT_TALK}`, 'gi');
/** "the past year", "the last 12 months", "past two years", "last 6 months", "the past 10 days", "the last year and a half", "the past decade". */
const STRETCH = new RegExp(
  String.raw`\b${LEAD}(?:(?:the\s+)?past\s+(?:${COUNT}\s+)?|the\s+last\s+(?:${COUNT}\s+)?|last\s+${COUNT}\s+)(decades?|years?|months?|weeks?|days?)(\s+and\s+a\s+half)?\b${NOT_TALK}`,
  'gi',
);
/**
 * "this summer", "earlier this spring", "since this autumn": the season of this year (months as
 * `partMonths` has them), to today when under way; one yet to come is not read, as "this December"
 * is not. Not "this winter", which spans two years (nor "winter 2019", `month.ts`).
 */
const THIS_SEASON = new RegExp(String.raw`${EDGE}\b${LEAD}(?:the\s+)?this\s+(spring|summer|autumn|fall)\b${NOT_TALK}`, 'gi');
/** "the year before last", "since the year before last". */
const YEAR_BEFORE_LAST = new RegExp(String.raw`${EDGE}\b${LEAD}the\s+year\s+before\s+last\b`, 'gi');
/** "two years ago", "a month ago", "since three months ago": that calendar year or month. */
const AGO = new RegExp(String.raw`${EDGE}\b${LEAD}(?:about\s+|around\s+)?(an?|\d{1,2}|${NUMBER_WORDS.join('|')})\s+(years?|months?)\s+ago\b`, 'gi');
/** "May" followed by what a person does ("after May resigned", "since May became prime minister") is Theresa May. */
const NOT_MAY_THE_PERSON = String.raw`(?!May\s+(?:\w+ed|is|was|has|had|said|says|will|would|became|becomes|told|tells|met|meets|took|takes|quit|quits|left|leaves|came|comes|won|wins|lost|loses|and\s+\w+ed)\b)`;
/**
 * A month and, maybe, its day or its part, without a year: "March", "Oct.", "March 5", "5 March",
 * "the 5th of March", "late March". Groups: the day written before, the part, the month, the day written after.
 */
const BARE_MONTH = String.raw`(?:(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?|${PART_OF_MONTH})?${NOT_MAY_THE_PERSON}${MONTH_NAME}(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?!\w)(?!,?\s*(?:of\s+)?(?:19|20)\d\d)${NOT_TALK}`;
/** "between March and May", "from March to May"; at the question's end, "January to March", "Jan-Mar". */
const MONTHS_BETWEEN = new RegExp(
  String.raw`(?:\b(?:between|from)\s+${BARE_MONTH}\s*(?:and|to|until|till|through|-|–)\s*${BARE_MONTH}|\b${BARE_MONTH}\s*(?:to|until|till|through|-|–)\s*${BARE_MONTH}${AT_END})`,
  'gi',
);
/** "in June and July" at the question's end: two months in a row, read as "between June and July" (two apart are not, as two years are not). */
const MONTHS_IN_A_ROW = new RegExp(
  String.raw`\b(?:in|during)\s+${NOT_MAY_THE_PERSON}${MONTH_NAME}\s+(?:and|&)\s+${NOT_MAY_THE_PERSON}${MONTH_NAME}(?!\w)(?!\s*\d)${NOT_TALK}${AT_END}`,
  'gi',
);
/** "since March", "before May 5"; a month without an edge only at the question's end ("Taiwan in March?"), or after "say in". */
const MONTH_AT_EDGE = new RegExp(String.raw`\b(?:ever\s+)?(${EDGE_WORDS})\s+${BARE_MONTH}`, 'gi');
/** Without an edge, a month with its day is an event's date ("protesters who broke into the legislature on July 1"). */
// Groups: the part ("late March"), the month.
const MONTH_AT_END = new RegExp(String.raw`\b(?:in|during)\s+(?:${PART_OF_MONTH})?${NOT_MAY_THE_PERSON}${MONTH_NAME}(?!\w)(?!\s*\d)${NOT_TALK}${AT_END}`, 'gi');
/**
 * A month's day without its year at the question's end, nothing between them ("Huawei March 5",
 * "Taiwan 5 March"), as a wire story dates itself, or after a word of speaking ("what did China say on
 * March 5 about Huawei"): the talk's day, its latest, as a month there is ("Huawei in March"). Searched
 * as words, "Huawei March 5" found a Long March-5 rocket. After "on" and other words it is an event's
 * date ("protesters who broke into the legislature on July 1"). Where the index holds briefings of
 * that day in several years (`heldDays`), it is each of them: a day without its year is also an
 * anniversary's name. "Tiananmen anniversary June 4" was read as June 4, 2026, of which the index held
 * none, and nothing was found, where the Ministry had answered on June 4, 2019; "coronavirus Feb 3"
 * is the briefing of February 3, 2020. Groups: the day written before, the month, the day written after.
 */
const DAY_OF_MONTH = String.raw`(?:(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?${NOT_MAY_THE_PERSON}${MONTH_NAME}(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?!\w)`;
const DAY_AT_END = new RegExp(String.raw`(?<=[\p{L}\p{N}][^\p{L}\p{N}]*)(?<!\b(?:on|in|of|at|by|for|the|and|or|to|from|since|after|before|until|till|through|between|during)\s+)(?:[,;:]\s*)?\b${DAY_OF_MONTH}${NOT_TALK}${AT_END}`, 'giu');
const DAY_AFTER_SPEAKING = new RegExp(String.raw`\b(${SPEAKING})\s+on\s+${DAY_OF_MONTH}${NOT_TALK}`, 'gi');
const MONTH_AFTER_SPEAKING = new RegExp(String.raw`\b(${SPEAKING})\s+(?:in|during)\s+(?:${PART_OF_MONTH})?${NOT_MAY_THE_PERSON}${MONTH_NAME}(?!\w)(?!\s*\d)${NOT_TALK}`, 'gi');
/** In a Chinese question, "in March" (3月份, `chinese-question.ts`) stands anywhere, as its days do (`relative-days.ts`). */
const MONTH_IN_CHINESE = new RegExp(String.raw`(?<=^|\s)in\s+${MONTH_NAME}(?=\s|$)`, 'g');
/**
 * Whether a text names a month at all, as each pattern reading one needs: most questions name none,
 * and the patterns, long and slow to compile, then never run (a one-question `ask` compiled them all).
 */
const NAMES_A_MONTH = new RegExp(MONTH_NAME, 'i');
/** An event's time, said relative to today: "last year's Olympics", "this month's G20 summit". */
const EVENT_TIME = /\b(this|last|next)\s+(year|month)['’]s\b/gi;
/** The longest stretch read, in months: a bigger number is more likely a typo or a name than a time. */
const MAX_MONTHS = 600;
/** The calendar day in Beijing at `now`, as a UTC midnight. */
function beijingDay(now: Date): Date {
  return new Date(`${beijingDate(now)}T00:00:00Z`);
}

function count(word: string | undefined): number | null {
  if (!word) return null;
  const n = NUMBER_WORDS.indexOf(word.toLowerCase());
  return n >= 0 ? n + 1 : Number(word);
}

/** `today` less `months` calendar months (the 31st of a shorter month falls on its last day). */
function monthsBefore(today: Date, months: number): string {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return isoDay(new Date(Date.UTC(y, m, Math.min(today.getUTCDate(), lastDay))));
}

function calendarDates(which: string, unit: string, today: Date): Required<Dates> {
  const year = today.getUTCFullYear();
  const thisOne = /^(?:this|current)$/i.test(which);
  const said = `${thisOne ? 'this' : 'last'} ${unit.toLowerCase()}`;
  if (/^year$/i.test(unit)) {
    if (thisOne) return { words: `${year} (${said})`, from: `${year}-01-01`, to: isoDay(today) };
    return yearDates(year - 1, said);
  }
  const month = new Date(Date.UTC(year, today.getUTCMonth() - (thisOne ? 0 : 1), 1));
  return monthDates(month.getUTCMonth(), month.getUTCFullYear(), said, today);
}

/** A month (0-11) of a year, up to today when it is this month. */
function monthDates(month: number, year: number, said: string, today: Date): Required<Dates> {
  const { first, last } = period(MONTH_NAMES[month], String(year));
  return { words: `${MONTH_NAMES[month]} ${year} (${said})`, from: first, to: last > isoDay(today) ? isoDay(today) : last };
}

/** "March last year" (`before` false) or "last March" (`before` true: the latest March before this month), "this March". */
function monthOfDates(monthName: string, which: string, before: boolean, today: Date, part?: string): Required<Dates> | null {
  const month = monthIndex(monthName);
  const thisYear = today.getUTCFullYear();
  const last = /^last$/i.test(which);
  const year = before && last ? (month < today.getUTCMonth() ? thisYear : thisYear - 1) : last ? thisYear - 1 : thisYear;
  if (year === thisYear && month > today.getUTCMonth()) return null; // "this December" in November: not yet
  const said = before ? `${which.toLowerCase()} ${MONTH_NAMES[month]}` : `${MONTH_NAMES[month]} ${which.toLowerCase()} year`;
  if (!part) return monthDates(month, year, said, today);
  const { first, last: end } = monthPart(part, MONTH_NAMES[month]!, String(year));
  if (first > isoDay(today)) return null; // "late November this year" on November 15: not yet
  const words = monthPartWords(part, MONTH_NAMES[month]!, String(year)).replace(/\)$/, `, ${part.toLowerCase()} ${said})`);
  return { words, from: first, to: end > isoDay(today) ? isoDay(today) : end };
}

/** The latest `month` (0-11) up to this month: this year's, or last year's when it is yet to come. */
function latestMonth(month: number, today: Date): number {
  return month <= today.getUTCMonth() ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
}

/** "May" is also a verb: only written with its capital is it the month. */
function isMonthWord(written: string): boolean {
  return written !== 'may';
}

/** One end of "between March and May": a month, maybe with its day or its part. */
interface MonthEnd {
  month: string;
  day?: string | undefined;
  part?: string | undefined;
}

/** A day of a month (0-11) of a year, or null when the month has no such day. */
function dayOf(month: number, day: number, year: number): string | null {
  return dayOfMonth(MONTH_NAMES[month]!, day, String(year));
}

/**
 * Which `monthName` (with `day`, that day of it) a question means: the latest up to today; with
 * `which` 'past', one wholly before today ("after March" said in March is after last March); with
 * 'thisYear', this year's, as an upper edge means it ("until March 31" said on March 17).
 */
function bareMonthDates(
  monthName: string, day: string | undefined, today: Date, which: 'latest' | 'past' | 'thisYear' = 'latest', part?: string, heldDays?: HeldDays,
): (Required<Dates> & DaysRead) | null {
  if (!isMonthWord(monthName)) return null;
  const month = monthIndex(monthName);
  let year = which === 'thisYear' ? today.getUTCFullYear() : latestMonth(month, today);
  if (part) return monthPartDates(part, month, year, today, which);
  if (day === undefined) {
    if (which === 'past' && year === today.getUTCFullYear() && month === today.getUTCMonth()) year--;
    if (which === 'latest') return monthDates(month, year, `the latest ${MONTH_NAMES[month]}`, today);
    const { first, last } = period(MONTH_NAMES[month], String(year));
    return { words: `${MONTH_NAMES[month]} ${year}`, from: first, to: last };
  }
  let date = dayOf(month, Number(day), year);
  if (date && which !== 'thisYear' && (which === 'past' ? date >= isoDay(today) : date > isoDay(today))) date = null;
  // The latest year that has the day (29 February: up to four back).
  for (let back = 0; date === null && which !== 'thisYear' && back < 4; back++) date = dayOf(month, Number(day), --year);
  if (!date) return null;
  const named = `${MONTH_NAMES[month]} ${Number(day)}`;
  const said = `${named}, ${year}`;
  const held = which === 'latest' && heldDays ? heldDays(date.slice(5)).filter((d) => d <= date) : [];
  if (held.length > 1 || (held.length === 1 && held[0] !== date)) {
    const years = held.length > 1 ? `${held[0]!.slice(0, 4)} to ${held.at(-1)!.slice(0, 4)} (each ${named} the index holds a briefing of)` : `${held[0]!.slice(0, 4)} (the latest ${named} the index holds a briefing of)`;
    return { words: `${named}, ${years}`, from: held[0]!, to: held.at(-1)!, ...(held.length > 1 ? { days: held } : {}) };
  }
  // None held: said, as the latest may be after the index ends ("October 1": 2026-10-01 read alone, hunt-K #9).
  const noneHeld = heldDays && held.length === 0 ? `; no briefing the index holds is of any ${named}` : '';
  return { words: which === 'latest' ? `${said} (the latest ${named}${noneHeld})` : said, from: date, to: date };
}

/** Dates as read, with the only days of their span searched where they are a month's day of several years (`MonthIntent.days`). */
type DaysRead = Pick<MonthIntent, 'days'>;

/** The days the index holds a briefing of on a month's day (`MM-DD`), of every year, in order (`YYYY-MM-DD`). */
export type HeldDays = (monthDay: string) => readonly string[];

/**
 * A part of a month (0-11) without its year ("late March"), `year` being the month's as
 * `bareMonthDates` reads it: the latest such part that has begun (to today when it is under way:
 * "mid-March" said on March 15 is March 11-15; "late March" said then is last year's), as a month is;
 * after "after", one wholly past; after "until" or "before", this year's.
 */
function monthPartDates(part: string, month: number, year: number, today: Date, which: 'latest' | 'past' | 'thisYear'): Required<Dates> {
  const name = MONTH_NAMES[month]!;
  const days = (y: number): { first: string; last: string } => monthPart(part, name, String(y));
  const now = isoDay(today);
  if (which === 'latest' && days(year).first > now) year--;
  if (which === 'past' && days(year).last >= now) year--;
  const { first, last } = days(year);
  const words = monthPartWords(part, name, String(year));
  if (which !== 'latest') return { words, from: first, to: last };
  return { words: words.replace(/\)$/, `, the latest ${part.toLowerCase()} ${name})`), from: first, to: last > now ? now : last };
}

/** "between March and May": the months (or days, or parts) from the first to the latest second, in one stretch. */
function monthsBetweenDates(first: MonthEnd, last: MonthEnd, today: Date): Required<Dates> | null {
  const end = bareMonthDates(last.month, last.day, today, 'latest', last.part);
  if (!end || !isMonthWord(first.month)) return null;
  const [a, b] = [monthIndex(first.month), monthIndex(last.month)];
  const lastYear = Number(end.to.slice(0, 4));
  const startIn = (year: number): string | null =>
    (first.part ? monthPart(first.part, MONTH_NAMES[a]!, String(year)).first
      : first.day === undefined ? period(MONTH_NAMES[a], String(year)).first : dayOf(a, Number(first.day), year));
  // The first end in the second's year, unless it comes after it ("October to February").
  const firstYear = a < b || (a === b && (startIn(lastYear) ?? '') <= end.to) ? lastYear : lastYear - 1;
  const from = startIn(firstYear);
  if (!from) return null;
  const said = (m: number, { day, part }: MonthEnd): string => `${part ? `${part.toLowerCase()} ` : ''}${MONTH_NAMES[m]}${day === undefined ? '' : ` ${Number(day)}`}`;
  // "October 2019 to February 2020"; with days, "March 5, 2019, to May 10, 2019".
  const sep = first.day === undefined && last.day === undefined ? ' ' : ', ';
  const span = `${said(a, first)}${firstYear === lastYear ? '' : `${sep}${firstYear}${sep === ' ' ? '' : ','}`} to ${said(b, last)}${sep}${lastYear}`;
  return { words: `${span} (the latest ${said(a, first)} to ${said(b, last)})`, from, to: end.to };
}

/** "this summer": the season of this year up to today, or null when it is yet to begin. */
function thisSeasonDates(season: string, today: Date): Required<Dates> | null {
  const [a, b] = partMonths(season);
  const year = String(today.getUTCFullYear());
  const from = period(MONTH_NAMES[a - 1], year).first;
  const last = period(MONTH_NAMES[b - 1], year).last;
  if (from > isoDay(today)) return null;
  const name = season.toLowerCase();
  return { words: `${name} ${year} (this ${name}, ${MONTH_NAMES[a - 1]} to ${MONTH_NAMES[b - 1]})`, from, to: last > isoDay(today) ? isoDay(today) : last };
}

/** "two years ago" (that calendar year), "a month ago" (that calendar month). */
function agoDates(said: string, unit: string, today: Date): Required<Dates> | null {
  const n = /^an?$/i.test(said) ? 1 : count(said)!;
  const plural = /s$/i.test(unit);
  if (plural !== n > 1) return null;
  const words = `${said.toLowerCase()} ${unit.toLowerCase()} ago`;
  if (/^year/i.test(unit)) {
    if (n > MAX_MONTHS / 12) return null;
    return yearDates(today.getUTCFullYear() - n, words);
  }
  if (n > MAX_MONTHS) return null;
  const month = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - n, 1));
  return monthDates(month.getUTCMonth(), month.getUTCFullYear(), words, today);
}

/** A whole calendar year, said as `2024 (two years ago)`. */
function yearDates(year: number, said: string): Required<Dates> {
  const { first, last } = period(undefined, String(year));
  return { words: `${year} (${said})`, from: first, to: last };
}

function stretchDates(n: number | null, unit: string, half: boolean, today: Date): Dates | null {
  const plural = /s$/i.test(unit);
  // "in past years" is vague (the latest, `timeIntent`); "the past 1 years" and "the past two day" are no English.
  if (plural !== (n !== null && n > 1)) return null;
  const base = unit.toLowerCase().replace(/s$/, '');
  const amount = n ?? 1;
  let from: string;
  if (base === 'decade' || base === 'year' || base === 'month') {
    if (half && base === 'month') return null;
    const unitMonths = base === 'decade' ? 120 : base === 'year' ? 12 : 1;
    const months = unitMonths * amount + (half ? unitMonths / 2 : 0);
    if (months > MAX_MONTHS) return null;
    from = monthsBefore(today, months);
  } else {
    // A week or a day alone ("the past week") asks for the latest; counted, it is a stretch.
    if (n === null || half) return null;
    from = shiftedDay(isoDay(today), 1 - (base === 'week' ? 7 : 1) * amount);
  }
  const said = `${n === null ? '' : `${amount} `}${base}${plural ? 's' : ''}${half ? ' and a half' : ''}`;
  return { words: `the past ${said} (since ${from})`, from, to: isoDay(today) };
}

/** The stretch from the first of several dates to the last ("this year versus last year"); one alone as it is, its days too. */
export function spanOf(all: readonly (Dates & DaysRead)[]): Dates & DaysRead {
  if (all.length === 1) return all[0]!;
  const froms = all.map((d) => d.from);
  const tos = all.map((d) => d.to);
  return {
    words: all.map((d) => d.words).join(' and '),
    ...(froms.every(Boolean) ? { from: froms.sort()[0]! } : {}),
    ...(tos.every(Boolean) ? { to: tos.sort().at(-1)! } : {}),
  };
}

/**
 * The dates a question gives relative to `now`, and the question without their words, or null
 * (none, or nothing left to search). Quoted phrases are not read.
 */
export function relativeDatesIntent(query: string, now: Date, heldDays?: HeldDays): MonthIntent | null {
  const today = beijingDay(now);
  const found: (Dates & DaysRead)[] = [];
  const dated = (dates: (Dates & DaysRead) | null, whole: string): string => {
    if (!dates) return whole;
    found.push(dates);
    return ' ';
  };
  // A month without its year beside a year ("March and 2019") is left to `month.ts`.
  const namesYear = /\b(?:19|20)\d\d\b/.test(query);
  const chinese = hasCjk(query);
  const bareMonths = (part: string): string =>
    namesYear || !NAMES_A_MONTH.test(part)
      ? part
      : (chinese ? part.replace(MONTH_IN_CHINESE, (whole: string, month: string) => dated(bareMonthDates(month, undefined, today), whole)) : dayRangesAsMonthRanges(part))
        .replace(MONTHS_BETWEEN, (whole: string, ...g: (string | undefined)[]) => {
          // The two alternatives' groups: day, part, month, day for each end.
          const [d1, p1, m1, d2, d3, p2, m2, d4] = g[2] !== undefined ? g.slice(0, 8) : g.slice(8, 16);
          return dated(monthsBetweenDates({ month: m1!, day: d1 ?? d2, part: p1 }, { month: m2!, day: d3 ?? d4, part: p2 }, today), whole);
        })
        .replace(MONTHS_IN_A_ROW, (whole: string, first: string, second: string) =>
          (monthIndex(second) === (monthIndex(first) + 1) % 12 ? dated(monthsBetweenDates({ month: first }, { month: second }, today), whole) : whole))
        .replace(MONTH_AT_EDGE, (whole: string, edge: string, d1?: string, part?: string, month?: string, d2?: string) => {
          const bound = edgeOf(edge);
          const dates = bareMonthDates(month!, d1 ?? d2, today, bound === 'after' ? 'past' : bound === 'before' || bound === 'until' ? 'thisYear' : 'latest', part);
          return dated(dates && withEdge(edge, dates, today), whole);
        })
        .replace(MONTH_AFTER_SPEAKING, (whole: string, verb: string, part: string | undefined, month: string) =>
          `${verb}${dated(bareMonthDates(month, undefined, today, 'latest', part), whole)}`)
        .replace(DAY_AFTER_SPEAKING, (whole: string, verb: string, d1: string | undefined, month: string, d2: string | undefined) =>
          (d1 ?? d2) === undefined ? whole : `${verb}${dated(bareMonthDates(month, d1 ?? d2, today, 'latest', undefined, heldDays), whole.slice(verb.length))}`)
        .replace(DAY_AT_END, (whole: string, d1: string | undefined, month: string, d2: string | undefined) =>
          ((d1 ?? d2) === undefined ? whole : dated(bareMonthDates(month, d1 ?? d2, today, 'latest', undefined, heldDays), whole)))
        .replace(MONTH_AT_END, (whole: string, part: string | undefined, month: string) => dated(bareMonthDates(month, undefined, today, 'latest', part), whole));
  // "March of this year", "last March".
  const monthsOfYears = (part: string): string =>
    !NAMES_A_MONTH.test(part)
      ? part
      : part.replace(MONTH_OF, (whole: string, edge?: string, partOfMonth?: string, month1?: string, which1?: string, which2?: string, month2?: string) => {
        const dates = monthOfDates(month1 ?? month2!, which1 ?? which2!, Boolean(which2), today, partOfMonth);
        return dated(dates && withEdge(edge, dates, today), whole);
      });
  const rest = tidySpaces(
    outsideQuotes(query, (part) =>
      bareMonths(monthsOfYears(readRelativeDays(part, today, chinese, dated)
        .replace(YEAR_BEFORE_LAST, (whole: string, edge?: string) => dated(withEdge(edge, yearDates(today.getUTCFullYear() - 2, 'the year before last'), today), whole))
        .replace(AGO, (whole: string, edge: string | undefined, said: string, unit: string) => {
          const dates = agoDates(said, unit, today);
          return dated(dates && withEdge(edge, dates, today), whole);
        })
        .replace(THIS_SEASON, (whole: string, edge: string | undefined, season: string) => {
          const dates = thisSeasonDates(season, today);
          return dated(dates && withEdge(edge, dates, today), whole);
        })
        .replace(START_OF, (whole: string, edge: string, unit: string) => dated(withEdge(edge, calendarDates('this', unit, today), today), whole))))
        .replace(CALENDAR, (whole: string, edge?: string, thisOne?: string, last?: string, unit?: string) =>
          dated(withEdge(edge, calendarDates(thisOne ?? last!, unit!, today), today), whole))
        .replace(STRETCH, (whole: string, a?: string, b?: string, c?: string, unit?: string, half?: string) =>
          dated(stretchDates(count(a ?? b ?? c), unit!, Boolean(half), today), whole))),
  );
  // What set two dates against each other is no word of the topic: "Taiwan this year versus last year".
  // What is left of "Since Monday, what …" begins with its comma.
  const left = rest.replace(/^[,;:]\s*/, '');
  const topic = found.length > 1 ? tidySpaces(left.replace(/\b(?:versus|vs\.?|compared\s+(?:with|to))(?=\s|$|[?.!,])/gi, ' ')) : left;
  if (found.length === 0 || !leftBesideDates(topic)) return null;
  return { query: topic, ...spanOf(found) };
}

/**
 * A question that also names a year or month ("Hong Kong from 2020 until this year", "Huawei
 * between 2018 and this year"): its relative years and months written as dates ("until 2026",
 * "and 2026"), so that the edges and ranges of `month.ts` read the whole of it. Null when it names
 * none, or when `month.ts` would leave a year so written unread: "Huawei in March 2019 and last
 * year" names two stretches, each read on its own (the engine takes the span of both), not March
 * 2019 with "and 2025" searched.
 */
export function withExplicitDates(query: string, now: Date): string | null {
  const typedYears = query.match(/\b(?:19|20)\d\d\b/g);
  if (!typedYears) return null;
  const today = beijingDay(now);
  const written = outsideQuotes(query, (part) =>
    part.replace(new RegExp(String.raw`\b(this|last|previous)\s+(year|month)\b${NOT_TALK}`, 'gi'), (_, which: string, unit: string) => {
      // The year, or the month and year, of the calendar dates those words are.
      const { from } = calendarDates(which, unit, today);
      return /^year$/i.test(unit) ? from.slice(0, 4) : `${MONTH_NAMES[Number(from.slice(5, 7)) - 1]} ${from.slice(0, 4)}`;
    }));
  const left = [...typedYears];
  const unread = (namedDatesIntent(written)?.query.match(/\b(?:19|20)\d\d\b/g) ?? []).some((year) => {
    const at = left.indexOf(year);
    if (at >= 0) left.splice(at, 1);
    return at < 0;
  });
  return unread ? null : written;
}

/**
 * An event's time said relative to today is its year, as if typed ("last year's Olympics" = "2025's
 * Olympics", which rule 4 of gate.ts reads: that year or later, or naming it); a month's is left out
 * ("this month's G20 summit" = "G20 summit"): the talk about an event goes on after it.
 */
export function withEventYears(query: string, now: Date): string {
  const today = beijingDay(now);
  const year = today.getUTCFullYear();
  return tidySpaces(
    outsideQuotes(query, (part) =>
      part.replace(EVENT_TIME, (_, which: string, unit: string) => {
        if (/^month$/i.test(unit)) return ' ';
        const offset = /^last$/i.test(which) ? -1 : /^next$/i.test(which) ? 1 : 0;
        return `${year + offset}'s`;
      })),
  );
}
