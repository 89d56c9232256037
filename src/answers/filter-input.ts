import type { SearchFilters } from '../search/types.js';
import { parseIsoDate } from './dates.js';

/** Filters as a person typed them (a Discord option, a Slack `from:` word), before checking. */
export interface FilterInput {
  from?: string | null;
  to?: string | null;
  spokesperson?: string | null;
  outlet?: string | null;
}

/**
 * Checks typed filters: dates must be real days written YYYY-MM-DD and `from` not after `to`; names
 * are trimmed and dropped when empty. The problem names the filter as `label` writes it.
 */
export function checkFilters(
  input: FilterInput,
  label: (name: 'from' | 'to') => string = (name) => `\`${name}\``,
): { filters: SearchFilters } | { problem: string } {
  const filters: SearchFilters = {};
  for (const name of ['from', 'to'] as const) {
    const raw = input[name];
    if (raw === null || raw === undefined) continue;
    const date = parseIsoDate(raw);
    if (!date) return { problem: `${label(name)} must be a date written YYYY-MM-DD, e.g. 2020-05-22.` };
    filters[name] = date;
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    return { problem: `${label('from')} must not be later than ${label('to')}.` };
  }
  const spokesperson = input.spokesperson?.trim();
  if (spokesperson) filters.spokesperson = spokesperson;
  const outlet = input.outlet?.trim();
  if (outlet) filters.outlet = outlet;
  return { filters };
}
