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
});
