import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedAgainOf, pagingAsked, asksHowOften, asksOnlyForMore, asksWhatAnyoneSaid, asksWhoSpeaksNow, asksWhoSpoke, newestBriefingDates, occasionAsked, respelledFraming, withoutAboutTheAsker, withoutBriefingPlace, withoutFraming } from '../../src/search/framing.js';
import { namedDatesIntent } from '../../src/search/month.js';
import { relativeDatesIntent } from '../../src/search/relative-dates.js';
import { timeIntent } from '../../src/search/query.js';
import { openSearch } from '../../src/search/open.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { nothingRelevantText, totalsLine } from '../../src/answers/totals.js';
import { searchTimeline } from '../../src/answers/timeline.js';
import { buildSeedIndex } from './lexical-index.js';
import { currentGeneration } from '../../src/store/layout.js';
import { openRecordStore } from '../../src/store/records-file.js';

describe('the framing of a question (src/search/framing.ts)', () => {
  it('leaves out how often and whether a topic came up, asked of no one in particular (explore30 A1, A2)', () => {
    expect(withoutFraming('How many times did China mention Huawei in 2019?')).toBe('Huawei in 2019?');
    expect(withoutFraming('How often was Huawei brought up in 2019?')).toBe('Huawei in 2019?');
    expect(withoutFraming('How often did China talk about Xinjiang in 2019?')).toBe('Xinjiang in 2019?');
    expect(withoutFraming('How many times was Xinjiang raised in 2019?')).toBe('Xinjiang in 2019?');
    expect(withoutFraming('Number of times Xinjiang came up in 2019')).toBe('Xinjiang in 2019');
    expect(withoutFraming('count of mentions of Hong Kong in 2020')).toBe('Hong Kong in 2020');
    expect(withoutFraming('how many times did they mention Huawei')).toBe('Huawei');
    expect(withoutFraming('How often has Huawei been mentioned at the briefings by the spokesperson?')).toBe('Huawei?');
    expect(withoutFraming('Has China ever commented on TikTok?')).toBe('TikTok?');
    expect(withoutFraming('Did the spokesperson ever talk about Evergrande?')).toBe('Evergrande?');
    expect(withoutFraming('Has Beijing said anything on Evergrande')).toBe('Evergrande');
    expect(withoutFraming('Has TikTok ever been mentioned?')).toBe('TikTok?');
    expect(withoutFraming('Did the Chinese Foreign Ministry ever comment on "Made in China 2025"?')).toBe('"Made in China 2025"?');
    // Chinese: who and a word of mentioning, where the question or its date begins, and how many times at the end.
    // A year alone in a question of how often is the time of the talk, as 在2019年 (that year only: explore32b W2).
    expect(withoutFraming('2019年外交部提到华为多少次')).toBe('在2019年 华为');
    expect(withoutFraming('外交部在2019年提到华为多少次')).toBe('在2019年 华为');
    expect(withoutFraming('2019年以来外交部提到华为多少次')).toBe('2019年以来 华为');
    expect(withoutFraming('2019年3月外交部提到华为多少次')).toBe('2019年3月 华为');
    expect(withoutFraming('中方是否评论过恒大？')).toBe('恒大？');
    expect(withoutFraming('外交部有没有提到过孟晚舟')).toBe('孟晚舟');
    // The passive, as "How often was Huawei brought up" (review33 #9): the topic, then 被 and a word of mentioning.
    expect(withoutFraming('华为被提到多少次')).toBe('华为');
    expect(withoutFraming('华为被提到的次数')).toBe('华为');
    expect(withoutFraming('2019年华为被提到多少次')).toBe('在2019年华为');
    expect(withoutFraming('华为是否被外交部提及过？')).toBe('华为 ？');
    for (const query of ['华为被制裁', '孟晚舟被捕', '美国被提到的制裁措施']) expect(withoutFraming(query), query).toBe(query);
  });

  it('leaves out a count of briefings, the briefings its subject or where the topic came up', () => {
    expect(withoutFraming('How many briefings discussed the trade war in 2019?')).toBe('the trade war in 2019?');
    expect(withoutFraming('How many press conferences have mentioned Huawei?')).toBe('Huawei?');
    expect(withoutFraming('In how many briefings was Huawei mentioned in 2019?')).toBe('Huawei in 2019?');
    expect(withoutFraming('How many briefings did the spokesperson talk about Taiwan at?')).toBe('Taiwan at?');
    for (const q of ['How many briefings discussed the trade war in 2019?', 'In how many briefings was Huawei mentioned in 2019?']) expect(asksHowOften(q), q).toBe(true);
    // Briefings named as the place of the talk, nothing counted.
    expect(asksHowOften('What was said at the briefings on Huawei?')).toBe(false);
  });

  it('asks a spokesperson named what they said, which the speaker reader reads', () => {
    expect(withoutFraming('How often did Zhao Lijian mention Australia?')).toBe('What did Zhao Lijian say about Australia?');
    expect(withoutFraming('Has Hua Chunying ever commented on Huawei in 2019?')).toBe('What did Hua Chunying say about Huawei in 2019?');
    // When they began or last spoke, as "NAME earliest" ("NAME latest") asks: every answer of theirs (explore33b C8).
    expect(withoutFraming('When did Hua Chunying become spokesperson?')).toBe('Hua Chunying earliest');
    expect(withoutFraming('In which year did Zhao Lijian become a Foreign Ministry spokesman?')).toBe('Zhao Lijian earliest');
    expect(withoutFraming('When did Hua Chunying give her first briefing?')).toBe('Hua Chunying earliest');
    expect(withoutFraming("When was Hong Lei's last briefing?")).toBe('Hong Lei latest');
    expect(withoutFraming('When did Geng Shuang stop being spokesman?')).toBe('Geng Shuang latest');
    // In Chinese, as "华春莹 最早" ("赵立坚 最后") asks (zhread34 #2).
    for (const query of ['华春莹什么时候成为发言人', '华春莹哪一年开始担任发言人', '华春莹成为发言人是哪一年', '外交部发言人华春莹何时上任', '华春莹第一次主持记者会是什么时候']) {
      expect(withoutFraming(query), query).toBe('华春莹 最早');
    }
    for (const query of ['赵立坚什么时候不再担任发言人', '赵立坚什么时候卸任', '赵立坚最后一次记者会是哪天']) expect(withoutFraming(query), query).toBe('赵立坚 最后');
    for (const query of ['蓬佩奥什么时候成为国务卿', '华春莹什么时候成为新闻司司长', '特朗普什么时候上任', '华春莹谈香港']) expect(withoutFraming(query), query).toBe(query);
    for (const query of ["When was Pompeo's last briefing?", 'When did the US hold its first briefing?', "What did China say about Biden's first press conference?", 'When did Pompeo become secretary of state?']) {
      expect(withoutFraming(query), query).toBe(query);
    }
  });

  it('reads newsroom shorthand where it says who spoke, and leaves it elsewhere (explore31 #11, #23)', () => {
    expect(withoutFraming('Chinese FM spox on Pompeo lies')).toBe('Pompeo lies');
    expect(withoutFraming('MFA on Huawei')).toBe('Huawei');
    expect(withoutFraming('spox: Xinjiang cotton')).toBe('Xinjiang cotton');
    expect(withoutFraming("MFA's position on Huawei")).toBe('Huawei');
    expect(withoutFraming('Foreign Ministry spokesman said Huawei is no threat')).toBe('Huawei is no threat');
    expect(withoutFraming('FM spox Zhao Lijian: "US army"')).toBe('Zhao Lijian: "US army"');
    expect(withoutFraming('What did the MFA say about Huawei?')).toBe('What did the spokesperson say about Huawei?');
    expect(withoutFraming('When did the FM spox first mention Meng Wanzhou?')).toBe('When did the spokesperson first mention Meng Wanzhou?');
    expect(withoutFraming('What did Chinese FM spox Zhao Lijian say about Australia?')).toBe('What did Zhao Lijian say about Australia?');
    expect(withoutFraming('How many times did the MFA mention Huawei?')).toBe('Huawei?');
    for (const query of ['MFA reform', 'Huawei MFA', 'FM radio licences', 'Did the MFA building close?', 'the Office of the MFA Commissioner']) {
      expect(withoutFraming(query), query).toBe(query);
    }
  });

  it('reads who is asked, when no one in particular, as "the spokesperson", and the stance asked of it as "China\'s stance" (explore32d W1, W2)', () => {
    for (const query of ['What did the spokesman say about Huawei?', 'What did the spokeswoman say about Huawei?', 'What did the Chinese spokesman say about Huawei?', 'What did Beijing say about Huawei?']) {
      expect(withoutFraming(query), query).toBe('What did the spokesperson say about Huawei?');
    }
    expect(withoutFraming('What has the ministry said about the Solomon Islands?')).toBe('What has the spokesperson said about the Solomon Islands?');
    expect(withoutFraming('How did Chinese officials respond to the sanctions?')).toBe('How did the spokesperson respond to the sanctions?');
    for (const query of ["China's tone on Australia", "China's attitude towards Australia", "China's rhetoric about Australia", "Beijing's position on Australia", "China's language on Australia", "China's wording on Australia"]) {
      expect(withoutFraming(query), query).toBe("China's stance on Australia");
    }
    expect(withoutFraming("What is the Foreign Ministry's tone towards Japan?")).toBe("What is China's stance on Japan?");
    // With the contraction (review33 #4).
    expect(withoutFraming("What's China's tone on Australia?")).toBe("What's China's stance on Australia?");
    expect(withoutFraming("What’s the Ministry's attitude towards Japan?")).toBe("What’s China's stance on Japan?");
    expect(withoutFraming("How's Beijing's tone on India?")).toBe("How's China's stance on India?");
    expect(withoutFraming("What's the spokesman said about Huawei?")).toBe("What's the spokesperson said about Huawei?");
    // Asked as yes or no, by its verb alone ("Was", "Did", "Has"): the same reading (session 33).
    expect(withoutFraming("Was China's tone on Australia harsher in 2020 than in 2018?")).toBe("Was China's stance on Australia harsher in 2020 than in 2018?");
    expect(withoutFraming("Did Beijing's attitude towards India change after 2019?")).toBe("Did China's stance on India change after 2019?");
    // "ever" after who is asked asks whether, not what (explore32d C18).
    expect(withoutFraming('Has China ever criticised Lithuania?')).toBe('Has China criticised Lithuania?');
    expect(withoutFraming('Has the spokesman ever praised Musk?')).toBe('Has the spokesperson praised Musk?');
    // As a headline writes it, without the possessive.
    for (const query of ['MFA reaction to Australia', 'Foreign Ministry response to Australia', 'Beijing reaction to Australia', 'Chinese foreign ministry comments on Australia', 'FM spox remarks on Australia']) {
      expect(withoutFraming(query), query).toBe("China's stance on Australia");
    }
    expect(withoutFraming('What is the MFA reaction to Australia?')).toBe("What is China's stance on Australia?");
    // The same words where they are the topic, or who spoke is someone: as typed.
    for (const query of [
      'What did China say about Huawei?', "China's stance on Australia", 'What did the spokesperson say about Huawei?', 'What did the Taiwan Affairs Office spokesman say about Lai?',
      'the Taiwan Affairs Office spokesman', 'the tone of the talks', 'comments by Pompeo', "Pompeo's rhetoric on China", 'Huawei spokesman', 'the ministry of commerce',
      "What was the tone of Pompeo's speech?", 'Has the US ever sold F-16s to Taiwan?', 'What did the spokesperson say in August 2026?',
    ]) expect(withoutFraming(query), query).toBe(query);
  });

  it('reads a slip of a word of the framing as the word where the question asks with it, and nowhere else (explore32d W2)', () => {
    const none = (): number => 0;
    expect(respelledFraming('What did the foriegn ministry say about Huawei?', none)).toEqual({ query: 'What did the foreign ministry say about Huawei?', respelled: [{ typed: 'foriegn', read: 'foreign' }] });
    expect(respelledFraming('What did the Forein Ministry say about Huawei?', none)).toEqual({ query: 'What did the Foreign Ministry say about Huawei?', respelled: [{ typed: 'Forein', read: 'Foreign' }] });
    expect(respelledFraming('Did China coment on the Hong Kong protests?', none)).toEqual({ query: 'Did China comment on the Hong Kong protests?', respelled: [{ typed: 'coment', read: 'comment' }] });
    expect(respelledFraming("China's attidude on Australia", none).query).toBe("China's attitude on Australia");
    // Only where it is read as framing: the topic's own slip stays as typed (review33 #15).
    expect(respelledFraming('Did China coment on coment?', none)).toEqual({ query: 'Did China comment on coment?', respelled: [{ typed: 'coment', read: 'comment' }] });
    expect(respelledFraming('What did the foriegn ministry say about foriegn policy?', none).query).toBe('What did the foreign ministry say about foriegn policy?');
    // Two slips that only together are framing.
    expect(respelledFraming('What did the foriegn minstry say about Huawei?', none).query).toBe('What did the foreign ministry say about Huawei?');
    // Where the word would be a topic word, or the transcripts write the word typed often: as typed.
    for (const query of ['foriegn policy', 'What did China say about foriegn policy?', "Pompeo's coment", 'Huawei']) {
      expect(respelledFraming(query, none), query).toEqual({ query, respelled: [] });
    }
    expect(respelledFraming('Did China coment on the Hong Kong protests?', () => 5).respelled).toEqual([]);
  });

  it('weighs each distinct word of a long question once, its records counted before any comparison (review34 #13)', () => {
    // A 4,000-character question took 10 s: every occurrence of every word was compared with every framing word.
    const question = `Did China coment on Huawei ${'asked by Reuters '.repeat(230)}`;
    const looked: string[] = [];
    const read = respelledFraming(question, (word) => {
      looked.push(word);
      return 0;
    });
    expect(read.respelled).toEqual([{ typed: 'coment', read: 'comment' }]);
    expect(read.query.startsWith('Did China comment on Huawei asked by Reuters')).toBe(true);
    expect(looked).toEqual(['Did', 'China', 'coment', 'on', 'Huawei', 'asked', 'by', 'Reuters']);
  });

  it('leaves out what the reporter says of themselves before the question (explore32d C18)', () => {
    expect(withoutAboutTheAsker("I'm writing a piece on debt-trap diplomacy, what has the ministry said about Sri Lanka's Hambantota port?")).toEqual({
      query: "what has the ministry said about Sri Lanka's Hambantota port?", aside: "I'm writing a piece on debt-trap diplomacy",
    });
    expect(withoutAboutTheAsker('I am a features reporter; did China comment on the Solomon Islands?')).toEqual({ query: 'did China comment on the Solomon Islands?', aside: 'I am a features reporter' });
    for (const query of ["I'm sorry", 'Huawei, what did China say?', 'I am curious what China said about Huawei', "I'm a reporter"]) expect(withoutAboutTheAsker(query), query).toBeNull();
    // When the question after it names nothing, what the reporter reads or writes about is the topic (review33 #3).
    expect(withoutAboutTheAsker("I've been reading about the Uyghur camps, what did the ministry say?")).toEqual({ query: 'what did the ministry say about the Uyghur camps?', aside: "I've been reading about" });
    expect(withoutAboutTheAsker("I'm hearing Huawei was banned in Britain, did China respond?")).toEqual({ query: 'did China respond about Huawei was banned in Britain?', aside: "I'm hearing" });
    expect(withoutAboutTheAsker("I'm writing a piece on debt-trap diplomacy, what has the ministry said?")).toEqual({ query: 'what has the ministry said about debt-trap diplomacy?', aside: "I'm writing a piece on" });
    // Naming nothing, the aside names nothing either: taken out whole.
    expect(withoutAboutTheAsker('I am a features reporter; did China comment?')).toEqual({ query: 'did China comment?', aside: 'I am a features reporter' });
    expect(withoutAboutTheAsker('We are seeing reports, is China going to respond?')).toEqual({ query: 'is China going to respond?', aside: 'We are seeing reports' });
  });

  it('tells a question about who the spokesperson was from one about what was said (explore32d C15)', () => {
    for (const query of [
      'Who was spokesperson?', 'Who were the spokespeople?', 'Who is the Foreign Ministry spokesperson?', 'who was the spokesman',
      // Whom they speak for, as any question names the Ministry (review33 #14).
      'Who is the spokesperson of the ministry?', 'Who is the spokesperson for the Foreign Ministry?', 'Who were the spokesmen of the MFA?', 'Who is the spokeswoman of the Chinese side?',
    ]) {
      expect(asksWhoSpoke(query), query).toBe(true);
      expect(asksWhatAnyoneSaid(query), query).toBe(true);
    }
    for (const query of ['Who was the spokesperson of the Taiwan Affairs Office?', 'Who was the spokesperson of the Chinese embassy?', 'the spokesperson', 'What did the spokesperson say about Huawei?', 'Who is Zhao Lijian?', 'Who was spokesperson in 2005?']) {
      expect(asksWhoSpoke(query), query).toBe(false);
    }
    expect(namedDatesIntent('Who was spokesperson in 2005?')).toMatchObject({ query: 'Who was spokesperson', from: '2005-01-01', to: '2005-12-31' });
    // In the present, of the newest briefings (explore37 #18); in the past, of every year held.
    for (const query of ['Who is the spokesperson?', 'Who are the spokespeople?', 'who is the Foreign Ministry spokesperson', 'Who is the spokeswoman of the Chinese side?']) expect(asksWhoSpeaksNow(query), query).toBe(true);
    for (const query of ['Who was spokesperson?', 'Who were the spokespeople?', 'Who has been the spokesperson?', '发言人是谁', 'Who is Zhao Lijian?']) expect(asksWhoSpeaksNow(query), query).toBe(false);
    expect(newestBriefingDates('2026-08-17')).toEqual({ from: '2026-07-18', to: '2026-08-17' });
  });

  it('reads who the spokesperson was asked in Chinese as the English question, a year alone as that year (zhread34 #2)', () => {
    for (const query of ['2013年的发言人是谁', '谁是2013年的外交部发言人', '2013年谁担任外交部发言人？', '2013年的发言人是哪位']) {
      expect(withoutFraming(query), query).toBe('在2013年 发言人是谁');
    }
    expect(withoutFraming('2019年3月的外交部发言人是谁？')).toBe('2019年3月 发言人是谁');
    expect(withoutFraming('去年的发言人有哪些')).toBe('去年 发言人是谁');
    expect(asksWhoSpoke('发言人是谁')).toBe(true);
    expect(asksWhatAnyoneSaid('发言人是谁')).toBe(true);
    // Another office's spokesperson, or someone named: as typed.
    for (const query of ['台湾事务办公室的发言人是谁', '谁是台湾事务办公室的发言人', '华春莹是谁']) {
      expect(withoutFraming(query), query).toBe(query);
      expect(asksWhoSpoke(query), query).toBe(false);
    }
  });

  it('leaves every other question as typed, and is empty when nothing but framing is left', () => {
    for (const query of [
      'What did China say about Huawei?', 'How many times did the US sanction Huawei?', 'Huawei timeline', 'Did China raise tariffs on US goods?',
      'How often did the EU and China discuss trade?', 'the times China mentioned', 'Global Times', 'Six-Party Talks', '中方对华为有何评论', '华为',
      'How often was "brought up" written?',
    ]) expect(withoutFraming(query), query).toBe(query);
    expect(withoutFraming('Did the spokesperson ever talk about')).toBe('');
    expect(withoutFraming('外交部提到多少次')).toBe('');
  });

  it('reads who was asked, when no one in particular, as something beside the dates, as a spokesperson named is (explore30 A3)', () => {
    for (const query of [
      'What did the spokesperson say', 'What did they say?', 'What has the Foreign Ministry said', 'What was said', 'What did China say?',
      'Did the spokesperson say anything?', 'What did Beijing talk about?', '发言人说了什么', '外交部发言人都说了什么？',
      // A briefing's announcements are its statements (hunt-L #4: "announce" had been searched, the day's announcement missed).
      'What did the spokesperson announce', 'What did the Foreign Ministry announce?',
    ]) expect(asksWhatAnyoneSaid(query), query).toBe(true);
    for (const query of ['China', 'the spokesperson', 'What did they say about Huawei?', 'What did the spokesperson announce about Wang Yi?', 'What did US officials say?', 'What did Zhao Lijian say?', '发言人', '发言人对华为说了什么']) {
      expect(asksWhatAnyoneSaid(query), query).toBe(false);
    }
    expect(namedDatesIntent('What did the spokesperson say in August 2026?')).toMatchObject({ query: 'What did the spokesperson say?', from: '2026-08-01', to: '2026-08-31' });
    expect(namedDatesIntent('What was said in 2020?')).toMatchObject({ query: 'What was said', from: '2020-01-01', to: '2020-12-31' });
    expect(relativeDatesIntent('What did they say yesterday?', new Date('2026-11-30T04:00:00Z'))).toMatchObject({ query: 'What did they say?', from: '2026-11-29', to: '2026-11-29' });
    expect(timeIntent('What did the spokesperson say today?')).toEqual({ query: 'What did the spokesperson say?', latest: true });
    // Nothing beside the dates: not read, as before.
    expect(namedDatesIntent('And in 2020?')).toBeNull();
    expect(timeIntent('latest')).toEqual({ query: 'latest', latest: false });
  });

  it('tells a question that only asks for more from one that names something (explore30 B)', () => {
    for (const query of [
      'And in 2020?', 'Any follow-up on that?', 'Did they say anything more?', 'What did she say next?', "What's new since?", 'Tell me more about that', '',
      '中方对此有何评论?', '那2020年呢？', '还有吗',
    ]) expect(asksOnlyForMore(query), query).toBe(true);
    for (const query of ['New Zealand', 'next-generation fighter jets', 'Huawei 2020', '"follow up"', 'the follow-up to the trade deal', '华为', 'G20']) {
      expect(asksOnlyForMore(query), query).toBe(false);
    }
  });
});

describe('a question asking how many times (asksHowOften)', () => {
  it('reads the framings of how often that withoutFraming takes out, in English and Chinese, and no other', () => {
    for (const q of ['How many times did China mention the EU-China summit?', 'How often was Huawei brought up in 2019?', 'Number of times Xinjiang came up in 2019', 'count of mentions of Hong Kong in 2020', 'How often did Zhao Lijian mention Australia?', '华为被提到多少次', '2019年外交部提到华为多少次']) {
      expect(asksHowOften(q), q).toBe(true);
    }
    for (const q of ['EU-China summit', 'Has China ever commented on TikTok?', 'How many times did the US sanction Huawei?', 'What did China say about Huawei?', '华为']) {
      expect(asksHowOften(q), q).toBe(false);
    }
  });

  it('reads a hyphenated topic in the passive, said or used, and a quoted phrase within a topic (fix42a #1)', () => {
    for (const [q, topic] of [
      ['How many times was people-to-people mentioned?', 'people-to-people?'],
      ['How many times was zero-sum brought up?', 'zero-sum?'],
      ['How many times was win-win said?', 'win-win?'],
      ['How often has win-win been used in 2019?', 'win-win in 2019?'],
      ['How many times were "high level" visits mentioned?', '"high level" visits?'],
      ['How often was “people to people” mentioned in 2019?', '“people to people” in 2019?'],
    ] as const) {
      expect(withoutFraming(q), q).toBe(topic);
      expect(asksHowOften(q), q).toBe(true);
    }
    expect(withoutFraming('Number of times zero-sum was used')).toBe('zero-sum');
    expect(withoutFraming('How many times did China say win-win?')).toBe('win-win?');
    expect(withoutFraming('How many times has the spokesperson said win-win?')).toBe('win-win?');
    // "said" after "has" is a speaker's, not the passive: no "the spokesperson" searched as the topic.
    expect(withoutFraming('How many times has Zhao Lijian said win-win?')).toBe('What did Zhao Lijian say about win-win?');
    for (const q of ['Was anything ever said about Huawei?', 'Number of times China said win-win', 'How many times did the US use sanctions against Huawei?']) {
      expect(withoutFraming(q), q).toBe(q);
    }
    // The noun naming the words asked about ("the phrase", "the term", "the words") is framing too (fix42a-2 #1).
    for (const q of ['How many times did the spokesperson use the phrase "internal affairs" in 2019?', 'How often did China use the term "internal affairs" in 2019?', 'How many times did they say the words "internal affairs" in 2019?', 'Number of times the expression "internal affairs" came up in 2019', 'How many times was the phrase "internal affairs" used in 2019?']) {
      expect(withoutFraming(q), q).toBe('"internal affairs" in 2019' + (q.endsWith('?') ? '?' : ''));
      expect(asksHowOften(q), q).toBe(true);
    }
    expect(withoutFraming('How many times did China use the term win-win?')).toBe('win-win?');
    for (const q of ['"the words" in 2019', 'How many times did China mention the terms of trade?', 'the phrase']) expect(withoutFraming(q), q).toBe(q === 'How many times did China mention the terms of trade?' ? 'the terms of trade?' : q);
    // No word of framing is read inside a quote: the question stays as typed.
    expect(withoutFraming('How many times was "it mentioned" cited')).toBe('"it mentioned"');
    expect(withoutFraming('"How many times was Huawei mentioned"')).toBe('"How many times was Huawei mentioned"');
  });

  it('reads how many questions were asked, the outlet read out of it first (fix42a #2)', () => {
    // As asker.ts leaves them once it has read "Bloomberg ask", "questions from Bloomberg", "Bloomberg questions".
    for (const q of ['How many questions did about Hong Kong?', 'How many questions has about Hong Kong?', 'How many on Hong Kong?', 'How many questions about Hong Kong did?', 'How many questions were asked about Hong Kong?', 'How many questions did reporters ask about Hong Kong?']) {
      expect(withoutFraming(q), q).toBe('Hong Kong?');
      expect(asksHowOften(q), q).toBe(true);
    }
    expect(withoutFraming('How many questions on Hong Kong were asked in 2020?')).toBe('Hong Kong in 2020?');
    for (const q of ['How many over 60 were infected?', 'How many questions remain unanswered?', 'How many Uyghurs are in camps?']) {
      expect(withoutFraming(q), q).toBe(q);
      expect(asksHowOften(q), q).toBe(false);
    }
  });
});

describe('a question asking the one before again, of another topic (explore33c C14)', () => {
  it('reads the lead apart from the topic, and leaves a question naming nothing beside it to asksOnlyForMore', () => {
    expect(askedAgainOf('and what about Japan?')).toEqual({ query: 'Japan?', lead: 'and what about' });
    expect(askedAgainOf('what about japan')).toEqual({ query: 'japan', lead: 'what about' });
    expect(askedAgainOf('same question but for Canada')).toEqual({ query: 'Canada', lead: 'same question but for' });
    expect(askedAgainOf('And Canada?')).toEqual({ query: 'Canada?', lead: 'And' });
    expect(askedAgainOf('How about Taiwan in 2019?')).toEqual({ query: 'Taiwan in 2019?', lead: 'How about' });
    expect(askedAgainOf('Same for the Dalai Lama')).toEqual({ query: 'the Dalai Lama', lead: 'Same for' });
    for (const query of ['And in 2020?', 'same but for 2019', 'What about it?', 'and what about that?', 'Japan', 'Japan and South Korea', 'What did China say about Japan?', 'Andorra']) {
      expect(askedAgainOf(query), query).toBeNull();
    }
  });

  it('reads a Chinese lead and its ending apart from the topic, quoted with … for it (review35 #4)', () => {
    expect(askedAgainOf('那日本呢？')).toEqual({ query: '日本', lead: '那…呢' });
    expect(askedAgainOf('那美国呢')).toEqual({ query: '美国', lead: '那…呢' });
    expect(askedAgainOf('还有俄罗斯呢')).toEqual({ query: '俄罗斯', lead: '还有…呢' });
    expect(askedAgainOf('還有俄羅斯呢？')).toEqual({ query: '俄羅斯', lead: '還有…呢' });
    expect(askedAgainOf('那么韩国怎么样')).toEqual({ query: '韩国', lead: '那么…怎么样' });
    expect(askedAgainOf('同样的问题，加拿大呢？')).toEqual({ query: '加拿大', lead: '同样的问题…呢' });
    expect(askedAgainOf('what about 华为')).toEqual({ query: '华为', lead: 'what about' });
    // A longer word the lead begins (那些, 那不勒斯), no ending, or nothing named beside dates (asksOnlyForMore's, as "And in 2020?").
    for (const query of ['那些国家呢', '那不勒斯呢', '还有哪些国家支持中方立场', '那日本', '那2020年呢？', '那去年呢', '还有吗', '那曲呢', '日本呢', '那这个问题呢', '还有其他国家呢', '还有多少中国公民滞留在武汉呢', '那中方是否会采取反制措施呢', '还有哪些国家呢']) {
      expect(askedAgainOf(query), query).toBeNull();
    }
  });
});

describe('framing read by the search on the bundled corpus', () => {
  let search: SearchEngine;
  let built: { dir: string; cleanup: () => void };
  beforeAll(async () => {
    built = await buildSeedIndex('spox-framing-');
    search = await openSearch(built.dir, { embedder: null, today: () => new Date('2026-11-30T04:00:00Z') });
  });
  afterAll(() => built.cleanup());

  const ids = async (query: string): Promise<string[]> => (await search.search(query, { k: 0 })).matches.map((m) => m.id);

  it('reads an exchange id inside a question as no word nor date, and says how to open it (hunt-N #4)', async () => {
    const beside = await search.search('FedEx 2019-07-26#7', { k: 5 });
    expect(beside.matches.map((m) => m.id)).toEqual(await ids('FedEx'));
    expect(totalsLine(beside)).toContain('; “2019-07-26#7” not searched: an exchange id, which opens that exchange asked alone');
    const after = await search.search('the question after 2019-07-26#7', { k: 5 });
    expect(after).toMatchObject({ total: 0, filters: {} });
    expect(nothingRelevantText(search, after)).toBe('“the question after 2019-07-26#7” names an exchange by its id and no topic: ask one id alone to open that exchange (“2019-07-26#7”).');
  });

  it('reads paging typed at a question\'s end as no topic words, and says how to page (hunt-N #7)', async () => {
    expect(pagingAsked('Huawei page 2')).toEqual({ query: 'Huawei', typed: 'page 2' });
    expect(pagingAsked('Huawei, next 5')).toEqual({ query: 'Huawei', typed: 'next 5' });
    expect(pagingAsked('Huawei results 6-10?')).toEqual({ query: 'Huawei', typed: 'results 6-10' });
    expect(pagingAsked('next page')).toEqual({ query: '', typed: 'next page' });
    for (const text of ['The Next Page of history', 'Huawei', 'page 2 of the report on Huawei']) expect(pagingAsked(text), text).toBeNull();
    // "page" and "2" had cut Huawei's exchanges to 5 of other things, with nothing said of the pages.
    const paged = await search.search('Huawei page 2', { k: 5 });
    expect(paged.matches.map((m) => m.id)).toEqual(await ids('Huawei'));
    const how = 'for more of an answer, ask it again with its page (--page 2 on the command line), or use the buttons under the results in Discord and Slack';
    expect(totalsLine(paged)).toContain(`; “page 2” not searched: ${how}`);
    const alone = await search.search('next page', { k: 5 });
    expect(alone.total).toBe(0);
    expect(nothingRelevantText(search, alone)).toBe(`“next page” names no topic: ${how}.`);
  });

  it('answers who asked about a topic with the topic\'s exchanges, each naming who asked (explore36 W7)', async () => {
    expect(withoutFraming('Which outlets asked about Libya?')).toBe('Libya');
    expect(withoutFraming('Who asked the spokesperson about Soleimani?')).toBe('Soleimani');
    expect(withoutFraming('What journalists raised the Golan Heights?')).toBe('the Golan Heights');
    expect(withoutFraming('Who attacked the Saudi oil facilities?')).toBe('Who attacked the Saudi oil facilities?');
    // The WHO in capitals is the World Health Organization, not "who" (review37 #3: searched as "to share data").
    expect(withoutFraming('WHO asked China to share data')).toBe('WHO asked China to share data');
    expect(withoutFraming('WHO ASKED ABOUT LIBYA?')).toBe('LIBYA');
    const libya = await ids('Libya');
    expect(libya.length).toBeGreaterThan(5);
    expect(await ids('which outlets asked about Libya')).toEqual(libya); // was 7 exchanges on "outlets" and "media", one on Libya
    expect(await ids('Who asked about Djibouti?')).toEqual(await ids('Djibouti'));
  });

  it('counts who asked a topic\'s exchanges, most first, for a question asking who asked (hunt-E F12)', async () => {
    const ukraine = await search.search('Ukraine', { k: 0 });
    for (const query of ['Who asked about Ukraine most often?', 'Which outlets asked about Ukraine?']) {
      const asked = await search.search(query, { k: 0 });
      expect(asked.matches, query).toEqual(ukraine.matches);
      const exchanges = asked.matches.map((m) => search.record(m.id)!).filter((r) => r.kind !== 'statement');
      const named = exchanges.filter((r) => r.outlet);
      expect(asked.askedBy!.unnamed, query).toBe(exchanges.length - named.length);
      expect(asked.askedBy!.outlets.reduce((sum, o) => sum + o.count, 0), query).toBe(named.length);
      const top = asked.askedBy!.outlets[0]!;
      expect(top.count, query).toBe(named.filter((r) => r.outlet === top.name || top.also?.includes(r.outlet!)).length);
      for (const [a, b] of asked.askedBy!.outlets.slice(1).map((o, i) => [asked.askedBy!.outlets[i]!, o] as const)) expect(a.count >= b.count).toBe(true);
      expect(totalsLine(asked), query).toContain(`; asked most by ${top.name} ${top.count}, `);
    }
    // Any other question counts no one.
    expect(ukraine.askedBy).toBeUndefined();
    // One outlet under two names is counted once, as a count of its questions counts them (hunt-G #3: "CNR 9", "China National Radio 3").
    const covid = (await search.search('Who asked about COVID-19 most often?', { k: 0 })).askedBy!.outlets;
    const cnr = covid.find((o) => o.name === 'CNR' || o.also?.includes('CNR'))!;
    expect(cnr.also ?? [cnr.name]).toContain(cnr.name === 'CNR' ? 'China National Radio' : 'CNR');
    expect(covid.filter((o) => [o.name, ...(o.also ?? [])].some((n) => n === 'CNR' || n === 'China National Radio'))).toHaveLength(1);
    expect(cnr.count).toBe((await search.search('How many questions did CNR ask about COVID-19?', { k: 0 })).total);
  });

  it('counts a topic the same however the count is asked: the topic alone is searched (explore30 A1)', async () => {
    const huawei = await search.search('Huawei in 2019', { k: 0 });
    expect(huawei.total).toBeGreaterThan(50);
    for (const query of ['How many times did China mention Huawei in 2019?', 'How often was Huawei brought up in 2019?', 'Number of times Huawei came up in 2019']) {
      const response = await search.search(query, { k: 0 });
      expect(response, query).toMatchObject({ searched: 'Huawei', monthNamed: '2019', filters: { from: '2019-01-01', to: '2019-12-31' }, total: huawei.total, described: null });
      expect(response.matches, query).toEqual(huawei.matches);
    }
    const xinjiang = await ids('Xinjiang in 2019');
    for (const query of ['How often did China talk about Xinjiang in 2019?', 'How many times was Xinjiang raised in 2019?']) {
      const response = await search.search(query, { k: 0 });
      // Read as framing, "talk" no longer brings in Larry Kudlow's trade talks, nor "raised in 2019" an event's year.
      expect(response, query).toMatchObject({ described: null, filters: { from: '2019-01-01', to: '2019-12-31' } });
      expect(response.matches.map((m) => m.id), query).toEqual(xinjiang);
    }
    expect(await ids('count of mentions of Hong Kong in 2020')).toEqual(await ids('Hong Kong in 2020'));
    expect(await ids('how many times did they mention Huawei')).toEqual(await ids('Huawei'));
    // A spokesperson asked: their answers on the topic.
    const zhao = await search.search('How often did Zhao Lijian mention Australia?', { k: 0 });
    expect(zhao).toMatchObject({ spokespersonNamed: 'Zhao Lijian', filters: { spokesperson: 'Zhao Lijian' } });
    expect(zhao.matches).toEqual((await search.search('Zhao Lijian on Australia', { k: 0 })).matches);
  });

  it('counts a hyphenated compound asked alone as the records writing it, however the count is asked (fix42a #1)', async () => {
    const english = openRecordStore(currentGeneration(built.dir)!).records.filter((r) => r.lang !== 'zh');
    for (const compound of ['people-to-people', 'win-win', 'zero-sum']) {
      const writing = new RegExp(`(?<![\\p{L}-])${compound}(?![\\p{L}-])`, 'iu');
      const held = english.filter((r) => writing.test(`${r.question ?? ''} ${r.answer}`)).map((r) => r.id);
      expect(held.length, compound).toBeGreaterThan(20);
      const alone = await ids(compound);
      // Every record writing it, but a day's second version of an exchange counted once (2019-04-29b).
      expect(alone.every((id) => held.includes(id)), compound).toBe(true);
      expect(held.filter((id) => !alone.includes(id)).every((id) => (search.otherVersions(search.record(id)!).otherVersions ?? []).length > 0), compound).toBe(true);
      for (const query of [`How many times was ${compound} mentioned?`, `How many times was ${compound} brought up?`, `How many times was ${compound} said?`, `How many times did China say ${compound}?`, `How many times did China mention ${compound}?`, `How often did the spokesperson mention ${compound}?`]) {
        const counted = await search.search(query, { k: 0 });
        expect(counted.searched, query).toBe(`${compound}?`);
        expect(counted.matches.map((m) => m.id).sort(), query).toEqual([...alone].sort());
      }
    }
    // Beside another word, the compound is its words side by side, in the passive as in the active: "high-level visits" is the records saying "high level" and "visit(s)".
    const visits = english.filter((r) => /\bhigh[- ]level\b/i.test(`${r.question ?? ''} ${r.answer}`) && /\bvisit/i.test(`${r.question ?? ''} ${r.answer}`)).map((r) => r.id);
    for (const query of ['How often did the spokesperson mention high-level visits?', 'How many times were high-level visits mentioned?', 'How many times were high-level visits brought up?']) {
      const counted = await search.search(query, { k: 0 });
      expect(counted.matches.map((m) => m.id).sort(), query).toEqual([...visits].sort());
      expect(totalsLine(counted), query).toContain('“high-level” read as the words side by side, as in “high level”');
    }
  });

  it('counts a quoted phrase as the records holding it, whatever words frame the count (fix42a-2 #1)', async () => {
    const english = openRecordStore(currentGeneration(built.dir)!).records.filter((r) => r.lang !== 'zh' && r.date.startsWith('2019'));
    // An independent count: the records of 2019 writing the two words side by side.
    const held = english.filter((r) => /\binternal\s+affairs\b/i.test(`${r.question ?? ''} ${r.answer}`)).map((r) => r.id);
    expect(held.length).toBeGreaterThan(150);
    const plain = (await ids('"internal affairs" in 2019')).sort();
    expect(plain.length).toBeGreaterThanOrEqual(held.length);
    for (const query of [
      'How often did the spokesperson say "internal affairs" in 2019?', 'Number of times "internal affairs" came up in 2019', 'How many times did the spokesperson use the phrase "internal affairs" in 2019?',
      'How many times did China say "internal affairs" in 2019?', 'How many times did China mention "internal affairs" in 2019?', 'How many times did China use the term "internal affairs" in 2019?',
      'How many times was the phrase "internal affairs" used in 2019?',
    ]) {
      const counted = await search.search(query, { k: 0 });
      expect(counted, query).toMatchObject({ countAsked: { topic: 'internal affairs' }, filters: { from: '2019-01-01', to: '2019-12-31' } });
      expect(counted.searched, query).toMatch(/^"internal affairs"\??$/);
      expect(counted.matches.map((m) => m.id).sort(), query).toEqual(plain);
    }
  });

  it('counts an unquoted topic of two words as the records holding both, "internal" no longer read as "international" (fix42a-2 #3)', async () => {
    const english = openRecordStore(currentGeneration(built.dir)!).records.filter((r) => r.lang !== 'zh' && r.date.startsWith('2019'));
    const says = (word: RegExp) => (r: { question?: string | null; answer: string }): boolean => word.test(`${r.question ?? ''} ${r.answer}`);
    const internal = says(/\binternal(?:ly|s)?\b/i);
    const affairs = says(/\baffairs?\b/i);
    const both = english.filter((r) => internal(r) && affairs(r)).map((r) => r.id);
    const some = english.filter((r) => internal(r) !== affairs(r)).map((r) => r.id);
    expect(both.length).toBeGreaterThan(150);
    for (const query of ['How many times did China mention internal affairs in 2019?', 'How often did the spokesperson talk about internal affairs in 2019?']) {
      const counted = await search.search(query, { k: 0 });
      expect(counted.wordsCounted, query).toMatchObject({ words: ['internal', 'affairs'], all: true });
      const ids = counted.matches.map((m) => m.id);
      // Every record holding both words, but a day's second version of an exchange counted once; none holding one alone.
      expect(ids.every((id) => both.includes(id)), query).toBe(true);
      expect(both.filter((id) => !ids.includes(id)).every((id) => (search.otherVersions(search.record(id)!).otherVersions ?? []).length > 0), query).toBe(true);
      expect(ids.some((id) => some.includes(id)), query).toBe(false);
    }
    // Searched alone, the best matches say "internal": "Taiwan Affairs Office" and "international affairs" are not it.
    const plain = await search.search('internal affairs in 2019', { k: 50 });
    expect(plain.hits.filter((h) => !internal(h.record)).map((h) => h.record.id)).toEqual([]);
  });

  it('counts the questions an outlet asked on a topic however it is asked, and says a count of none plainly (fix42a #2, #3)', async () => {
    const english = openRecordStore(currentGeneration(built.dir)!).records.filter((r) => r.lang !== 'zh');
    const bloombergs = english.filter((r) => /^Bloomberg\b/.test(r.outlet ?? ''));
    expect(bloombergs.length).toBeGreaterThan(10);
    const onHongKong = bloombergs.filter((r) => /\bHong Kong\b/.test(`${r.question ?? ''} ${r.answer}`)).map((r) => r.id).sort();
    expect(onHongKong.length).toBeGreaterThan(1);
    for (const query of ['How many questions did Bloomberg ask about Hong Kong?', 'How many times did Bloomberg ask about Hong Kong?', 'How many questions has Bloomberg asked about Hong Kong?', 'How many questions from Bloomberg on Hong Kong?', 'How many Bloomberg questions on Hong Kong?', 'How many questions about Hong Kong did Bloomberg ask?', 'How many questions were asked about Hong Kong by Bloomberg?']) {
      const counted = await search.search(query, { k: 5 });
      expect(counted, query).toMatchObject({ searched: 'Hong Kong?', outletsNamed: ['Bloomberg'], countAsked: { total: onHongKong.length, topic: 'Hong Kong', outlets: ['Bloomberg'] } });
      expect(counted.matches.map((m) => m.id).sort(), query).toEqual(onHongKong);
      const briefings = new Set(onHongKong.map((id) => search.record(id)!.date)).size;
      expect(totalsLine(counted), query).toMatch(new RegExp(`^${onHongKong.length} exchanges at ${briefings} briefings?, .*; only questions Bloomberg asked, the outlet your question names`));
    }
    // None: said as the count asked, not as "Nothing relevant found for “How many questions …”".
    expect(bloombergs.filter((r) => /\bGalwan\b/i.test(`${r.question ?? ''} ${r.answer}`))).toEqual([]);
    expect(english.some((r) => /\bGalwan\b/.test(r.answer))).toBe(true);
    for (const query of ['How many questions did Bloomberg ask about Galwan?', 'How many times did Bloomberg ask about Galwan?']) {
      const none = await search.search(query, { k: 5 });
      expect(none, query).toMatchObject({ total: 0, countAsked: { total: 0, topic: 'Galwan', outlets: ['Bloomberg'] } });
      expect(nothingRelevantText(search, none), query).toMatch(/^0 questions from Bloomberg on “Galwan” in the briefings from /);
    }
    // A count of no outlet's questions that finds nothing is said as before; one that finds some, as its count.
    const unasked = await search.search('How many times did China mention Evergrande?', { k: 5 });
    expect(unasked.countAsked).toEqual({ total: 0, briefings: 0, topic: 'Evergrande' });
    expect(nothingRelevantText(search, unasked)).toMatch(/^Nothing relevant found for “How many times did China mention Evergrande\?”/);
    expect((await search.search('Galwan', { k: 5 })).countAsked).toBeUndefined();
  });

  it('counts every question an outlet asked where the count names no topic, in the dates it names (hunt-B #1)', async () => {
    const english = openRecordStore(currentGeneration(built.dir)!).records.filter((r) => r.lang !== 'zh');
    const bloombergs = english.filter((r) => /^Bloomberg\b/.test(r.outlet ?? '')).map((r) => r.id).sort();
    // "many" and "questions" were searched in Bloomberg's questions: the few saying them were the count.
    for (const query of ['How many questions did Bloomberg ask?', 'How many questions has Bloomberg asked?', 'How many times did Bloomberg ask a question?']) {
      const counted = await search.search(query, { k: 0 });
      expect(counted.matches.map((m) => m.id).sort(), query).toEqual(bloombergs);
      // The briefings they were asked at are said too, as of any count.
      const briefings = new Set(bloombergs.map((id) => search.record(id)!.date)).size;
      expect(totalsLine(counted), query).toMatch(new RegExp(`^${bloombergs.length} exchanges at ${briefings} briefings, .*only questions Bloomberg asked`));
    }
    const in2020 = english.filter((r) => /^Bloomberg\b/.test(r.outlet ?? '') && r.date.startsWith('2020')).map((r) => r.id).sort();
    expect(in2020.length).toBeGreaterThan(0);
    expect(in2020.length).toBeLessThan(bloombergs.length);
    const dated = await search.search('How many questions did Bloomberg ask in 2020?', { k: 0 });
    expect(dated.matches.map((m) => m.id).sort()).toEqual(in2020);
    expect(totalsLine(dated)).toMatch(new RegExp(`^${in2020.length} exchanges at ${new Set(in2020.map((id) => search.record(id)!.date)).size} briefings, .*only questions Bloomberg asked`));
  });

  it('counts as a timeline counts: of a topic of several words the exchanges holding them all, none only related (explore37 #3)', async () => {
    // "the EU-China summit" was counted as every exchange saying "EU" (193) where its timeline counted 30.
    const topic = 'the EU-China summit';
    const timeline = searchTimeline(search, topic, await search.search(topic, { k: 0, wordsTogether: true, comparedAsSpan: true }));
    const asked = await search.search('How many times did China mention the EU-China summit?', { k: 5 });
    expect(asked.searched).toBe('the EU-China summit?');
    expect(asked.total).toBe(timeline.total);
    expect(asked.total).toBeLessThan((await search.search(topic, { k: 5 })).total);
    expect(asked.wordsCounted).toEqual(timeline.wordsCounted);
    expect(asked.wordsCounted).toMatchObject({ words: ['EU', 'summit'], all: true });
    expect(asked.matches.map((m) => m.id)).toEqual(asked.matches.filter((m) => !m.partial).map((m) => m.id));
    const statements = asked.matches.filter((m) => search.record(m.id)!.kind === 'statement').length;
    const briefings = new Set(asked.matches.filter((m) => search.record(m.id)!.kind !== 'statement').map((m) => m.date)).size;
    const together = asked.wordsCounted!.together ? `${asked.wordsCounted!.together} of them with the words together; ` : '';
    expect(totalsLine(asked)).toMatch(new RegExp(`^${timeline.total - statements} exchanges at ${briefings} briefings and ${statements} statements holding all of “EU” and “summit” \\(${together}${asked.wordsCounted!.left} more hold only some of them: not counted\\), `));
    // Its own timeline counts the same.
    const framed = 'how many times did they mention the EU-China summit';
    expect(searchTimeline(search, framed, await search.search(framed, { k: 0, wordsTogether: true })).total).toBe(timeline.total);
    // One record names Albania, an opening statement (2020-03-12#s1): the feedback's related ones padded its count to five.
    const albania = await search.search('Albania', { k: 5 });
    expect(albania.related).toBeGreaterThan(0);
    const counted = await search.search('How many times did China mention Albania?', { k: 5 });
    expect([counted.total, counted.related]).toEqual([albania.total - albania.related, 0]);
    expect(counted.total).toBe(searchTimeline(search, 'Albania', await search.search('Albania', { k: 0, wordsTogether: true })).total);
    expect(counted.matches.map((m) => search.record(m.id)!.kind)).toEqual(['statement']);
    expect(totalsLine(counted)).toMatch(/^1 statement, 2020-03-12; best match first/);
  });

  it('counts the briefings a count\'s exchanges are from, asked of briefings or of times, and those holding the words together', async () => {
    const briefingsAsked = await search.search('How many briefings discussed the trade war in 2019?', { k: 5 });
    const timesAsked = await search.search('How many times was the trade war raised in 2019?', { k: 5 });
    expect(briefingsAsked.searched).toBe('the trade war');
    expect(briefingsAsked.matches.map((m) => m.id)).toEqual(timesAsked.matches.map((m) => m.id));
    const dates = new Set(briefingsAsked.matches.filter((m) => search.record(m.id)!.kind !== 'statement').map((m) => m.date));
    expect(dates.size).toBeLessThan(briefingsAsked.total);
    expect(briefingsAsked.countAsked).toMatchObject({ total: briefingsAsked.total, briefings: dates.size });
    // Those counted that hold "trade" and "war" apart ("trade" and "a new Cold War") are said apart; none writes "trade war".
    const apart = briefingsAsked.matches.filter((m) => m.apart);
    expect(apart.length).toBeGreaterThan(0);
    for (const m of apart) expect(`${search.record(m.id)!.question ?? ''} ${search.record(m.id)!.answer}`, m.id).not.toMatch(/\btrade[\s-]+wars?\b/i);
    const together = briefingsAsked.total - apart.length;
    expect(briefingsAsked.wordsCounted).toMatchObject({ words: ['trade', 'war'], all: true, together });
    expect(totalsLine(briefingsAsked)).toMatch(new RegExp(`^${briefingsAsked.total} exchanges at ${dates.size} briefings holding all of “trade” and “war” \\(${together} of them with the words together; \\d+ more hold only some of them: not counted\\), 2019-`));
  });

  it('answers how many briefings a spokesperson held in some dates with their every answer, its briefings counted (hunt-D M1)', async () => {
    const held = await search.search('How many press conferences did Geng Shuang hold in 2019?', { k: 5 });
    expect(held).toMatchObject({ spokespersonNamed: 'Geng Shuang', everyAnswer: true, filters: { from: '2019-01-01', to: '2019-12-31' } });
    const days = new Set(held.matches.filter((m) => search.record(m.id)!.kind !== 'statement').map((m) => m.date));
    expect(days.size).toBeGreaterThan(50);
    for (const m of held.matches) expect(search.record(m.id)!.spokesperson, m.id).toBe('Geng Shuang');
    expect(held.countAsked).toMatchObject({ total: held.total, briefings: days.size });
    expect(totalsLine(held)).toMatch(new RegExp(`^${held.total - (held.statements ?? 0)} exchanges at ${days.size} briefings`));
    expect(withoutFraming('How many briefings has Zhao Lijian held since March 2020?')).toBe('What did Zhao Lijian say since March 2020?');
    // How many briefings of the year the index holds, whoever gave them, as an answer on a topic says it: of dates it holds few of,
    // "5 briefings" had read as Wang Wenbin's year.
    const heldOf2021 = new Set(search.briefingKeys().map((key) => search.briefing(key)!.summary).filter((b) => (b.lang ?? 'en') === 'en' && b.date.startsWith('2021-')).map((b) => b.date));
    expect(heldOf2021.size).toBeGreaterThan(3);
    const thin = await search.search('How many briefings did Wang Wenbin give in 2021?', { k: 0 });
    expect(thin).toMatchObject({ everyAnswer: true, namedDatesHeld: { briefings: heldOf2021.size } });
    expect(thin.countAsked!.briefings).toBeLessThan(heldOf2021.size);
    expect(totalsLine(thin)).toMatch(new RegExp(`^\\d+ exchanges at ${thin.countAsked!.briefings} briefings, .*; only the briefings of 2021, the year your question names, of which the index holds ${heldOf2021.size} briefings, `));
    expect(held.namedDatesHeld?.briefings).toBeGreaterThan(days.size);
    // The holes inside the dates held are named: "2020-01-02 → 2020-10-21" had read as the year held to October (hunt-G #7).
    const of2020 = [...new Set(search.briefingKeys().map((key) => search.briefing(key)!.summary).filter((b) => (b.lang ?? 'en') === 'en' && b.date.startsWith('2020-')).map((b) => b.date))].sort();
    const holes = of2020.slice(1).flatMap((date, i) => {
      const without = (Date.parse(date) - Date.parse(of2020[i]!)) / 86_400_000 - 1;
      return without > 30 ? [{ from: new Date(Date.parse(of2020[i]!) + 86_400_000).toISOString().slice(0, 10), to: new Date(Date.parse(date) - 86_400_000).toISOString().slice(0, 10) }] : [];
    });
    expect(holes.length).toBeGreaterThan(0);
    const zhao = await search.search('How many press conferences did Zhao Lijian hold in 2020?', { k: 0 });
    expect(zhao.namedDatesHeld).toMatchObject({ briefings: of2020.length, first: of2020[0], last: of2020.at(-1), gaps: holes });
    expect(totalsLine(zhao)).toContain(`of which the index holds ${of2020.length} briefings, ${of2020[0]} → ${of2020.at(-1)} (none from ${holes.slice(-3).map((g) => `${g.from} to ${g.to}`).join(', ')})`);
    // Dates held without a hole say none.
    expect(thin.namedDatesHeld!.gaps.length === 0 || totalsLine(thin).includes('(none from ')).toBe(true);
  });

  it('answers how many briefings a spokesperson held with no dates with their every answer in the index, and of a topic with what they said of it, counted', async () => {
    const english = (m: { id: string }): boolean => (search.record(m.id)!.lang ?? 'en') === 'en';
    for (const query of ['How many briefings did Hua Chunying give?', 'How many press conferences has Hua Chunying held in total?']) {
      const held = await search.search(query, { k: 5 });
      expect(held, query).toMatchObject({ spokespersonNamed: 'Hua Chunying', everyAnswer: true });
      expect(held.filters?.from, query).toBeUndefined();
      const answered = held.matches.filter((m) => search.record(m.id)!.kind !== 'statement');
      for (const m of held.matches) expect(search.record(m.id)!.spokesperson, m.id).toBe('Hua Chunying');
      expect(held.countAsked, query).toMatchObject({ total: held.total, briefings: new Set(answered.map((m) => m.date)).size });
      // Every English answer of hers the index holds.
      const hers = (await search.search('Hua Chunying on', { k: 1 })).total;
      expect(held.matches.filter(english).length, query).toBeGreaterThan(Math.min(hers, 100));
    }
    // Asked as words, the name found the few exchanges naming her.
    expect((await search.search('What did Hua Chunying say?', { k: 5 })).total).toBeLessThan(20);
    const onHuawei = await search.search('How many briefings did Hua Chunying give on Huawei?', { k: 5 });
    expect(withoutFraming('How many briefings did Hua Chunying give on Huawei?')).toBe('What did Hua Chunying say about Huawei');
    expect(onHuawei.total).toBeGreaterThan(5);
    expect(onHuawei.countAsked?.briefings).toBe(new Set(onHuawei.matches.map((m) => m.date)).size);
    for (const m of onHuawei.matches) expect(search.record(m.id)!.spokesperson, m.id).toBe('Hua Chunying');
    // Other words after the verb make it no such question.
    expect(withoutFraming('How many briefings did Hua Chunying give to reporters from Japan?')).toBe('How many briefings did Hua Chunying give to reporters from Japan?');
  });

  it('counts exchanges asked about as exchanges that mention a topic, and of a day named the day\'s (hunt-E #4)', async () => {
    const mentioned = await search.search('How many times was Ukraine mentioned in 2023?', { k: 0 });
    expect(mentioned.total).toBeGreaterThan(50);
    for (const query of ['How many exchanges mention Ukraine in 2023?', 'How many exchanges about Ukraine are there in 2023?', 'How many answers discussed Ukraine in 2023?']) {
      const counted = await search.search(query, { k: 0 });
      expect(counted.total, query).toBe(mentioned.total);
      expect(counted.countAsked, query).toMatchObject({ total: mentioned.total });
    }
    // A day named with a topic lists its month, the day's answers first; a count is of the day.
    const ofDay = (search.briefing('2022-02-24')?.records ?? []).filter((r) => /ukrain/i.test(`${r.question ?? ''} ${r.answer}`));
    expect(ofDay.length).toBeGreaterThan(3);
    const dayCount = await search.search('How many questions about Ukraine were asked on February 24, 2022?', { k: 0 });
    expect(dayCount.filters).toMatchObject({ from: '2022-02-24', to: '2022-02-24' });
    expect(dayCount.total).toBe(ofDay.length);
    expect(totalsLine(dayCount)).toContain('only the briefings of February 24, 2022, the day your question names');
    const listed = await search.search('What did China say about Ukraine on February 24, 2022?', { k: 5 });
    expect(listed.total).toBeGreaterThan(ofDay.length);
    expect(listed.hits[0]!.record.date).toBe('2022-02-24');
  });

  it('answers how many questions a spokesperson answered, or which, on a day or in dates with their every answer then (hunt-E #1)', async () => {
    const ofDay = (search.briefing('2026-08-17')?.records ?? []).filter((r) => r.spokesperson === 'Lin Jian' && r.kind !== 'statement').map((r) => r.id).sort();
    expect(ofDay.length).toBeGreaterThan(3);
    for (const query of ['How many questions did Lin Jian answer on August 17, 2026?', 'What questions did Lin Jian answer on August 17, 2026?', 'Which questions did Lin Jian take on 17 August 2026?']) {
      const answered = await search.search(query, { k: 0 });
      expect(answered, query).toMatchObject({ spokespersonNamed: 'Lin Jian', everyAnswer: true, filters: { from: '2026-08-17', to: '2026-08-17' } });
      expect(answered.matches.filter((m) => search.record(m.id)!.kind !== 'statement').map((m) => m.id).sort(), query).toEqual(ofDay);
      expect(Boolean(answered.countAsked), query).toBe(query.startsWith('How many'));
    }
    expect(withoutFraming('How many questions did Geng Shuang answer about Huawei in 2019?')).toBe('What did Geng Shuang say about Huawei in 2019?');
    // Who asked is another question: "How many questions did PTI ask in 2020?" is read as before.
    expect(withoutFraming('What questions did Reuters ask in 2020?')).toBe('What questions did Reuters ask in 2020?');
    // Of no one in particular: every answer of the day, counted; "at the … press conference" names the briefing, no topic (hunt-E F10).
    const ofTheDay = (search.briefing('2026-08-17')?.records ?? []).filter((r) => r.kind !== 'statement').map((r) => r.id).sort();
    for (const query of ['How many questions were asked at the August 17, 2026 press conference?', 'How many questions were asked on August 17, 2026?', 'What was said at the August 17, 2026 press conference?']) {
      const asked = await search.search(query, { k: 0 });
      expect(asked, query).toMatchObject({ everyAnswer: true, filters: { from: '2026-08-17', to: '2026-08-17' } });
      expect(asked.matches.filter((m) => search.record(m.id)!.kind !== 'statement').map((m) => m.id).sort(), query).toEqual(ofTheDay);
    }
    expect(withoutFraming('How many questions were asked on Hong Kong in 2020?')).toBe('Hong Kong in 2020?');
  });

  it('says a quote mark opened and never closed, whose words were searched apart (hunt-F #14)', async () => {
    const open = await search.search('"national security law', { k: 3 });
    const closed = await search.search('"national security law"', { k: 3 });
    expect(open.total).toBeGreaterThan(closed.total);
    expect(open.wordsRead?.unclosedQuote).toBe('"national security law');
    expect(totalsLine(open)).toContain('; the quote mark of “national security law” is not closed: its words were searched apart, not as a phrase; close it to search them as one');
    expect((await search.search('Hong Kong “national security law', { k: 3 })).wordsRead?.unclosedQuote).toBe('“national security law');
    expect(closed.wordsRead?.unclosedQuote).toBeUndefined();
    expect((await search.search('the "Chinese virus" and Huawei', { k: 3 })).wordsRead?.unclosedQuote).toBeUndefined();
  });

  it('searches no word of where the answers were given: "at the press conference about Huawei" is Huawei', async () => {
    expect(withoutBriefingPlace('at the press conference about Huawei')).toBe('about Huawei');
    expect(withoutBriefingPlace('Australia in briefings')).toBe('Australia');
    // Someone else's press conference, a quoted phrase, and nothing else asked keep their words.
    expect(withoutBriefingPlace('Pompeo at a press conference')).toBe('Pompeo at a press conference');
    expect(withoutBriefingPlace('"at the press conference" Huawei')).toBe('"at the press conference" Huawei');
    expect(withoutBriefingPlace('at the press conference')).toBe('at the press conference');
    // A recess day's written answers are a place of the answers too (hunt-L #5).
    expect(withoutBriefingPlace('Taiwan in his written remarks')).toBe('Taiwan');
    expect(withoutBriefingPlace('Pompeo said in a written statement on Taiwan')).toBe('Pompeo said on Taiwan');
    // Beside a speaker and dates, nothing else asked is every answer of theirs in them: the name had been read beside "press conference", and nothing found.
    const march = await search.search('What did Zhao Lijian say in March 2020?', { k: 0 });
    expect(march.everyAnswer).toBe(true);
    expect(march.total).toBeGreaterThan(10);
    for (const query of ['What did Zhao Lijian say at the press conference in March 2020?', 'What did Zhao Lijian say at press conferences in March 2020?']) {
      const answer = await search.search(query, { k: 0 });
      expect(answer.everyAnswer, query).toBe(true);
      expect(answer.matches, query).toEqual(march.matches);
    }
    // Written remarks are the answers of those only (hunt-M #8: Hua's August 2019 had listed her press conferences' too).
    expect(occasionAsked('What did Hua Chunying say in written remarks in August 2019?')).toBe('written-remarks');
    expect(occasionAsked('What was said at the daily online briefings about the WHO?')).toBe('online-briefing');
    expect(occasionAsked('What did China say about the "written remarks" of Pompeo?')).toBeUndefined();
    const august = await search.search('What did Hua Chunying say in August 2019?', { k: 0 });
    for (const query of ['What did Hua Chunying say in written remarks in August 2019?', 'What did Hua Chunying say in her written remarks in August 2019?']) {
      const written = await search.search(query, { k: 0 });
      expect(written.everyAnswer, query).toBe(true);
      expect(written.total, query).toBeGreaterThan(0);
      expect(written.total, query).toBeLessThan(august.total);
      expect(written.matches.every((m) => search.record(m.id)!.occasion === 'written-remarks'), query).toBe(true);
      expect(written.matches, query).toEqual(august.matches.filter((m) => search.record(m.id)!.occasion === 'written-remarks'));
    }
    const topic = await search.search('Huawei in written remarks', { k: 5 });
    expect(topic.total).toBeGreaterThan(0);
    expect(topic.matches.every((m) => search.record(m.id)!.occasion === 'written-remarks')).toBe(true);
    expect(totalsLine(topic)).toContain('; only the answers given in written remarks, as your question asks');
    const huawei = await ids('What did China say about Huawei?');
    expect(huawei.length).toBeGreaterThan(30);
    for (const query of ['What was said at the press conference about Huawei?', 'What did the spokesperson say about Huawei at the briefings?', 'What has been said at press conferences on Huawei?']) {
      expect(await ids(query), query).toEqual(huawei);
    }
  });

  it('answers "has China ever commented on" a topic never discussed as "What did China say about" it: with nothing (explore30 A2)', async () => {
    const said = await search.search('What did China say about Evergrande?', { k: 5 });
    expect(said.total).toBe(0);
    for (const [query, word] of [['Has China ever commented on Temu?', 'Temu'], ['Has China ever commented on ChatGPT?', 'ChatGPT'], ['Did the spokesperson ever talk about Evergrande?', 'Evergrande'], ['Has Beijing said anything on Evergrande', 'Evergrande']] as const) {
      const response = await search.search(query, { k: 5 });
      expect(response, query).toMatchObject({ total: 0, hits: [], missing: { inNoRecord: [word] } });
      // Without the unknown word, nothing but framing is left: no count of other exchanges is offered.
      expect(response.withoutUnknown, query).toBeUndefined();
      expect(nothingRelevantText(search, response), query).toMatch(new RegExp(`^Nothing relevant found for “[^”]+”\\. No exchange in the index says “${word}”\\. Looked in`));
    }
    expect(await ids('Has China ever commented on Huawei?')).toEqual(await ids('Huawei'));
    // Nor of a first-time question: without "Donbas", its framing had been searched as a topic (hunt-G #5: 498 exchanges on “When did China first mention”).
    const first = await search.search('When did China first mention Donbas?', { k: 5 });
    expect(first).toMatchObject({ total: 0, missing: { inNoRecord: ['Donbas'] } });
    expect(first.withoutUnknown).toBeUndefined();
    expect((await search.search('Hong Kong Donbas', { k: 5 })).withoutUnknown).toMatchObject({ query: 'Hong Kong' });
  });

  /** The ids of every English record of the briefings in the dates, newest briefing first, each briefing's in its order. */
  const everyAnswer = (from: string, to: string): string[] =>
    search.briefingKeys().map((key) => search.briefing(key)!)
      .filter((b) => (b.summary.lang ?? 'en') === 'en' && b.summary.date >= from && b.summary.date <= to)
      .reverse()
      .flatMap((b) => b.records.map((r) => r.id));

  it('lists every answer in the dates, from whoever spoke, for "the spokesperson", "they", "the Foreign Ministry" or "China" beside dates (explore30 A3)', async () => {
    const august = everyAnswer('2026-08-01', '2026-08-31');
    expect(august.length).toBeGreaterThan(5);
    expect(new Set(august.map((id) => search.record(id)!.spokesperson)).size).toBeGreaterThan(1);
    for (const query of ['What did the spokesperson say in August 2026?', 'What did they say in August 2026?', 'What has the Foreign Ministry said in August 2026?', 'What did China say in August 2026?', 'What was said in August 2026?']) {
      const response = await search.search(query, { k: 5 });
      expect(response, query).toMatchObject({ searched: '', spokespersonNamed: null, monthNamed: 'August 2026', filters: { from: '2026-08-01', to: '2026-08-31' }, sort: 'newest', everyAnswer: true });
      expect(response.matches.map((m) => m.id), query).toEqual(august);
      const statements = august.filter((id) => search.record(id)!.kind === 'statement').length;
      expect(totalsLine(response), query).toBe(
        `${august.length - statements} exchanges and ${statements} statement${statements === 1 ? '' : 's'}, ${response.first} → ${response.last}; latest first; only the briefings of August 2026, the month your question names, of which the index holds ${new Set(august.map((id) => search.record(id)!.date)).size} briefings, ${response.first} → ${response.last}, none after ${response.last}; all of them: your question names no topic`,
      );
    }
    // No briefing yesterday: said so, as for a spokesperson named, with what the index holds.
    for (const query of ['What did the spokesperson say yesterday?', 'What did they say yesterday?']) {
      const response = await search.search(query, { k: 5 });
      expect(response, query).toMatchObject({ total: 0, filters: { from: '2026-11-29', to: '2026-11-29' }, monthNamed: '2026-11-29 (yesterday)' });
      expect(nothingRelevantText(search, response), query).toContain(`”: the index holds no briefing in the dates you asked (2026-11-29 (yesterday): from 2026-11-29 to 2026-11-29); it holds briefings from `);
    }
    // "today" asks for the latest, as with a name: every answer, newest first.
    const today = await search.search('What did the spokesperson say today?', { k: 3 });
    expect(today).toMatchObject({ latestIntent: true, sort: 'newest', searched: '', everyAnswer: true });
    expect(today.hits.map((h) => h.record.id)).toEqual(everyAnswer('2000-01-01', '2099-12-31').slice(0, 3));
    // A topic beside them is searched as before; "China" with no word of speaking names no topic.
    expect(await ids('What did the spokesperson say about Huawei in 2019?')).toEqual(await ids('Huawei in 2019'));
    expect((await search.search('China in 2019', { k: 0 })).tooCommon).toEqual(['China']);
  });

  it('counts a topic the same whoever no one in particular is asked as, however the stance is asked (explore32d W1, W2)', async () => {
    const huawei = await search.search('What did the spokesperson say about Huawei?', { k: 0 });
    expect(huawei.total).toBeGreaterThan(100);
    for (const query of ['What did the spokesman say about Huawei?', 'What did the spokeswoman say about Huawei?', 'What did the Chinese spokesman say about Huawei?', 'What has the Foreign Ministry said about Huawei?']) {
      const response = await search.search(query, { k: 0 });
      expect(response.matches, query).toEqual(huawei.matches);
      expect(response.framingRead, query).toBeUndefined();
    }
    const australia = await search.search("China's stance on Australia", { k: 0 });
    expect(australia.total).toBeGreaterThan(100);
    for (const query of ["China's tone on Australia", "China's attitude towards Australia", "China's rhetoric about Australia", "What's China's tone on Australia?"]) {
      expect((await search.search(query, { k: 0 })).matches, query).toEqual(australia.matches);
    }
    // "MFA" and "Foreign Ministry" were searched: the MFA's event for Hunan province answered a question on a speech.
    const speech = await search.search('Pompeo speech', { k: 0 });
    expect(speech.total).toBeGreaterThan(10);
    for (const query of ['MFA reaction to Pompeo speech', 'Foreign Ministry response to Pompeo speech', 'Beijing reaction to Pompeo speech']) {
      expect((await search.search(query, { k: 0 })).matches, query).toEqual(speech.matches);
    }
    const compared = await search.search("Was China's stance on Australia harsher in 2020 than in 2018?", { k: 0 });
    expect(compared.total).toBeGreaterThan(50);
    expect((await search.search("Was China's tone on Australia harsher in 2020 than in 2018?", { k: 0 })).matches).toEqual(compared.matches);
    // "ministry" was searched, and said to be missing.
    const solomon = await search.search('What has the ministry said about the Solomon Islands switching recognition from Taiwan?', { k: 0 });
    expect(solomon.matches).toEqual((await search.search('What has China said about the Solomon Islands switching recognition from Taiwan?', { k: 0 })).matches);
    expect([...solomon.missing.inNoMatch, ...solomon.missing.inNoRecord]).not.toContain('ministry');
    // Where the word is a topic, it is searched: "the Taiwan Affairs Office spokesman" is fewer exchanges than "the Taiwan Affairs Office".
    const office = (await search.search('Taiwan Affairs Office', { k: 0 })).total;
    const spokesman = (await search.search('the Taiwan Affairs Office spokesman', { k: 0 })).total;
    expect(spokesman).toBeGreaterThan(0);
    expect(spokesman).toBeLessThan(office);
  });

  it('reads a slip of a word of the framing as the word, and says so (explore32d W2)', async () => {
    for (const [slip, right, typed, read] of [
      ['What did the foriegn ministry say about Huawei?', 'What did the foreign ministry say about Huawei?', 'foriegn', 'foreign'],
      ['What did the forein ministry say about Huawei?', 'What did the foreign ministry say about Huawei?', 'forein', 'foreign'],
      ['Did China coment on the Hong Kong protests?', 'Did China comment on the Hong Kong protests?', 'coment', 'comment'],
    ] as const) {
      const response = await search.search(slip, { k: 0 });
      expect(response.matches, slip).toEqual((await search.search(right, { k: 0 })).matches);
      expect(response.total, slip).toBeGreaterThan(20);
      expect(response.framingRead, slip).toEqual({ respelled: [{ typed, read }] });
      expect(response.missing, slip).toEqual({ inNoRecord: [], inNoMatch: [] });
      expect(totalsLine(response), slip).toContain(`; “${typed}” read as “${read}”`);
    }
    // A slip where the word is a topic: as typed, suggested.
    const policy = await search.search('What did China say about foriegn policy?', { k: 0 });
    expect(policy.framingRead).toBeUndefined();
    expect(policy.missing.inNoRecord).toEqual(['foriegn']);
  });

  it("does not search what the reporter says of themselves, or \"ever\", and says so (explore32d C18)", async () => {
    const query = "I'm writing a piece on debt-trap diplomacy, what has the ministry said about Sri Lanka's Hambantota port?";
    const response = await search.search(query, { k: 0 });
    expect(response.matches).toEqual((await search.search("What has China said about Sri Lanka's Hambantota port?", { k: 0 })).matches);
    expect(response.total).toBeGreaterThan(0);
    expect(response.framingRead).toEqual({ aside: "I'm writing a piece on debt-trap diplomacy" });
    expect(totalsLine(response)).toContain("; “I'm writing a piece on debt-trap diplomacy” not searched: it says who asks, not what about");
    expect(totalsLine(response)).not.toMatch(/writing”|piece”|I'm”/);
    // The question after the aside names nothing: what the reporter reads about is the topic, and only the rest is not searched (review33 #3).
    const camps = await search.search("I've been reading about the Uyghur camps, what did the ministry say?", { k: 0 });
    expect(camps.total).toBeGreaterThan(0);
    expect(camps.followUp).toBeUndefined();
    expect(camps.matches).toEqual((await search.search('What did the ministry say about the Uyghur camps?', { k: 0 })).matches);
    expect(totalsLine(camps)).toContain("; “I've been reading about” not searched: it says who asks, not what about");
    const ban = await search.search("I'm hearing Huawei was banned in Britain, did China respond?", { k: 0 });
    expect(ban.total).toBeGreaterThan(0);
    expect(ban.matches).toEqual((await search.search('Huawei was banned in Britain', { k: 0 })).matches);
    const ever = await search.search('Has China ever criticised Lithuania?', { k: 0 });
    expect(ever.matches).toEqual((await search.search('Has China criticised Lithuania?', { k: 0 })).matches);
    expect([...ever.missing.inNoMatch, ...ever.missing.inNoRecord, ...(ever.missing.apart ?? [])]).not.toContain('ever');
  });

  it('says what the rest of a question finds as its topic, without its framing, and a word missing without its possessive (explore32d C16, M19)', async () => {
    const liu = await search.search('What did China say about Liu Xiaobo?', { k: 5 });
    expect(liu).toMatchObject({ total: 0, missing: { inNoRecord: ['Xiaobo'] }, withoutUnknown: { query: 'Liu' } });
    expect(liu.withoutUnknown!.total).toBe((await search.search('Liu', { k: 0 })).total);
    expect(nothingRelevantText(search, liu)).toContain(`No exchange in the index says “Xiaobo”. Without it: ${liu.withoutUnknown!.total} exchanges on “Liu”.`);
    const death = await search.search("Did China ever comment on Liu Xiaobo's death?", { k: 5 });
    expect(death).toMatchObject({ total: 0, missing: { inNoRecord: ['Xiaobo'] }, withoutUnknown: { query: 'Liu death' } });
    expect(death.withoutUnknown!.total).toBe((await search.search('Liu death', { k: 0 })).total);
  });

  it('says the dates searched once, and the gaps within them (explore32d M20)', async () => {
    const sars = await search.search('What did the ministry say about SARS in 2003?', { k: 5 });
    expect(sars).toMatchObject({ total: 0, filters: { from: '2003-01-01', to: '2003-12-31' } });
    const text = nothingRelevantText(search, sars);
    expect(text).toContain('in the briefings from 2003-01-01 to 2003-12-31');
    expect(text).not.toContain('from 2003-01-01 · to 2003-12-31');
    const held = search.briefingsBetween('2003-01-01', '2003-12-31', sars.query).briefings;
    expect(text).toContain(`in the briefings from 2003-01-01 to 2003-12-31 (${held} briefing${held === 1 ? '' : 's'} held; none from `);
    const gaps = /none from ([^)]*)\)/.exec(text)![1]!;
    for (const [, from, to] of gaps.matchAll(/(\d{4}-\d\d-\d\d) to (\d{4}-\d\d-\d\d)/g)) {
      expect(from! >= '2003-01-01' && to! <= '2003-12-31', gaps).toBe(true);
    }
  });

  it('answers who the spokesperson was with every answer in the dates, and who gave how many, not as a follow-up (explore32d C15)', async () => {
    // What "What did the spokesperson say in 2019?" lists: every answer of 2019, a republished day's once.
    const year = (await search.search('What did the spokesperson say in 2019?', { k: 0 })).matches.map((m) => m.id);
    expect(year.length).toBeGreaterThan(100);
    for (const query of ['Who were the spokespeople in 2019?', 'Who was spokesperson in 2019?', 'Who was the Chinese foreign ministry spokesman in 2019?', 'Who was the spokesperson of the ministry in 2019?']) {
      const response = await search.search(query, { k: 5 });
      expect(response, query).toMatchObject({ everyAnswer: true, monthNamed: '2019', sort: 'newest' });
      expect(response.followUp, query).toBeUndefined();
      expect(response.matches.map((m) => m.id), query).toEqual(year);
      const given = new Map<string, number>();
      for (const id of year) given.set(search.record(id)!.spokesperson, (given.get(search.record(id)!.spokesperson) ?? 0) + 1);
      expect(response.answeredBy, query).toEqual([...given].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)));
      expect(totalsLine(response), query).toContain(`; given by ${response.answeredBy!.map((a) => `${a.name} ${a.count}`).join(', ').replace(/, ([^,]*)$/, ' and $1')}`);
    }
  });

  it('answers who the spokesperson is with the spokespeople of the newest briefings, and the index\'s last date (explore37 #18)', async () => {
    const last = search.info().lastDate!;
    const { from } = newestBriefingDates(last);
    const newest = search.briefingKeys().map((key) => search.briefing(key)!)
      .filter((b) => (b.summary.lang ?? 'en') === 'en' && b.summary.date >= from)
      .flatMap((b) => b.records.map((r) => r.id));
    expect(newest.length).toBeGreaterThan(0);
    for (const query of ['Who is the spokesperson?', 'Who are the spokespeople?', 'Who is the Foreign Ministry spokesperson?']) {
      const response = await search.search(query, { k: 5 });
      expect(response, query).toMatchObject({ everyAnswer: true, sort: 'newest', filters: { from, to: last }, newestBriefings: { from, to: last } });
      expect(new Set(response.matches.map((m) => m.id)), query).toEqual(new Set(newest));
      // Geng Shuang, of 2016-2020, led the tally of every year held; the newest briefings are Lin Jian's and Guo Jiakun's.
      expect(response.answeredBy!.map((a) => a.name), query).toEqual(expect.arrayContaining(['Lin Jian', 'Guo Jiakun']));
      expect(response.answeredBy!.map((a) => a.name), query).not.toContain('Geng Shuang');
      const line = totalsLine(response);
      expect(line, query).toContain(`, in the newest briefings the index holds, from ${from} to its last, of ${last}; by the reviewed list of spokespeople's years, `);
      expect(line, query).toContain('Lin Jian first in 2024');
      expect(line, query).toContain('Guo Jiakun first in 2025');
    }
    // In the past tense, every year held, as before.
    const ever = await search.search('Who was the spokesperson?', { k: 0 });
    expect(ever.newestBriefings).toBeUndefined();
    expect(ever.answeredBy!.map((a) => a.name)).toContain('Geng Shuang');
  });

  it("answers when a spokesperson began or last spoke with every answer of theirs, oldest or newest first, and searches none of its words (explore33b C8)", async () => {
    const hers = search.briefingKeys().map((key) => search.briefing(key)!)
      .filter((b) => (b.summary.lang ?? 'en') === 'en')
      .flatMap((b) => b.records.filter((r) => r.spokesperson === 'Hua Chunying').map((r) => ({ id: r.id, date: b.summary.date })));
    expect(hers.length).toBeGreaterThan(50);
    const oldest = hers.map((r) => r.date).sort()[0];
    for (const query of ['When did Hua Chunying become spokesperson?', 'When did Hua Chunying give her first briefing?', "Hua Chunying's first press conference"]) {
      const response = await search.search(query, { k: 3 });
      expect(response, query).toMatchObject({ searched: '', spokespersonNamed: 'Hua Chunying', sort: 'oldest', earliestIntent: true, everyAnswer: true, first: oldest });
      expect(new Set(response.matches.map((m) => m.id)), query).toEqual(new Set(hers.map((r) => r.id)));
      expect(response.matches.map((m) => m.date), query).toEqual(response.matches.map((m) => m.date).sort());
      expect(totalsLine(response), query).toContain("; oldest first (you asked when it was first said); only Hua Chunying's answers");
    }
    const last = await search.search("When was Hong Lei's last briefing?", { k: 3 });
    expect(last).toMatchObject({ searched: '', spokespersonNamed: 'Hong Lei', sort: 'newest', everyAnswer: true });
    expect(last.matches).toEqual((await search.search('Hong Lei latest', { k: 0 })).matches);
    expect(last.hits[0]!.record.date).toBe(last.last);
    // Another's briefing, or the spokesperson's words as a topic: as before.
    expect((await search.search("When was Pompeo's last briefing?", { k: 0 })).everyAnswer).toBeUndefined();
  });

  it('answers a question that only asks for more as one that names no topic (explore30 B)', async () => {
    for (const query of ['And in 2020?', 'Any follow-up on that?', 'Did they say anything more?', 'What did she say next?', "What's new since last week?", 'Tell me more about that']) {
      const response = await search.search(query, { k: 5 });
      expect(response, query).toMatchObject({ total: 0, hits: [], followUp: true });
      expect(nothingRelevantText(search, response), query).toBe(
        `“${query}” names no topic: each question is searched on its own, not as a follow-up of one before. Add what it is about: a name, a place, an event.`,
      );
    }
    expect((await search.search('New Zealand', { k: 0 })).total).toBeGreaterThan(0);
  });

  it('answers "and what about Japan?" on Japan alone, and says that no earlier question is carried over (explore33c C14)', async () => {
    const japan = await ids('Japan');
    const canada = await ids('Canada');
    expect(japan.length).toBeGreaterThan(100);
    for (const [query, lead, topic] of [
      ['and what about Japan?', 'and what about', japan], ['what about japan', 'what about', japan],
      ['same question but for Canada', 'same question but for', canada], ['And Canada?', 'And', canada],
    ] as const) {
      const response = await search.search(query, { k: 5 });
      expect(response.followUp, query).toBeUndefined();
      expect(response.matches.map((m) => m.id), query).toEqual(topic);
      expect(totalsLine(response), query).toContain(`; “${lead}” not searched: spox answers each question alone, and keeps no earlier question to carry over`);
    }
    // Empty for a word no record holds: the way out offered is the topic alone, and the note is said there too.
    const unknown = await search.search('and what about Japan zzqxw', { k: 5 });
    expect(unknown.withoutUnknown).toEqual({ query: 'Japan', total: japan.length });
    expect(nothingRelevantText(search, unknown)).toContain('“and what about” not searched: spox answers each question alone, and keeps no earlier question to carry over.');
    // Nothing named beside the lead: no topic, as before.
    expect((await search.search('And in 2020?', { k: 5 })).followUp).toBe(true);
  });

  it('says a question of only words too common to search names no topic, not that it is a follow-up (explore32a F13)', async () => {
    for (const query of ['the the the', 'of the', '中国']) {
      const response = await search.search(query, { k: 5 });
      expect(response, query).toMatchObject({ total: 0, hits: [] });
      expect(nothingRelevantText(search, response), query).toBe(`“${query}” names no topic: its words are too common in the transcripts to search by. Add what it is about: a name, a place, an event.`);
    }
    for (const query of ['那2020年呢？', '还有吗', 'What about it?']) {
      expect(nothingRelevantText(search, await search.search(query, { k: 5 })), query).toContain('not as a follow-up of one before');
    }
  });
});
