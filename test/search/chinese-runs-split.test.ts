import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totalsLine } from '../../src/answers/totals.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { asksHowOften, withoutFraming } from '../../src/search/framing.js';
import { openSearch } from '../../src/search/open.js';
import { buildIndex } from '../../src/store/build.js';
import { currentGeneration } from '../../src/store/layout.js';
import { readRecordStore } from '../../src/store/records-file.js';
import type { IndexedRecord } from '../../src/store/types.js';

/**
 * Chinese typed without spaces, on every bundled Chinese page (2016-11 to 2020-07): a run no page
 * writes whole is searched as the words it is made of (`chinese-runs-split.ts`), and a count's words
 * around its topic are framing, not searched (framing.ts).
 */
let search: SearchEngine;
let records: IndexedRecord[];
const dir = mkdtempSync(join(tmpdir(), 'spox-chinese-runs-split-'));

beforeAll(async () => {
  const report = await buildIndex({ sources: ['seeds/mfa-zh'], indexDir: dir, embedder: null });
  expect(report.failures).toEqual([]);
  search = await openSearch(dir, { embedder: null });
  records = readRecordStore(currentGeneration(dir)!).records.filter((r) => r.lang === 'zh');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (r: IndexedRecord): string => `${r.question ?? ''}\n${r.answer}`;
const writing = (...words: string[]): string[] => records.filter((r) => words.every((w) => text(r).includes(w))).map((r) => r.id).sort();
const ids = async (query: string): Promise<string[]> => (await search.search(query, { k: 0 })).matches.map((m) => m.id).sort();

describe('a Chinese run no page writes whole', () => {
  it('is searched as the words it is made of, as if typed with a space, and the answer says so', async () => {
    // The pages write 部署“萨德”, never 萨德部署: it was "nothing found".
    expect(writing('萨德部署')).toEqual([]);
    const both = writing('萨德', '部署');
    expect(both.length).toBeGreaterThan(50);
    const response = await search.search('萨德部署', { k: 5 });
    expect(response.matches.map((m) => m.id).sort()).toEqual(await ids('萨德 部署'));
    for (const id of both) expect(response.matches.some((m) => m.id === id), id).toBe(true);
    expect(response.chineseWordsRead).toEqual([{ written: '萨德部署', searched: '萨德 部署', as: 'split' }]);
    expect(totalsLine(response)).toContain('“萨德部署” searched as “萨德 部署”: no exchange writes it whole');
    // 武汉“封城”: the quote marks the pages put around the word kept it from being found whole.
    const lockdown = writing('武汉', '封城');
    expect(lockdown.length).toBeGreaterThan(2);
    expect(await ids('武汉封城')).toEqual(lockdown);
  });

  it('beside a name of the pages\', answers the name where no exchange holds both (苏莱曼尼被杀)', async () => {
    const soleimani = writing('苏莱曼尼');
    expect(soleimani.length).toBeGreaterThan(1);
    expect(writing('苏莱曼尼', '被杀')).toEqual([]);
    const found = await ids('苏莱曼尼被杀');
    for (const id of soleimani) expect(found, id).toContain(id);
  });

  it('is split where one exchange writes it whole and more hold its words, that exchange among them', async () => {
    const whole = writing('特朗普访华');
    expect(whole.length).toBeGreaterThan(0);
    expect(whole.length).toBeLessThan(3);
    const response = await search.search('特朗普访华', { k: 5 });
    const found = response.matches.map((m) => m.id);
    for (const id of [...whole, ...writing('特朗普', '访华')]) expect(found, id).toContain(id);
    expect(response.chineseWordsRead![0]).toMatchObject({ written: '特朗普访华', searched: '特朗普 访华', as: 'split' });
    // Those saying both words come first.
    const both = new Set(writing('特朗普', '访华'));
    expect(response.hits.every((h) => both.has(h.record.id))).toBe(true);
  });

  it('stays whole where the pages write it so, where its pieces are no word held, and inside quote marks', async () => {
    for (const word of ['两国方案', '香港国安法', '南海仲裁']) {
      expect(writing(word).length, word).toBeGreaterThan(2);
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
    const meng = writing('孟晚舟');
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
