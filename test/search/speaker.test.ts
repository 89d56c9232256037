import { describe, expect, it } from 'vitest';
import { respelledNames, speakerIntent, withNameQuoted } from '../../src/search/speaker.js';

const SPOKESPEOPLE = ['Geng Shuang', 'Hua Chunying', 'Lu Kang', 'Mao Ning', "Ministry Spokesperson's Office", 'Unknown spokesperson', 'Zhao Lijian'];
const read = (q: string) => speakerIntent(q, SPOKESPEOPLE);
const named = (name: string, written = name) => ({ spokesperson: name, named: { name, written } });

describe('a spokesperson the question names as the speaker', () => {
  it('is read as who spoke, and taken out of the words searched', () => {
    expect(read('What did Zhao Lijian say about Hong Kong?')).toEqual({ query: 'What did say about Hong Kong?', ...named('Zhao Lijian') });
    // "When did": the name had been searched as words, "Ning" found in no exchange (hunt-J #1).
    expect(read('When did Mao Ning talk about Ukraine?')).toMatchObject({ spokesperson: 'Mao Ning' });
    expect(read('When did Mao Ning talk about Ukraine?').query).toContain('Ukraine');
    expect(read("hua chunying's comments on Pompeo")).toEqual({ query: 'Pompeo', ...named('Hua Chunying', 'hua chunying') });
    expect(read('Lu Kang on the trade war')).toEqual({ query: 'the trade war', ...named('Lu Kang') });
    expect(read('Geng Shuang: Huawei')).toEqual({ query: 'Huawei', ...named('Geng Shuang') });
    expect(read('What does Zhao  Lijian think of Pompeo?')).toEqual({ query: 'What does think of Pompeo?', ...named('Zhao Lijian', 'Zhao Lijian') });
    expect(read('华春莹谈台湾')).toEqual({ query: '台湾', ...named('Hua Chunying', '华春莹') });
    expect(read('华春莹：日本')).toEqual({ query: '日本', ...named('Hua Chunying', '华春莹') });
    expect(read('What did 华春莹 say about Hong Kong?')).toEqual({ query: 'What did say about Hong Kong?', ...named('Hua Chunying', '华春莹') });
  });

  it('is read as who spoke in the other forms a reporter asks with (explore29a 1.1)', () => {
    // A word of speaking after the name, or "by", "according to" before it: as plainly asked.
    expect(read('Hua Chunying said about Taiwan')).toEqual({ query: 'Taiwan', ...named('Hua Chunying') });
    expect(read('Zhao Lijian said on the Houston consulate')).toEqual({ query: 'the Houston consulate', ...named('Zhao Lijian') });
    expect(read('Geng Shuang comments Dalai Lama')).toEqual({ query: 'Dalai Lama', ...named('Geng Shuang') });
    expect(read('Australia by Zhao Lijian')).toEqual({ query: 'Australia', ...named('Zhao Lijian') });
    expect(read('Australia according to Zhao Lijian?')).toEqual({ query: 'Australia?', ...named('Zhao Lijian') });
    // The role goes with the name; a year between the name and the heading is the talk's, read at the end.
    expect(read('the Foreign Ministry spokesperson Hua Chunying on Pompeo')).toEqual({ query: 'Pompeo', ...named('Hua Chunying') });
    expect(read('Geng Shuang in 2018 on Kashmir')).toEqual({ query: 'Kashmir in 2018', ...named('Geng Shuang') });
    // Beside the topic, with no word of speaking: read as who spoke, and said to be beside it.
    for (const [q, query] of [
      ['Zhao Lijian Australia', 'Australia'], ['Zhao Lijian, Australia', 'Australia'], ['Zhao Lijian - Australia', 'Australia'],
      ['spokesperson Zhao Lijian Australia', 'Australia'], ['Hong Kong Geng Shuang', 'Hong Kong'], ['Hong Kong, Geng Shuang?', 'Hong Kong?'],
      ['Hua Chunying vs Pompeo', 'vs Pompeo'],
    ] as const) {
      expect(read(q), q).toEqual({ query, ...named(q.includes('Geng') ? 'Geng Shuang' : q.includes('Hua') ? 'Hua Chunying' : 'Zhao Lijian'), beside: true });
    }
    expect(read('华春莹 华为')).toEqual({ query: '华为', ...named('Hua Chunying', '华春莹'), beside: true });
    // A title after the name is read with it (hunt-C F10: "华春莹司长 新疆" searched 司长 and found her promotion).
    expect(read('华春莹司长 新疆')).toEqual({ query: '新疆', ...named('Hua Chunying', '华春莹'), beside: true });
    expect(read('华春莹司长谈新疆')).toEqual({ query: '新疆', ...named('Hua Chunying', '华春莹') });
    expect(read('赵立坚，美国 病毒')).toEqual({ query: '美国 病毒', ...named('Zhao Lijian', '赵立坚'), beside: true });
    expect(read('香港 耿爽')).toEqual({ query: '香港', ...named('Geng Shuang', '耿爽'), beside: true });
  });

  it('is read as who spoke from a wire story\'s attribution ending the text (explore37 #7)', () => {
    expect(read('China opposes US arms sales to Taiwan, foreign ministry spokesman Zhao Lijian told reporters on Tuesday.'))
      .toEqual({ query: 'China opposes US arms sales to Taiwan.', ...named('Zhao Lijian') });
    expect(read('Beijing will take countermeasures, Hua Chunying said')).toEqual({ query: 'Beijing will take countermeasures', ...named('Hua Chunying') });
    expect(read('The sanctions are unjustified, spokeswoman Hua Chunying told a regular press briefing.')).toMatchObject({ spokesperson: 'Hua Chunying' });
    // A clause the name is the subject of, in mid-text, is still the topic's.
    expect(read('China said Zhao Lijian said the virus came from the US army').spokesperson).toBeNull();
    // After a quote whose comma is inside it, and before one: a reporter checking a quote (hunt-N #1: the full name had been
    // searched as words beside the quote, which no answer holds, and "No exchange holds the words in quotes" said).
    expect(read('"Hong Kong is China\'s Hong Kong," spokeswoman Hua Chunying said.')).toEqual({ query: '"Hong Kong is China\'s Hong Kong,".', ...named('Hua Chunying') });
    expect(read('Hua Chunying said "Hong Kong is China\'s Hong Kong"')).toEqual({ query: '"Hong Kong is China\'s Hong Kong"', ...named('Hua Chunying') });
    expect(read('Hua Chunying said: “null and void”')).toEqual({ query: '“null and void”', ...named('Hua Chunying') });
    // Without a quote after it, "said" opens a clause, the topic's.
    expect(read('Zhao Lijian said US army brought the virus').spokesperson).toBeNull();
  });

  it('is the topic when the question is about what was said, when two are named, or when it is quoted', () => {
    for (const q of [
      "Zhao Lijian's tweet about the US army",
      '赵立坚推特',
      // What a spokesperson said is the topic here, not who answered.
      "China's response to Zhao Lijian's remarks on the US army",
      'Why did Zhao Lijian say the US army brought the virus to Wuhan?',
      'Zhao Lijian said US army may have brought virus to Wuhan',
      'Zhao Lijian tweeted that the US army …',
      "Reporters asked about Zhao Lijian's remarks",
      'the appointment of Hua Chunying',
      'Who replaced Hua Chunying',
      'What did China say about Zhao Lijian?',
      'Zhao Lijian and Pompeo',
    ]) {
      const name = q.includes('Hua') ? 'Hua Chunying' : 'Zhao Lijian';
      expect(read(q), q).toEqual({ query: q, spokesperson: null, named: { name, written: q.includes('赵立坚') ? '赵立坚' : name } });
    }
    for (const q of ['Geng Shuang met Hua Chunying on trade', 'What did Lu Shaye say about Canada?', '"Zhao Lijian" Australia', '“Zhao Lijian’s tweet”']) {
      expect(read(q), q).toEqual({ query: q, spokesperson: null });
    }
  });

  it('reads two names joined as either of them speaking (speaker30 2)', () => {
    expect(read('Hua Chunying and Geng Shuang on Huawei')).toEqual({ query: 'Huawei', ...named('Hua Chunying'), also: ['Geng Shuang'] });
    expect(read('Geng Shuang or Hua Chunying on Xinjiang')).toEqual({ query: 'Xinjiang', ...named('Geng Shuang'), also: ['Hua Chunying'] });
    expect(read('What did Geng Shuang and Hua Chunying say on trade?')).toEqual({ query: 'What did say on trade?', ...named('Geng Shuang'), also: ['Hua Chunying'] });
    expect(read('华春莹和耿爽谈华为')).toEqual({ query: '华为', ...named('Hua Chunying', '华春莹'), also: ['Geng Shuang'] });
    // Compared (explore30 A5): "vs", "versus", and what asks to compare them, are no topic words.
    expect(read('Hua Chunying vs Geng Shuang on Huawei')).toEqual({ query: 'Huawei', ...named('Hua Chunying'), also: ['Geng Shuang'] });
    expect(read('Hua Chunying versus Geng Shuang on Huawei')).toEqual({ query: 'Huawei', ...named('Hua Chunying'), also: ['Geng Shuang'] });
    expect(read('Compare what Hua Chunying and Geng Shuang said about Australia')).toEqual({ query: 'Australia', ...named('Hua Chunying'), also: ['Geng Shuang'] });
    // Three joined (explore30b 1.1), with a comma before "and" or not.
    expect(read('What did Hua Chunying, Geng Shuang and Lu Kang say about Huawei?')).toEqual({ query: 'What did say about Huawei?', ...named('Hua Chunying'), also: ['Geng Shuang', 'Lu Kang'] });
    expect(read('Hua Chunying, Geng Shuang, and Zhao Lijian on Huawei')).toEqual({ query: 'Huawei', ...named('Hua Chunying'), also: ['Geng Shuang', 'Zhao Lijian'] });
    // With nothing else asked, they stand alone, as one name does (hunt-K #3): the engine reads them as the speakers only beside dates, an outlet or the latest.
    expect(read('Geng Shuang and Hua Chunying')).toEqual({ query: '', ...named('Geng Shuang'), also: ['Hua Chunying'], alone: true });
    expect(read('What did Hua Chunying and Zhao Lijian say?')).toMatchObject({ spokesperson: 'Hua Chunying', also: ['Zhao Lijian'], alone: true });
    // Each with a role or honorific (hunt-M #5: nothing had been found).
    expect(read('Ms. Hua Chunying and Mr. Zhao Lijian on Huawei')).toMatchObject({ query: 'Huawei', spokesperson: 'Hua Chunying', also: ['Zhao Lijian'] });
    expect(read('What did spokeswoman Hua Chunying and spokesman Geng Shuang say in March 2020?')).toMatchObject({ spokesperson: 'Hua Chunying', also: ['Geng Shuang'] });
    // Surnames joined, in a form that asks who spoke, as one surname is read (hunt-M #5); alone, never.
    expect(read('What did Hua and Zhao say in March 2020?')).toMatchObject({ spokesperson: 'Hua Chunying', also: ['Zhao Lijian'], named: { from: 'surname' } });
    expect(read('What did Ms Hua and Mr Zhao say about Australia?')).toMatchObject({ spokesperson: 'Hua Chunying', also: ['Zhao Lijian'] });
    expect(read('Hua and Zhao')).toEqual({ query: 'Hua and Zhao', spokesperson: null });
    // Apart, they are searched as written.
    expect(read('Hua Chunying met Geng Shuang and Lu Kang')).toEqual({ query: 'Hua Chunying met Geng Shuang and Lu Kang', spokesperson: null });
  });

  it('reads a spokesperson of the reviewed list the index holds no answer of, in both scripts (speaker30 1)', () => {
    expect(read('Lin Jian on Taiwan')).toEqual({ query: 'Taiwan', ...named('Lin Jian') });
    expect(read('What did Liu Weimin say about Syria?')).toEqual({ query: 'What did say about Syria?', ...named('Liu Weimin') });
    expect(read('林剑谈台湾')).toEqual({ query: '台湾', ...named('Lin Jian', '林剑') });
    // A surname is read only for a name the index holds: "Lin" and "Liu" are many people.
    expect(read('What did Lin say about Taiwan?')).toEqual({ query: 'What did Lin say about Taiwan?', spokesperson: null });
  });

  it('reads a spokesperson who announced as who spoke, the word of announcing no topic word (hunt-L #8)', () => {
    for (const q of ["Did Geng Shuang announce Kim Jong Un's visit to China?", "What did Geng Shuang announce about Kim Jong Un's visit?"]) {
      const r = read(q);
      expect(r.spokesperson, q).toBe('Geng Shuang');
      expect(r.query, q).not.toMatch(/announce|Geng/);
      expect(r.query, q).toContain("Kim Jong Un's visit");
    }
  });

  it('stands alone when nothing else is asked: the engine reads it as the speaker only beside dates', () => {
    expect(read('What did Zhao Lijian say?')).toEqual({ query: 'What did say?', ...named('Zhao Lijian'), alone: true });
    expect(read('Zhao Lijian')).toEqual({ query: '', ...named('Zhao Lijian'), alone: true });
    // The role, an office or an honorific goes with the name: no topic beside it (speaker31).
    for (const q of ['spokesperson Geng Shuang', 'spokeswoman Geng Shuang', 'Director-General Geng Shuang', 'Mr. Geng Shuang']) {
      expect(read(q), q).toEqual({ query: '', ...named('Geng Shuang'), alone: true, untitled: 'Geng Shuang' });
    }
    expect(read('赵立坚')).toEqual({ query: '', ...named('Zhao Lijian', '赵立坚'), alone: true });
  });

  it('puts the name in quotes, as written, for the exchanges that mention it', () => {
    expect(withNameQuoted('Qin Gang  Blinken meeting', 'qin gang')).toBe('"Qin Gang"  Blinken meeting');
    expect(withNameQuoted('华春莹 华为', '华春莹')).toBe('"华春莹" 华为');
    expect(withNameQuoted('Huawei', 'Hua Chunying')).toBeNull();
  });

  it('is read from a surname that begins one spokesperson\'s name, only in a form that asks who spoke (explore29a 1.4)', () => {
    const surname = (name: string, written: string) => ({ spokesperson: name, named: { name, written, from: 'surname' } });
    expect(read('Hua on Huawei')).toEqual({ query: 'Huawei', ...surname('Hua Chunying', 'Hua') });
    expect(read('What did Geng say about Huawei?')).toEqual({ query: 'What did say about Huawei?', ...surname('Geng Shuang', 'Geng') });
    expect(read("Zhao's comments on Hong Kong")).toEqual({ query: 'Hong Kong', ...surname('Zhao Lijian', 'Zhao') });
    expect(read('What did Mao say about Taiwan?')).toEqual({ query: 'What did say about Taiwan?', ...surname('Mao Ning', 'Mao') });
    expect(read('What did Hua say?')).toEqual({ query: 'What did say?', ...surname('Hua Chunying', 'Hua'), alone: true });
    // In lower case in the same forms, as reporters type fast (explore33c W6).
    expect(read('hua on huawei')).toEqual({ query: 'huawei', ...surname('Hua Chunying', 'hua') });
    expect(read('what did zhao say about australia')).toEqual({ query: 'what did say about australia', ...surname('Zhao Lijian', 'zhao') });
    // Never bare, never beside a topic, never before another given name, never beside a full name, in either case.
    for (const q of ['Mao Taiwan', 'Hua Huawei', 'Taiwan by Mao', 'What did Lu Shaye say about Canada?', 'Hua Guofeng on reform', 'Hong Kong on national security', 'Lu, Kang and Hua',
      'mao taiwan', 'hua huawei', 'taiwan by mao', 'what did lu shaye say about canada?', 'hua guofeng on reform', 'hong kong on national security', 'lu, kang and hua']) {
      expect(read(q), q).toEqual({ query: q, spokesperson: null });
    }
    expect(read('What did Hua say about Geng Shuang?')).toEqual({ query: 'What did Hua say about Geng Shuang?', spokesperson: null, named: { name: 'Geng Shuang', written: 'Geng Shuang' } });
    // A surname two spokespeople share is no one's.
    expect(speakerIntent('Wang on Ukraine', ['Wang Wenbin', 'Wang Yi'])).toEqual({ query: 'Wang on Ukraine', spokesperson: null });
    expect(speakerIntent('Wang on Ukraine', ['Wang Wenbin'])).toEqual({ query: 'Ukraine', ...surname('Wang Wenbin', 'Wang') });
    // Nor is an official's, alone: Wang Yi is no spokesperson.
    expect(speakerIntent('Wang on Ukraine', ['Wang Yi'])).toEqual({ query: 'Wang on Ukraine', spokesperson: null });
  });

  it('is read after its role, an office its holder held, or an honorific of the right sex; not after another office (speaker31)', () => {
    const surname = (name: string, written: string) => ({ spokesperson: name, named: { name, written, from: 'surname' } });
    expect(read('Ms Hua on Huawei')).toEqual({ query: 'Huawei', ...surname('Hua Chunying', 'Hua') });
    expect(read('Mr. Zhao on Australia')).toEqual({ query: 'Australia', ...surname('Zhao Lijian', 'Zhao') });
    expect(read('What did Madam Hua say about Xinjiang?')).toEqual({ query: 'What did say about Xinjiang?', ...surname('Hua Chunying', 'Hua') });
    expect(read('Madam Hua Chunying on Xinjiang')).toEqual({ query: 'Xinjiang', ...named('Hua Chunying') });
    expect(read('Spokesperson Geng Shuang on Hong Kong')).toEqual({ query: 'Hong Kong', ...named('Geng Shuang') });
    expect(read('Director-General Hua Chunying on Xinjiang')).toEqual({ query: 'Xinjiang', ...named('Hua Chunying') });
    expect(read('Foreign Ministry spokeswoman Ms Hua on Huawei')).toEqual({ query: 'Huawei', ...surname('Hua Chunying', 'Hua') });
    // The other sex's honorific names someone else ("Mr Mao"); so does another office.
    for (const q of ['Mr Hua on Huawei', 'Mr Mao on Taiwan', 'Ms Zhao on Australia', 'Ambassador Hua on Xinjiang']) {
      expect(read(q), q).toEqual({ query: q, spokesperson: null });
    }
    expect(read('Ambassador Hua Chunying on Xinjiang')).toEqual({ query: 'Ambassador Hua Chunying on Xinjiang', spokesperson: null, named: { name: 'Hua Chunying', written: 'Hua Chunying' } });
  });

  it('takes out the words of mentioning after the name, in both scripts (speaker31)', () => {
    expect(read('Did spokesperson Liu Weimin ever mention Tibet?')).toEqual({ query: 'Did Tibet?', ...named('Liu Weimin') });
    expect(read('did geng shuang ever talk about tibet?')).toEqual({ query: 'did tibet?', ...named('Geng Shuang', 'geng shuang') });
    expect(read('What did Hua Chunying ever say about Tibet?')).toEqual({ query: 'What did say about Tibet?', ...named('Hua Chunying') });
    expect(read('华春莹是否评论过西藏')).toEqual({ query: '西藏', ...named('Hua Chunying', '华春莹') });
    expect(read('刘为民提到过西藏吗')).toEqual({ query: '西藏吗', ...named('Liu Weimin', '刘为民') });
  });
});

describe('an official who is no spokesperson (Wang Yi)', () => {
  const withWangYi = [...SPOKESPEOPLE, 'Wang Yi'];
  it('is never read as who spoke, though the index holds answers of his', () => {
    for (const q of ['王毅谈台湾', 'Wang Yi on Taiwan', 'What did Wang Yi say about Taiwan?', 'Taiwan by Wang Yi']) {
      expect(speakerIntent(q, withWangYi), q).toEqual({ query: q, spokesperson: null });
    }
  });

  it('joined to a spokesperson, leaves the spokesperson read as who spoke and his name among the words searched (speaker31)', () => {
    const official = (written: string) => ({ official: { name: 'Wang Yi', written } });
    expect(read('Wang Yi and Hua Chunying on the US')).toEqual({ query: 'Wang Yi the US', ...named('Hua Chunying'), ...official('Wang Yi') });
    expect(speakerIntent('Hua Chunying and Wang Yi on Ukraine', withWangYi)).toEqual({ query: 'Wang Yi Ukraine', ...named('Hua Chunying'), ...official('Wang Yi') });
    expect(read('What did Wang Yi and Hua Chunying say about Ukraine?')).toEqual({ query: 'Wang Yi What did say about Ukraine?', ...named('Hua Chunying'), ...official('Wang Yi') });
    expect(read('王毅和华春莹谈美国')).toEqual({ query: '王毅 美国', ...named('Hua Chunying', '华春莹'), ...official('王毅') });
    // Two spokespeople beside him: either of them speaking.
    expect(read('Wang Yi, Hua Chunying and Geng Shuang on Japan')).toEqual({ query: 'Wang Yi Japan', ...named('Hua Chunying'), also: ['Geng Shuang'], ...official('Wang Yi') });
    // With nothing else asked, or apart, as before.
    expect(read('Wang Yi and Hua Chunying')).toEqual({ query: 'Wang Yi and Hua Chunying', spokesperson: null, named: { name: 'Hua Chunying', written: 'Hua Chunying' } });
    expect(read('Wang Yi met Hua Chunying on Japan')).toMatchObject({ spokesperson: null });
  });
});

describe('a misspelt spokesperson\'s name', () => {
  const held = new Set(['kezhi', 'leji']);
  const respell = (q: string) => respelledNames(q, SPOKESPEOPLE, (w) => held.has(w.toLowerCase()));
  it('is read as the name where one letter of the given name is wrong, missing, extra or swapped (explore29a 1.5)', () => {
    for (const [typed, name] of [['Zhao Lijan', 'Zhao Lijian'], ['Hua Chunyin', 'Hua Chunying'], ['geng shaung', 'Geng Shuang'], ['Zhao Liijian', 'Zhao Lijian'], ['Zhao Lijain', 'Zhao Lijian'], ['Hua Chunyong', 'Hua Chunying']] as const) {
      const { query, respelled } = respell(`What did ${typed} say about Australia?`);
      expect(query, typed).toBe(`What did ${typed.split(' ')[0]} ${name.split(' ')[1]} say about Australia?`);
      expect([...respelled], typed).toEqual([[name, typed]]);
    }
  });

  it('is read as the name where the given name\'s syllables are written apart, or the given name comes first (explore30b 1.3)', () => {
    for (const [typed, name] of [['Hua Chun Ying', 'Hua Chunying'], ['Zhao Li-jian', 'Zhao Lijian'], ['geng shu ang', 'Geng Shuang'], ['Chunying Hua', 'Hua Chunying'], ['Lijian Zhao', 'Zhao Lijian']] as const) {
      const { respelled } = respell(`What did ${typed} say about Australia?`);
      expect([...respelled], typed).toEqual([[name, typed]]);
    }
    expect(respell('What did Chunying Hua say about Huawei?').query).toBe('What did Hua Chunying say about Huawei?');
    expect(respell('What did Hua Chun Ying say about Huawei?').query).toBe('What did Hua Chunying say about Huawei?');
    // Syllables that spell another given name, or another person's ("Leung Chun-ying"), stay as typed.
    for (const q of ['Hua Chun Yang', 'Leung Chun-ying', 'Zhao Li Jiang']) expect(respell(q), q).toEqual({ query: q, respelled: new Map() });
  });

  it('is not read where the given name is another person\'s, too short to tell, or two letters off', () => {
    for (const q of ['Zhao Kezhi', 'Zhao Leji', 'Lu Kan', 'Mao Nin', 'Zhao Ljiann', 'Zhao Lijian', 'Zhou Lijian']) {
      expect(respell(q), q).toEqual({ query: q, respelled: new Map() });
    }
  });
});
