import type { IndexedRecord } from '../store/types.js';
import type { SearchFilters } from './types.js';

/** Whether a name matches a filter value: case-insensitive, a part is enough ("hua", "Bloomberg"). */
export function nameMatches(name: string, wanted: string): boolean {
  return name.toLowerCase().includes(wanted.toLowerCase());
}

/** Whether a record passes the filters, as `SearchFilters` documents them. */
export function matchesFilters(record: Pick<IndexedRecord, 'date' | 'spokesperson' | 'outlet'>, filters: SearchFilters | undefined): boolean {
  if (!filters) return true;
  if (filters.from && record.date < filters.from) return false;
  if (filters.to && record.date > filters.to) return false;
  if (filters.spokesperson && !nameMatches(record.spokesperson, filters.spokesperson)) return false;
  if (filters.outlet && !(record.outlet !== null && nameMatches(record.outlet, filters.outlet))) return false;
  return true;
}
