/**
 * How the two rankings are combined, and when a match counts as relevant at all. On this corpus
 * BM25 is the stronger ranker for the names and terms reporters type, so the vector ranking has
 * the smaller weight: it lifts exchanges that say the same thing in other words, and adds them
 * when the words do not match, without pushing strong keyword matches down.
 */
export interface FusionSettings {
  rrfK: number;
  lexicalWeight: number;
  vectorWeight: number;
  candidates: number;
  minTermCoverage: number;
  commonTermShare: number;
  minVectorSimilarity: number;
}

export const FUSION: FusionSettings = {
  /** Reciprocal rank fusion constant: larger flattens the difference between ranks. */
  rrfK: 60,
  lexicalWeight: 1,
  vectorWeight: 0.5,
  /** How many candidates each ranker contributes before fusion. */
  candidates: 100,
  /**
   * A lexical match must contain query terms carrying at least this share of the idf of the
   * query's informative terms (those in fewer than `commonTermShare` of all records; "China", "US"
   * and the like are not informative).
   */
  minTermCoverage: 0.5,
  commonTermShare: 0.25,
  /** A vector-only match must be at least this similar (cosine, normalized MiniLM embeddings). */
  minVectorSimilarity: 0.42,
};

/** Reciprocal-rank-fused scores of ranked id lists, each with its weight; best first. */
export function fuseRankings(rankings: { ids: string[]; weight: number }[], rrfK = FUSION.rrfK): { id: string; score: number }[] {
  const scores = new Map<string, number>();
  for (const { ids, weight } of rankings) {
    ids.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + weight / (rrfK + rank + 1)));
  }
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}
