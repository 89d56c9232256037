import type { IndexedRecord } from '../store/types.js';

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

/** Where `wanted` is among `values`, sorted ascending, from `low` to `high` (both included); -1 when it is not. */
function placeIn<T extends string | number>(values: ArrayLike<T>, wanted: T, low: number, high: number): number {
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = values[middle]!;
    if (value < wanted) low = middle + 1;
    else if (value > wanted) high = middle - 1;
    else return middle;
  }
  return -1;
}

/** BM25+ saturation (k), length normalisation (b) and the floor of a match (d): MiniSearch's defaults. */
export const K = 1.2;
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

/**
 * Which records a search may return, by id; with `record`, the same rule on the record itself, which
 * an index that knows its records (`useRecords`) asks instead, without looking ids up.
 */
export type RecordFilter = ((id: string) => boolean) & { record?: (record: IndexedRecord, doc: number) => boolean };

export interface LexicalMatch {
  id: string;
  score: number;
  /** The record itself, when the index knows its records (`useRecords`): no lookup by id needed. */
  record?: IndexedRecord;
  /** Query terms (normalised) that this record matched, in query order. */
  matched: string[];
  /** Its document number in the index that found it. */
  doc: number;
}

interface WorkSpace {
  scores: Float64Array;
  termScores: Float64Array;
  matchedBits: Uint32Array;
  /** Per document: reached by this search (needed with more than 32 terms only; otherwise its term bits say). */
  reached: Uint8Array;
  /** The documents reached, in the order they were (the first `Scored.count`). */
  reachOrder: Uint32Array;
  /** The documents one term reached. */
  reachedByTerm: Uint32Array;
  /** Per reached document (in reach order): its summed score, its term bits (`Scored`). */
  reachedScores: Float64Array;
  reachedBits: Uint32Array;
  /** Per candidate match of a search: its document, score, term set; whether it is kept (zeroed after). */
  candidates: Uint32Array;
  candidateScores: Float64Array;
  candidateSets: Uint32Array;
  kept: Uint8Array;
  /** Documents marked during one search (`MatchScope.also`). */
  marked: Uint8Array;
  accepted: Uint8Array;
  accept: RecordFilter | null;
}
const ACCEPTED = 1;
const REFUSED = 2;

/**
 * Which part of the accepted matches a search returns (by default all of them), in the order of the
 * whole list: what the part leaves out is neither filtered (`RecordFilter`) nor turned into matches.
 */
export interface MatchScope {
  /** List only these of the matched terms (the score still counts all of them). */
  reported?: ReadonlySet<string>;
  /** Only matches whose matched terms (all of them, in query order) pass this; asked once per distinct set. */
  terms?: (matched: readonly string[]) => boolean;
  /** Only the best this many matches, and those of the records of `also` (matches found by this index). */
  best?: number;
  also?: readonly LexicalMatch[];
}

/** What `score` gives: per reached document (in reach order), its summed score and matched-term bits (`words` a document). */
interface Scored {
  count: number;
  reachedScores: Float64Array;
  /** One word a document when `words` is 1; otherwise indexed by document number (`doc * words`). */
  reachedBits: Uint32Array;
  words: number;
}

interface LastScored {
  terms: string[];
  termWeights: number[];
  fieldBoosts: number[];
  result: Scored;
}

/** Whether a search's terms begin with the last one's, with the same weights and field boosts. */
function startsWith(last: LastScored, terms: readonly string[], termWeights: readonly number[], fieldBoosts: readonly number[]): boolean {
  if (last.terms.length > terms.length || last.fieldBoosts.some((b, f) => b !== fieldBoosts[f])) return false;
  return last.terms.every((t, q) => t === terms[q] && last.termWeights[q] === termWeights[q]);
}

/**
 * The distinct sets of query terms the reached documents hold, numbered: how many terms (the
 * score's factor) and those a match lists; -1 for a set the scope refuses. Asked once per set.
 */
class TermSets {
  private readonly counts: number[] = [];
  private readonly lists: string[][] = [];
  /** Set number + 2 by bits, 0: not seen yet (up to 12 terms: 16 KB); otherwise by key. */
  private readonly byBits: Int32Array | null;
  private readonly byKey = new Map<string | number, number>();

  constructor(private readonly queryTerms: readonly string[], words: number, private readonly scope: MatchScope) {
    this.byBits = words === 1 && queryTerms.length <= 12 ? new Int32Array(1 << queryTerms.length) : null;
  }

  ofBits(bits: number): number {
    if (this.byBits) {
      const known = this.byBits[bits]!;
      if (known !== 0) return known - 2;
      const set = this.make(new Uint32Array([bits]), 0);
      this.byBits[bits] = set + 2;
      return set;
    }
    let set = this.byKey.get(bits);
    if (set === undefined) this.byKey.set(bits, (set = this.make(new Uint32Array([bits]), 0)));
    return set;
  }

  ofWords(bits: Uint32Array, at: number): number {
    const words = Math.ceil(this.queryTerms.length / 32);
    const key = bits.subarray(at, at + words).join();
    let set = this.byKey.get(key);
    if (set === undefined) this.byKey.set(key, (set = this.make(bits, at)));
    return set;
  }

  count(set: number): number {
    return this.counts[set]!;
  }

  listed(set: number): string[] {
    return this.lists[set]!;
  }

  private make(bits: Uint32Array, at: number): number {
    const terms = this.queryTerms.filter((_, q) => (bits[at + (q >>> 5)]! & (1 << (q & 31))) !== 0);
    if (this.scope.terms && !this.scope.terms(terms)) return -1;
    const reported = this.scope.reported;
    this.counts.push(terms.length);
    // Shared by every match with the same terms: frozen, as no one may change another's.
    return this.lists.push(Object.freeze(reported ? terms.filter((t) => reported.has(t)) : terms) as string[]) - 1;
  }
}

export class LexicalIndex {
  readonly documentCount: number;
  private space: WorkSpace | null = null;
  /** The record of each document number, when known (`useRecords`). */
  private records: readonly IndexedRecord[] | null = null;
  /** The last terms scored and what they reached (`score`). */
  private lastScored: LastScored | null = null;

  constructor(private readonly data: LexicalData) {
    this.documentCount = data.ids.length;
  }

  /**
   * Gives the index the records it holds, in document order (as the record store keeps them), so
   * that a search filters records without looking their ids up. False, and nothing changes, when
   * they are not the index's records.
   */
  useRecords(records: readonly IndexedRecord[]): boolean {
    const ids = this.data.ids;
    if (records.length !== ids.length || records.some((r, doc) => r.id !== ids[doc])) return false;
    this.records = records;
    return true;
  }

  /** Every index term, sorted. */
  get vocabulary(): readonly string[] {
    return this.data.terms;
  }

  /** The number of a term, or -1 when no record holds it. */
  private termNumber(term: string): number {
    return placeIn(this.data.terms, term, 0, this.data.terms.length - 1);
  }

  /** The record id of a document number (undefined past the last). */
  idOf(doc: number): string | undefined {
    return this.data.ids[doc];
  }

  /** Whether document `doc` holds `term` in its question or answer (not only in its outlet's name), from the postings: no record read. */
  textHolds(doc: number, term: string): boolean {
    const t = this.termNumber(term);
    if (t < 0) return false;
    const { postingStart, docs } = this.data;
    // The question's postings, then the answer's (fields 0 and 1), each ascending by document.
    return [0, 1].some((field) => placeIn(docs, doc, postingStart[t * FIELD_COUNT + field]!, postingStart[t * FIELD_COUNT + field + 1]! - 1) >= 0);
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
   * Every accepted match, best first (equal scores: in the order the postings reached them), or
   * the part of that list `scope` asks for, in the same order.
   * `accept` must answer the same for an id as long as the same function is passed: the second pass
   * of a query (feedback terms) reuses the first pass's answers.
   *
   * The score is MiniSearch's: per term and field, idf × (d + tf·(k+1) / (tf + k·(1 − b + b·len/avg)))
   * with idf from the field's document count, times the term's weight and the field's boost; summed
   * over fields, then over terms in query order; times the number of query terms matched.
   */
  searchTerms(
    weights: ReadonlyMap<string, number>, accept: RecordFilter, boost: FieldBoost = FIELD_BOOST, scope: MatchScope = {},
  ): LexicalMatch[] {
    const queryTerms = [...weights.keys()].filter((t) => t !== '');
    if (queryTerms.length === 0 || this.documentCount === 0) return [];
    // A boost of 0 counts as 1, as MiniSearch reads it.
    const fieldBoosts = LEXICAL_FIELDS.map((f) => boost[f] || 1);
    const scored = this.score(queryTerms, queryTerms.map((t) => weights.get(t)!), fieldBoosts);
    const space = this.workSpace();
    const reached = space.reachOrder;
    const { count, reachedScores, reachedBits, words } = scored;

    // The matched terms of each reached document, shared by every match with the same terms; those
    // whose terms the scope refuses are dropped before any record filter runs.
    const sets = new TermSets(queryTerms, words, scope);
    const { candidates, candidateSets, kept } = space;
    const candidateScores = space.candidateScores.subarray(0, count);
    let n = 0;
    for (let i = 0; i < count; i++) {
      const set = words === 1 ? sets.ofBits(reachedBits[i]!) : sets.ofWords(reachedBits, reached[i]! * words);
      if (set < 0) continue;
      candidates[n] = reached[i]!;
      candidateScores[n] = reachedScores[i]! * sets.count(set);
      candidateSets[n] = set;
      n++;
    }

    // The accepted candidates: all, or the best `scope.best` and those of `scope.also`, the record
    // filter asked only about these (and about the candidates that would have been among the best).
    const ids = this.data.ids;
    const accepted = this.acceptance(accept);
    const records = accept.record ? this.records : null;
    const accepts = (doc: number): boolean => {
      if (accepted[doc] === 0) accepted[doc] = (records ? accept.record!(records[doc]!, doc) : accept(ids[doc]!)) ? ACCEPTED : REFUSED;
      return accepted[doc] === ACCEPTED;
    };
    const marked = space.marked;
    try {
      if (scope.best === undefined) {
        for (let c = 0; c < n; c++) if (accepts(candidates[c]!)) kept[c] = 1;
      } else {
        for (const m of scope.also ?? []) marked[m.doc] = 1;
        const best = new BestCandidates(scope.best, candidateScores);
        for (let c = 0; c < n; c++) {
          const doc = candidates[c]!;
          if (marked[doc] === 1 && accepts(doc)) kept[c] = 1;
          // Candidates come in reach order: an equal score never displaces an earlier one.
          if (best.wouldTake(c) && accepts(doc)) best.add(c);
        }
        for (const c of best.taken()) kept[c] = 1;
      }
    } catch (error) {
      kept.fill(0, 0, n); // a record filter that throws (a damaged record store) leaves the work space clean
      throw error;
    } finally {
      for (const m of scope.also ?? []) marked[m.doc] = 0;
    }

    let m = 0;
    for (let c = 0; c < n; c++) {
      if (kept[c] === 0) continue;
      kept[c] = 0;
      candidates[m] = candidates[c]!;
      candidateScores[m] = candidateScores[c]!;
      candidateSets[m] = candidateSets[c]!;
      m++;
    }
    const order = descendingOrder(candidateScores.subarray(0, m));
    // Pushed: an array made at its full length is a slow dictionary past about 100,000 entries.
    const matches: LexicalMatch[] = [];
    const known = this.records;
    for (let i = 0; i < m; i++) {
      const j = order[i]!;
      const doc = candidates[j]!;
      const matched = sets.listed(candidateSets[j]!);
      matches.push(known
        ? { id: ids[doc]!, record: known[doc]!, doc, score: candidateScores[j]!, matched }
        : { id: ids[doc]!, doc, score: candidateScores[j]!, matched });
    }
    return matches;
  }

  /**
   * Scores the documents the terms reach: each one's summed score (before the factor of terms
   * matched) and matched terms, the documents in the order a posting first reached them
   * (MiniSearch's order for equal scores) in the work space's `reachOrder`. The feedback pass of a
   * query searches the first pass's terms again, with the same weights, followed by feedback terms:
   * it starts from the first pass's sums (kept below), which are the same numbers summed in the
   * same order, and scores only the feedback terms.
   */
  private score(queryTerms: readonly string[], termWeights: readonly number[], fieldBoosts: readonly number[]): Scored {
    const { postingStart, docs, frequencies, fieldLength, averageFieldLength } = this.data;
    const total = this.documentCount;
    const space = this.workSpace();
    const { scores, termScores, reachOrder, reachedByTerm } = space;
    const words = Math.ceil(queryTerms.length / 32);
    // The query terms each document matched, a bit each; the common case of one word reuses its array.
    const matchedBits = words === 1 ? space.matchedBits : new Uint32Array(total * words);
    let count = 0;
    // With one word of bits a document, it was reached before exactly when it has bits: no flag needed.
    const flags = words === 1 ? null : space.reached;

    let first = 0;
    const last = this.lastScored;
    this.lastScored = null;
    if (words === 1 && last && last.result.words === 1 && startsWith(last, queryTerms, termWeights, fieldBoosts)) {
      // reachOrder still holds the last search's documents: only `lastScored` writes past them.
      const { result } = last;
      for (; count < result.count; count++) {
        const doc = reachOrder[count]!;
        scores[doc] = result.reachedScores[count]!;
        matchedBits[doc] = result.reachedBits[count]!;
      }
      first = last.terms.length;
    }

    for (let q = first; q < queryTerms.length; q++) {
      const t = this.termNumber(queryTerms[q]!);
      if (t < 0) continue;
      const termBoost = termWeights[q]!;
      const word = q >>> 5;
      const bit = 1 << (q & 31);
      let termReached = 0;
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
          const bits = matchedBits[slot]!;
          if ((bits & bit) !== 0) {
            termScores[doc] = termScores[doc]! + weight * rawScore;
            continue;
          }
          if (flags === null ? bits === 0 : flags[doc] === 0) {
            if (flags !== null) flags[doc] = 1;
            reachOrder[count++] = doc;
          }
          matchedBits[slot] = bits | bit;
          reachedByTerm[termReached++] = doc;
          termScores[doc] = weight * rawScore;
        }
      }
      for (let i = 0; i < termReached; i++) {
        const doc = reachedByTerm[i]!;
        scores[doc] = scores[doc]! + termScores[doc]!;
        termScores[doc] = 0;
      }
    }

    // Each reached document's score and terms, the work space zeroed for the next query.
    // In the work space: the next search overwrites them, after reading them when it continues this one.
    const reachedScores = space.reachedScores;
    const reachedBits = words === 1 ? space.reachedBits : matchedBits;
    for (let i = 0; i < count; i++) {
      const doc = reachOrder[i]!;
      reachedScores[i] = scores[doc]!;
      scores[doc] = 0;
      if (flags !== null) flags[doc] = 0;
      if (words === 1) {
        reachedBits[i] = matchedBits[doc]!;
        matchedBits[doc] = 0;
      }
    }
    const result: Scored = { count, reachedScores, reachedBits, words };
    this.lastScored = { terms: [...queryTerms], termWeights: [...termWeights], fieldBoosts: [...fieldBoosts], result };
    return result;
  }

  /** Per document, what `accept` answered (0: not asked yet); kept while the same function is passed. */
  private acceptance(accept: RecordFilter): Uint8Array {
    const space = this.workSpace();
    if (space.accept !== accept) {
      space.accepted.fill(0);
      space.accept = accept;
    }
    return space.accepted;
  }

  /** Per-document arrays a query works in, made once and left zeroed after each query. */
  private workSpace(): WorkSpace {
    const total = this.documentCount;
    return (this.space ??= {
      scores: new Float64Array(total),
      termScores: new Float64Array(total),
      matchedBits: new Uint32Array(total),
      reached: new Uint8Array(total),
      reachOrder: new Uint32Array(total),
      reachedByTerm: new Uint32Array(total),
      reachedScores: new Float64Array(total),
      reachedBits: new Uint32Array(total),
      candidates: new Uint32Array(total),
      candidateScores: new Float64Array(total),
      candidateSets: new Uint32Array(total),
      kept: new Uint8Array(total),
      marked: new Uint8Array(total),
      accepted: new Uint8Array(total),
      accept: null,
    });
  }
}

/**
 * The `size` best of candidates offered in order (a min-heap of their positions in `scores`): an
 * equal score never displaces an earlier candidate, as a stable sort would have ranked it first.
 */
class BestCandidates {
  private readonly heap: number[] = [];
  constructor(private readonly size: number, private readonly scores: Float64Array) {}

  /** Whether a candidate would be among the best so far (then ask whether it counts, and `add` it). */
  wouldTake(c: number): boolean {
    if (this.size <= 0) return false;
    return this.heap.length < this.size || this.scores[c]! > this.scores[this.heap[0]!]!;
  }

  add(c: number): void {
    const { heap, scores } = this;
    // Lower: the worse of two (the lower score; of equal scores, the later candidate).
    const lower = (a: number, b: number): boolean => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
    if (heap.length < this.size) {
      heap.push(c);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!lower(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
      return;
    }
    heap[0] = c;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      if (l < heap.length && lower(heap[l]!, heap[min]!)) min = l;
      if (r < heap.length && lower(heap[r]!, heap[min]!)) min = r;
      if (min === i) break;
      [heap[i], heap[min]] = [heap[min]!, heap[i]!];
      i = min;
    }
  }

  taken(): readonly number[] {
    return this.heap;
  }
}

/**
 * Positions of `scores` from the highest score to the lowest, equal scores in their given order: a
 * stable least-significant-digit radix sort on the bits of the numbers (for numbers of one sign, their
 * order as unsigned integers), byte by byte, skipping bytes all scores share.
 */
function descendingOrder(scores: Float64Array): Uint32Array {
  const n = scores.length;
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < 2) return order;
  if (scores.some((s) => !(s >= 0))) return order.sort((a, b) => scores[b]! - scores[a]! || a - b);
  const halves = new Uint32Array(scores.buffer, scores.byteOffset, 2 * n); // little-endian: low half first
  let next = new Uint32Array(n);
  const counts = new Uint32Array(256);
  for (let byte = 0; byte < 8; byte++) {
    const half = byte >>> 2;
    const shift = (byte & 3) * 8;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[255 - ((halves[2 * i + half]! >>> shift) & 255)]!++;
    if (counts.includes(n)) continue; // every score has this byte
    let sum = 0;
    for (let d = 0; d < 256; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      next[counts[255 - ((halves[2 * i + half]! >>> shift) & 255)]!++] = i;
    }
    [order, next] = [next, order];
  }
  return order;
}

