import type { QueryKind, QuerySplit } from './queries.js';
import { QUERY_KINDS, QUERY_SPLITS } from './queries.js';
import { EVAL_DEPTH, EVAL_K, isFailure, summarizeKind, type KindSummary, type QueryOutcome } from './run.js';

/** The issue's target for keyword queries. */
export const KEYWORD_GOAL = { precision: 0.85, success: 1 } as const;

/** The targets judged on the held-out half, lexical mode (issue 9). */
export const HELDOUT_GOALS = {
  keywordPrecision: 0.85,
  keywordSuccess: 1,
  paraphrasePrecision: 0.8,
  /** Share of never-discussed queries that must come back empty. */
  noneEmptyShare: 5 / 6,
} as const;

export interface GoalCheck {
  goal: string;
  value: string;
  met: boolean;
}

/** Topic queries (any kind but `none`) answered with no hits at all: a false "nothing found". */
export function emptyTopicQueries(outcomes: readonly QueryOutcome[]): QueryOutcome[] {
  return outcomes.filter((o) => o.kind !== 'none' && o.empty);
}

/** The held-out targets, checked against one mode's outcomes on that half. */
export function checkHeldoutGoals(outcomes: readonly QueryOutcome[]): GoalCheck[] {
  const s = summarizeAll(outcomes);
  const atLeast = (v: number | null, min: number): boolean => v !== null && v >= min - 1e-9;
  const empties = emptyTopicQueries(outcomes).length;
  const topics = outcomes.filter((o) => o.kind !== 'none').length;
  return [
    { goal: `keyword P@${EVAL_K} ≥ ${HELDOUT_GOALS.keywordPrecision}`, value: fixed(s.keyword.precision), met: atLeast(s.keyword.precision, HELDOUT_GOALS.keywordPrecision) },
    { goal: `keyword S@${EVAL_K} = ${HELDOUT_GOALS.keywordSuccess}`, value: fixed(s.keyword.success), met: atLeast(s.keyword.success, HELDOUT_GOALS.keywordSuccess) },
    { goal: `paraphrase P@${EVAL_K} ≥ ${HELDOUT_GOALS.paraphrasePrecision}`, value: fixed(s.paraphrase.precision), met: atLeast(s.paraphrase.precision, HELDOUT_GOALS.paraphrasePrecision) },
    { goal: 'no in-corpus query answered with nothing', value: `${empties}/${topics}`, met: empties === 0 },
    { goal: 'never-discussed empty ≥ 5/6', value: countOf(s.none, s.none.emptyRate), met: atLeast(s.none.emptyRate, HELDOUT_GOALS.noneEmptyShare) },
  ];
}

/** One column of the report: a mode that ran, or one that could not. */
export type ModeResult =
  | { available: true; outcomes: QueryOutcome[] }
  | { available: false; reason: string };

export interface EvalResults {
  lexical: ModeResult;
  hybrid: ModeResult;
}

export type ModeName = keyof EvalResults;
const MODES: readonly ModeName[] = ['lexical', 'hybrid'];

export interface ModeReport {
  available: boolean;
  /** Why the mode did not run. */
  reason?: string;
  /** Over every query. */
  summary?: Record<QueryKind, KindSummary>;
  /** Per half of the development set (queries whose file records a split). */
  splits?: Record<QuerySplit, Record<QueryKind, KindSummary> & { emptyTopicQueries: number }>;
  keywordGoalMet?: boolean;
  /** The held-out targets, on the held-out half. */
  heldoutGoals?: GoalCheck[];
  /** The same targets on the fresh set. */
  freshGoals?: GoalCheck[];
  /** The same targets on the second fresh set. */
  fresh2Goals?: GoalCheck[];
  outcomes?: QueryOutcome[];
}

/** The `--json` report. */
export interface JsonReport {
  k: number;
  depth: number;
  queries: Record<QueryKind, number>;
  /** What the index held, when the report knows (the fixed evaluation corpus). */
  corpus?: { list: string; transcripts: number };
  goal: { kind: 'keyword'; precisionAtLeast: number; successAtLeast: number };
  modes: Record<ModeName, ModeReport>;
}

export function summarizeAll(outcomes: readonly QueryOutcome[]): Record<QueryKind, KindSummary> {
  return {
    keyword: summarizeKind('keyword', outcomes),
    paraphrase: summarizeKind('paraphrase', outcomes),
    semantic: summarizeKind('semantic', outcomes),
    none: summarizeKind('none', outcomes),
  };
}

/** Whether keyword precision@k and success@k reach the goal (false when there are no keyword queries). */
export function meetsKeywordGoal(summary: KindSummary): boolean {
  return (
    summary.precision !== null &&
    summary.success !== null &&
    summary.precision >= KEYWORD_GOAL.precision - 1e-9 &&
    summary.success >= KEYWORD_GOAL.success - 1e-9
  );
}

export function buildJsonReport(results: EvalResults, counts: Record<QueryKind, number>, corpus?: JsonReport['corpus']): JsonReport {
  const modes = {} as Record<ModeName, ModeReport>;
  for (const name of MODES) {
    const r = results[name];
    if (!r.available) {
      modes[name] = { available: false, reason: r.reason };
      continue;
    }
    const summary = summarizeAll(r.outcomes);
    const splits = {} as NonNullable<ModeReport['splits']>;
    for (const split of QUERY_SPLITS) {
      const mine = r.outcomes.filter((o) => o.split === split);
      splits[split] = { ...summarizeAll(mine), emptyTopicQueries: emptyTopicQueries(mine).length };
    }
    const goalsOn = (split: QuerySplit): GoalCheck[] => {
      const mine = r.outcomes.filter((o) => o.split === split);
      return mine.length ? checkHeldoutGoals(mine) : [];
    };
    modes[name] = {
      available: true,
      summary,
      splits,
      keywordGoalMet: meetsKeywordGoal(summary.keyword),
      heldoutGoals: goalsOn('heldout'),
      freshGoals: goalsOn('fresh'),
      fresh2Goals: goalsOn('fresh2'),
      outcomes: r.outcomes,
    };
  }
  return {
    k: EVAL_K,
    depth: EVAL_DEPTH,
    queries: counts,
    ...(corpus ? { corpus } : {}),
    goal: { kind: 'keyword', precisionAtLeast: KEYWORD_GOAL.precision, successAtLeast: KEYWORD_GOAL.success },
    modes,
  };
}

const fixed = (v: number | null): string => (v === null ? '–' : v.toFixed(3));

function countOf(summary: KindSummary, rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * summary.queries)}/${summary.queries}`;
}

interface Row {
  label: string;
  cell: (s: KindSummary) => string;
}

const TOPIC_ROWS: Row[] = [
  { label: `precision@${EVAL_K}`, cell: (s) => fixed(s.precision) },
  { label: `success@${EVAL_K}`, cell: (s) => fixed(s.success) },
  { label: `MRR (top ${EVAL_DEPTH})`, cell: (s) => fixed(s.mrr) },
  { label: 'returned nothing', cell: (s) => countOf(s, s.emptyRate) },
];

const NONE_ROWS: Row[] = [
  { label: 'correctly empty', cell: (s) => countOf(s, s.emptyRate) },
  { label: 'empty rate', cell: (s) => fixed(s.emptyRate) },
];

function unavailable(result: ModeResult): string {
  return result.available ? '' : `n/a (${result.reason})`;
}

/** The side-by-side tables, one per kind, then the goal line. */
export function formatSummaryTables(results: EvalResults): string[] {
  const summaries = {} as Record<ModeName, Record<QueryKind, KindSummary> | null>;
  for (const name of MODES) {
    const r = results[name];
    summaries[name] = r.available ? summarizeAll(r.outcomes) : null;
  }
  const anyRun = summaries.lexical ?? summaries.hybrid;
  const lines: string[] = [];
  const labelWidth = 22;
  const colWidth = 10;
  for (const kind of QUERY_KINDS) {
    const count = anyRun ? anyRun[kind].queries : 0;
    if (count === 0) continue;
    lines.push(`${`${kind} (${count} queries)`.padEnd(labelWidth)}${'lexical'.padStart(colWidth)}   hybrid`);
    const rows = kind === 'none' ? NONE_ROWS : TOPIC_ROWS;
    rows.forEach((row, i) => {
      const cells = MODES.map((name) => {
        const s = summaries[name];
        if (s) return row.cell(s[kind]);
        return i === 0 ? unavailable(results[name]) : 'n/a';
      });
      lines.push(`  ${row.label.padEnd(labelWidth - 2)}${(cells[0] ?? '').padStart(colWidth)}   ${cells[1] ?? ''}`);
    });
    lines.push('');
  }
  const goal = `keyword goal: precision@${EVAL_K} ≥ ${KEYWORD_GOAL.precision} and success@${EVAL_K} = ${KEYWORD_GOAL.success}`;
  const verdicts = MODES.map((name) => {
    const s = summaries[name];
    if (!s) return `${name} n/a`;
    return `${name} ${meetsKeywordGoal(s.keyword) ? 'met' : 'NOT met'}`;
  });
  lines.push(`${goal}: ${verdicts.join(', ')}`);
  const empties = MODES.map((name) => {
    const r = results[name];
    if (!r.available) return `${name} n/a`;
    const topics = r.outcomes.filter((o) => o.kind !== 'none').length;
    return `${name} ${emptyTopicQueries(r.outcomes).length}/${topics}`;
  });
  lines.push(`in-corpus queries answered with nothing: ${empties.join(', ')}`);
  return lines;
}

function only(results: EvalResults, split: QuerySplit): EvalResults {
  const pick = (r: ModeResult): ModeResult => (r.available ? { available: true, outcomes: r.outcomes.filter((o) => o.split === split) } : r);
  return { lexical: pick(results.lexical), hybrid: pick(results.hybrid) };
}

const SPLIT_TITLES: Record<QuerySplit, string> = {
  tuning: 'TUNING half (settings are chosen on these)',
  heldout: 'HELD-OUT half (never tuned on)',
  fresh: 'FRESH set (written after the settings were chosen)',
  fresh2: 'SECOND FRESH set (written on 2026-12-01, after 26 looks at the first)',
};

const GOAL_PLACES: Record<Exclude<QuerySplit, 'tuning'>, string> = { heldout: '', fresh: ' on the fresh set', fresh2: ' on the second fresh set' };

/**
 * The tables of each part of the development set (tuning, held-out, fresh), and the held-out
 * targets per mode on the held-out half and on the fresh set; queries without a recorded split
 * are reported in one table of their own.
 */
export function formatSplitTables(results: EvalResults): string[] {
  const order = results.lexical.available ? results.lexical.outcomes : results.hybrid.available ? results.hybrid.outcomes : [];
  const lines: string[] = [];
  const halves: { title: string; part: EvalResults; size: number }[] = QUERY_SPLITS.map((split) => ({
    title: SPLIT_TITLES[split],
    part: only(results, split),
    size: order.filter((o) => o.split === split).length,
  }));
  const unsplit = order.filter((o) => o.split === null).length;
  if (unsplit === order.length) return formatSummaryTables(results);
  for (const { title, part, size } of halves) {
    if (size === 0) continue;
    lines.push(`== ${title}: ${size} queries ==`, ...formatSummaryTables(part), '');
  }
  if (unsplit) lines.push(`(${unsplit} queries without a recorded split are left out of every part)`, '');
  for (const name of MODES) {
    const r = results[name];
    if (!r.available) continue;
    for (const split of ['heldout', 'fresh', 'fresh2'] as const) {
      const mine = r.outcomes.filter((o) => o.split === split);
      if (!mine.length) continue;
      const checks = checkHeldoutGoals(mine).map((c) => `${c.goal}: ${c.value} ${c.met ? '✓' : '✗'}`);
      lines.push(`held-out targets${GOAL_PLACES[split]}, ${name}: ${checks.join('; ')}`);
    }
  }
  return lines;
}

function scoreLine(o: QueryOutcome | undefined): string {
  if (!o) return 'n/a';
  if (o.kind === 'none') return o.empty ? 'empty ✓' : `${o.hits.length} hits ✗`;
  const few = o.empty ? ' (no hits)' : o.hits.length < EVAL_K ? ` (${o.hits.length} hits)` : '';
  return `P@${EVAL_K} ${fixed(o.precision)} RR ${fixed(o.reciprocalRank)}${few}`;
}

/**
 * Per-query lines: failures only (a topic query whose top k is not all relevant, a `none` query
 * with hits), or every query with `verbose`. Under each, the top-k hits of each mode that ran,
 * marked ✓ relevant / ✗ not (only the ✗ ones unless verbose).
 */
export function formatQueryLines(results: EvalResults, verbose: boolean): string[] {
  const byMode = {} as Record<ModeName, Map<string, QueryOutcome>>;
  for (const name of MODES) {
    const r = results[name];
    byMode[name] = new Map(r.available ? r.outcomes.map((o) => [o.id, o]) : []);
  }
  const order = results.lexical.available ? results.lexical.outcomes : results.hybrid.available ? results.hybrid.outcomes : [];
  const lines: string[] = [];
  for (const first of order) {
    const outcomes = MODES.map((name) => byMode[name].get(first.id));
    const failed = outcomes.some((o) => o !== undefined && isFailure(o));
    if (!failed && !verbose) continue;
    const mark = failed ? '✗' : '✓';
    const scores = MODES.filter((name) => results[name].available)
      .map((name) => `${name} ${scoreLine(byMode[name].get(first.id))}`)
      .join(' | ');
    lines.push(`${mark} [${first.kind}${first.split ? ` ${first.split}` : ''}] ${first.id}  ${scores}`);
    lines.push(`    "${first.query}"`);
    for (const name of MODES) {
      const o = byMode[name].get(first.id);
      if (!o) continue;
      o.hits.slice(0, EVAL_K).forEach((h, i) => {
        if (h.relevant && !verbose) return;
        lines.push(`    ${name.padEnd(7)} #${i + 1} ${h.relevant ? '✓' : '✗'} ${h.id.padEnd(14)} ${h.preview}`);
      });
    }
  }
  return lines;
}
