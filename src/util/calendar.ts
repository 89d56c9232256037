/**
 * The calendar's names and days, in English: what the search's readings of dates (month.ts,
 * relative-dates.ts, and numeric-dates.ts, foreign-months.ts and chinese-question.ts, which write
 * other forms of a date as English words) and the answers' long dates all count with.
 */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A month's name or its abbreviation, as a pattern's alternatives ("March", "Mar", "Sept"). */
export const MONTH_WORD = String.raw`${MONTH_NAMES.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec`;
/** `MONTH_WORD` captured, with the point an abbreviation may take ("Jan."). */
export const MONTH_NAME = String.raw`(${MONTH_WORD})\.?`;
/** `2019-04-29` → `April 29, 2019` (as given where it is no such date). */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const name = MONTH_NAMES[(month ?? 0) - 1];
  return name && day && year ? `${name} ${day}, ${year}` : iso;
}
/** In the order of `Date.getUTCDay()`. */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A month's place in the year, 0-11, by its name or abbreviation ("March", "Sept."). */
export function monthIndex(name: string): number {
  return MONTH_NAMES.findIndex((month) => month.slice(0, 3).toLowerCase() === name.slice(0, 3).toLowerCase());
}

/** A month's last day, `YYYY-MM-DD` (`month` 1-12): 2024 and 2 give 2024-02-29. */
export function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The first and last day of a year, or of a month of it ("March", "Sept."). */
export function period(monthName: string | undefined, year: string): { first: string; last: string } {
  if (!monthName) return { first: `${year}-01-01`, last: `${year}-12-31` };
  const month = monthIndex(monthName) + 1;
  return { first: `${year}-${String(month).padStart(2, '0')}-01`, last: lastDayOfMonth(Number(year), month) };
}

/** A day of a month ("March", "Sept.") of a year, `YYYY-MM-DD`, or null when the month has no such day. */
export function dayOfMonth(monthName: string, day: number, year: string): string | null {
  const { first, last } = period(monthName, year);
  const iso = `${first.slice(0, 8)}${String(day).padStart(2, '0')}`;
  return day >= 1 && iso <= last ? iso : null;
}
