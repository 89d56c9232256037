import type { Briefings } from './briefings.js';
import type { MonthIntent } from './month.js';
import type { SearchFilters, SearchResponse } from './types.js';

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

/**
 * The briefings the index holds in the dates a question names (`SearchResponse.namedDatesHeld`), for the
 * answer on a topic and for every answer alike: "How many briefings did Wang Wenbin give in 2021?" said
 * "17 exchanges at 5 briefings" without the 13 briefings of 2021 the index holds, and read as his year.
 * Not of a single day, nor of years or days apart (two years compared search those alone).
 */
export function namedDatesHeld(
  read: { month: string | null; days: readonly string[] | null; years: readonly string[] | null; lang: 'en' | 'zh'; filters: SearchFilters },
  briefings: Pick<Briefings, 'daysHeld'>,
): Pick<SearchResponse, 'namedDatesHeld'> {
  const { from, to } = read.filters;
  if (!read.month || !from || !to || from === to || read.days || read.years) return {};
  const held = briefings.daysHeld(from, to, read.lang);
  return held ? { namedDatesHeld: { briefings: held.days, first: held.first, last: held.last, to, gaps: held.gaps } } : {};
}

/**
 * Of two years compared, those the index holds only part of (`SearchResponse.yearsPartlyHeld`): the
 * first and last briefing it holds of each, where they leave a month or more of the year out at either
 * end. "2019 99, 2020 25" read as if 2020 had a quarter of 2019's mentions, where the English pages end
 * on 2020-07-03 (hunt-M).
 */
export function yearsPartlyHeld(
  read: { years: readonly string[] | null; lang: 'en' | 'zh' },
  briefings: Pick<Briefings, 'daysHeld'>,
): Pick<SearchResponse, 'yearsPartlyHeld'> {
  if (read.years?.length !== 2) return {};
  const partly = read.years.flatMap((year) => {
    const held = briefings.daysHeld(`${year}-01-01`, `${year}-12-31`, read.lang);
    if (!held || (held.first <= `${year}-01-31` && held.last >= `${year}-12-01`)) return [];
    return [{ year, first: held.first, last: held.last }];
  });
  return partly.length > 0 ? { yearsPartlyHeld: partly } : {};
}
