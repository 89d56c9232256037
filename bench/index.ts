/**
 * `npm run bench`: index build, load, query latency, memory and size, at the bundled corpus (1x)
 * and at a synthetic 10x corpus (every transcript replicated with dates shifted by whole years).
 * Prints one JSON report. Figures, not assertions: these machines are shared and noisy.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEmbedder, type Embedder } from '../src/embed/embedder.js';
import { readEmbedSettings } from '../src/embed/settings.js';
import { loadQuerySet } from '../src/eval/queries.js';
import { openSearch } from '../src/search/open.js';
import type { SearchOptions } from '../src/search/types.js';
import { indexTranscripts } from '../src/store/build.js';
import { currentGeneration } from '../src/store/layout.js';
import { VectorStore, type StoredChunk } from '../src/store/vectors.js';
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

async function measureScale(scale: number, transcripts: Transcript[], fixture: Embedder, real: Embedder | null): Promise<object> {
  const dir = mkdtempSync(join(tmpdir(), `spox-bench-${scale}x-`));
  try {
    const records = transcripts.reduce((n, t) => n + t.records.length, 0);
    const exchanges = transcripts.reduce((n, t) => n + t.records.filter((r) => r.kind === 'exchange').length, 0);
    const result: Record<string, unknown> = { scale: `${scale}x`, transcripts: transcripts.length, exchanges, records };

    const lexicalDir = join(dir, 'lexical');
    let started = performance.now();
    await indexTranscripts(transcripts, { indexDir: lexicalDir, embedder: null });
    result.build_lexical_s = round((performance.now() - started) / 1000, 2);

    const fixtureDir = join(dir, 'fixture');
    started = performance.now();
    const built = await indexTranscripts(transcripts, { indexDir: fixtureDir, embedder: fixture });
    const seconds = (performance.now() - started) / 1000;
    result.build_fixture_model = { seconds: round(seconds, 2), exchanges_per_second: Math.round(exchanges / seconds), model: built.model };

    if (real && scale === 1) {
      const realDir = join(dir, 'real');
      started = performance.now();
      await indexTranscripts(transcripts, { indexDir: realDir, embedder: real });
      const s = (performance.now() - started) / 1000;
      result.build_real_model = { seconds: round(s, 1), exchanges_per_second: round(exchanges / s, 1), model: real.model, size_mb: diskMB(currentGeneration(realDir)!) };
    }

    const rssBefore = rssMB();
    started = performance.now();
    const lexical = await openSearch(lexicalDir, { embedder: null });
    result.load_lexical_ms = round(performance.now() - started, 0);
    result.rss_mb_after_load = rssMB();
    result.rss_mb_before_load = rssBefore;
    result.query_lexical = await latencies(async (q) => (await lexical.search(q.query, q.options)).tookMs);

    started = performance.now();
    const hybrid = await openSearch(fixtureDir, { embedder: fixture });
    result.load_hybrid_fixture_ms = round(performance.now() - started, 0);
    result.query_hybrid_fixture_model = await latencies(async (q) => (await hybrid.search(q.query, q.options)).tookMs);

    // The vector side at MiniLM's size, with random unit vectors (no inference), as the real index would hold.
    const vectorDir = join(dir, 'minilm-size');
    const count = Math.round(records * MINILM_CHUNKS_PER_RECORD);
    const chunks: StoredChunk[] = Array.from({ length: count }, (_, i) => {
      const v = Array.from({ length: MINILM_DIMENSION }, () => Math.random() - 0.5);
      const n = Math.hypot(...v);
      return { id: `c${i}`, vector: v.map((x) => x / n), metadata: { record: `r${i}`, key: 'k', day: 20180101 + (i % 1000) } };
    });
    (await import('node:fs')).mkdirSync(vectorDir, { recursive: true });
    await VectorStore.write(vectorDir, chunks);
    const store = (await VectorStore.open(vectorDir))!;
    const probe = chunks.slice(0, QUERY_RUNS + WARMUP).map((c) => c.vector);
    let i = 0;
    result.query_vectors_minilm_size = {
      vectors: count,
      dimension: MINILM_DIMENSION,
      size_mb: diskMB(vectorDir),
      ...(await latencies(async () => {
        const t = performance.now();
        await store.query(probe[i++ % probe.length]!, 300);
        return performance.now() - t;
      })),
    };
    const generation = currentGeneration(fixtureDir)!;
    result.size_on_disk_mb = {
      lexical_index: diskMB(currentGeneration(lexicalDir)!),
      with_fixture_vectors: diskMB(generation),
      estimated_with_minilm_vectors: round(diskMB(currentGeneration(lexicalDir)!) + diskMB(vectorDir), 1),
    };
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
      await measureScale(10, replicate(parsed, 10), fixtureLoad.embedder, null),
    ],
  };
  console.log(JSON.stringify(report, null, 2));
}

await main();
