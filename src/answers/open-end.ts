import type { SearchFilters, SpoxSearch } from '../search/types.js';
import { englishElsewhereWords, languageWord } from './span.js';

/**
 * ` The index holds Chinese briefings up to 2020-07-03. The index's English briefings run to
 * 2026-08-17: ask in English to search them.`: for a question in Chinese whose dates have an open
 * end ("2019年以来关于华为的表态", `--from 2019-01-01`), which runs to the index's last briefing, where
 * the Chinese pages end before the English ones. The list and the chart end with the Chinese pages,
 * and said nothing of the years after them; '' otherwise (and where the dates begin after the Chinese
 * pages end, which the answer already says: `outsideNote`, `nothingFoundText`).
 */
export function openEndWords(search: Pick<SpoxSearch, 'coverage' | 'languages'>, query: string, filters: SearchFilters): string {
  if (!filters.from || filters.to || !languageWord(query)) return '';
  const held = search.coverage(query);
  if (!held.from || !held.to || filters.from > held.to) return '';
  const elsewhere = englishElsewhereWords(search, query, held, { to: '9999-12-31' });
  return elsewhere ? ` The index holds ${languageWord(query)}briefings up to ${held.to}.${elsewhere}` : '';
}
