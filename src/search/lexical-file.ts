import { closeSync, fstatSync, fsyncSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { AsPlainObject } from 'minisearch';
import { LEXICAL_FILE, LEXICAL_POSTINGS_FILE } from '../store/layout.js';
import { writeFileDurable } from '../store/layout.js';
import { documentTables, LexicalIndex, loadMiniSearch, termPostings, type LexicalData, type TermPostings } from './lexical.js';

/**
 * The lexical index on disk, in two files written and read in pieces:
 * - `lexical.json`: MiniSearch's document tables and the term list (small: no postings);
 * - `lexical.bin`: the postings as little-endian uint32, term by term in the order of the term list:
 *   `fields`, then per field `fieldId, n, docId × n, frequency × n`.
 * Loading rebuilds MiniSearch's plain form one term at a time, so the whole plain JSON never exists.
 */
type Header = Omit<AsPlainObject, 'index'> & {
  terms: string[];
  documentFrequency: { terms: string[]; counts: number[] };
  records: number;
};

const PIECE_WORDS = 1 << 20;

/** The two files of one lexical index; the Chinese records' index has its own (layout.ts). */
export interface LexicalFiles {
  header: string;
  postings: string;
}

const ENGLISH_FILES: LexicalFiles = { header: LEXICAL_FILE, postings: LEXICAL_POSTINGS_FILE };

export function writeLexicalFiles(generationDir: string, data: LexicalData, files: LexicalFiles = ENGLISH_FILES): void {
  const fd = openSync(join(generationDir, files.postings), 'w');
  const terms: string[] = [];
  try {
    const piece = new Uint32Array(PIECE_WORDS);
    let used = 0;
    const room = (words: number): void => {
      if (used + words <= piece.length) return;
      writeSync(fd, new Uint8Array(piece.buffer, 0, used * 4));
      used = 0;
    };
    for (const [term, fields] of termPostings(data.miniSearch)) {
      terms.push(term);
      room(1);
      piece[used++] = fields.size;
      for (const [fieldId, frequencies] of fields) {
        room(2);
        piece[used++] = fieldId;
        piece[used++] = frequencies.size;
        // A term in more documents than a piece holds is written in runs of ids, then of frequencies.
        for (const pass of [0, 1]) {
          for (const [docId, frequency] of frequencies) {
            room(1);
            piece[used++] = pass === 0 ? docId : frequency;
          }
        }
      }
    }
    room(piece.length);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  const { index: _none, ...tables } = documentTables(data.miniSearch);
  const header: Header = {
    ...tables,
    terms,
    documentFrequency: { terms: Object.keys(data.documentFrequency), counts: Object.values(data.documentFrequency) },
    records: data.documentCount,
  };
  writeFileDurable(join(generationDir, files.header), JSON.stringify(header));
}

/**
 * Loads the stored lexical index. The postings stay in one `Uint32Array` as read from the file; a term's
 * Maps are made when a query touches it and dropped after, so start-up work and memory do not grow with
 * the number of postings (about 8 bytes each instead of MiniSearch's ~50).
 */
export function readLexicalIndex(generationDir: string, files: LexicalFiles = ENGLISH_FILES): LexicalIndex {
  const { terms, documentFrequency, records, ...tables } = JSON.parse(readFileSync(join(generationDir, files.header), 'utf8')) as Header;
  const postingsPath = join(generationDir, files.postings);
  const words = readWords(postingsPath);
  function* postings(): Generator<[string, TermPostings]> {
    let at = 0;
    for (const term of terms) {
      if (at >= words.length) break;
      yield [term, new StoredTermPostings(words, at)];
      const count = words[at++]!;
      for (let f = 0; f < count; f++) at += 2 + 2 * words[at + 1]!;
    }
    if (at !== words.length) throw new Error(`${postingsPath} does not match the ${terms.length} terms of ${files.header}; the index is damaged`);
  }
  const frequency: Record<string, number> = {};
  documentFrequency.terms.forEach((term, i) => (frequency[term] = documentFrequency.counts[i]!));
  return new LexicalIndex({ miniSearch: loadMiniSearch(tables, postings()), documentFrequency: frequency, documentCount: records });
}

/**
 * One term's postings, read from the words at `at` each time a query asks for them: MiniSearch gets
 * its Maps, and memory stays flat however many terms queries touch. A write (MiniSearch cleaning up
 * after a discarded document) turns it into an ordinary Map.
 */
class StoredTermPostings extends Map<number, Map<number, number>> {
  private words: Uint32Array | null;

  constructor(words: Uint32Array, private readonly at: number) {
    super();
    this.words = words;
  }

  /** Field id → its postings, made now; only `only` when given. */
  private read(only?: number): Map<number, Map<number, number>> {
    const words = this.words!;
    const fields = new Map<number, Map<number, number>>();
    let at = this.at;
    const count = words[at++]!;
    for (let f = 0; f < count; f++) {
      const fieldId = words[at++]!;
      const n = words[at++]!;
      if (only === undefined || fieldId === only) {
        const frequencies = new Map<number, number>();
        for (let i = 0; i < n; i++) frequencies.set(words[at + i]!, words[at + n + i]!);
        fields.set(fieldId, frequencies);
      }
      at += 2 * n;
    }
    return fields;
  }

  private current(): Map<number, Map<number, number>> {
    return this.words ? this.read() : new Map(super.entries());
  }

  private materialize(): void {
    if (!this.words) return;
    const fields = this.read();
    this.words = null;
    for (const [fieldId, frequencies] of fields) super.set(fieldId, frequencies);
  }

  override get(fieldId: number): Map<number, number> | undefined {
    return this.words ? this.read(fieldId).get(fieldId) : super.get(fieldId);
  }
  override has(fieldId: number): boolean {
    return this.words ? this.read(fieldId).has(fieldId) : super.has(fieldId);
  }
  override get size(): number {
    return this.words ? this.words[this.at]! : super.size;
  }
  override set(fieldId: number, value: Map<number, number>): this {
    this.materialize();
    return super.set(fieldId, value);
  }
  override delete(fieldId: number): boolean {
    this.materialize();
    return super.delete(fieldId);
  }
  override entries(): MapIterator<[number, Map<number, number>]> {
    return this.current().entries();
  }
  override keys(): MapIterator<number> {
    return this.current().keys();
  }
  override values(): MapIterator<Map<number, number>> {
    return this.current().values();
  }
  override forEach(callback: (value: Map<number, number>, key: number, map: Map<number, Map<number, number>>) => void): void {
    this.current().forEach((value, key) => callback(value, key, this));
  }
  override [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    return this.entries();
  }
}

/** The whole file as uint32 words, read in pieces into one aligned buffer. */
function readWords(path: string): Uint32Array {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size % 4 !== 0) throw new Error(`${path}: ${size} bytes is not a whole number of postings words; the index is damaged`);
    const words = new Uint32Array(size / 4);
    const bytes = new Uint8Array(words.buffer);
    for (let offset = 0; offset < size; ) {
      const read = readSync(fd, bytes, offset, Math.min(PIECE_WORDS * 4, size - offset), null);
      if (read === 0) throw new Error(`${path}: ended after ${offset} of ${size} bytes`);
      offset += read;
    }
    return words;
  } finally {
    closeSync(fd);
  }
}
