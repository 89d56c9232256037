import type { SearchFilters, SpoxSearch } from '../search/types.js';

/** The dates a search looked through: the index's coverage narrowed by the filters' dates. */
export interface SearchedSpan {
  from: string | null;
  to: string | null;
}

/**
 * What the index covers, from its first to its last briefing. The one place that asks; it will ask
 * the index's coverage (with its gaps) once that exists.
 */
export function indexSpan(search: Pick<SpoxSearch, 'info'>): SearchedSpan {
  const info = search.info();
  return { from: info.firstDate, to: info.lastDate };
}

export function searchedSpan(search: Pick<SpoxSearch, 'info'>, filters: SearchFilters): SearchedSpan {
  const index = indexSpan(search);
  const later = (a: string | null, b: string | undefined): string | null => (b && (!a || b > a) ? b : a);
  const earlier = (a: string | null, b: string | undefined): string | null => (b && (!a || b < a) ? b : a);
  return { from: later(index.from, filters.from), to: earlier(index.to, filters.to) };
}

/** `from 2018-05-02 to 2020-07-03`, or `in an empty index`. */
export function spanWords(span: SearchedSpan): string {
  if (!span.from || !span.to) return 'in an empty index';
  return `from ${span.from} to ${span.to}`;
}
