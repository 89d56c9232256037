import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalIndex, ProtobufCodec, type MetadataFilter } from 'vectra';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Embedder } from '../../src/embed/embedder.js';
import { VECTORS_DIR } from '../../src/store/layout.js';
import { toIndexedRecords } from '../../src/store/records.js';
import { chunkMetadata, loadProtobufCodec, VectorStore, type ChunkMetadata, type StoredChunk, type VectorFilter, type VectorMatch } from '../../src/store/vectors.js';
import { decodeVectraShard } from '../../src/store/vectra-file.js';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';
import { tinyEmbedder } from './fixtures.js';

// Briefings of 2018 and of 2020: two years, so two shards.
const pages = readdirSync('seeds/mfa-en').filter((f) => f.endsWith('.shtml')).sort();
const files = [...pages.slice(0, 4), ...pages.slice(-4)].map((f) => join('seeds/mfa-en', f));
const records = parseTranscriptFiles(files).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
const root = mkdtempSync(join(tmpdir(), 'spox-vectors-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let embedder: Embedder;
let chunks: StoredChunk[];
let store: VectorStore;
beforeAll(async () => {
  embedder = await tinyEmbedder();
  const vectors = await embedder.embed(records.map((r) => `${r.question ?? ''}\n${r.answer}`));
  // Two chunks for some records, as long answers have; the second's vector is the answer alone.
  const second = await embedder.embed(records.slice(0, 20).map((r) => r.answer));
  chunks = records.flatMap((r, i) => [
    { id: `${r.id}~0`, vector: Array.from(vectors[i]!), metadata: chunkMetadata(r) },
    ...(i < 20 ? [{ id: `${r.id}~1`, vector: Array.from(second[i]!), metadata: chunkMetadata(r) }] : []),
  ]);
  await VectorStore.write(join(root, 'gen-a'), chunks);
  store = (await VectorStore.open(join(root, 'gen-a')))!;
});

/** Vectra's own answer: every shard opened and queried with Vectra's LocalIndex, the results merged. */
async function vectraQuery(generation: string, vector: number[], topK: number, filter?: MetadataFilter): Promise<VectorMatch[]> {
  const dir = join(generation, VECTORS_DIR);
  const all: VectorMatch[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.pb'))) {
    const index = new LocalIndex<ChunkMetadata>(dir, file, undefined, new ProtobufCodec());
    for (const r of await index.queryItems(vector, '', topK, filter)) all.push({ record: r.item.metadata.record, similarity: r.score });
  }
  return all.sort((a, b) => b.similarity - a.similarity).slice(0, topK);
}

function expectSameRanking(ours: VectorMatch[], vectra: VectorMatch[]): void {
  expect(ours.map((m) => m.record)).toEqual(vectra.map((m) => m.record));
  ours.forEach((m, i) => expect(m.similarity).toBeCloseTo(vectra[i]!.similarity, 5));
}

describe('the vector store', () => {
  it('writes Vectra files, one shard a year, that hold every chunk', async () => {
    const shards = readdirSync(join(root, 'gen-a', VECTORS_DIR)).filter((f) => f.endsWith('.pb'));
    expect(shards.map((f) => f.slice(0, 4)).sort()).toEqual(['2018', '2020']);
    expect(store.size).toBe(chunks.length);
    expect(store.chunks().map((c) => c.id)).toEqual(chunks.map((c) => c.id)); // 2018 pages first, as written
    store.chunks().forEach((c, i) => expect(Array.from(c.vector)).toEqual(Array.from(Float32Array.from(chunks[i]!.vector))));
  });

  it("writes with Vectra's own codec class, loaded without the package's entry", async () => {
    expect(await loadProtobufCodec()).toBe(ProtobufCodec);
    // In a fresh process, only the codec's module of the package is loaded.
    const script = `import('./src/store/vectors.ts').then(async (m) => {
      await m.loadProtobufCodec();
      console.log(JSON.stringify(Object.keys(require.cache).filter((f) => f.includes('/vectra/')).map((f) => f.split('/vectra/')[1])));
    });`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(['lib/codecs/ProtobufCodec.js']);
  });

  it('ranks as Vectra ranks its own files', async () => {
    for (const text of ['Huawei', 'trade war tariffs', 'Korean Peninsula denuclearization', 'climate change']) {
      const [query] = await embedder.embed([text]);
      const vector = Array.from(query!);
      const ours = await store.query(vector, 15);
      expect(ours).toHaveLength(15);
      expectSameRanking(ours, await vectraQuery(join(root, 'gen-a'), vector, 15));
    }
  });

  it('filters by day range, spokesperson and outlet as Vectra filters do', async () => {
    const [query] = await embedder.embed(['relations with the United States']);
    const vector = Array.from(query!);
    const spokesperson = records.at(-1)!.spokesperson;
    const outlets = [...new Set(records.flatMap((r) => (r.outlet ? [r.outlet] : [])))].slice(0, 3);
    const cases: [VectorFilter, MetadataFilter][] = [
      [{ from: 20180101, to: 20181231 }, { day: { $gte: 20180101, $lte: 20181231 } }],
      [{ from: 20200101 }, { day: { $gte: 20200101 } }],
      [{ spokespeople: [spokesperson] }, { spokesperson: { $in: [spokesperson] } }],
      [{ outlets }, { outlet: { $in: outlets } }],
      [{ to: 20190101, outlets: [''] }, { day: { $lte: 20190101 }, outlet: { $in: [''] } }],
      [{ spokespeople: [] }, { spokesperson: { $in: [] } }],
    ];
    for (const [where, vectraFilter] of cases) {
      const ours = await store.query(vector, 10, where);
      expectSameRanking(ours, await vectraQuery(join(root, 'gen-a'), vector, 10, vectraFilter));
      const byId = new Map(records.map((r) => [r.id, r]));
      for (const m of ours) {
        const r = byId.get(m.record)!;
        const day = Number(r.date.replaceAll('-', ''));
        expect(day >= (where.from ?? 0) && day <= (where.to ?? 99999999)).toBe(true);
        if (where.spokespeople) expect(where.spokespeople).toContain(r.spokesperson);
        if (where.outlets) expect(where.outlets).toContain(r.outlet ?? '');
      }
    }
    expect((await store.query(vector, 10, { outlets })).length).toBeGreaterThan(0);
  });

  it('reads a file that Vectra itself wrote item by item', async () => {
    const dir = join(root, 'vectra-own');
    const index = new LocalIndex<ChunkMetadata>(dir, 'index.pb', undefined, new ProtobufCodec());
    await index.createIndex({ version: 1 });
    await index.beginUpdate();
    for (const c of chunks.slice(0, 30)) await index.insertItem({ id: c.id, vector: c.vector as number[], metadata: c.metadata });
    await index.endUpdate();
    const read: { id: string; metadata: object; vector: number[] }[] = [];
    decodeVectraShard(readFileSync(join(dir, 'index.pb')), 'index.pb', (id, metadata, bytes) => {
      read.push({ id, metadata, vector: Array.from(new Float32Array(new Uint8Array(bytes).buffer)) });
    });
    expect(read.map((r) => r.id)).toEqual(chunks.slice(0, 30).map((c) => c.id));
    read.forEach((r, i) => {
      expect(r.metadata).toEqual(chunks[i]!.metadata);
      expect(r.vector).toEqual(Array.from(Float32Array.from(chunks[i]!.vector)));
    });
  });

  it('links the shards an update leaves unchanged and rewrites the others', async () => {
    const changed = chunks.map((c) => (c.metadata.day >= 20200101 && c.id.endsWith('#1~0') ? { ...c, vector: c.vector.length ? Array.from(c.vector, (x) => -x) : [] } : c));
    await VectorStore.write(join(root, 'gen-b'), changed, join(root, 'gen-a'));
    const inode = (gen: string, year: string, ending = '.pb'): number => {
      const dir = join(root, gen, VECTORS_DIR);
      return statSync(join(dir, readdirSync(dir).find((f) => f.startsWith(year) && f.endsWith(ending))!)).ino;
    };
    expect(inode('gen-b', '2018')).toBe(inode('gen-a', '2018'));
    expect(inode('gen-b', '2020')).not.toBe(inode('gen-a', '2020'));
    expect(inode('gen-b', '2018', '.pb.int8')).toBe(inode('gen-a', '2018', '.pb.int8'));
    expect(inode('gen-b', '2020', '.pb.int8')).not.toBe(inode('gen-a', '2020', '.pb.int8'));
    // A previous generation without sidecars (written before them): the reused shards get theirs made.
    for (const f of readdirSync(join(root, 'gen-a', VECTORS_DIR)).filter((f) => f.endsWith('.int8'))) rmSync(join(root, 'gen-a', VECTORS_DIR, f));
    await VectorStore.write(join(root, 'gen-c'), changed, join(root, 'gen-a'));
    expect(readdirSync(join(root, 'gen-c', VECTORS_DIR)).filter((f) => f.endsWith('.int8'))).toHaveLength(2);
    expect(inode('gen-c', '2018')).toBe(inode('gen-a', '2018'));
    expect(readFileSync(join(root, 'gen-c', VECTORS_DIR, readdirSync(join(root, 'gen-c', VECTORS_DIR)).find((f) => f.startsWith('2018') && f.endsWith('.int8'))!)))
      .toEqual(readFileSync(join(root, 'gen-b', VECTORS_DIR, readdirSync(join(root, 'gen-b', VECTORS_DIR)).find((f) => f.startsWith('2018') && f.endsWith('.int8'))!)));
    const reopened = (await VectorStore.open(join(root, 'gen-b')))!;
    const [query] = await embedder.embed(['Huawei']);
    expectSameRanking(await reopened.query(Array.from(query!), 15), await vectraQuery(join(root, 'gen-b'), Array.from(query!), 15));
  });
});
