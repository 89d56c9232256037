import { describe, expect, it } from 'vitest';
import { chineseDatesAsEnglish } from '../../src/search/chinese-question.js';
import { namedDatesIntent, namedDatesNote } from '../../src/search/month.js';
import { timeIntent } from '../../src/search/query.js';
import { relativeDatesIntent, withEventYears, withExplicitDates } from '../../src/search/relative-dates.js';
import { withoutStoryDays } from '../../src/search/news-story.js';

const today = new Date('2026-11-29T15:00:00Z');

describe('dates said relative to today', () => {
  it('reads this and last year or month as calendar dates, up to today', () => {
    expect(relativeDatesIntent('What did China say about Taiwan last year?', today)).toEqual({
      query: 'What did China say about Taiwan?', words: '2025 (last year)', from: '2025-01-01', to: '2025-12-31',
    });
    expect(relativeDatesIntent('Taiwan this year', today)).toEqual({ query: 'Taiwan', words: '2026 (this year)', from: '2026-01-01', to: '2026-11-29' });
    expect(relativeDatesIntent('Huawei in the current year', today)).toMatchObject({ query: 'Huawei', from: '2026-01-01' });
    expect(relativeDatesIntent('Japan this month', today)).toEqual({ query: 'Japan', words: 'November 2026 (this month)', from: '2026-11-01', to: '2026-11-29' });
    expect(relativeDatesIntent('Japan last month', today)).toEqual({ query: 'Japan', words: 'October 2026 (last month)', from: '2026-10-01', to: '2026-10-31' });
    // January's "last month" is December of the year before.
    expect(relativeDatesIntent('Japan last month', new Date('2027-01-05T00:00:00Z'))).toMatchObject({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('reads "the past year", "the last 6 months", "past two years" as stretches ending today', () => {
    expect(relativeDatesIntent('Huawei in the past year', today)).toEqual({
      query: 'Huawei', words: 'the past year (since 2025-11-29)', from: '2025-11-29', to: '2026-11-29',
    });
    expect(relativeDatesIntent('What has China said about the Philippines over the last 6 months?', today)).toMatchObject({
      query: 'What has China said about the Philippines?', from: '2026-05-29', to: '2026-11-29',
    });
    expect(relativeDatesIntent('Taiwan past two years', today)).toMatchObject({ words: 'the past 2 years (since 2024-11-29)' });
    expect(relativeDatesIntent('Taiwan last 3 months', today)).toMatchObject({ from: '2026-08-29' });
    // The 31st less a month falls on the shorter month's last day.
    expect(relativeDatesIntent('Taiwan in the past month', new Date('2026-03-31T00:00:00Z'))).toMatchObject({ from: '2026-02-28' });
  });

  it('leaves weeks, vague stretches, quoted phrases, an event\'s time and framing alone (explore26t #4, #5)', () => {
    for (const query of [
      'Taiwan this week', 'Taiwan last week', 'Taiwan over the past week', 'Taiwan in the past few months', 'Taiwan recently',
      '"last year" Taiwan', 'And last year?', 'Taiwan in the past 900 years', 'Taiwan in past years', 'Taiwan in past months',
      'the last year of the Trump administration', "Last Year's Olympics", 'Huawei this December',
    ]) expect(relativeDatesIntent(query, today), query).toBeNull();
    // Weeks and vague stretches ask for the latest instead; an event's time is no time of the talk.
    expect(timeIntent('Taiwan in past years')).toEqual({ query: 'Taiwan', latest: true });
    expect(timeIntent('Hong Kong over the past years')).toEqual({ query: 'Hong Kong', latest: true });
    expect(timeIntent('the last year of the Trump administration').latest).toBe(false);
    expect(withEventYears("Last Year's Olympics", today)).toBe("2025's Olympics");
    expect(withEventYears("this year's Boao Forum", today)).toBe("2026's Boao Forum");
    expect(withEventYears("this month's G20 summit", today)).toBe('G20 summit');
  });

  it('reads counted weeks and days, half years, edges, a month of this or last year, and several as one stretch (explore26t #1-#3, #8)', () => {
    expect(relativeDatesIntent('Japan in the past 10 days', today)).toEqual({ query: 'Japan', words: 'the past 10 days (since 2026-11-20)', from: '2026-11-20', to: '2026-11-29' });
    expect(relativeDatesIntent('Taiwan in the past two weeks', today)).toMatchObject({ from: '2026-11-16', to: '2026-11-29' });
    expect(relativeDatesIntent('Huawei in the last year and a half', today)).toMatchObject({ query: 'Huawei', from: '2025-05-29' });
    expect(relativeDatesIntent('Taiwan over the past decade', today)).toEqual({ query: 'Taiwan', words: 'the past decade (since 2016-11-29)', from: '2016-11-29', to: '2026-11-29' });
    expect(relativeDatesIntent('Taiwan in the last decade and a half', today)).toMatchObject({ from: '2011-11-29' });
    expect(relativeDatesIntent('Taiwan since last year', today)).toEqual({ query: 'Taiwan', words: 'since 2025 (last year)', from: '2025-01-01', to: '2026-11-29' });
    expect(relativeDatesIntent('Taiwan until last year', today)).toEqual({ query: 'Taiwan', words: 'until 2025 (last year)', to: '2025-12-31' });
    expect(relativeDatesIntent('Taiwan before last month', today)).toMatchObject({ to: '2026-09-30' });
    expect(relativeDatesIntent('Huawei in March last year', today)).toMatchObject({ query: 'Huawei', from: '2025-03-01', to: '2025-03-31' });
    expect(relativeDatesIntent('Huawei last March', today)).toMatchObject({ from: '2026-03-01', to: '2026-03-31' });
    expect(relativeDatesIntent('Huawei last December', today)).toMatchObject({ from: '2025-12-01', to: '2025-12-31' });
    expect(relativeDatesIntent('Taiwan this year versus last year', today)).toMatchObject({ query: 'Taiwan', words: '2026 (this year) and 2025 (last year)', from: '2025-01-01', to: '2026-11-29' });
    // Round two (explore26r2): the start of the year, earlier/late, the previous year.
    expect(relativeDatesIntent('Japan since the start of the year', today)).toMatchObject({ query: 'Japan', from: '2026-01-01', to: '2026-11-29' });
    expect(relativeDatesIntent('Huawei earlier this year', today)).toMatchObject({ query: 'Huawei', from: '2026-01-01' });
    expect(relativeDatesIntent('Huawei late last year', today)).toMatchObject({ query: 'Huawei', from: '2025-01-01', to: '2025-12-31' });
    expect(relativeDatesIntent('Huawei the previous year', today)).toMatchObject({ query: 'Huawei', from: '2025-01-01', to: '2025-12-31' });
  });

  it('reads a month without its year as its latest, "two years ago" and "the year before last" as calendar dates', () => {
    expect(relativeDatesIntent('What did China say about Taiwan in March?', today)).toEqual({
      query: 'What did China say about Taiwan?', words: 'March 2026 (the latest March)', from: '2026-03-01', to: '2026-03-31',
    });
    // A month yet to come this year is last year's; this month runs to today.
    expect(relativeDatesIntent('Taiwan in December', today)).toMatchObject({ from: '2025-12-01', to: '2025-12-31' });
    expect(relativeDatesIntent('Taiwan in November', today)).toMatchObject({ from: '2026-11-01', to: '2026-11-29' });
    expect(relativeDatesIntent('Hong Kong since July 1', today)).toEqual({ query: 'Hong Kong', words: 'since July 1, 2026 (the latest July 1)', from: '2026-07-01', to: '2026-11-29' });
    expect(relativeDatesIntent('Taiwan before May', today)).toMatchObject({ query: 'Taiwan', to: '2026-04-30' });
    expect(relativeDatesIntent('Taiwan between March and May', today)).toMatchObject({ query: 'Taiwan', from: '2026-03-01', to: '2026-05-31' });
    expect(relativeDatesIntent('Taiwan from October to February', today)).toMatchObject({ words: 'October 2025 to February 2026 (the latest October to February)', from: '2025-10-01', to: '2026-02-28' });
    expect(relativeDatesIntent('Huawei two years ago', today)).toEqual({ query: 'Huawei', words: '2024 (two years ago)', from: '2024-01-01', to: '2024-12-31' });
    expect(relativeDatesIntent('Huawei a month ago', today)).toMatchObject({ words: 'October 2026 (a month ago)', from: '2026-10-01', to: '2026-10-31' });
    expect(relativeDatesIntent('Huawei 3 months ago', today)).toMatchObject({ from: '2026-08-01', to: '2026-08-31' });
    expect(relativeDatesIntent('Taiwan the year before last', today)).toMatchObject({ query: 'Taiwan', words: '2024 (the year before last)', from: '2024-01-01', to: '2024-12-31' });
    expect(relativeDatesIntent('Taiwan since the year before last', today)).toMatchObject({ from: '2024-01-01', to: '2026-11-29' });
    // Not the time of the talk: "may" the verb, a month beside a year (month.ts reads it), a month
    // inside the question or with its day and no edge (an event's date), a month's possessive.
    for (const query of [
      'Taiwan in may', 'Theresa May on Brexit', 'Taiwan in March 2019', "Taiwan's elections in January and the US reaction", 'the March 1 movement',
      "protesters who broke into Hong Kong's legislature on July 1", "Taiwan in March's talks", 'Huawei a years ago', 'And in March?',
    ]) expect(relativeDatesIntent(query, today), query).toBeNull();
  });

  it('reads yesterday and weekdays as days where the question says them of the talk, not of an event', () => {
    // 2026-11-29 is a Sunday.
    expect(relativeDatesIntent('What did China say about Japan yesterday?', today)).toEqual({
      query: 'What did China say about Japan?', words: '2026-11-28 (yesterday)', from: '2026-11-28', to: '2026-11-28',
    });
    expect(relativeDatesIntent('What did the spokesperson say yesterday about Japan?', today)).toMatchObject({ query: 'What did the spokesperson say about Japan?', from: '2026-11-28' });
    expect(relativeDatesIntent('Yesterday, what did China say about Japan?', today)).toMatchObject({ query: 'what did China say about Japan?', from: '2026-11-28' });
    expect(relativeDatesIntent("Japan at yesterday's briefing", today)).toMatchObject({ query: 'Japan', from: '2026-11-28' });
    expect(relativeDatesIntent('Japan the day before yesterday', today)).toMatchObject({ words: '2026-11-27 (the day before yesterday)' });
    expect(relativeDatesIntent('Japan on Monday', today)).toEqual({ query: 'Japan', words: '2026-11-23 (Monday)', from: '2026-11-23', to: '2026-11-23' });
    expect(relativeDatesIntent('Japan on Sunday', today)).toMatchObject({ from: '2026-11-29' });
    expect(relativeDatesIntent('Japan last Sunday', today)).toMatchObject({ from: '2026-11-22' });
    expect(relativeDatesIntent('Japan last Friday', today)).toMatchObject({ words: '2026-11-27 (last Friday)' });
    expect(relativeDatesIntent('Japan on Friday last week', today)).toMatchObject({ words: '2026-11-20 (Friday last week)' });
    expect(relativeDatesIntent('Japan on Friday last week', new Date('2026-11-23T04:00:00Z'))).toMatchObject({ from: '2026-11-20' });
    expect(relativeDatesIntent('the sanctions the US announced yesterday and China\'s reaction', today)).toBeNull();
    expect(relativeDatesIntent('the Sunday Times report on Huawei', today)).toBeNull();
    for (const [typed, english] of [
      ['外交部昨天就台湾说了什么', '外交部 yesterday 就台湾说了什么'], ['前天 日本', 'the day before yesterday 日本'], ['上周五 台湾', 'Friday last week 台湾'],
      ['本周一 日本', 'on Monday 日本'], ['星期天 香港', 'on Sunday 香港'], ['大前天 台湾', 'three days ago 台湾'], ['周恩来', '周恩来'], ['上周 台湾', '上周 台湾'],
    ]) expect(chineseDatesAsEnglish(typed!), typed).toBe(english);
    expect(relativeDatesIntent(chineseDatesAsEnglish('外交部昨天就台湾说了什么'), today)).toMatchObject({ from: '2026-11-28', to: '2026-11-28' });
  });

  it('reads what round three found (explore27t): names, events and edges of days, abbreviations, days of a month', () => {
    const tuesday = new Date('2020-03-17T04:00:00Z');
    // A weekday in a name, or one an event is dated by, even at the question's end (#1, #2).
    for (const query of [
      'What did China say about Black Friday?', 'Super Tuesday', 'What did China say about Bloody Sunday?', 'Sri Lanka bombings on Easter Sunday',
      'a report in the Mail on Sunday?', 'What did China say about the sanctions the US announced yesterday?', 'the sanctions the US announced on Monday?',
      'What did China say about Brexit after May resigned?', 'the UK since May became prime minister', 'Hong Kong after this month',
    ]) expect(relativeDatesIntent(query, tuesday), query).toBeNull();
    // Edges of a day run to today (#3); "after March" said in March is after last March (#4).
    expect(relativeDatesIntent('coronavirus since last Friday', tuesday)).toEqual({ query: 'coronavirus', words: 'since 2020-03-13 (last Friday)', from: '2020-03-13', to: '2020-03-17' });
    expect(relativeDatesIntent('Since Monday, what has China said about Italy?', tuesday)).toMatchObject({ query: 'what has China said about Italy?', from: '2020-03-16', to: '2020-03-17' });
    expect(relativeDatesIntent('Japan the day before yesterday', tuesday)).toMatchObject({ from: '2020-03-15', to: '2020-03-15' });
    expect(relativeDatesIntent('coronavirus after March', tuesday)).toMatchObject({ from: '2019-04-01', to: '2020-03-17' });
    // Abbreviations with a period, ranges at the end without "from" (#6), a month's day kept beside an edge (#8).
    expect(relativeDatesIntent('trade war from Oct. to Feb.', tuesday)).toEqual({
      query: 'trade war', words: 'October 2019 to February 2020 (the latest October to February)', from: '2019-10-01', to: '2020-02-29',
    });
    expect(relativeDatesIntent('Huawei Jan-Mar', tuesday)).toMatchObject({ query: 'Huawei', from: '2020-01-01', to: '2020-03-17' });
    expect(relativeDatesIntent('Huawei after March 5', tuesday)).toMatchObject({ from: '2020-03-06', to: '2020-03-17' });
    expect(relativeDatesIntent('Huawei before the 5th of March', tuesday)).toMatchObject({ to: '2020-03-04' });
    expect(relativeDatesIntent('Italy from March 5 to March 10', tuesday)).toMatchObject({ query: 'Italy', from: '2020-03-05', to: '2020-03-10' });
    expect(relativeDatesIntent('Japan in the past 100 days', tuesday)).toMatchObject({ from: '2019-12-09', to: '2020-03-17' });
    expect(relativeDatesIntent('Taiwan over the past twenty years', tuesday)).toMatchObject({ from: '2000-03-17' });
    expect(relativeDatesIntent('What the spokesperson told reporters yesterday about Pompeo', tuesday)).toMatchObject({ query: 'What the spokesperson told reporters about Pompeo', from: '2020-03-16' });
    expect(relativeDatesIntent('What did China say in April about Pompeo?', tuesday)).toMatchObject({ query: 'What did China say about Pompeo?', from: '2019-04-01', to: '2019-04-30' });
    // Round four (explore27u): an upper edge means this year's day or month, even one yet to come;
    // a capitalised word before a weekday is no name ("Japan Monday"), the listed names are;
    // "after Tuesday" said on a Tuesday is after last Tuesday; May who took office is the person.
    expect(relativeDatesIntent('Huawei until March 31', tuesday)).toEqual({ query: 'Huawei', words: 'until March 31, 2020', to: '2020-03-31' });
    expect(relativeDatesIntent('Huawei before May', tuesday)).toMatchObject({ to: '2020-04-30' });
    expect(relativeDatesIntent('Japan Monday', tuesday)).toMatchObject({ query: 'Japan', from: '2020-03-16', to: '2020-03-16' });
    expect(relativeDatesIntent('black friday', tuesday)).toBeNull();
    expect(relativeDatesIntent('Italy after Tuesday', tuesday)).toMatchObject({ from: '2020-03-11', to: '2020-03-17' });
    expect(relativeDatesIntent('Brexit after May took office', tuesday)).toBeNull();
    expect(relativeDatesIntent('Italy between Monday and Tuesday', tuesday)).toEqual({
      query: 'Italy', words: '2020-03-16 (Monday) to 2020-03-17 (Tuesday)', from: '2020-03-16', to: '2020-03-17',
    });
    expect(relativeDatesIntent('Italy from last Friday to yesterday', tuesday)).toMatchObject({ from: '2020-03-13', to: '2020-03-16' });
    // "after March" said in March is after the March before, and says so without "the latest"; a day no year has is the latest that has it.
    expect(relativeDatesIntent('coronavirus after March', tuesday)).toMatchObject({ words: 'after March 2019', from: '2019-04-01' });
    expect(relativeDatesIntent('Huawei since Feb 29', new Date('2019-06-12T04:00:00Z'))).toMatchObject({ from: '2016-02-29', to: '2019-06-12' });
    expect(relativeDatesIntent("Iran after yesterday's briefing", tuesday)).toMatchObject({ query: 'Iran', from: '2020-03-17' });
    // Chinese: an event's day, the briefing's words with the day (#7), and more readings (#12).
    for (const [typed, english] of [
      ['美国昨天宣布的制裁', '美国昨天宣布的制裁'], ['美国上周五宣布的制裁', '美国上周五宣布的制裁'], ['中方如何回应美国周一宣布的对伊朗制裁', '中方如何回应美国周一宣布的对伊朗制裁'],
      ['昨天的例行记者会上外交部就意大利说了什么', 'yesterday 外交部就意大利说了什么'], ['昨天下午外交部就意大利说了什么', 'yesterday 外交部就意大利说了什么'],
      ['昨天下午的记者会上外交部就意大利说了什么', 'yesterday 外交部就意大利说了什么'], ['自3月以来 意大利', 'since March 意大利'],
      ['两年前 台湾', '2 years ago 台湾'], ['一个月前 台湾', 'a month ago 台湾'], ['3月以来 意大利', 'since March 意大利'],
      // The briefing after a named date goes with it, as after a relative one (fix36 #3).
      ['2019年3月5日的记者会上 华为', 'March 5, 2019 华为'], ['在2019年的记者会上 华为', '华为 in 2019'], ['2019年上半年的发布会上 华为', 'in the first half of 2019 华为'],
    ]) expect(chineseDatesAsEnglish(typed!), typed).toBe(english);
  });

  it('reads a part of a month without its year as the latest such part begun, as a month is (time28)', () => {
    expect(relativeDatesIntent('Huawei in late March', today)).toEqual({
      query: 'Huawei', words: 'late March 2026 (March 21 to 31, the latest late March)', from: '2026-03-21', to: '2026-03-31',
    });
    expect(relativeDatesIntent('What did China say in mid-March about Italy?', today)).toMatchObject({ query: 'What did China say about Italy?', from: '2026-03-11', to: '2026-03-20' });
    expect(relativeDatesIntent('Italy from early March to late May', today)).toMatchObject({ query: 'Italy', from: '2026-03-01', to: '2026-05-31' });
    // Under way, to today; yet to come this month, last year's (as "in December" said in November is).
    const march15 = new Date('2020-03-15T04:00:00Z');
    expect(relativeDatesIntent('coronavirus in mid-March', march15)).toMatchObject({ from: '2020-03-11', to: '2020-03-15' });
    expect(relativeDatesIntent('coronavirus in late March', march15)).toMatchObject({ from: '2019-03-21', to: '2019-03-31' });
    expect(relativeDatesIntent('Japan in early December', today)).toMatchObject({ from: '2025-12-01', to: '2025-12-10' });
    // Edges as a month's: "since" runs to today, "after" one wholly past, "before" this year's.
    expect(relativeDatesIntent('Huawei since late March', today)).toMatchObject({ from: '2026-03-21', to: '2026-11-29' });
    expect(relativeDatesIntent('Japan after late November', today)).toMatchObject({ from: '2025-12-01', to: '2026-11-29' });
    expect(relativeDatesIntent('Japan before early December', today)).toMatchObject({ to: '2026-11-30' });
    // Of this or last year: narrowed too ("late last year" stays the year, whole).
    expect(relativeDatesIntent('Huawei late March last year', today)).toEqual({
      query: 'Huawei', words: 'late March 2025 (March 21 to 31, late March last year)', from: '2025-03-21', to: '2025-03-31',
    });
    expect(relativeDatesIntent('Huawei in early March this year', today)).toMatchObject({ query: 'Huawei', from: '2026-03-01', to: '2026-03-10' });
    expect(relativeDatesIntent('Huawei late last year', today)).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    // Inside a question, an event's time, as a month's is.
    expect(relativeDatesIntent('the late March talks and the US reaction', today)).toBeNull();
  });

  it('reads days of one month written as a wire story writes them, without the year, as a month is: at the end or after "between", "from" (fix42c-2 #1)', () => {
    const latest = { query: 'Hong Kong', words: 'July 1 to July 15, 2026 (the latest July 1 to July 15)', from: '2026-07-01', to: '2026-07-15' };
    for (const question of ['Hong Kong July 1-15', 'Hong Kong July 1–15', 'Hong Kong 1-15 July', 'Hong Kong between July 1 and 15', 'Hong Kong from 1 to 15 July']) {
      expect(relativeDatesIntent(question, today), question).toEqual(latest);
    }
    // Yet to come this year: last year's, as a month's day is.
    expect(relativeDatesIntent('Japan December 1-15', today)).toMatchObject({ from: '2025-12-01', to: '2025-12-15' });
    // Inside a question, with no word of time, an event's days, as "on July 1" is.
    expect(relativeDatesIntent('the July 1-15 protests in Hong Kong', today)).toBeNull();
  });

  it('reads a day of a month without its year as the talk\'s latest such day at the question\'s end, or after a word of speaking', () => {
    // Searched as words, "Huawei March 5" found a Long March-5 rocket.
    const latest = { query: 'Huawei', words: 'March 5, 2026 (the latest March 5)', from: '2026-03-05', to: '2026-03-05' };
    for (const question of ['Huawei March 5', 'Huawei 5 March', 'Huawei, March 5', 'Huawei the 5th of March', 'Huawei Mar. 5']) {
      expect(relativeDatesIntent(question, today), question).toEqual(latest);
    }
    expect(relativeDatesIntent('What did the spokesperson say on 5 March about Huawei?', today)).toEqual({ ...latest, query: 'What did the spokesperson say about Huawei?' });
    // Yet to come this year: last year's.
    expect(relativeDatesIntent('Japan December 25', today)).toMatchObject({ query: 'Japan', from: '2025-12-25', to: '2025-12-25' });
    // After "on" or inside the question it is an event's date; alone it is no question; a month alone there is left too.
    for (const question of ["protesters who broke into Hong Kong's legislature on July 1", 'the March 1 movement in Korea', 'March 5', 'Huawei on March 5', 'Huawei March']) {
      expect(relativeDatesIntent(question, today), question).toBeNull();
    }
  });

  it('reads a day of a month without its year as each such day the index holds a briefing of, where it holds some (hunt-A #1)', () => {
    const held = ['2018-06-04', '2019-06-04', '2020-06-04'];
    const heldDays = (monthDay: string): readonly string[] => held.filter((d) => d.endsWith(monthDay));
    // "June 4" is an anniversary's name too: read as June 4, 2026, of which the index held none, nothing was found.
    expect(relativeDatesIntent('Tiananmen anniversary June 4', today, heldDays)).toEqual({
      query: 'Tiananmen anniversary', words: 'June 4, 2018 to 2020 (each June 4 the index holds a briefing of)', from: '2018-06-04', to: '2020-06-04', days: held,
    });
    // One such day held: that one, a day like any other.
    expect(relativeDatesIntent('Huawei June 4', today, (monthDay) => heldDays(monthDay).slice(1, 2))).toEqual({
      query: 'Huawei', words: 'June 4, 2019 (the latest June 4 the index holds a briefing of)', from: '2019-06-04', to: '2019-06-04',
    });
    // None held: the latest, as before, and said (hunt-K #9: "October 1" read 2026-10-01, after the index ends, as if one were held); nor is a day yet to come this year counted.
    expect(relativeDatesIntent('Huawei March 5', today, heldDays)).toMatchObject({ words: 'March 5, 2026 (the latest March 5; no briefing the index holds is of any March 5)' });
    expect(relativeDatesIntent('Huawei March 5', today)).toMatchObject({ words: 'March 5, 2026 (the latest March 5)' });
    expect(relativeDatesIntent('Huawei June 4', new Date('2019-06-01T04:00:00Z'), heldDays)).toEqual({ query: 'Huawei', words: 'June 4, 2018 (the latest June 4)', from: '2018-06-04', to: '2018-06-04' });
    // In Chinese (6月4日, 六月四日, 8月17号), read as the English at the question's end; searched, they were characters and numbers.
    expect(relativeDatesIntent(chineseDatesAsEnglish('华为 6月4日'), today, heldDays)).toEqual({ query: '华为', words: 'June 4, 2018 to 2020 (each June 4 the index holds a briefing of)', from: '2018-06-04', to: '2020-06-04', days: held });
    expect(chineseDatesAsEnglish('发言人六月四日说了什么')).toBe('发言人 说了什么 June 4');
    expect(chineseDatesAsEnglish('耿爽8月17号的记者会')).toBe('耿爽 August 17');
    // A news lede's date, a pasted question's, an event's, two days, a day with a word it is "around", and no day at all are not (hunt-M #2).
    for (const typed of ['6月18日，日本关西地区发生地震', '据报道，6月4日美国国务卿发表声明，中方有何回应？', '美国国务卿6月4日发表声明，中方有何回应？', '6月4日的事件', '6月4日和7月1日', '6月4日前后', '13月4日']) {
      expect(chineseDatesAsEnglish(typed), typed).toBe(typed);
    }
    // An edge or a range of days is read whole, where the first day had been read alone and the rest searched (hunt-M #4).
    expect(chineseDatesAsEnglish('6月4日以来 香港')).toBe('since June 4 香港');
    expect(chineseDatesAsEnglish('华为 6月4日至6日')).toBe('华为 between June 4 and June 6');
    expect(chineseDatesAsEnglish('6月4日到7月1日 香港')).toBe('between June 4 and July 1 香港');
    expect(relativeDatesIntent(chineseDatesAsEnglish('华为 6月4日至6日'), today)).toMatchObject({ query: '华为', from: '2026-06-04', to: '2026-06-06' });
    expect(chineseDatesAsEnglish('2019年6月4日')).toBe('June 4, 2019');
    // A year of two digits before a month, as news shortens it (hunt-H): not "for 19 years", nor a number that is no year of the briefings.
    for (const [typed, english] of [['华为 19年5月', '华为 May 2019'], ['20年三月份', 'March 2020'], ['98年5月', 'May 1998'], ['19年来', '19年来'], ['45年5月', '45年5月']]) {
      expect(chineseDatesAsEnglish(typed!), typed).toBe(english);
    }
  });

  it('reads this season, two months in a row, "yesterday and today" and days ago (time28)', () => {
    expect(relativeDatesIntent('Huawei this summer', today)).toEqual({
      query: 'Huawei', words: 'summer 2026 (this summer, June to August)', from: '2026-06-01', to: '2026-08-31',
    });
    expect(relativeDatesIntent('Huawei earlier this spring', today)).toMatchObject({ query: 'Huawei', from: '2026-03-01', to: '2026-05-31' });
    // Under way, to today; yet to begin, not read, as "this December" said in November is not; winter spans two years.
    expect(relativeDatesIntent('Huawei this autumn', today)).toMatchObject({ from: '2026-09-01', to: '2026-11-29' });
    const april = new Date('2026-04-15T04:00:00Z');
    expect(relativeDatesIntent('Huawei this spring', april)).toMatchObject({ from: '2026-03-01', to: '2026-04-15' });
    for (const query of ['Huawei this summer', 'Huawei this winter', "this summer's Olympics in Paris"]) expect(relativeDatesIntent(query, april), query).toBeNull();
    // Two months in a row at the question's end: the latest, as one month is; two apart are not read, as two years apart are not.
    expect(relativeDatesIntent('Taiwan in June and July', today)).toEqual({
      query: 'Taiwan', words: 'June to July 2026 (the latest June to July)', from: '2026-06-01', to: '2026-07-31',
    });
    expect(relativeDatesIntent('Taiwan in December and January', today)).toMatchObject({ from: '2025-12-01', to: '2026-01-31' });
    expect(relativeDatesIntent('Taiwan in March and May', today)).toBeNull();
    expect(relativeDatesIntent("Taiwan's elections in January and February's protests", today)).toBeNull();
    // 2026-11-29 is a Sunday: yesterday's briefing to today's.
    expect(relativeDatesIntent('Japan yesterday and today', today)).toEqual({
      query: 'Japan', words: '2026-11-28 to 2026-11-29 (yesterday and today)', from: '2026-11-28', to: '2026-11-29',
    });
    expect(relativeDatesIntent('Yesterday and today, what did China say about Japan?', today)).toMatchObject({ query: 'what did China say about Japan?', from: '2026-11-28', to: '2026-11-29' });
    expect(relativeDatesIntent('Japan between yesterday and today', today)).toMatchObject({ query: 'Japan', from: '2026-11-28', to: '2026-11-29' });
    expect(relativeDatesIntent('Japan three days ago', today)).toEqual({ query: 'Japan', words: '2026-11-26 (three days ago)', from: '2026-11-26', to: '2026-11-26' });
    expect(relativeDatesIntent('the sanctions announced three days ago', today)).toBeNull();
  });

  it('reads more Chinese time words (time28): 大前天, 前两天, 上周5, 2019年夏天, 3月份, 十二月以来, 半年前, and not 两年前的G20峰会', () => {
    for (const [typed, english] of [
      ['大前天外交部就台湾说了什么', 'three days ago 外交部就台湾说了什么'], ['昨天和今天 日本', 'yesterday and today 日本'],
      ['前两天 台湾', 'from three days ago to yesterday 台湾'], ['提前两天通知', '提前两天通知'], ['会前两天 台湾', '会前两天 台湾'],
      ['上周5 台湾', 'Friday last week 台湾'], ['周7 台湾', 'on Sunday 台湾'], ['上周5天', '上周5天'],
      ['2019年夏天 香港', 'in the summer of 2019 香港'], ['2019年冬天 香港', '2019 冬天 香港'],
      ['三月份 华为', 'in March 华为'], ['华为3月份', '华为 in March'], ['十二月份 华为', 'in December 华为'], ['十月革命', '十月革命'],
      ['十二月以来 华为', 'since December 华为'], ['半年前 台湾', '6 months ago 台湾'], ['去年三月份 华为', 'March last year 华为'],
      // An event noun after 的 dates the event, not the talk; the briefing's words go with the time.
      ['两年前的G20峰会', '两年前的G20峰会'], ['3月份的G20峰会', '3月份的G20峰会'], ['台湾 两年前', '台湾 2 years ago'], ['两年前的记者会上 台湾', '2 years ago 台湾'],
    ]) expect(chineseDatesAsEnglish(typed!), typed).toBe(english);
    const read = (typed: string): ReturnType<typeof relativeDatesIntent> => relativeDatesIntent(chineseDatesAsEnglish(typed), today);
    // 2026-11-29 is a Sunday: 前两天 is the three days before it, Thursday to Saturday.
    expect(read('大前天 台湾')).toEqual({ query: '台湾', words: '2026-11-26 (three days ago)', from: '2026-11-26', to: '2026-11-26' });
    expect(read('前两天外交部就台湾说了什么')).toMatchObject({ query: '外交部就台湾说了什么', from: '2026-11-26', to: '2026-11-28' });
    expect(read('昨天和今天 日本')).toMatchObject({ query: '日本', from: '2026-11-28', to: '2026-11-29' });
    expect(read('上周5 台湾')).toMatchObject({ from: '2026-11-20', to: '2026-11-20' });
    expect(read('三月份 华为')).toMatchObject({ query: '华为', from: '2026-03-01', to: '2026-03-31' });
    expect(read('十二月以来 华为')).toMatchObject({ query: '华为', from: '2025-12-01', to: '2026-11-29' });
    expect(read('半年前 台湾')).toMatchObject({ query: '台湾', words: 'May 2026 (6 months ago)', from: '2026-05-01', to: '2026-05-31' });
    expect(read('两年前 台湾')).toMatchObject({ from: '2024-01-01', to: '2024-12-31' });
    expect(read('两年前的G20峰会')).toBeNull();
    expect(namedDatesIntent(chineseDatesAsEnglish('2019年夏天 香港'))).toMatchObject({ query: '香港', from: '2019-06-01', to: '2019-08-31' });
  });

  it('writes relative years as dates beside a named year, so that edges and ranges read the whole (explore26r2 #1)', () => {
    expect(withExplicitDates('Hong Kong from 2020 until this year', today)).toBe('Hong Kong from 2020 until 2026');
    expect(withExplicitDates('Huawei from March 2019 to last month', today)).toBe('Huawei from March 2019 to October 2026');
    expect(withExplicitDates('Huawei this year', today)).toBeNull();
    // Two stretches, not one range: each is read on its own, and the engine takes the span of both (time28).
    expect(withExplicitDates('Huawei in March 2019 and last year', today)).toBeNull();
    expect(relativeDatesIntent('Huawei in March 2019 and last year', today)).toMatchObject({ query: 'Huawei in March 2019 and', words: '2025 (last year)' });
    expect(namedDatesIntent('Huawei in March 2019 and')).toMatchObject({ query: 'Huawei and', from: '2019-03-01', to: '2019-03-31' });
    expect(namedDatesIntent(withExplicitDates('Huawei between 2018 and this year', today)!)).toMatchObject({ query: 'Huawei', from: '2018-01-01', to: '2026-12-31' });
  });

  it('counts today in Beijing, where the Ministry dates its briefings', () => {
    // 20:00 UTC on 31 December is already 1 January in Beijing.
    expect(relativeDatesIntent('Taiwan this year', new Date('2020-12-31T20:00:00Z'))).toMatchObject({ from: '2021-01-01', to: '2021-01-01' });
  });

  it('reads the Chinese words for them the same way, and what is left still asks for the latest', () => {
    for (const [typed, english] of [
      ['过去半年 华为', 'the past 6 months 华为'], ['近三年 华为', 'the past 3 years 华为'], ['最近一年 华为', 'the past year 华为'],
      ['过去12个月 华为', 'the past 12 months 华为'], ['本年度 华为', 'this year 华为'], ['今年3月 华为', 'March this year 华为'],
      ['去年以来 华为', 'since last year 华为'], ['2019年至2020年 香港', 'between 2019 and 2020 香港'], ['从2019年到2020年 华为', 'between 2019 and 2020 华为'],
      ['2019年3月至5月 朝鲜', 'between March 2019 and May 2019 朝鲜'], ['自2019年以来 华为', 'since 2019 华为'], ['将近三年 华为', '将近三年 华为'],
      ['2019年6月以来 香港', 'since June 2019 香港'], ['自2019年6月起 香港', 'since June 2019 香港'], ['2019年3月之前 朝鲜', 'before March 2019 朝鲜'],
      ['2020年上半年 新冠', 'in the first half of 2020 新冠'], ['2019年底 香港', 'in late 2019 香港'], ['两年来 华为', 'the past 2 years 华为'],
      ['这两年 华为', 'the past 2 years 华为'], ['改革开放40年来 中国', '改革开放40年来 中国'], ['今年的G20峰会', "this year's G20峰会"],
      ['2019年前 朝鲜', 'before 2019 朝鲜'], ['2019年后 朝鲜', 'after 2019 朝鲜'], ['2019年前往北京', '2019 前往北京'], ['今年年初 中美', 'this year 中美'], ['去年底 台湾', 'last year 台湾'],
      ['前年 台湾', 'the year before last 台湾'], ['前年以来 香港', 'since the year before last 香港'], ['前年3月 华为', '前年3月 华为'], ['大前年 台湾', '大前年 台湾'],
    ]) expect(chineseDatesAsEnglish(typed!), typed).toBe(english);
    const chinese = chineseDatesAsEnglish('去年 台湾');
    expect(relativeDatesIntent(chinese, today)).toMatchObject({ query: '台湾', from: '2025-01-01', to: '2025-12-31' });
    expect(relativeDatesIntent(chineseDatesAsEnglish('台湾 上个月'), today)).toMatchObject({ from: '2026-10-01' });
    // Weeks still ask for the latest, as issue 8 has it; not 上周 of 上周五, which dates an event (explore27u #5).
    expect(timeIntent('台湾 本周').latest).toBe(true);
    expect(timeIntent('美国上周五宣布的制裁')).toEqual({ query: '美国上周五宣布的制裁', latest: false });
  });

  it('leaves the day a pasted news story was said on to the story, and reads a question\'s (fix36 #1)', () => {
    // Read as last Wednesday, the Slack shortcut on this lede found nothing; the story's Wednesday is of June 2020.
    const lede = 'NEW DELHI (PTI) - China said on Wednesday the Galwan Valley is on its side of the Line of Actual Control, days after a deadly clash in eastern Ladakh.';
    // Its dateline is the wire's, not the question: left out, and said (explore36 M2: "none of them says “Reuters”").
    expect(withoutStoryDays(lede)).toEqual({
      text: 'China said the Galwan Valley is on its side of the Line of Actual Control, days after a deadly clash in eastern Ladakh.', days: ['on Wednesday'], dateline: 'NEW DELHI (PTI) -',
    });
    expect(withoutStoryDays('NAIROBI (Reuters) - China dismissed claims of a debt trap.')).toEqual({ text: 'China dismissed claims of a debt trap.', days: [], dateline: 'NAIROBI (Reuters) -' });
    expect(withoutStoryDays('China on Wednesday urged India to pull back its troops.')).toEqual({ text: 'China urged India to pull back its troops.', days: ['on Wednesday'] });
    expect(withoutStoryDays('The ministry told reporters yesterday that the talks went well')).toMatchObject({ days: ['yesterday'] });
    // A name in capitals and its words in brackets opens a question, not a wire story (review37 #4: "names no topic").
    expect(withoutStoryDays('THAAD (Terminal High Altitude Area Defense): what did China say?')).toEqual({ text: 'THAAD (Terminal High Altitude Area Defense): what did China say?', days: [] });
    expect(withoutStoryDays('WASHINGTON (AP) - China said on Monday …')).toMatchObject({ dateline: 'WASHINGTON (AP) -' });
    // A dateline makes every day the story's, beside a word of reporting or not.
    expect(withoutStoryDays('BEIJING (Reuters) - China warned the US on Monday.')).toEqual({ text: 'China warned the US.', days: ['on Monday'], dateline: 'BEIJING (Reuters) -' });
    // Of a pasted story and a question, each sentence is read on its own.
    expect(withoutStoryDays('India said on Monday the border was calm. What did China say on Tuesday?')).toEqual({
      text: 'India said the border was calm. What did China say on Tuesday?', days: ['on Monday'],
    });
    // A question asks: its day is read, as before.
    for (const asked of [
      'What did China say on Wednesday?', 'What the spokesperson told reporters yesterday about Pompeo', 'Tell me what China said on Monday about Japan',
      'Did Hua say yesterday anything on Japan', 'Japan on Monday', 'Since Monday, what has China said about Italy?',
    ]) expect(withoutStoryDays(asked), asked).toEqual({ text: asked, days: [] });
    expect(relativeDatesIntent('What did China say on Wednesday?', today)).toMatchObject({ from: '2026-11-25', to: '2026-11-25' });
  });

  it('reads the whole sentence a story\'s day stands in, which "U.S.", "U.K." or "Mr." does not end (fix37c #3)', () => {
    // Cut after "U.S.", the sentence read "will hold …, … said on Thursday", which asks as "Will …?" does: the story's Thursday was searched as last Thursday.
    for (const [lede, day] of [
      ['China and the U.S. will hold a new round of trade talks in Washington next month, China\'s foreign ministry said on Thursday.', 'on Thursday'],
      ['China and the U.K. have agreed to restart their economic and financial dialogue, the foreign ministry said on Tuesday.', 'on Tuesday'],
    ]) {
      expect(withoutStoryDays(lede!), lede).toEqual({ text: lede!.replace(` ${day}`, ''), days: [day] });
      expect(relativeDatesIntent(withoutStoryDays(lede!).text, today), lede).toBeNull();
    }
    // Cut after "Mr.", the question's "what" was left out of its sentence, and after "U.S." its question mark: each asks, and its day is read.
    for (const asked of ['Tell me what Mr. Zhao said on Monday about Japan', 'China said on Monday that the U.S. must stop arms sales to Taiwan?']) {
      expect(withoutStoryDays(asked), asked).toEqual({ text: asked, days: [] });
    }
  });

  it('is said as read, in the answer', () => {
    expect(namedDatesNote('2025 (last year)')).toBe('only the briefings of 2025 (last year), as your question asks');
    expect(namedDatesNote('the past year (since 2025-11-29)')).toBe('only the briefings of the past year (since 2025-11-29), as your question asks');
  });
});
