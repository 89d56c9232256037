/**
 * What is wrong with `text` as a date written `YYYY-MM-DD`: `is not YYYY-MM-DD` (another form), `does
 * not exist` (`2022-02-30`), or null when it is a real date.
 */
export function isoDateProblem(text: string): 'is not YYYY-MM-DD' | 'does not exist' | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return 'is not YYYY-MM-DD';
  const date = new Date(`${m[0]}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(m[0]) ? null : 'does not exist';
}

/** How many days `to` is after `from` (negative when before), both written `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** The date `days` days after `date` (before it when negative), both written `YYYY-MM-DD`. */
export function shiftedDay(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** How many days from `from` to `to` (both included, `YYYY-MM-DD`) are Monday to Friday. */
export function weekdaysBetween(from: string, to: string): number {
  const days = daysBetween(from, to) + 1;
  if (days <= 0) return 0;
  const start = new Date(`${from}T00:00:00Z`).getUTCDay();
  let count = Math.floor(days / 7) * 5;
  for (let i = 0; i < days % 7; i++) if (![0, 6].includes((start + i) % 7)) count++;
  return count;
}

/** Beijing's calendar day at `now`, `YYYY-MM-DD`: the Ministry dates its briefings there (UTC+8, no daylight saving). */
export function beijingDate(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
