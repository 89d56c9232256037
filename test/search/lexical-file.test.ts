import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadQuerySet } from '../../src/eval/queries.js';
import { readLexicalIndex, writeLexicalFiles } from '../../src/search/lexical-file.js';
import { buildLexicalData, LexicalIndex } from '../../src/search/lexical.js';
import { termsOf } from '../../src/search/terms.js';
import { LEXICAL_FILE } from '../../src/store/layout.js';
import { toIndexedRecords } from '../../src/store/records.js';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';
import { ENGLISH_SEEDS } from '../seed-sources.js';

// The English records, as the English lexical files hold them (the Chinese ones have their own: test/store/chinese.test.ts).
const records = parseTranscriptFiles(ENGLISH_SEEDS).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
/** A query as the engine searches it: its index terms, each of weight 1. */
const weightsOf = (query: string): Map<string, number> => new Map(termsOf(query).map((t) => [t, 1]));
const dir = mkdtempSync(join(tmpdir(), 'spox-lexical-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the stored lexical index', () => {
  const data = buildLexicalData(records);
  const built = new LexicalIndex(data);
  writeLexicalFiles(dir, data);
  const loaded = readLexicalIndex(dir);
  const queries = [...new Set(loadQuerySet().map((q) => q.query))];

  it('answers every development query as the index built from the records does', () => {
    expect(queries.length).toBeGreaterThan(20);
    let hits = 0;
    for (const query of queries) {
      const expected = built.searchTerms(weightsOf(query), () => true);
      hits += expected.length;
      expect(loaded.searchTerms(weightsOf(query), () => true), query).toEqual(expected);
    }
    expect(hits).toBeGreaterThan(1000);
  });

  it('applies the record filter and gives the same term weights', () => {
    const even = (id: string): boolean => Number(id.split('#')[1]) % 2 === 0;
    const huawei = weightsOf('Huawei 5G');
    expect(loaded.searchTerms(huawei, even)).toEqual(built.searchTerms(huawei, even));
    expect(loaded.searchTerms(huawei, even).every((m) => even(m.id))).toBe(true);
    for (const term of termsOf('Huawei Meng Wanzhou Hong Kong national security law xylophone')) {
      expect(loaded.idf(term)).toBe(built.idf(term));
      expect(loaded.documentShare(term)).toBe(built.documentShare(term));
    }
  });

  it('keeps the postings out of the JSON part', () => {
    const header = readFileSync(join(dir, LEXICAL_FILE), 'utf8');
    expect(header.length).toBeLessThan(readFileSync(join(dir, 'lexical.bin')).length / 4);
  });
});
