import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, fstatSync, linkSync, mkdirSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { VECTORS_DIR, writeFileDurable } from './layout.js';
import { SimdScan } from './simd/scan.js';
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

/**
 * Serves queries from one contiguous `Float32Array` (cosine = dot product with the unit query, times the
 * row's precomputed inverse length) with the
 * filter fields as typed-array columns; Vectra is only needed to write.
 */
export class VectorStore {
  private constructor(
    /** count × dimension, as stored. */
    private readonly matrix: Float32Array,
    /** The same matrix scored with WebAssembly SIMD; null where unavailable (the JavaScript loop serves). */
    private readonly simd: SimdScan | null,
    /** 1 / the length of each row: cosine = dot × this, without rewriting the stored values. */
    private readonly inverseNorm: Float32Array,
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
        byYear.set(year, [...(byYear.get(year) ?? []), { file: entry.file, items: entry.items }]); // a few shards a year
      }
    }
    for (const { label, chunks: shard } of shardsOf(chunks)) {
      const year = label.slice(0, 4);
      if (keptYears.has(year)) throw new Error(`chunks given for ${year}, a year kept from the previous generation`);
      const file = `${label}-${shardHash(shard)}.pb`;
      byYear.set(year, [...(byYear.get(year) ?? []), { file, items: shard.length }]);
      if (previousDir && reuseFile(join(previousDir, VECTORS_DIR, file), join(dir, file))) continue;
      codec ??= new (await import('vectra')).ProtobufCodec();
      const items = shard.map((c) => {
        const vector = Array.from(c.vector);
        return { id: c.id, metadata: c.metadata, vector, norm: Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0)) };
      });
      writeFileDurable(join(dir, file), codec.serializeIndex({ version: 1, metadata_config: {}, items }));
    }
    const entries = [...byYear.keys()].sort().flatMap((year) => byYear.get(year)!);
    writeFileDurable(join(dir, SHARDS_FILE), JSON.stringify(entries));
  }

  /** Whether a generation lists vector shards. */
  static listed(generationDir: string): boolean {
    return shardEntries(generationDir) !== null;
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
  static async open(generationDir: string): Promise<VectorStore | null> {
    const dir = join(generationDir, VECTORS_DIR);
    const entries = shardEntries(generationDir);
    if (!entries) return null;
    // protobufjs costs ~90 ms to load: a lexical-mode process (which imports this module for `dayNumber`) never pays it.
    const { decodeVectraShard } = await import('./vectra-file.js');
    const count = entries.reduce((n, e) => n + e.items, 0);
    const ids: string[] = [];
    const columns = { record: new Int32Array(count), day: new Int32Array(count), spokesperson: new Int32Array(count), outlet: new Int32Array(count), key: new Int32Array(count) };
    const records = new Interner();
    const names = new Interner();
    let matrix: Float32Array = new Float32Array(0);
    let simd: SimdScan | null = null;
    let matrixBytes: Uint8Array = new Uint8Array(0);
    let dimension = 0;
    const inverseNorm = new Float32Array(count);
    const shardReader = new ReusedBuffer();
    for (const entry of entries) {
      const path = join(dir, entry.file);
      const before = ids.length;
      decodeVectraShard(shardReader.read(path), path, (id, metadata, vectorBytes, norm) => {
        const row = ids.length;
        if (row >= count) throw new Error(`${path}: more vectors than ${SHARDS_FILE} lists`);
        if (dimension === 0) {
          dimension = vectorBytes.length / 4;
          simd = SimdScan.create(count, dimension);
          matrix = simd?.matrix ?? new Float32Array(count * dimension);
          matrixBytes = new Uint8Array(matrix.buffer, matrix.byteOffset, matrix.byteLength);
        }
        if (vectorBytes.length !== dimension * 4) throw new Error(`${path}: vector of ${id} has ${vectorBytes.length / 4} values, not ${dimension}`);
        matrixBytes.set(vectorBytes, row * dimension * 4);
        ids.push(id);
        // The length Vectra stored with the vector; NaN: computed below.
        inverseNorm[row] = norm === null ? Number.NaN : norm > 0 ? 1 / norm : 0;
        columns.record[row] = records.code(String(metadata.record ?? ''));
        columns.day[row] = Number(metadata.day ?? 0);
        columns.spokesperson[row] = names.code(String(metadata.spokesperson ?? ''), 0);
        columns.outlet[row] = names.code(String(metadata.outlet ?? ''), 1);
        columns.key[row] = names.code(String(metadata.key ?? ''), 2);
      });
      if (ids.length - before !== entry.items) throw new Error(`${path}: ${ids.length - before} vectors, ${SHARDS_FILE} says ${entry.items}`);
    }
    for (let row = 0; row < count; row++) {
      if (!Number.isNaN(inverseNorm[row]!)) continue;
      const norm = Math.sqrt(dot(matrix, row * dimension, matrix.subarray(row * dimension), dimension));
      inverseNorm[row] = norm > 0 ? 1 / norm : 0;
    }
    return new VectorStore(matrix, simd, inverseNorm, dimension, ids, columns.record, columns.day, columns.spokesperson, columns.outlet, columns.key, records.values, names.values);
  }

  /** Every chunk, its vector a view into the store (the values as stored). */
  chunks(): StoredChunk[] {
    return this.ids.map((id, i) => ({
      id,
      vector: this.matrix.subarray(i * this.dimension, (i + 1) * this.dimension),
      metadata: {
        record: this.records[this.recordOf[i]!]!,
        key: this.names[this.keyOf[i]!]!,
        day: this.day[i]!,
        spokesperson: this.names[this.spokespersonOf[i]!]!,
        outlet: this.names[this.outletOf[i]!]!,
      },
    }));
  }

  /** Best chunks for a query vector by cosine similarity, narrowed by day range and exact names. */
  async query(vector: ArrayLike<number>, topK: number, where: VectorFilter = {}): Promise<VectorMatch[]> {
    const d = this.dimension;
    if (vector.length !== d) throw new Error(`query vector has ${vector.length} values, the store ${d}`);
    const q = Float32Array.from(vector);
    const queryNorm = Math.sqrt(dot(q, 0, q, d));
    if (queryNorm > 0) for (let j = 0; j < d; j++) q[j] = q[j]! / queryNorm;
    const allowed = (wanted: string[] | undefined): Uint8Array | null => {
      if (!wanted) return null;
      const set = new Set(wanted);
      return Uint8Array.from(this.names, (name) => (set.has(name) ? 1 : 0));
    };
    const spokespeople = allowed(where.spokespeople);
    const outlets = allowed(where.outlets);
    const from = where.from ?? -Infinity;
    const to = where.to ?? Infinity;
    const top = new TopK(topK);
    const m = this.matrix;
    // Every row at SIMD speed, then the filters; without SIMD, only the rows that pass are scored.
    const scores = this.simd?.scores(q);
    const filtered = spokespeople !== null || outlets !== null || from !== -Infinity || to !== Infinity;
    const inverseNorm = this.inverseNorm;
    for (let row = 0, n = this.ids.length; row < n; row++) {
      if (filtered) {
        const day = this.day[row]!;
        if (day < from || day > to) continue;
        if (spokespeople && spokespeople[this.spokespersonOf[row]!] === 0) continue;
        if (outlets && outlets[this.outletOf[row]!] === 0) continue;
      }
      const score = (scores ? scores[row]! : dot(m, row * d, q, d)) * inverseNorm[row]!;
      if (top.takes(score)) top.offer(row, score);
    }
    return top.sorted().map(({ row, score }) => ({ record: this.records[this.recordOf[row]!]!, similarity: score }));
  }
}

/** Dot product of `q` with the row starting at `offset`, unrolled by four (the hot loop of every query). */
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

/** The k best rows by score: a min-heap, so a row worse than the k-th costs one comparison. */
class TopK {
  private readonly rows: number[] = [];
  private readonly scores: number[] = [];
  constructor(private readonly k: number) {}

  /** Whether `offer` would keep a row of this score (a full list keeps only a higher score than its worst). */
  takes(score: number): boolean {
    return this.k > 0 && (this.rows.length < this.k || !(score <= this.scores[0]!));
  }

  offer(row: number, score: number): void {
    if (this.k <= 0) return;
    const { rows, scores } = this;
    if (rows.length < this.k) {
      rows.push(row);
      scores.push(score);
      let i = rows.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (scores[parent]! <= scores[i]!) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    if (score <= scores[0]!) return;
    rows[0] = row;
    scores[0] = score;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      if (l < rows.length && scores[l]! < scores[min]!) min = l;
      if (r < rows.length && scores[r]! < scores[min]!) min = r;
      if (min === i) break;
      this.swap(i, min);
      i = min;
    }
  }

  /** Best first; equal scores in store order. */
  sorted(): { row: number; score: number }[] {
    return this.rows.map((row, i) => ({ row, score: this.scores[i]! })).sort((a, b) => b.score - a.score || a.row - b.row);
  }

  private swap(a: number, b: number): void {
    [this.rows[a], this.rows[b]] = [this.rows[b]!, this.rows[a]!];
    [this.scores[a], this.scores[b]] = [this.scores[b]!, this.scores[a]!];
  }
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
      if (size > this.buffer.length) this.buffer = Buffer.allocUnsafe(Math.max(size, this.buffer.length * 2));
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
