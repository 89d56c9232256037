import { parseTranscriptFiles } from '../transcripts/corpus.js';
import { toIndexedRecords } from '../store/records.js';
import type { IndexedRecord } from '../store/types.js';
import type { EvalQuery, QueryKind } from './queries.js';
import { matchesFilters } from '../search/filters.js';
import { compileRule, relevanceText } from './relevance.js';

/** How many records of the corpus a query's rule accepts (within its filters). */
export interface RuleCoverage {
  id: string;
  kind: QueryKind;
  /** Relevant records; for a `none` query, records matching any of its `absent` patterns (should be 0). */
  matches: number;
  /** Of those, records whose question alone matches the rule (the topic is what was asked). */
  inQuestion: number;
  /** Ids of the matching records, in corpus order. */
  ids: string[];
}

/** Every record of the transcripts under `sources`, as the index stores them. */
export function loadCorpusRecords(sources: string[]): IndexedRecord[] {
  return parseTranscriptFiles(sources).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
}

export function ruleCoverage(query: EvalQuery, records: readonly IndexedRecord[]): RuleCoverage {
  const inScope = records.filter((r) => matchesFilters(r, query.filters));
  let matching: IndexedRecord[];
  let inQuestion: number;
  if (query.relevant) {
    const test = compileRule(query.relevant);
    matching = inScope.filter((r) => test(r));
    inQuestion = matching.filter((r) => r.question !== null && test({ question: null, answer: r.question })).length;
  } else {
    const absent = (query.absent ?? []).map((s) => new RegExp(s, 'iu'));
    matching = inScope.filter((r) => absent.some((re) => re.test(relevanceText(r))));
    inQuestion = matching.filter((r) => r.question !== null && absent.some((re) => re.test(r.question ?? ''))).length;
  }
  return { id: query.id, kind: query.kind, matches: matching.length, inQuestion, ids: matching.map((r) => r.id) };
}

/**
 * Fewest relevant records a topic query may have. Small real topics (Khashoggi, Gui Minhai: 3
 * exchanges each) are kept rather than dropped: precision@5 of such a query cannot exceed n/5,
 * the same for every engine, so they lower every column alike (eval/README.md gives the ceiling).
 */
export const MIN_RELEVANT_RECORDS = 3;

/**
 * What makes a query unusable: a topic query needs at least `minimum` relevant records (else
 * precision@k cannot reach 1), a `none` query needs its topic to be absent.
 */
export function coverageProblem(coverage: RuleCoverage, minimum: number): string | null {
  if (coverage.kind === 'none') {
    return coverage.matches > 0 ? `${coverage.id}: ${coverage.matches} records mention a topic said to be absent` : null;
  }
  return coverage.matches < minimum ? `${coverage.id}: only ${coverage.matches} relevant records (needs ${minimum})` : null;
}
