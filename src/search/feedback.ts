/**
 * Pseudo-relevance feedback (RM3): the best first-pass matches (those the relevance rule kept) are
 * taken as relevant, and the words they share are added to the query with a small weight, so a
 * second BM25 pass finds and ranks higher the exchanges that discuss the topic in the corpus's own
 * words. Whether the query's topic is in the corpus at all is decided on the user's words alone
 * (`gate.ts`): feedback runs only when that rule kept something.
 */
export interface FeedbackSettings {
  /** First-pass matches read (0 turns feedback off). */
  feedbackDocs: number;
  /** Expansion terms added. */
  feedbackTerms: number;
  /** λ of RM3: the expansion's share of the query model (0..1). */
  feedbackWeight: number;
  /** Whether the second pass may add records the first pass did not keep (else it only reorders). */
  feedbackAdmits: boolean;
  /**
   * A record only the feedback terms reach is kept when it ranks among this many best matches:
   * a fixed number, not the caller's page size, so that the count, dates and notes of an answer
   * are the same whether five results are shown or fifty.
   */
  feedbackShown: number;
  /**
   * Expansion terms are words in fewer than this share of records: a frequent word adds little
   * to the ranking and most of the second pass's work.
   */
  feedbackMaxShare: number;
}

export interface FeedbackDoc {
  /** Term → occurrences in the record. */
  counts: ReadonlyMap<string, number>;
  length: number;
  /** First-pass score (any positive scale). */
  score: number;
}

/**
 * Term weights of the expanded query, relative to an original query term's weight of 1:
 * RM3's P'(t) = (1 − λ)·P(t|Q) + λ·P(t|R), with P(t|R) ∝ Σ_D P(t|D)·score(D), over the candidate
 * terms (`candidate`: not a query term, informative, used by more than one record).
 */
export function expandQuery(
  queryTerms: readonly string[],
  docs: readonly FeedbackDoc[],
  candidate: (term: string) => boolean,
  s: FeedbackSettings,
): Map<string, number> {
  const weights = new Map(queryTerms.map((t) => [t, 1]));
  if (docs.length === 0 || s.feedbackTerms === 0 || s.feedbackWeight <= 0 || queryTerms.length === 0) return weights;
  const scoreSum = docs.reduce((sum, d) => sum + d.score, 0) || 1;
  const relevance = new Map<string, number>();
  for (const d of docs) {
    const docWeight = d.score / scoreSum / Math.max(1, d.length);
    for (const [term, n] of d.counts) {
      if (weights.has(term) || !candidate(term)) continue;
      relevance.set(term, (relevance.get(term) ?? 0) + n * docWeight);
    }
  }
  const top = [...relevance].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, s.feedbackTerms);
  const mass = top.reduce((sum, [, p]) => sum + p, 0);
  if (mass === 0) return weights;
  const lambda = Math.min(0.95, s.feedbackWeight);
  // Scaled so that an original term keeps weight 1: divide P' by (1 − λ) / |Q|.
  const scale = (lambda * queryTerms.length) / (1 - lambda);
  for (const [term, p] of top) weights.set(term, (scale * p) / mass);
  return weights;
}
