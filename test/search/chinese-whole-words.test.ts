import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nothingRelevantText, totalsLine } from '../../src/answers/totals.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { asksHowOften, withoutFraming } from '../../src/search/framing.js';
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

/** The records writing every one of these words, sorted. */
const writingAll = (...words: string[]): string[] => records.filter((r) => words.every((w) => text(r).includes(w))).map((r) => r.id).sort();

/**
 * Chinese typed without spaces: a run no page writes whole is searched as the words it is made of
 * (`chinese-runs-split.ts`), and a count's words around its topic are framing, not searched (framing.ts).
 */
describe('a Chinese run no page writes whole', () => {
  it('is searched as the words it is made of, as if typed with a space, and the answer says so', async () => {
    // The pages write 部署“萨德”, never 萨德部署: it was "nothing found".
    expect(writingAll('萨德部署')).toEqual([]);
    const both = writingAll('萨德', '部署');
    expect(both.length).toBeGreaterThan(50);
    const response = await search.search('萨德部署', { k: 5 });
    expect(response.matches.map((m) => m.id).sort()).toEqual(await ids('萨德 部署'));
    for (const id of both) expect(response.matches.some((m) => m.id === id), id).toBe(true);
    expect(response.chineseWordsRead).toEqual([{ written: '萨德部署', searched: '萨德 部署', as: 'split' }]);
    expect(totalsLine(response)).toContain('“萨德部署” searched as “萨德 部署”: no exchange writes it whole');
    // 武汉“封城”: the quote marks the pages put around the word kept it from being found whole.
    const lockdown = writingAll('武汉', '封城');
    expect(lockdown.length).toBeGreaterThan(2);
    expect(await ids('武汉封城')).toEqual(lockdown);
  });

  it('beside a name of the pages\', answers the name where no exchange holds both (苏莱曼尼被杀)', async () => {
    const soleimani = writingAll('苏莱曼尼');
    expect(soleimani.length).toBeGreaterThan(1);
    expect(writingAll('苏莱曼尼', '被杀')).toEqual([]);
    const found = await ids('苏莱曼尼被杀');
    for (const id of soleimani) expect(found, id).toContain(id);
  });

  it('is split where one exchange writes it whole and more hold its words, that exchange among them', async () => {
    const whole = writingAll('特朗普访华');
    expect(whole.length).toBeGreaterThan(0);
    expect(whole.length).toBeLessThan(3);
    const response = await search.search('特朗普访华', { k: 5 });
    const found = response.matches.map((m) => m.id);
    for (const id of [...whole, ...writingAll('特朗普', '访华')]) expect(found, id).toContain(id);
    expect(response.chineseWordsRead![0]).toMatchObject({ written: '特朗普访华', searched: '特朗普 访华', as: 'split' });
    // Those saying both words come first.
    const both = new Set(writingAll('特朗普', '访华'));
    expect(response.hits.every((h) => both.has(h.record.id))).toBe(true);
  });

  it('stays whole where the pages write it so, where its pieces are no word held, and inside quote marks', async () => {
    for (const word of ['两国方案', '香港国安法', '南海仲裁']) {
      expect(writingAll(word).length, word).toBeGreaterThan(2);
      expect((await search.search(word, { k: 5 })).chineseWordsRead, word).toBeUndefined();
    }
    // 泽连斯基, written once: 泽连 and 斯基 name no one else together.
    expect((await search.search('泽连斯基', { k: 5 })).chineseWordsRead).toBeUndefined();
    const quoted = await search.search('“萨德部署”', { k: 5 });
    expect(quoted.chineseWordsRead).toBeUndefined();
    expect(quoted.total).toBe(0);
  });
});

describe('a Chinese count, its words around the topic', () => {
  it('counts the topic however the count is worded', async () => {
    for (const [question, topic] of [
      ['一共有多少次提到孟晚舟', '孟晚舟'], ['提到孟晚舟多少次', '孟晚舟'], ['外交部多少次谈到孟晚舟', '孟晚舟'], ['孟晚舟出现了几次', '孟晚舟'],
    ] as const) {
      expect(asksHowOften(question), question).toBe(true);
      expect(withoutFraming(question), question).toBe(topic);
    }
    const meng = writingAll('孟晚舟');
    expect(meng.length).toBeGreaterThan(40);
    // "一共有多少次提到孟晚舟" listed 5 exchanges, 3 of them asking how many of something else.
    for (const question of ['一共有多少次提到孟晚舟', '孟晚舟出现了几次']) {
      const counted = await search.search(question, { k: 5 });
      expect(counted.total, question).toBe(meng.length);
      expect(counted.countAsked?.briefings, question).toBe(new Set(meng.map((id) => records.find((r) => r.id === id)!.date)).size);
    }
  });

  it('reads a spokesperson answering how many times about a topic, its 的 before 问题 left out', async () => {
    const counted = await search.search('赵立坚回答过几次关于香港的问题', { k: 5 });
    expect(counted.spokespersonNamed).toBe('Zhao Lijian');
    const zhaoOnHongKong = records.filter((r) => r.spokesperson === 'Zhao Lijian' && text(r).includes('香港')).map((r) => r.id).sort();
    expect(zhaoOnHongKong.length).toBeGreaterThan(20);
    const found = counted.matches.map((m) => m.id);
    for (const id of zhaoOnHongKong) expect(found, id).toContain(id);
    // The others were asked by an outlet of Hong Kong's (香港中评社), whose name the search reads too.
    for (const id of found.filter((f) => !zhaoOnHongKong.includes(f))) expect(search.record(id)!.outlet ?? '', id).toContain('香港');
  });
});
