import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEmbedder, type Embedder } from '../../src/embed/embedder.js';
import { TINY_DIMENSION, TINY_MAX_SEQ_LENGTH } from '../../scripts/make-tiny-model.js';

const TINY = 'test/fixtures/tiny-model';

const norm = (v: Float32Array): number => Math.sqrt(v.reduce((sum, x) => sum + x * x, 0));

describe('loadEmbedder on the tiny model folder', () => {
  let embedder: Embedder;
  const lines: string[] = [];
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'spox-cache-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  beforeAll(async () => {
    const load = await loadEmbedder({ model: TINY, cacheDir, offline: false }, (l) => lines.push(l));
    if (!load.ok) throw new Error(`${load.reason} (${load.hint})`);
    embedder = load.embedder;
  });

  it('loads quietly, reports the model as configured, and finds the dimension', () => {
    expect(lines).toEqual([]);
    expect(embedder.model).toBe(TINY);
    expect(embedder.dimension).toBe(TINY_DIMENSION);
  });

  it('reads at most what sentence_bert_config.json says, below the tokenizer limit', () => {
    expect(embedder.maxTokens).toBe(TINY_MAX_SEQ_LENGTH);
  });

  it('counts word pieces with the special tokens', () => {
    expect(embedder.countTokens('')).toBe(2); // [CLS] [SEP]
    expect(embedder.countTokens('the people')).toBe(4);
    // "zyx" is not a word of the vocabulary: z ##y ##x.
    expect(embedder.countTokens('the zyx')).toBe(6);
    const long = 'the people of china '.repeat(100);
    expect(embedder.countTokens(long)).toBe(402); // not truncated
  });

  it('embeds into unit vectors, one per text, in order', async () => {
    const texts = ['The people of China', 'Trade and cooperation', '', 'the people of china'];
    const vectors = await embedder.embed(texts);
    expect(vectors).toHaveLength(texts.length);
    for (const v of vectors) {
      expect(v).toBeInstanceOf(Float32Array);
      expect(v.length).toBe(TINY_DIMENSION);
      expect(norm(v)).toBeCloseTo(1, 5);
    }
    const [a, b, , lower] = vectors;
    expect(Array.from(lower!)).toEqual(Array.from(a!)); // the tokenizer lowercases
    expect(Array.from(b!)).not.toEqual(Array.from(a!));
  });

  it('gives the same vector for the same text, whatever batch it is in', async () => {
    const text = 'We hope the relevant parties will support peace.';
    const [alone] = await embedder.embed([text]);
    const many = Array.from({ length: 70 }, (_, i) => `filler text number ${i} ${'about trade '.repeat(i % 7)}`);
    many.splice(41, 0, text);
    const vectors = await embedder.embed(many);
    expect(vectors).toHaveLength(71);
    expect(Array.from(vectors[41]!)).toEqual(Array.from(alone!));
    expect(new Set(vectors.map((v) => Array.from(v).join(','))).size).toBe(71);
  });

  it('truncates texts at maxTokens, as the model would', async () => {
    // [CLS] + 254 × trade + china fill the 256 pieces; what follows is never read.
    // (Transformers.js cuts the tail, [SEP] included, where Python tokenizers would keep [SEP].)
    const head = `${'trade '.repeat(TINY_MAX_SEQ_LENGTH - 2)}china`;
    const fits = 'trade '.repeat(TINY_MAX_SEQ_LENGTH - 2); // exactly 256 with [CLS] and [SEP]
    const [a, b, whole] = await embedder.embed([`${head} peace`, `${head} people of the world`, fits]);
    expect(Array.from(b!)).toEqual(Array.from(a!));
    expect(Array.from(whole!)).not.toEqual(Array.from(a!));
  });

  it('loads and embeds 100 texts quickly', async () => {
    const started = performance.now();
    const load = await loadEmbedder({ model: path.resolve(TINY), cacheDir, offline: true });
    expect(load.ok).toBe(true);
    if (!load.ok) return;
    const texts = Array.from({ length: 100 }, (_, i) => `The spokesperson answered question ${i} about trade and peace.`);
    const vectors = await load.embedder.embed(texts);
    const ms = performance.now() - started;
    expect(vectors).toHaveLength(100);
    expect(ms).toBeLessThan(5000);
    console.log(`tiny model: load + embed 100 texts in ${ms.toFixed(0)} ms`);
  });
});
