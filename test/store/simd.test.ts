import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScanWat, scanModuleSource } from '../../scripts/build-simd.mjs';
import { Int8Scan } from '../../src/store/simd/scan.js';
import { seededRandom } from '../../src/util/seeded-random.js';

function filled(n: number, random: () => number): Float32Array {
  return Float32Array.from({ length: n }, () => random() * 2 - 1);
}

function quantized(rows: number, dim: number, values: Float32Array, simd: boolean): Int8Scan {
  const scan = Int8Scan.create(rows, dim, { simd });
  const quantizer = scan.quantizer();
  for (let row = 0; row < rows; row++) quantizer.add(row, new Uint8Array(values.buffer, row * dim * 4, dim * 4));
  quantizer.flush();
  return scan;
}

/** The integer dot product of the row with the query in int16 (its largest value 32,767), times the row's factor and the query's scale. */
function expected(scan: Int8Scan, query: Float32Array, row: number): number {
  const queryScale = Math.fround(Math.max(...Array.from(query, Math.abs)) / 32_767);
  let sum = 0;
  for (let j = 0; j < scan.dimension; j++) sum += scan.matrix[row * scan.stride + j]! * Math.round(query[j]! / queryScale);
  return sum * scan.factor[row]! * queryScale;
}

/** Equal but for float32 rounding. */
function expectNear(actual: number, wanted: number): void {
  expect(Math.abs(actual - wanted)).toBeLessThanOrEqual(1e-6 * Math.abs(wanted) + 1e-6);
}

describe('the int8 scan of the vectors', () => {
  it('is built from scan.wat as committed', async () => {
    const committed = readFileSync('src/store/simd/scan-wasm.ts', 'utf8');
    expect(committed).toBe(scanModuleSource(await compileScanWat()));
  });

  it('quantizes each row with its own scale, in WebAssembly SIMD and in JavaScript alike', () => {
    const random = seededRandom(3);
    for (const [rows, dim] of [[700, 384], [37, 16], [5, 12]] as const) {
      const values = filled(rows * dim, random);
      values.fill(0, 0, dim); // an all-zero row
      const scans = [quantized(rows, dim, values, true), quantized(rows, dim, values, false)];
      expect(scans.map((s) => s.simd)).toEqual([true, false]);
      for (const scan of scans) {
        expect(scan.stride % 16).toBe(0);
        let worstRounding = 0;
        let worstResidual = 0;
        let worstScale = 0;
        let padding = 0;
        for (let row = 0; row < rows; row++) {
          const x = values.subarray(row * dim, (row + 1) * dim);
          const scale = scan.scales[row]!;
          worstScale = Math.max(worstScale, Math.abs(scale - Math.max(...Array.from(x, Math.abs)) / 127));
          let residual = 0;
          for (let j = 0; j < dim; j++) {
            const lost = x[j]! - scan.matrix[row * scan.stride + j]! * scale;
            worstRounding = Math.max(worstRounding, Math.abs(lost) - scale / 2);
            residual += lost * lost;
          }
          for (let j = dim; j < scan.stride; j++) padding += Math.abs(scan.matrix[row * scan.stride + j]!);
          worstResidual = Math.max(worstResidual, Math.abs(scan.residuals[row]! - residual));
        }
        expect(worstScale).toBeLessThan(1e-8);
        expect(worstRounding).toBeLessThan(1e-7); // every value within half a step of the float
        expect(worstResidual).toBeLessThan(1e-6);
        expect(padding).toBe(0);
        expect(Array.from(scan.matrix.subarray(0, dim))).toEqual(new Array(dim).fill(0));
      }
    }
  });

  it('scores every row as the exact integer dot product with the int16 query, times the row factor and the query scale', () => {
    const random = seededRandom(7);
    for (const [rows, dim] of [[1_000, 384], [37, 16], [5, 12]] as const) {
      const values = filled(rows * dim, random);
      for (const simd of [true, false]) {
        const scan = quantized(rows, dim, values, simd);
        for (let row = 0; row < rows; row++) scan.factor[row] = 1 + row / rows;
        const query = filled(dim, random);
        const length = Math.hypot(...query);
        for (let j = 0; j < dim; j++) query[j] = query[j]! / length;
        const { scores, queryError } = scan.scores(query);
        expect(scores).toHaveLength(rows);
        expect(queryError).toBeLessThan(1e-3);
        for (let row = 0; row < rows; row++) expectNear(scores[row]!, expected(scan, query, row));
        // A second query overwrites the first one's scores.
        const other = filled(dim, random).map((v) => v / 10);
        expectNear(scan.scores(other).scores[rows - 1]!, expected(scan, other, rows - 1));
      }
    }
  });
});
