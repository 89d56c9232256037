import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nothingRelevantText, totalsLine } from '../../src/answers/totals.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { openSearch } from '../../src/search/open.js';
import { buildIndex } from '../../src/store/build.js';
import { currentGeneration } from '../../src/store/layout.js';
import { readRecordStore } from '../../src/store/records-file.js';
import type { IndexedRecord } from '../../src/store/types.js';

/**
 * A Chinese word typed whole, on every bundled Chinese page (2016-11 to 2020-07): its parts are
 * read apart only where they go together, and a record holding a fragment of it is no match
 * (`heldWordTerms`, chinese-words.ts); and the notes an English question gets on how its words were
 * read, where the Chinese index reads them so too.
 */
let search: SearchEngine;
let records: IndexedRecord[];
const dir = mkdtempSync(join(tmpdir(), 'spox-chinese-whole-words-'));

beforeAll(async () => {
  const report = await buildIndex({ sources: ['seeds/mfa-zh'], indexDir: dir, embedder: null });
  expect(report.failures).toEqual([]);
  search = await openSearch(dir, { embedder: null });
  records = readRecordStore(currentGeneration(dir)!).records.filter((r) => r.lang === 'zh');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (r: IndexedRecord): string => `${r.question ?? ''}\n${r.answer}`;
const writing = (word: string): string[] => records.filter((r) => text(r).includes(word)).map((r) => r.id).sort();
const ids = async (query: string): Promise<string[]> => (await search.search(query, { k: 0 })).matches.map((m) => m.id).sort();

describe('a Chinese word typed whole', () => {
  it('needs 两国方案 whole: 两国 and 方案 go together no more than chance, and apart they are no two-state solution', async () => {
    const saying = writing('两国方案');
    expect(saying).toHaveLength(15);
    expect(records.filter((r) => !text(r).includes('两国方案') && text(r).includes('两国') && text(r).includes('方案')).length).toBeGreaterThan(40);
    expect(await ids('两国方案')).toEqual(saying); // was 68: 两国 and 方案 anywhere
  });

  it('still reads apart the words of one whose parts go together (半岛无核化: 半岛 and 无核化)', async () => {
    const found = await ids('半岛无核化');
    const apart = found.filter((id) => !writing('半岛无核化').includes(id));
    expect(apart.length).toBeGreaterThan(0);
    for (const id of apart) expect(text(search.record(id)!)).toMatch(/半岛[\s\S]*无核化|无核化[\s\S]*半岛/);
  });

  it('offers no exchange holding only a fragment of 沙漠蝗虫, which no exchange says', async () => {
    expect(writing('沙漠蝗虫')).toEqual([]);
    const response = await search.search('沙漠蝗虫', { k: 5 });
    expect(response.matches.map((m) => m.id)).toEqual([]); // was zh-2019-10-21#2, on Catalonia: "沙漠中的海市蜃楼"
    expect(response.missing.inNoRecord).toEqual(['沙漠蝗虫']);
    expect(nothingRelevantText(search, response)).toMatch(/^Nothing relevant found for “沙漠蝗虫”\. No exchange in the index says “沙漠蝗虫”\./);
    // Each piece asked alone finds its own; 疫情溯源, whose pieces meet in the exchanges on the origins of the virus, still finds those saying 溯源.
    expect(await ids('沙漠')).toEqual(writing('沙漠'));
    expect(await ids('蝗虫')).toEqual(writing('蝗虫'));
    expect(await ids('疫情溯源')).toEqual(writing('溯源'));
  });
});

describe('the notes of an English question, on a Chinese one', () => {
  it('says "17+1" was read as CEEC, as the Chinese index reads it: 17+1合作 finds the exchanges writing 16+1', async () => {
    // The index reads 16+1 and 17+1 as one name (terms.ts, `NUMBERED_FORMATS`): the Chinese pages write only 16+1.
    const format = records.filter((r) => /1[67]\+1/.test(text(r))).map((r) => r.id).sort();
    expect(format.length).toBeGreaterThan(2);
    expect(writing('17+1')).toEqual([]);
    for (const question of ['17+1合作', '中方如何评价17+1合作？']) {
      const response = await search.search(question, { k: 0 });
      expect(response.matches.map((m) => m.id).sort(), question).toEqual(format);
      // Was no word of why exchanges writing 16+1 answer 17+1.
      expect(response.framingRead?.respelled, question).toEqual([{ typed: '17+1', read: 'CEEC' }]);
      expect(totalsLine(response), question).toContain('“17+1” read as “CEEC”');
    }
    // Quoted, it is matched as written, and nothing is said of a reading.
    const quoted = await search.search('“17+1合作”', { k: 0 });
    expect(quoted.total).toBe(0);
    expect(quoted.framingRead?.respelled).toBeUndefined();
  });

  it('counts a capital as the exchanges writing it, and says nothing of its country: the Chinese index reads 平壤 as itself', async () => {
    // English counts "Pyongyang" among the DPRK's exchanges and says how many it left out (capitals-counted.ts); 平壤 is a word of its own.
    for (const capital of ['平壤', '河内']) {
      const counted = await search.search(`中方提到${capital}多少次？`, { k: 0 });
      expect(counted.matches.map((m) => m.id).sort(), capital).toEqual(writing(capital));
      expect(counted.wordsCounted?.capitals, capital).toBeUndefined();
      expect(totalsLine(counted), capital).not.toMatch(/not counted|counted those on/);
    }
  });
});
