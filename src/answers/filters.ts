import type { SearchFilters } from '../search/types.js';

/** The filters in words: `from 2019-01-01 · outlet Reuters`. */
export function filtersWords(filters: SearchFilters): string {
  const parts: string[] = [];
  if (filters.from) parts.push(`from ${filters.from}`);
  if (filters.to) parts.push(`to ${filters.to}`);
  if (filters.spokesperson) parts.push(`spokesperson ${filters.spokesperson}`);
  if (filters.outlet) parts.push(`outlet ${filters.outlet}`);
  return parts.join(' · ');
}
