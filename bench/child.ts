/**
 * One measurement of `npm run bench`, run in a fresh process so that what it reports (load time,
 * resident memory) is not coloured by earlier work. Prints one JSON line on stdout.
 *
 *   build  <scale> <dir>   build the synthetic index without a model, then add MiniLM-sized vectors
 *   update <scale> <dir>   add one new briefing, parsed in memory with the rest, to the index in <dir> (vectors of the rest reused)
 *   prepare-files <scale> <dir>   write the synthetic corpus as files, index them as `npm run index` does, add vectors
 *   update-files <scale> <dir>    add one new page file to that corpus and index it as `npm run index` does
 *   serve  <dir> lexical|hybrid [queries]   load as the bot does, then time warm queries
 *   scan   <dir>           vector search against a plain typed-array scan of the same vectors
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { openSearch } from '../src/search/open.js';
import { buildIndex, indexTranscripts } from '../src/store/build.js';
import { currentGeneration } from '../src/store/layout.js';
import { openRecordStore } from '../src/store/records-file.js';
import { toIndexedRecords } from '../src/store/records.js';
import { VectorStore } from '../src/store/vectors.js';
import { median, percentile, round } from './stats.js';
import {
  addNewBriefingFile, addSyntheticVectors, benchQueries, DIMENSION, newBriefing, random, replicate, seedTranscripts, syntheticEmbedder,
  unitVector, WARMUP, writeSyntheticCorpus,
} from './synthetic.js';

const seconds = (since: number): number => round((performance.now() - since) / 1000, 2);
/** CPU time of this process (all threads), ms: steadier than wall time on a shared, busy machine. */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const rssMB = (): number => round(process.memoryUsage().rss / 1024 / 1024, 0);
const diskMB = (dir: string): number => round(Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]) / 1024, 1);

async function build(scale: number, dir: string): Promise<object> {
  const transcripts = replicate(seedTranscripts(), scale);
  const indexDir = join(dir, 'index');
  let started = performance.now();
  let cpu = cpuMs();
  const report = await indexTranscripts(transcripts, { indexDir, embedder: null });
  const build_s = seconds(started);
  const build_cpu_s = round((cpuMs() - cpu) / 1000, 2);
  const generation = currentGeneration(indexDir)!;
  const lexical_mb = diskMB(generation);
  started = performance.now();
  cpu = cpuMs();
  const vectors = await addSyntheticVectors(generation, transcripts.flatMap(toIndexedRecords));
  return {
    transcripts: transcripts.length, records: report.records, build_s, build_cpu_s, vectors, vectors_write_s: seconds(started),
    vectors_write_cpu_s: round((cpuMs() - cpu) / 1000, 2),
    disk_mb: { records_and_lexical: lexical_mb, with_vectors: diskMB(generation) },
  };
}

async function update(scale: number, dir: string): Promise<object> {
  const seeds = seedTranscripts();
  const transcripts = [...replicate(seeds, scale), newBriefing(seeds, scale)];
  const started = performance.now();
  const cpu = cpuMs();
  const report = await indexTranscripts(transcripts, { indexDir: join(dir, 'index'), embedder: syntheticEmbedder() });
  return { update_s: seconds(started), update_cpu_s: round((cpuMs() - cpu) / 1000, 2), embedded: report.embedded, reused: report.reused };
}

async function prepareFiles(scale: number, dir: string): Promise<object> {
  const corpus = writeSyntheticCorpus(join(dir, 'corpus'), scale);
  const indexDir = join(dir, 'files-index');
  const started = performance.now();
  const report = await buildIndex({ sources: [corpus], indexDir, embedder: null });
  const build_files_s = seconds(started);
  const generation = currentGeneration(indexDir)!;
  const vectors = await addSyntheticVectors(generation, openRecordStore(generation).records);
  return { transcripts: report.transcripts, records: report.records, failures: report.failures.length, build_files_s, vectors };
}

/** The real path of an update: the sources on disk read again, one new page among them. */
async function updateFiles(scale: number, dir: string): Promise<object> {
  addNewBriefingFile(join(dir, 'corpus'), scale);
  const started = performance.now();
  const cpu = cpuMs();
  const report = await buildIndex({ sources: [join(dir, 'corpus')], indexDir: join(dir, 'files-index'), embedder: syntheticEmbedder() });
  return {
    update_s: seconds(started), update_cpu_s: round((cpuMs() - cpu) / 1000, 2), transcripts: report.transcripts, carried: report.carried,
    embedded: report.embedded, reused: report.reused, failures: report.failures.length,
  };
}

async function serve(dir: string, mode: string, count = Infinity): Promise<object> {
  const embedder = mode === 'hybrid' ? syntheticEmbedder() : null;
  const started = performance.now();
  const cpuStarted = cpuMs();
  const search = await openSearch(join(dir, 'index'), { embedder, warm: true });
  const load_ms = round(performance.now() - started, 0);
  const load_cpu_ms = round(cpuMs() - cpuStarted, 0);
  if (search.mode !== mode) throw new Error(`opened in ${search.mode} mode, not ${mode}`);
  const rss_mb = rssMB();
  // A bot opens its index to wait (`warm`) for its first question: the work the engine puts off the
  // questions' path (`warmAskerPatterns`, open.ts) runs then, as it does here.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (const [i, q] of benchQueries().slice(0, WARMUP + count).entries()) {
    const cpu = cpuMs();
    const ms = (await search.search(q.query, q.options)).tookMs;
    if (i >= WARMUP) {
      times.push(ms);
      cpuTimes.push(cpuMs() - cpu);
    }
  }
  return {
    load_ms, load_cpu_ms, rss_mb, p50_ms: round(median(times), 2), p95_ms: round(percentile(times, 95), 2),
    p95_cpu_ms: round(percentile(cpuTimes, 95), 2), rss_after_queries_mb: rssMB(),
  };
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
  const oursCpu: number[] = [];
  const plainCpu: number[] = [];
  for (let i = 0; i < 45; i++) {
    const q = unitVector(next);
    let started = performance.now();
    let cpu = cpuMs();
    await store.query(q, 300);
    const a = performance.now() - started;
    const aCpu = cpuMs() - cpu;
    started = performance.now();
    cpu = cpuMs();
    plainScan(matrix, q, scores);
    const b = performance.now() - started;
    const bCpu = cpuMs() - cpu;
    if (i >= 5) {
      ours.push(a);
      plain.push(b);
      oursCpu.push(aCpu);
      plainCpu.push(bCpu);
    }
  }
  return {
    vectors: store.size, search_ms: round(median(ours), 2), plain_scan_ms: round(median(plain), 2),
    scan_ratio: round(median(ours) / median(plain), 2), scan_ratio_cpu: round(median(oursCpu) / median(plainCpu), 2),
  };
}

const [role, a, b, c] = process.argv.slice(2);
const result =
  role === 'build' ? await build(Number(a), b!)
  : role === 'update' ? await update(Number(a), b!)
  : role === 'prepare-files' ? await prepareFiles(Number(a), b!)
  : role === 'update-files' ? await updateFiles(Number(a), b!)
  : role === 'serve' ? await serve(a!, b!, c ? Number(c) : undefined)
  : role === 'scan' ? await scan(a!)
  : null;
if (!result) throw new Error(`unknown bench role ${role}`);
console.log(JSON.stringify(result));
