import type { SearchMode, SpoxSearch } from '../search/types.js';
import type { IndexedRecord } from '../store/types.js';
import { mean, precisionAtK, reciprocalRank, successAtK } from './metrics.js';
import type { EvalQuery, QueryKind, QuerySplit } from './queries.js';
import { compileRule, type RelevanceTest } from './relevance.js';

/** The cut-off of precision@k and success@k. */
export const EVAL_K = 5;
/** How many hits each query asks for; MRR looks this deep. */
export const EVAL_DEPTH = 10;

export interface HitJudgement {
  id: string;
  relevant: boolean;
  score: number;
  /** The question (or, for a statement, the answer's start), for reading a failure. */
  preview: string;
}

export interface QueryOutcome {
  id: string;
  kind: QueryKind;
  /** The half of the development set the query belongs to; null when the file records none. */
  split: QuerySplit | null;
  query: string;
  /** The mode the engine reported for this response. */
  mode: SearchMode;
  hits: HitJudgement[];
  /** Null for `none` queries (nothing is relevant, so precision is undefined). */
  precision: number | null;
  success: number | null;
  reciprocalRank: number | null;
  /** No hits at all: right for a `none` query, a miss for any other. */
  empty: boolean;
  tookMs: number;
}

export interface KindSummary {
  kind: QueryKind;
  queries: number;
  /** Means over the kind's queries; null for `none` (and for a kind without queries). */
  precision: number | null;
  success: number | null;
  mrr: number | null;
  /** Share of queries answered with no hits (correct for `none`, a miss otherwise). */
  emptyRate: number | null;
}

const PREVIEW_CHARS = 110;

function preview(record: IndexedRecord): string {
  const text = (record.question ?? `[statement] ${record.answer}`).replace(/\s+/g, ' ').trim();
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1)}…` : text;
}

/** Runs one query and judges its hits. */
export async function runQuery(search: Pick<SpoxSearch, 'search'>, query: EvalQuery, test: RelevanceTest | null): Promise<QueryOutcome> {
  const response = await search.search(query.query, { filters: query.filters, k: EVAL_DEPTH });
  const hits = response.hits.map((h) => ({
    id: h.record.id,
    relevant: test ? test(h.record) : false,
    score: h.score,
    preview: preview(h.record),
  }));
  const relevance = hits.map((h) => h.relevant);
  const judged = test !== null;
  return {
    id: query.id,
    kind: query.kind,
    split: query.split ?? null,
    query: query.query,
    mode: response.mode,
    hits,
    precision: judged ? precisionAtK(relevance, EVAL_K) : null,
    success: judged ? successAtK(relevance, EVAL_K) : null,
    reciprocalRank: judged ? reciprocalRank(relevance, EVAL_DEPTH) : null,
    empty: hits.length === 0,
    tookMs: response.tookMs,
  };
}

/** Runs every query, in order (one at a time: timings stay honest and the model is not contended). */
export async function runQueries(search: Pick<SpoxSearch, 'search'>, queries: readonly EvalQuery[]): Promise<QueryOutcome[]> {
  const outcomes: QueryOutcome[] = [];
  for (const query of queries) {
    const test = query.relevant ? compileRule(query.relevant) : null;
    outcomes.push(await runQuery(search, query, test));
  }
  return outcomes;
}

function meanOf(outcomes: readonly QueryOutcome[], pick: (o: QueryOutcome) => number | null): number | null {
  const values = outcomes.map(pick).filter((v): v is number => v !== null);
  return mean(values);
}

export function summarizeKind(kind: QueryKind, outcomes: readonly QueryOutcome[]): KindSummary {
  const mine = outcomes.filter((o) => o.kind === kind);
  return {
    kind,
    queries: mine.length,
    precision: meanOf(mine, (o) => o.precision),
    success: meanOf(mine, (o) => o.success),
    mrr: meanOf(mine, (o) => o.reciprocalRank),
    emptyRate: mean(mine.map((o) => (o.empty ? 1 : 0))),
  };
}

/**
 * Whether a query's outcome is worth a line in the report: a topic query whose top k is not all
 * relevant (or that returned nothing), a `none` query that returned something.
 */
export function isFailure(outcome: QueryOutcome): boolean {
  if (outcome.kind === 'none') return !outcome.empty;
  return (outcome.precision ?? 0) < 1;
}
