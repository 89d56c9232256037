import type { BriefingSummary } from '../store/types.js';
import type { MatchRef } from '../search/types.js';
import type { SearchedSpan } from './span.js';

/** How many times a topic came up in one month. */
export interface MonthCount {
  /** `2019-05` */
  month: string;
  count: number;
}

export interface BusyMonth extends MonthCount {
  /** The briefings of that month where it came up, oldest first, with their transcript links. */
  briefings: { date: string; key: string; url: string | null; count: number }[];
}

export interface Timeline {
  topic: string;
  total: number;
  first: string | null;
  last: string | null;
  /** Every month the index covers, oldest first, with zero where the topic did not come up. */
  months: MonthCount[];
  /** The months it came up most, busiest first (ties: the later first). */
  busiest: BusyMonth[];
}

/** Busiest months named under the chart. */
export const BUSIEST_MONTHS = 3;

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [year, month] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const end = to.slice(0, 7);
  for (let guard = 0; guard < 1200; guard++) {
    const label = `${year}-${String(month).padStart(2, '0')}`;
    out.push(label);
    if (label >= end) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

/**
 * How often a topic came up per month across the index's whole span, from every relevant match:
 * the first and last time, and the busiest months with the briefings to open.
 */
export function buildTimeline(
  topic: string,
  matches: MatchRef[],
  span: SearchedSpan,
  briefing: (key: string) => BriefingSummary | undefined,
  keyOf: (id: string) => string | undefined,
): Timeline {
  const byMonth = new Map<string, number>();
  let first: string | null = null;
  let last: string | null = null;
  for (const m of matches) {
    byMonth.set(m.date.slice(0, 7), (byMonth.get(m.date.slice(0, 7)) ?? 0) + 1);
    if (first === null || m.date < first) first = m.date;
    if (last === null || m.date > last) last = m.date;
  }
  const from = span.from ?? first;
  const to = span.to ?? last;
  const months = from && to ? monthsBetween(from, to).map((month) => ({ month, count: byMonth.get(month) ?? 0 })) : [];
  const busiest = [...months]
    .filter((m) => m.count > 0)
    .sort((a, b) => b.count - a.count || b.month.localeCompare(a.month))
    .slice(0, BUSIEST_MONTHS)
    .map((m) => {
      const perBriefing = new Map<string, number>();
      for (const match of matches) {
        if (!match.date.startsWith(m.month)) continue;
        const key = keyOf(match.id) ?? match.date;
        perBriefing.set(key, (perBriefing.get(key) ?? 0) + 1);
      }
      const briefings = [...perBriefing]
        .map(([key, count]) => {
          const summary = briefing(key);
          return { key, date: summary?.date ?? key.slice(0, 10), url: summary?.url ?? null, count };
        })
        .sort((a, b) => a.key.localeCompare(b.key));
      return { ...m, briefings };
    });
  return { topic, total: matches.length, first, last, months, busiest };
}

/** `37 exchanges from 2018-12-06 to 2020-06-22` — or that the topic never came up. */
export function timelineSummary(t: Timeline, plural: (n: number, word: string) => string): string {
  if (!t.first || !t.last) return `“${t.topic}” never came up in the index.`;
  return `${plural(t.total, 'exchange')}; first ${t.first}, last ${t.last}.`;
}
