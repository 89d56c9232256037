/**
 * Ranking metrics over one ranked result list, given as relevance judgements in rank order
 * (`relevance[0]` is the top hit). Pure functions; the list may be shorter than k (an engine may
 * return fewer hits, or none) and what lies beyond k is ignored.
 */

function checkK(k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive whole number, not ${k}`);
}

/**
 * Share of the first k positions holding a relevant hit. Missing positions count as not relevant,
 * so returning 2 relevant hits out of k = 5 scores 0.4: an engine cannot raise precision by
 * returning less (every development query has at least k relevant records).
 */
export function precisionAtK(relevance: readonly boolean[], k: number): number {
  checkK(k);
  let relevant = 0;
  for (let i = 0; i < Math.min(k, relevance.length); i++) if (relevance[i]) relevant++;
  return relevant / k;
}

/** 1 when at least one of the first k hits is relevant, else 0. */
export function successAtK(relevance: readonly boolean[], k: number): number {
  checkK(k);
  return relevance.slice(0, k).some(Boolean) ? 1 : 0;
}

/** 1 / rank of the first relevant hit (within the first k when k is given), 0 when there is none. */
export function reciprocalRank(relevance: readonly boolean[], k: number = relevance.length): number {
  if (relevance.length > 0) checkK(k);
  const limit = Math.min(k, relevance.length);
  for (let i = 0; i < limit; i++) if (relevance[i]) return 1 / (i + 1);
  return 0;
}

/** Arithmetic mean; null for no values (a kind with no queries has no score, not a zero score). */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}
