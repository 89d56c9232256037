import { describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../src/search/engine.js';
import { missingWordsLine, nothingRelevantText, totalsLine } from '../../src/answers/totals.js';
import { sayingEveryWord, writtenInChinese } from '../../src/search/chinese-words.js';
import { searchOnBilingualSample } from './bilingual-search.js';

/** Chinese and English in one question, as a newsroom types it (explore33c W7), on the bilingual sample. */
let search: SearchEngine;
searchOnBilingualSample((s) => {
  search = s;
});

describe('a question in Chinese with English words', () => {
  it('says of an English word no Chinese exchange holds that no Chinese exchange says it, not that no exchange in the index does', async () => {
    const english = await search.search('huawei ban', { k: 0 });
    expect(english.total).toBeGreaterThan(0); // the English pages say "ban"
    const mixed = await search.search('华为 ban', { k: 0 });
    expect(mixed.missing.inNoRecord).toEqual(['ban']);
    expect(mixed.missing.chinese).toBe(true);
    expect(missingWordsLine(mixed.missing)).toBe('no Chinese exchange says “ban”');
    // A Chinese word no page of either language holds is said of the index, as before.
    expect((await search.search('韩国瑜', { k: 0 })).missing.chinese).toBeUndefined();
  });
});

describe('a question in English with a Chinese name (explore33c W7)', () => {
  const ids = async (query: string): Promise<string[]> => (await search.search(query, { k: 0 })).matches.map((m) => m.id);

  it('searches the English pages for the name as they write it, its English framing read as framing, and says so', async () => {
    // Searched in the Chinese pages, "china" (which they write only in quoted English) outweighed 华为: 5 exchanges, none on Huawei.
    const huawei = await ids('Huawei');
    expect(huawei.length).toBeGreaterThan(0);
    const mixed = await search.search('china reaction to 华为', { k: 5 });
    expect(mixed.matches.map((m) => m.id)).toEqual(await ids('china reaction to Huawei'));
    expect(mixed.matches.map((m) => m.id)).toEqual(huawei);
    expect(mixed.hits.every((h) => h.record.lang !== 'zh' && /Huawei/i.test(`${h.record.question ?? ''} ${h.record.answer}`))).toBe(true);
    expect(totalsLine(mixed)).toContain('; “华为” read as “Huawei”, as the English briefings write it: your question is in English');
    expect(mixed.missing).toEqual({ inNoRecord: [], inNoMatch: [] });
    // Empty, it says the briefings it looked in are the English ones, as it searched them.
    const empty = nothingRelevantText(search, await search.search('china reaction to 华为 zzqxw', { k: 5 }));
    expect(empty).toContain('Without it: ');
    expect(empty).toMatch(/Looked in the briefings from/);
    expect(empty).toContain('“华为” read as “Huawei”, as the English briefings write it: your question is in English.');
    const hongKong = await search.search('what did China say about 香港', { k: 0 });
    expect(hongKong.total).toBeGreaterThan(0);
    expect(hongKong.matches.map((m) => m.id)).toEqual(await ids('what did China say about Hong Kong'));
    expect(hongKong.framingRead?.inEnglish).toEqual([{ typed: '香港', read: 'Hong Kong' }]);
  });

  it('searches a question mainly in Chinese, or of a Chinese word spox knows no English name of, in the Chinese pages, as before', async () => {
    const chinese = await ids('华为');
    expect(chinese.every((id) => id.startsWith('zh-'))).toBe(true);
    // One English word beside one Chinese name is no question mainly in English.
    const reaction = await search.search('华为 reaction', { k: 0 });
    expect(reaction.matches.map((m) => m.id)).toEqual(chinese);
    expect(reaction.framingRead).toBeUndefined();
    // An English name beside a Chinese word is a Chinese question, read as the Chinese pages write the name.
    for (const query of ['WHO 新冠', 'Huawei 华为']) expect((await search.search(query, { k: 0 })).framingRead?.inEnglish, query).toBeUndefined();
    expect((await search.search('WHO 新冠', { k: 0 })).searched).toBe('世卫组织 新冠');
    expect((await search.search('What did China say about 外交部', { k: 0 })).framingRead).toBeUndefined();
  });
});

describe('a Latin word the Chinese pages write only in quoted English (explore33c W7)', () => {
  // 2017-07-10's Chinese page quotes the White House's "the Republic of China"; 2019-05-20's names 华为.
  let sample: SearchEngine;
  searchOnBilingualSample((s) => {
    sample = s;
  }, ['2017-07-10', '2019-05-20']);

  it('is not searched in the Chinese pages, and the answer says none of them says it', async () => {
    const huawei = (await sample.search('华为', { k: 0 })).matches.map((m) => m.id);
    expect(huawei.length).toBeGreaterThan(0);
    const mixed = await sample.search('china 华为', { k: 0 });
    expect(mixed.matches.map((m) => m.id)).toEqual(huawei);
    expect(mixed.missing.inNoMatch).toEqual(['china']);
    // One the Chinese pages write as their own, as often as the English pages do, is searched.
    expect(writtenInChinese(57, 55)).toBe(true); // 5G in the bundled pages
    expect(writtenInChinese(3, 4354)).toBe(false); // china
  });
});

describe('a question whose topic is in English and whose Chinese only frames it, and Chinese follow-ups (review35)', () => {
  // 2019-01-16 says "rule of law" (3 exchanges), 2019-02-13 "Five Eyes", 2018-10-25 "fake news", 2019-04-29 "Belt and Road"; each with its Chinese page.
  let sample: SearchEngine;
  searchOnBilingualSample((s) => {
    sample = s;
  }, ['2019-01-16', '2019-02-13', '2018-10-25', '2019-04-29']);
  const ids = async (query: string): Promise<string[]> => (await sample.search(query, { k: 5 })).matches.map((m) => m.id);

  it('searches the English pages for the English topic, leaves the Chinese framing out, and says which pages it searched (#1)', async () => {
    for (const [query, english, framing] of [
      ['中国 rule of law', 'rule of law', '“中国” read'], ['中方 Five Eyes', 'Five Eyes', '“中方” read'],
      ['中方对 Five Eyes 有何评论？', 'Five Eyes', '“中方对” and “有何评论” read'],
    ] as const) {
      const expected = await ids(english);
      expect(expected.length, english).toBeGreaterThan(0);
      const response = await sample.search(query, { k: 5 });
      expect(response.matches.map((m) => m.id), query).toEqual(expected);
      expect(response.hits.every((h) => h.record.lang !== 'zh'), query).toBe(true);
      expect(totalsLine(response), query).toContain(`; ${framing} as the question's framing, not searched: your question is in English, searched in the English briefings`);
    }
    // Names read beside the framing say how each was read, once.
    const huawei = await sample.search('what did 中方 say about 华为', { k: 0 });
    expect(huawei.framingRead).toEqual({ inEnglish: [{ typed: '华为', read: 'Huawei' }], framingInChinese: ['中方'] });
    expect(totalsLine(huawei)).toContain('; “华为” read as “Huawei”, as the English briefings write it, and “中方” as the question\'s framing, not searched: your question is in English');
    // Empty, it says the English briefings were those looked in.
    const empty = nothingRelevantText(sample, await sample.search('中国 rule of law zzqxw', { k: 5 }));
    expect(empty).toMatch(/Looked in the briefings from/);
    expect(empty).not.toMatch(/Chinese briefings/);
    // The framing alone, a name beside one English word: Chinese questions, as before.
    for (const query of ['What did China say about 外交部', '华为 reaction', '中方 华为 reaction']) expect((await sample.search(query, { k: 0 })).framingRead, query).toBeUndefined();
  });

  it('counts the exchanges holding every word of a Chinese question by the words it searched (#2)', () => {
    // 2018-10-25's "fake news（假新闻）": in the bundled pages "news" is written in the Chinese ones only in
    // quoted English, and not searched there (writtenInChinese): the count of those holding every word leaves it out too.
    const fakeNews = sample.record('zh-2018-10-25#2')!;
    expect(fakeNews.answer).toContain('fake news（假新闻）');
    const records = [fakeNews, sample.record('zh-2018-10-25#1')!];
    expect(sayingEveryWord('假新闻 fake news', records, ['假新', '新闻', 'fake'])).toEqual({ words: ['假新闻', 'fake'], ids: new Set([fakeNews.id]) });
    expect(sayingEveryWord('假新闻 fake news', records, ['假新', '新闻', 'fake', 'new'])?.words).toEqual(['假新闻', 'fake', 'news']);
  });

  it('names every English form a Chinese name was searched as (#3)', async () => {
    const bri = await sample.search('china reaction to 一带一路', { k: 5 });
    expect(bri.matches.map((m) => m.id)).toEqual(await ids('china reaction to Belt and Road'));
    expect(totalsLine(bri)).toContain('; “一带一路” read as “BRI” or “Belt and Road”, as the English briefings write it: your question is in English');
  });

  it('answers "那日本呢？" on Japan alone, and says no earlier question is carried over, as "and what about Japan?" (#4)', async () => {
    for (const [query, lead, topic] of [['那日本呢？', '那…呢', '日本'], ['还有俄罗斯呢', '还有…呢', '俄罗斯'], ['那么朝鲜怎么样', '那么…怎么样', '朝鲜']] as const) {
      const expected = await ids(topic);
      expect(expected.length, topic).toBeGreaterThan(0);
      const response = await sample.search(query, { k: 5 });
      expect(response.matches.map((m) => m.id), query).toEqual(expected);
      expect(totalsLine(response), query).toContain(`; “${lead}” not searched: spox answers each question alone, and keeps no earlier question to carry over`);
    }
    // Empty, the answer is 美国's, and says so too.
    const us = await sample.search('那美国呢', { k: 5 });
    expect(us.matches.map((m) => m.id)).toEqual(await ids('美国'));
    expect(nothingRelevantText(sample, us)).toContain(' “那…呢” not searched: spox answers each question alone, and keeps no earlier question to carry over.');
  });
});
