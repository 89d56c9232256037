/**
 * The synthetic corpora and stand-ins the benchmark measures with: the bundled transcripts replicated
 * with dates shifted by the corpus's span of years, MiniLM-sized random vectors, and a query "model" that
 * returns precomputed vectors (so query latency excludes inference).
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Embedder } from '../src/embed/embedder.js';
import { loadQuerySet } from '../src/eval/queries.js';
import type { SearchOptions } from '../src/search/types.js';
import type { IndexManifest } from '../src/store/index-manifest.js';
import { MANIFEST_FILE } from '../src/store/layout.js';
import type { IndexedRecord } from '../src/store/types.js';
import { chunkMetadata, VectorStore, type StoredChunk } from '../src/store/vectors.js';
import { parseTranscriptFiles } from '../src/transcripts/corpus.js';
import { MANIFEST_NAME, readManifest } from '../src/transcripts/manifest.js';
import type { Transcript } from '../src/transcripts/types.js';
import { seededRandom } from '../src/util/seeded-random.js';

/** MiniLM's vector size. */
export const DIMENSION = 384;
/** Chunks per record with MiniLM's tokenizer over the bundled corpus (256 word pieces a window). */
export const CHUNKS_PER_RECORD = 1.5;
export const BENCH_MODEL = 'bench/random-minilm-sized';

/** Deterministic pseudo-random numbers in [0, 1), so every run measures the same data. */
export const random = seededRandom;

export function unitVector(next: () => number): Float32Array {
  const v = new Float32Array(DIMENSION);
  let sum = 0;
  for (let i = 0; i < DIMENSION; i++) {
    v[i] = next() - 0.5;
    sum += v[i]! * v[i]!;
  }
  const norm = Math.sqrt(sum);
  for (let i = 0; i < DIMENSION; i++) v[i] = v[i]! / norm;
  return v;
}

export function seedTranscripts(): Transcript[] {
  return parseTranscriptFiles(['seeds']).flatMap((o) => (o.ok ? [o.transcript] : []));
}

/** One copy of a transcript, `years` later (keys and ids follow the date). */
export function shifted(t: Transcript, years: number): Transcript {
  if (years === 0) return t;
  const date = `${Number(t.date.slice(0, 4)) + years}${t.date.slice(4)}`;
  const key = date + t.key.slice(10);
  const swap = (id: string): string => key + id.slice(t.key.length);
  return {
    ...t,
    date,
    key,
    records: t.records.map((r) => (r.kind === 'exchange' ? { ...r, id: swap(r.id), followup: r.followup && swap(r.followup) } : { ...r, id: swap(r.id) })),
  };
}

/** Years between two copies: the corpus's span, so that no copy's dates (and ids) meet another's. */
function yearStep(transcripts: Transcript[]): number {
  const years = transcripts.map((t) => Number(t.date.slice(0, 4)));
  return Math.max(...years) - Math.min(...years) + 1;
}

/** `scale` copies of the corpus, each one span of years after the previous one. */
export function replicate(transcripts: Transcript[], scale: number): Transcript[] {
  const step = yearStep(transcripts);
  const out: Transcript[] = [];
  for (let copy = 0; copy < scale; copy++) for (const t of transcripts) out.push(shifted(t, step * copy));
  return out;
}

/** Where writeSyntheticCorpus notes the years between copies. */
const STEP_FILE = '.year-step'; // a dot file: not listed as a source

/** The folders of bundled transcript files (the spreadsheet import aside) that the on-disk synthetic corpus copies. */
const SEED_FOLDERS = ['mfa-en', 'mfa-zh', 'plain-text', 'site-2026'];

/** A file's bytes with every year 2000-2099 moved `years` on (latin1 keeps any encoding's other bytes as they are). */
function shiftYears(bytes: Buffer, years: number): Buffer {
  if (years === 0) return bytes;
  return Buffer.from(bytes.toString('latin1').replace(/\b20\d\d\b/g, (y) => String(Number(y) + years)), 'latin1');
}

/**
 * The `scale`x corpus as files, for the real index path: `scale` copies of the bundled page folders
 * under `root`, each with every year in its pages and manifest moved one span of years on from the
 * previous copy (titles carry the dates). Returns the folder to index.
 */
export function writeSyntheticCorpus(root: string, scale: number): string {
  const step = yearStep(seedTranscripts());
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, STEP_FILE), String(step));
  for (let copy = 0; copy < scale; copy++) {
    for (const folder of SEED_FOLDERS) {
      const to = join(root, `copy-${copy}`, folder);
      mkdirSync(to, { recursive: true });
      for (const file of readdirSync(join('seeds', folder))) {
        writeFileSync(join(to, file), shiftYears(readFileSync(join('seeds', folder, file)), step * copy));
      }
    }
  }
  return root;
}

/**
 * Adds to a corpus written by writeSyntheticCorpus one English page newer than all of it, with its
 * manifest row: what a sync adds. Returns its path.
 */
export function addNewBriefingFile(root: string, scale: number): string {
  const rows = readManifest('seeds/mfa-en');
  const name = [...rows.values()].filter((r) => r.date).reduce((a, b) => (b.date! > a.date! ? b : a)).file;
  const years = Number(readFileSync(join(root, STEP_FILE), 'utf8')) * scale;
  const folder = join(root, 'copy-0', 'mfa-en');
  const path = join(folder, `new-${name}`);
  writeFileSync(path, shiftYears(readFileSync(join('seeds/mfa-en', name)), years));
  const row = readFileSync(join('seeds/mfa-en', MANIFEST_NAME), 'latin1').split('\n').find((r) => r.startsWith(`${name}\t`))!;
  appendFileSync(join(folder, MANIFEST_NAME), shiftYears(Buffer.from(`new-${row}\n`, 'latin1'), years));
  return path;
}

/** One briefing newer than every briefing of the `scale`x corpus: what an update adds. */
export function newBriefing(transcripts: Transcript[], scale: number): Transcript {
  const english = transcripts.filter((t) => (t.lang ?? 'en') === 'en');
  const latest = english.reduce((a, b) => (b.date > a.date ? b : a));
  return shifted(latest, yearStep(transcripts) * scale);
}

/**
 * Adds MiniLM-sized vectors (CHUNKS_PER_RECORD a record on average) to a generation built without a
 * model: to the English records only, as MiniLM (English) indexes them.
 */
export async function addSyntheticVectors(generation: string, records: Iterable<IndexedRecord>): Promise<number> {
  const chunks = syntheticChunks(records);
  await VectorStore.write(generation, chunks);
  const path = join(generation, MANIFEST_FILE);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as IndexManifest;
  for (const entry of Object.values(manifest.transcripts)) entry.vectors = true;
  writeFileSync(path, JSON.stringify({ ...manifest, model: BENCH_MODEL, dimension: DIMENSION }));
  return chunks.length;
}

/** MiniLM-sized random vectors for the English records, CHUNKS_PER_RECORD a record on average. */
export function syntheticChunks(records: Iterable<IndexedRecord>): StoredChunk[] {
  const next = random(12);
  const chunks: StoredChunk[] = [];
  for (const r of records) {
    if ((r.lang ?? 'en') !== 'en') continue;
    const count = next() < CHUNKS_PER_RECORD - 1 ? 2 : 1;
    for (let i = 0; i < count; i++) chunks.push({ id: `${r.id}~${i}`, vector: unitVector(next), metadata: chunkMetadata(r) });
  }
  return chunks;
}

/** Stands in for the model at query time: a random unit vector per text, in microseconds. */
export function syntheticEmbedder(): Embedder {
  const next = random(34);
  return {
    model: BENCH_MODEL,
    dimension: DIMENSION,
    maxTokens: 256,
    countTokens: (text) => Math.ceil(text.split(/\s+/).length * 1.3),
    embed: async (texts) => texts.map(() => unitVector(next)),
  };
}

export const QUERY_RUNS = 240;
export const WARMUP = 20;

/** The development set's queries, alone and with each kind of filter: WARMUP + QUERY_RUNS of them. */
export function benchQueries(): { query: string; options: SearchOptions }[] {
  const queries = loadQuerySet().map((q) => q.query);
  const variants: SearchOptions[] = [{}, { filters: { from: '2019-01-01', to: '2019-12-31' } }, { filters: { spokesperson: 'Hua Chunying' } }, { k: 10 }];
  const all: { query: string; options: SearchOptions }[] = [];
  for (let i = 0; all.length < QUERY_RUNS + WARMUP; i++) {
    all.push({ query: queries[i % queries.length]!, options: variants[Math.floor(i / queries.length) % variants.length]! });
  }
  return all;
}
