import type { IndexedRecord } from '../store/types.js';
import { buildLexicalData } from './lexical-build.js';
import { FIELD_COUNT, LEXICAL_FIELDS, type LexicalData } from './lexical.js';

const OUTLET = LEXICAL_FIELDS.indexOf('outlet');

/**
 * The lexical index of `records` made from a previous index of (mostly) the same records, equal to
 * `buildLexicalData(records)`: a record with a number in `previousDoc` (its document number in
 * `previous`, -1 for none) has the same indexed fields as then, and its postings and field lengths are
 * carried over, renumbered; only the others are tokenized. Carried records must keep their order
 * (document numbers follow the record order, which follows the briefing keys), else this throws.
 */
export function mergeLexicalData(records: readonly IndexedRecord[], previous: LexicalData, previousDoc: Int32Array): LexicalData {
  const newDocOf = new Int32Array(previous.ids.length).fill(-1);
  const fresh: IndexedRecord[] = [];
  const freshDocs: number[] = [];
  let last = -1;
  for (let doc = 0; doc < records.length; doc++) {
    const old = previousDoc[doc]!;
    if (old < 0) {
      fresh.push(records[doc]!);
      freshDocs.push(doc);
      continue;
    }
    if (old <= last) throw new Error('carried records are not in their previous order');
    last = old;
    newDocOf[old] = doc;
  }
  const added = buildLexicalData(fresh);

  const fieldLength = new Uint32Array(records.length * FIELD_COUNT);
  for (let doc = 0; doc < records.length; doc++) {
    const old = previousDoc[doc]!;
    if (old >= 0) fieldLength.set(previous.fieldLength.subarray(old * FIELD_COUNT, (old + 1) * FIELD_COUNT), doc * FIELD_COUNT);
  }
  freshDocs.forEach((doc, i) => fieldLength.set(added.fieldLength.subarray(i * FIELD_COUNT, (i + 1) * FIELD_COUNT), doc * FIELD_COUNT));
  // The running mean in the order and arithmetic of buildLexicalData, so that it is the same number.
  const averageFieldLength = new Float64Array(FIELD_COUNT);
  records.forEach((record, doc) => {
    for (let f = 0; f < FIELD_COUNT; f++) {
      if (!hasField(record, f)) continue;
      averageFieldLength[f] = (averageFieldLength[f]! * doc + fieldLength[doc * FIELD_COUNT + f]!) / (doc + 1);
    }
  });

  // Both term lists are sorted: walk them together; a term left without postings is dropped.
  const capacity = previous.docs.length + added.docs.length;
  const docs = new Uint32Array(capacity);
  const frequencies = new Uint16Array(capacity);
  const terms: string[] = [];
  const postingStart: number[] = [];
  const documentFrequency: number[] = [];
  let at = 0;
  let a = 0;
  let b = 0;
  while (a < previous.terms.length || b < added.terms.length) {
    const termA = previous.terms[a];
    const termB = added.terms[b];
    const fromA = termA !== undefined && (termB === undefined || termA <= termB);
    const fromB = termB !== undefined && (termA === undefined || termB <= termA);
    const start = at;
    const fieldStarts: number[] = [];
    for (let f = 0; f < FIELD_COUNT; f++) {
      fieldStarts.push(at);
      let i = fromA ? previous.postingStart[a * FIELD_COUNT + f]! : 0;
      const endA = fromA ? previous.postingStart[a * FIELD_COUNT + f + 1]! : 0;
      let j = fromB ? added.postingStart[b * FIELD_COUNT + f]! : 0;
      const endB = fromB ? added.postingStart[b * FIELD_COUNT + f + 1]! : 0;
      if (j === endB) {
        // Only carried postings (most terms, in an update): renumbered in one tight loop.
        for (; i < endA; i++) {
          const doc = newDocOf[previous.docs[i]!]!;
          if (doc < 0) continue;
          docs[at] = doc;
          frequencies[at++] = previous.frequencies[i]!;
        }
        continue;
      }
      for (;;) {
        while (i < endA && newDocOf[previous.docs[i]!]! < 0) i++;
        const docA = i < endA ? newDocOf[previous.docs[i]!]! : Infinity;
        const docB = j < endB ? freshDocs[added.docs[j]!]! : Infinity;
        if (docA === Infinity && docB === Infinity) break;
        if (docA < docB) {
          docs[at] = docA;
          frequencies[at++] = previous.frequencies[i++]!;
        } else {
          docs[at] = docB;
          frequencies[at++] = added.frequencies[j++]!;
        }
      }
    }
    if (fromA) a++;
    if (fromB) b++;
    if (at === start) continue;
    terms.push((fromA ? termA : termB)!);
    postingStart.push(...fieldStarts);
    documentFrequency.push(textDocuments(docs, fieldStarts, at));
  }
  postingStart.push(at);

  return {
    ids: records.map((r) => r.id),
    terms,
    postingStart: Uint32Array.from(postingStart),
    docs: docs.slice(0, at),
    frequencies: frequencies.slice(0, at),
    fieldLength,
    averageFieldLength,
    documentFrequency: Uint32Array.from(documentFrequency),
  };
}

/**
 * Whether a record has field `f` (not null), from its short fields: a carried record's text may be on
 * disk (records-file.ts), and reading every record's text is what the merge saves. As
 * toIndexedRecords makes records, exactly the exchanges have a question, and every record an answer.
 */
function hasField(record: IndexedRecord, f: number): boolean {
  const field = LEXICAL_FIELDS[f]!;
  return field === 'question' ? record.kind === 'exchange' : field === 'answer' ? true : record[field] != null;
}

/** Distinct documents among one term's postings in the text fields (all but the outlet), each list ascending. */
function textDocuments(docs: Uint32Array, fieldStarts: number[], end: number): number {
  const ranges: [number, number][] = [];
  for (let f = 0; f < FIELD_COUNT; f++) if (f !== OUTLET) ranges.push([fieldStarts[f]!, f + 1 < FIELD_COUNT ? fieldStarts[f + 1]! : end]);
  if (ranges.length !== 2) throw new Error('textDocuments counts two text fields');
  let [i, endI] = ranges[0]!;
  let [j, endJ] = ranges[1]!;
  let count = 0;
  while (i < endI || j < endJ) {
    const x = i < endI ? docs[i]! : Infinity;
    const y = j < endJ ? docs[j]! : Infinity;
    if (x <= y) i++;
    if (y <= x) j++;
    count++;
  }
  return count;
}

/**
 * The lexical index of `previous`'s records followed by `records`, equal to `buildLexicalData` of
 * them all: the new documents are numbered after the previous ones, so each term's postings are the
 * previous list followed by the new one, the previous field lengths and running means go on as they
 * were, and only the new records are tokenized. An update that only adds briefings newer than every
 * indexed one writes its index this way (build.ts).
 */
export function appendLexicalData(previous: LexicalData, records: readonly IndexedRecord[]): LexicalData {
  const added = buildLexicalData(records);
  const base = previous.ids.length;
  const fieldLength = new Uint32Array((base + records.length) * FIELD_COUNT);
  fieldLength.set(previous.fieldLength);
  fieldLength.set(added.fieldLength, base * FIELD_COUNT);
  // The running mean continued in the order and arithmetic of buildLexicalData, so that it is the same number.
  const averageFieldLength = Float64Array.from(previous.averageFieldLength);
  records.forEach((record, i) => {
    const doc = base + i;
    for (let f = 0; f < FIELD_COUNT; f++) {
      if (record[LEXICAL_FIELDS[f]!] == null) continue;
      averageFieldLength[f] = (averageFieldLength[f]! * doc + fieldLength[doc * FIELD_COUNT + f]!) / (doc + 1);
    }
  });

  const docs = new Uint32Array(previous.docs.length + added.docs.length);
  const frequencies = new Uint16Array(docs.length);
  const terms: string[] = [];
  const postingStart = new Uint32Array((previous.terms.length + added.terms.length) * FIELD_COUNT + 1);
  const documentFrequency = new Uint32Array(previous.terms.length + added.terms.length);
  let at = 0;
  let a = 0;
  let b = 0;
  while (a < previous.terms.length || b < added.terms.length) {
    // The previous terms before the next new one, copied in one go: their postings lie together.
    const next = added.terms[b];
    let end = a;
    while (end < previous.terms.length && (next === undefined || previous.terms[end]! < next)) end++;
    if (end > a) {
      const from = previous.postingStart[a * FIELD_COUNT]!;
      const to = previous.postingStart[end * FIELD_COUNT]!;
      docs.set(previous.docs.subarray(from, to), at);
      frequencies.set(previous.frequencies.subarray(from, to), at);
      const shift = at - from;
      const first = terms.length;
      for (let i = a * FIELD_COUNT; i < end * FIELD_COUNT; i++) postingStart[first * FIELD_COUNT + i - a * FIELD_COUNT] = previous.postingStart[i]! + shift;
      documentFrequency.set(previous.documentFrequency.subarray(a, end), first);
      for (let i = a; i < end; i++) terms.push(previous.terms[i]!);
      at += to - from;
      a = end;
      continue;
    }
    const termA = previous.terms[a];
    const termB = added.terms[b];
    const fromA = termA !== undefined && (termB === undefined || termA <= termB);
    const fromB = termB !== undefined && (termA === undefined || termB <= termA);
    const t = terms.push((fromA ? termA : termB)!) - 1;
    for (let f = 0; f < FIELD_COUNT; f++) {
      postingStart[t * FIELD_COUNT + f] = at;
      if (fromA) {
        const start = previous.postingStart[a * FIELD_COUNT + f]!;
        const end = previous.postingStart[a * FIELD_COUNT + f + 1]!;
        docs.set(previous.docs.subarray(start, end), at);
        frequencies.set(previous.frequencies.subarray(start, end), at);
        at += end - start;
      }
      if (fromB) {
        for (let j = added.postingStart[b * FIELD_COUNT + f]!, end = added.postingStart[b * FIELD_COUNT + f + 1]!; j < end; j++) {
          docs[at] = added.docs[j]! + base;
          frequencies[at++] = added.frequencies[j]!;
        }
      }
    }
    documentFrequency[t] = (fromA ? previous.documentFrequency[a]! : 0) + (fromB ? added.documentFrequency[b]! : 0);
    if (fromA) a++;
    if (fromB) b++;
  }
  postingStart[terms.length * FIELD_COUNT] = at;
  return {
    ids: [...previous.ids, ...added.ids],
    terms,
    postingStart: postingStart.slice(0, terms.length * FIELD_COUNT + 1),
    docs,
    frequencies,
    fieldLength,
    averageFieldLength,
    documentFrequency: documentFrequency.slice(0, terms.length),
  };
}
