import { closeSync, fstatSync, fsyncSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICAL_FILE, LEXICAL_POSTINGS_FILE, LEXICAL_ZH_FILE, LEXICAL_ZH_POSTINGS_FILE } from '../store/layout.js';
import { writeAll } from '../util/write-all.js';
import { writeFileDurable } from '../store/layout.js';
import { FIELD_COUNT, LEXICAL_FIELDS, LexicalIndex, type LexicalData } from './lexical.js';

/**
 * The lexical index on disk, in two files:
 * - `lexical.json`: the record ids, the sorted terms, the average field lengths and where each array
 *   of the binary file starts (small: no postings);
 * - `lexical.bin`: the arrays of `LexicalData`, little-endian, each at a multiple of 8 bytes.
 * Loading reads the binary file into one buffer and views the arrays in it: no parsing, no per-posting
 * objects, so load time and memory grow only with the bytes.
 */
interface Header {
  fields: readonly string[];
  records: number;
  ids: string[];
  terms: string[];
  averageFieldLength: number[];
  /** Array name → [byte offset, element count] in the binary file. */
  arrays: Record<ArrayName, [number, number]>;
}

const ARRAYS = {
  postingStart: Uint32Array,
  docs: Uint32Array,
  frequencies: Uint16Array,
  fieldLength: Uint32Array,
  documentFrequency: Uint32Array,
} as const;
type ArrayName = keyof typeof ARRAYS;

const PIECE_BYTES = 4 << 20;

/** The two files of one lexical index; the Chinese records' index has its own (layout.ts). */
export interface LexicalFiles {
  header: string;
  postings: string;
}

export const ENGLISH_FILES: LexicalFiles = { header: LEXICAL_FILE, postings: LEXICAL_POSTINGS_FILE };
export const CHINESE_FILES: LexicalFiles = { header: LEXICAL_ZH_FILE, postings: LEXICAL_ZH_POSTINGS_FILE };

export function writeLexicalFiles(generationDir: string, data: LexicalData, files: LexicalFiles = ENGLISH_FILES): void {
  const arrays = {} as Header['arrays'];
  const postings = join(generationDir, files.postings);
  const fd = openSync(postings, 'w');
  try {
    let offset = 0;
    for (const name of Object.keys(ARRAYS) as ArrayName[]) {
      const array = data[name];
      arrays[name] = [offset, array.length];
      const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
      for (let at = 0; at < bytes.length; at += PIECE_BYTES) writeAll(fd, bytes.subarray(at, at + PIECE_BYTES), postings);
      const padding = (8 - (bytes.length % 8)) % 8;
      if (padding > 0) writeAll(fd, new Uint8Array(padding), postings);
      offset += bytes.length + padding;
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  const header: Header = {
    fields: LEXICAL_FIELDS,
    records: data.ids.length,
    ids: data.ids,
    terms: data.terms,
    averageFieldLength: [...data.averageFieldLength],
    arrays,
  };
  writeFileDurable(join(generationDir, files.header), JSON.stringify(header));
}

/** Loads the stored lexical index. */
export function readLexicalIndex(generationDir: string, files: LexicalFiles = ENGLISH_FILES): LexicalIndex {
  return new LexicalIndex(readLexicalData(generationDir, files));
}

/** The stored lexical index's arrays (views into one buffer of the binary file). */
export function readLexicalData(generationDir: string, files: LexicalFiles = ENGLISH_FILES): LexicalData {
  const headerPath = join(generationDir, files.header);
  const header = JSON.parse(readFileSync(headerPath, 'utf8')) as Header;
  if (!header.arrays || header.fields?.join() !== LEXICAL_FIELDS.join()) {
    throw new Error(`${headerPath} is not a lexical index of this version of spox; run \`npm run index\` to rebuild it`);
  }
  const binaryPath = join(generationDir, files.postings);
  const buffer = readWhole(binaryPath);
  const view = <N extends ArrayName>(name: N): InstanceType<(typeof ARRAYS)[N]> => {
    const [offset, length] = header.arrays[name];
    const Type = ARRAYS[name];
    if (offset % 8 !== 0 || offset + length * Type.BYTES_PER_ELEMENT > buffer.byteLength) {
      throw new Error(`${binaryPath} is shorter than ${files.header} says (${name}); the index is damaged`);
    }
    return new Type(buffer, offset, length) as InstanceType<(typeof ARRAYS)[N]>;
  };
  const data: LexicalData = {
    ids: header.ids,
    terms: header.terms,
    averageFieldLength: Float64Array.from(header.averageFieldLength),
    postingStart: view('postingStart'),
    docs: view('docs'),
    frequencies: view('frequencies'),
    fieldLength: view('fieldLength'),
    documentFrequency: view('documentFrequency'),
  };
  const consistent = data.postingStart.length === data.terms.length * FIELD_COUNT + 1 &&
    data.postingStart[data.postingStart.length - 1] === data.docs.length && data.docs.length === data.frequencies.length &&
    data.fieldLength.length === data.ids.length * FIELD_COUNT && data.documentFrequency.length === data.terms.length;
  if (!consistent) throw new Error(`${binaryPath} does not match the ${data.terms.length} terms and ${data.ids.length} records of ${files.header}; the index is damaged`);
  return data;
}

/** The whole file in one buffer, read in pieces. */
function readWhole(path: string): ArrayBuffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const buffer = new ArrayBuffer(size);
    const bytes = new Uint8Array(buffer);
    for (let offset = 0; offset < size; ) {
      const read = readSync(fd, bytes, offset, Math.min(PIECE_BYTES, size - offset), null);
      if (read === 0) throw new Error(`${path}: ended after ${offset} of ${size} bytes`);
      offset += read;
    }
    return buffer;
  } finally {
    closeSync(fd);
  }
}
