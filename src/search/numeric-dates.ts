import { dayOfMonth, MONTH_NAMES } from '../util/calendar.js';

/**
 * Dates written in figures in a question, as half the world writes them: "30/11/2019", "1.7.2020",
 * "30-11-2019", "2019/11/30", "2019.11.30", "11/2019", "11.2019". Searched, their figures were words
 * ("1.7.2020" found "1.7 million people have fled Ukraine"). Each is written as words ("November
 * 30, 2019", "November 2019"), which the readings of `month.ts` take as they take "30 November 2019".
 *
 * Day and month: a dotted date is day first (dd.mm.yyyy, as Europe writes it); of a slashed or dashed
 * one, a part over 12 is the day ("30/11/2019", and "11/30/2019" as the US writes it); where both can
 * be the month ("1/7/2020"), it is read day first too, as a newsroom outside the US means it, and
 * the answer says so (`ambiguous`). A year first is always year, month, day. Figures without a year
 * of four digits are no date: "1.7 million", "24/7", "9/11", "5.5%".
 */
const DAY_MONTH_YEAR = /(?<![\w:./-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)(?![\w/-]|\.\d)/g;
const YEAR_MONTH_DAY = /(?<![\w:./-])((?:19|20)\d\d)([./])(\d{1,2})\2(\d{1,2})(?![\w/-]|\.\d)/g;
const MONTH_YEAR = /(?<![\w:./-])(0?[1-9]|1[0-2])([./])((?:19|20)\d\d)(?![\w/-]|\.\d)/g;
/** "9/11/2001" is the attacks' name as the US writes it, not 9 November. */
const EVENT_NAMES = new Set(['9/11/2001']);

/** A date read day first where the month could have come first: as typed, and as read ("1 July 2020"). */
export interface AmbiguousDate {
  typed: string;
  read: string;
  /** The other reading, `YYYY-MM-DD`, for the answer to say how to ask it. */
  other: string;
  /** As the question was rewritten ("July 1, 2020"): gone from what is left to search once read. */
  written: string;
}

export interface NumericDatesRead {
  /** The question with its dates in figures written as words. */
  text: string;
  ambiguous: AmbiguousDate[];
}

const iso = (year: string, month: number, day: number): string => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** "November 30, 2019", or null when the month has no such day. */
function dayInWords(day: number, month: number, year: string): string | null {
  if (month < 1 || month > 12) return null;
  const name = MONTH_NAMES[month - 1]!;
  return dayOfMonth(name, day, year) ? `${name} ${day}, ${year}` : null;
}

export function numericDatesAsWords(text: string): NumericDatesRead {
  const ambiguous: AmbiguousDate[] = [];
  const read = text
    .replace(YEAR_MONTH_DAY, (whole: string, year: string, _sep: string, month: string, day: string) => dayInWords(Number(day), Number(month), year) ?? whole)
    .replace(DAY_MONTH_YEAR, (whole: string, first: string, sep: string, second: string, year: string) => {
      if (EVENT_NAMES.has(whole)) return whole;
      const [a, b] = [Number(first), Number(second)];
      // Month first only where the first can be no day of a month named second: "11/30/2019".
      const monthFirst = b > 12 && a <= 12;
      const words = monthFirst ? dayInWords(b, a, year) : dayInWords(a, b, year);
      if (!words) return whole;
      if (!monthFirst && sep !== '.' && a <= 12 && a !== b) {
        ambiguous.push({ typed: whole, read: `${a} ${MONTH_NAMES[b - 1]} ${year}`, other: iso(year, a, b), written: words });
      }
      return words;
    })
    .replace(MONTH_YEAR, (_whole: string, month: string, _sep: string, year: string) => `${MONTH_NAMES[Number(month) - 1]} ${year}`);
  return { text: read, ambiguous };
}

/** `“1/7/2020” read as 1 July 2020, the day first: for January 7, ask 2020-01-07`: how an ambiguous date was read. */
export function ambiguousDateWords(date: AmbiguousDate): string {
  const [, month, day] = date.other.split('-');
  return `“${date.typed}” read as ${date.read}, the day first: for ${MONTH_NAMES[Number(month) - 1]} ${Number(day)}, ask ${date.other}`;
}
