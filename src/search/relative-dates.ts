import { MONTH_NAMES, period, tidySpaces, type MonthIntent } from './month.js';
import { outsideQuotes } from './query.js';
import { termsOf } from './terms.js';

/**
 * Dates said relative to today, read as the dates of the talk as a named month is (`month.ts`):
 * "this year" (1 January to today), "last year" (the whole calendar year before), "this month",
 * "last month", and stretches that end today: "in the past year", "over the last 6 months", "the
 * past two years". A reporter asking "what did China say about Taiwan last year" means that year,
 * not the newest answers of any year.
 *
 * Weeks stay words asking for the latest (`timeIntent`): "this week" sorts newest first, as issue 8
 * asks. So do vague stretches ("in the past few months", "recently"). A question that also names a
 * year ("Taiwan this year and in 2019") or holds nothing else to search is left to `timeIntent`.
 */
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const COUNT = String.raw`(\d{1,2}|${NUMBER_WORDS.join('|')})`;
const LEAD = String.raw`(?:(?:in|during|for|over|within|of|throughout)\s+)?`;
/** "this year", "the current month", "last year" ("the last year" is a stretch: below). */
const CALENDAR = new RegExp(String.raw`\b${LEAD}(?:(?:the\s+)?(this|current)|(?<!\bthe\s+)(last))\s+(year|month)\b`, 'gi');
/** "the past year", "the last 12 months", "past two years", "last 6 months". */
const STRETCH = new RegExp(String.raw`\b${LEAD}(?:(?:the\s+)?past\s+(?:${COUNT}\s+)?|the\s+last\s+(?:${COUNT}\s+)?|last\s+${COUNT}\s+)(years?|months?)\b`, 'gi');
const ANY_YEAR = /\b(?:19|20)\d\d\b/;
/** The longest stretch read: a bigger number is more likely a typo or a name than a time. */
const MAX_MONTHS = 600;

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

function count(word: string | undefined): number {
  if (!word) return 1;
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

type Dates = Pick<MonthIntent, 'words' | 'from' | 'to'>;

function calendarDates(which: string, unit: string, today: Date): Dates {
  const year = today.getUTCFullYear();
  const thisOne = /^(?:this|current)$/i.test(which);
  const said = `${thisOne ? 'this' : 'last'} ${unit.toLowerCase()}`;
  if (/^year$/i.test(unit)) {
    if (thisOne) return { words: `${year} (${said})`, from: `${year}-01-01`, to: isoDay(today) };
    const { first, last } = period(undefined, String(year - 1));
    return { words: `${year - 1} (${said})`, from: first, to: last };
  }
  const month = new Date(Date.UTC(year, today.getUTCMonth() - (thisOne ? 0 : 1), 1));
  const name = `${MONTH_NAMES[month.getUTCMonth()]} ${month.getUTCFullYear()}`;
  const { first, last } = period(MONTH_NAMES[month.getUTCMonth()], String(month.getUTCFullYear()));
  return thisOne ? { words: `${name} (${said})`, from: first, to: isoDay(today) } : { words: `${name} (${said})`, from: first, to: last };
}

function stretchDates(n: number, unit: string, today: Date): Dates | null {
  const months = /^year/i.test(unit) ? 12 * n : n;
  if (n < 1 || months > MAX_MONTHS) return null;
  const from = monthsBefore(today, months);
  const said = /^year/i.test(unit) ? (n === 1 ? 'year' : `${n} years`) : n === 1 ? 'month' : `${n} months`;
  return { words: `the past ${said} (since ${from})`, from, to: isoDay(today) };
}

/**
 * The dates a question gives relative to `today`, and the question without their words, or null
 * (none, more than one, a year named too, or nothing left to search). Quoted phrases are not read.
 */
export function relativeDatesIntent(query: string, today: Date): MonthIntent | null {
  if (ANY_YEAR.test(query)) return null;
  const found: Dates[] = [];
  const rest = tidySpaces(
    outsideQuotes(query, (part) =>
      part
        .replace(CALENDAR, (_, thisOne?: string, last?: string, unit?: string) => {
          found.push(calendarDates(thisOne ?? last!, unit!, today));
          return ' ';
        })
        .replace(STRETCH, (whole: string, a?: string, b?: string, c?: string, unit?: string) => {
          const dates = stretchDates(count(a ?? b ?? c), unit!, today);
          if (!dates) return whole;
          found.push(dates);
          return ' ';
        })),
  );
  if (found.length !== 1 || termsOf(rest).length === 0) return null;
  return { query: rest, ...found[0]! };
}
