import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Embedder } from '../embed/embedder.js';
import { chunkRecord } from '../embed/chunks.js';
import { writeLexicalFiles } from '../search/lexical-file.js';
import { buildLexicalData } from '../search/lexical.js';
import { parseTranscriptFiles, type ParseFailure } from '../transcripts/corpus.js';
import { PARSER_VERSION } from '../transcripts/parse.js';
import type { Transcript } from '../transcripts/types.js';
import { chunkHash, clearEmbeddingJournal, EmbeddingJournal } from './journal.js';
import {
  commitGeneration, createGeneration, currentGeneration, MANIFEST_FILE, removeStaleGenerations, writeFileDurable,
} from './layout.js';
import { writeRecordStore } from './records-file.js';
import { PARAGRAPH_SEPARATOR, toBriefingSummary, toIndexedRecords } from './records.js';
import type { IndexedRecord } from './types.js';
import { chunkMetadata, VectorStore, type StoredChunk } from './vectors.js';

/** Bumped when the stored layout or the lexical terms change; an index of another format is rebuilt. */
export const INDEX_FORMAT = 3;

export interface IndexManifest {
  format: number;
  parserVersion: number;
  /** Model and dimension of the stored vectors; null when the index has none. */
  model: string | null;
  dimension: number | null;
  builtAt: string;
  /** Per briefing key: the source file, a hash of its parsed content, and whether it has vectors. */
  transcripts: Record<string, { file: string; hash: string; records: number; vectors: boolean }>;
}

export interface BuildOptions {
  /** Files or folders of transcripts. */
  sources: string[];
  indexDir: string;
  /** Null: store records and the lexical index only (vectors of unchanged transcripts are kept). */
  embedder: Embedder | null;
  log?: (line: string) => void;
  /** Called as chunks are embedded. */
  progress?: (done: number, total: number) => void;
}

export interface BuildReport {
  transcripts: number;
  records: number;
  failures: ParseFailure[];
  /** Transcripts embedded by this run, reused from the previous index, and dropped from it. */
  embedded: number;
  reused: number;
  removed: number;
  /** Transcripts that have no vectors (no model this run). */
  withoutVectors: number;
  model: string | null;
  generationDir: string;
}

function contentHash(transcript: Transcript): string {
  const { file: _file, ...content } = transcript;
  return createHash('sha256').update(String(PARSER_VERSION)).update(JSON.stringify(content)).digest('hex').slice(0, 24);
}

/**
 * Why the committed index cannot be used as it is (null when it can): missing, or built by a
 * version of spox that stored or parsed differently.
 */
export function staleIndexReason(indexDir: string): string | null {
  const manifest = readManifest(currentGeneration(indexDir));
  if (!manifest) return `no index in ${indexDir}/ yet`;
  if (manifest.format !== INDEX_FORMAT) return `the index in ${indexDir}/ has an older format (${manifest.format}, now ${INDEX_FORMAT})`;
  if (manifest.parserVersion !== PARSER_VERSION) return `the index in ${indexDir}/ was parsed by an older parser (version ${manifest.parserVersion}, now ${PARSER_VERSION})`;
  return null;
}

function readManifest(generationDir: string | null): IndexManifest | null {
  if (!generationDir) return null;
  try {
    return JSON.parse(readFileSync(join(generationDir, MANIFEST_FILE), 'utf8')) as IndexManifest;
  } catch {
    return null;
  }
}


/** Parses the sources and indexes what parsed; files that fail are reported, never fatal. */
export async function buildIndex(options: BuildOptions): Promise<BuildReport> {
  const failures: ParseFailure[] = [];
  const transcripts: Transcript[] = [];
  for (const o of parseTranscriptFiles(options.sources)) {
    if (o.ok) transcripts.push(o.transcript);
    else failures.push({ file: o.file, error: o.error });
  }
  return { ...(await indexTranscripts(transcripts, options)), failures };
}

/**
 * Writes a complete new index generation of `transcripts`, embedding only what is new or changed,
 * then swaps it in. The previous index stays usable until the swap.
 */
export async function indexTranscripts(
  parsed: Transcript[],
  options: Omit<BuildOptions, 'sources'>,
): Promise<Omit<BuildReport, 'failures'>> {
  const log = options.log ?? (() => {});
  const { indexDir, embedder } = options;
  const transcripts = [...parsed].sort((a, b) => a.key.localeCompare(b.key));

  const previousDir = currentGeneration(indexDir);
  const previous = readManifest(previousDir);
  let reusable = previous !== null && previous.model !== null;
  if (previous && previous.format !== INDEX_FORMAT) {
    log(`index format changed (${previous.format} → ${INDEX_FORMAT}): rebuilding everything`);
    reusable = false;
  } else if (previous && previous.parserVersion !== PARSER_VERSION) {
    log(`parser version changed (${previous.parserVersion} → ${PARSER_VERSION}): rebuilding everything`);
    reusable = false;
  } else if (previous?.model && embedder && (previous.model !== embedder.model || previous.dimension !== embedder.dimension)) {
    log(`model changed (${previous.model} → ${embedder.model}): re-embedding everything`);
    reusable = false;
  }

  // Vectors of unchanged transcripts come from the previous generation, grouped by briefing key.
  const previousChunks = new Map<string, StoredChunk[]>();
  if (reusable && previousDir) {
    const store = await VectorStore.open(previousDir);
    for (const chunk of (await store?.chunks()) ?? []) {
      const list = previousChunks.get(chunk.metadata.key) ?? [];
      list.push(chunk);
      previousChunks.set(chunk.metadata.key, list);
    }
  }
  const model = embedder?.model ?? (reusable ? previous!.model : null);
  const dimension = embedder?.dimension ?? (reusable ? previous!.dimension : null);

  const manifest: IndexManifest = {
    format: INDEX_FORMAT, parserVersion: PARSER_VERSION, model, dimension, builtAt: new Date().toISOString(), transcripts: {},
  };
  const records: IndexedRecord[] = [];
  const chunks: StoredChunk[] = [];
  const toEmbed: IndexedRecord[] = [];
  let embedded = 0;
  let reused = 0;
  for (const transcript of transcripts) {
    const hash = contentHash(transcript);
    const own = toIndexedRecords(transcript);
    records.push(...own);
    const old = previous?.transcripts[transcript.key];
    const kept = old && old.hash === hash && old.vectors ? previousChunks.get(transcript.key) : undefined;
    if (kept) {
      // Metadata is derived, so it is written afresh: only the vectors are worth keeping.
      const byId = new Map(own.map((r) => [r.id, r]));
      for (const chunk of kept) chunks.push({ ...chunk, metadata: chunkMetadata(byId.get(chunk.metadata.record)!) });
      reused++;
    } else if (embedder) {
      for (const record of own) toEmbed.push(record);
      embedded++;
    }
    manifest.transcripts[transcript.key] = {
      file: transcript.file, hash, records: own.length, vectors: kept !== undefined || embedder !== null,
    };
  }
  const removed = previous ? Object.keys(previous.transcripts).filter((k) => !(k in manifest.transcripts)).length : 0;

  if (embedder && toEmbed.length > 0) {
    for (const chunk of await embedRecords(toEmbed, embedder, indexDir, log, options.progress)) chunks.push(chunk);
  }

  const generationDir = createGeneration(indexDir);
  writeRecordStore(generationDir, transcripts.map(toBriefingSummary), records);
  writeLexicalFiles(generationDir, buildLexicalData(records));
  if (chunks.length > 0) await VectorStore.write(generationDir, chunks, previousDir);
  // The manifest last: a generation without one is never taken for complete.
  writeFileDurable(join(generationDir, MANIFEST_FILE), JSON.stringify(manifest, null, 1));
  commitGeneration(indexDir, generationDir);
  clearEmbeddingJournal(indexDir);
  removeStaleGenerations(indexDir);

  const withoutVectors = Object.values(manifest.transcripts).filter((t) => !t.vectors).length;
  return {
    transcripts: transcripts.length, records: records.length, embedded, reused, removed,
    withoutVectors, model, generationDir,
  };
}

/** Embeds every chunk of the given records, resuming from the journal a killed run left. */
async function embedRecords(
  records: IndexedRecord[],
  embedder: Embedder,
  indexDir: string,
  log: (line: string) => void,
  progress?: (done: number, total: number) => void,
): Promise<StoredChunk[]> {
  const journal = new EmbeddingJournal(indexDir);
  if (journal.size > 0) log(`resuming: ${journal.size} vectors from an interrupted run are reused`);
  const chunks: (StoredChunk & { hash: string; text: string })[] = [];
  for (const record of records) {
    const paragraphs = record.answer.split(PARAGRAPH_SEPARATOR);
    chunkRecord(record.question, paragraphs, (t) => embedder.countTokens(t), embedder.maxTokens).forEach((text, i) => {
      chunks.push({ id: `${record.id}~${i}`, hash: chunkHash(embedder.model, text), text, vector: [], metadata: chunkMetadata(record) });
    });
  }
  const missing = chunks.filter((c) => journal.get(c.hash) === undefined);
  const BATCH = 32;
  progress?.(0, missing.length);
  for (let i = 0; i < missing.length; i += BATCH) {
    const batch = missing.slice(i, i + BATCH);
    const vectors = await embedder.embed(batch.map((c) => c.text));
    journal.append(batch.map((c, j) => ({ hash: c.hash, vector: Array.from(vectors[j]!) })));
    progress?.(Math.min(i + BATCH, missing.length), missing.length);
  }
  return chunks.map(({ id, hash, metadata }) => ({ id, vector: journal.get(hash)!, metadata }));
}
