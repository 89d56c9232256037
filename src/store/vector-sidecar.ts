import { Int8Scan } from './simd/scan.js';
import type { ShardItem } from './vectra-file.js';

/**
 * A derived file beside each Vectra shard, `<shard>.pb.int8`: what loading the shard produces (its rows
 * as int8 with their scales and residuals, each row's length and the byte position of its floats in
 * the shard, the filter columns, the ids), so a search process reads it instead of decoding the
 * protobuf. The `.pb` stays the store of record: the sidecar is written with it, checked against it
 * on load (the shard's name holds its content hash, and the header its size, count and dimension),
 * and ignored when missing or not matching, the shard then decoded as before.
 *
 * Layout, little-endian: the 8-byte magic, then u32 count, dimension, stride, JSON length, f64 the
 * shard's size in bytes; then, each at a multiple of 8, the int8 rows (count × stride), the float
 * positions (f64), scales, residuals, inverse lengths (f32), day, record, spokesperson, outlet and
 * key (i32, the last four codes into the JSON's `strings`), and the JSON `{"ids":[…],"strings":[…]}`.
 */
export const SIDECAR_SUFFIX = '.int8';
const MAGIC = Buffer.from('SPOXI8\0\u0001', 'latin1');
const HEADER = 32;

export interface SidecarRows {
  count: number;
  dimension: number;
  stride: number;
  matrix: Int8Array;
  floatAt: Float64Array;
  scales: Float32Array;
  residuals: Float32Array;
  inverseNorm: Float32Array;
  day: Int32Array;
  record: Int32Array;
  spokesperson: Int32Array;
  outlet: Int32Array;
  key: Int32Array;
  ids: string[];
  strings: string[];
}

const padded = (n: number): number => Math.ceil(n / 8) * 8;

/** Byte offsets of the columns of a sidecar of `count` rows of `stride` bytes. */
function layout(count: number, stride: number): { [column: string]: number; end: number } {
  let at = HEADER;
  const take = (bytes: number): number => ((at = padded(at) + bytes), at - bytes);
  const matrix = take(count * stride);
  const floatAt = take(count * 8);
  const scales = take(count * 4);
  const residuals = take(count * 4);
  const inverseNorm = take(count * 4);
  const day = take(count * 4);
  const record = take(count * 4);
  const spokesperson = take(count * 4);
  const outlet = take(count * 4);
  const key = take(count * 4);
  return { matrix, floatAt, scales, residuals, inverseNorm, day, record, spokesperson, outlet, key, end: padded(at) };
}

/**
 * The sidecar of a shard, from the shard's bytes (decoded by `decode`, vectra-file.ts's reader); null
 * when the shard holds no rows, a vector not stored packed (whose floats cannot be read by position)
 * or one without its length (which loading computes): such a shard is decoded on each load.
 */
export function sidecarOf(shard: Uint8Array, name: string, decode: (file: Uint8Array, name: string, item: ShardItem) => void): Buffer | null {
  const ids: string[] = [];
  const strings: string[] = [];
  const codes = new Map<string, number>();
  const code = (value: unknown): number => {
    const text = String(value ?? '');
    let c = codes.get(text);
    if (c === undefined) codes.set(text, (c = strings.push(text) - 1));
    return c;
  };
  const rows: { at: number; norm: number; day: number; codes: number[]; bytes: Uint8Array }[] = [];
  let complete = true;
  decode(shard, name, (id, metadata, vectorBytes, norm, vectorAt) => {
    if (vectorAt === null || norm === null) complete = false;
    ids.push(id);
    rows.push({
      at: vectorAt ?? -1, norm: norm ?? 0, day: Number(metadata.day ?? 0), bytes: vectorBytes,
      codes: [code(metadata.record), code(metadata.spokesperson), code(metadata.outlet), code(metadata.key)],
    });
  });
  const count = rows.length;
  if (!complete || count === 0) return null;
  const dimension = rows[0]!.bytes.length / 4;
  if (rows.some((r) => r.bytes.length !== dimension * 4)) return null;
  const scan = Int8Scan.create(count, dimension);
  const quantizer = scan.quantizer();
  rows.forEach((r, row) => quantizer.add(row, r.bytes));
  quantizer.flush();
  const json = Buffer.from(JSON.stringify({ ids, strings }));
  const at = layout(count, scan.stride);
  const out = Buffer.alloc(at.end + json.length);
  MAGIC.copy(out, 0);
  out.writeUInt32LE(count, 8);
  out.writeUInt32LE(dimension, 12);
  out.writeUInt32LE(scan.stride, 16);
  out.writeUInt32LE(json.length, 20);
  out.writeDoubleLE(shard.length, 24);
  const view = <T extends Float64Array | Float32Array | Int32Array>(Type: { new (b: ArrayBuffer, o: number, n: number): T }, offset: number): T =>
    new Type(out.buffer as ArrayBuffer, out.byteOffset + offset, count);
  new Int8Array(out.buffer, out.byteOffset + at.matrix!, count * scan.stride).set(scan.matrix);
  view(Float32Array, at.scales!).set(scan.scales);
  view(Float32Array, at.residuals!).set(scan.residuals);
  const floatAt = view(Float64Array, at.floatAt!);
  const inverseNorm = view(Float32Array, at.inverseNorm!);
  const day = view(Int32Array, at.day!);
  const columns = [view(Int32Array, at.record!), view(Int32Array, at.spokesperson!), view(Int32Array, at.outlet!), view(Int32Array, at.key!)];
  rows.forEach((r, row) => {
    floatAt[row] = r.at;
    inverseNorm[row] = r.norm > 0 ? 1 / r.norm : 0;
    day[row] = r.day;
    r.codes.forEach((c, i) => (columns[i]![row] = c));
  });
  json.copy(out, at.end);
  return out;
}

/**
 * A sidecar's rows, views into `file` (valid while it is); null when it is not one, or not the sidecar of a shard
 * of `shardBytes` bytes holding `count` rows.
 */
export function readSidecar(file: Buffer, shardBytes: number, count: number): SidecarRows | null {
  if (file.length < HEADER || !file.subarray(0, 8).equals(MAGIC)) return null;
  if (file.readUInt32LE(8) !== count || file.readDoubleLE(24) !== shardBytes || file.byteOffset % 8 !== 0) return null;
  const dimension = file.readUInt32LE(12);
  const stride = file.readUInt32LE(16);
  const jsonBytes = file.readUInt32LE(20);
  const at = layout(count, stride);
  if (file.length !== at.end + jsonBytes) return null;
  const { ids, strings } = JSON.parse(file.toString('utf8', at.end)) as { ids: string[]; strings: string[] };
  if (ids.length !== count) return null;
  const buffer = file.buffer as ArrayBuffer;
  const view = <T extends Float64Array | Float32Array | Int32Array>(Type: { new (b: ArrayBuffer, o: number, n: number): T }, offset: number): T =>
    new Type(buffer, file.byteOffset + offset, count);
  return {
    count, dimension, stride, ids, strings,
    matrix: new Int8Array(buffer, file.byteOffset + at.matrix!, count * stride),
    floatAt: view(Float64Array, at.floatAt!),
    scales: view(Float32Array, at.scales!),
    residuals: view(Float32Array, at.residuals!),
    inverseNorm: view(Float32Array, at.inverseNorm!),
    day: view(Int32Array, at.day!),
    record: view(Int32Array, at.record!),
    spokesperson: view(Int32Array, at.spokesperson!),
    outlet: view(Int32Array, at.outlet!),
    key: view(Int32Array, at.key!),
  };
}
