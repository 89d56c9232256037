import { dayOfMonth, MONTH_NAMES } from '../util/calendar.js';

/**
 * Dates written in figures in a question, as half the world writes them: "30/11/2019", "1.7.2020",
 * "30-11-2019", "2019/11/30", "2019.11.30", "11/2019", "11.2019". Searched, their figures were words
 * ("1.7.2020" found "1.7 million people have fled Ukraine"). Each is written as words ("November
 * 30, 2019", "November 2019"), which the readings of `month.ts` take as they take "30 November 2019".
 *
 * Day and month: a part over 12 is the day ("30/11/2019", and "11/30/2019" as the US writes it);
 * where both can be the month ("1/7/2020", "4.3.2019"), the day is read first, as a newsroom outside
 * the US means it (and as Europe writes dd.mm.yyyy), and the answer says so (`ambiguous`): dotted too,
 * since a desk that meant April 3 by "4.3.2019" was given March 4 without a word. A year first is
 * always year, month, day. Figures without a year of four digits are no date: "1.7 million", "24/7",
 * "9/11", "5.5%".
 */
const YEAR = String.raw`((?:19|20)\d\d)`;
/**
 * The figures of a date standing alone: no other figure, letter, time's colon ("10:30"), path's
 * slash, or dot or dash making them a longer number ("1.7.2020.5") beside them. With `idMark`, nor an
 * id's '#' ("2019-04-29#7"): what `impossible-dates.ts` has always left as typed, and these readings read.
 */
function alone(figures: string, idMark: boolean): RegExp {
  const mark = idMark ? '#' : '';
  return new RegExp(String.raw`(?<![\w:./${mark}-])${figures}(?![\w/${mark}-]|\.\d)`, 'g');
}
/**
 * Day, month and year, the year last, as every reading of figures finds them (here, and
 * `impossible-dates.ts`, which says which of them no calendar holds): "30/11/2019", "11/30/2019",
 * "1.7.2020", "30-11-2019". Groups: the first part, the separator, the second part, the year.
 */
export function dayMonthYear(idMark = false): RegExp {
  return alone(String.raw`(\d{1,2})([./-])(\d{1,2})\2${YEAR}`, idMark);
}
/**
 * The year first, then month and day, the parts joined by one of `separators`: "2019/11/30",
 * "2019.11.30" (read here), "2019-11-30" (read by `month.ts` when the day exists; only its impossible
 * days are `impossible-dates.ts`'s). Groups: the year, the separator, the month, the day.
 */
export function yearMonthDay(separators: './' | './-', idMark = false): RegExp {
  return alone(String.raw`${YEAR}([${separators}])(\d{1,2})\2(\d{1,2})`, idMark);
}
const DAY_MONTH_YEAR = dayMonthYear();
const YEAR_MONTH_DAY = yearMonthDay('./');
const MONTH_YEAR = alone(String.raw`(0?[1-9]|1[0-2])([./])${YEAR}`, false);
/** "9/11/2001" is the attacks' name as the US writes it, not 9 November. */
const EVENT_NAMES = new Set(['9/11/2001']);

/**
 * The day and month of day-first figures (`DAY_MONTH_YEAR`'s two parts): the month first only where
 * the first can be no day of a month named second ("11/30/2019"), and the first can be a month.
 */
export function dayAndMonth(first: string, second: string): { day: number; month: number; monthFirst: boolean } {
  const [a, b] = [Number(first), Number(second)];
  const monthFirst = b > 12 && a <= 12;
  return monthFirst ? { day: b, month: a, monthFirst } : { day: a, month: b, monthFirst };
}

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

/** "November 30, 2019", or null when the month has no such day (a date in figures no calendar holds). */
export function dayInWords(day: number, month: number, year: string): string | null {
  if (month < 1 || month > 12) return null;
  const name = MONTH_NAMES[month - 1]!;
  return dayOfMonth(name, day, year) ? `${name} ${day}, ${year}` : null;
}

export function numericDatesAsWords(text: string): NumericDatesRead {
  const ambiguous: AmbiguousDate[] = [];
  const read = text
    .replace(YEAR_MONTH_DAY, (whole: string, year: string, _sep: string, month: string, day: string) => dayInWords(Number(day), Number(month), year) ?? whole)
    .replace(DAY_MONTH_YEAR, (whole: string, first: string, _sep: string, second: string, year: string) => {
      if (EVENT_NAMES.has(whole)) return whole;
      const { day, month, monthFirst } = dayAndMonth(first, second);
      const words = dayInWords(day, month, year);
      if (!words) return whole;
      if (!monthFirst && day <= 12 && day !== month) {
        ambiguous.push({ typed: whole, read: `${day} ${MONTH_NAMES[month - 1]} ${year}`, other: iso(year, day, month), written: words });
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
