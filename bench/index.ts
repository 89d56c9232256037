/**
 * `npm run bench`: index build, load, query latency, memory and size, at the bundled corpus (1x)
 * and at a synthetic 10x corpus (every transcript replicated with dates shifted by whole years).
 * Build speed is measured with the fixture model (and the real one when it loads) at 1x; query
 * latency is measured lexical-only and hybrid with a vector store of MiniLM's size and precomputed
 * query vectors, i.e. excluding model inference. Prints one JSON report. Figures, not assertions:
 * these machines are shared and noisy.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEmbedder, type Embedder } from '../src/embed/embedder.js';
import { readEmbedSettings } from '../src/embed/settings.js';
import { loadQuerySet } from '../src/eval/queries.js';
import { openSearch } from '../src/search/open.js';
import type { SearchOptions } from '../src/search/types.js';
import { indexTranscripts, type IndexManifest } from '../src/store/build.js';
import { currentGeneration, MANIFEST_FILE } from '../src/store/layout.js';
import { toIndexedRecords } from '../src/store/records.js';
import { chunkMetadata, VectorStore, type StoredChunk } from '../src/store/vectors.js';
import { parseTranscriptFiles } from '../src/transcripts/corpus.js';
import type { Transcript } from '../src/transcripts/types.js';
import { median, percentile, round } from './stats.js';

const QUERY_RUNS = 240;
const WARMUP = 20;
/** MiniLM's vector size: the vector-store latency is measured at the real model's dimension. */
const MINILM_DIMENSION = 384;
/** Chunks per record with MiniLM's tokenizer (most answers fit one 256-piece window). */
const MINILM_CHUNKS_PER_RECORD = 1.3;
const FIXTURE_MODEL = 'test/fixtures/tiny-model';
const BENCH_MODEL = 'bench/random-minilm-sized';

function replicate(transcripts: Transcript[], times: number): Transcript[] {
  const out: Transcript[] = [];
  for (let copy = 0; copy < times; copy++) {
    for (const t of transcripts) {
      if (copy === 0) {
        out.push(t);
        continue;
      }
      const date = `${Number(t.date.slice(0, 4)) + 4 * copy}${t.date.slice(4)}`;
      const key = date + t.key.slice(10);
      const swap = (id: string): string => key + id.slice(t.key.length);
      out.push({
        ...t,
        date,
        key,
        records: t.records.map((r) => (r.kind === 'exchange' ? { ...r, id: swap(r.id), followup: r.followup && swap(r.followup) } : { ...r, id: swap(r.id) })),
      });
    }
  }
  return out;
}

/** 240 warm queries: the development set's queries, alone and with each kind of filter. */
function benchQueries(): { query: string; options: SearchOptions }[] {
  const queries = loadQuerySet().map((q) => q.query);
  const variants: SearchOptions[] = [{}, { filters: { from: '2019-01-01', to: '2019-12-31' } }, { filters: { spokesperson: 'Hua Chunying' } }, { k: 10 }];
  const all: { query: string; options: SearchOptions }[] = [];
  for (let i = 0; all.length < QUERY_RUNS + WARMUP; i++) {
    all.push({ query: queries[i % queries.length]!, options: variants[Math.floor(i / queries.length) % variants.length]! });
  }
  return all;
}

async function latencies(run: (q: { query: string; options: SearchOptions }) => Promise<number>): Promise<object> {
  const times: number[] = [];
  const queries = benchQueries();
  for (const [i, q] of queries.entries()) {
    const ms = await run(q);
    if (i >= WARMUP) times.push(ms);
  }
  return { queries: times.length, p50_ms: round(median(times), 2), p95_ms: round(percentile(times, 95), 2), max_ms: round(Math.max(...times), 2) };
}

function diskMB(dir: string): number {
  return round(Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]) / 1024, 1);
}

const rssMB = (): number => round(process.memoryUsage().rss / 1024 / 1024, 0);

/**
 * Stands in for the model at query time so latency excludes inference (the goal is stated that
 * way): returns a random unit vector of MiniLM's size for each text, instantly.
 */
function precomputedQueryVectors(): Embedder {
  const unit = (): Float32Array => {
    const v = Float32Array.from({ length: MINILM_DIMENSION }, () => Math.random() - 0.5);
    const n = Math.hypot(...v);
    return v.map((x) => x / n);
  };
  return {
    model: BENCH_MODEL, dimension: MINILM_DIMENSION, maxTokens: 256,
    countTokens: (text) => text.split(/\s+/).length,
    embed: async (texts) => texts.map(unit),
  };
}

/**
 * Adds a MiniLM-sized vector store to a lexical generation: random unit vectors, MINILM_CHUNKS_PER_RECORD
 * per record, pointing at the real records, so queries do the real scan and fusion.
 */
async function addMiniLmSizedVectors(generation: string, transcripts: Transcript[]): Promise<number> {
  const chunks: StoredChunk[] = [];
  const embedder = precomputedQueryVectors();
  for (const r of transcripts.flatMap(toIndexedRecords)) {
    const count = Math.random() < MINILM_CHUNKS_PER_RECORD - 1 ? 2 : 1;
    for (let i = 0; i < count; i++) {
      const [vector] = await embedder.embed(['']);
      chunks.push({ id: `${r.id}~${i}`, vector: Array.from(vector!), metadata: chunkMetadata(r) });
    }
  }
  await VectorStore.write(generation, chunks);
  const manifestPath = join(generation, MANIFEST_FILE);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as IndexManifest;
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, model: BENCH_MODEL, dimension: MINILM_DIMENSION }));
  return chunks.length;
}

async function measureScale(scale: number, transcripts: Transcript[], fixture: Embedder | null, real: Embedder | null): Promise<object> {
  const dir = mkdtempSync(join(tmpdir(), `spox-bench-${scale}x-`));
  try {
    const records = transcripts.reduce((n, t) => n + t.records.length, 0);
    const exchanges = transcripts.reduce((n, t) => n + t.records.filter((r) => r.kind === 'exchange').length, 0);
    const result: Record<string, unknown> = { scale: `${scale}x`, transcripts: transcripts.length, exchanges, records };

    const indexDir = join(dir, 'index');
    let started = performance.now();
    await indexTranscripts(transcripts, { indexDir, embedder: null });
    result.build_lexical_s = round((performance.now() - started) / 1000, 2);
    const generation = currentGeneration(indexDir)!;
    const lexicalMb = diskMB(generation);

    for (const [name, embedder] of [['fixture_model', fixture], ['real_model', real]] as const) {
      if (!embedder) continue;
      const buildDir = join(dir, name);
      started = performance.now();
      await indexTranscripts(transcripts, { indexDir: buildDir, embedder });
      const s = (performance.now() - started) / 1000;
      result[`build_${name}`] = { model: embedder.model, seconds: round(s, 1), exchanges_per_second: round(exchanges / s, 1), size_mb: diskMB(currentGeneration(buildDir)!) };
      rmSync(buildDir, { recursive: true, force: true });
    }

    const rssBefore = rssMB();
    started = performance.now();
    const lexical = await openSearch(indexDir, { embedder: null });
    result.load_lexical_ms = round(performance.now() - started, 0);
    result.query_lexical = await latencies(async (q) => (await lexical.search(q.query, q.options)).tookMs);

    const vectors = await addMiniLmSizedVectors(generation, transcripts);
    started = performance.now();
    const hybrid = await openSearch(indexDir, { embedder: precomputedQueryVectors() });
    result.load_hybrid_ms = round(performance.now() - started, 0);
    result.query_hybrid_excluding_inference = {
      vectors, dimension: MINILM_DIMENSION,
      ...(await latencies(async (q) => (await hybrid.search(q.query, q.options)).tookMs)),
    };
    result.rss_mb = { before_load: rssBefore, after_loading_both: rssMB() };
    result.size_on_disk_mb = { records_and_lexical: lexicalMb, with_minilm_sized_vectors: diskMB(generation) };
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const fixtureLoad = await loadEmbedder({ model: FIXTURE_MODEL, cacheDir: '.cache/unused', offline: true });
  if (!fixtureLoad.ok) throw new Error(`fixture model: ${fixtureLoad.reason}`);
  const realLoad = await loadEmbedder(readEmbedSettings());
  const parsed = parseTranscriptFiles(['seeds']).flatMap((o) => (o.ok ? [o.transcript] : []));
  const report = {
    bench: 'index-and-search',
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
    real_model: realLoad.ok ? realLoad.embedder.model : `unavailable: ${realLoad.reason}`,
    goals: { p95_query_ms_1x: 20, p95_query_ms_10x: 100, load_ms_1x: 1000, size_mb_1x: 50 },
    scales: [
      await measureScale(1, parsed, fixtureLoad.embedder, realLoad.ok ? realLoad.embedder : null),
      await measureScale(10, replicate(parsed, 10), null, null),
    ],
  };
  console.log(JSON.stringify(report, null, 2));
}

await main();
