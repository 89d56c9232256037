import type { IndexedRecord } from '../store/types.js';
import { FIELD_COUNT, LEXICAL_FIELDS, type LexicalData } from './lexical.js';
import { normalizeTerm, tokenize } from './terms.js';

const MAX_FREQUENCY = 0xffff;
const OUTLET = LEXICAL_FIELDS.indexOf('outlet');

/**
 * The lexical index of `records` (document number = place in `records`): each field tokenized
 * (`tokenize`) and its tokens turned into terms (`normalizeTerm`), counted into postings by term and
 * field. A field's length is its number of distinct tokens and the average is a running mean over
 * the documents that have the field, both exactly as MiniSearch counted them, so that scores match.
 */
export function buildLexicalData(records: readonly IndexedRecord[]): LexicalData {
  const termNumbers = new Map<string, number>();
  const termNames: string[] = [];
  /** Token → term number (-1: not a term), so each distinct token is normalised once. */
  const tokenTerms = new Map<string, number>();
  const postingsPerKey: number[] = [];
  const documentFrequency: number[] = [];
  const lastDocument: number[] = [];
  const postings = new Postings();
  const fieldLength = new Uint32Array(records.length * FIELD_COUNT);
  const averageFieldLength = new Float64Array(FIELD_COUNT);
  const counts = new Map<number, number>();

  const termOf = (token: string): number => {
    let t = tokenTerms.get(token);
    if (t !== undefined) return t;
    const term = normalizeTerm(token);
    if (!term) t = -1;
    else {
      t = termNumbers.get(term);
      if (t === undefined) {
        t = termNames.length;
        termNumbers.set(term, t);
        termNames.push(term);
        for (let f = 0; f < FIELD_COUNT; f++) postingsPerKey.push(0);
        documentFrequency.push(0);
        lastDocument.push(-1);
      }
    }
    tokenTerms.set(token, t);
    return t;
  };

  records.forEach((record, doc) => {
    for (let f = 0; f < FIELD_COUNT; f++) {
      const value = record[LEXICAL_FIELDS[f]!];
      if (value == null) continue;
      const tokens = tokenize(String(value));
      const length = new Set(tokens).size;
      fieldLength[doc * FIELD_COUNT + f] = length;
      averageFieldLength[f] = (averageFieldLength[f]! * doc + length) / (doc + 1);
      counts.clear();
      for (const token of tokens) {
        const t = termOf(token);
        if (t >= 0) counts.set(t, (counts.get(t) ?? 0) + 1);
      }
      for (const [t, count] of counts) {
        const key = t * FIELD_COUNT + f;
        postings.push(key, doc, count);
        postingsPerKey[key]!++;
        // A record counts once for its question and answer together; its outlet is not its text.
        if (f !== OUTLET && lastDocument[t] !== doc) {
          lastDocument[t] = doc;
          documentFrequency[t]!++;
        }
      }
    }
  });

  // Terms sorted, so a query finds one by binary search; postings grouped by term and field, in document order.
  const order = termNames.map((_, t) => t).sort((a, b) => (termNames[a]! < termNames[b]! ? -1 : 1));
  const rank = new Uint32Array(termNames.length);
  order.forEach((t, r) => (rank[t] = r));
  const postingStart = new Uint32Array(termNames.length * FIELD_COUNT + 1);
  let at = 0;
  for (const t of order) {
    for (let f = 0; f < FIELD_COUNT; f++) {
      postingStart[rank[t]! * FIELD_COUNT + f] = at;
      at += postingsPerKey[t * FIELD_COUNT + f]!;
    }
  }
  postingStart[termNames.length * FIELD_COUNT] = at;
  const cursor = postingStart.slice(0, termNames.length * FIELD_COUNT);
  const docs = new Uint32Array(at);
  const frequencies = new Uint16Array(at);
  postings.forEach((key, doc, count) => {
    const t = Math.floor(key / FIELD_COUNT);
    const sortedKey = rank[t]! * FIELD_COUNT + (key - t * FIELD_COUNT);
    const p = cursor[sortedKey]!++;
    docs[p] = doc;
    frequencies[p] = Math.min(count, MAX_FREQUENCY);
  });

  return {
    ids: records.map((r) => r.id),
    terms: order.map((t) => termNames[t]!),
    postingStart,
    docs,
    frequencies,
    fieldLength,
    averageFieldLength,
    documentFrequency: Uint32Array.from(order, (t) => documentFrequency[t]!),
  };
}

/** (key, document, count) triples appended in pieces, so no one array has to grow by copying. */
class Postings {
  private static readonly PIECE = 1 << 20;
  private readonly pieces: Uint32Array[] = [];
  private used = Postings.PIECE;

  push(key: number, doc: number, count: number): void {
    if (this.used === Postings.PIECE) {
      this.pieces.push(new Uint32Array(3 * Postings.PIECE));
      this.used = 0;
    }
    const piece = this.pieces[this.pieces.length - 1]!;
    const i = 3 * this.used++;
    piece[i] = key;
    piece[i + 1] = doc;
    piece[i + 2] = count;
  }

  forEach(visit: (key: number, doc: number, count: number) => void): void {
    this.pieces.forEach((piece, n) => {
      const used = n === this.pieces.length - 1 ? this.used : Postings.PIECE;
      for (let i = 0; i < 3 * used; i += 3) visit(piece[i]!, piece[i + 1]!, piece[i + 2]!);
    });
  }
}
