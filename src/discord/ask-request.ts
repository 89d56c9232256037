import { parseTypedSearch, type KnownNames } from '../answers/inline-filters.js';
import { checkSearchRequest, type CheckedRequest, type SearchRequestInput } from '../search/request.js';
import type { SearchFilters, SearchSort } from '../search/types.js';
import { typedText } from '../util/printable.js';
import { escapedLabel } from './text-fit.js';

/** What /ask's options hold, as given. */
export interface AskOptions extends SearchRequestInput {
  sort?: SearchSort | null;
}

export type AskRequest =
  | { ok: true; query: string; filters: SearchFilters; sort?: SearchSort }
  | Extract<CheckedRequest, { ok: false }>;

const name = (field: string): string => `\`${field}\``;

/**
 * /ask's request: its options, and the filter words typed in the question read as /spox reads them
 * (`Huawei by:"Hua Chunying" from:2019-01-01`: `parseTypedSearch`), so that the same words ask the
 * same on both platforms. An option and a word that set the same filter must agree (a name in any
 * case); when they do not, the asker is told which, rather than one being picked for them.
 */
export function readAskRequest(options: AskOptions, known: KnownNames): AskRequest {
  // The question's filter words are read first, as /spox reads them, so that its length is checked
  // as /spox checks it: of the words searched, without the filter words (review33 #13).
  const typed = parseTypedSearch(typedText(options.question).trim(), known);
  if ('problem' in typed) return { ok: false, field: 'question', problem: typed.problem };
  const checked = checkSearchRequest({ ...options, question: typed.query }, name);
  if (!checked.ok) return checked;
  const given: Record<Exclude<keyof SearchFilters, 'outlets' | 'occasion'> | 'sort', [string | undefined, string | undefined]> = {
    from: [checked.filters.from, typed.filters.from],
    to: [checked.filters.to, typed.filters.to],
    spokesperson: [checked.filters.spokesperson, typed.filters.spokesperson],
    outlet: [checked.filters.outlet, typed.filters.outlet],
    sort: [options.sort ?? undefined, typed.sort],
  };
  for (const [field, [option, word]] of Object.entries(given)) {
    if (option === undefined || word === undefined || sameValue(option, word)) continue;
    return {
      ok: false,
      field: 'question',
      problem: `The ${name(field)} option (“${escapedLabel(option, 100)}”) and the question's filter word (“${escapedLabel(word, 100)}”) disagree: give one of them.`,
    };
  }
  // Checked again as one request: an option's date and a word's may be in the wrong order.
  const merged = checkSearchRequest({ question: typed.query, ...typed.filters, ...checked.filters }, name);
  if (!merged.ok) return merged;
  const sort = options.sort ?? typed.sort;
  return { ...merged, ...(sort ? { sort } : {}) };
}

function sameValue(a: string, b: string): boolean {
  const plain = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();
  return plain(a) === plain(b);
}
