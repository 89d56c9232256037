import type { MonthIntent } from './month.js';

/**
 * The dates a month read from a day ("on 17/8/2026": August 2026, that day's answers first) is
 * searched in: the month, cut to the briefings the index holds in the question's language where the
 * day asked is among them. The month past the newest briefing holds nothing to find, and searched whole
 * it made the answer say "you asked about dates the index does not hold" of the index's newest day (explore38 M5).
 * `held` gives the question's language's briefing dates, oldest first; read only for a day asked.
 */
export function heldMonthOfDay(month: Pick<MonthIntent, 'from' | 'to' | 'day'>, held: () => readonly { date: string }[]): { from?: string; to?: string } {
  const dates = { ...(month.from ? { from: month.from } : {}), ...(month.to ? { to: month.to } : {}) };
  if (!month.day || !month.from || !month.to) return dates;
  const briefings = held();
  const first = briefings[0]?.date;
  const last = briefings.at(-1)?.date;
  if (!first || !last || month.day < first || month.day > last) return dates;
  return { from: month.from < first ? first : month.from, to: month.to > last ? last : month.to };
}
