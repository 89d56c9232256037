import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TINY_DIMENSION, tinyVocabulary, writeTinyModel } from '../../scripts/make-tiny-model.js';

const FIXTURE = path.resolve('test/fixtures/tiny-model');

function listFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(root, path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
    .sort();
}

describe('scripts/make-tiny-model.ts', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'spox-tiny-model-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('regenerates the committed fixture byte for byte', () => {
    const written = writeTinyModel(out).sort();
    expect(written).toEqual(listFiles(FIXTURE));
    for (const file of written) {
      expect(readFileSync(path.join(out, file)).equals(readFileSync(path.join(FIXTURE, file))), file).toBe(true);
    }
  });

  it('describes a BERT model whose table matches the vocabulary', () => {
    const config = JSON.parse(readFileSync(path.join(FIXTURE, 'config.json'), 'utf8')) as Record<string, unknown>;
    const vocab = tinyVocabulary();
    expect(config.model_type).toBe('bert');
    expect(config.vocab_size).toBe(vocab.length);
    expect(vocab.slice(0, 5)).toEqual(['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]']);
    // The float table dominates the ONNX file: vocab × dimension × 4 bytes, plus a little framing.
    const onnxBytes = readFileSync(path.join(FIXTURE, 'onnx/model_quantized.onnx')).length;
    expect(onnxBytes).toBeGreaterThan(vocab.length * TINY_DIMENSION * 4);
    expect(onnxBytes).toBeLessThan(vocab.length * TINY_DIMENSION * 4 + 1024);
  });
});
