import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScanWat, scanModuleSource } from '../../scripts/build-simd.mjs';
import { SimdScan } from '../../src/store/simd/scan.js';
import { dot } from '../../src/store/vectors.js';
import { seededRandom } from '../../src/util/seeded-random.js';

function filled(n: number, random: () => number): Float32Array {
  return Float32Array.from({ length: n }, () => random() * 2 - 1);
}

describe('the WebAssembly SIMD scan of the vectors', () => {
  it('is built from scan.wat as committed', async () => {
    const committed = readFileSync('src/store/simd/scan-wasm.ts', 'utf8');
    expect(committed).toBe(scanModuleSource(await compileScanWat()));
  });

  it('scores every row as the JavaScript dot product does, at MiniLM size, the tiny model size and a size with a four-float tail', () => {
    const random = seededRandom(7);
    for (const [rows, dim] of [[1_000, 384], [37, 16], [5, 12]] as const) {
      const scan = SimdScan.create(rows, dim)!;
      expect(scan).not.toBeNull();
      scan.matrix.set(filled(rows * dim, random));
      const query = filled(dim, random);
      const scores = scan.scores(query);
      expect(scores).toHaveLength(rows);
      for (let row = 0; row < rows; row++) {
        expect(scores[row]).toBeCloseTo(dot(scan.matrix, row * dim, query, dim), 3);
      }
      // A second query overwrites the first one's scores.
      const other = filled(dim, random);
      expect(scan.scores(other)[rows - 1]).toBeCloseTo(dot(scan.matrix, (rows - 1) * dim, other, dim), 3);
    }
  });

  it('declines what it cannot scan, so the plain loop serves', () => {
    expect(SimdScan.create(10, 6)).toBeNull();
    expect(SimdScan.create(0, 384)).toBeNull();
  });
});
