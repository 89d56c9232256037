import { describe, expect, it } from 'vitest';
import { buildJsonReport, checkHeldoutGoals, formatQueryLines, formatSplitTables, formatSummaryTables, meetsKeywordGoal, type EvalResults } from '../../src/eval/report.js';
import type { QueryOutcome } from '../../src/eval/run.js';

function outcome(id: string, kind: QueryOutcome['kind'], relevance: boolean[]): QueryOutcome {
  const judged = kind !== 'none';
  const top = relevance.slice(0, 5);
  const first = relevance.indexOf(true);
  return {
    id, kind, split: null, query: `query ${id}`, mode: 'lexical',
    hits: relevance.map((relevant, i) => ({ id: `2020-01-0${i + 1}#1`, relevant, score: 1, preview: `preview ${id} ${i + 1}` })),
    precision: judged ? top.filter(Boolean).length / 5 : null,
    success: judged ? (top.some(Boolean) ? 1 : 0) : null,
    reciprocalRank: judged ? (first < 0 ? 0 : 1 / (first + 1)) : null,
    empty: relevance.length === 0,
    tookMs: 1,
  };
}

const perfect = outcome('good', 'keyword', [true, true, true, true, true]);
const weak = outcome('weak', 'keyword', [true, false, true, true, true]);
const noneOk = outcome('none-ok', 'none', []);

describe('the summary tables', () => {
  it('say why the hybrid column is missing', () => {
    const results: EvalResults = {
      lexical: { available: true, outcomes: [perfect, weak, noneOk] },
      hybrid: { available: false, reason: 'model unavailable: no network' },
    };
    const text = formatSummaryTables(results).join('\n');
    expect(text).toMatch(/keyword \(2 queries\)/);
    expect(text).toMatch(/precision@5\s+0\.900\s+n\/a \(model unavailable: no network\)/);
    expect(text).toMatch(/success@5\s+1\.000\s+n\/a$/m);
    expect(text).toMatch(/none \(1 queries\)[\s\S]*correctly empty\s+1\/1/);
    expect(text).not.toMatch(/paraphrase/); // a kind without queries has no table
    expect(text).toMatch(/lexical met, hybrid n\/a/);
  });

  it('put both modes side by side and judge the keyword goal per mode', () => {
    const results: EvalResults = {
      lexical: { available: true, outcomes: [perfect, weak] },
      hybrid: { available: true, outcomes: [weak, outcome('good', 'keyword', [false, false, false, false, true])] },
    };
    const text = formatSummaryTables(results).join('\n');
    expect(text).toMatch(/precision@5\s+0\.900\s+0\.500/);
    expect(text).toMatch(/MRR \(top 10\)\s+1\.000\s+0\.600/);
    expect(text).toMatch(/lexical met, hybrid NOT met/);
  });
});

describe('meetsKeywordGoal', () => {
  const summary = { kind: 'keyword' as const, queries: 3, precision: 0.85, success: 1, mrr: 1, emptyRate: 0 };
  it('needs precision ≥ 0.85 and success 1', () => {
    expect(meetsKeywordGoal(summary)).toBe(true);
    expect(meetsKeywordGoal({ ...summary, precision: 0.84 })).toBe(false);
    expect(meetsKeywordGoal({ ...summary, success: 0.97 })).toBe(false);
    expect(meetsKeywordGoal({ ...summary, precision: null })).toBe(false);
  });
});

describe('the per-query lines', () => {
  const results: EvalResults = {
    lexical: { available: true, outcomes: [perfect, weak, noneOk, outcome('none-bad', 'none', [false])] },
    hybrid: { available: false, reason: 'model unavailable' },
  };

  it('list only failures, with their irrelevant hits', () => {
    const text = formatQueryLines(results, false).join('\n');
    expect(text).toMatch(/✗ \[keyword\] weak\s+lexical P@5 0\.800 RR 1\.000/);
    expect(text).toMatch(/lexical #2 ✗ 2020-01-02#1\s+preview weak 2/);
    expect(text).not.toMatch(/preview weak 1/); // relevant hits are not listed
    expect(text).toMatch(/✗ \[none\] none-bad\s+lexical 1 hits ✗/);
    expect(text).not.toMatch(/\] good|none-ok/);
  });

  it('list every query and hit when verbose', () => {
    const text = formatQueryLines(results, true).join('\n');
    expect(text).toMatch(/✓ \[keyword\] good/);
    expect(text).toMatch(/✓ \[none\] none-ok\s+lexical empty ✓/);
    expect(text).toMatch(/lexical #1 ✓ 2020-01-01#1\s+preview good 1/);
  });
});

describe('buildJsonReport', () => {
  it('carries summaries and outcomes of the modes that ran, and the reason for one that did not', () => {
    const report = buildJsonReport(
      { lexical: { available: true, outcomes: [perfect, weak, noneOk] }, hybrid: { available: false, reason: 'model unavailable: x' } },
      { keyword: 2, paraphrase: 0, semantic: 0, none: 1 },
    );
    expect(report.k).toBe(5);
    expect(report.goal).toEqual({ kind: 'keyword', precisionAtLeast: 0.85, successAtLeast: 1 });
    expect(report.modes.lexical.summary?.keyword.precision).toBeCloseTo(0.9);
    expect(report.modes.lexical.summary?.none.emptyRate).toBe(1);
    expect(report.modes.lexical.keywordGoalMet).toBe(true);
    expect(report.modes.lexical.outcomes).toHaveLength(3);
    expect(report.modes.hybrid).toEqual({ available: false, reason: 'model unavailable: x' });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('the two halves and the fresh set', () => {
  const tuned = { ...outcome('t1', 'keyword', [true, true, true, true, true]), split: 'tuning' as const };
  const held = { ...outcome('h1', 'keyword', [true, true, true, true, false]), split: 'heldout' as const };
  const heldEmpty = { ...outcome('h2', 'paraphrase', []), split: 'heldout' as const };
  const heldNone = { ...outcome('h3', 'none', []), split: 'heldout' as const };
  const fresh = { ...outcome('f1', 'keyword', [true, false, false, false, false]), split: 'fresh' as const };
  const results: EvalResults = {
    lexical: { available: true, outcomes: [tuned, held, heldEmpty, heldNone, fresh] },
    hybrid: { available: false, reason: 'model unavailable' },
  };

  it('get a table each, and the held-out targets are judged on the held-out half only', () => {
    const text = formatSplitTables(results).join('\n');
    expect(text).toMatch(/TUNING half[^\n]*: 1 queries[\s\S]*precision@5\s+1\.000[\s\S]*HELD-OUT half[^\n]*: 3 queries[\s\S]*precision@5\s+0\.800/);
    expect(text).toMatch(/in-corpus queries answered with nothing: lexical 1\/2, hybrid n\/a/);
    expect(text).toMatch(/held-out targets, lexical: keyword P@5 ≥ 0\.85: 0\.800 ✗; keyword S@5 = 1: 1\.000 ✓; paraphrase P@5 ≥ 0\.8: 0\.000 ✗; no in-corpus query answered with nothing: 1\/2 ✗; never-discussed empty ≥ 5\/6: 1\/1 ✓/);
    // The fresh set gets its own table and its own check of the same targets.
    expect(text).toMatch(/FRESH set[^\n]*: 1 queries[\s\S]*precision@5\s+0\.200/);
    expect(text).toMatch(/held-out targets on the fresh set, lexical: keyword P@5 ≥ 0\.85: 0\.200 ✗; keyword S@5 = 1: 1\.000 ✓/);
  });

  it('are summarised separately in the JSON report', () => {
    const report = buildJsonReport(results, { keyword: 2, paraphrase: 1, semantic: 0, none: 1 });
    expect(report.modes.lexical.splits?.tuning.keyword.precision).toBe(1);
    expect(report.modes.lexical.splits?.heldout.keyword.precision).toBeCloseTo(0.8);
    expect(report.modes.lexical.splits?.heldout.emptyTopicQueries).toBe(1);
    expect(report.modes.lexical.heldoutGoals?.filter((g) => g.met).map((g) => g.goal)).toEqual(['keyword S@5 = 1', 'never-discussed empty ≥ 5/6']);
    expect(report.modes.lexical.splits?.fresh.keyword.precision).toBeCloseTo(0.2);
    expect(report.modes.lexical.freshGoals?.find((g) => g.goal.startsWith('keyword P@5'))?.value).toBe('0.200');
    expect(checkHeldoutGoals([held]).find((g) => g.goal.startsWith('no in-corpus'))?.met).toBe(true);
  });
});
