import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQuerySet } from '../../src/eval/queries.js';
import { VECTORS_DIR } from '../../src/store/layout.js';
import { toIndexedRecords } from '../../src/store/records.js';
import { chunkMetadata, dot, VectorStore, type StoredChunk, type VectorFilter, type VectorMatch } from '../../src/store/vectors.js';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';
import { tinyEmbedder } from './fixtures.js';

// Every twelfth bundled English page (2018 to 2020): some 500 records, a shard a year.
const pages = readdirSync('seeds/mfa-en').filter((f) => f.endsWith('.shtml')).sort().filter((_, i) => i % 12 === 0);
const records = parseTranscriptFiles(pages.map((f) => join('seeds/mfa-en', f))).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
const root = mkdtempSync(join(tmpdir(), 'spox-int8-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let stored: StoredChunk[];
let storedValues: Float32Array[];
/** 1 / each stored vector's length, as float32 (as the store keeps it). */
let inverseNorms: Float32Array;
let queries: Float32Array[];
let simd: VectorStore;
let plain: VectorStore;
/** Decoded from the Vectra files alone, the sidecars ignored. */
let decoded: VectorStore;
beforeAll(async () => {
  const embedder = await tinyEmbedder();
  const vectors = await embedder.embed(records.map((r) => `${r.question ?? ''}\n${r.answer}`));
  const chunks = records.map((r, i) => ({ id: `${r.id}~0`, vector: vectors[i]!, metadata: chunkMetadata(r) }));
  await VectorStore.write(root, chunks);
  simd = (await VectorStore.open(root))!;
  plain = (await VectorStore.open(root, { simd: false }))!;
  decoded = (await VectorStore.open(root, { sidecars: false }))!;
  // As stored: by year, then as written.
  stored = [...chunks].sort((a, b) => Math.floor(a.metadata.day / 10_000) - Math.floor(b.metadata.day / 10_000));
  storedValues = stored.map((c) => Float32Array.from(c.vector));
  inverseNorms = Float32Array.from(storedValues, (v) => 1 / Math.sqrt(Array.from(v).reduce((sum, x) => sum + x * x, 0)));
  queries = await embedder.embed(loadQuerySet().map((q) => q.query).slice(0, 40));
});

/** An exact float scan: every passing chunk's cosine in float64 over its float32 values, best first, equal scores in store order. */
function exactScan(query: Float32Array, topK: number, where: VectorFilter): VectorMatch[] {
  const d = query.length;
  const q = Float32Array.from(query);
  const length = Math.sqrt(dot(q, 0, q, d));
  for (let j = 0; j < d; j++) q[j] = q[j]! / length;
  const scored = stored.flatMap((c, row) => {
    const m = c.metadata;
    if ((where.from !== undefined && m.day < where.from) || (where.to !== undefined && m.day > where.to)) return [];
    if (where.spokespeople && !where.spokespeople.includes(m.spokesperson)) return [];
    if (where.outlets && !where.outlets.includes(m.outlet)) return [];
    return [{ row, record: m.record, similarity: dot(storedValues[row]!, 0, q, d) * inverseNorms[row]! }];
  });
  return scored.sort((a, b) => b.similarity - a.similarity || a.row - b.row).slice(0, topK).map(({ record, similarity }) => ({ record, similarity }));
}

function expectExact(ours: VectorMatch[], exact: VectorMatch[]): void {
  expect(ours.map((m) => m.record)).toEqual(exact.map((m) => m.record));
  ours.forEach((m, i) => expect(Math.abs(m.similarity - exact[i]!.similarity)).toBeLessThan(1e-6));
}

describe('the int8 scan with its exact float re-rank', () => {
  it('holds int8 rows scored by WebAssembly SIMD, or by the JavaScript loop when asked', () => {
    expect(simd.simd).toBe(true);
    expect(plain.simd).toBe(false);
    expect(simd.size).toBe(records.length);
    expect(new Set(stored.map((c) => String(c.metadata.day).slice(0, 4)))).toEqual(new Set(['2018', '2019', '2020']));
  });

  it('returns exactly what an exact float scan returns, for 40 real queries, with and without filters', async () => {
    const spokesperson = records[records.length >> 1]!.spokesperson;
    const outlets = [...new Set(records.flatMap((r) => (r.outlet ? [r.outlet] : [])))].slice(0, 4);
    const filters: VectorFilter[] = [{}, { from: 20190101, to: 20190630 }, { spokespeople: [spokesperson] }, { outlets }, { from: 20200101, outlets: [''] }];
    let beyond = 0;
    for (const query of queries) {
      for (const where of filters) {
        for (const topK of [1, 10, 40]) {
          const exact = exactScan(query, topK, where);
          expect(exact.length).toBeGreaterThan(0);
          expectExact(await simd.query(query, topK, where), exact);
          expectExact(await plain.query(query, topK, where), exact);
          expectExact(await decoded.query(query, topK, where), exact);
          // A pool no larger than K: rows beyond it must be found by the error bound.
          const small = simd.search(query, topK, where, topK);
          expectExact(small.matches, exact);
          expectExact(plain.search(query, topK, where, topK).matches, exact);
          beyond += small.beyond;
        }
      }
    }
    // The tiny model's 16 values a vector leave int8 scores far apart from float ones: the bound's pass does work.
    expect(beyond).toBeGreaterThan(0);
  });

  it('reads its vectors back from the Vectra files, exactly as written', () => {
    const chunks = simd.chunks();
    expect(chunks.map((c) => c.id)).toEqual(stored.map((c) => c.id));
    chunks.forEach((c, i) => expect(Array.from(c.vector)).toEqual(Array.from(Float32Array.from(stored[i]!.vector))));
  });

  it('loads from the int8 sidecars what decoding the Vectra files gives, and decodes a shard whose sidecar does not match it', async () => {
    const dir = join(root, VECTORS_DIR);
    const shards = readdirSync(dir).filter((f) => f.endsWith('.pb')).sort();
    expect(readdirSync(dir).filter((f) => f.endsWith('.pb.int8')).sort()).toEqual(shards.map((f) => `${f}.int8`));
    const sameStore = (a: VectorStore, b: VectorStore): void => {
      expect(a.chunks()).toEqual(b.chunks());
      for (const query of queries.slice(0, 5)) expect(a.search(query, 30, {}, 30)).toEqual(b.search(query, 30, {}, 30));
    };
    sameStore(simd, decoded);
    // One shard's sidecar in place of another's, and one cut short: both ignored.
    const [a, b, c] = shards.map((f) => join(dir, `${f}.int8`));
    const saved = [readFileSync(b!), readFileSync(c!)];
    try {
      copyFileSync(a!, b!);
      writeFileSync(c!, saved[1]!.subarray(0, saved[1]!.length - 10));
      sameStore((await VectorStore.open(root))!, decoded);
      rmSync(b!);
      sameStore((await VectorStore.open(root))!, decoded);
    } finally {
      writeFileSync(b!, saved[0]!);
      writeFileSync(c!, saved[1]!);
    }
  });

  it('keeps answering from its files after they are removed (a newer generation replaced them), as a bot serving from it does', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'spox-int8-removed-'));
    cpSync(root, copy, { recursive: true });
    const store = (await VectorStore.open(copy))!;
    const before = await store.query(queries[0]!, 40);
    rmSync(copy, { recursive: true, force: true });
    expect(await store.query(queries[0]!, 40)).toEqual(before);
    expect(before).toEqual(await simd.query(queries[0]!, 40));
  });
});
