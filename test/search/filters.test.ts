import { describe, expect, it } from 'vitest';
import { nameMatches, spokespersonMatches } from '../../src/search/filters.js';

describe('the spokesperson and outlet filters', () => {
  it('match the start of a word, or every word of the name, case-insensitively', () => {
    expect(nameMatches('Hua Chunying', 'hua')).toBe(true);
    expect(nameMatches('Hua Chunying', 'Hua Chun')).toBe(true);
    expect(nameMatches('Hua Chunying', 'chunying')).toBe(true);
    expect(nameMatches('Bloomberg', 'Bloomberg News')).toBe(true);
    expect(nameMatches('AP', 'ap')).toBe(true);
  });

  it('match an outlet under another English spelling the outlet table gives it (explore30b 2.1)', () => {
    expect(nameMatches('AFP', 'Agence France-Presse')).toBe(true);
    expect(nameMatches('Agence France-Presse', 'AFP')).toBe(true);
    expect(nameMatches('South China Morning Post', 'SCMP')).toBe(true);
    expect(nameMatches('The Associated Press', 'AP')).toBe(true);
    // The longest spelling decides: the Associated Press of Pakistan is another agency.
    expect(nameMatches('Associated Press of Pakistan', 'AP')).toBe(false);
    expect(nameMatches('Reuters', 'AFP')).toBe(false);
    // Where the table knows both names it decides, though the words of one stand in the other (explore31).
    expect(nameMatches('Associated Press of Pakistan', 'Associated Press')).toBe(false);
    expect(nameMatches('巴通社', 'Associated Press')).toBe(false);
    expect(nameMatches('The Associated Press', 'Associated Press')).toBe(true);
    expect(nameMatches('中国新闻社', '中新社')).toBe(true);
    // Full names and the start of a word of any spelling the table gives an outlet.
    expect(nameMatches('CCTV4', 'China Central Television')).toBe(true);
    expect(nameMatches('CGTN', 'China Global Television Network')).toBe(true);
    expect(nameMatches('Australian Broadcasting Corporation', 'ABC')).toBe(true);
    expect(nameMatches('Kyodo', 'Kyodo News')).toBe(true);
    expect(nameMatches('ABC Spanish Daily Newspaper', 'ABC Australia')).toBe(false);
  });

  it('never match a fragment inside a word', () => {
    expect(nameMatches('Geng Shuang', 'Hua')).toBe(false);
    expect(nameMatches('The Paper', 'AP')).toBe(false);
    expect(nameMatches('ABC Spanish Daily Newspaper', 'AP')).toBe(false);
    expect(nameMatches('Yonhap', 'AP')).toBe(false);
    expect(nameMatches('APP', 'AP')).toBe(false);
    expect(nameMatches('Hua Chunying', '')).toBe(false);
  });

  it('read a spokesperson written in Chinese as the English form the records carry', () => {
    expect(spokespersonMatches('Hua Chunying', '华春莹')).toBe(true);
    expect(spokespersonMatches('Geng Shuang', '华春莹')).toBe(false);
    expect(spokespersonMatches('Hua Chunying', '华')).toBe(true);
    expect(spokespersonMatches('Geng Shuang', '华')).toBe(false);
    expect(nameMatches('中国新闻社', '新闻社')).toBe(true);
  });

  it('match an outlet by its name in the other language, as the pages write it, and only the same outlet', () => {
    expect(nameMatches('路透社', 'Reuters')).toBe(true);
    expect(nameMatches('路透社', 'reu')).toBe(true);
    expect(nameMatches('Reuters', '路透社')).toBe(true);
    expect(nameMatches('Xinhua News Agency', '新华社')).toBe(true);
    expect(nameMatches('总台央视', 'CCTV')).toBe(true);
    expect(nameMatches('PTI', '印度报业托拉斯')).toBe(true);
    expect(nameMatches('巴通社', 'AP')).toBe(false); // APP, the Associated Press of Pakistan
    expect(nameMatches('Associated Press of Pakistan', '美联社')).toBe(false);
    expect(nameMatches('CNBC', '美国全国广播公司')).toBe(false); // NBC
    expect(nameMatches('ABC Spanish Daily Newspaper', '澳大利亚广播公司')).toBe(false);
    expect(spokespersonMatches('Hua Chunying', 'Reuters')).toBe(false);
  });
});
