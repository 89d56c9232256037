import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, fstatSync, linkSync, mkdirSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { VECTORS_DIR, writeFileDurable } from './layout.js';
import { ShardRows } from './shard-rows.js';
import { readSidecar, SIDECAR_SUFFIX, sidecarOf, type SidecarRows } from './vector-sidecar.js';
import { Int8Scan } from './simd/scan.js';
import type { IndexedRecord } from './types.js';

/** What each vector carries: the record it points back to, and what search filters on. */
export interface ChunkMetadata {
  [field: string]: string | number;
  record: string;
  key: string;
  /** yyyymmdd, sortable. */
  day: number;
  spokesperson: string;
  /** Empty when the transcript names no outlet. */
  outlet: string;
}

export function chunkMetadata(record: IndexedRecord): ChunkMetadata {
  return { record: record.id, key: record.key, day: dayNumber(record.date), spokesperson: record.spokesperson, outlet: record.outlet ?? '' };
}

/** `2020-05-22` → 20200522: dates as the filters compare them. */
export function dayNumber(date: string): number {
  return Number(date.replaceAll('-', ''));
}

export interface StoredChunk {
  id: string;
  /** As embedded (number[]) or a view into a loaded store (Float32Array). */
  vector: ArrayLike<number>;
  metadata: ChunkMetadata;
}

export interface VectorFilter {
  /** yyyymmdd bounds, inclusive. */
  from?: number;
  to?: number;
  /** Exact metadata values, any of. */
  spokespeople?: string[];
  outlets?: string[];
}

export interface VectorMatch {
  record: string;
  similarity: number;
}

/**
 * The vectors of a generation are Vectra `LocalIndex` files (protobuf codec), one per shard:
 * `vectors/<shard>.pb`, each readable with `new LocalIndex(dir, '<shard>.pb', undefined, new ProtobufCodec())`.
 * `vectors/shards.json` lists them in order with their item counts. A shard holds whole briefings of one
 * year (split when a year is larger than SHARD_ITEMS), so an update rewrites the shards it touches and
 * links the others from the previous generation; no file or string ever holds the whole store.
 */
const SHARDS_FILE = 'shards.json';
const SHARD_ITEMS = 16_384;

interface ShardEntry {
  file: string;
  items: number;
}

type Column = Int32Array;

/** Options of `VectorStore.open`. */
export interface OpenVectorsOptions {
  /** false: score with the JavaScript loop even where WebAssembly SIMD runs (what a runtime without it does). */
  simd?: boolean;
  /** false: decode every Vectra shard, ignoring the int8 sidecars beside them (vector-sidecar.ts). */
  sidecars?: boolean;
}

/**
 * Float32 arithmetic in the int8 scores (the integer sum and two products rounded to float32) is
 * off by well under this; the bound on an int8 score's error adds it.
 */
const ROUNDING_SLACK = 1e-5;

/**
 * Rows taken from the int8 scores for an exact re-rank before the bound is checked. Only speed
 * depends on it (the bound keeps the result exact): at 25x (`npm run bench:rerank`) a pool of K
 * left a median of 73 more rows (K = 300) for the bound to send to the re-rank, a pool of 2·K none.
 */
export function rerankPool(topK: number): number {
  return Math.max(2 * topK, 64);
}

/**
 * Serves queries from the vectors as int8 rows (one scale a row, scored with WebAssembly SIMD), then
 * re-ranks exactly with the float32 values read from the Vectra files: the result is exactly that
 * of a float scan (cosine, best first, equal scores in store order), since every row whose int8
 * score plus the bound on its error could reach the K-th exact score is re-ranked. The filter fields
 * are typed-array columns; Vectra is only needed to write.
 */
export class VectorStore {
  private constructor(
    /** The int8 rows; each row's factor is its scale over its float length, so its scores are cosines. */
    private readonly scan: Int8Scan,
    /** The float32 rows, read from the shard files when a query re-ranks. */
    private readonly floats: ShardRows,
    /** 1 / the length of each row: cosine = dot × this, without rewriting the stored values. */
    private readonly inverseNorm: Float32Array,
    /** Per row: the length of what quantization lost, over the row's length (bounds the int8 cosine's error). */
    private readonly quantizationError: Float32Array,
    readonly dimension: number,
    private readonly ids: string[],
    /** Per chunk: index into `records`, its day, and codes into `names`. */
    private readonly recordOf: Column,
    private readonly day: Column,
    private readonly spokespersonOf: Column,
    private readonly outletOf: Column,
    private readonly keyOf: Column,
    private readonly records: string[],
    private readonly names: string[],
  ) {}

  get size(): number {
    return this.ids.length;
  }

  /**
   * Writes a new store holding exactly `chunks` in Vectra's own file format, through Vectra's codec.
   * Shards whose content is unchanged since `previousDir` are hard-linked instead of encoded again, and
   * so are all the shards of `keptYears` (whose chunks are not in `chunks`: the caller knows that year
   * holds what it held in `previousDir`, and so need not read its vectors).
   */
  static async write(generationDir: string, chunks: StoredChunk[], previousDir?: string | null, keptYears: ReadonlySet<string> = new Set()): Promise<void> {
    let codec: InstanceType<typeof import('vectra').ProtobufCodec> | undefined;
    const dir = join(generationDir, VECTORS_DIR);
    mkdirSync(dir, { recursive: true });
    const byYear = new Map<string, ShardEntry[]>();
    if (keptYears.size > 0) {
      for (const entry of shardEntries(previousDir!) ?? []) {
        const year = entry.file.slice(0, 4);
        if (!keptYears.has(year)) continue;
        if (!reuseFile(join(previousDir!, VECTORS_DIR, entry.file), join(dir, entry.file))) throw new Error(`${join(previousDir!, VECTORS_DIR, entry.file)} could not be read`);
        await reuseSidecar(join(previousDir!, VECTORS_DIR), dir, entry.file);
        byYear.set(year, [...(byYear.get(year) ?? []), { file: entry.file, items: entry.items }]); // a few shards a year
      }
    }
    for (const { label, chunks: shard } of shardsOf(chunks)) {
      const year = label.slice(0, 4);
      if (keptYears.has(year)) throw new Error(`chunks given for ${year}, a year kept from the previous generation`);
      const file = `${label}-${shardHash(shard)}.pb`;
      byYear.set(year, [...(byYear.get(year) ?? []), { file, items: shard.length }]);
      if (previousDir && reuseFile(join(previousDir, VECTORS_DIR, file), join(dir, file))) {
        await reuseSidecar(join(previousDir, VECTORS_DIR), dir, file);
        continue;
      }
      codec ??= new (await loadProtobufCodec())();
      const items = shard.map((c) => {
        const vector = Array.from(c.vector);
        return { id: c.id, metadata: c.metadata, vector, norm: Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0)) };
      });
      const bytes = codec.serializeIndex({ version: 1, metadata_config: {}, items });
      writeFileDurable(join(dir, file), bytes);
      await writeSidecar(bytes, dir, file);
    }
    const entries = [...byYear.keys()].sort().flatMap((year) => byYear.get(year)!);
    writeFileDurable(join(dir, SHARDS_FILE), JSON.stringify(entries));
  }

  /** Whether a generation lists vector shards. */
  static listed(generationDir: string): boolean {
    return shardEntries(generationDir) !== null;
  }

  /** The years a generation's vector shards hold, or null when it lists none. */
  static years(generationDir: string): Set<string> | null {
    const entries = shardEntries(generationDir);
    return entries && new Set(entries.map((e) => e.file.slice(0, 4)));
  }

  /**
   * The chunks a generation stores for the given years (decoding only their shards), each vector a
   * copy of the values as stored: what an update reuses of a year it writes again.
   */
  static async chunksOfYears(generationDir: string, years: ReadonlySet<string>): Promise<StoredChunk[]> {
    const { decodeVectraShard } = await import('./vectra-file.js');
    const chunks: StoredChunk[] = [];
    for (const entry of shardEntries(generationDir) ?? []) {
      if (!years.has(entry.file.slice(0, 4))) continue;
      const path = join(generationDir, VECTORS_DIR, entry.file);
      decodeVectraShard(readFileSync(path), path, (id, metadata, vectorBytes) => {
        const vector = new Float32Array(vectorBytes.length / 4);
        new Uint8Array(vector.buffer).set(vectorBytes);
        chunks.push({ id, vector, metadata: metadata as ChunkMetadata });
      });
    }
    return chunks;
  }

  /** Loads a generation's vectors into memory (without Vectra); null when the generation has none. */
  static async open(generationDir: string, options: OpenVectorsOptions = {}): Promise<VectorStore | null> {
    const dir = join(generationDir, VECTORS_DIR);
    const entries = shardEntries(generationDir);
    if (!entries) return null;
    // protobufjs costs ~90 ms to load: a lexical-mode process (which imports this module for `dayNumber`) never pays it.
    const { decodeVectraShard } = await import('./vectra-file.js');
    const count = entries.reduce((n, e) => n + e.items, 0);
    const ids: string[] = [];
    const columns = { record: new Int32Array(count), day: new Int32Array(count), spokesperson: new Int32Array(count), outlet: new Int32Array(count), key: new Int32Array(count) };
    // Record ids by code: a sidecar's strings appended whole, looked up by none (a row names its record only for the results).
    const records: string[] = [];
    const names = new Interner();
    let scan: Int8Scan | null = null;
    let quantizer: ReturnType<Int8Scan['quantizer']> | null = null;
    let dimension = 0;
    const inverseNorm = new Float32Array(count);
    const shardOf = new Int32Array(count);
    const floatAt = new Float64Array(count);
    const loose = new Map<number, Float32Array>();
    const paths = entries.map((entry) => join(dir, entry.file));
    const shardReader = new ReusedBuffer();
    for (const [shard, entry] of entries.entries()) {
      const path = paths[shard]!;
      const before = ids.length;
      const sidecar = options.sidecars === false ? null : readSidecarOf(path, entry.items, shardReader);
      if (sidecar && ids.length + sidecar.count <= count) {
        if (dimension === 0) {
          dimension = sidecar.dimension;
          scan = Int8Scan.create(count, dimension, options);
          quantizer = scan.quantizer();
        }
        if (sidecar.dimension !== dimension) throw new Error(`${path}${SIDECAR_SUFFIX}: vectors of ${sidecar.dimension} values, not ${dimension}`);
        const int8 = scan as unknown as Int8Scan;
        const row0 = ids.length;
        int8.matrix.set(sidecar.matrix, row0 * int8.stride);
        int8.scales.set(sidecar.scales, row0);
        int8.residuals.set(sidecar.residuals, row0);
        inverseNorm.set(sidecar.inverseNorm, row0);
        floatAt.set(sidecar.floatAt, row0);
        shardOf.fill(shard, row0, row0 + sidecar.count);
        columns.day.set(sidecar.day, row0);
        // The sidecar's string codes as this store's: names coded once each (filters compare codes), records by their place.
        const recordBase = records.length;
        for (const string of sidecar.strings) records.push(string);
        const nameCodes = new Int32Array(sidecar.strings.length).fill(-1);
        const nameCode = (local: number): number => (nameCodes[local]! >= 0 ? nameCodes[local]! : (nameCodes[local] = names.code(sidecar.strings[local]!)));
        for (let i = 0; i < sidecar.count; i++) {
          columns.record[row0 + i] = recordBase + sidecar.record[i]!;
          columns.spokesperson[row0 + i] = nameCode(sidecar.spokesperson[i]!);
          columns.outlet[row0 + i] = nameCode(sidecar.outlet[i]!);
          columns.key[row0 + i] = nameCode(sidecar.key[i]!);
        }
        for (const id of sidecar.ids) ids.push(id);
        continue;
      }
      decodeVectraShard(shardReader.read(path), path, (id, metadata, vectorBytes, norm, vectorAt) => {
        const row = ids.length;
        if (row >= count) throw new Error(`${path}: more vectors than ${SHARDS_FILE} lists`);
        if (dimension === 0) {
          dimension = vectorBytes.length / 4;
          scan = Int8Scan.create(count, dimension, options);
          quantizer = scan.quantizer();
        }
        if (vectorBytes.length !== dimension * 4) throw new Error(`${path}: vector of ${id} has ${vectorBytes.length / 4} values, not ${dimension}`);
        quantizer!.add(row, vectorBytes);
        shardOf[row] = shard;
        floatAt[row] = vectorAt ?? -1;
        if (vectorAt === null || norm === null) {
          const values = new Float32Array(dimension);
          new Uint8Array(values.buffer).set(vectorBytes);
          if (vectorAt === null) loose.set(row, values);
          if (norm === null) norm = Math.sqrt(dot(values, 0, values, dimension));
        }
        ids.push(id);
        inverseNorm[row] = norm > 0 ? 1 / norm : 0;
        columns.record[row] = records.push(String(metadata.record ?? '')) - 1;
        columns.day[row] = Number(metadata.day ?? 0);
        columns.spokesperson[row] = names.code(String(metadata.spokesperson ?? ''), 0);
        columns.outlet[row] = names.code(String(metadata.outlet ?? ''), 1);
        columns.key[row] = names.code(String(metadata.key ?? ''), 2);
      });
      if (ids.length - before !== entry.items) throw new Error(`${path}: ${ids.length - before} vectors, ${SHARDS_FILE} says ${entry.items}`);
    }
    (quantizer as ReturnType<Int8Scan['quantizer']> | null)?.flush();
    const int8 = (scan as Int8Scan | null) ?? Int8Scan.create(0, 0, { simd: false }); // a store of no vectors
    const quantizationError = new Float32Array(count);
    for (let row = 0; row < count; row++) {
      int8.factor[row] = int8.scales[row]! * inverseNorm[row]!;
      quantizationError[row] = Math.sqrt(int8.residuals[row]!) * inverseNorm[row]!;
    }
    const floats = new ShardRows(paths, shardOf, floatAt, dimension, loose);
    return new VectorStore(int8, floats, inverseNorm, quantizationError, dimension, ids, columns.record, columns.day, columns.spokesperson, columns.outlet, columns.key, records, names.values);
  }

  /** Every chunk, its vector a copy of the values as stored (read from the shard files). */
  chunks(): StoredChunk[] {
    const vectors: Float32Array[] = [];
    this.floats.read(Int32Array.from(this.ids, (_, i) => i), (_, values) => vectors.push(values.slice()));
    return this.ids.map((id, i) => ({
      id,
      vector: vectors[i]!,
      metadata: {
        record: this.records[this.recordOf[i]!]!,
        key: this.names[this.keyOf[i]!]!,
        day: this.day[i]!,
        spokesperson: this.names[this.spokespersonOf[i]!]!,
        outlet: this.names[this.outletOf[i]!]!,
      },
    }));
  }

  /** Whether the int8 rows are scored by WebAssembly SIMD (else by the JavaScript loop). */
  get simd(): boolean {
    return this.scan.simd;
  }

  /** Best chunks for a query vector by cosine similarity, narrowed by day range and exact names. */
  async query(vector: ArrayLike<number>, topK: number, where: VectorFilter = {}): Promise<VectorMatch[]> {
    return this.search(vector, topK, where).matches;
  }

  /**
   * `query`, and how many rows it re-ranked with their float values: those of the pool taken from
   * the int8 scores, and those beyond it whose int8 score could still reach the K-th (what
   * `rerankPool` is chosen by).
   */
  search(vector: ArrayLike<number>, topK: number, where: VectorFilter = {}, poolSize = rerankPool(topK)): { matches: VectorMatch[]; pooled: number; beyond: number } {
    const d = this.dimension;
    if (vector.length !== d) throw new Error(`query vector has ${vector.length} values, the store ${d}`);
    const q = Float32Array.from(vector);
    const queryNorm = Math.sqrt(dot(q, 0, q, d));
    if (queryNorm > 0) for (let j = 0; j < d; j++) q[j] = q[j]! / queryNorm;
    const passes = this.rowFilter(where);
    const { scores, queryError } = this.scan.scores(q);
    const n = this.ids.length;
    // 1. The best rows by int8 score.
    const pool = new TopK(Math.max(poolSize, topK));
    for (let row = 0; row < n; row++) {
      if (passes && !passes(row)) continue;
      const score = scores[row]!;
      if (pool.takes(score, row)) pool.offer(row, score);
    }
    // 2. Their exact cosines.
    const top = new TopK(topK);
    const exact = (rows: Int32Array): void => {
      this.floats.read(rows.sort(), (row, values) => {
        const score = dot(values, 0, q, d) * this.inverseNorm[row]!;
        if (top.takes(score, row)) top.offer(row, score);
      });
    };
    const pooled = pool.rowList();
    exact(pooled);
    // 3. Any row outside the pool whose exact cosine could still reach the K-th: the int8 cosine is off by at most
    // |row error| · |query| + |row| · |query error| + |row error| · |query error| (Cauchy–Schwarz), over the row's length.
    let beyond = 0;
    if (pool.full && topK > 0) {
      const kth = top.worst;
      const inPool = new Uint8Array(n);
      for (const row of pooled) inPool[row] = 1;
      const error = this.quantizationError;
      const reach: number[] = [];
      for (let row = 0; row < n; row++) {
        if (inPool[row] === 1 || (passes && !passes(row))) continue;
        if (scores[row]! + error[row]! * (1 + queryError) + queryError + ROUNDING_SLACK >= kth) reach.push(row);
      }
      beyond = reach.length;
      if (beyond > 0) exact(Int32Array.from(reach));
    }
    const matches = top.sorted().map(({ row, score }) => ({ record: this.records[this.recordOf[row]!]!, similarity: score }));
    return { matches, pooled: pooled.length, beyond };
  }

  /** Whether a row passes the filters; null when nothing is filtered. */
  private rowFilter(where: VectorFilter): ((row: number) => boolean) | null {
    const allowed = (wanted: string[] | undefined): Uint8Array | null => {
      if (!wanted) return null;
      const set = new Set(wanted);
      return Uint8Array.from(this.names, (name) => (set.has(name) ? 1 : 0));
    };
    const spokespeople = allowed(where.spokespeople);
    const outlets = allowed(where.outlets);
    const from = where.from ?? -Infinity;
    const to = where.to ?? Infinity;
    if (spokespeople === null && outlets === null && from === -Infinity && to === Infinity) return null;
    const { day, spokespersonOf, outletOf } = this;
    return (row) => {
      const d = day[row]!;
      if (d < from || d > to) return false;
      if (spokespeople && spokespeople[spokespersonOf[row]!] === 0) return false;
      if (outlets && outlets[outletOf[row]!] === 0) return false;
      return true;
    };
  }
}

/**
 * Vectra's protobuf codec, the class its LocalIndex writes with, loaded from its own module: the
 * package's entry also loads a GPT tokenizer, cheerio and wink-nlp (0.7-0.9 s of CPU here, against
 * 0.05 s for the codec), which an index update paid each time. Should a Vectra version move that
 * file, the entry is imported instead.
 */
export async function loadProtobufCodec(): Promise<typeof import('vectra').ProtobufCodec> {
  try {
    const require = createRequire(import.meta.url);
    const codecFile = join(dirname(require.resolve('vectra')), 'codecs', 'ProtobufCodec.js');
    return (require(codecFile) as typeof import('vectra')).ProtobufCodec;
  } catch {
    return (await import('vectra')).ProtobufCodec;
  }
}

/** Dot product of `q` with the row starting at `offset`, unrolled by four. */
export function dot(m: Float32Array, offset: number, q: Float32Array, d: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let j = 0;
  for (; j + 3 < d; j += 4) {
    s0 += m[offset + j]! * q[j]!;
    s1 += m[offset + j + 1]! * q[j + 1]!;
    s2 += m[offset + j + 2]! * q[j + 2]!;
    s3 += m[offset + j + 3]! * q[j + 3]!;
  }
  for (; j < d; j++) s0 += m[offset + j]! * q[j]!;
  return s0 + s1 + s2 + s3;
}

/**
 * The k best rows by score, a higher score first and of equal scores the earlier row (store order,
 * whatever order rows are offered in): a min-heap, so a row worse than the k-th costs one comparison.
 */
class TopK {
  private readonly rows: Int32Array;
  private readonly scores: Float64Array;
  private length = 0;
  constructor(private readonly k: number) {
    this.rows = new Int32Array(Math.max(k, 0));
    this.scores = new Float64Array(Math.max(k, 0));
  }

  get full(): boolean {
    return this.k > 0 && this.length === this.k;
  }

  /** The k-th score (the lowest kept). */
  get worst(): number {
    return this.scores[0]!;
  }

  /** Whether `offer` would keep this row (a full list keeps only a row better than its worst). */
  takes(score: number, row: number): boolean {
    return this.k > 0 && (this.length < this.k || worse(this.scores[0]!, this.rows[0]!, score, row));
  }

  offer(row: number, score: number): void {
    if (this.k <= 0) return;
    const { rows, scores } = this;
    if (this.length < this.k) {
      let i = this.length++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(score, row, scores[parent]!, rows[parent]!)) break;
        rows[i] = rows[parent]!;
        scores[i] = scores[parent]!;
        i = parent;
      }
      rows[i] = row;
      scores[i] = score;
      return;
    }
    if (!worse(scores[0]!, rows[0]!, score, row)) return;
    // Sift the new row down from the root, moving the worse child up.
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.length) break;
      const r = l + 1;
      const child = r < this.length && worse(scores[r]!, rows[r]!, scores[l]!, rows[l]!) ? r : l;
      if (!worse(scores[child]!, rows[child]!, score, row)) break;
      rows[i] = rows[child]!;
      scores[i] = scores[child]!;
      i = child;
    }
    rows[i] = row;
    scores[i] = score;
  }

  /** The kept rows, in no order. */
  rowList(): Int32Array {
    return this.rows.slice(0, this.length);
  }

  /** Best first; equal scores in store order. */
  sorted(): { row: number; score: number }[] {
    return Array.from(this.rows.subarray(0, this.length), (row, i) => ({ row, score: this.scores[i]! })).sort((a, b) => b.score - a.score || a.row - b.row);
  }
}

/** Whether a row of score `a` at `aRow` ranks below one of score `b` at `bRow` (equal scores: the later row below). */
function worse(a: number, aRow: number, b: number, bRow: number): boolean {
  return a < b || (a === b && aRow > bRow);
}

/** The sidecar of the shard at `path` when there is one that matches it (`reader`'s view: valid until its next read). */
function readSidecarOf(path: string, items: number, reader: ReusedBuffer): SidecarRows | null {
  let bytes: Buffer;
  try {
    bytes = reader.read(path + SIDECAR_SUFFIX);
  } catch {
    return null; // none: the shard is decoded
  }
  return readSidecar(bytes, statSync(path).size, items);
}

/**
 * Reads files one after another into one buffer, grown when a file is larger: loading a store reads
 * some 250 MB at 25x, and a new buffer a file had the garbage collector run again and again.
 */
class ReusedBuffer {
  private buffer = Buffer.alloc(0);

  /** The file's bytes: a view valid until the next read. */
  read(path: string): Buffer {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      // Its own memory (never the shared pool): a sidecar's columns are typed-array views at multiples of 8.
      if (size > this.buffer.length) this.buffer = Buffer.allocUnsafeSlow(Math.max(size, this.buffer.length * 2));
      for (let offset = 0; offset < size; ) {
        const read = readSync(fd, this.buffer, offset, size - offset, offset);
        if (read === 0) throw new Error(`${path}: ended after ${offset} of ${size} bytes`);
        offset += read;
      }
      return this.buffer.subarray(0, size);
    } finally {
      closeSync(fd);
    }
  }
}

/** Strings stored once, referred to by number. */
class Interner {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();
  /** Per slot (a column coded with this interner), the last value and its code. */
  private readonly lastValues: (string | undefined)[] = [];
  private readonly lastCodes: number[] = [];
  code(value: string, slot = 0): number {
    // Consecutive chunks mostly repeat a briefing's names: the same string as last time in this column costs no lookup.
    if (value === this.lastValues[slot]) return this.lastCodes[slot]!;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.push(value) - 1;
      this.codes.set(value, code);
    }
    this.lastValues[slot] = value;
    this.lastCodes[slot] = code;
    return code;
  }
}

/** Consecutive runs of one year's briefings, at most SHARD_ITEMS chunks unless one briefing is larger. */
function shardsOf(chunks: StoredChunk[]): { label: string; chunks: StoredChunk[] }[] {
  const byYear = new Map<string, StoredChunk[]>();
  for (const c of chunks) {
    const year = String(c.metadata.day).slice(0, 4);
    const list = byYear.get(year) ?? [];
    list.push(c);
    byYear.set(year, list);
  }
  const shards: { label: string; chunks: StoredChunk[] }[] = [];
  for (const year of [...byYear.keys()].sort()) {
    const list = byYear.get(year)!;
    let part = 0;
    let start = 0;
    for (let i = 1; i <= list.length; i++) {
      const boundary = i === list.length || list[i]!.metadata.key !== list[i - 1]!.metadata.key;
      if (boundary && (i - start >= SHARD_ITEMS || i === list.length)) {
        shards.push({ label: `${year}-${part++}`, chunks: list.slice(start, i) });
        start = i;
      }
    }
  }
  return shards;
}

/** A generation's list of shards; null when it has no vectors. */
function shardEntries(generationDir: string): ShardEntry[] | null {
  try {
    return JSON.parse(readFileSync(join(generationDir, VECTORS_DIR, SHARDS_FILE), 'utf8')) as ShardEntry[];
  } catch {
    return null;
  }
}

/** Names a shard by its content, so an unchanged shard is recognised in the previous generation. */
function shardHash(chunks: StoredChunk[]): string {
  const hash = createHash('sha1');
  for (const c of chunks) {
    hash.update(c.id).update('\0').update(JSON.stringify(c.metadata)).update('\0');
    const v = c.vector instanceof Float32Array ? c.vector : Float32Array.from(c.vector);
    hash.update(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
  }
  return hash.digest('base64url').slice(0, 16);
}

/** Writes the int8 sidecar of the shard `file` (vector-sidecar.ts), from its bytes. */
async function writeSidecar(shard: Uint8Array, dir: string, file: string): Promise<void> {
  const { decodeVectraShard } = await import('./vectra-file.js');
  const sidecar = sidecarOf(shard, join(dir, file), decodeVectraShard);
  if (sidecar) writeFileDurable(join(dir, file + SIDECAR_SUFFIX), sidecar);
}

/** The sidecar of a shard reused from `fromDir`: linked when it is there, else made from the shard (a store written before sidecars). */
async function reuseSidecar(fromDir: string, dir: string, file: string): Promise<void> {
  if (reuseFile(join(fromDir, file + SIDECAR_SUFFIX), join(dir, file + SIDECAR_SUFFIX))) return;
  await writeSidecar(readFileSync(join(dir, file)), dir, file);
}

function reuseFile(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    try {
      copyFileSync(from, to);
      return true;
    } catch {
      return false;
    }
  }
}
