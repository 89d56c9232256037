import { askedRanges, describeCoverage, gapsOverlapping, reachesOutside, type Coverage, type CorpusStretch } from '../search/coverage.js';
import type { SearchFilters, SpoxSearch } from '../search/types.js';

/** The dates a search looked through: the index's coverage narrowed by the filters' dates. */
export interface SearchedSpan {
  from: string | null;
  to: string | null;
}

/** What the index covers, from its first to its last briefing (its gaps: `search.coverage()`). */
export function indexSpan(search: Pick<SpoxSearch, 'coverage'>): SearchedSpan {
  const { from, to } = search.coverage();
  return { from, to };
}

/** The dates a search of `query` looked through: the coverage of its language, narrowed by the filters' dates. */
export function searchedSpan(search: Pick<SpoxSearch, 'coverage'>, query: string, filters: SearchFilters): SearchedSpan {
  const index = search.coverage(query);
  const later = (a: string | null, b: string | undefined): string | null => (b && (!a || b > a) ? b : a);
  const earlier = (a: string | null, b: string | undefined): string | null => (b && (!a || b < a) ? b : a);
  return { from: later(index.from, filters.from), to: earlier(index.to, filters.to) };
}

/** `from 2018-05-02 to 2020-07-03`, or `in an empty index`. */
export function spanWords(span: SearchedSpan): string {
  if (!span.from || !span.to) return 'in an empty index';
  return `from ${span.from} to ${span.to}`;
}

/**
 * The index's gaps a reader should hear of: those in the dates the search asked about (its date
 * filters, the years its question names), else those in the span it searched.
 */
export function gapsAsked(search: Pick<SpoxSearch, 'coverage'>, query: string, filters: SearchFilters): Coverage['gaps'] {
  const coverage = search.coverage(query);
  const asked = askedRanges(query, filters);
  if (asked.length > 0) return gapsOverlapping(coverage, asked);
  const span = searchedSpan(search, query, filters);
  return span.from && span.to ? gapsOverlapping(coverage, [{ from: span.from, to: span.to }]) : [];
}

/**
 * Said above the answers when the search asked about dates the index does not hold (a date filter
 * past either end or inside a gap, a year named without briefings); null when it did not.
 */
export function outsideNote(search: Pick<SpoxSearch, 'coverage'>, query: string, filters: SearchFilters): string | null {
  const coverage = search.coverage(query);
  if (!reachesOutside(coverage, query, filters)) return null;
  return `Note: you asked about dates the index does not hold. ${describeCoverage(coverage, gapsAsked(search, query, filters))}`;
}

/**
 * The stretches of the dates searched that the index holds only as pairs imported from a research
 * corpus (`Coverage.corpusOnly`), cut to those dates, oldest first.
 */
export function corpusOnlySearched(search: Pick<SpoxSearch, 'coverage'>, query: string, filters: SearchFilters): CorpusStretch[] {
  const span = searchedSpan(search, query, filters);
  if (!span.from || !span.to) return [];
  const { from, to } = span;
  return (search.coverage(query).corpusOnly ?? [])
    .filter((c) => c.from <= to && from <= c.to)
    .map((c) => ({ ...c, from: c.from < from ? from : c.from, to: c.to > to ? to : c.to }));
}
