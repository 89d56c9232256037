import { describe, expect, it } from 'vitest';
import { totalsLine } from '../../src/answers/totals.js';
import { CHINESE_NAME_ALIASES } from '../../src/search/aliases.js';
import type { SpoxSearch } from '../../src/search/types.js';
import { chineseNameForms, termsOf } from '../../src/search/terms.js';
import { toIndexedRecords } from '../../src/store/records.js';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';
import { searchOnBilingualSample } from './bilingual-search.js';

/** The bundled Chinese pages, 2016-2020: each record's id and its question and answer. */
const records = parseTranscriptFiles(['seeds/mfa-zh'])
  .flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []))
  .map((r) => ({ id: r.id, date: r.date, text: `${r.question ?? ''}\n${r.answer}` }));
const texts = records.map((r) => r.text);
/** How many records write `form` and not `other`. */
const alone = (form: string, other: string): number => texts.filter((t) => t.includes(form) && !t.includes(other)).length;

describe('names the Chinese pages write in two forms (fix36c #1)', () => {
  it('are each a form the pages write, and forms that name it in records without it or in none', () => {
    expect(texts.length).toBeGreaterThan(7_000);
    const wrong: string[] = [];
    for (const { canonical, variants } of CHINESE_NAME_ALIASES) {
      if (!texts.some((t) => t.includes(canonical))) wrong.push(`${canonical}: in no record`);
      for (const variant of variants) {
        if (termsOf(variant).join() !== termsOf(canonical).join()) wrong.push(`${variant} is not searched as ${canonical}`);
      }
    }
    expect(wrong).toEqual([]);
    // Used both ways: each form in records without the other.
    expect(alone('阿鲁纳恰尔邦', '藏南')).toBeGreaterThan(5);
    expect(alone('上海合作组织', '上合组织')).toBeGreaterThan(5);
    expect(alone('上合组织', '上海合作组织')).toBeGreaterThan(5);
    // Before its passage, the law is "the legislation" (fix36d: 香港国安法 missed the exchanges writing only 涉港国安立法).
    expect(alone('涉港国安立法', '香港国安法')).toBeGreaterThan(5);
    expect(termsOf('涉港国安立法')).toEqual(termsOf('香港国安法'));
  });

  it('find the national security law under every name the pages gave it before its passage, the first of them too (hunt-H #4)', () => {
    const law = termsOf('香港国安法');
    const forms = ['香港国安法', ...CHINESE_NAME_ALIASES.find((a) => a.canonical === '香港国安法')!.variants];
    const writing = records.filter((r) => forms.some((f) => r.text.includes(f)));
    const unfound = writing.filter((r) => {
      const terms = new Set(termsOf(r.text));
      return !law.every((t) => terms.has(t));
    });
    expect(writing.length).toBeGreaterThan(30);
    expect(unfound.map((r) => r.id)).toEqual([]);
    // 2020-05-22: 法新社记者："如果有关香港国家安全立法通过…"; 赵立坚："香港特区维护国家安全立法的问题纯属中国内政".
    // Before, the first exchange found was 2020-05-26's.
    expect(writing.map((r) => `${r.date} ${r.id}`).sort()[0]).toBe('2020-05-22 zh-2020-05-22#6');
    expect(termsOf('香港特区维护国家安全立法的问题').join()).toContain(law.join());
    expect(alone('香港国家安全立法', '香港国安法')).toBeGreaterThan(5);
    // The forms of its first weeks: no other legislation of Hong Kong is written so.
    expect(writing.every((r) => r.date >= '2020-05-22')).toBe(true);
  });

  it('are read as one in a longer run, but not where the form is part of another word', () => {
    expect(termsOf('所谓“阿鲁纳恰尔邦”')).toEqual(termsOf('所谓“藏南”'));
    expect(termsOf('上海合作组织峰会')).toEqual(termsOf('上合组织峰会'));
    // 中阿邦交: China and Albania's (or Argentina's) relations.
    expect(termsOf('中阿邦交')).not.toEqual(termsOf('中藏南交'));
  });

  /**
   * 藏南 alone (2017-05-24), with 阿邦 (2016-11-18), with 阿鲁纳恰尔邦 (2017-04-19, 2020-02-20);
   * 阿鲁纳恰尔邦 alone (2018-04-09), with 阿邦 (2017-03-03); 上合组织 alone (2017-03-13), 上海合作组织
   * alone (2017-04-21, which also asks of 阿邦).
   */
  const DATES = ['2016-11-18', '2017-03-03', '2017-03-13', '2017-04-19', '2017-04-21', '2017-05-24', '2018-04-09', '2020-02-20'];
  let search: SpoxSearch;
  searchOnBilingualSample((opened) => {
    search = opened;
  }, DATES);

  const ids = async (query: string): Promise<string[]> => (await search.search(query, { k: 50 })).matches.map((m) => m.id).sort();
  /** The Chinese records of the sample that say any of `forms`. */
  const saying = (forms: readonly string[]): string[] =>
    records.filter((r) => DATES.includes(r.date) && forms.some((f) => r.text.includes(f))).map((r) => r.id).sort();

  it('find every exchange that names the place, in any of its forms', async () => {
    const place = saying(['藏南', '阿鲁纳恰尔邦', '阿邦']);
    expect(place).toEqual(expect.arrayContaining(['zh-2017-05-24#6', 'zh-2018-04-09#5', 'zh-2017-03-03#3']));
    expect(await ids('藏南')).toEqual(place); // was the four that write 藏南
    expect(await ids('阿鲁纳恰尔邦')).toEqual(place);
    expect(await ids('阿邦')).toEqual(place);
    const sco = saying(['上合组织', '上海合作组织']);
    expect(sco).toEqual(expect.arrayContaining(['zh-2017-03-13#10', 'zh-2017-04-21#13']));
    expect(await ids('上海合作组织')).toEqual(sco);
    expect(await ids('上合组织')).toEqual(sco);
  });

  it('are said in the answer: the other forms searched for the one typed', async () => {
    const place = await search.search('藏南', { k: 5 });
    expect(place.missing.otherForms).toEqual([{ typed: '藏南', also: ['阿鲁纳恰尔邦', '阿邦'] }]);
    expect(totalsLine(place)).toContain('also searched for “阿鲁纳恰尔邦” and “阿邦”, which the Chinese pages write for “藏南” too');
    // Typed in Traditional characters, as searched.
    expect((await search.search('阿魯納恰爾邦', { k: 5 })).missing.otherForms).toEqual([{ typed: '阿鲁纳恰尔邦', also: ['藏南', '阿邦'] }]);
    expect(totalsLine(await search.search('上海合作组织', { k: 5 }))).toContain('also searched for “上合组织”, which the Chinese pages write for “上海合作组织” too');
    expect((await search.search('达赖', { k: 5 })).missing.otherForms).toBeUndefined();
    expect(chineseNameForms('中阿邦交')).toEqual([]);
  });

  it('count an exchange that says another form as saying the word typed, with the other words asked', async () => {
    const response = await search.search('藏南 达赖', { k: 50 });
    const both = records.filter((r) => DATES.includes(r.date) && /藏南|阿鲁纳恰尔邦|阿邦/.test(r.text) && r.text.includes('达赖'));
    expect(both.length).toBeGreaterThan(1);
    expect(both.some((r) => !r.text.includes('藏南'))).toBe(true);
    expect(response.missing.together?.matches ?? response.total).toBe(both.length);
    expect(totalsLine(response)).not.toMatch(/none of them says/);
  });
});

describe('the words inside a long form the index reads as its short one (review37 #1)', () => {
  // 2020-01-21 and 2020-02-04 write 新型冠状病毒 (3 and 7 exchanges); 2017-05-09 and 2017-05-24 世界卫生组织.
  const DATES = ['2017-05-09', '2017-05-24', '2020-01-21', '2020-02-04'];
  let search: SpoxSearch;
  searchOnBilingualSample((opened) => {
    search = opened;
  }, DATES);
  const ids = async (query: string): Promise<string[]> => (await search.search(query, { k: 50 })).matches.map((m) => m.id).sort();
  const saying = (form: string): string[] => records.filter((r) => DATES.includes(r.date) && r.text.includes(form)).map((r) => r.id).sort();

  it('are still found: 冠状病毒 finds every exchange writing 新型冠状病毒, 卫生组织 those writing 世界卫生组织', async () => {
    // Read as 新冠 and 世卫组织 only, the index held neither 冠状/病毒 nor 卫生 of them.
    expect(saying('新型冠状病毒').length).toBeGreaterThanOrEqual(10);
    expect(await ids('冠状病毒')).toEqual(expect.arrayContaining(saying('新型冠状病毒')));
    expect(await ids('"冠状病毒"')).toEqual(saying('冠状病毒'));
    expect(saying('世界卫生组织').length).toBeGreaterThanOrEqual(2);
    expect(await ids('卫生组织')).toEqual(expect.arrayContaining(saying('世界卫生组织')));
    // And the short form still finds the long one.
    expect(await ids('新冠')).toEqual(expect.arrayContaining(saying('新型冠状病毒')));
  });
});
