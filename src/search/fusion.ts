import type { DescriptionSettings } from './descriptions.js';
import type { FeedbackSettings } from './feedback.js';
import type { GateSettings } from './gate.js';
import type { ReporterWordSettings } from './reporter-words.js';
import { FIELD_BOOST, type FieldBoost } from './lexical.js';
import type { IndexedRecord } from '../store/types.js';

/**
 * How the lexical (BM25) and vector rankings are combined, and when a match counts as relevant at
 * all. On this corpus BM25 is the stronger ranker for the names and terms reporters type, so fusion
 * is lexical-first: a record's score is its BM25 score relative to the best lexical match (0..1)
 * plus a bounded bonus for vector similarity above the floor (0..vectorWeight). Vectors reorder
 * close lexical matches and bring in exchanges that say the same thing in other words, but cannot
 * lift a weak keyword match, or a vector-only one, above a strong keyword match.
 *
 * Rank fusion (RRF) was rejected here: it gives a lexical rank-20 record that is vector rank 1 more
 * than a lexical rank-1 record, whatever the similarity, which lowered keyword precision in trials.
 */
export interface FusionSettings extends GateSettings, FeedbackSettings, DescriptionSettings, ReporterWordSettings {
  /** Largest bonus the vector side can add (a record at similarity 1). */
  vectorWeight: number;
  /** How many candidates each ranker contributes before fusion. */
  candidates: number;
  /**
   * Query terms in at least this share of all records ("China", "US" and the like) are not
   * informative: they are neither searched nor weighed by the relevance rule (`gate.ts`).
   */
  commonTermShare: number;
  /** Field weights of BM25 (`lexical.ts`). */
  fieldBoost: FieldBoost;
  /**
   * Cosine similarity (normalized MiniLM embeddings) below which a vector match counts for nothing:
   * it neither adds a record nor lifts one. Unrelated texts score under about 0.3 with MiniLM.
   */
  minVectorSimilarity: number;
  /**
   * How much a lexical match's score depends on the share of the weight of the names the query
   * writes that it holds: it is multiplied by `1 - nameCoordination + nameCoordination × share`
   * (`engine.ts` `withNamesWeighed`). 0 is plain BM25.
   */
  nameCoordination: number;
  /**
   * Where a name the query writes is its rarest word (`topicNames` of gate.ts), the matches holding it
   * rank before those that do not: the floor's, the feedback's, and those passing on its other words
   * (`engine.ts` `namedTopicFirst`). "Lithuania" had the feedback's Australia exchange above two naming Lithuania.
   */
  nameOfTopicFirst: boolean;
  /**
   * A question of at least this many words naming its topic (a year not counted) is read as a pasted
   * passage: the relevance rule weighs only its names and its rarest word the index holds (`passage.ts`). 0: none is.
   */
  passageTerms: number;
}

/** Chosen on the tuning half of eval/ (see eval/README.md for the figures). */
export const FUSION: FusionSettings = {
  vectorWeight: 0.3,
  candidates: 100,
  minTermCoverage: 0.5,
  floorCoverage: 0.25,
  minResults: 5,
  floorKnownShare: 0.5,
  noFloorForUnknownNames: true,
  namesNeeded: true,
  nameOfTopicNeeded: false,
  nameOfTopicFirst: true,
  commonTermShare: 0.25,
  fieldBoost: FIELD_BOOST,
  feedbackDocs: 5,
  feedbackTerms: 10,
  feedbackWeight: 0.3,
  feedbackAdmits: true,
  feedbackShown: 5,
  feedbackMaxShare: 0.05,
  minVectorSimilarity: 0.42,
  describedCoverage: 0.3,
  describedWeight: 1,
  describedMargin: 1.1,
  describedAfterAllWords: true,
  nameCoordination: 0.25,
  passageTerms: 10,
  reporterWordWeight: 0.2,
  reporterWordCoverage: 0.5,
  reporterWordRarity: 1,
};

export interface Scored {
  id: string;
  score: number;
  /** Carried from a lexical match that has it, so that ordering looks no id up. */
  record?: IndexedRecord;
}

/** Lexical-first fusion of BM25 scores and vector similarities; best first. */
export function fuseScores(lexical: Scored[], vector: Scored[], settings: FusionSettings): Scored[] {
  const best = lexical.reduce((max, m) => Math.max(max, m.score), 0);
  const fused = new Map<string, Scored>();
  for (const m of lexical) fused.set(m.id, { id: m.id, score: best > 0 ? m.score / best : 0, record: m.record });
  const floor = settings.minVectorSimilarity;
  for (const m of vector) {
    if (m.score < floor) continue;
    const bonus = settings.vectorWeight * ((m.score - floor) / Math.max(1e-9, 1 - floor));
    const known = fused.get(m.id);
    if (known) known.score += bonus;
    else fused.set(m.id, { id: m.id, score: bonus, record: m.record });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score);
}
