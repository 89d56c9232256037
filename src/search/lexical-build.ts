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
  /** Token → token number; each distinct token is normalised once, into `tokenTerm` (-1: not a term). */
  const tokenNumbers = new Map<string, number>();
  const tokenTerm = new Growable(Int32Array);
  /** Per token number: the last field (doc × FIELD_COUNT + field + 1) it was seen in, to count distinct tokens. */
  const tokenSeen = new Growable(Float64Array);
  const postingsPerKey = new Growable(Uint32Array);
  const documentFrequency = new Growable(Uint32Array);
  /** Per term: the last document that counted for its document frequency (+ 1), and its count in the current field. */
  const lastDocument = new Growable(Float64Array);
  const fieldCount = new Growable(Uint32Array);
  const fieldTerms: number[] = [];
  const postings = new Postings();
  const fieldLength = new Uint32Array(records.length * FIELD_COUNT);
  const averageFieldLength = new Float64Array(FIELD_COUNT);

  const tokenNumber = (token: string): number => {
    let n = tokenNumbers.get(token);
    if (n !== undefined) return n;
    n = tokenNumbers.size;
    tokenNumbers.set(token, n);
    const term = normalizeTerm(token);
    let t = -1;
    if (term) {
      t = termNumbers.get(term) ?? -1;
      if (t < 0) {
        t = termNames.length;
        termNumbers.set(term, t);
        termNames.push(term);
      }
    }
    tokenTerm.set(n, t);
    return n;
  };

  records.forEach((record, doc) => {
    for (let f = 0; f < FIELD_COUNT; f++) {
      const value = record[LEXICAL_FIELDS[f]!];
      if (value == null) continue;
      const stamp = doc * FIELD_COUNT + f + 1;
      let length = 0;
      fieldTerms.length = 0;
      for (const token of tokenize(String(value))) {
        const n = tokenNumber(token);
        if (tokenSeen.get(n) !== stamp) {
          tokenSeen.set(n, stamp);
          length++;
        }
        const t = tokenTerm.get(n);
        if (t < 0) continue;
        const count = fieldCount.get(t);
        if (count === 0) fieldTerms.push(t);
        fieldCount.set(t, count + 1);
      }
      fieldLength[doc * FIELD_COUNT + f] = length;
      averageFieldLength[f] = (averageFieldLength[f]! * doc + length) / (doc + 1);
      for (const t of fieldTerms) {
        const key = t * FIELD_COUNT + f;
        postings.push(key, doc, fieldCount.get(t));
        fieldCount.set(t, 0);
        postingsPerKey.set(key, postingsPerKey.get(key) + 1);
        // A record counts once for its question and answer together; its outlet is not its text.
        if (f !== OUTLET && lastDocument.get(t) !== doc + 1) {
          lastDocument.set(t, doc + 1);
          documentFrequency.set(t, documentFrequency.get(t) + 1);
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
      at += postingsPerKey.get(t * FIELD_COUNT + f);
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
    documentFrequency: Uint32Array.from(order, (t) => documentFrequency.get(t)),
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

type NumberArray = Int32Array | Uint32Array | Float64Array;

/** A typed array that grows as numbers are set past its end (unset entries read 0). */
class Growable<A extends NumberArray> {
  private array: A;

  constructor(private readonly Type: { new (length: number): A }) {
    this.array = new Type(1024);
  }

  get(i: number): number {
    return i < this.array.length ? this.array[i]! : 0;
  }

  set(i: number, value: number): void {
    if (i >= this.array.length) {
      const larger = new this.Type(Math.max(2 * this.array.length, i + 1));
      larger.set(this.array);
      this.array = larger;
    }
    this.array[i] = value;
  }
}
