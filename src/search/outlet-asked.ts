import type { IndexedRecord } from '../store/types.js';
import { matchesFilters } from './filters.js';
import type { SearchFilters, SearchResponse } from './types.js';

/** The most questions of one outlet an answer points to ("“questions from Yonhap” lists them"): a desk reads them all. */
const FEW_QUESTIONS = 20;

/**
 * `outletAsked` of a question naming one outlet beside its topic: how many questions the outlet
 * asked in the question's filters (its dates, its spokesperson) and language, when more than the
 * `found` the answer holds and at most `FEW_QUESTIONS`; null otherwise. "Korea asked by Yonhap"
 * finds 2 of Yonhap's 5 questions, whose others are on the DPRK and the ROK (explore35 C13). Counted in `records`, the index's.
 */
export function outletAsked(askers: readonly string[] | null | undefined, filters: SearchFilters, lang: 'en' | 'zh', found: number, records: readonly IndexedRecord[]): SearchResponse['outletAsked'] | null {
  if (askers?.length !== 1) return null;
  // Every spokesperson's: "in all" is what "questions from Yonhap" lists, not those put to the one the question names.
  const { spokesperson: _answeredBy, ...ofOutlet } = filters;
  let total = 0;
  for (const r of records) {
    if ((r.lang === 'zh' ? 'zh' : 'en') !== lang || r.kind === 'statement' || !matchesFilters(r, ofOutlet)) continue;
    if (++total > FEW_QUESTIONS) return null;
  }
  return total > found ? { outlet: askers[0]!, total, dated: Boolean(filters.from || filters.to) } : null;
}
