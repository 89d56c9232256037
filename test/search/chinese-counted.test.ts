import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchTimeline, timelineSummary } from '../../src/answers/timeline.js';
import { nothingRelevantText, totalsLine } from '../../src/answers/totals.js';
import { plural } from '../../src/answers/wording.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { openSearch } from '../../src/search/open.js';
import { buildIndex } from '../../src/store/build.js';
import { currentGeneration } from '../../src/store/layout.js';
import { readRecordStore } from '../../src/store/records-file.js';
import type { IndexedRecord } from '../../src/store/types.js';

/**
 * A Chinese topic counted, on every bundled Chinese page (2016-11 to 2020-07), as an English one is:
 * the exchanges saying it (chinese-mentions.ts, counted.ts), and a Chinese term no exchange says finds
 * nothing, as an English word no exchange holds (explore39 W1, M1).
 */
let search: SearchEngine;
let records: IndexedRecord[];
const dir = mkdtempSync(join(tmpdir(), 'spox-chinese-counted-'));

beforeAll(async () => {
  const report = await buildIndex({ sources: ['seeds/mfa-zh'], indexDir: dir, embedder: null });
  expect(report.failures).toEqual([]);
  search = await openSearch(dir, { embedder: null });
  records = readRecordStore(currentGeneration(dir)!).records.filter((r) => r.lang === 'zh');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (r: IndexedRecord): string => `${r.question ?? ''}\n${r.answer}`;
const holding = (test: (text: string) => boolean): string[] => records.filter((r) => test(text(r))).map((r) => r.id).sort();
const writing = (word: string): string[] => holding((t) => t.includes(word));
const sorted = (matches: readonly { id: string }[]): string[] => matches.map((m) => m.id).sort();
const timelineOf = async (topic: string) => searchTimeline(search, topic, await search.search(topic, { k: 0, wordsTogether: true, comparedAsSpan: true }));

describe('a Chinese topic counted (explore39 W1)', () => {
  it('counts the exchanges writing 穆罕默德军 (Jaish-e-Mohammed), not those on Crown Prince 穆罕默德, and says so', async () => {
    const saying = writing('穆罕默德军');
    expect(saying.length).toBeGreaterThan(5);
    const found = await search.search('穆罕默德军', { k: 0 });
    // The search still lists those on 穆罕默德 (a run of four characters of the word); the count does not count them.
    const others = found.matches.filter((m) => !saying.includes(m.id));
    expect(others.length).toBeGreaterThan(10);
    for (const m of others) expect(text(search.record(m.id)!)).toContain('穆罕默德');
    const asked = await search.search('穆罕默德军被提到多少次', { k: 5 });
    expect(sorted(asked.matches)).toEqual(saying); // was 32: 22 exchanges and 10 statements
    expect(asked.wordsCounted).toEqual({ words: ['穆罕默德军'], all: true, left: others.length });
    const briefings = new Set(saying.map((id) => search.record(id)!.date)).size;
    expect(totalsLine(asked)).toContain(`${saying.length} exchanges at ${briefings} briefings saying “穆罕默德军” (${others.length} more hold only part of it: not counted)`);
    const timeline = await timelineOf('穆罕默德军');
    expect(timeline.total).toBe(saying.length);
    const dates = saying.map((id) => search.record(id)!.date).sort();
    expect([timeline.first, timeline.last]).toEqual([dates[0], dates.at(-1)]); // was last 2019-12-30, on the Crown Prince
    expect(timelineSummary(timeline, plural)).toMatch(new RegExp(`^${saying.length} exchanges saying “穆罕默德军”`));
  });

  it('counts 中巴经济走廊 (CPEC) where it is written, not on other corridors that write 经济走廊', async () => {
    const saying = writing('中巴经济走廊');
    expect(saying.length).toBeGreaterThan(50);
    // Every exchange holding 中巴 and 经济走廊 apart writes the run too: the count is of those writing it.
    expect(holding((t) => t.includes('中巴') && t.includes('经济走廊'))).toEqual(saying);
    const found = await search.search('中巴经济走廊', { k: 0 });
    expect(found.matches.some((m) => text(search.record(m.id)!).includes('孟中印缅经济走廊') && !saying.includes(m.id))).toBe(true);
    expect(sorted((await search.search('中巴经济走廊被提到多少次', { k: 5 })).matches)).toEqual(saying); // was 97
    expect((await timelineOf('中巴经济走廊')).total).toBe(saying.length);
  });

  it('counts 武汉非正式会晤 (the Wuhan informal summit) where it, or its words 武汉 and 非正式会晤, are written', async () => {
    const whole = writing('武汉非正式会晤');
    const words = holding((t) => t.includes('武汉') && t.includes('非正式会晤'));
    expect(whole.length).toBeGreaterThan(0);
    expect(words.length).toBeGreaterThan(whole.length);
    const asked = await search.search('武汉非正式会晤被提到多少次', { k: 5 });
    expect(sorted(asked.matches)).toEqual(words); // was 34, from 2017-03-29, a year before the summit
    expect(asked.first! >= '2018-04').toBe(true);
    expect((await timelineOf('武汉非正式会晤')).total).toBe(words.length);
  });

  it('counts a topic of several Chinese words as one of several English words: the exchanges saying all of them', async () => {
    const both = holding((t) => t.includes('特朗普') && t.includes('华为'));
    const timeline = await timelineOf('特朗普 华为');
    expect(timeline.total).toBe(both.length); // was every exchange saying 特朗普 (615)
    expect(timeline.wordsCounted?.words).toEqual(['特朗普', '华为']);
    // Chinese beside Latin letters, each part said: 华为 and 5G.
    const huawei5g = holding((t) => t.includes('华为') && /(?<![\p{Script=Latin}\p{N}])5G(?![\p{Script=Latin}\p{N}])/iu.test(t));
    expect(huawei5g.length).toBeGreaterThan(10);
    expect((await timelineOf('华为5G')).total).toBe(huawei5g.length); // was every match, 华为 or 5G alone too
  });
});

describe('a Chinese question\'s particles (hunt-H #1)', () => {
  it('counts and finds a spokesperson\'s answers as the name and topic alone do, whatever particles the question is written with', async () => {
    const hers = (word: string): string[] => records.filter((r) => r.spokesperson === 'Hua Chunying' && r.kind !== 'statement' && text(r).includes(word)).map((r) => r.id).sort();
    const bullying = await search.search('华春莹说了多少次霸凌', { k: 0 });
    // "说了" had left 了 searched with 霸凌: 4 of her 15.
    expect(bullying.wordsCounted?.words ?? []).not.toContain('了');
    expect(sorted(bullying.matches.filter((m) => search.record(m.id)!.kind !== 'statement'))).toEqual(hers('霸凌'));
    expect(hers('霸凌').length).toBeGreaterThan(10);
    for (const [asked, plain] of [['耿爽怎么说孟晚舟的', '耿爽 孟晚舟'], ['陆慷关于萨德的回答', '陆慷 萨德'], ['华春莹是怎么评价蓬佩奥的', '华春莹 蓬佩奥']] as const) {
      const response = await search.search(asked, { k: 0 });
      expect(response.spokespersonNamed, asked).toBeTruthy();
      expect(response.total, asked).toBeGreaterThan(5);
      expect(sorted(response.matches), asked).toEqual(sorted((await search.search(plain, { k: 0 })).matches));
    }
  });
});

describe('an outlet named (hunt-H #3)', () => {
  it('finds the questions an outlet asked by its name alone, as an English outlet\'s are (hunt-H #3)', async () => {
    const named = await search.search('彭博社', { k: 0 });
    const ids = new Set(named.matches.map((m) => m.id));
    const itsOwn = records.filter((r) => r.outlet === '彭博社').map((r) => r.id);
    expect(itsOwn.length).toBeGreaterThan(0);
    // Each question it asked, though few name it in their text; before, only those mentioning Bloomberg (none of the 19).
    for (const id of itsOwn) expect(ids.has(id), id).toBe(true);
    // A word only part of an outlet's name finds none of its questions on other things.
    const hongKong = await search.search('香港', { k: 0 });
    expect(hongKong.matches.some((m) => search.record(m.id)!.outlet === '香港中评社')).toBe(true);
    expect(records.some((r) => r.outlet === '香港中评社' && !text(r).includes('香港'))).toBe(true);
    for (const m of hongKong.matches) {
      const r = search.record(m.id)!;
      if (r.outlet === '香港中评社') expect(`${r.question ?? ''}${r.answer}`, m.id).toContain('香港');
    }
  });
});

describe('a Chinese term no exchange says (explore39 M1)', () => {
  it('finds nothing for a name or term no page writes, not the exchanges sharing its characters, and says what no exchange says', async () => {
    // Balakot: 科特 of 斯科特 (Scott Morrison); the Quad's 四边机制: 边机制 of 双边机制.
    for (const [term, piece] of [['巴拉科特', '科特'], ['四边机制', '边机制']] as const) {
      expect(writing(term), term).toEqual([]);
      expect((await search.search(piece, { k: 0 })).total, piece).toBeGreaterThan(3);
      const response = await search.search(term, { k: 5 });
      expect(response.total, term).toBe(0); // was 5 and 25
      expect(nothingRelevantText(search, response)).toMatch(new RegExp(`^Nothing relevant found for “${term}”\\. No exchange in the index says “${term}”\\.`));
      expect((await timelineOf(term)).total, term).toBe(0);
    }
    // Only a numeral opening a word is part of it: another character alone there may be the question's own.
    expect((await search.search('问疫情溯源', { k: 0 })).total).toBeGreaterThan(0);
  });

  it('finds nothing for Article 370 (宪法第370条), which the pages write only in MH370, not Japan\'s Article 9', async () => {
    expect(holding((t) => /(?<![\p{L}\p{N}])370(?!\p{N})/u.test(t))).toEqual([]);
    expect(writing('MH370').length).toBeGreaterThan(0);
    expect(writing('宪法第9条').length).toBeGreaterThan(0);
    for (const query of ['宪法第370条', '中方如何回应印度废除宪法370条']) {
      const response = await search.search(query, { k: 5 });
      expect(response.total, query).toBe(0); // was 8 and 5
      expect(response.missing.inNoRecord, query).toEqual(['370']);
      // A number is a Latin word to the answer: the English briefings may say it.
      expect(nothingRelevantText(search, response)).toMatch(new RegExp(`^Nothing relevant found for “${query}”\\. No Chinese exchange says “370”\\.`));
    }
    // A number the pages write still finds them: the 1267 Committee.
    const committee = await search.search('1267委员会', { k: 0 });
    expect(sorted(committee.matches)).toEqual(writing('1267委员会'));
  });
});

describe('names the Chinese pages write another way (explore39 M1, missing)', () => {
  it('reads 四方安全对话 (the Quad) as 美日印澳, as the pages name it', async () => {
    const quad = writing('美日印澳');
    expect(quad.length).toBeGreaterThan(1);
    expect(writing('四方安全对话')).toEqual([]);
    expect(sorted((await search.search('四方安全对话', { k: 50 })).matches)).toEqual(quad); // was the Korean four-party talks and Afghanistan's QCG
    expect(sorted((await search.search('中方是否评论过四方安全对话', { k: 50 })).matches)).toEqual(quad);
  });

  it('reads 孟加拉 and 孟加拉国 as one, but not the Bay of Bengal (孟加拉湾)', async () => {
    const bangladesh = holding((t) => /孟加拉(?!湾)/u.test(t));
    expect(bangladesh.length).toBeGreaterThan(writing('孟加拉国').length);
    expect(writing('孟加拉湾').length).toBeGreaterThan(0);
    expect(sorted((await search.search('孟加拉国', { k: 0 })).matches)).toEqual(bangladesh); // was the 29 writing 孟加拉国
    expect(sorted((await search.search('孟加拉', { k: 0 })).matches)).toEqual(bangladesh);
  });
});

describe('a Chinese word the matches say apart as well as whole (hunt-H #5)', () => {
  it('says how many write it whole and how many its words apart, the whole ones being those a quoted search finds', async () => {
    const asked = await search.search('耿爽 朝鲜半岛 多少次', { k: 5 });
    const quoted = await search.search('耿爽 “朝鲜半岛”', { k: 0 });
    const his = new Set(records.filter((r) => r.spokesperson === 'Geng Shuang').map((r) => r.id));
    const whole = writing('朝鲜半岛').filter((id) => his.has(id));
    expect(sorted(quoted.matches)).toEqual(whole);
    const read = asked.chineseWordsRead?.find((w) => w.written === '朝鲜半岛');
    expect(read).toEqual({ written: '朝鲜半岛', searched: '朝鲜半岛', as: 'apart', heldWhole: whole.length, apart: asked.total - whole.length });
    // The others write 朝鲜 and 半岛, apart: before, nothing said that 82 of the 199 never write 朝鲜半岛.
    const others = asked.matches.filter((m) => !whole.includes(m.id));
    expect(others.length).toBeGreaterThan(50);
    for (const m of others) expect(text(search.record(m.id)!)).toMatch(/朝鲜[\s\S]*半岛|半岛[\s\S]*朝鲜/);
    expect(totalsLine(asked)).toContain(`; ${whole.length} of them write “朝鲜半岛” whole, ${others.length} write its words apart; put it in quotes for those that write it whole`);
    // Quoted, or a word every match writes whole, nothing is said.
    expect(quoted.chineseWordsRead?.some((w) => w.as === 'apart')).not.toBe(true);
    expect((await search.search('穆罕默德军', { k: 0 })).chineseWordsRead?.some((w) => w.as === 'apart')).not.toBe(true);
  });
});

describe('a bare Chinese year kept among the words (hunt-H b)', () => {
  it('tells how to ask for that year alone in Chinese, and the way it tells works', async () => {
    const bare = await search.search('2017年 萨德', { k: 5 });
    expect(bare.wordsRead).toMatchObject({ yearOnward: '2017', yearOnwardInChinese: true });
    // Before: "(for 2017 alone, ask “in 2017”)", English in a Chinese answer.
    expect(totalsLine(bare)).toContain('; “2017” read as 2017 or later, or an earlier exchange naming it (for 2017 alone, ask “2017年全年”)');
    // Before or after the topic, with or without a space (在2017年的萨德 is THAAD's of 2017, talked of later too: hunt-K #11).
    for (const asked of ['2017年全年 萨德', '2017年全年萨德问题', '萨德 2017年全年']) {
      const alone = await search.search(asked, { k: 0 });
      expect(alone.filters, asked).toMatchObject({ from: '2017-01-01', to: '2017-12-31' });
      expect(alone.total, asked).toBeGreaterThan(10);
      expect(alone.matches.every((m) => m.date.startsWith('2017-')), asked).toBe(true);
    }
  });
});
