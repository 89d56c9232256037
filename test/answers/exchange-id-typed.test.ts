import { describe, expect, it } from 'vitest';
import { exchangeIdIn } from '../../src/answers/quote-ref.js';
import { withoutExchangeIds } from '../../src/search/ids-in-question.js';

describe('an exchange id pasted where a question goes', () => {
  it('is read with the marks, brackets and asking word around it, and as a card\'s line prints it (hunt-N #4)', () => {
    // Each had been searched: July 2019 and the word "8", with nothing said of the id.
    for (const typed of ['2019-07-26#8', '2019-07-26#8?', '2019-07-26#8.', '(2019-07-26#8)', '2019-07-26#8:', 'id 2019-07-26#8', 'open 2019-07-26#8', 'quote 2019-07-26#8', '/quote 2019-07-26#8', '"2019-07-26#8"', '“2019-07-26#8”', '2019-07-26#08', '[2019-07-26#8]', '2019-07-26 #8']) {
      expect(exchangeIdIn(typed), typed).toBe('2019-07-26#8');
    }
    expect(exchangeIdIn('1. 2019-07-26 · Hua Chunying · regular press conference · asked by a journalist   [2019-07-26#7]')).toBe('2019-07-26#7');
    expect(exchangeIdIn('中文原文 [zh-2019-07-26#7]: https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1683669.shtml')).toBe('zh-2019-07-26#7');
    expect(exchangeIdIn('2020-02-24#s01')).toBe('2020-02-24#s1');
    expect(exchangeIdIn('2020-02-24#10')).toBe('2020-02-24#10');
  });

  it('is no id beside the words of a question, nor a date alone', () => {
    for (const typed of ['Huawei 2019-07-26#7', 'the question after 2019-07-26#7', '2019-07-26', 'open 2019-07-26', 'Huawei', 'quote Meng Wanzhou']) {
      expect(exchangeIdIn(typed), typed).toBeNull();
    }
  });

  it('inside a question is taken out, no word nor date, and a question of ids alone names nothing to search (hunt-N #4)', () => {
    // "after 2019-07-26#7" had been read as "after July 26, 2019", the rest searched.
    expect(withoutExchangeIds('the question after 2019-07-26#7')).toEqual({ query: '', ids: ['2019-07-26#7'] });
    expect(withoutExchangeIds('2019-07-26#7 2019-07-26#8')).toEqual({ query: '', ids: ['2019-07-26#7', '2019-07-26#8'] });
    expect(withoutExchangeIds('FedEx 2019-07-26#7')).toEqual({ query: 'FedEx', ids: ['2019-07-26#7'] });
    expect(withoutExchangeIds('FedEx in July 2019')).toEqual({ query: 'FedEx in July 2019', ids: [] });
  });
});
