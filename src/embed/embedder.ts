import type { FeatureExtractionPipeline } from '@xenova/transformers';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describeFailure, missingFolder, notCached, turnedOff } from './failure.js';
import { readMaxTokens } from './limits.js';
import { DownloadMonitor } from './progress.js';
import { modelTurnedOff, type EmbedSettings } from './settings.js';
import { configureTransformers, isDirectory, localFolder, resolveModelSource } from './source.js';

export interface Embedder {
  /** The model id or path as configured. */
  readonly model: string;
  /** Vector length, found by embedding a probe text. */
  readonly dimension: number;
  /** The most word pieces the model reads; longer texts are truncated when embedded. */
  readonly maxTokens: number;
  /** Word pieces, special tokens included, as the model's tokenizer counts them (not truncated). */
  countTokens(text: string): number;
  /** Mean-pooled, L2-normalised vectors, one per text, in order. */
  embed(texts: string[]): Promise<Float32Array[]>;
}

/** `chosen`: the settings turn the model off (SPOX_MODEL=none), so there is nothing to warn about. */
export type EmbedderLoad = { ok: true; embedder: Embedder } | { ok: false; reason: string; hint: string; chosen?: true };

const BATCH_SIZE = 32;
/** How long a download may go without receiving data before the load gives up. */
const STALL_MS = 30_000;

// Transformers.js settings are global: loads take turns so one cannot reconfigure another.
let previous: Promise<unknown> = Promise.resolve();

/**
 * Loads the embedding model, downloading it once into the cache if allowed. Never throws:
 * when the model cannot be had, says why and how to enable semantic search.
 */
export function loadEmbedder(settings: EmbedSettings, log: (line: string) => void = () => {}): Promise<EmbedderLoad> {
  const next = previous.then(() => load(settings, log));
  previous = next.catch(() => undefined);
  return next;
}

async function load(settings: EmbedSettings, log: (line: string) => void): Promise<EmbedderLoad> {
  if (modelTurnedOff(settings)) return { ok: false, ...turnedOff(), chosen: true };
  const source = resolveModelSource(settings.model);
  if (source.kind === 'folder' && !isDirectory(source.folder)) return { ok: false, ...missingFolder(source.folder) };

  const folder = localFolder(source, settings);
  // Only a hub model with downloads allowed can fetch; then a file missing from the cache is a download.
  const canFetch = source.kind === 'hub' && !settings.offline;
  // Known to fail without Transformers.js, whose import alone costs half a second and ~50 MB.
  if (source.kind === 'hub' && !canFetch && !existsSync(path.join(folder, 'config.json'))) return { ok: false, ...notCached(source.id, settings) };
  const { env, pipeline } = await import('@xenova/transformers');
  const name = configureTransformers(env, source, settings);
  const onDisk = (file: string): boolean => !canFetch || existsSync(path.join(folder, file));
  const monitor = new DownloadMonitor(name, onDisk, log, STALL_MS);
  try {
    const loading = pipeline('feature-extraction', name, { quantized: true, progress_callback: monitor.onEvent });
    loading.catch(() => {}); // if the stall wins the race, a late failure must not go unhandled
    const extractor = await Promise.race([loading, monitor.stalled]);
    return { ok: true, embedder: await wrap(settings.model, extractor, folder) };
  } catch (error) {
    return { ok: false, ...describeFailure(error, source, settings) };
  } finally {
    monitor.dispose();
  }
}

async function wrap(model: string, extractor: FeatureExtractionPipeline, folder: string): Promise<Embedder> {
  const tokenizer = extractor.tokenizer;
  const maxTokens = readMaxTokens(model, folder, tokenizer.model_max_length, extractor.model.config);
  // The pipeline truncates at the tokenizer's limit, which can exceed what the model was trained on.
  tokenizer.model_max_length = maxTokens;

  const embedBatch = async (texts: string[]): Promise<Float32Array[]> => {
    const output = await extractor(texts, { pooling: 'mean', normalize: true });
    const width = output.dims[1] ?? 0;
    const data = output.data as Float32Array;
    return texts.map((_, i) => data.slice(i * width, (i + 1) * width));
  };

  const probe = await embedBatch(['dimension probe']);
  const dimension = probe[0]?.length ?? 0;
  if (dimension === 0) throw new Error(`${model} returned an empty vector`);

  return {
    model,
    dimension,
    maxTokens,
    countTokens: (text) => tokenizer.encode(text).length,
    async embed(texts) {
      // Shorter texts batched together need less padding; results go back in input order.
      const order = texts.map((_, i) => i).sort((a, b) => (texts[a] ?? '').length - (texts[b] ?? '').length);
      const vectors: Float32Array[] = new Array<Float32Array>(texts.length);
      for (let start = 0; start < order.length; start += BATCH_SIZE) {
        const indices = order.slice(start, start + BATCH_SIZE);
        const batch = await embedBatch(indices.map((i) => texts[i] ?? ''));
        indices.forEach((textIndex, j) => {
          const vector = batch[j];
          if (vector) vectors[textIndex] = vector;
        });
      }
      return vectors;
    },
  };
}
