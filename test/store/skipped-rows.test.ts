import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unheldRecordText } from '../../src/answers/button-refs.js';
import { buildIndex } from '../../src/store/build.js';
import { currentGeneration } from '../../src/store/layout.js';
import { readRecordStore } from '../../src/store/records-file.js';
import { openSearch } from '../../src/search/open.js';

// The real sample of the researchers' corpus. 2002-11-19 has two rows (id_split 103, 104);
// 2002-11-26 one (123).
const CSV = 'seeds/presscon/cmfa-presscon-v4-ukraine.csv';
const dir = mkdtempSync(join(tmpdir(), 'spox-skipped-rows-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The sheet's text with the date cell of the row whose ids begin `ids` (`104,104,112`) set to `date`. */
function redated(text: string, ids: string, from: string, date: string): string {
  const start = text.indexOf(`\n${ids},`);
  expect(start).toBeGreaterThan(0);
  const cell = text.indexOf(`,${from},`, start);
  expect(cell).toBeGreaterThan(start);
  return `${text.slice(0, cell)},${date},${text.slice(cell + from.length + 2)}`;
}

describe('a remembered spreadsheet that goes bad in a row (hunt-I #2)', () => {
  it('keeps the briefings the row fed, with their ids, until the row is mended; a row removed for good retires its id, said as such', async () => {
    const sheet = join(dir, 'presscon.csv');
    const indexDir = join(dir, 'index');
    copyFileSync(CSV, sheet);
    const text = readFileSync(sheet, 'utf8');
    await buildIndex({ sources: [sheet], indexDir, embedder: null });
    const records = () => readRecordStore(currentGeneration(indexDir)!).records;
    const before = records();
    const of = (key: string) => before.filter((r) => r.key === key).map((r) => r.id);
    expect(of('pc-2002-11-19')).toEqual(['pc-2002-11-19#1', 'pc-2002-11-19#2']);
    expect(of('pc-2002-11-26')).toEqual(['pc-2002-11-26#1']);

    // A date mistyped in the second row of 2002-11-19, and in the one row of 2002-11-26.
    writeFileSync(sheet, redated(redated(text, '104,104,112', '2002-11-19', '2002-11-40'), '123,123,134', '2002-11-26', '2002-11-62'));
    const bad = await buildIndex({ sources: [sheet], indexDir, embedder: null });
    expect(bad.failures).toHaveLength(2);
    expect(bad.failures[0]).toMatchObject({ file: sheet, error: expect.stringMatching(/^row 3 \(104, 2002-11-40\): .*the row is skipped$/), row: 3 });
    expect(bad.failures[0]!.kept.sort()).toEqual(['pc-2002-11-19', 'pc-2002-11-26']);
    expect(bad.failures[1]).toMatchObject({ error: expect.stringMatching(/^row 4 \(123, 2002-11-62\): /), kept: [] });
    // Before, 2002-11-19's second exchange and all of 2002-11-26 were removed without a word.
    expect(records()).toEqual(before);

    // Mended: the same ids name the same exchanges.
    writeFileSync(sheet, text);
    const mended = await buildIndex({ sources: [sheet], indexDir, embedder: null });
    expect(mended.failures).toEqual([]);
    expect(records()).toEqual(before);

    // The row deleted for good, the sheet otherwise whole: its exchange goes, and its id is retired.
    const deleted = text.slice(0, text.indexOf('\n104,104,112,') + 1) + text.slice(text.indexOf('\n123,123,134,') + 1);
    writeFileSync(sheet, deleted);
    const removed = await buildIndex({ sources: [sheet], indexDir, embedder: null });
    expect(removed.failures).toEqual([]);
    expect(records().filter((r) => r.key === 'pc-2002-11-19').map((r) => r.id)).toEqual(['pc-2002-11-19#1']);
    const search = await openSearch(indexDir, { embedder: null });
    const said = unheldRecordText('pc-2002-11-19#2', 'pc-2002-11-19#2', (key) => search.briefing(key)?.summary, '/briefing');
    // Before, it said the Ministry's own transcript of 2002-11-19 was indexed in its place: no such page is.
    expect(said).toBe('Exchange pc-2002-11-19#2 was removed when its spreadsheet was imported again without that row (deleted, or its question or answer changed); its id is never given to another exchange. The briefing as it is now: /briefing 2002-11-19.');
  }, 120_000);
});
