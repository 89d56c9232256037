import { describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../src/search/engine.js';
import { missingWordsLine, nothingRelevantText, totalsLine } from '../../src/answers/totals.js';
import { writtenInChinese } from '../../src/search/chinese-words.js';
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
