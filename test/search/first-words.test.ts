import { describe, expect, it } from 'vitest';
import { saidWhenIntent } from '../../src/search/first-words.js';

const first = (query: string) => ({ query, earliest: true, latest: false });
const last = (query: string) => ({ query, earliest: false, latest: true });

describe('a question asking when something was first said', () => {
  it('is read, and its words of when, of saying and who is asked of no one in particular are not searched', () => {
    expect(saidWhenIntent('When did the Foreign Ministry first mention COVID-19?')).toEqual(first('COVID-19?'));
    // The briefing as where it was said (hunt-K #1: "briefing" searched kept 9 exchanges, the newest of 2019, not 2022).
    expect(saidWhenIntent('the latest briefing on Huawei')).toEqual(last('Huawei'));
    expect(saidWhenIntent('the most recent press conference about Ukraine')).toEqual(last('Ukraine'));
    expect(saidWhenIntent('the first briefing on COVID-19')).toEqual(first('COVID-19'));
    // When someone last spoke, with no topic: the one named (hunt-J #1: "Jiakun" was searched, and nothing found).
    expect(saidWhenIntent('When did Guo Jiakun last speak?')).toEqual({ query: 'Guo Jiakun', earliest: false, latest: true });
    expect(saidWhenIntent('When did Mao Ning last brief?')).toEqual({ query: 'Mao Ning', earliest: false, latest: true });
    for (const asked of ['When did Mao Ning last talk?', 'When did Mao Ning last take questions?', 'When did Mao Ning last brief reporters?', 'When did Mao Ning last speak to the press?']) {
      expect(saidWhenIntent(asked), asked).toEqual(last('Mao Ning'));
    }
    expect(saidWhenIntent('When did Hua Chunying first hold a briefing?')).toEqual({ query: 'Hua Chunying', earliest: true, latest: false });
    // "last say about" keeps its "say about", by which the speaker is read ("What did Zhao Lijian Australia?" had been left).
    expect(saidWhenIntent('What did Zhao Lijian last say about Australia?')).toEqual({ query: 'What did Zhao Lijian say about Australia?', earliest: false, latest: true });
    expect(saidWhenIntent('first mention of COVID-19')).toEqual(first('COVID-19'));
    expect(saidWhenIntent('first time the spokesperson mentioned Meng Wanzhou')).toEqual(first('Meng Wanzhou'));
    expect(saidWhenIntent('When did China first comment on the trade war?')).toEqual(first('the trade war?'));
    expect(saidWhenIntent('earliest comments on Huawei')).toEqual(first('Huawei'));
    expect(saidWhenIntent('When was Lithuania raised for the first time?')).toEqual(first('When was Lithuania?'));
    // "state" is a noun as often as a verb of saying: kept.
    expect(saidWhenIntent('When did they first mention the Islamic State?')).toEqual(first('the Islamic State?'));
  });

  it('reads the other ways of asking it (explore31 #7), and the passive', () => {
    for (const verb of ['talk about', 'react to', 'address', 'speak about', 'respond to', 'raise', 'comment on', 'mention', 'bring up', 'discuss']) {
      expect(saidWhenIntent(`When did China first ${verb} Meng Wanzhou?`), verb).toEqual(first('Meng Wanzhou?'));
    }
    expect(saidWhenIntent('When was the first time the Foreign Ministry commented on Jimmy Lai?')).toEqual(first('Jimmy Lai?'));
    expect(saidWhenIntent('Since when has China been talking about Xinjiang cotton?')).toEqual(first('Xinjiang cotton?'));
    expect(saidWhenIntent('When was Meng Wanzhou first mentioned by the Foreign Ministry in 2018?')).toEqual(first('Meng Wanzhou in 2018?'));
    expect(saidWhenIntent('When did Meng Wanzhou first come up?')).toEqual(first('Meng Wanzhou?'));
    // Calling for something, urging it (hunt-E #7): "called" had been searched, and "When did … first call for" read as no such question.
    expect(saidWhenIntent('When did China first call for a ceasefire in Ukraine?')).toEqual(first('a ceasefire in Ukraine?'));
    expect(saidWhenIntent('first time China called for a ceasefire in Ukraine')).toEqual(first('a ceasefire in Ukraine'));
    expect(saidWhenIntent('When did China first urge restraint in Kashmir?')).toEqual(first('restraint in Kashmir?'));
  });

  it('asks a spokesperson named what they said, which the speaker reader reads (explore31 #1)', () => {
    expect(saidWhenIntent('When did Geng Shuang first mention Meng Wanzhou?')).toEqual(first('What did Geng Shuang say about Meng Wanzhou?'));
    expect(saidWhenIntent('When did Hua Chunying first comment on Hong Kong in 2019?')).toEqual(first('What did Hua Chunying say about Hong Kong in 2019?'));
    expect(saidWhenIntent('first time Zhao Lijian mentioned Australia')).toEqual(first('What did Zhao Lijian say about Australia'));
    expect(saidWhenIntent('When was Huawei first raised by Geng Shuang?')).toEqual(first('What did Geng Shuang say about Huawei?'));
  });

  it('leaves "first" beside anything else, a quoted phrase, and a question of those words alone', () => {
    for (const query of ['the first phase trade deal', 'first lady Peng Liyuan', 'China-Japan first session', '"the first time" Xi', 'Huawei mentioned', 'When did the US first sanction Huawei?', 'When was the first China-Africa summit?']) {
      expect(saidWhenIntent(query)).toEqual({ query, earliest: false, latest: false });
    }
    expect(saidWhenIntent('first mention')).toEqual({ query: 'first mention', earliest: false, latest: false });
  });
});

describe('a question asking when something was last said (explore31 #5)', () => {
  it('is read as asking for the latest, and "last" is no search term', () => {
    expect(saidWhenIntent('When did China last mention Meng Wanzhou?')).toEqual(last('Meng Wanzhou?'));
    expect(saidWhenIntent('last mention of Meng Wanzhou')).toEqual(last('Meng Wanzhou'));
    expect(saidWhenIntent('When was the last time the spokesperson mentioned Meng Wanzhou?')).toEqual(last('Meng Wanzhou?'));
    expect(saidWhenIntent('most recent mention of Meng Wanzhou')).toEqual(last('Meng Wanzhou'));
    expect(saidWhenIntent('When was Meng Wanzhou last mentioned?')).toEqual(last('Meng Wanzhou?'));
    expect(saidWhenIntent('When did Zhao Lijian last talk about Australia?')).toEqual(last('What did Zhao Lijian say about Australia?'));
    // "say" is no search term, and asks who spoke.
    expect(saidWhenIntent('What did Hua Chunying say last time about Japan?')).toEqual(last('What did Hua Chunying say about Japan?'));
  });

  it('leaves "last" beside anything else', () => {
    for (const query of ['the last emperor', 'last time', 'the last straw']) {
      expect(saidWhenIntent(query)).toEqual({ query, earliest: false, latest: false });
    }
    // A briefing is where it was said: "Lu Kang's last briefing" is his answers, newest first, as it was answered before.
    expect(saidWhenIntent("Lu Kang's last briefing")).toEqual(last('Lu Kang on'));
  });
});

describe('a Chinese question asking when something was first or last said (explore31 #6)', () => {
  it('is read without its words of when, and who is asked of no one in particular', () => {
    expect(saidWhenIntent('外交部第一次提到孟晚舟是什么时候？')).toEqual(first('孟晚舟？'));
    expect(saidWhenIntent('外交部什么时候第一次提到孟晚舟')).toEqual(first('孟晚舟'));
    expect(saidWhenIntent('中国外交部首次提及华为是什么时候')).toEqual(first('华为'));
    expect(saidWhenIntent('孟晚舟 最早')).toEqual(first('孟晚舟'));
    expect(saidWhenIntent('外交部最后一次提到孟晚舟是什么时候')).toEqual(last('孟晚舟'));
    expect(saidWhenIntent('最近一次提到孟晚舟')).toEqual(last('孟晚舟'));
    // A spokesperson named heads the topic, as `speaker.ts` reads "华春莹：日本".
    expect(saidWhenIntent('华春莹第一次谈到香港是什么时候？')).toEqual(first('华春莹：香港？'));
  });

  it('reads the one-character verbs 谈, 说, 讲 and 提, and a topic that first appeared (explore32b W8)', () => {
    expect(saidWhenIntent('最后一次谈华为')).toEqual(last('华为'));
    expect(saidWhenIntent('外交部最后一次谈华为是哪天')).toEqual(last('华为'));
    expect(saidWhenIntent('中方第一次说孟晚舟是什么时候')).toEqual(first('孟晚舟'));
    expect(saidWhenIntent('最后一次讲香港')).toEqual(last('香港'));
    expect(saidWhenIntent('第一次提华为')).toEqual(first('华为'));
    expect(saidWhenIntent('新冠肺炎第一次出现')).toEqual(first('新冠肺炎'));
  });

  it('leaves the words inside a topic', () => {
    for (const query of ['第一次世界大战', '最后通牒', '习近平首次访问美国', '最后一次谈判', '第一次提出一带一路']) {
      expect(saidWhenIntent(query)).toEqual({ query, earliest: false, latest: false });
    }
  });
});
