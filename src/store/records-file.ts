import { closeSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { BRIEFINGS_FILE, RECORD_FIELDS_FILE, RECORDS_FILE } from './layout.js';
import type { BriefingSummary, IndexedRecord } from './types.js';

/**
 * The record store, one JSON value a line, written and read a few megabytes at a time, so its size
 * is bounded by the disk, not by V8's longest string:
 * - `records.jsonl`: every record, whole (the canonical text);
 * - `record-fields.jsonl`: per record, where its line is in `records.jsonl` and the short fields search
 *   filters and lists on, so a search process loads those and reads the text of a record when asked;
 * - `briefings.jsonl`: every briefing.
 */
const PIECE_BYTES = 4 << 20;

/** `[offset, length, id, kind, key, date, spokesperson, outlet, followup, position, lang, zh]` */
type RecordFields = [
  number, number, string, IndexedRecord['kind'], string, string, string, string | null, string | null, number,
  IndexedRecord['lang'] | null, IndexedRecord['zh'] | null,
];

export function writeRecordStore(generationDir: string, briefings: Iterable<BriefingSummary>, records: Iterable<IndexedRecord>): void {
  writeJsonLines(join(generationDir, BRIEFINGS_FILE), briefings);
  const fields: RecordFields[] = [];
  writeJsonLines(join(generationDir, RECORDS_FILE), records, PIECE_BYTES, (r: IndexedRecord, offset, length) => {
    fields.push([offset, length, r.id, r.kind, r.key, r.date, r.spokesperson, r.outlet, r.followup, r.position, r.lang ?? null, r.zh ?? null]);
  });
  writeJsonLines(join(generationDir, RECORD_FIELDS_FILE), fields);
}

/** Every record and briefing, read whole. */
export function readRecordStore(generationDir: string): { records: IndexedRecord[]; briefings: BriefingSummary[] } {
  return {
    records: [...readJsonLines<IndexedRecord>(join(generationDir, RECORDS_FILE))],
    briefings: [...readJsonLines<BriefingSummary>(join(generationDir, BRIEFINGS_FILE))],
  };
}

/**
 * The records for searching: the short fields in memory (with `lang` and the `zh` link), the rest
 * (`question`, `answer`, `url`, `title`, `occasion`, `source`) read from `records.jsonl` when a
 * property is read. They behave as plain records (spread, JSON, equality); only the memory stays
 * small. A field added to records must be listed in one of the two lists below.
 */
export function openRecordStore(generationDir: string): { records: IndexedRecord[]; briefings: BriefingSummary[] } {
  const text = new RecordText(join(generationDir, RECORDS_FILE));
  const records: IndexedRecord[] = [];
  for (const [offset, length, id, kind, key, date, spokesperson, outlet, followup, position, lang, zh] of readJsonLines<RecordFields>(join(generationDir, RECORD_FIELDS_FILE))) {
    const short = { id, kind, key, date, spokesperson, outlet, followup, position, ...(lang ? { lang } : {}), ...(zh ? { zh } : {}) };
    records.push(new Proxy({ ...short, [LOCATION]: [offset, length] } as StoredRecord, text.handler) as unknown as IndexedRecord);
  }
  return { records, briefings: [...readJsonLines<BriefingSummary>(join(generationDir, BRIEFINGS_FILE))] };
}

const LOCATION = Symbol('line in records.jsonl');
type StoredRecord = Omit<IndexedRecord, TextField> & { [LOCATION]: [number, number] };
type TextField = 'question' | 'answer' | 'url' | 'title' | 'occasion' | 'source';
const TEXT_FIELDS = new Set<string | symbol>(['question', 'answer', 'url', 'title', 'occasion', 'source']);
const SHORT_FIELDS = ['id', 'kind', 'key', 'date', 'spokesperson', 'outlet', 'followup', 'position', 'lang', 'zh'];

/** Reads record lines on demand (the last few kept); the file stays open while its records live. */
class RecordText {
  private readonly fd: number;
  private readonly recent = new Map<number, IndexedRecord>();
  readonly handler: ProxyHandler<StoredRecord>;

  constructor(private readonly path: string) {
    this.fd = openSync(path, 'r');
    closeWhenUnused.register(this, this.fd);
    const line = (target: StoredRecord): IndexedRecord => this.line(...target[LOCATION]);
    this.handler = {
      get: (target, property) => (TEXT_FIELDS.has(property) ? line(target)[property as TextField] : target[property as keyof StoredRecord]),
      has: (target, property) => (TEXT_FIELDS.has(property) ? property in line(target) : property !== LOCATION && property in target),
      // The optional fields (`source`, `lang`, `zh`) are own keys only where the record has them.
      ownKeys: (target) => [...SHORT_FIELDS.filter((f) => f in target), ...[...TEXT_FIELDS].filter((f) => f in line(target))] as string[],
      getOwnPropertyDescriptor: (target, property) =>
        typeof property === 'string' && (TEXT_FIELDS.has(property) ? property in line(target) : SHORT_FIELDS.includes(property) && property in target)
          ? { value: TEXT_FIELDS.has(property) ? line(target)[property as TextField] : target[property as keyof StoredRecord], writable: true, enumerable: true, configurable: true }
          : undefined,
      set: () => false,
      defineProperty: () => false,
      deleteProperty: () => false,
    };
  }

  private line(offset: number, length: number): IndexedRecord {
    let record = this.recent.get(offset);
    if (record) return record;
    const bytes = Buffer.alloc(length);
    for (let done = 0; done < length; ) {
      const read = readSync(this.fd, bytes, done, length - done, offset + done);
      if (read === 0) throw new Error(`${this.path}: ends before the record at byte ${offset}; the index is damaged`);
      done += read;
    }
    record = parseLine<IndexedRecord>(bytes.toString('utf8'), this.path, -1);
    if (this.recent.size >= 64) this.recent.delete(this.recent.keys().next().value!);
    this.recent.set(offset, record);
    return record;
  }
}

const closeWhenUnused = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

/**
 * Writes one JSON value a line, in pieces, and flushes the file to disk; `placed` learns where each
 * value's line starts and how many bytes it has (without its newline).
 */
export function writeJsonLines<T>(path: string, values: Iterable<T>, pieceBytes = PIECE_BYTES, placed?: (value: T, offset: number, length: number) => void): void {
  const fd = openSync(path, 'w');
  try {
    let piece: string[] = [];
    let length = 0;
    let offset = 0;
    const flush = (): void => {
      writeSync(fd, Buffer.from(piece.join('')));
      piece = [];
      length = 0;
    };
    for (const value of values) {
      const line = JSON.stringify(value) + '\n';
      const bytes = Buffer.byteLength(line);
      placed?.(value, offset, bytes - 1);
      offset += bytes;
      piece.push(line);
      length += bytes;
      if (length >= pieceBytes) flush();
    }
    flush();
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Reads a JSON-lines file a piece at a time; a bad line is an error naming the file and line. */
export function* readJsonLines<T>(path: string, pieceBytes = PIECE_BYTES): Generator<T> {
  const fd = openSync(path, 'r');
  try {
    let buffer = Buffer.alloc(pieceBytes);
    let filled = 0;
    let lineNumber = 0;
    for (;;) {
      if (filled === buffer.length) {
        const larger = Buffer.alloc(buffer.length * 2); // a line longer than a piece
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
      const read = readSync(fd, buffer, filled, buffer.length - filled, null);
      filled += read;
      let start = 0;
      for (let newline = buffer.indexOf(10, start); newline !== -1 && newline < filled; newline = buffer.indexOf(10, start)) {
        lineNumber++;
        if (newline > start) yield parseLine<T>(buffer.toString('utf8', start, newline), path, lineNumber);
        start = newline + 1;
      }
      buffer.copy(buffer, 0, start, filled);
      filled -= start;
      if (read === 0) break;
    }
    if (filled > 0) yield parseLine<T>(buffer.toString('utf8', 0, filled), path, lineNumber + 1);
  } finally {
    closeSync(fd);
  }
}

function parseLine<T>(text: string, path: string, line: number): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`${path}${line > 0 ? `, line ${line}` : ''}: ${(error as Error).message}`);
  }
}
