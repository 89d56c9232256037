/**
 * The lexical index in memory and its BM25 ranking, over typed arrays: the postings of each term and
 * field as document numbers and term frequencies, the field lengths, and the document frequencies.
 * `lexical-build.ts` makes it from records, `lexical-file.ts` stores and loads it. The scores are
 * MiniSearch 7's (BM25+, below), which ranked this index before; test/search/lexical-file.test.ts
 * checks them against MiniSearch on the bundled corpus.
 */

/** The fields indexed, in the order their postings are stored and scored. */
export const LEXICAL_FIELDS = ['question', 'answer', 'outlet'] as const;
export const FIELD_COUNT = LEXICAL_FIELDS.length;

/**
 * Field weights of the BM25 score. An exchange whose question names the topic is about it; one
 * whose answer mentions it may be about something else. Chosen on the tuning half of eval/.
 */
export interface FieldBoost {
  question: number;
  answer: number;
  outlet: number;
}

export const FIELD_BOOST: FieldBoost = { question: 2, answer: 1, outlet: 0.5 };

/** BM25+ saturation (k), length normalisation (b) and the floor of a match (d): MiniSearch's defaults. */
const K = 1.2;
const B = 0.7;
const D = 0.5;

export interface LexicalData {
  /** Document number → record id. */
  ids: string[];
  /** Every index term, sorted (code-unit order): a term's number is its place here. */
  terms: string[];
  /**
   * Where each term's postings in each field start in `docs`/`frequencies`: entry
   * `term * FIELD_COUNT + field`, and one more entry at the end (the total).
   */
  postingStart: Uint32Array;
  /** Document numbers, ascending within each term and field. */
  docs: Uint32Array;
  /** Occurrences of the term in that document's field (at most 65,535 counted). */
  frequencies: Uint16Array;
  /** Per document and field (`doc * FIELD_COUNT + field`): distinct tokens in it, as MiniSearch counted length. */
  fieldLength: Uint32Array;
  /** Per field: the mean of `fieldLength` over the documents that have the field, as MiniSearch kept it. */
  averageFieldLength: Float64Array;
  /** Per term: records whose question or answer holds it, for judging which query terms are informative. */
  documentFrequency: Uint32Array;
}

export interface LexicalMatch {
  id: string;
  score: number;
  /** Query terms (normalised) that this record matched, in query order. */
  matched: string[];
}

export class LexicalIndex {
  private readonly documentCount: number;
  /** Per-query work space, reused: the score of each document and the query terms it matched. */
  private scores: Float64Array | null = null;
  private termScores: Float64Array | null = null;

  constructor(private readonly data: LexicalData) {
    this.documentCount = data.ids.length;
  }

  /** The number of a term, or -1 when no record holds it. */
  private termNumber(term: string): number {
    const terms = this.data.terms;
    let low = 0;
    let high = terms.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const t = terms[middle]!;
      if (t < term) low = middle + 1;
      else if (t > term) high = middle - 1;
      else return middle;
    }
    return -1;
  }

  /** Inverse document frequency (BM25 form) of a normalised term; highest for a term no record has. */
  idf(term: string): number {
    const n = this.documentFrequency(term);
    const total = this.documentCount;
    return Math.log(1 + (total - n + 0.5) / (n + 0.5));
  }

  /** Share of records that contain the term. */
  documentShare(term: string): number {
    return this.documentFrequency(term) / Math.max(1, this.documentCount);
  }

  /** Records that contain the term (0: the corpus never uses it). */
  documentFrequency(term: string): number {
    const t = this.termNumber(term);
    return t < 0 ? 0 : this.data.documentFrequency[t]!;
  }

  /**
   * BM25 over index terms already normalised (`normalizeTerm`), each scaled by its weight
   * (query terms 1, feedback terms less); `matched` lists the weighted terms each record holds.
   * Every accepted match, best first (equal scores: in the order the postings reached them).
   *
   * The score is MiniSearch's: per term and field, idf × (d + tf·(k+1) / (tf + k·(1 − b + b·len/avg)))
   * with idf from the field's document count, times the term's weight and the field's boost; summed
   * over fields, then over terms in query order; times the number of query terms matched.
   */
  searchTerms(weights: ReadonlyMap<string, number>, accept: (id: string) => boolean, boost: FieldBoost = FIELD_BOOST): LexicalMatch[] {
    const { ids, postingStart, docs, frequencies, fieldLength, averageFieldLength } = this.data;
    const total = this.documentCount;
    const queryTerms = [...weights.keys()].filter((t) => t !== '');
    if (queryTerms.length === 0 || total === 0) return [];
    // A boost of 0 counts as 1, as MiniSearch reads it.
    const fieldBoosts = LEXICAL_FIELDS.map((f) => boost[f] || 1);
    const scores = (this.scores ??= new Float64Array(total));
    const termScores = (this.termScores ??= new Float64Array(total));
    const words = Math.ceil(queryTerms.length / 32);
    const matchedBits = new Uint32Array(total * words);
    const wasReached = new Uint8Array(total);
    /** Documents in the order a posting first reached them. */
    const reached: number[] = [];
    const reachedByTerm: number[] = [];

    for (let q = 0; q < queryTerms.length; q++) {
      const t = this.termNumber(queryTerms[q]!);
      if (t < 0) continue;
      const termBoost = weights.get(queryTerms[q]!)!;
      const word = q >>> 5;
      const bit = 1 << (q & 31);
      reachedByTerm.length = 0;
      for (let f = 0; f < FIELD_COUNT; f++) {
        const start = postingStart[t * FIELD_COUNT + f]!;
        const end = postingStart[t * FIELD_COUNT + f + 1]!;
        if (start === end) continue;
        const matching = end - start;
        const invDocFreq = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
        const weight = termBoost * fieldBoosts[f]!;
        const averageLength = averageFieldLength[f]!;
        for (let p = start; p < end; p++) {
          const doc = docs[p]!;
          const termFreq = frequencies[p]!;
          const length = fieldLength[doc * FIELD_COUNT + f]!;
          const rawScore = invDocFreq * (D + termFreq * (K + 1) / (termFreq + K * (1 - B + B * length / averageLength)));
          const slot = doc * words + word;
          if ((matchedBits[slot]! & bit) === 0) {
            if (wasReached[doc] === 0) {
              wasReached[doc] = 1;
              reached.push(doc);
            }
            matchedBits[slot] = matchedBits[slot]! | bit;
            reachedByTerm.push(doc);
            termScores[doc] = weight * rawScore;
          } else {
            termScores[doc] = termScores[doc]! + weight * rawScore;
          }
        }
      }
      for (const doc of reachedByTerm) {
        scores[doc] = scores[doc]! + termScores[doc]!;
        termScores[doc] = 0;
      }
    }

    // One array of matched terms per distinct set, shared by the matches that have it.
    const matchedSets = new Map<string, string[]>();
    const matchedOf = (doc: number): { terms: string[] } => {
      const bits = matchedBits.subarray(doc * words, doc * words + words);
      const key = bits.join(',');
      let terms = matchedSets.get(key);
      if (!terms) {
        terms = Object.freeze(queryTerms.filter((_, q) => (bits[q >>> 5]! & (1 << (q & 31))) !== 0)) as string[];
        matchedSets.set(key, terms);
      }
      return { terms };
    };
    const matches: LexicalMatch[] = [];
    for (const doc of reached) {
      const score = scores[doc]!;
      scores[doc] = 0;
      const id = ids[doc]!;
      if (!accept(id)) continue;
      const { terms } = matchedOf(doc);
      matches.push({ id, score: score * terms.length, matched: terms });
    }
    return matches.sort((a, b) => b.score - a.score); // stable: equal scores keep the order reached
  }
}
