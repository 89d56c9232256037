import { describe, expect, it } from 'vitest';
import { nothingRelevantText, totalsLine } from '../../src/answers/totals.js';
import { asChineseNames, chineseDatesOf, namesCounted } from '../../src/search/chinese-holds-more.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { termsOf } from '../../src/search/terms.js';
import { searchOnBilingualSample } from './bilingual-search.js';

/** Six days of 2017 whose Chinese pages speak of 萨德 (no English page of them is bundled), and two of 2019 with both. */
const DAYS = ['2017-03-03', '2017-03-06', '2017-03-07', '2017-03-10', '2017-04-26', '2017-10-31', '2019-10-30', '2019-12-05'];
let search: SearchEngine;
searchOnBilingualSample((s) => {
  search = s;
}, DAYS);

describe('an English question on a name the Chinese briefings hold far more of', () => {
  it('is the Chinese question of the names alone, and of no question that searches another word', () => {
    const topic = (text: string): string[] => termsOf(text);
    expect(asChineseNames('THAAD', termsOf, topic('THAAD'))).toBe('萨德');
    expect(asChineseNames('What did China say about Moon Jae-in?', termsOf, topic('Moon Jae-in'))).toBe('文在寅');
    expect(asChineseNames('THAAD and Moon Jae-in', termsOf, topic('THAAD Moon Jae-in'))).toBe('萨德 文在寅');
    expect(asChineseNames('THAAD visas', termsOf, topic('THAAD visas'))).toBeNull();
    expect(asChineseNames('萨德', termsOf, topic('萨德'))).toBeNull();
    expect(asChineseNames('visas', termsOf, topic('visas'))).toBeNull();
    // One name of a topic searched as another term is not the topic: "Iran nuclear deal" is the JCPOA, not every Iran exchange (explore36 C2).
    expect(topic('Iran nuclear deal')).not.toContain('iran');
    expect(asChineseNames('Iran nuclear deal', termsOf, topic('Iran nuclear deal'))).toBeNull();
    expect(asChineseNames('Iran', termsOf, topic('Iran'))).toBe('伊朗');
  });

  it('writes the question\'s dates as a Chinese question does, and the names counted (explore36 C2)', () => {
    expect(chineseDatesOf({})).toBe('');
    expect(chineseDatesOf({ from: '2017-03-01', to: '2017-03-31' })).toBe('2017年3月');
    expect(chineseDatesOf({ from: '2017-01-01', to: '2017-12-31' })).toBe('在2017年');
    expect(chineseDatesOf({ from: '2017-01-01' })).toBe('2017年以来');
    expect(chineseDatesOf({ to: '2017-12-31' })).toBe('2018年以前');
    expect(chineseDatesOf({ from: '2016-01-01', to: '2017-12-31' })).toBe('2016年至2017年');
    expect(chineseDatesOf({ from: '2017-03-01', to: '2017-05-31' })).toBe('2017年3月至2017年5月');
    expect(chineseDatesOf({ from: '2017-03-05', to: '2017-03-31' })).toBeNull();
    expect(namesCounted('萨德')).toBe('萨德');
    expect(namesCounted('萨德 文在寅')).toBe('all of 萨德 and 文在寅');
  });

  it('says how many Chinese exchanges name it, from when to when, and what to ask for them', async () => {
    const english = await search.search('THAAD', { k: 5 });
    const chinese = await search.search('萨德', { k: 5 });
    const holding = english.matches.length - english.related;
    expect(chinese.total).toBeGreaterThanOrEqual(Math.max(10, 3 * holding));
    expect(english.chineseHoldsMore).toEqual({ query: '萨德', names: '萨德', total: chinese.total, first: chinese.first, last: chinese.last });
    expect(chinese.first! < '2018').toBe(true); // years no English page of the sample holds
    expect(totalsLine(english)).toContain(`; the Chinese briefings hold ${chinese.total} exchanges naming 萨德, ${chinese.first} → ${chinese.last}: ask “萨德” for them`);
    // The dates the question names apply to the Chinese count too: 2019 holds too few Chinese exchanges to say.
    expect((await search.search('THAAD in 2019', { k: 5 })).chineseHoldsMore).toBeUndefined();
  });

  it('says them in place of the Chinese briefings\' count when the English ones hold none of the dates asked', async () => {
    const march = await search.search('THAAD in March 2017', { k: 5 });
    expect(march.total).toBe(0);
    const chinese = await search.search('萨德 2017年3月', { k: 5 });
    expect(chinese.total).toBeGreaterThanOrEqual(10);
    // The question's dates go with the Chinese question it is pointed to (code review of explore36 C2).
    expect(march.chineseHoldsMore).toEqual({ query: '萨德 2017年3月', names: '萨德', total: chinese.total, first: chinese.first, last: chinese.last });
    const text = nothingRelevantText(search, march);
    expect(text).toContain(` The Chinese briefings hold ${chinese.total} exchanges naming 萨德, ${chinese.first} → ${chinese.last}: ask “萨德 2017年3月” for them.`);
    expect(text).not.toContain('ask in Chinese to search them');
  });

  it('says nothing when the Chinese pages hold about as many, or when the question searches another word', async () => {
    const english = await search.search('Hong Kong', { k: 5 });
    expect(english.total).toBeGreaterThan(0);
    expect(english.chineseHoldsMore).toBeUndefined();
    expect((await search.search('THAAD visas', { k: 5 })).chineseHoldsMore).toBeUndefined();
    expect((await search.search('萨德', { k: 5 })).chineseHoldsMore).toBeUndefined();
  });
});
