import type { IndexedRecord } from '../store/types.js';
import { FIELD_COUNT, LEXICAL_FIELDS, type LexicalData } from './lexical.js';
import { cjkKeyToken, forEachCjkToken, hasCjk } from './cjk.js';
import { chineseFormsReplaced, joinedCompounds, normalizeTerm, wordsApart } from './terms.js';

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
  const tokenTerm: number[] = [];
  /** Per token number: the last field (doc × FIELD_COUNT + field + 1) it was seen in, to count distinct tokens. */
  const tokenSeen: number[] = [];
  /** Per term and field (term × FIELD_COUNT + field): its number of postings. */
  const postingsPerKey: number[] = [];
  /** Per term: its document frequency, the last document that counted for it (+ 1), and its count in the current field. */
  const documentFrequency: number[] = [];
  const lastDocument: number[] = [];
  const fieldCount: number[] = [];
  const fieldTerms: number[] = [];
  const postings = new Postings();
  const fieldLength = new Uint32Array(records.length * FIELD_COUNT);
  const averageFieldLength = new Float64Array(FIELD_COUNT);

  /** Chinese tokens by their `forEachCjkToken` number: a string of each was most of the build's time. */
  const cjkNumbers = new KeyNumbers();
  const newToken = (token: string): number => {
    const n = tokenTerm.length;
    const term = normalizeTerm(token);
    let t = -1;
    if (term) {
      t = termNumbers.get(term) ?? -1;
      if (t < 0) {
        t = termNames.length;
        termNumbers.set(term, t);
        termNames.push(term);
        documentFrequency.push(0);
        lastDocument.push(0);
        fieldCount.push(0);
        for (let f = 0; f < FIELD_COUNT; f++) postingsPerKey.push(0);
      }
    }
    tokenTerm.push(t);
    tokenSeen.push(0);
    return n;
  };

  let stamp = 0;
  let length = 0;
  const count = (n: number): void => {
    if (tokenSeen[n] !== stamp) {
      tokenSeen[n] = stamp;
      length++;
    }
    const t = tokenTerm[n]!;
    if (t < 0) return;
    if (fieldCount[t] === 0) fieldTerms.push(t);
    fieldCount[t]!++;
  };
  const countToken = (token: string): void => {
    let n = tokenNumbers.get(token);
    if (n === undefined) {
      n = newToken(token);
      tokenNumbers.set(token, n);
    }
    count(n);
  };
  const countCjk = (key: number): void => {
    let n = cjkNumbers.get(key);
    if (n < 0) {
      n = newToken(cjkKeyToken(key));
      cjkNumbers.set(key, n);
    }
    count(n);
  };

  for (let doc = 0; doc < records.length; doc++) {
    const record = records[doc]!;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const value = record[LEXICAL_FIELDS[f]!];
      if (value == null) continue;
      // The tokens of `tokenize`, each Chinese run cut as `expandCjk` cuts it.
      stamp = doc * FIELD_COUNT + f + 1;
      length = 0;
      fieldTerms.length = 0;
      for (const word of wordsApart(String(value))) {
        if (hasCjk(word)) forEachCjkToken(word, countCjk, countToken);
        else countToken(word);
      }
      // A compound's words joined ("twostate", `joinedCompounds`) are one more term of the field, not more of its length.
      const wordsLength = length;
      for (const word of joinedCompounds(String(value))) countToken(word);
      // So are the terms of a Chinese name written in a form the index reads as another (新型冠状病毒 as 新冠): its 冠状, 病毒.
      for (const form of chineseFormsReplaced(String(value))) forEachCjkToken(form, countCjk, countToken);
      length = wordsLength;
      fieldLength[doc * FIELD_COUNT + f] = length;
      averageFieldLength[f] = (averageFieldLength[f]! * doc + length) / (doc + 1);
      for (const t of fieldTerms) {
        const key = t * FIELD_COUNT + f;
        postings.push(key, doc, fieldCount[t]!);
        fieldCount[t] = 0;
        postingsPerKey[key]!++;
        // A record counts once for its question and answer together; its outlet is not its text.
        if (f !== OUTLET && lastDocument[t] !== doc + 1) {
          lastDocument[t] = doc + 1;
          documentFrequency[t]!++;
        }
      }
    }
  }

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
  const sortedKey = new Uint32Array(termNames.length * FIELD_COUNT);
  for (let key = 0; key < sortedKey.length; key++) sortedKey[key] = rank[Math.floor(key / FIELD_COUNT)]! * FIELD_COUNT + (key % FIELD_COUNT);
  postings.forEachPiece((piece, entries) => {
    for (let i = 0; i < 3 * entries; i += 3) {
      const p = cursor[sortedKey[piece[i]!]!]!++;
      docs[p] = piece[i + 1]!;
      frequencies[p] = Math.min(piece[i + 2]!, MAX_FREQUENCY);
    }
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

  /** Each piece and how many triples it holds, in the order pushed. */
  forEachPiece(visit: (piece: Uint32Array, entries: number) => void): void {
    this.pieces.forEach((piece, n) => visit(piece, n === this.pieces.length - 1 ? this.used : Postings.PIECE));
  }
}

/** Numbers below 2³² (never 0) → numbers, in an open-addressing table of typed arrays. */
class KeyNumbers {
  private keys = new Uint32Array(1 << 12);
  private values = new Int32Array(1 << 12);
  private size = 0;

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(key | 0, 0x9e3779b1) >>> 0;
    for (;;) {
      i &= mask;
      const k = this.keys[i]!;
      if (k === key || k === 0) return i;
      i++;
    }
  }

  /** -1 when absent. */
  get(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === key ? this.values[i]! : -1;
  }

  set(key: number, value: number): void {
    if (2 * (this.size + 1) > this.keys.length) {
      const { keys, values } = this;
      this.keys = new Uint32Array(2 * keys.length);
      this.values = new Int32Array(2 * keys.length);
      this.size = 0;
      keys.forEach((k, i) => k !== 0 && this.set(k, values[i]!));
    }
    const i = this.slot(key);
    if (this.keys[i] !== key) this.size++;
    this.keys[i] = key;
    this.values[i] = value;
  }
}
