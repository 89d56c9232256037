import { dayOfMonth, MONTH_NAME } from '../util/calendar.js';
import { listed } from '../util/plural.js';
import { STARTING, tidySpaces } from './month.js';
import { dayAndMonth, dayInWords, dayMonthYear, yearMonthDay } from './numeric-dates.js';
import { outsideQuotes } from './quoted-parts.js';

/**
 * Dates typed that no calendar holds: in figures ("2020-02-30", "30/2/2020", "2/30/2020",
 * "2020/02/30", "31.4.2020") or with the month's name ("February 30, 2020", "30 February 2020",
 * "April 31 2019", "the 29th of February 2019"), with no year when no year holds the day ("February 30",
 * "April 31": February 29 stays), or in Chinese ("2020年2月30日", "2月30日"). Left in the question, their figures were searched as
 * words ("no exchange … says “02”", "30" and the year as "2020 or later"), and a month named with
 * its day was read as the month ("Huawei on February 30, 2020" searched February 2020);
 * `--from 2020-02-30` is refused. Taken out of the question with the word of time before it ("on",
 * "from"), said plainly (`“2020-02-30” is not a date`), and the rest of the question is read as any
 * question. Figures are found and read as `numeric-dates.ts` finds and reads them (a year first
 * too with dashes, which `month.ts` reads when the day exists).
 */
const YEAR_MONTH_DAY = yearMonthDay('./-', true);
const DAY_MONTH_YEAR = dayMonthYear(true);
const YEAR = String.raw`((?:19|20)\d\d)`;
// A day a month may lack, 29 to 31, or one no month has, 32 to 39 ("32 March 2020" was read as March: review40 #5);
// a larger number beside a month, "50 May 2020", is more likely no day.
const DAY = String.raw`(29|3\d)(?:st|nd|rd|th)?`;
/** "30 February 2020", "the 30th of February, 2020", as `month.ts` reads a day written before its month. Groups: day, month, year. */
const DAY_BEFORE_MONTH = new RegExp(String.raw`(?:\bthe\s+)?\b${DAY}\s+(?:of\s+)?\b${MONTH_NAME},?\s+(?:of\s+)?${YEAR}\b`, 'gi');
/** "February 30, 2020", "April 31 2019", "Feb. 29th 2019". Groups: month, day, year. */
const MONTH_BEFORE_DAY = new RegExp(String.raw`\b${MONTH_NAME}\s+${DAY}\b,?\s+(?:of\s+)?${YEAR}\b`, 'gi');
/** No year after it: a day no year holds ("February 30", "the 31st of April") is said as one with its year is. */
const NO_YEAR_AFTER = String.raw`(?!,?\s+(?:of\s+)?(?:19|20)\d\d\b)`;
/** "the 30th of February", "31 April", as `DAY_BEFORE_MONTH` without the year. Groups: day, month. */
const DAY_BEFORE_MONTH_ALONE = new RegExp(String.raw`(?:\bthe\s+)?\b${DAY}\s+(?:of\s+)?\b${MONTH_NAME}(?![\p{L}\d])${NO_YEAR_AFTER}`, 'giu');
/** "February 30", "Apr. 31st", as `MONTH_BEFORE_DAY` without the year. Groups: month, day. */
const MONTH_BEFORE_DAY_ALONE = new RegExp(String.raw`\b${MONTH_NAME}\s+${DAY}\b${NO_YEAR_AFTER}`, 'gi');
/** Any year holds February 29 (a leap year does): the day is checked against one. */
const LEAP_YEAR = '2020';
/**
 * "2020年2月30日", "2019年4月31号", in figures as `chinese-question.ts` reads them (which read the month
 * alone: February 2020), with the word of time around it (在, 自 … 以来) and the press conference of it after
 * it (的记者会上: "at the press conference of that day", no topic). Groups: the date alone, year, month, day.
 */
const CHINESE_TIME_BEFORE = String.raw`(?:(?:在|于|从|自)\s*)?`;
const CHINESE_TIME_AFTER = String.raw`(?:\s*(?:以来|至今|起(?!诉)|以后|之后|以前|之前))?(?:\s*的\s*(?:例行|新闻)?(?:记者会|发布会)上?)?`;
const CHINESE_YEAR_MONTH_DAY = new RegExp(String.raw`${CHINESE_TIME_BEFORE}(?<!\d)(((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月(?:\s*份)?\s*(\d{1,2})\s*[日号])${CHINESE_TIME_AFTER}`, 'gu');
/** "2月30日", "4月31号" with no year: a day no year holds (review40 #5), as `CHINESE_YEAR_MONTH_DAY` without the year. Groups: the date alone, month, day. */
const CHINESE_MONTH_DAY = new RegExp(String.raw`${CHINESE_TIME_BEFORE}(?<![\d年])((\d{1,2})\s*月(?:\s*份)?\s*(\d{1,2})\s*[日号])${CHINESE_TIME_AFTER}`, 'gu');
/** The word of time before a date, taken out with it: "Yasukuni from 2020-02-30" asks about Yasukuni. */
const TIME_WORD_BEFORE = new RegExp(String.raw`\b(?:on|in|from|between|since|after|before|until|till|through|${STARTING})\s*$`, 'i');
/** A date's words as far as they go: figures, a month's name, "the", "of", and the marks between them. */
const DATE_WORDS = String.raw`(?:(?:\bthe\b|\bof\b|\b\d{1,4}(?:st|nd|rd|th)?\b|\b${MONTH_NAME}|[,./-])\s*)+`;
const RANGE_JOIN = String.raw`(?:and|to|until|till|through|[-–—])`;
/**
 * The other end of a range whose one end is no date: searched alone, "between 2020-02-30 and 2020-03-05"
 * was "2020" and the words "03" and "05" (review39 4). It is taken out too, and said. After the date, the
 * range is one where a word opened it ("between", "from") or its join is no "and" ("2020-02-30 to 2020-03-05");
 * "2020-02-30 and 2020-03-05" asks about two days.
 */
const OTHER_END_AFTER = new RegExp(String.raw`^\s*(${RANGE_JOIN})\s+(${DATE_WORDS})`, 'i');
const OTHER_END_BEFORE = new RegExp(String.raw`\b(?:between|from)\s+(${DATE_WORDS}?)\s*${RANGE_JOIN}\s*$`, 'i');
const RANGE_OPENED = /\b(?:between|from)\s*$/i;
/** A Chinese date as a range's other end: 2020年3月5日, 3月5日, 2020年3月, 2020年. */
const CHINESE_DATE = String.raw`(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月(?:\s*份)?(?:\s*\d{1,2}\s*[日号])?|(?:19|20)\d\d\s*年`;
const CHINESE_RANGE_JOIN = String.raw`(?:至|到|—|–|-|~|～)`;
/** "2020年2月30日至2020年3月5日", "从2020年2月30日到3月5日": in Chinese a join always makes a range (review40 #4). */
const CHINESE_OTHER_END_AFTER = new RegExp(String.raw`^\s*(${CHINESE_RANGE_JOIN})\s*(${CHINESE_DATE})`, 'u');
const CHINESE_OTHER_END_BEFORE = new RegExp(String.raw`${CHINESE_TIME_BEFORE}(${CHINESE_DATE})\s*${CHINESE_RANGE_JOIN}\s*$`, 'u');

export interface ImpossibleDatesRead {
  /** The question without its impossible dates. */
  text: string;
  /** Each impossible date as typed. */
  dates: string[];
  /** The other end of a range an impossible date made, as typed ("2020-03-05"), taken out with it. */
  rangeEnds: string[];
}

export function withoutImpossibleDates(question: string): ImpossibleDatesRead {
  const found: string[] = [];
  // Each date taken is marked by its number, to be said in the order typed whichever pattern found it.
  const taken = (whole: string): string => `\u0000${found.push(whole) - 1}\u0001`;
  // "the 30th of February 2020" is taken whole, and said without its "the".
  const held = (whole: string, day: string, month: string, year: string): string =>
    (dayOfMonth(month, Number(day), year) ? whole : taken(whole.replace(/^the\s+/i, '')));
  const marked = outsideQuotes(question, (part) => part
    .replace(YEAR_MONTH_DAY, (whole: string, year: string, _sep: string, month: string, day: string) =>
      (dayInWords(Number(day), Number(month), year) ? whole : taken(whole)))
    .replace(DAY_MONTH_YEAR, (whole: string, first: string, _sep: string, second: string, year: string) => {
      const { day, month } = dayAndMonth(first, second);
      return dayInWords(day, month, year) ? whole : taken(whole);
    })
    .replace(DAY_BEFORE_MONTH, (whole: string, day: string, month: string, year: string) => held(whole, day, month, year))
    .replace(MONTH_BEFORE_DAY, (whole: string, month: string, day: string, year: string) => held(whole, day, month, year))
    .replace(DAY_BEFORE_MONTH_ALONE, (whole: string, day: string, month: string) => held(whole, day, month, LEAP_YEAR))
    .replace(MONTH_BEFORE_DAY_ALONE, (whole: string, month: string, day: string) => held(whole, day, month, LEAP_YEAR))
    .replace(CHINESE_YEAR_MONTH_DAY, (whole: string, date: string, year: string, month: string, day: string) =>
      (dayInWords(Number(day), Number(month), year) ? whole : taken(date)))
    .replace(CHINESE_MONTH_DAY, (whole: string, date: string, month: string, day: string) =>
      (dayInWords(Number(day), Number(month), LEAP_YEAR) ? whole : taken(date))));
  if (found.length === 0) return { text: question, dates: [], rangeEnds: [] };
  const dates = [...marked.matchAll(/\u0000(\d+)\u0001/g)].map((m) => found[Number(m[1])]!);
  const parts = marked.split(/\u0000\d+\u0001/);
  const rangeEnds: string[] = [];
  for (let i = 0; i < parts.length - 1; i += 1) {
    const before = parts[i]!.match(OTHER_END_BEFORE) ?? parts[i]!.match(CHINESE_OTHER_END_BEFORE);
    if (before && before[1]!.trim()) {
      rangeEnds.push(before[1]!.trim().replace(/[,\s]+$/, ''));
      parts[i] = parts[i]!.slice(0, before.index);
    } else {
      const after = parts[i + 1]!.match(OTHER_END_AFTER) ?? parts[i + 1]!.match(CHINESE_OTHER_END_AFTER);
      if (after && (RANGE_OPENED.test(parts[i]!) || !/^and$/i.test(after[1]!))) {
        rangeEnds.push(after[2]!.trim().replace(/[,\s]+$/, ''));
        parts[i + 1] = parts[i + 1]!.slice(after[0].length);
      }
      parts[i] = parts[i]!.replace(TIME_WORD_BEFORE, '');
    }
  }
  return { text: tidySpaces(parts.join(' ')), dates, rangeEnds };
}

/** `“2020-02-30” is not a date: not searched`: what the answer says of the dates `withoutImpossibleDates` took out. */
export function impossibleDatesWords(dates: readonly string[], quoted: (date: string) => string, rangeEnds: readonly string[] = []): string {
  const ends = rangeEnds.length > 0 ? `, nor the range to ${listed(rangeEnds.map(quoted), 'and')} ${dates.length === 1 ? 'it makes' : 'they make'}` : '';
  return `${listed(dates.map(quoted), 'and')} ${dates.length === 1 ? 'is not a date' : 'are not dates'} (no such ${dates.length === 1 ? 'day' : 'days'}): not searched${ends}`;
}
