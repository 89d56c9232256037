import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import '../../src/search/engine.js'; // registers the search's tables, as the build does
import { computeAllTables, readStoredTables } from '../../src/search/precomputed.js';
import { listedAlternatives, ReporterWords } from '../../src/search/reporter-words.js';
import { REPORTER_WORD_LIST } from '../../src/search/reporter-words-data.js';
import { termsOf } from '../../src/search/terms.js';

const dir = mkdtempSync(join(tmpdir(), 'spox-precomputed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tables the build computes for the search (precomputed.ts)', () => {
  const tables = computeAllTables();

  it('registers the one-word listed names and the reporters\' words, each unchanged through JSON, so the build\'s copy is what the sources compute', () => {
    expect(Object.keys(tables).sort()).toEqual(['oneWordListedNames', 'reporterWordAlternatives']);
    for (const value of Object.values(tables)) expect(JSON.parse(JSON.stringify(value))).toEqual(value);
    const names = tables.oneWordListedNames as string[];
    // "Hong Kong" is one word as the search reads it; "Taiwan" is one; a word that names nothing is not.
    for (const name of ['Hong Kong', 'Taiwan', 'Pompeo']) expect(names).toContain(termsOf(name)[0]);
    expect(names).not.toContain(termsOf('tariffs')[0]);
  });

  it('gives the reporters\' words the same stand-ins worked out ahead as from the list', () => {
    const ahead = new ReporterWords(tables.reporterWordAlternatives as ReturnType<typeof listedAlternatives>);
    const fromList = new ReporterWords(REPORTER_WORD_LIST);
    for (const text of ['the jet crash', 'Beijing penalises US arms makers', 'what the prime minister said']) {
      const terms = new Set(termsOf(text));
      expect([...ahead.standIns(text, terms)]).toEqual([...fromList.standIns(text, terms)]);
      expect(fromList.standIns(text, terms).size).toBeGreaterThan(0);
    }
  });

  it('reads a build\'s file of tables, and nothing from a missing or broken one', () => {
    const file = join(dir, 'precomputed.json');
    writeFileSync(file, JSON.stringify({ oneWordListedNames: ['taiwan'] }));
    expect(readStoredTables(pathToFileURL(file))).toEqual({ oneWordListedNames: ['taiwan'] });
    writeFileSync(file, '{"cut short');
    expect(readStoredTables(pathToFileURL(file))).toBeNull();
    expect(readStoredTables(pathToFileURL(join(dir, 'none.json')))).toBeNull();
  });
});
