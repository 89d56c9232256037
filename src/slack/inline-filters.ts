import { checkSearchRequest } from '../search/request.js';
import type { SearchFilters } from '../search/types.js';

/** How results are ordered, as typed after `sort:`. */
export type TypedSort = 'relevance' | 'newest';

/** Filter words a person can type after the question, and the filter each one sets. */
const KEYS = { from: 'from', to: 'to', by: 'spokesperson', spokesperson: 'spokesperson', outlet: 'outlet', sort: 'sort' } as const;
type Key = keyof typeof KEYS;

/** `key:value`, `key:"two words"` (straight or curly quotes), at the start or after a space. */
const FILTER = /(^|\s)(from|to|by|spokesperson|outlet|sort):(?:"([^"]*)"|“([^”]*)”|(\S*))/gi;

export interface TypedSearch {
  /** The question without the filter words. */
  query: string;
  filters: SearchFilters;
  sort?: TypedSort;
}

/**
 * Reads `Taiwan arms sales from:2019-01-01 to:2019-12-31 by:"Hua Chunying" outlet:Reuters sort:newest`:
 * the filter words anywhere in the text, the rest is the question. Dates are checked by the same
 * rules as everywhere else (`checkSearchRequest`); a problem names the word as typed.
 */
export function parseTypedSearch(text: string): TypedSearch | { problem: string } {
  const values: Partial<Record<Key, string>> = {};
  let problem: string | null = null;
  const query = text
    .replace(FILTER, (_all, lead: string, rawKey: string, straight?: string, curly?: string, bare?: string) => {
      const key = rawKey.toLowerCase() as Key;
      const value = (straight ?? curly ?? bare ?? '').trim();
      if (!value) problem ??= `\`${key}:\` needs a value, e.g. ${example(key)}.`;
      else if (values[key] !== undefined) problem ??= `\`${key}:\` is given twice.`;
      else values[key] = value;
      return lead;
    })
    .replace(/\s+/g, ' ')
    .trim();
  if (problem) return { problem };
  let sort: TypedSort | undefined;
  if (values.sort !== undefined) {
    const wanted = values.sort.toLowerCase();
    if (wanted !== 'newest' && wanted !== 'relevance') return { problem: '`sort:` must be `newest` or `relevance`.' };
    sort = wanted;
  }
  const checked = checkSearchRequest(
    { question: query, from: values.from, to: values.to, spokesperson: values.by ?? values.spokesperson, outlet: values.outlet },
    (field) => (field === 'question' ? 'The question' : `\`${field === 'spokesperson' ? 'by' : field}:\``),
  );
  if (!checked.ok) return { problem: checked.problem };
  return { query: checked.query, filters: checked.filters, ...(sort ? { sort } : {}) };
}

function example(key: Key): string {
  switch (KEYS[key]) {
    case 'from':
    case 'to':
      return `\`${key}:2019-01-01\``;
    case 'spokesperson':
      return `\`${key}:"Hua Chunying"\``;
    case 'outlet':
      return '`outlet:Reuters`';
    case 'sort':
      return '`sort:newest`';
  }
}
