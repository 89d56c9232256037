import { describe, expect, it } from 'vitest';
import { buildLexicalData } from '../../src/search/lexical-build.js';
import { appendLexicalData, mergeLexicalData } from '../../src/search/lexical-merge.js';
import type { LexicalData } from '../../src/search/lexical.js';
import { toIndexedRecords } from '../../src/store/records.js';
import type { IndexedRecord } from '../../src/store/types.js';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';
import type { Transcript } from '../../src/transcripts/types.js';
import { join } from 'node:path';
import { bilingualSample, ENGLISH_SEEDS, SAMPLE_DATES } from '../seed-sources.js';

const parsed = (sources: string[]): Transcript[] =>
  parseTranscriptFiles(sources).flatMap((o) => (o.ok ? [o.transcript] : [])).sort((a, b) => a.key.localeCompare(b.key));

/**
 * A previous index of `before`, merged with `after`: the briefings of `after` that `before` holds
 * unchanged are carried, the others tokenized.
 */
function merged(before: Transcript[], after: Transcript[]): ReturnType<typeof mergeLexicalData> {
  const previous = buildLexicalData(before.flatMap(toIndexedRecords));
  const docOf = new Map(previous.ids.map((id, doc) => [id, doc]));
  const same = new Set(before.filter((t) => after.includes(t)).map((t) => t.key));
  const records: IndexedRecord[] = after.flatMap(toIndexedRecords);
  const previousDoc = Int32Array.from(records, (r) => (same.has(r.key) ? (docOf.get(r.id) ?? -1) : -1));
  expect([...previousDoc].filter((d) => d >= 0).length).toBeGreaterThan(records.length / 2);
  return mergeLexicalData(records, previous, previousDoc);
}

/** `t` with its answers edited: the same briefing, changed since the previous index. */
function edited(t: Transcript): Transcript {
  return { ...t, records: t.records.map((r) => ({ ...r, answer: [...r.answer, 'Zanzibar quorum xylophone, on the record.'] })) };
}

/** Equal arrays, compared as bytes (a deep comparison of millions of postings is slow). */
function expectSame(actual: LexicalData, expected: LexicalData): void {
  expect(actual.ids).toEqual(expected.ids);
  expect(actual.terms).toEqual(expected.terms);
  for (const name of ['postingStart', 'docs', 'frequencies', 'fieldLength', 'averageFieldLength', 'documentFrequency'] as const) {
    const bytes = (a: LexicalData) => Buffer.from(a[name].buffer, a[name].byteOffset, a[name].byteLength);
    expect(bytes(actual).equals(bytes(expected)), name).toBe(true);
  }
}

describe('merging a lexical index with the briefings changed since', () => {
  it('gives the index a clean build gives, with briefings added, changed and removed (English seeds)', () => {
    const all = parsed(ENGLISH_SEEDS);
    expect(all.length).toBeGreaterThan(100);
    const added = new Set([all[0]!, all[40]!, all[all.length - 1]!]);
    const removed = all[20]!;
    const changed = all[60]!;
    const before = all.filter((t) => !added.has(t)).map((t) => (t === changed ? edited(t) : t));
    const after = all.filter((t) => t !== removed);
    const result = merged(before, after);
    expect(result.terms).not.toContain('zanzibar'); // only the edited copy held it
    expectSame(result, buildLexicalData(after.flatMap(toIndexedRecords)));
  });

  it('does the same for the Chinese pages', () => {
    const sample = bilingualSample();
    const all = parsed([join(sample.dir, 'zh')]);
    sample.remove();
    expect(all.length).toBe(SAMPLE_DATES.length);
    const after = all.slice(1).map((t, i) => (i === 2 ? edited(t) : t));
    expectSame(merged(all, after), buildLexicalData(after.flatMap(toIndexedRecords)));
  });

  it('refuses carried records out of their previous order', () => {
    const all = parsed(ENGLISH_SEEDS).slice(0, 4);
    const records = all.flatMap(toIndexedRecords);
    const previous = buildLexicalData(records);
    const reversed = records.slice().reverse();
    expect(() => mergeLexicalData(reversed, previous, Int32Array.from(reversed, (r) => previous.ids.indexOf(r.id)))).toThrow(/order/);
  });
});

describe('appending newer briefings to a lexical index', () => {
  it('gives the index a clean build of them all gives, wherever the previous ones end (English seeds, and the Chinese pages)', () => {
    const sample = bilingualSample();
    const chinese = parsed([join(sample.dir, 'zh')]).flatMap(toIndexedRecords);
    sample.remove();
    const english = parsed(ENGLISH_SEEDS).flatMap(toIndexedRecords);
    for (const records of [english, chinese]) {
      const whole = buildLexicalData(records);
      for (const at of [1, Math.floor(records.length / 3), records.length - 1, records.length]) {
        const appended = appendLexicalData(buildLexicalData(records.slice(0, at)), records.slice(at));
        expectSame(appended, whole);
      }
    }
  });
});
