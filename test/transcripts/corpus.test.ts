import { describe, expect, it } from 'vitest';
import { parseTranscriptFiles, type FileOutcome } from '../../src/transcripts/corpus.js';
import type { Transcript } from '../../src/transcripts/types.js';
import { englishVisibleText as visibleText, verbatimMisses } from './helpers.js';

describe('the whole bundled English corpus', () => {
  const outcomes = parseTranscriptFiles(['seeds/mfa-en', 'seeds/site-2026', 'seeds/plain-text']); // seeds/mfa-zh: test/transcripts/zh/
  const transcripts = outcomes.flatMap((o) => (o.ok ? [o.transcript] : []));

  it('parses all 447 files with no failure', () => {
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    // 441 pages of 2018-2020, 3 pages of 2026, the 2021 paste and the two 2026 pastes.
    expect(transcripts).toHaveLength(447);
  });

  it('quotes verbatim: every question and answer paragraph occurs in its page\'s visible text', () => {
    const { misses, checked } = verbatimMisses(transcripts, visibleText);
    expect(misses).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
  });

  it('gives every record a unique id and every exchange an answer', () => {
    const ids = transcripts.flatMap((t) => t.records.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(transcripts.every((t) => t.records.every((r) => r.answer.length > 0 && r.answer.every((p) => p.length > 0)))).toBe(true);
    const exchangeCount = transcripts.reduce((n, t) => n + t.records.filter((r) => r.kind === 'exchange').length, 0);
    expect(exchangeCount).toBeGreaterThan(4000);
  });

  it('reads a file named twice, by different paths, once', () => {
    const twice = parseTranscriptFiles(['seeds/plain-text', `${process.cwd()}/seeds/plain-text/000_4d07b25c1c8cc511.txt`]);
    expect(twice).toHaveLength(3); // the folder's three pastes, the one named again not twice
  });

  it('gives the same ids when the files are parsed again', () => {
    const again = parseTranscriptFiles(['seeds/mfa-en', 'seeds/site-2026', 'seeds/plain-text']);
    const idsOf = (list: FileOutcome[]): string[] => list.flatMap((o) => (o.ok ? o.transcript.records.map((r) => r.id) : []));
    expect(idsOf(again)).toEqual(idsOf(outcomes));
  });

  it('names a spokesperson, an ISO date and a URL for every page', () => {
    const bad = transcripts.filter(
      (t: Transcript) => !/^\d{4}-\d{2}-\d{2}$/.test(t.date) || !t.spokesperson || (t.file.endsWith('.shtml') && !t.url),
    );
    expect(bad.map((t) => t.file)).toEqual([]);
  });
});
