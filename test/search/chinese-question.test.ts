import { describe, expect, it } from 'vitest';
import { chineseDatesAsEnglish, simplifiedChinese, simplifiedFilters, withoutChineseFraming, withoutIssueWord } from '../../src/search/chinese-question.js';
import { parseQuery, timeIntent } from '../../src/search/query.js';
import { speakerIntent } from '../../src/search/speaker.js';
import { toIndexedRecords } from '../../src/store/records.js';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';
import { join } from 'node:path';
import { bilingualSample } from '../seed-sources.js';

describe('a Chinese question in Traditional characters', () => {
  it('is read in the Simplified characters the Ministry publishes, Taiwan\'s and Hong Kong\'s forms alike', () => {
    expect(simplifiedChinese('華為')).toBe('华为');
    expect(simplifiedChinese('臺灣 台灣')).toBe('台湾 台湾');
    expect(simplifiedChinese('中美貿易協議')).toBe('中美贸易协议');
    expect(simplifiedChinese('華春瑩')).toBe('华春莹');
    expect(simplifiedChinese('衞生 敍利亞')).toBe('卫生 叙利亚'); // Hong Kong's variants
    expect(simplifiedChinese('What did China say about 薩德?')).toBe('What did China say about 萨德?');
    expect(simplifiedChinese('Huawei')).toBe('Huawei');
  });

  it('leaves Simplified text as the Ministry wrote it (the bundled Chinese pages of the sample dates)', () => {
    const sample = bilingualSample();
    const records = parseTranscriptFiles([join(sample.dir, 'zh')]).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
    sample.remove();
    expect(records.length).toBeGreaterThan(80);
    const changed = records.filter((r) => simplifiedChinese(r.answer) !== r.answer).map((r) => r.id);
    expect(changed).toEqual([]);
    // Taiwan's conversion (tw2s) would write the Ministry's 显著 as 显着.
    expect(simplifiedChinese('显著成效')).toBe('显著成效');
  });

  it('reads the names Taiwan and Hong Kong use as the Ministry\'s, not inside another word', () => {
    expect(simplifiedChinese('川普')).toBe('特朗普');
    expect(simplifiedChinese('北韓 南韓')).toBe('朝鲜 韩国');
    expect(simplifiedChinese('北韩核问题')).toBe('朝鲜核问题');
    expect(simplifiedChinese('龐培歐')).toBe('蓬佩奥');
    expect(simplifiedChinese('越南韩国')).toBe('越南韩国');
  });

  it('converts the spokesperson and outlet filters too', () => {
    expect(simplifiedFilters({ spokesperson: '華春瑩', outlet: '環球時報', from: '2019-01-01' })).toEqual({ spokesperson: '华春莹', outlet: '环球时报', from: '2019-01-01' });
    const english = { spokesperson: 'Hua' };
    expect(simplifiedFilters(english)).toBe(english);
  });
});

describe('a Chinese year in a question', () => {
  it('reads as "in 2019" or "March 2019" does, wherever it stands', () => {
    expect(chineseDatesAsEnglish('2019年华为')).toBe('2019 华为');
    expect(chineseDatesAsEnglish('华为 2019年3月份')).toBe('华为 March 2019');
    // A day as an English question's day: its month, that day's answers first (hunt-H #2: read as the month alone, May 6's ranked 8th and 11th).
    expect(chineseDatesAsEnglish('华为2019年12月5日的声明')).toBe('华为 December 5, 2019 声明');
    expect(chineseDatesAsEnglish('2019年5月6日以来 关税')).toBe('since May 6, 2019 关税');
    // A range of days: 至10日 had been searched as a word.
    expect(chineseDatesAsEnglish('2019年5月6日至10日 关税')).toBe('between May 6, 2019 and May 10, 2019 关税');
    // Two years compared, at the end before the closing particles, where the English reads them and the framing before them is read (hunt-M #10).
    expect(chineseDatesAsEnglish('新疆 2019年和2020年相比')).toBe('新疆 2019 vs 2020');
    expect(chineseDatesAsEnglish('2019年与2020年相比，发言人提到新疆')).toBe('发言人提到新疆 2019 vs 2020');
    expect(chineseDatesAsEnglish('2020年比2019年中方更多地谈到香港吗？')).toBe('中方 谈到香港 2020 vs 2019 more 吗？');
    expect(chineseDatesAsEnglish('中方在2014年和2022年对乌克兰说了什么')).toBe('中方 对乌克兰说了什么 in 2014 and 2022');
    // Not before a month or an edge of the second year, which say their own dates.
    expect(chineseDatesAsEnglish('2019年和2020年3月的香港')).not.toContain('vs');
    expect(chineseDatesAsEnglish('2019年和2020年以来 香港')).not.toMatch(/vs|in 2019 and 2020/);
    expect(chineseDatesAsEnglish('2019年5月6日到6月2日 关税')).toBe('between May 6, 2019 and June 2, 2019 关税');
    expect(chineseDatesAsEnglish('2019年5月6日至2020年1月 关税')).toBe('between May 6, 2019 and January 2020 关税');
    expect(chineseDatesAsEnglish('2019年3月至5月 华为')).toBe('between March 2019 and May 2019 华为');
    expect(chineseDatesAsEnglish('2019年度报告')).toBe('2019 报告');
    expect(chineseDatesAsEnglish('“2019年3月” 华为')).toBe('“2019年3月” 华为');
    expect(chineseDatesAsEnglish('去年3月')).toBe('March last year'); // read by relative-dates.ts as March of last year
    expect(chineseDatesAsEnglish('2019年以来华为')).toBe('since 2019 华为');
    expect(chineseDatesAsEnglish('华为 2020年之前')).toBe('华为 before 2020');
  });

  it('reads 在2019年, 2019年全年 and 2019年期间 as "in 2019" at the end, that year alone (explore32b W2)', () => {
    expect(chineseDatesAsEnglish('2019年全年 华为')).toBe('华为 in 2019');
    expect(chineseDatesAsEnglish('2019年期间华为')).toBe('华为 in 2019');
    expect(chineseDatesAsEnglish('外交部在2019年 华为')).toBe('外交部 华为 in 2019');
    // With a month, a part or an edge, those say the dates; the 在 before them is no topic word.
    expect(chineseDatesAsEnglish('在2019年3月 香港')).toBe('March 2019 香港');
    expect(chineseDatesAsEnglish('在2019年底 香港')).toBe('in late 2019 香港');
    expect(chineseDatesAsEnglish('在2019年以前 香港')).toBe('before 2019 香港');
    // An event's year, as "elected in 2018": that year or later.
    expect(chineseDatesAsEnglish('香港在2019年发生的暴乱')).toBe('香港 2019 发生的暴乱');
  });

  it('reads years and months in characters, quarters and Q1-Q4 (explore32b W9)', () => {
    expect(chineseDatesAsEnglish('二〇一九年十月 香港')).toBe('October 2019 香港');
    // A day after its month, as the digits are read (its month, the day's answers first).
    expect(chineseDatesAsEnglish('二〇一九年十月三十一日 香港')).toBe(chineseDatesAsEnglish('2019年10月31日 香港'));
    expect(chineseDatesAsEnglish('2019年3月十五号 华为')).toBe(chineseDatesAsEnglish('2019年3月15号 华为'));
    expect(chineseDatesAsEnglish('2019年3月15号 华为')).toBe('March 15, 2019 华为');
    // No day a month holds: left as typed.
    expect(chineseDatesAsEnglish('2019年3月四十日')).toContain('四十日');
    expect(chineseDatesAsEnglish('二零二零年 华为')).toBe('2020 华为');
    expect(chineseDatesAsEnglish('2019年十月 香港')).toBe('October 2019 香港');
    expect(chineseDatesAsEnglish('2019年十二月份 香港')).toBe('December 2019 香港');
    expect(chineseDatesAsEnglish('2019年第四季度 香港')).toBe('in the fourth quarter of 2019 香港');
    expect(chineseDatesAsEnglish('2019年四季度 香港')).toBe('in the fourth quarter of 2019 香港');
    expect(chineseDatesAsEnglish('2019年Q4 香港')).toBe('in Q4 2019 香港');
    // Not a number of years, nor a year before 1900.
    expect(chineseDatesAsEnglish('一千九百年')).toBe('一千九百年');
    expect(chineseDatesAsEnglish('一七八九年')).toBe('一七八九年');
  });
});

describe('a topic named as "X问题" (explore32b W1)', () => {
  it('is X: 问题 is how the question names it', () => {
    expect(withoutIssueWord('新疆问题')).toEqual({ text: '新疆', issues: [{ written: '新疆问题', searched: '新疆', as: 'issue' }] });
    expect(withoutIssueWord('台湾问题上')).toEqual({ text: '台湾', issues: [{ written: '台湾问题', searched: '台湾', as: 'issue' }] });
    expect(withoutIssueWord('新疆问题 in 2019').text).toBe('新疆 in 2019');
  });

  it('is left as typed after a word pointing back, quoted, alone, or inside a longer word', () => {
    for (const text of ['这个问题', '有关问题', '“新疆问题”', '问题', '核问题', '新疆问题和香港问题', '问题意识']) {
      expect(withoutIssueWord(text), text).toEqual({ text, issues: [] });
    }
  });
});

describe('the framing of a Chinese question', () => {
  it('is taken out: who is asked, "about", the words of asking, particles', () => {
    expect(withoutChineseFraming('中方对华为有何评论')).toBe('华为');
    // "China talks about": framing too, not 谈判 (negotiations) or 谈话 (explore37 #12: 中方谈乌克兰 said as one missing word).
    expect(withoutChineseFraming('中方谈乌克兰')).toBe('乌克兰');
    expect(withoutChineseFraming('中方谈判')).toBe('中方谈判');
    // With 了 or 过 after it (hunt-M #11: 谈了香港问题 had searched 了香港).
    expect(withoutChineseFraming('外交部发言人谈了香港问题')).toBe(withoutChineseFraming('外交部发言人谈香港问题'));
    expect(withoutChineseFraming('中方谈过乌克兰')).toBe('乌克兰');
    // A word of mentioning whole after who is asked, or first alone (中方谈到香港 had left 到香港; 谈到香港吗 searched 谈到).
    expect(withoutChineseFraming('中方谈到香港')).toBe('香港');
    expect(withoutChineseFraming('谈到香港吗')).toBe('香港');
    expect(withoutChineseFraming('提到')).toBe('提到');
    expect(withoutChineseFraming('中方对 Huawei 有何评论')).toBe('Huawei');
    expect(withoutChineseFraming('请问中方如何看待孟晚舟案？')).toBe('孟晚舟案');
    expect(withoutChineseFraming('外交部就美国对华为的禁令作何回应？')).toBe('美国对华为的禁令');
    expect(withoutChineseFraming('香港说了什么')).toBe('香港');
    expect(withoutChineseFraming('关于香港')).toBe('香港');
    expect(withoutChineseFraming('中国对于南海仲裁的立场是什么？')).toBe('南海仲裁');
    expect(withoutChineseFraming('孟晚舟案有新进展吗？')).toBe('孟晚舟案有新进展');
    expect(withoutChineseFraming('中方在新疆问题上的立场是什么')).toBe('新疆问题');
    expect(withoutChineseFraming('中国对华为禁令有何回应')).toBe('华为禁令');
    expect(withoutChineseFraming('最近关于孟晚舟')).toBe('最近 孟晚舟');
    expect(withoutChineseFraming('华为的评论')).toBe('华为');
    // "the answer on", and a closing 的 (hunt-H #1: 萨德的回答 searched as 萨德 and 的回答, 孟晚舟的 as a word).
    expect(withoutChineseFraming('关于萨德的回答')).toBe('萨德');
    expect(withoutChineseFraming('怎么说孟晚舟的')).toBe('孟晚舟');
    expect(withoutChineseFraming('蓬佩奥的？')).toBe('蓬佩奥');
  });

  it('keeps topics that begin like framing, quoted phrases, and a question that is only framing', () => {
    expect(withoutChineseFraming('对华政策')).toBe('对华政策');
    expect(withoutChineseFraming('就业')).toBe('就业');
    expect(withoutChineseFraming('中国对外开放')).toBe('中国对外开放');
    expect(withoutChineseFraming('中国对话')).toBe('中国对话');
    expect(withoutChineseFraming('在华企业')).toBe('在华企业');
    expect(withoutChineseFraming('“中方对此有何评论” 华为')).toBe('“中方对此有何评论” 华为');
    expect(withoutChineseFraming('中方对此有何评论？')).toBe('中方对此有何评论？');
    expect(withoutChineseFraming('What did China say about Huawei?')).toBe('What did China say about Huawei?');
    // What a date or a speaker read before it leaves: a 的, a word of stating (explore29a 2.2).
    expect(withoutChineseFraming('的香港局势')).toBe('香港局势');
    expect(withoutChineseFraming('香港问题表示')).toBe('香港问题');
    expect(withoutChineseFraming('目的地')).toBe('目的地');
  });

  it('after a spokesperson\'s name, reads the name as the speaker', () => {
    const spokespeople = ['Hua Chunying', 'Zhao Lijian'];
    const hua = { spokesperson: 'Hua Chunying', named: { name: 'Hua Chunying', written: '华春莹' } };
    expect(speakerIntent('华春莹如何评论香港', spokespeople)).toEqual({ query: '香港', ...hua });
    expect(speakerIntent('华春莹说了什么关于香港', spokespeople)).toEqual({ query: '关于香港', ...hua });
    expect(speakerIntent('华春莹对香港说了什么', spokespeople)).toEqual({ query: '香港说了什么', ...hua });
    // 是 before the asking, 了 after a word of saying: read with it, not searched as the topic's first character (hunt-H #1).
    expect(speakerIntent('华春莹是怎么评价蓬佩奥的', spokespeople)).toEqual({ query: '蓬佩奥的', ...hua });
    expect(speakerIntent('华春莹说了霸凌', spokespeople)).toEqual({ query: '霸凌', ...hua });
    // A year between the name and the word of speaking is the time of the talk, read at the end (explore29a 2.1).
    expect(speakerIntent('华春莹在 2019 就华为说了什么', spokespeople)).toEqual({ query: '华为说了什么 in 2019', ...hua });
    // The role is no topic word: 外交部发言人 goes with the name.
    expect(speakerIntent('外交部发言人华春莹谈香港', spokespeople)).toEqual({ query: '香港', ...hua });
  });
});

describe('corner brackets', () => {
  it('quote a phrase as double quotes do', () => {
    expect(parseQuery('「香港国安法」')).toMatchObject({ text: '香港国安法', phrases: [{ parts: [{ forms: { names: '香港国安法' } }] }] });
    expect(parseQuery('『一国两制』 香港')).toMatchObject({ text: '一国两制 香港', phrases: [{ parts: [{ forms: { names: '一国两制' } }] }] });
    expect(parseQuery('「unclosed')).toEqual({ text: 'unclosed', phrases: [] });
    expect(timeIntent('「latest」 Taiwan')).toEqual({ query: '「latest」 Taiwan', latest: false });
  });
});
