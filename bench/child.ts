/**
 * One measurement of `npm run bench`, run in a fresh process so that what it reports (load time,
 * resident memory) is not coloured by earlier work. Prints one JSON line on stdout.
 *
 *   build  <scale> <dir>   build the synthetic index without a model, then add MiniLM-sized vectors
 *   update <scale> <dir>   add one new briefing to the index in <dir> (vectors of the rest reused)
 *   serve  <dir> lexical|hybrid   load as the bot does, then time warm queries
 *   scan   <dir>           vector search against a plain typed-array scan of the same vectors
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { openSearch } from '../src/search/open.js';
import { indexTranscripts } from '../src/store/build.js';
import { currentGeneration } from '../src/store/layout.js';
import { VectorStore } from '../src/store/vectors.js';
import { median, percentile, round } from './stats.js';
import {
  addSyntheticVectors, benchQueries, DIMENSION, newBriefing, random, replicate, seedTranscripts, syntheticEmbedder,
  unitVector, WARMUP,
} from './synthetic.js';

const seconds = (since: number): number => round((performance.now() - since) / 1000, 2);
const rssMB = (): number => round(process.memoryUsage().rss / 1024 / 1024, 0);
const diskMB = (dir: string): number => round(Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]) / 1024, 1);

async function build(scale: number, dir: string): Promise<object> {
  const transcripts = replicate(seedTranscripts(), scale);
  const indexDir = join(dir, 'index');
  let started = performance.now();
  const report = await indexTranscripts(transcripts, { indexDir, embedder: null });
  const build_s = seconds(started);
  const generation = currentGeneration(indexDir)!;
  const lexical_mb = diskMB(generation);
  started = performance.now();
  const vectors = await addSyntheticVectors(generation, transcripts);
  return {
    transcripts: transcripts.length, records: report.records, build_s, vectors, vectors_write_s: seconds(started),
    disk_mb: { records_and_lexical: lexical_mb, with_vectors: diskMB(generation) },
  };
}

async function update(scale: number, dir: string): Promise<object> {
  const seeds = seedTranscripts();
  const transcripts = [...replicate(seeds, scale), newBriefing(seeds, scale)];
  const started = performance.now();
  const report = await indexTranscripts(transcripts, { indexDir: join(dir, 'index'), embedder: syntheticEmbedder() });
  return { update_s: seconds(started), embedded: report.embedded, reused: report.reused };
}

async function serve(dir: string, mode: string): Promise<object> {
  const embedder = mode === 'hybrid' ? syntheticEmbedder() : null;
  const started = performance.now();
  const search = await openSearch(join(dir, 'index'), { embedder });
  const load_ms = round(performance.now() - started, 0);
  if (search.mode !== mode) throw new Error(`opened in ${search.mode} mode, not ${mode}`);
  const rss_mb = rssMB();
  const times: number[] = [];
  for (const [i, q] of benchQueries().entries()) {
    const ms = (await search.search(q.query, q.options)).tookMs;
    if (i >= WARMUP) times.push(ms);
  }
  return { load_ms, rss_mb, p50_ms: round(median(times), 2), p95_ms: round(percentile(times, 95), 2), heap_mb: round(process.memoryUsage().heapUsed / 1048576, 0) };
}

/** The floor a vector search is compared with: one dot product a row into a scores array, nothing else. */
function plainScan(matrix: Float32Array, q: Float32Array, scores: Float32Array): void {
  const d = q.length;
  for (let row = 0; row < scores.length; row++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += matrix[row * d + j]! * q[j]!;
    scores[row] = s;
  }
}

async function scan(dir: string): Promise<object> {
  const store = (await VectorStore.open(currentGeneration(join(dir, 'index'))!))!;
  const matrix = new Float32Array(store.size * DIMENSION);
  store.chunks().forEach((c, i) => matrix.set(c.vector as Float32Array, i * DIMENSION));
  const scores = new Float32Array(store.size);
  const next = random(56);
  const ours: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < 45; i++) {
    const q = unitVector(next);
    let started = performance.now();
    await store.query(q, 300);
    const a = performance.now() - started;
    started = performance.now();
    plainScan(matrix, q, scores);
    const b = performance.now() - started;
    if (i >= 5) {
      ours.push(a);
      plain.push(b);
    }
  }
  return { vectors: store.size, search_ms: round(median(ours), 2), plain_scan_ms: round(median(plain), 2), scan_ratio: round(median(ours) / median(plain), 2) };
}

const [role, a, b] = process.argv.slice(2);
const result =
  role === 'build' ? await build(Number(a), b!)
  : role === 'update' ? await update(Number(a), b!)
  : role === 'serve' ? await serve(a!, b!)
  : role === 'scan' ? await scan(a!)
  : null;
if (!result) throw new Error(`unknown bench role ${role}`);
console.log(JSON.stringify(result));
