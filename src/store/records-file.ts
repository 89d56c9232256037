import { closeSync, constants, copyFileSync, fstatSync, fsyncSync, ftruncateSync, linkSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LruCache } from '../util/lru.js';
import { writeAll, writeFailure } from '../util/write-all.js';
import { IndexDamagedError } from './damaged-index.js';
import { BRIEFINGS_FILE, RECORD_FIELDS_FILE, RECORDS_FILE } from './layout.js';
import type { BriefingSummary, IndexedRecord } from './types.js';

/**
 * The record store, one JSON value a line, written and read a few megabytes at a time, so its size
 * is bounded by the disk, not by V8's longest string:
 * - `records.jsonl`: every record, whole (the canonical text), a line each, where its record fields
 *   say (an update appends the lines of new and changed records to the previous generation's file,
 *   so it may also hold lines of records replaced since: `writeRecordStore`);
 * - `record-fields.jsonl`: per record, where its line is in `records.jsonl` and the short fields search
 *   filters and lists on, in blocks of columns (below), so a search process loads those and reads
 *   the text of a record when asked;
 * - `briefings.jsonl`: every briefing.
 */
const PIECE_BYTES = 4 << 20;

/**
 * `record-fields.jsonl`: one line per block of up to FIELDS_BLOCK records, each field a column;
 * fields with few distinct values (kind, key, date, spokesperson, outlet, lang) as a table of their
 * values and each record's place in it, so that a search process holds each value once.
 */
interface FieldsBlock {
  offset: number[];
  length: number[];
  id: string[];
  position: number[];
  followup: (string | null)[];
  zh: (IndexedRecord['zh'] | null)[];
  kind: Column<IndexedRecord['kind']>;
  key: Column<string>;
  date: Column<string>;
  spokesperson: Column<string>;
  outlet: Column<string | null>;
  lang: Column<IndexedRecord['lang'] | null>;
}
interface Column<T> {
  values: T[];
  at: number[];
}
type TableField = 'kind' | 'key' | 'date' | 'spokesperson' | 'outlet' | 'lang';
const TABLE_FIELDS: TableField[] = ['kind', 'key', 'date', 'spokesperson', 'outlet', 'lang'];
const FIELDS_BLOCK = 8192;

/**
 * Dead lines (of records replaced or removed since) an update lets `records.jsonl` hold before it
 * writes the file afresh: a share of the file's bytes.
 */
const DEAD_SHARE = 0.05;

/**
 * Writes the record store of a generation. With `copy`, a record it gives a place for (in the
 * `records.jsonl` of `copy.from`, a previous generation that stored the same record) keeps that line:
 * the previous file is hard-linked and the other records' lines appended to it, so an update writes
 * what changed. Appending is safe for the generations sharing the file: each reads only the lines its
 * record fields place, and no line is ever changed. When the lines no record places would pass
 * DEAD_SHARE of the file, the file is written afresh (kept lines copied, runs of them at a time).
 * Throws when the previous file is shorter than its lines say (a damaged index).
 */
export function writeRecordStore(
  generationDir: string,
  briefings: Iterable<BriefingSummary>,
  records: readonly IndexedRecord[],
  copy?: { from: string; lineOf: (record: IndexedRecord) => StoredLine | null },
): void {
  writeJsonLines(join(generationDir, BRIEFINGS_FILE), briefings);
  const fields = new FieldsWriter();
  const path = join(generationDir, RECORDS_FILE);
  const from = copy && join(copy.from, RECORDS_FILE);
  const lines = copy ? records.map(copy.lineOf) : null;
  if (from && lines && appendable(from, lines)) {
    appendRecords(from, path, records, lines, fields.place);
  } else {
    rmSync(path, { force: true }); // never write into a file another generation may share
    writeJsonLines(path, records, PIECE_BYTES, fields.place, from ? { from, lineOf: (_r: IndexedRecord, i: number) => lines![i] ?? null } : undefined);
  }
  writeJsonLines(join(generationDir, RECORD_FIELDS_FILE), fields.blocks);
}

/**
 * The record store of a generation that holds the previous one's records followed by `records` (and
 * its briefings followed by `briefings`), as `writeRecordStore` would write them all, without reading
 * the previous ones: `records.jsonl` is hard-linked and appended to (as there), the record fields and
 * briefings copied and appended to (they are read whole, so never shared).
 */
export function appendRecordStore(generationDir: string, previousDir: string, briefings: readonly BriefingSummary[], records: readonly IndexedRecord[]): void {
  const fields = new FieldsWriter();
  appendRecords(join(previousDir, RECORDS_FILE), join(generationDir, RECORDS_FILE), records, records.map(() => null), fields.place);
  copyAndAppend(join(previousDir, RECORD_FIELDS_FILE), join(generationDir, RECORD_FIELDS_FILE), fields.blocks);
  copyAndAppend(join(previousDir, BRIEFINGS_FILE), join(generationDir, BRIEFINGS_FILE), briefings);
}

/** A copy of a JSON-lines file with `values` appended, flushed to disk. */
function copyAndAppend(from: string, to: string, values: readonly unknown[]): void {
  try {
    copyFileSync(from, to, constants.COPYFILE_FICLONE);
  } catch (error) {
    throw writeFailure(to, error);
  }
  const fd = openSync(to, 'a');
  try {
    if (values.length > 0) writeAll(fd, values.map((v) => JSON.stringify(v) + '\n').join(''), to);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Whether an update may append to the previous `records.jsonl` (few dead lines); throws when it is shorter than its lines say. */
function appendable(from: string, lines: readonly (StoredLine | null)[]): boolean {
  let live = 0;
  let end = 0;
  for (const line of lines) {
    if (!line) continue;
    live += line.length + 1;
    end = Math.max(end, line.offset + line.length + 1);
  }
  const size = statSync(from).size;
  if (end > size) throw new Error(`${from}: ends before byte ${end}: that index is damaged; remove it and run \`npm run index\``);
  return live > 0 && size - live <= DEAD_SHARE * size;
}

/**
 * The previous generation's `records.jsonl` at `path` (a hard link, or a copy), with the records it
 * lacks appended. A write that fails (a full disk) cuts the file back to the length it had, so the
 * generations sharing it keep it byte for byte; bytes past a generation's last line (left by a run
 * killed while appending) are never read by it anyway, and an update counts them as dead lines.
 */
function appendRecords(
  from: string, path: string, records: readonly IndexedRecord[], lines: readonly (StoredLine | null)[],
  placed: (record: IndexedRecord, offset: number, length: number) => void,
): void {
  try {
    linkSync(from, path);
  } catch {
    try {
      copyFileSync(from, path);
    } catch (error) {
      throw writeFailure(path, error);
    }
  }
  const fd = openSync(path, 'a');
  const start = fstatSync(fd).size;
  try {
    let offset = start;
    let piece: string[] = [];
    let length = 0;
    const flush = (): void => {
      writeAll(fd, piece.join(''), path);
      piece = [];
      length = 0;
    };
    records.forEach((record, i) => {
      const line = lines[i];
      if (line) {
        placed(record, line.offset, line.length);
        return;
      }
      const text = JSON.stringify(record) + '\n';
      const bytes = Buffer.byteLength(text);
      placed(record, offset, bytes - 1);
      offset += bytes;
      piece.push(text);
      length += bytes;
      if (length >= PIECE_BYTES) flush();
    });
    if (length > 0) flush();
    fsyncSync(fd);
  } catch (error) {
    try {
      ftruncateSync(fd, start);
    } catch {
      // The bytes appended lie past every line a generation places: never read.
    }
    throw error;
  } finally {
    closeSync(fd);
  }
}

/** The blocks of `record-fields.jsonl`, made as each record is placed in `records.jsonl`. */
class FieldsWriter {
  readonly blocks: FieldsBlock[] = [];
  private block: FieldsBlock | null = null;
  private places: Map<unknown, number>[] = [];

  readonly place = (r: IndexedRecord, offset: number, length: number): void => {
    let block = this.block;
    if (!block || block.id.length === FIELDS_BLOCK) {
      const column = <T>(): Column<T> => ({ values: [], at: [] });
      block = this.block = {
        offset: [], length: [], id: [], position: [], followup: [], zh: [],
        kind: column(), key: column(), date: column(), spokesperson: column(), outlet: column(), lang: column(),
      };
      this.places = TABLE_FIELDS.map(() => new Map());
      this.blocks.push(block);
    }
    block.offset.push(offset);
    block.length.push(length);
    block.id.push(r.id);
    block.position.push(r.position);
    block.followup.push(r.followup);
    block.zh.push(r.zh ?? null);
    TABLE_FIELDS.forEach((field, i) => {
      const value = r[field] ?? null;
      const column = block[field] as Column<unknown>;
      let at = this.places[i]!.get(value);
      if (at === undefined) {
        at = column.values.push(value) - 1;
        this.places[i]!.set(value, at);
      }
      column.at.push(at);
    });
  };
}

/** Every record (in record order, as the record fields place them) and briefing, read whole. */
export function readRecordStore(generationDir: string): { records: IndexedRecord[]; briefings: BriefingSummary[] } {
  const { records, briefings } = openRecordStore(generationDir);
  return { records: records.map(wholeRecord), briefings };
}

/**
 * The records for searching: the short fields in memory as plain properties (with `lang` and the
 * `zh` link, where the record has them), the rest (`question`, `answer`, `url`, `title`, `occasion`,
 * `source`, `raisedAfter`) read from `records.jsonl` when read. JSON gives the whole record; a spread, or
 * `Object.keys`, only the short fields (`wholeRecord` gives a plain copy). A field added to records
 * must be a short field here or a text getter of StoredRecord.
 */
export function openRecordStore(generationDir: string): { records: IndexedRecord[]; briefings: BriefingSummary[] } {
  return { records: readStoredRecords(generationDir, true), briefings: [...readJsonLines<BriefingSummary>(join(generationDir, BRIEFINGS_FILE))] };
}

/**
 * The stored records of a generation. `whole`: checks that `records.jsonl` holds every record's line
 * (a search says at once that the file is cut short, rather than when a record near its end is shown;
 * an update finds out when it copies the lines, and writes every record again).
 */
function readStoredRecords(generationDir: string, whole = false): StoredRecord[] {
  const text = new RecordText(join(generationDir, RECORDS_FILE));
  const records: StoredRecord[] = [];
  const path = join(generationDir, RECORD_FIELDS_FILE);
  let end = 0; // where the last record's line ends
  for (const block of readJsonLines<FieldsBlock>(path)) {
    if (!Array.isArray(block.id) || !block.kind?.at) throw new Error(`${path}: not the record fields of this version of spox; run \`npm run index\``);
    const { kind, key, date, spokesperson, outlet, lang } = block;
    for (let i = 0; i < block.id.length; i++) {
      end = Math.max(end, block.offset[i]! + block.length[i]!);
      records.push(new StoredRecord(
        text, block.offset[i]!, block.length[i]!, block.id[i]!, kind.values[kind.at[i]!]!, key.values[key.at[i]!]!, date.values[date.at[i]!]!,
        spokesperson.values[spokesperson.at[i]!]!, outlet.values[outlet.at[i]!]!, block.followup[i]!, block.position[i]!,
        lang.values[lang.at[i]!]!, block.zh[i]!,
      ));
    }
  }
  const size = whole ? text.size() : end;
  if (size < end) throw new IndexDamagedError(generationDir, RECORDS_FILE, `it ends at byte ${size}, but its records run to byte ${end} (cut short)`);
  return records;
}

/** Where a stored record's line is in `records.jsonl` (its length without the newline), and its link to its Chinese original. */
export interface StoredLine {
  offset: number;
  length: number;
  zh: IndexedRecord['zh'] | null;
}

/** The previous generation's record fields could not be read (when an update first needed them). */
export class StoredRecordsUnreadableError extends Error {
  override name = 'StoredRecordsUnreadableError';
}

/**
 * What an update needs of the previous generation without reading its text: its briefings, each
 * record's line and Chinese link (read from the short fields), and its records by briefing key (as
 * `openRecordStore` gives them: the text read when asked), for the briefings an update carries over.
 * Each file is read when first asked for (an update that only appends newer briefings asks for
 * none); a failure to read it then is a StoredRecordsUnreadableError.
 */
export function readStoredLines(generationDir: string): {
  readonly briefings: BriefingSummary[];
  /** A briefing by its key. */
  briefing(key: string): BriefingSummary | undefined;
  readonly keysByDate: Map<string, Set<string>>;
  /** Each record's line by record id (made when asked: one object a record fewer to keep). */
  lines: Pick<Map<string, StoredLine>, 'get'>;
  recordsByKey: Pick<Map<string, IndexedRecord[]>, 'get'>;
} {
  let briefings: { list: BriefingSummary[]; byKey: Map<string, BriefingSummary>; keysByDate: Map<string, Set<string>> } | null = null;
  const readBriefings = (): NonNullable<typeof briefings> => {
    if (briefings) return briefings;
    let list: BriefingSummary[];
    try {
      list = [...readJsonLines<BriefingSummary>(join(generationDir, BRIEFINGS_FILE))];
    } catch (error) {
      throw new StoredRecordsUnreadableError((error as Error).message);
    }
    const keysByDate = new Map<string, Set<string>>();
    for (const b of list) {
      const keys = keysByDate.get(b.date) ?? new Set<string>();
      keys.add(b.key);
      keysByDate.set(b.date, keys);
    }
    return (briefings = { list, byKey: new Map(list.map((b) => [b.key, b])), keysByDate });
  };
  let stored: { byId: Map<string, StoredRecord>; recordsByKey: Map<string, IndexedRecord[]> } | null = null;
  const load = (): NonNullable<typeof stored> => {
    if (stored) return stored;
    const byId = new Map<string, StoredRecord>();
    const recordsByKey = new Map<string, IndexedRecord[]>();
    try {
      for (const record of readStoredRecords(generationDir)) {
        byId.set(record.id, record);
        const list = recordsByKey.get(record.key);
        if (list) list.push(record);
        else recordsByKey.set(record.key, [record]);
      }
    } catch (error) {
      throw new StoredRecordsUnreadableError((error as Error).message);
    }
    return (stored = { byId, recordsByKey });
  };
  return {
    get briefings() {
      return readBriefings().list;
    },
    briefing: (key) => readBriefings().byKey.get(key),
    get keysByDate() {
      return readBriefings().keysByDate;
    },
    lines: { get: (id) => load().byId.get(id)?.place },
    recordsByKey: { get: (key) => load().recordsByKey.get(key) },
  };
}

/** A plain copy of a record, text included (a stored record's spread holds only its short fields). */
export function wholeRecord(record: IndexedRecord): IndexedRecord {
  return record instanceof StoredRecord ? record.toJSON() : { ...record };
}

/** A record of the store: short fields own, the text read from its line when asked. */
class StoredRecord implements IndexedRecord {
  readonly #text: RecordText;
  readonly #offset: number;
  readonly #length: number;
  readonly #storedZh: IndexedRecord['zh'] | null;
  id: string;
  kind: IndexedRecord['kind'];
  key: string;
  date: string;
  spokesperson: string;
  outlet: string | null;
  followup: string | null;
  position: number;
  declare lang?: IndexedRecord['lang'];
  declare zh?: IndexedRecord['zh'];

  constructor(
    text: RecordText, offset: number, length: number, id: string, kind: IndexedRecord['kind'], key: string, date: string,
    spokesperson: string, outlet: string | null, followup: string | null, position: number, lang: IndexedRecord['lang'] | null,
    zh: IndexedRecord['zh'] | null,
  ) {
    this.#text = text;
    this.#offset = offset;
    this.#length = length;
    this.id = id;
    this.kind = kind;
    this.key = key;
    this.date = date;
    this.spokesperson = spokesperson;
    this.outlet = outlet;
    this.followup = followup;
    this.position = position;
    this.#storedZh = zh;
    if (lang) this.lang = lang;
    if (zh) this.zh = zh;
  }

  private line(): IndexedRecord {
    return this.#text.line(this.#offset, this.#length);
  }
  /** Where its line is, and the Chinese link stored with it (not an own property: not in a spread). */
  get place(): StoredLine {
    return { offset: this.#offset, length: this.#length, zh: this.#storedZh };
  }
  get question(): string | null {
    return this.line().question;
  }
  get answer(): string {
    return this.line().answer;
  }
  get url(): string | null {
    return this.line().url;
  }
  get title(): string {
    return this.line().title;
  }
  get occasion(): IndexedRecord['occasion'] {
    return this.line().occasion;
  }
  get source(): IndexedRecord['source'] {
    return this.line().source;
  }
  get raisedAfter(): IndexedRecord['raisedAfter'] {
    return this.line().raisedAfter;
  }

  /** The whole record, as stored. */
  toJSON(): IndexedRecord {
    return { ...this.line() };
  }

  /** Its store's records file read whole into memory where it is at most `maxBytes` (`RecordText.keepWhole`). */
  keepTextInMemory(maxBytes: number): boolean {
    return this.#text.keepWhole(maxBytes);
  }
}

/**
 * The text of the records of a store (`openRecordStore`) read whole into memory where its file is at
 * most `maxBytes`, for a long-running process (a bot); true if it is held so.
 */
export function keepRecordTextInMemory(records: readonly IndexedRecord[], maxBytes: number): boolean {
  const stored = records.find((r): r is StoredRecord => r instanceof StoredRecord);
  return stored?.keepTextInMemory(maxBytes) ?? false;
}

/**
 * Records parsed from their lines kept, at most: a question reads a few hundred records (those holding
 * a name's words, the feedback's, the quotes'), several of them more than once, and 64 kept made it
 * read 7,130 lines over the bench's 260 questions at 1x, 3,937 with this many kept first in, first out
 * (some 12 MB; `LruCache` keeps between half and all of them).
 */
const RECORDS_KEPT = 4096;

/** Reads record lines on demand (the last `RECORDS_KEPT` kept); the file stays open while its records live. */
class RecordText {
  private readonly fd: number;
  private readonly recent = new LruCache<number, IndexedRecord>(RECORDS_KEPT);
  /** The whole file, where it is kept in memory (`keepWhole`). */
  private whole: Buffer | null = null;

  constructor(private readonly path: string) {
    this.fd = openSync(path, 'r');
    closeWhenUnused.register(this, this.fd);
  }

  size(): number {
    return fstatSync(this.fd).size;
  }

  /**
   * Reads the whole file into memory where it is at most `maxBytes`, so that a line is no read of the
   * file (one system call each, a tenth of the time of the slowest questions at 1x); true if it is held.
   */
  keepWhole(maxBytes: number): boolean {
    if (this.whole) return true;
    const size = this.size();
    if (size > maxBytes) return false;
    this.whole = this.bytes(0, size);
    return true;
  }

  private bytes(offset: number, length: number): Buffer {
    const bytes = Buffer.alloc(length);
    for (let done = 0; done < length; ) {
      const read = readSync(this.fd, bytes, done, length - done, offset + done);
      if (read === 0) throw new IndexDamagedError(dirname(this.path), RECORDS_FILE, `it ends before the record at byte ${offset}`);
      done += read;
    }
    return bytes;
  }

  line(offset: number, length: number): IndexedRecord {
    let record = this.recent.get(offset);
    if (record) return record;
    // A line written after the file was read whole is read from the file.
    const bytes = this.whole && offset + length <= this.whole.length ? this.whole.subarray(offset, offset + length) : this.bytes(offset, length);
    try {
      record = JSON.parse(bytes.toString('utf8')) as IndexedRecord;
    } catch (error) {
      throw new IndexDamagedError(dirname(this.path), RECORDS_FILE, `the record at byte ${offset} is not JSON (${(error as Error).message})`);
    }
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
 * value's line starts and how many bytes it has (without its newline). A value `copy.lineOf` places
 * in the file `copy.from` has its line copied from there (runs of adjacent lines in one go).
 */
export function writeJsonLines<T>(
  path: string,
  values: Iterable<T>,
  pieceBytes = PIECE_BYTES,
  placed?: (value: T, offset: number, length: number) => void,
  copy?: { from: string; lineOf: (value: T, index: number) => { offset: number; length: number } | null },
): void {
  const fd = openSync(path, 'w');
  const source = copy ? openSync(copy.from, 'r') : null;
  try {
    let piece: string[] = [];
    let length = 0;
    let offset = 0;
    const flush = (): void => {
      writeAll(fd, piece.join(''), path);
      piece = [];
      length = 0;
    };
    /** The lines of the source file waiting to be copied: [start, end) bytes. */
    let run: [number, number] | null = null;
    const copyRun = (): void => {
      if (!run) return;
      const buffer = Buffer.alloc(Math.min(pieceBytes, run[1] - run[0]));
      for (let at = run[0]; at < run[1]; ) {
        const read = readSync(source!, buffer, 0, Math.min(buffer.length, run[1] - at), at);
        if (read === 0) throw new Error(`${copy!.from}: ends before byte ${run[1]}: that index is damaged; remove it and run \`npm run index\``);
        writeAll(fd, buffer.subarray(0, read), path);
        at += read;
      }
      run = null;
    };
    let index = 0;
    for (const value of values) {
      const line = copy?.lineOf(value, index++);
      if (line) {
        if (length > 0) flush();
        if (run && run[1] === line.offset) run[1] += line.length + 1;
        else {
          copyRun();
          run = [line.offset, line.offset + line.length + 1];
        }
        placed?.(value, offset, line.length);
        offset += line.length + 1;
        continue;
      }
      copyRun();
      const text = JSON.stringify(value) + '\n';
      const bytes = Buffer.byteLength(text);
      placed?.(value, offset, bytes - 1);
      offset += bytes;
      piece.push(text);
      length += bytes;
      if (length >= pieceBytes) flush();
    }
    copyRun();
    flush();
    fsyncSync(fd);
  } finally {
    closeSync(fd);
    if (source !== null) closeSync(source);
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
