import { dayOfMonth, MONTH_NAMES } from '../util/calendar.js';
import { listed } from '../util/plural.js';
import { tidySpaces } from './month.js';
import { outsideQuotes } from './query.js';

/**
 * Dates typed in figures that no calendar holds: "2020-02-30", "30/2/2020", "2/30/2020", "2020/02/30",
 * "31.4.2020". Left in the question, their figures were searched as words ("no exchange … says “02”",
 * "30" and the year as "2020 or later") and the topic was lost (explore38 W5); `--from 2020-02-30` is
 * refused. Taken out of the question with the word of time before it ("on", "from"), said plainly
 * (`“2020-02-30” is not a date`), and the rest of the question is read as any question. A date read
 * as `numeric-dates.ts` reads it: a dotted one day first, a slashed or dashed one day first unless
 * only the second part can be the day; a year first is year, month, day.
 */
const YEAR_FIRST = /(?<![\w:./#-])((?:19|20)\d\d)([./-])(\d{1,2})\2(\d{1,2})(?![\w/#-]|\.\d)/g;
const DAY_FIRST = /(?<![\w:./#-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)(?![\w/#-]|\.\d)/g;
/** The word of time before a date, taken out with it: "Yasukuni from 2020-02-30" asks about Yasukuni. */
const TIME_WORD_BEFORE = /\b(?:on|in|from|since|after|before|until|till|through|as\s+of|starting(?:\s+(?:in|from|on))?)\s*$/i;

const exists = (year: string, month: number, day: number): boolean =>
  month >= 1 && month <= 12 && dayOfMonth(MONTH_NAMES[month - 1]!, day, year) !== null;

export interface ImpossibleDatesRead {
  /** The question without its impossible dates. */
  text: string;
  /** Each impossible date as typed. */
  dates: string[];
}

export function withoutImpossibleDates(question: string): ImpossibleDatesRead {
  const dates: string[] = [];
  const taken = (whole: string): string => {
    dates.push(whole);
    return '\u0000';
  };
  const marked = outsideQuotes(question, (part) => part
    .replace(YEAR_FIRST, (whole: string, year: string, _sep: string, month: string, day: string) =>
      (exists(year, Number(month), Number(day)) ? whole : taken(whole)))
    .replace(DAY_FIRST, (whole: string, first: string, _sep: string, second: string, year: string) => {
      const [a, b] = [Number(first), Number(second)];
      const monthFirst = b > 12 && a <= 12;
      return (monthFirst ? exists(year, a, b) : exists(year, b, a)) ? whole : taken(whole);
    }));
  if (dates.length === 0) return { text: question, dates };
  const text = marked.split('\u0000').map((part, i, parts) => (i < parts.length - 1 ? part.replace(TIME_WORD_BEFORE, '') : part)).join(' ');
  return { text: tidySpaces(text), dates };
}

/** `“2020-02-30” is not a date: not searched`: what the answer says of the dates `withoutImpossibleDates` took out. */
export function impossibleDatesWords(dates: readonly string[], quoted: (date: string) => string): string {
  return `${listed(dates.map(quoted), 'and')} ${dates.length === 1 ? 'is not a date' : 'are not dates'} (no such ${dates.length === 1 ? 'day' : 'days'}): not searched`;
}
