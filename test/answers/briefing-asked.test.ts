import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { briefingAsked, dayAloneAsked, linkAlone } from '../../src/answers/briefing-asked.js';
import { linkKey } from '../../src/search/briefing-links.js';
import { dateReadText, noBriefingText } from '../../src/answers/notices.js';

describe('a question that asks for one briefing (briefing-asked.ts, explore37 #10, #11)', () => {
  it('reads a date alone, written any way, with or without "briefing", as that day\'s briefing', () => {
    for (const typed of ['2019-10-10', ' 2019-10-10 ', '10 October 2019', 'October 10, 2019', 'Oct 10 2019', 'briefing 2019-10-10', 'the briefing of 10 October 2019', '2019-10-10 briefing', 'press conference on October 10, 2019?']) {
      expect(briefingAsked(typed), typed).toEqual({ key: '2019-10-10', date: '2019-10-10', prefix: '' });
    }
    // The keys a card shows: a Chinese page, an imported date, a second transcript.
    expect(briefingAsked('zh-2019-05-29')).toEqual({ key: 'zh-2019-05-29', date: '2019-05-29', prefix: 'zh-' });
    expect(briefingAsked('2019-04-29b')).toEqual({ key: '2019-04-29b', date: '2019-04-29', prefix: '' });
    // A transcript's own title pasted back, as each card shows it (hunt-N #2: searched as words, nothing or another day was found).
    for (const typed of ["Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on October 10, 2019", 'Geng Shuang’s Regular Press Conference on October 10, 2019']) {
      expect(briefingAsked(typed), typed).toEqual({ key: '2019-10-10', date: '2019-10-10', prefix: '' });
    }
    expect(briefingAsked('2019年10月10日外交部发言人耿爽主持例行记者会')).toEqual({ key: 'zh-2019-10-10', date: '2019-10-10', prefix: 'zh-' });
    // A possessive before other words stays a question.
    expect(briefingAsked("Huawei's press conference on 5G")).toBeNull();
  });

  it('reads a day as the Chinese pages write it, and the latest in Chinese, as that briefing (hunt-B #6)', () => {
    // Searched as words, "2019年10月31日" found 59 exchanges of 2019 on other things.
    for (const typed of ['2019年10月31日', '2019年10月31日例行记者会', '2019年10月31日的记者会', '2019 年 10 月 31 日？']) {
      expect(briefingAsked(typed), typed).toEqual({ key: 'zh-2019-10-31', date: '2019-10-31', prefix: 'zh-' });
    }
    expect(briefingAsked('2019年3月5日')).toEqual({ key: 'zh-2019-03-05', date: '2019-03-05', prefix: 'zh-' });
    // In characters, as Chinese news writes a date (hunt-C F11: it was "nothing found").
    for (const typed of ['二〇一九年十月三十一日', '二〇一九年十月三十一日例行记者会', '2019年十月三十一日']) {
      expect(briefingAsked(typed), typed).toEqual({ key: 'zh-2019-10-31', date: '2019-10-31', prefix: 'zh-' });
    }
    expect(briefingAsked('二〇一九年三月五日')).toEqual({ key: 'zh-2019-03-05', date: '2019-03-05', prefix: 'zh-' });
    expect(briefingAsked('二〇二〇年一月二十日')).toEqual({ key: 'zh-2020-01-20', date: '2020-01-20', prefix: 'zh-' });
    for (const typed of ['最近一次记者会', '最新记者会', '最近的例行记者会？']) expect(briefingAsked(typed), typed).toEqual({ latest: true });
    // A day with no Chinese page but an English one (the 2026 site's): that one, said (hunt-J #6: "no briefing", and Chinese dates of 2020 offered).
    const held = new Set(['2026-08-10', 'zh-2019-10-31', '2019-10-31']);
    const index = {
      briefingKeyOfLink: () => undefined,
      briefing: (key: string) => (held.has(key) ? ({} as never) : key === '2022-03-08' ? ({ importedFrom: 'cmfa-presscon-v4-ukraine.csv' } as never) : undefined),
    };
    // Held only as a research corpus's pairs, it is no transcript (hunt-K b).
    expect(briefingAsked('2022年3月8日', index)).toMatchObject({ key: '2022-03-08', read: 'No Chinese transcript of 2022-03-08 in the index; its English exchanges of that day, imported from cmfa-presscon-v4-ukraine.csv' });
    expect(briefingAsked('2026年8月10日', index)).toEqual({ key: '2026-08-10', date: '2026-08-10', prefix: '', read: 'No Chinese transcript of 2026-08-10 in the index; its English transcript of that day' });
    expect(briefingAsked('2019年10月31日', index)).toEqual({ key: 'zh-2019-10-31', date: '2019-10-31', prefix: 'zh-' });
    expect(briefingAsked('2026年8月11日', index)).toEqual({ key: 'zh-2026-08-11', date: '2026-08-11', prefix: 'zh-' });
    // A topic beside it, or a day that does not exist, is no briefing asked.
    for (const typed of ['2019年10月31日 华为', '2019年2月30日', '最近一次记者会谈到华为']) expect(briefingAsked(typed), typed).toBeNull();
  });

  it('reads a day without its year as what was said on it, and a date run together as that day (hunt-J #5)', () => {
    for (const typed of ['Aug. 17', 'Aug 17', 'August 17', 'August 10th', 'the 17th of August', '17 August', 'briefing of Aug. 17', 'Aug. 17?']) {
      expect(dayAloneAsked(typed), typed).toBe(`What was said on ${typed.replace(/\?$/, '')}`);
    }
    for (const typed of ['Huawei Aug 17', 'August', 'May', 'Aug 32', '17', 'Huawei August 2019']) expect(dayAloneAsked(typed), typed).toBeNull();
    // A month and its year alone: every answer of it (hunt-K #8: "August 2026" was "2026 or later", "August" searched).
    for (const typed of ['August 2026', 'Aug 2026', 'Aug. 2026']) expect(dayAloneAsked(typed), typed).toBe(`What was said in ${typed}`);
    // In Chinese, as the Chinese framing asks it; a day with its year is a briefing opened (`briefingAsked`), and a topic beside a date is searched.
    for (const [typed, asked] of [['6月4日', '发言人6月4日说了什么'], ['六月四日？', '发言人六月四日说了什么'], ['8月17号', '发言人8月17号说了什么'], ['6月4日的记者会', '发言人6月4日说了什么'], ['6月4日的记者会上', '发言人6月4日说了什么'], ['2019年3月', '发言人2019年3月说了什么'], ['2019年3月份', '发言人2019年3月份说了什么'], ['19年5月', '发言人19年5月说了什么'],
      // What was said (happened) then, and days from one (hunt-M #3, #7: "8月17日说了什么" had been refused as naming no topic).
      ['8月17日说了什么', '发言人8月17日说了什么'], ['8月17日发生了什么', '发言人8月17日说了什么'], ['2019年5月6日至10日', '发言人2019年5月6日至10日说了什么'], ['6月4日以来', '发言人6月4日以来说了什么']]) {
      expect(dayAloneAsked(typed!), typed).toBe(asked);
    }
    for (const typed of ['2019年6月4日', '华为 6月4日', '6月', '十月革命']) expect(dayAloneAsked(typed), typed).toBeNull();
    expect(briefingAsked('20260817')).toEqual({ key: '2026-08-17', date: '2026-08-17', prefix: '' });
    expect(briefingAsked('20260230')).toBeNull();
  });

  it('reads "the last briefing" and what was said at it as the newest, not "last" alone (hunt-J #4)', () => {
    for (const typed of ['last briefing', 'the last press conference', 'What was said at the last briefing?', 'what did the spokesperson say at the latest press conference', 'latest', 'When did the spokesperson last speak?', 'When did the Foreign Ministry last hold a press conference?',
      'When was the last briefing?', 'What happened at the last briefing?', 'What was discussed in the last press conference?', '上一次记者会', '上次记者会']) {
      expect(briefingAsked(typed), typed).toEqual({ latest: true });
    }
    for (const typed of ['last', 'last year', 'the last briefing on Huawei', 'What was said about Huawei at the last briefing?']) expect(briefingAsked(typed), typed).toBeNull();
  });

  it('reads a transcript\'s link alone, however written, as that briefing where the index holds one with it (session 43)', () => {
    const page = 'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1681925.shtml';
    const held = new Map([[linkKey(page)!, '2019-07-18']]);
    const links = { briefingKeyOfLink: (link: string) => { const key = linkKey(link); return key ? held.get(key) : undefined; } };
    for (const typed of [page, `${page}?a=1#top`, page.replace('https://www.fmprc', 'http://mfa'), `<${page}>`, `<${page}|the transcript>`, `briefing ${page}`, `${page} transcript`]) {
      expect(linkAlone(typed), typed).toBe(typed.includes('?a=1') ? `${page}?a=1#top` : typed.includes('http://mfa') ? page.replace('https://www.fmprc', 'http://mfa') : page);
      expect(briefingAsked(typed, links), typed).toEqual({ key: '2019-07-18', date: '2019-07-18', prefix: '' });
    }
    // Another page, a link beside words, or no index to look in: no briefing.
    expect(briefingAsked(page.replace('t1681925', 't1681926'), links)).toBeNull();
    expect(linkAlone(`Huawei ${page}`)).toBeNull();
    expect(briefingAsked(`Huawei ${page}`, links)).toBeNull();
    expect(briefingAsked(page)).toBeNull();
    expect(linkKey('ftp://www.fmprc.gov.cn/x')).toBeNull();
    expect(linkKey('not a link')).toBeNull();
  });

  it('carries how a date that could be read two ways was read, which every front end says above the briefing (review38 #4)', () => {
    const read = '“4/3/2019” read as 4 March 2019, the day first: for April 3, ask 2019-04-03';
    expect(briefingAsked('4/3/2019')).toEqual({ key: '2019-03-04', date: '2019-03-04', prefix: '', read });
    expect(briefingAsked('briefing 11/9/2019')).toMatchObject({ key: '2019-09-11', read: '“11/9/2019” read as 11 September 2019, the day first: for November 9, ask 2019-11-09' });
    expect(dateReadText(briefingAsked('4/3/2019') as { read?: string })).toBe(`${read}.`);
    // Dotted, the same reading and the same words (fix39b).
    expect(briefingAsked('4.3.2019')).toEqual({ key: '2019-03-04', date: '2019-03-04', prefix: '', read: read.replace('4/3/2019', '4.3.2019') });
    // A date only one way can be read says nothing: a part over 12 is the day, the same figure twice is one date, a year first is year, month, day.
    for (const typed of ['13/3/2019', '3/13/2019', '5/5/2019', '13.3.2019', '5.5.2019', '2019/04/03', '2019-04-03', '3 April 2019']) {
      const asked = briefingAsked(typed) as { read?: string };
      expect(asked, typed).not.toHaveProperty('read');
      expect(dateReadText(asked), typed).toBeNull();
    }
    // With no briefing that day, the key is said (never the question typed) with how it was read.
    expect(noBriefingText({ key: '2019-04-06', read: '“6/4/2019” read as 6 April 2019, the day first: for June 4, ask 2019-06-04' }, ['2019-04-04', '2019-04-08'])).toBe(
      'No briefing on 2019-04-06 in the index (“6/4/2019” read as 6 April 2019, the day first: for June 4, ask 2019-06-04). Nearest briefing dates: 2019-04-04, 2019-04-08.',
    );
    expect(noBriefingText({ key: '2019-04-03' }, [])).toBe('No briefing on 2019-04-03 in the index.');
  });

  it('reads "latest", "latest briefing", "most recent briefing" as the newest, and keeps a topic beside either', () => {
    for (const typed of ['latest', 'Latest?', 'the latest briefing', 'most recent briefing', 'newest press conference']) expect(briefingAsked(typed), typed).toEqual({ latest: true });
    for (const typed of ['latest on Huawei', 'Huawei 2019-10-10', 'October 2019', '2019', 'What did the spokesperson say on 2019-10-10?', '2020-02-30', 'February 30, 2020', 'last briefing of Hua Chunying', 'briefing']) {
      expect(briefingAsked(typed), typed).toBeNull();
    }
  });

  it('reads no question of the evaluation sets as a briefing asked', () => {
    const texts = ['eval/queries.json', 'eval/queries-zh.json'].flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { query: string }[]).map((q) => q.query));
    expect(texts.length).toBeGreaterThan(300);
    expect(texts.filter((q) => briefingAsked(q) !== null)).toEqual([]);
  });
});
