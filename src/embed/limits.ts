import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * sentence-transformers' max_seq_length for models whose Transformers.js repo does not ship
 * sentence_bert_config.json: their tokenizer says 512, but the model was trained on 256.
 */
const KNOWN_MAX_SEQ_LENGTH: Record<string, number> = {
  'all-MiniLM-L6-v2': 256,
};

const FALLBACK = 512;

function sentenceBertMax(folder: string): number | undefined {
  try {
    const config: unknown = JSON.parse(readFileSync(path.join(folder, 'sentence_bert_config.json'), 'utf8'));
    const value = (config as { max_seq_length?: unknown }).max_seq_length;
    return typeof value === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}

const positive = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;

/** The most word pieces the model reads: the smallest limit any of its configuration states. */
export function readMaxTokens(model: string, folder: string, tokenizerMax: unknown, config: unknown): number {
  const limits = [
    sentenceBertMax(folder),
    KNOWN_MAX_SEQ_LENGTH[path.basename(model)],
    tokenizerMax,
    (config as { max_position_embeddings?: unknown } | undefined)?.max_position_embeddings,
  ].filter(positive);
  return limits.length > 0 ? Math.min(...limits) : FALLBACK;
}
