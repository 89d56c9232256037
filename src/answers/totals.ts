import { gapWords } from '../search/coverage.js';
import type { SearchFilters, SearchResponse, SpoxSearch } from '../search/types.js';
import { filtersWords } from './filters.js';
import { gapsAsked, searchedSpan, spanWords } from './span.js';
import { plural } from './wording.js';

/**
 * How the matches are ordered, in words; newest first, the passing mentions listed after the
 * others are counted, since the latest date of the totals may be one of them.
 */
export function orderWords(response: Pick<SearchResponse, 'sort' | 'latestIntent' | 'passing'>): string {
  if (response.sort !== 'newest') return 'best match first';
  const order = response.latestIntent ? 'latest first (you asked for the latest)' : 'latest first';
  return response.passing > 0 ? `${order}, then ${plural(response.passing, 'passing mention')}` : order;
}

/**
 * `37 exchanges, 2018-12-06 → 2020-06-22; latest first` — how often and since when a topic came up;
 * and, when the query was read as describing a listed name, that this name was searched too, so a
 * reporter sees why exchanges naming it are there. `escape` makes the name safe for the platform.
 */
export function totalsLine(
  response: Pick<SearchResponse, 'total' | 'first' | 'last' | 'sort' | 'latestIntent' | 'passing' | 'described'>,
  escape: (listedName: string) => string = (t) => t,
): string {
  const count = plural(response.total, 'exchange');
  const dates = response.first && response.last ? (response.first === response.last ? `, ${response.first}` : `, ${response.first} → ${response.last}`) : '';
  const described = response.described ? `; ${describedWords(escape(response.described))}` : '';
  return `${count}${dates}; ${orderWords(response)}${described}`;
}

/** That a listed name the question was read as describing was searched too (`SearchResponse.described`). */
export function describedWords(name: string): string {
  return `also searched for “${name}”, the name your words describe`;
}

/**
 * The "nothing relevant" answer: what was searched, over which dates and with which gaps (those
 * `gapsAsked` names), and how to widen it.
 */
export function nothingRelevantText(
  search: Pick<SpoxSearch, 'coverage'>,
  query: string,
  filters: SearchFilters,
  escape: (userText: string) => string = (t) => t,
): string {
  const narrowed = escape(filtersWords(filters));
  const hint = narrowed ? 'Try widening the dates, dropping a filter, or different wording.' : 'Try different or fewer words.';
  const gaps = gapsAsked(search, query, filters);
  const detail = [narrowed, gaps.length > 0 ? `none from ${gapWords(gaps)}` : ''].filter(Boolean).join('; ');
  return `Nothing relevant found for “${escape(query)}” in the briefings ${spanWords(searchedSpan(search, query, filters))}${detail ? ` (${detail})` : ''}. ${hint}`;
}
