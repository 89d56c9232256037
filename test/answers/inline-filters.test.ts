import { describe, expect, it } from 'vitest';
import { filterWordsIn, lookalikeFilter, parseTypedSearch } from '../../src/answers/inline-filters.js';

describe('filter words typed after the question (/spox, /ask)', () => {
  it('reads every filter word, quoted or not, anywhere in the text; the rest is the question', () => {
    expect(parseTypedSearch('Taiwan arms sales from:2019-01-01 to:2019-12-31 by:"Hua Chunying" outlet:Reuters sort:newest')).toEqual({
      query: 'Taiwan arms sales',
      filters: { from: '2019-01-01', to: '2019-12-31', spokesperson: 'Hua Chunying', outlet: 'Reuters' },
      sort: 'newest',
    });
    expect(parseTypedSearch('outlet:“Bloomberg News” "trade war" by:hua')).toEqual({
      query: '"trade war"',
      filters: { outlet: 'Bloomberg News', spokesperson: 'hua' },
    });
    expect(parseTypedSearch('SORT:Relevance Huawei spokesperson:Geng')).toEqual({ query: 'Huawei', filters: { spokesperson: 'Geng' }, sort: 'relevance' });
  });

  it('leaves words that only contain a filter word alone', () => {
    expect(parseTypedSearch('see https://example.org/?from:1 and time:now')).toEqual({ query: 'see https://example.org/?from:1 and time:now', filters: {} });
  });

  it('reads by: and outlet: followed by the rest of a name the index knows as that name, in English or Chinese', () => {
    const known = { spokespeople: () => ['Hua Chunying', 'Geng Shuang', 'Zhao Lijian'], outlets: () => ['Bloomberg', 'Bloomberg News', 'China Daily', 'China Review News Agency'] };
    expect(parseTypedSearch('Huawei by:Hua Chunying', known)).toEqual({ query: 'Huawei', filters: { spokesperson: 'Hua Chunying' } });
    expect(parseTypedSearch('by:hua chunying Huawei', known)).toEqual({ query: 'Huawei', filters: { spokesperson: 'hua chunying' } });
    expect(parseTypedSearch('香港 by:华 春莹', known)).toEqual({ query: '香港', filters: { spokesperson: '华春莹' } });
    expect(parseTypedSearch('by:Hua Huawei', known)).toEqual({ query: 'Huawei', filters: { spokesperson: 'Hua' } });
    expect(parseTypedSearch('by:Geng Shuang Huawei from:2019-01-01', known)).toEqual({ query: 'Huawei', filters: { from: '2019-01-01', spokesperson: 'Geng Shuang' } });
    expect(parseTypedSearch('outlet:China Review News Agency Taiwan', known)).toEqual({ query: 'Taiwan', filters: { outlet: 'China Review News Agency' } });
    expect(parseTypedSearch('outlet:Bloomberg News Huawei', known)).toEqual({ query: 'Huawei', filters: { outlet: 'Bloomberg News' } });
    // Without the index's names (or with quotes), a bare value is one word, as before.
    expect(parseTypedSearch('Huawei by:Hua Chunying')).toEqual({ query: 'Huawei Chunying', filters: { spokesperson: 'Hua' } });
  });

  it('refuses filter-like words spox does not have, and near misses of its own; other colons are words', () => {
    expect(parseTypedSearch('Huawei lang:zh')).toMatchObject({ problem: expect.stringContaining('`lang:` is not a filter word.') });
    // No language filter exists, and the refusal says so and what to do (explore37 #14: `ask` called `lang:` a filter word the bots read).
    expect(parseTypedSearch('Huawei lang:zh')).toMatchObject({
      problem: expect.stringContaining(' There is no language filter, since a question searches the briefings of its own language: ask in Chinese (`华为`) for the Chinese pages'),
    });
    expect(lookalikeFilter('lang')).toEqual({ meant: null, language: true });
    expect(lookalikeFilter('form')).toEqual({ meant: 'from', language: false });
    expect([lookalikeFilter('from'), lookalikeFilter('by'), lookalikeFilter('Article')]).toEqual([null, null, null]);
    expect(parseTypedSearch('Huawei since:2019')).toMatchObject({ problem: expect.stringContaining('`since:` is not a filter word.') });
    expect(parseTypedSearch('Huawei outelt:AFP')).toMatchObject({ problem: expect.stringContaining('Did you mean `outlet:`?') });
    expect(parseTypedSearch('Huawei srot:newest')).toMatchObject({ problem: expect.stringContaining('Did you mean `sort:`?') });
    // A mention or a link as the value is a value too: the look-alike is refused, not searched as "lang" (explore32a F11).
    for (const text of ['Huawei lang:<!here>', 'Huawei lang:@everyone', 'Huawei language:<@U123>']) {
      expect(parseTypedSearch(text)).toMatchObject({ problem: expect.stringMatching(/^`lang(?:uage)?:` is not a filter word\./) });
    }
    expect(filterWordsIn('Huawei lang:<!here>')).toEqual(['lang']);
    for (const text of ['Article 23: Hong Kong', 'Re:Huawei ban', 'COVID-19:origins', 'lang: zh Huawei', '10:30 briefing']) expect(parseTypedSearch(text)).toEqual({ query: text, filters: {} });
  });

  it('reads an outlet and no words as a request for its questions, as the question form asks it (explore35 C14)', () => {
    expect(parseTypedSearch('outlet:Yonhap')).toEqual({ query: 'questions from Yonhap', filters: { outlet: 'Yonhap' } });
    expect(parseTypedSearch('outlet:NHK sort:newest')).toEqual({ query: 'questions from NHK', filters: { outlet: 'NHK' }, sort: 'newest' });
    expect(parseTypedSearch('by:Zhao outlet:PTI')).toEqual({ query: 'questions from PTI', filters: { spokesperson: 'Zhao', outlet: 'PTI' } });
    expect(parseTypedSearch('outlet:共同社')).toEqual({ query: '共同社的提问', filters: { outlet: '共同社' } });
    // Other filters alone still ask for the words.
    expect(parseTypedSearch('by:Zhao from:2020-01-01')).toMatchObject({ problem: expect.stringContaining('Give the words to look for as well as the filter words') });
  });

  it('names the word that is wrong, checked by the same rules as Discord', () => {
    expect(parseTypedSearch('x from:2019-02-30')).toEqual({ problem: '`from:` must be a date written YYYY-MM-DD that exists, e.g. 2020-05-22.' });
    expect(parseTypedSearch('x to:yesterday')).toEqual({ problem: '`to:` must be a date written YYYY-MM-DD that exists, e.g. 2020-05-22.' });
    expect(parseTypedSearch('x from:2020-01-01 to:2019-01-01')).toEqual({ problem: '`from:` (2020-01-01) is later than `to:` (2019-01-01).' });
    expect(parseTypedSearch('x by:')).toEqual({ problem: '`by:` needs a value, e.g. `by:"Hua Chunying"`.' });
    expect(parseTypedSearch('x outlet:AFP outlet:Reuters')).toEqual({ problem: '`outlet:` is given twice.' });
    expect(parseTypedSearch('x sort:earliest')).toEqual({ problem: '`sort:` must be `newest`, `oldest` or `relevance`.' });
    expect(parseTypedSearch('x sort:oldest')).toMatchObject({ query: 'x', sort: 'oldest' });
    expect(parseTypedSearch('x outlet:"Bloomberg News')).toEqual({ problem: 'The quote after `outlet:` is not closed: put a quote mark at each end of the value, e.g. `outlet:"Bloomberg News"`.' });
    expect(parseTypedSearch('x from:"2019-01-01')).toEqual({ problem: 'The quote after `from:` is not closed: put a quote mark at each end of the value, or none.' });
  });

  it('reads a full-width colon after a filter word as the filter; elsewhere it is part of the question', () => {
    expect(parseTypedSearch('Huawei BY：华春莹 SORT：newest')).toEqual({ query: 'Huawei', filters: { spokesperson: '华春莹' }, sort: 'newest' });
    expect(parseTypedSearch('Huawei form：2019-01-01')).toMatchObject({ problem: expect.stringContaining('`form:` is not a filter word. Did you mean `from:`?') });
    for (const text of ['问：华为', 'Note：Huawei']) expect(parseTypedSearch(text)).toEqual({ query: text, filters: {} });
  });
});
