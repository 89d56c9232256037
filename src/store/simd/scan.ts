import { SCAN_WASM_BASE64 } from './scan-wasm.js';

const PAGE = 65_536;
const ALIGN = 16;
/** Rows quantized per call of the WebAssembly quantizer: their floats are copied into its memory first. */
const BATCH_ROWS = 256;
let compiled: WebAssembly.Module | null | undefined;

function scanModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(Buffer.from(SCAN_WASM_BASE64, 'base64'));
    } catch {
      compiled = null; // a runtime without WebAssembly SIMD: the plain loops serve
    }
  }
  return compiled;
}

const aligned = (bytes: number): number => Math.ceil(bytes / ALIGN) * ALIGN;

type ScanFunction = (matrix: number, rows: number, stride: number, query: number, factor: number, scale: number, out: number) => void;
type QuantizeFunction = (src: number, rows: number, dim: number, dst: number, stride: number, scales: number, residuals: number) => void;

/** What a query's int8 scores are: one a row, and how far the int16 query is from the float one. */
export interface Int8Scores {
  /** Per row: the int8 row's dot product with the query, times the row's factor. */
  scores: Float32Array;
  /** Length of the difference between the unit query and its int16 values times their scale. */
  queryError: number;
}

/**
 * The vectors as int8, one symmetric scale a row (value = round(x · 127 / max|x|)): a quarter of the
 * float32 bytes, so a query reads 62 MB instead of 247 MB at archive size (160,000 rows of 384).
 * Held in WebAssembly memory and scored sixteen values a step with SIMD (scan.wat), or, where
 * WebAssembly SIMD is missing, in a plain Int8Array scored by a JavaScript loop: both give the same
 * integer sums. Rows are `stride` bytes apart (the dimension rounded up to 16, the rest zero).
 * Memory with SIMD: the rows, the query, then per row its factor, score, scale and residual, then a
 * batch of float rows being quantized.
 */
export class Int8Scan {
  readonly stride: number;
  /** rows × stride int8 values. */
  readonly matrix: Int8Array;
  /** Per row, set by the caller: what the integer dot product is multiplied by (the scale over the row's length, for a cosine). */
  readonly factor: Float32Array;
  /** Per row: max|x| / 127. */
  readonly scales: Float32Array;
  /** Per row: Σ (x − int8 · scale)², the squared length of what quantization lost. */
  readonly residuals: Float32Array;
  private readonly query: Int16Array;
  private readonly out: Float32Array;
  private readonly batch: Float32Array | null;
  private readonly wasm: { scan: ScanFunction; quantize: QuantizeFunction } | null;
  /** Largest |query value|: no integer sum of a row can then leave int32. */
  private readonly queryMax: number;

  private constructor(readonly rows: number, readonly dimension: number, useSimd: boolean) {
    this.stride = aligned(dimension);
    this.queryMax = Math.min(32_767, Math.floor((2 ** 31 - 1) / (127 * this.stride)));
    const module = useSimd && dimension % 4 === 0 ? scanModule() : null;
    const matrixBytes = rows * this.stride;
    const perRow = aligned(rows * 4);
    const queryBytes = this.stride * 2;
    const bytes = matrixBytes + queryBytes + 4 * perRow + BATCH_ROWS * dimension * 4;
    if (module && bytes <= 4 * 1024 ** 3 - PAGE) {
      const pages = Math.ceil(bytes / PAGE);
      const memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
      const exports = new WebAssembly.Instance(module, { env: { memory } }).exports;
      this.wasm = { scan: exports.scan as ScanFunction, quantize: exports.quantize as QuantizeFunction };
      const buffer = memory.buffer;
      let at = 0;
      const take = (length: number): number => ((at += length), at - length);
      this.matrix = new Int8Array(buffer, take(matrixBytes), matrixBytes);
      this.query = new Int16Array(buffer, take(queryBytes), this.stride);
      this.factor = new Float32Array(buffer, take(perRow), rows);
      this.out = new Float32Array(buffer, take(perRow), rows);
      this.scales = new Float32Array(buffer, take(perRow), rows);
      this.residuals = new Float32Array(buffer, take(perRow), rows);
      this.batch = new Float32Array(buffer, take(BATCH_ROWS * dimension * 4), BATCH_ROWS * dimension);
    } else {
      this.wasm = null;
      this.matrix = new Int8Array(matrixBytes);
      this.query = new Int16Array(this.stride);
      this.factor = new Float32Array(rows);
      this.out = new Float32Array(rows);
      this.scales = new Float32Array(rows);
      this.residuals = new Float32Array(rows);
      this.batch = null;
    }
  }

  /** Zeroed rows; `simd: false` asks for the JavaScript loops even where WebAssembly SIMD runs. */
  static create(rows: number, dimension: number, options: { simd?: boolean } = {}): Int8Scan {
    return new Int8Scan(rows, dimension, options.simd ?? true);
  }

  /** Whether the rows are scored by the WebAssembly SIMD kernel. */
  get simd(): boolean {
    return this.wasm !== null;
  }

  /** Quantizes the float rows `first`, `first + 1`, … from their little-endian float32 bytes, given one row at a time. */
  quantizer(): { add: (row: number, floatBytes: Uint8Array) => void; flush: () => void } {
    const d = this.dimension;
    if (!this.wasm) {
      const values = new Float32Array(d);
      const bytes = new Uint8Array(values.buffer);
      return {
        add: (row, floatBytes) => {
          bytes.set(floatBytes);
          this.quantizeRow(row, values);
        },
        flush: () => {},
      };
    }
    const batch = this.batch!;
    const batchBytes = new Uint8Array(batch.buffer, batch.byteOffset, batch.byteLength);
    let first = -1;
    let count = 0;
    const flush = (): void => {
      if (count === 0) return;
      this.wasm!.quantize(batch.byteOffset, count, d, this.matrix.byteOffset + first * this.stride, this.stride, this.scales.byteOffset + first * 4, this.residuals.byteOffset + first * 4);
      count = 0;
    };
    return {
      add: (row, floatBytes) => {
        if (count > 0 && (count === BATCH_ROWS || row !== first + count)) flush();
        if (count === 0) first = row;
        batchBytes.set(floatBytes, count * d * 4);
        count++;
      },
      flush,
    };
  }

  /** The JavaScript quantizer: the same rule as scan.wat's (ties may round the other way, which the residual accounts for). */
  private quantizeRow(row: number, x: Float32Array): void {
    let max = 0;
    for (let j = 0; j < x.length; j++) max = Math.max(max, Math.abs(x[j]!));
    const scale = Math.fround(max / 127);
    const inverse = max > 0 ? 127 / max : 0;
    const offset = row * this.stride;
    let residual = 0;
    for (let j = 0; j < x.length; j++) {
      const q = Math.max(-127, Math.min(127, Math.round(x[j]! * inverse)));
      this.matrix[offset + j] = q;
      const d = x[j]! - q * scale;
      residual += d * d;
    }
    this.scales[row] = scale;
    this.residuals[row] = residual;
  }

  /** Scores every row against `query` (a unit vector of `dimension` floats); the scores are overwritten by the next call. */
  scores(query: Float32Array): Int8Scores {
    let max = 0;
    for (let j = 0; j < this.dimension; j++) max = Math.max(max, Math.abs(query[j]!));
    const scale = max > 0 ? Math.fround(max / this.queryMax) : 0;
    let lost = 0;
    for (let j = 0; j < this.dimension; j++) {
      const q = scale > 0 ? Math.max(-this.queryMax, Math.min(this.queryMax, Math.round(query[j]! / scale))) : 0;
      this.query[j] = q;
      const d = query[j]! - q * scale;
      lost += d * d;
    }
    if (this.wasm) {
      this.wasm.scan(this.matrix.byteOffset, this.rows, this.stride, this.query.byteOffset, this.factor.byteOffset, scale, this.out.byteOffset);
    } else {
      this.scanInJavaScript(scale);
    }
    return { scores: this.out, queryError: Math.sqrt(lost) };
  }

  private scanInJavaScript(scale: number): void {
    const { matrix, query, stride, factor, out } = this;
    const d = this.dimension;
    for (let row = 0, offset = 0; row < this.rows; row++, offset += stride) {
      let s0 = 0;
      let s1 = 0;
      let j = 0;
      for (; j + 1 < d; j += 2) {
        s0 += matrix[offset + j]! * query[j]!;
        s1 += matrix[offset + j + 1]! * query[j + 1]!;
      }
      if (j < d) s0 += matrix[offset + j]! * query[j]!;
      out[row] = (s0 + s1) * factor[row]! * scale;
    }
  }
}
