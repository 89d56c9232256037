import type { SearchFilters, SearchSort, SpoxSearch } from '../search/types.js';
import { askedBesideOptions, briefingAsked, dayAloneAsked } from './briefing-asked.js';
import { spokespeopleNowAs } from './spokespeople-now.js';
import { capitalized } from './wording.js';

/** The words a question is searched as, and what the answer says of that first (null: nothing). */
export interface SearchedAs {
  query: string;
  note: string | null;
}

/**
 * The words the CLI and both bots search a question as, and what the answer says of it first: a date
 * alone or "latest" beside options that narrow the search (`askedBesideOptions`: "2019-10-10" with a
 * spokesperson, "latest" with an outlet), a Chinese question of who the spokesperson is now
 * (`spokespeopleNowAs`), or the question as typed, with nothing said.
 */
export function searchedAs(search: Pick<SpoxSearch, 'languages' | 'briefingKeyOfLink'>, question: string, filters: SearchFilters, sort?: SearchSort): SearchedAs {
  const briefing = narrowsSearch(filters, sort) ? briefingAsked(question, search) : null;
  const beside = briefing ? askedBesideOptions(briefing) : null;
  if (beside) {
    const every = 'latest' in briefing! ? 'latest first' : 'of that day';
    return { query: beside, note: `“${question.trim()}” beside the options is read as “${beside}”: every answer they leave, ${every}.` };
  }
  const day = dayAloneAsked(question);
  if (day) return { query: day, note: `“${question.trim()}” alone is read as “${day}”: every answer of those dates.` };
  return spokespeopleNowAs(search, question, filters) ?? { query: question, note: null };
}

/** Whether filters or an order given narrow a search: a date or "latest" alone beside them is searched, not opened as a briefing. */
export function narrowsSearch(filters: SearchFilters, sort?: SearchSort): boolean {
  return Object.values(filters).some((v) => v !== undefined) || sort !== undefined;
}

/** `Note: ` with the note of how the question was searched (`searchedAs`) before the answer's others (`outsideNote`). */
export function withSearchedNote(searched: string | null, others: string | null): string | null {
  if (!searched) return others;
  return others ? `Note: ${searched} ${capitalized(others.replace(/^Note: /, ''))}` : `Note: ${searched}`;
}
