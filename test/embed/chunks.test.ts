import { beforeAll, describe, expect, it } from 'vitest';
import { chunkRecord } from '../../src/embed/chunks.js';
import { loadEmbedder, type Embedder } from '../../src/embed/embedder.js';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';
import type { Exchange } from '../../src/transcripts/types.js';

let embedder: Embedder;
let count: (text: string) => number;
let exchange: Exchange;

beforeAll(async () => {
  const load = await loadEmbedder({ model: 'test/fixtures/tiny-model', cacheDir: '.cache/unused', offline: true });
  if (!load.ok) throw new Error(load.reason);
  embedder = load.embedder;
  count = (text) => embedder.countTokens(text);

  const [outcome] = parseTranscriptFiles(['seeds/mfa-en/t1758992.shtml']);
  if (!outcome?.ok) throw new Error('t1758992.shtml did not parse');
  const record = outcome.transcript.records.find((r) => r.id === '2020-03-20#1');
  if (record?.kind !== 'exchange') throw new Error('exchange 2020-03-20#1 is missing');
  exchange = record;
});

/** Words in order, so that a paragraph split across chunks can be found again. */
const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '');

/** The answer parts of chunks that all start with `head`, as one run of words. */
const answerWords = (chunks: string[], head: string): string[] => chunks.flatMap((c) => words(c.slice(head.length)));

describe('chunkRecord', () => {
  it('gives a short exchange exactly one chunk: the question, then the answer', () => {
    const chunks = chunkRecord('Can you confirm the visit?', ['Yes.', 'The visit will take place next week.'], count, 256);
    expect(chunks).toEqual(['Can you confirm the visit?\n\nYes.\n\nThe visit will take place next week.']);
  });

  it('gives a statement (no question) its answer alone', () => {
    expect(chunkRecord(null, ['We welcome the talks.'], count, 256)).toEqual(['We welcome the talks.']);
  });

  it('windows a long answer into chunks within the budget, each led by the question, covering every paragraph', () => {
    const question = exchange.question.join(' ');
    expect(exchange.answer).toHaveLength(18);
    for (const maxTokens of [256, 128]) {
      const chunks = chunkRecord(question, exchange.answer, count, maxTokens);
      expect(chunks.length).toBeGreaterThan(3);
      const questionStart = words(question).slice(0, 5).join(' ');
      for (const chunk of chunks) {
        expect(count(chunk)).toBeLessThanOrEqual(maxTokens);
        expect(chunk.startsWith(questionStart)).toBe(true);
      }
      // Every paragraph, whole or cut, exactly once and in order after the question.
      const head = chunks[0]!.split('\n\n')[0]!;
      expect(question.startsWith(head)).toBe(true);
      for (const chunk of chunks) expect(chunk.startsWith(`${head}\n\n`)).toBe(true);
      expect(answerWords(chunks, head)).toEqual(words(exchange.answer.join(' ')));
      const whole = exchange.answer.filter((p) => chunks.some((c) => c.includes(p)));
      expect(whole.length).toBeGreaterThan(maxTokens === 256 ? exchange.answer.length / 2 : 0);
      // Windows hold several paragraphs where they fit: fewer chunks than paragraph pieces.
      expect(chunks.some((c) => c.split('\n\n').length > 2)).toBe(true);
    }
  });

  it('keeps paragraphs whole and in order when they fit', () => {
    const answer = exchange.answer.filter((p) => count(p) < 100);
    const chunks = chunkRecord('Q?', answer, count, 256);
    const parts = chunks.flatMap((c) => c.split('\n\n').slice(1));
    expect(parts).toEqual(answer);
  });

  it('cuts an overlong paragraph at sentence ends', () => {
    const sentences = Array.from({ length: 12 }, (_, i) => `Sentence ${i} says that the people of China support peace and development.`);
    const chunks = chunkRecord('Why?', [sentences.join(' ')], count, 64);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(count(chunk)).toBeLessThanOrEqual(64);
      expect(chunk.startsWith('Why?\n\n')).toBe(true);
      expect(chunk.endsWith('development.')).toBe(true);
    }
    expect(chunks.map((c) => c.slice('Why?\n\n'.length)).join(' ')).toBe(sentences.join(' '));
  });

  it('cuts a sentence longer than the budget between words', () => {
    const sentence = `${'the people of china and the world '.repeat(30)}agree.`;
    const chunks = chunkRecord(null, [sentence], count, 32);
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) expect(count(chunk)).toBeLessThanOrEqual(32);
    expect(words(chunks.join(' '))).toEqual(words(sentence));
  });

  it('truncates an overlong question by words, leaving room for the answer', () => {
    const question = 'What is the position of the government on the issue of trade '.repeat(20).trim();
    const chunks = chunkRecord(question, ['We oppose it.'], count, 64);
    expect(chunks).toHaveLength(1);
    const chunk = chunks[0]!;
    expect(count(chunk)).toBeLessThanOrEqual(64);
    expect(chunk.endsWith('\n\nWe oppose it.')).toBe(true);
    const head = chunk.split('\n\n')[0]!;
    expect(question.startsWith(head)).toBe(true);
    expect(head.length).toBeLessThan(question.length);
  });
});
