import { describe, expect, it } from 'vitest';
import { chineseDatesAsEnglish } from '../../src/search/chinese-question.js';
import { parseQuery, timeIntent, topicOf } from '../../src/search/query.js';

/** A query's phrases as matched: each part's words, names read as the search reads them. */
const phrasesOf = (query: string): string[][] => parseQuery(query).phrases.map((p) => p.parts.map((part) => part.forms.names));

describe('parseQuery', () => {
  it('takes double-quoted phrases out as phrases and keeps their words for ranking', () => {
    expect(parseQuery('"National  Security Law" Hong Kong').text).toBe('National Security Law Hong Kong');
    expect(phrasesOf('"National  Security Law" Hong Kong')).toEqual([['national security law']]);
    expect(parseQuery('“one country, two systems”').text).toBe('one country, two systems');
    expect(phrasesOf('“one country, two systems”')).toEqual([['one country two systems']]);
    expect(parseQuery('an "unclosed phrase')).toEqual({ text: 'an unclosed phrase', phrases: [] });
  });

  it('reads single quotes around several words as a phrase, never an apostrophe (explore31 #24)', () => {
    expect(phrasesOf('Hua said the US is ‘the biggest threat to world peace’')).toEqual([['the biggest threat to world peace']]);
    expect(phrasesOf("Hua said the US is 'the biggest threat to world peace'")).toEqual([['the biggest threat to world peace']]);
    expect(phrasesOf('‘China’s core interests’ and the US’ stance')).toEqual([["china 's core interests"]]);
    // One word in single quotes is emphasis, not a phrase; apostrophes alone open and close nothing.
    expect(phrasesOf('China’s ‘zero-COVID’ policy')).toEqual([]);
    expect(phrasesOf("the Philippines' maritime claims and each other's territory")).toEqual([]);
    expect(parseQuery('Hua said the US is ‘the biggest threat to world peace’').text).toBe('Hua said the US is the biggest threat to world peace');
  });

  it('cuts a phrase at an ellipsis or a bracketed insertion, and writes out its contractions for ranking (explore31 #8, #9)', () => {
    const cut = parseQuery('"abandon the outdated cold-war ... mentality and refrain … making enemies [everywhere]"').phrases[0]!.parts;
    expect(cut.map((p) => [p.forms.names, p.after])).toEqual([
      ['abandon the outdated cold war', 'near'], ['mentality and refrain', 'anywhere'], ['making enemies', 'anywhere'],
    ]);
    expect(parseQuery('"I can\'t breathe"')).toMatchObject({ text: 'I can not breathe', phrases: [{ parts: [{ forms: { names: 'i can not breathe' } }] }] });
    // An editor's words are no words of the transcript: a phrase of nothing else is none.
    expect(phrasesOf('"… [the US] …"')).toEqual([]);
    expect(phrasesOf('"…"')).toEqual([]);
  });
});

describe('topicOf', () => {
  it('drops the framing of a question to the bot', () => {
    expect(topicOf('What did China say about the Dalai Lama?')).toBe('the Dalai Lama');
    expect(topicOf("What is China's position on US arms sales to Taiwan?")).toBe('US arms sales to Taiwan');
    expect(topicOf("China's response to the Hong Kong protests")).toBe('the Hong Kong protests');
    expect(topicOf('How did Beijing react to the tariffs?')).toBe('the tariffs');
    expect(topicOf('What does the Foreign Ministry think of Huawei')).toBe('Huawei');
  });

  it('leaves a plain topic as it is', () => {
    expect(topicOf('Huawei 5G')).toBe('Huawei 5G');
    expect(topicOf('What happened at the G20?')).toBe('What happened at the G20');
    expect(topicOf('?')).toBe('?');
  });
});

describe('timeIntent', () => {
  it('takes out the words that ask for the latest position, outside quoted phrases', () => {
    expect(timeIntent('latest position on Taiwan')).toEqual({ query: 'position on Taiwan', latest: true });
    expect(timeIntent('Is China still opposed to the INF Treaty?')).toEqual({ query: 'Is China opposed to the INF Treaty?', latest: true });
    expect(timeIntent('most recent comments on Huawei this week')).toEqual({ query: 'comments on Huawei', latest: true });
    // "What's new on …" asks for the latest (explore30 B5); "the new Silk Road" names something.
    expect(timeIntent("What's new on Huawei since May 2020?")).toEqual({ query: 'Huawei since May 2020?', latest: true });
    expect(timeIntent('anything new about Meng Wanzhou?')).toEqual({ query: 'Meng Wanzhou?', latest: true });
    // The "thing" asked for is no topic word (hunt-E F1): searched, it put a 2019 exchange saying "things" first.
    expect(timeIntent('What was the most recent thing China said about the Philippines?')).toEqual({ query: 'What was the China said about the Philippines?', latest: true });
    expect(timeIntent('the latest words from China on Japan')).toEqual({ query: 'from China on Japan', latest: true });
    expect(timeIntent('things Japan said')).toEqual({ query: 'things Japan said', latest: false });
    expect(timeIntent('the new Silk Road')).toEqual({ query: 'the new Silk Road', latest: false });
    expect(timeIntent('"still water" Mekong')).toEqual({ query: '"still water" Mekong', latest: false });
    expect(timeIntent('Meng Wanzhou')).toEqual({ query: 'Meng Wanzhou', latest: false });
    // Nothing but time words: nothing to take them from.
    expect(timeIntent('latest')).toEqual({ query: 'latest', latest: false });
  });

  it('reads "last week", "recently" and their Chinese counterparts as asking for the latest', () => {
    expect(timeIntent('What did China say about Taiwan last week?')).toEqual({ query: 'What did China say about Taiwan?', latest: true });
    expect(timeIntent('Huawei in the past few days')).toEqual({ query: 'Huawei', latest: true });
    expect(timeIntent('recently on the Korean Peninsula')).toEqual({ query: 'on the Korean Peninsula', latest: true });
    expect(timeIntent('华为最新')).toEqual({ query: '华为', latest: true });
    expect(timeIntent('今年 台湾 问题')).toEqual({ query: '台湾 问题', latest: true });
    expect(timeIntent('上周中方对朝鲜的表态')).toEqual({ query: '中方对朝鲜的表态', latest: true });
    expect(timeIntent('“最新进展” 台湾')).toEqual({ query: '“最新进展” 台湾', latest: false });
  });

  it('leaves names that hold a time word alone: current account, USA Today, 今日俄罗斯 (explore26t #4)', () => {
    for (const query of ['current account surplus', 'Current affairs', 'USA Today report on Huawei', '今日俄罗斯 报道']) expect(timeIntent(query), query).toEqual({ query, latest: false });
    expect(timeIntent('the current situation in Hong Kong')).toEqual({ query: 'the situation in Hong Kong', latest: true });
  });

  it('reads a Chinese time word only where a word begins: 日本月球 (Japan, the moon) holds no 本月, 至今年底 no 今年', () => {
    expect(timeIntent('日本月球探测器')).toEqual({ query: '日本月球探测器', latest: false });
    expect(timeIntent('至今年底 台湾')).toEqual({ query: '至今年底 台湾', latest: false });
    expect(timeIntent('本月 日本月球探测器')).toEqual({ query: '日本月球探测器', latest: true });
    expect(chineseDatesAsEnglish('日本月球探测器 上月')).toBe('日本月球探测器 last month');
  });
});
