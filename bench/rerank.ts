/**
 * `npm run bench:rerank [-- --scale 25]`: the int8 scan with its exact float re-rank (src/store/vectors.ts)
 * against an exact float scan of the same vectors, on the synthetic store of `npm run bench` (MiniLM-sized
 * random vectors, 1.5 an English record). For each re-rank pool size: query time, rows re-ranked (the pool,
 * and those beyond it whose int8 score could still reach the K-th), and how many queries' results differ
 * from the exact scan (ids, order, similarity beyond 1e-6); and how many top-10s the int8 scores alone
 * would get wrong. Figures, not assertions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Int8Scan } from '../src/store/simd/scan.js';
import { dot, rerankPool, VectorStore, type StoredChunk, type VectorFilter, type VectorMatch } from '../src/store/vectors.js';
import { median, percentile, round } from './stats.js';
import { toIndexedRecords } from '../src/store/records.js';
import { random, replicate, seedTranscripts, syntheticChunks, unitVector } from './synthetic.js';

const QUERIES = 60;

/** The exact answer: every passing row's float cosine, best first, equal scores in store order. */
function exactScan(matrix: Float32Array, inverseNorm: Float32Array, chunks: StoredChunk[], q: Float32Array, topK: number, passes: (c: StoredChunk) => boolean): { row: number; score: number }[] {
  const d = q.length;
  const all: { row: number; score: number }[] = [];
  for (let row = 0; row < chunks.length; row++) {
    if (passes(chunks[row]!)) all.push({ row, score: dot(matrix, row * d, q, d) * inverseNorm[row]! });
  }
  return all.sort((a, b) => b.score - a.score || a.row - b.row).slice(0, topK);
}

function differs(ours: VectorMatch[], exact: { row: number; score: number }[], chunks: StoredChunk[]): boolean {
  return ours.length !== exact.length || ours.some((m, i) => m.record !== chunks[exact[i]!.row]!.metadata.record || Math.abs(m.similarity - exact[i]!.score) > 1e-6);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '25' } } });
  const chunks = syntheticChunks(replicate(seedTranscripts(), Number(values.scale)).flatMap(toIndexedRecords));
  const d = chunks[0]!.vector.length;
  const dir = mkdtempSync(join(tmpdir(), 'spox-rerank-'));
  try {
    await VectorStore.write(dir, chunks);
    const store = (await VectorStore.open(dir))!;
    // The store's ordering is the written one: years ascending, each year's chunks in order.
    const order = chunks.map((_, i) => i).sort((a, b) => String(chunks[a]!.metadata.day).slice(0, 4).localeCompare(String(chunks[b]!.metadata.day).slice(0, 4)) || a - b);
    const stored = order.map((i) => chunks[i]!);
    const matrix = new Float32Array(stored.length * d);
    const inverseNorm = new Float32Array(stored.length);
    stored.forEach((c, row) => {
      matrix.set(c.vector, row * d);
      const norm = Math.sqrt(Array.from(c.vector).reduce((sum, x) => sum + x * x, 0));
      inverseNorm[row] = norm > 0 ? 1 / norm : 0;
    });
    const alone = Int8Scan.create(stored.length, d);
    const quantizer = alone.quantizer();
    stored.forEach((_, row) => quantizer.add(row, new Uint8Array(matrix.buffer, row * d * 4, d * 4)));
    quantizer.flush();
    for (let row = 0; row < stored.length; row++) alone.factor[row] = alone.scales[row]! * inverseNorm[row]!;

    const years = [...new Set(stored.map((c) => String(c.metadata.day).slice(0, 4)))].sort();
    const year = Number(years[Math.floor(years.length / 2)]);
    const filters: [string, VectorFilter, (c: StoredChunk) => boolean][] = [
      ['none', {}, () => true],
      [`year ${year}`, { from: year * 10_000 + 101, to: year * 10_000 + 1231 }, (c) => Math.floor(c.metadata.day / 10_000) === year],
      ['Hua Chunying', { spokespeople: ['Hua Chunying'] }, (c) => c.metadata.spokesperson === 'Hua Chunying'],
    ];
    const next = random(77);
    const queries = Array.from({ length: QUERIES }, () => unitVector(next));
    console.log(`${stored.length} vectors of ${d}; ${QUERIES} queries a filter; SIMD: ${store.simd}`);
    for (const topK of [300, 10]) {
      let int8AloneWrong = 0;
      const exact = filters.map(([, , passes]) => queries.map((q) => exactScan(matrix, inverseNorm, stored, q, topK, passes)));
      if (topK === 10) {
        filters.forEach(([, , passes], f) => queries.forEach((q, i) => {
          const scores = alone.scores(q).scores;
          const top = stored.map((_, row) => ({ row, score: scores[row]! })).filter(({ row }) => passes(stored[row]!)).sort((a, b) => b.score - a.score || a.row - b.row).slice(0, 10);
          if (top.some((t, k) => t.row !== exact[f]![i]![k]!.row)) int8AloneWrong++;
        }));
      }
      for (const pool of [...new Set([topK, 2 * topK, 4 * topK, rerankPool(topK)])].sort((a, b) => a - b)) {
        const times: number[] = [];
        const pooled: number[] = [];
        const beyond: number[] = [];
        let wrong = 0;
        for (const [f, [, where]] of filters.entries()) {
          for (const [i, q] of queries.entries()) {
            const started = performance.now();
            const result = store.search(q, topK, where, pool);
            times.push(performance.now() - started);
            pooled.push(result.pooled);
            beyond.push(result.beyond);
            if (differs(result.matches, exact[f]![i]!, stored)) wrong++;
          }
        }
        console.log(JSON.stringify({
          topK, pool, chosen: pool === rerankPool(topK), median_ms: round(median(times), 2), p95_ms: round(percentile(times, 95), 2),
          reranked_median: round(median(pooled.map((p, i) => p + beyond[i]!)), 0), beyond_median: median(beyond), beyond_max: Math.max(...beyond),
          queries: times.length, differing_from_exact: wrong,
        }));
      }
      if (topK === 10) console.log(JSON.stringify({ topK, int8_scores_alone_top10_differing: int8AloneWrong, queries: QUERIES * filters.length }));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
