import { dayOfMonth, MONTH_NAME, MONTH_NAMES, monthIndex } from '../util/calendar.js';

/**
 * Days of one month written as a wire story writes them: "July 1-15, 2019", "July 1–15", "1-15 July
 * 2019", "between July 1 and 15, 2019", "from 1 to 15 July 2019". Written as the range of two days
 * that `month.ts` (with a year: "from July 1 to July 15, 2019") and `relative-dates.ts` (without one:
 * "July 1 to July 15" at the question's end, after "between" or "from") read and say. Left as they
 * were, "July 1-15, 2019" was no range (its year read as 2019 or later, "July" searched) and "1-15 July
 * 2019" the day July 15 (its month, the 15th's answers first).
 */
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
/** The word that opens the range, kept ("between", "from"), or one of time made "from" when a year follows ("in", "on", "during"). */
const OPENING = String.raw`(?:\b(between|from|in|on|during)\s+)?`;
/** "July 1-15", "Jul. 1st–15th". Groups: the opening word, month, first day, last day. */
const MONTH_DAYS = (): string => String.raw`${OPENING}\b${MONTH_NAME}\s+${DAY}\s*[-–]\s*${DAY}\b`;
/** "1-15 July", "the 1st-15th of July". Groups: the opening word, first day, last day, month. */
const DAYS_MONTH = (): string => String.raw`${OPENING}(?:\bthe\s+)?\b${DAY}\s*[-–]\s*${DAY}\s+(?:of\s+)?${MONTH_NAME}(?![\p{L}\d])`;
/** After "between" or "from", the second day alone, before the year or the end of a clause: "between July 1 and 15, 2019". Groups: the opening word, month, first day, last day. */
const MONTH_DAY_AND_DAY = (): string => String.raw`\b(between|from)\s+${MONTH_NAME}\s+${DAY}\s+(?:and|to|until|till|through)\s+${DAY}\b(?=,?\s+(?:of\s+)?(?:19|20)\d\d\b|\s*[?.!,;]|\s*$)`;
/** "between 1 and 15 July", "from the 1st to the 15th of July". Groups: the opening word, first day, last day, month. */
const DAY_AND_DAY_MONTH = (): string => String.raw`\b(between|from)\s+(?:the\s+)?${DAY}\s+(?:and|to|until|till|through)\s+(?:the\s+)?${DAY}\s+(?:of\s+)?${MONTH_NAME}(?![\p{L}\d])`;
/** Compiled at the first question that may hold one. */
let dayRanges: RegExp | undefined;
/** The year after a range, as a month's is written after it ("July 1-15, 2019", "1-15 July of 2019"). */
const YEAR_AFTER = /^,?\s+(?:of\s+)?((?:19|20)\d\d)\b/;
/** An edge word before it makes no range of it ("since July 1-15"): left as typed. */
const EDGE_BEFORE = /\b(?:since|after|before|until|till|through|to|and|or|up\s+to|as\s+of|starting|beginning)\s*$/i;
/** Without its year, a day is checked against a leap year, which holds every day a year may. */
const ANY_YEAR = '2020';

/**
 * The question with each range of days in one month written "from July 1 to July 15" (its opening
 * "between" kept; "in", "on" or "during" before a year made "from"; without either, the two days
 * alone, "July 1 to July 15", as a range without its year is read only at the question's end).
 * Left as typed: a first day not before the last, or a day the month lacks ("February 20-30, 2020").
 */
export function dayRangesAsMonthRanges(text: string): string {
  dayRanges ??= new RegExp(`${MONTH_DAYS()}|${DAYS_MONTH()}|${MONTH_DAY_AND_DAY()}|${DAY_AND_DAY_MONTH()}`, 'giu');
  return text.replace(dayRanges, (whole: string, ...g: unknown[]) => {
    const groups = g.slice(0, 16) as (string | undefined)[];
    const at = g[16] as number;
    const [opening, month, first, last] =
      groups[1] !== undefined ? [groups[0], groups[1], groups[2], groups[3]]
        : groups[5] !== undefined ? [groups[4], groups[7], groups[5], groups[6]]
          : groups[9] !== undefined ? [groups[8], groups[9], groups[10], groups[11]]
            : [groups[12], groups[15], groups[13], groups[14]];
    if (EDGE_BEFORE.test(text.slice(0, at))) return whole;
    const year = YEAR_AFTER.exec(text.slice(at + whole.length))?.[1];
    const [a, b] = [Number(first), Number(last)];
    const name = MONTH_NAMES[monthIndex(month!)]!;
    if (a >= b || !dayOfMonth(name, a, year ?? ANY_YEAR) || !dayOfMonth(name, b, year ?? ANY_YEAR)) return whole;
    const days = `${name} ${a} to ${name} ${b}`;
    if (opening === undefined) return days;
    if (/^(?:between|from)$/i.test(opening)) return `${opening} ${days}`;
    // "on July 1-15, 2019": the range, as "from" opens it; without a year, the word of time stays.
    return year ? `from ${days}` : `${opening} ${days}`;
  });
}
