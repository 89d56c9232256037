import { describe, expect, it } from 'vitest';
import { nothingRelevantText, totalsLine } from '../../src/answers/totals.js';
import type { SpoxSearch } from '../../src/search/types.js';
import { searchOnBilingualSample } from './bilingual-search.js';

/**
 * The bundled briefings of these dates: South Korea (2017-04-17, 2019-03-25), a conflict (2016-11-18),
 * Gui Minhai (2018-02-12, 2020-02-25), the origin of the virus (2020-04-17), Liu Xiaobo (2016-12-20)
 * and Ambassador Liu Xiaoming (2019-06-14, 2019-07-04, 2019-11-15), Trump and Huawei (2019-05-24,
 * 2019-07-12), Australia (2018-06-05, 2020-05-18) and cyber security (2017-06-02).
 */
const DATES = [
  '2016-11-18', '2016-12-20', '2017-04-17', '2017-06-02', '2018-02-12', '2018-06-05', '2019-03-25', '2019-05-24',
  '2019-06-14', '2019-07-04', '2019-07-12', '2019-11-15', '2020-02-25', '2020-04-17', '2020-05-18',
];

describe('the words of a Chinese question (explore32b)', () => {
  let search: SpoxSearch;
  searchOnBilingualSample((opened) => {
    search = opened;
  }, DATES);

  const ids = async (query: string): Promise<string[]> => (await search.search(query, { k: 50 })).matches.map((m) => m.id);
  const says = (id: string, word: string): boolean => {
    const r = search.record(id)!;
    return `${r.question ?? ''}${r.answer}`.includes(word);
  };

  it('answers nothing for a name the index never writes, rather than the exchanges of its pieces (W3)', async () => {
    expect((await ids('韩国')).length).toBeGreaterThan(1);
    expect((await ids('冲突')).length).toBeGreaterThan(0);
    for (const [query, pieces] of [['韩国瑜', '韩国'], ['俄乌冲突', '冲突']] as const) {
      const response = await search.search(query, { k: 5 });
      expect(response.total, query).toBe(0);
      expect(response.missing.inNoRecord, query).toEqual([query]);
      expect(nothingRelevantText(search, response), query).toMatch(new RegExp(`^Nothing relevant found for “${query}”\\. No exchange in the index says “${query}”\\.`));
      expect((await ids(pieces)).length).toBeGreaterThan(0);
    }
  });

  it('still answers words the Ministry writes apart, which no page writes side by side (W3)', async () => {
    const apart = await search.search('疫情溯源', { k: 50 });
    // Searched as the words no page writes side by side, and said so (`chinese-runs-split.ts`).
    expect(apart.missing.inNoRecord).toEqual([]);
    expect(apart.chineseWordsRead).toEqual([{ written: '疫情溯源', searched: '疫情 溯源', as: 'split' }]);
    expect(apart.total).toBeGreaterThan(0);
    // As typed with a space: those saying both words, and others saying one.
    expect(apart.matches.filter((m) => says(m.id, '疫情') && says(m.id, '溯源')).length).toBeGreaterThan(0);
    for (const m of apart.matches) expect(says(m.id, '疫情') || says(m.id, '溯源'), m.id).toBe(true);
    expect(apart.matches.map((m) => m.id)).toEqual((await search.search('疫情 溯源', { k: 50 })).matches.map((m) => m.id));
  });

  it('reads a stray character at the edge of the words apart without emptying the answer (review33 #5)', async () => {
    const apart = await ids('疫情溯源');
    expect(apart.length).toBeGreaterThan(0);
    // A particle ending the question, "tell us about" beginning it: framing, not searched.
    for (const query of ['疫情溯源啊', '外交部怎么看疫情溯源啊', '说说疫情溯源', '请谈谈疫情溯源']) {
      const response = await search.search(query, { k: 50 });
      expect(response.searched, query).toBe('疫情 溯源');
      expect(response.matches.map((m) => m.id), query).toEqual(apart);
    }
    // A character no reader takes out: the term it makes is a name's, and 情溯 still only joins 疫情 and 溯源.
    const stray = await search.search('疫情溯源呗', { k: 50 });
    expect(stray.total).toBeGreaterThan(0);
    for (const m of stray.matches) expect(says(m.id, '疫情') && says(m.id, '溯源'), m.id).toBe(true);
  });

  it('counts a topic asked in the passive as in the active (review33 #9)', async () => {
    const huawei = await ids('华为');
    expect(huawei.length).toBeGreaterThan(0);
    expect(await ids('外交部提到华为多少次')).toEqual(huawei);
    for (const query of ['华为被提到多少次', '华为被提及过吗', '华为是否被外交部提到过？']) expect(await ids(query), query).toEqual(huawei);
  });

  it('matches a Chinese personal name whole: 刘晓波 is not answered with Ambassador 刘晓明 (W4)', async () => {
    const xiaoming = await ids('刘晓明');
    expect(xiaoming.length).toBeGreaterThan(2);
    expect(await ids('刘晓波')).toEqual(['zh-2016-12-20#22']);
  });

  it('counts and lists first the exchanges that hold every word of a question of several (C14)', async () => {
    const response = await search.search('特朗普 华为', { k: 50 });
    const both = response.matches.filter((m) => says(m.id, '特朗普') && says(m.id, '华为')).map((m) => m.id);
    expect(both.length).toBeGreaterThan(0);
    expect(response.total).toBeGreaterThan(both.length);
    expect(response.missing.together).toEqual({ words: ['特朗普', '华为'], matches: both.length });
    expect(response.matches.slice(0, both.length).map((m) => m.id)).toEqual(both);
    expect(totalsLine(response)).toContain(`; ${both.length} hold all of “特朗普” and “华为”`);
    // Traditional characters and Taiwan's name for Trump: the same answer.
    expect((await search.search('川普 華為', { k: 50 })).matches.map((m) => m.id)).toEqual(response.matches.map((m) => m.id));
  });

  it('reads the forms Taiwan and Hong Kong write as the Ministry\'s (W10)', async () => {
    for (const [typed, ministry] of [['澳洲', '澳大利亚'], ['網路安全', '网络安全'], ['桂民海', '桂敏海'], ['趙立堅 澳洲', '赵立坚 澳大利亚']] as const) {
      const found = await ids(ministry);
      expect(found.length, ministry).toBeGreaterThan(0);
      expect(await ids(typed), typed).toEqual(found);
    }
    // The answer says what it searched instead.
    const australia = await search.search('澳洲', { k: 5 });
    expect(australia.missing.ministryForms).toEqual([{ typed: '澳洲', ministry: '澳大利亚' }]);
    expect(totalsLine(australia)).toContain('; searched “澳洲” as “澳大利亚”, as the Ministry writes it');
    expect((await search.search('澳大利亚', { k: 5 })).missing.ministryForms).toBeUndefined();
  });
});

/**
 * The bundled Chinese briefings of these dates: Najib (纳吉布, 2016-11-17) and Djibouti (吉布提, 2017-06-07,
 * 2017-07-12), Somalia and the Northern Marianas (索马里, 北马里亚纳, 2016-12-05) and Mali (马里, 2017-05-17),
 * Liberia's election (利比里亚, 2018-01-02) and Libya (利比亚, 2017-04-10), Japan's Reconstruction Minister
 * (复兴大臣, 2016-12-28), a dam (大坝, 2018-07-27) and the epidemic (新冠肺炎, 2020-02-13).
 */
const NAMES_DATES = ['2016-11-17', '2016-12-05', '2016-12-28', '2017-04-10', '2017-06-07', '2017-07-12', '2017-05-17', '2018-01-02', '2018-07-27', '2020-02-13'];

describe('a Chinese name is held whole, not by a pair of its characters in another name (explore36 W4, W12)', () => {
  let search: SpoxSearch;
  searchOnBilingualSample((opened) => {
    search = opened;
  }, NAMES_DATES);

  const text = (id: string): string => {
    const r = search.record(id)!;
    return `${r.question ?? ''}\n${r.answer}`;
  };
  const ids = async (query: string): Promise<string[]> => (await search.search(query, { k: 50 })).matches.map((m) => m.id);

  it('answers 吉布提 (Djibouti) with the exchanges that say it, not those on Najib (纳吉布)', async () => {
    expect(text('zh-2016-11-17#1')).toContain('纳吉布');
    const djibouti = await search.search('外交部第一次提到吉布提是什么时候？', { k: 50 });
    expect(djibouti.total).toBeGreaterThan(1);
    for (const m of djibouti.matches) expect(text(m.id), m.id).toContain('吉布提');
    expect(djibouti.first).toBe('2017-06-07');
  });

  it('answers 利比亚 (Libya) without Liberia (利比里亚), 马里 (Mali) without Somalia (索马里) or the Northern Marianas', async () => {
    expect(text('zh-2018-01-02#7')).toContain('利比里亚');
    const libya = await ids('利比亚');
    expect(libya.length).toBeGreaterThan(0);
    expect(libya).not.toContain('zh-2018-01-02#7');
    const somalia = await ids('索马里');
    expect(somalia).toContain('zh-2016-12-05#7');
    expect(text('zh-2016-12-05#12')).toContain('北马里亚纳');
    const mali = await ids('马里');
    expect(mali).toContain('zh-2017-05-17#s1');
    for (const id of mali) expect(text(id).replace(/索马里|马里亚纳|马里兰/g, ''), id).toContain('马里');
    // Asked with Somalia, its exchanges say what was asked.
    expect(await ids('马里 索马里')).toContain('zh-2016-12-05#7');
  });

  it('still answers a long word with the exchanges holding a run of four characters or more of it whole (新冠肺炎 of 新冠肺炎疫情)', async () => {
    expect(text('zh-2020-02-13#1')).toContain('新冠肺炎');
    expect(text('zh-2020-02-13#1')).not.toContain('新冠肺炎疫情');
    expect(await ids('新冠肺炎疫情')).toContain('zh-2020-02-13#1');
  });

  it('answers nothing for a word only held across the words of another (复兴大臣), rather than that', async () => {
    expect(text('zh-2016-12-28#6')).toContain('复兴大臣'); // the question raised after the conference (#5's answer until fix42c)
    // Every pair of 复兴大坝 is held somewhere (大坝 of a dam in Laos): the word is one piece, held nowhere.
    expect(await ids('大坝')).toContain('zh-2018-07-27#6');
    const response = await search.search('复兴大坝', { k: 5 });
    expect(response.total).toBe(0);
    expect(nothingRelevantText(search, response)).toContain('No exchange in the index says “复兴大坝”.');
  });

});
