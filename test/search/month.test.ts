import { describe, expect, it } from 'vitest';
import { chineseDatesAsEnglish } from '../../src/search/chinese-question.js';
import { monthIntent, namedDatesIntent, namedDatesNote } from '../../src/search/month.js';

describe('a month named in a question', () => {
  it('is read as the dates of that month, and its words are not searched', () => {
    expect(monthIntent('What did China say about Huawei in March 2019?')).toEqual({
      query: 'What did China say about Huawei?', words: 'March 2019', from: '2019-03-01', to: '2019-03-31',
    });
    expect(monthIntent('Abe visit October, 2018')).toMatchObject({ query: 'Abe visit', from: '2018-10-01', to: '2018-10-31' });
    expect(monthIntent('the talks of Sept. 2019')).toMatchObject({ from: '2019-09-01', to: '2019-09-30' });
    expect(monthIntent('coronavirus during February of 2020')).toMatchObject({ query: 'coronavirus', from: '2020-02-01', to: '2020-02-29' });
    expect(monthIntent('trade war in feb 2019')).toMatchObject({ to: '2019-02-28' });
  });

  it('reads a day with it as its month, as 2019年3月5日 is (explore26t #1), keeping the day, whose answers come first (explore31 #17)', () => {
    for (const query of ['Taiwan on 5 March 2019', 'Taiwan on March 5, 2019', 'Taiwan 5th of March 2019', 'Taiwan on 2019-03-05']) {
      expect(namedDatesIntent(query), query).toEqual({ query: 'Taiwan', words: 'March 2019', from: '2019-03-01', to: '2019-03-31', day: '2019-03-05' });
    }
    expect(namedDatesIntent('Taiwan in March 2019')).toEqual({ query: 'Taiwan', words: 'March 2019', from: '2019-03-01', to: '2019-03-31' });
    // Beside an edge word, the day itself (explore27t #8): "after March 5" is not from April.
    expect(namedDatesIntent('Huawei since 2019-03-05')).toEqual({ query: 'Huawei', words: 'since March 5, 2019', from: '2019-03-05' });
    expect(namedDatesIntent('Huawei after March 5, 2019')).toEqual({ query: 'Huawei', words: 'after March 5, 2019', from: '2019-03-06' });
    expect(namedDatesIntent('Huawei before the 5th of March 2019')).toMatchObject({ query: 'Huawei', to: '2019-03-04' });
    expect(namedDatesIntent('Huawei between March 5, 2019 and May 10, 2019')).toMatchObject({ from: '2019-03-05', to: '2019-05-10' });
    // Filter syntax typed where no filters are read (Discord's /timeline topic) is no date of the talk (explore26s #3).
    expect(namedDatesIntent('Huawei from:2019-01-01')).toBeNull();
    // A day that does not exist is no date (explore26r2 #11).
    expect(namedDatesIntent('Coronavirus 2019-02-30')).toBeNull();
  });

  it('reads two years compared as both, the only years of the question (explore31 #20)', () => {
    for (const query of ['Huawei 2018 vs 2020', 'Huawei 2018 vs. 2020', 'Huawei in 2018 versus 2020', 'Huawei in 2018 compared with 2020', 'Huawei 2020 compared to 2018', 'Huawei in 2018 vs in 2020']) {
      expect(namedDatesIntent(query), query).toEqual({ query: 'Huawei', words: '2018 and 2020', from: '2018-01-01', to: '2020-12-31', years: ['2018', '2020'] });
    }
    // A third year, or nothing beside them: not read.
    expect(namedDatesIntent('Huawei 2018 vs 2020 and 2022')).toBeNull();
    expect(namedDatesIntent('2018 vs 2020')).toBeNull();
  });

  it('reads months of one year as one stretch, and "ever since" as since (explore26r2 #4, #6)', () => {
    for (const query of ['Hong Kong June to August 2019', 'Hong Kong between June and August 2019', 'Hong Kong from June to August 2019', 'Hong Kong June-August 2019']) {
      expect(namedDatesIntent(query), query).toEqual({ query: 'Hong Kong', words: 'between June and August 2019', from: '2019-06-01', to: '2019-08-31' });
    }
    expect(namedDatesIntent('Hong Kong ever since 2019')).toEqual({ query: 'Hong Kong', words: 'since 2019', from: '2019-01-01' });
  });

  it('reads a part of a year after a word of time, and two years joined by a dash (explore26r2 #9)', () => {
    expect(namedDatesIntent('Coronavirus in early 2020')).toEqual({ query: 'Coronavirus', words: 'early 2020 (January to April)', from: '2020-01-01', to: '2020-04-30' });
    expect(namedDatesIntent('Hong Kong in mid-2019')).toMatchObject({ from: '2019-05-01', to: '2019-08-31' });
    expect(namedDatesIntent('Taiwan in late 2019')).toMatchObject({ from: '2019-09-01', to: '2019-12-31' });
    expect(namedDatesIntent('Hong Kong in the second half of 2019')).toMatchObject({ from: '2019-07-01', to: '2019-12-31' });
    expect(namedDatesIntent('Taiwan in Q1 2020')).toMatchObject({ query: 'Taiwan', from: '2020-01-01', to: '2020-03-31' });
    expect(namedDatesIntent('Taiwan in the third quarter of 2019')).toMatchObject({ from: '2019-07-01', to: '2019-09-30' });
    expect(namedDatesIntent('Hong Kong since mid-2019')).toEqual({ query: 'Hong Kong', words: 'since mid 2019 (May to August)', from: '2019-05-01' });
    expect(namedDatesNote('early 2020 (January to April)')).toBe('only the briefings of early 2020 (January to April), as your question asks');
    // Seasons, but not winter (which spans two years).
    expect(namedDatesIntent('Hong Kong in the summer of 2019')).toEqual({ query: 'Hong Kong', words: 'summer of 2019 (June to August)', from: '2019-06-01', to: '2019-08-31' });
    expect(namedDatesIntent('Huawei in spring 2020')).toMatchObject({ from: '2020-03-01', to: '2020-05-31' });
    expect(namedDatesIntent('Huawei since the fall of 2019')).toMatchObject({ query: 'Huawei', from: '2019-09-01' });
    expect(namedDatesIntent('Huawei in autumn 2019')).toMatchObject({ from: '2019-09-01', to: '2019-11-30' });
    expect(namedDatesIntent('Hong Kong in winter 2019')).toBeNull();
    // At the question's end, as a year is, with no word of time (explore27t #9).
    expect(namedDatesIntent('Hong Kong mid-2019')).toMatchObject({ query: 'Hong Kong', from: '2019-05-01', to: '2019-08-31' });
    expect(namedDatesIntent('Hong Kong Q1 2020')).toMatchObject({ from: '2020-01-01', to: '2020-03-31' });
    expect(namedDatesIntent('Hong Kong the first half of 2020')).toMatchObject({ from: '2020-01-01', to: '2020-06-30' });
    // Halves written short, or without "the" (time28).
    expect(namedDatesIntent('Huawei H1 2020')).toEqual({ query: 'Huawei', words: 'H1 2020 (January to June)', from: '2020-01-01', to: '2020-06-30' });
    expect(namedDatesIntent('Huawei in H2 2019')).toMatchObject({ query: 'Huawei', from: '2019-07-01', to: '2019-12-31' });
    expect(namedDatesIntent('Huawei first half of 2020')).toMatchObject({ query: 'Huawei', from: '2020-01-01', to: '2020-06-30' });
    expect(namedDatesIntent('Huawei in second half of 2019')).toMatchObject({ query: 'Huawei', from: '2019-07-01', to: '2019-12-31' });
    expect(namedDatesIntent('the H1N1 flu in 2009')).toMatchObject({ query: 'the H1N1 flu', from: '2009-01-01', to: '2009-12-31' });
    // Not a season there: names (explore27u #3, #4).
    for (const query of ['Prague Spring 2018', 'Arab Spring 2011', 'Hong Kong between spring and autumn 2019', 'Tokyo Summer 2020']) expect(namedDatesIntent(query), query).toBeNull();
    expect(namedDatesIntent('Hong Kong summer of 2019')).toMatchObject({ query: 'Hong Kong', from: '2019-06-01', to: '2019-08-31' });
    // An event's time: no word of time before it.
    expect(namedDatesIntent('Taiwan early 2020 elections')).toBeNull();
    expect(namedDatesIntent('the summer 2019 protests in Hong Kong')).toBeNull();
    expect(namedDatesIntent('Huawei 2019-2020')).toEqual({ query: 'Huawei', words: 'between 2019 and 2020', from: '2019-01-01', to: '2020-12-31' });
    expect(namedDatesIntent('the 2019-nCoV outbreak')).toBeNull();
    // Two years in a row at the end (explore27w #3); two apart are those two years (explore33b W4: rule 4 dropped the first unsaid).
    expect(namedDatesIntent('Taiwan in 2022 and 2023')).toEqual({ query: 'Taiwan', words: 'between 2022 and 2023', from: '2022-01-01', to: '2023-12-31' });
    expect(namedDatesIntent('Taiwan in 2019 and 2022')).toEqual({ query: 'Taiwan', words: '2019 and 2022', from: '2019-01-01', to: '2022-12-31', years: ['2019', '2022'] });
    // Days of one year, the year written once (explore27u N6).
    expect(namedDatesIntent('Huawei from March 5 to May 10, 2019')).toEqual({ query: 'Huawei', words: 'between March 5 and May 10, 2019', from: '2019-03-05', to: '2019-05-10' });
  });

  it('reads a part of a month as its days: early 1st-10th, mid 11th-20th, late 21st to the end (time28)', () => {
    expect(namedDatesIntent('Huawei in early March 2019')).toEqual({ query: 'Huawei', words: 'early March 2019 (March 1 to 10)', from: '2019-03-01', to: '2019-03-10' });
    expect(namedDatesIntent('Huawei mid-March 2019')).toMatchObject({ query: 'Huawei', from: '2019-03-11', to: '2019-03-20' });
    expect(namedDatesIntent('Huawei in late February 2020')).toMatchObject({ query: 'Huawei', words: 'late February 2020 (February 21 to 29)', from: '2020-02-21', to: '2020-02-29' });
    // Beside an edge word, the part's first or last day; as the ends of a range, both.
    expect(namedDatesIntent('Huawei since mid-March 2019')).toEqual({ query: 'Huawei', words: 'since mid-March 2019', from: '2019-03-11' });
    expect(namedDatesIntent('Huawei before early March 2019')).toMatchObject({ query: 'Huawei', to: '2019-02-28' });
    expect(namedDatesIntent('Huawei from early March to late May 2019')).toMatchObject({ query: 'Huawei', from: '2019-03-01', to: '2019-05-31' });
    expect(namedDatesIntent('Huawei between mid-March and mid-April 2019')).toMatchObject({ from: '2019-03-11', to: '2019-04-20' });
    // "late" before a year alone is a part of the year, as before.
    expect(namedDatesIntent('Taiwan in late 2019')).toMatchObject({ from: '2019-09-01', to: '2019-12-31' });
  });

  it('reads days of one month written as a wire story writes them as their range, said as the other ranges are (fix42c-2 #1)', () => {
    const range = { query: 'Hong Kong', words: 'between July 1 and July 15, 2019', from: '2019-07-01', to: '2019-07-15' };
    for (const question of [
      'Hong Kong July 1-15, 2019', 'Hong Kong July 1–15, 2019', 'Hong Kong July 1 - 15 2019', 'Hong Kong Jul. 1st-15th, 2019',
      'Hong Kong 1-15 July 2019', 'Hong Kong the 1st-15th of July, 2019', 'Hong Kong on July 1-15, 2019', 'Hong Kong in 1-15 July 2019',
      'Hong Kong between July 1 and 15, 2019', 'Hong Kong from July 1 to 15, 2019', 'Hong Kong between 1 and 15 July 2019', 'Hong Kong from the 1st to the 15th of July 2019',
    ]) expect(namedDatesIntent(question), question).toEqual(range);
    expect(namedDatesIntent('Huawei March 3-5 2019')).toMatchObject({ query: 'Huawei', from: '2019-03-03', to: '2019-03-05' });
    expect(namedDatesIntent('Huawei from February 20-29, 2020')).toMatchObject({ from: '2020-02-20', to: '2020-02-29' });
    // Across two months, the first with its day after it: both ends, not the second's month alone.
    for (const question of ['Huawei March 30-April 2, 2019', 'Huawei March 30 – April 2, 2019', 'Huawei 30 March-2 April 2019']) {
      expect(namedDatesIntent(question), question).toEqual({ query: 'Huawei', words: 'between March 30 and April 2, 2019', from: '2019-03-30', to: '2019-04-02' });
    }
    // A day the month lacks, or a first day not before the last: no range (the year stays rule 4 of gate.ts).
    for (const question of ['Huawei February 20-30, 2020', 'Huawei February 20-29, 2019', 'Huawei July 15-1, 2019', 'Huawei between July 1 and 15 May 2019']) {
      expect(namedDatesIntent(question), question).toBeNull();
    }
    // Without its year, left to relative-dates.ts; the day written before the month is read as before.
    expect(namedDatesIntent('Hong Kong July 1-15')).toBeNull();
    expect(namedDatesIntent('Hong Kong on 15 July 2019')).toMatchObject({ from: '2019-07-01', to: '2019-07-31', day: '2019-07-15' });
  });

  it('reads a week of a month as its days: the first 1st-7th, the second 8th-14th, the third 15th-21st, the fourth 22nd-28th, the last its last 7 (fix42c-2 #2)', () => {
    expect(namedDatesIntent('Hong Kong in the first week of July 2019')).toEqual({
      query: 'Hong Kong', words: 'the first week of July 2019 (July 1 to 7)', from: '2019-07-01', to: '2019-07-07',
    });
    expect(namedDatesIntent('Hong Kong the second week of July 2019')).toMatchObject({ query: 'Hong Kong', from: '2019-07-08', to: '2019-07-14' });
    expect(namedDatesIntent('Hong Kong during the third week of July 2019')).toMatchObject({ query: 'Hong Kong', from: '2019-07-15', to: '2019-07-21' });
    expect(namedDatesIntent('Hong Kong in the fourth week of July 2019')).toMatchObject({ query: 'Hong Kong', from: '2019-07-22', to: '2019-07-28' });
    expect(namedDatesIntent('Hong Kong in the last week of July 2019')).toMatchObject({ words: 'the last week of July 2019 (July 25 to 31)', from: '2019-07-25', to: '2019-07-31' });
    expect(namedDatesIntent('Huawei in the last week of February 2020')).toMatchObject({ from: '2020-02-23', to: '2020-02-29' });
    // Beside an edge word, its first or last day; as the ends of a range, both, as a part of a month's.
    expect(namedDatesIntent('Huawei since the second week of March 2019')).toEqual({ query: 'Huawei', words: 'since the second week of March 2019', from: '2019-03-08' });
    expect(namedDatesIntent('Huawei before the first week of March 2019')).toMatchObject({ query: 'Huawei', to: '2019-02-28' });
    expect(namedDatesIntent('Huawei from the first week of March to the last week of May 2019')).toEqual({
      query: 'Huawei', words: 'between the first week of March and the last week of May 2019', from: '2019-03-01', to: '2019-05-31',
    });
    expect(namedDatesIntent('Huawei from the second week of March to mid-April 2019')).toMatchObject({ from: '2019-03-08', to: '2019-04-20' });
  });

  it('reads days of one year with the day written first (time28)', () => {
    for (const query of ['Huawei between 5 March and 10 May 2019', 'Huawei from 5 March to 10 May 2019', 'Huawei between the 5th of March and the 10th of May 2019']) {
      expect(namedDatesIntent(query), query).toEqual({ query: 'Huawei', words: 'between March 5 and May 10, 2019', from: '2019-03-05', to: '2019-05-10' });
    }
    expect(namedDatesIntent('Huawei between 10 May and 5 March 2019')).toBeNull();
  });

  it('is left alone as an edge, a second month, without a year, or with nothing else to search', () => {
    for (const query of [
      'Huawei since March 2019', 'tariffs before May 2020', 'talks between March and May 2019', 'Huawei in March',
      'Huawei in 2019', 'And in March 2019?', 'trade in March 2019 and April 2019', 'Mar-a-Lago 2019',
    ]) expect(monthIntent(query), query).toBeNull();
  });
});

describe('a year named in a question', () => {
  it('is read as its dates when it says when the talk was: at the end after "in", or "since", "before", "from … on"', () => {
    expect(namedDatesIntent('What did Zhao Lijian say about Huawei in 2020?')).toEqual({
      query: 'What did Zhao Lijian say about Huawei', words: '2020', from: '2020-01-01', to: '2020-12-31',
    });
    expect(namedDatesIntent('Huawei since 2020')).toEqual({ query: 'Huawei', words: 'since 2020', from: '2020-01-01' });
    expect(namedDatesIntent('Huawei from 2019 onwards')).toEqual({ query: 'Huawei', words: 'since 2019', from: '2019-01-01' });
    expect(namedDatesIntent('tariffs before 2020')).toEqual({ query: 'tariffs', words: 'before 2020', to: '2019-12-31' });
    expect(namedDatesIntent('tariffs until 2019')).toEqual({ query: 'tariffs', words: 'until 2019', to: '2019-12-31' });
    expect(namedDatesIntent('Huawei after 2019')).toEqual({ query: 'Huawei', words: 'after 2019', from: '2020-01-01' });
  });

  it('reads the edges of a month, and two edges as one stretch', () => {
    expect(namedDatesIntent('Huawei since March 2020')).toEqual({ query: 'Huawei', words: 'since March 2020', from: '2020-03-01' });
    expect(namedDatesIntent('Hong Kong after March 2020')).toEqual({ query: 'Hong Kong', words: 'after March 2020', from: '2020-04-01' });
    expect(namedDatesIntent('Hong Kong before March 2020')).toEqual({ query: 'Hong Kong', words: 'before March 2020', to: '2020-02-29' });
    expect(namedDatesIntent('Huawei between 2019 and 2020')).toEqual({ query: 'Huawei', words: 'between 2019 and 2020', from: '2019-01-01', to: '2020-12-31' });
    expect(namedDatesIntent('Huawei since 2019 before 2020')).toEqual({ query: 'Huawei', words: 'since 2019, before 2020', from: '2019-01-01', to: '2019-12-31' });
    expect(namedDatesIntent('Huawei from March 2019 to May 2019')).toMatchObject({ from: '2019-03-01', to: '2019-05-31' });
    // A stretch that ends before it starts, or a year outside the edges: as before.
    expect(namedDatesIntent('Huawei since 2020 before 2019')).toBeNull();
    expect(namedDatesIntent("Pelosi's 2022 visit since 2019")).toBeNull();
  });

  it('is left to rule 4 when it dates an event, stands bare, is one of two, or is all there is', () => {
    for (const query of [
      'Huawei 2020', "Pelosi's 2022 visit to Taiwan", 'the office opened just north of the border in 2018, which Pyongyang later blew up',
      'the far-right Brazilian government elected in 2018', 'the Winter Olympics held in 2022',
      'And in 2020?', 'the report from 2019',
    ]) expect(namedDatesIntent(query), query).toBeNull();
  });

  it('is said in the answer as what was searched', () => {
    expect(namedDatesNote('March 2019')).toBe('only the briefings of March 2019, the month your question names');
    expect(namedDatesNote('2020')).toBe('only the briefings of 2020, the year your question names');
    expect(namedDatesNote('since 2020')).toBe('only the briefings since 2020, as your question asks');
    expect(namedDatesNote('between 2019 and 2020')).toBe('only the briefings between 2019 and 2020, as your question asks');
  });
});

describe('a decade named in a question (explore33b M2)', () => {
  it('is read as the years from its first to its last, and said so', () => {
    expect(namedDatesIntent('Ukraine in the 2000s')).toEqual({ query: 'Ukraine', words: 'between 2000 and 2009', from: '2000-01-01', to: '2009-12-31' });
    expect(namedDatesIntent('What did China say about Ukraine in the 2010s?')).toMatchObject({ words: 'between 2010 and 2019', from: '2010-01-01', to: '2019-12-31' });
    expect(namedDatesIntent('the 1990s Ukraine')).toMatchObject({ query: 'Ukraine', from: '1990-01-01', to: '1999-12-31' });
    expect(namedDatesNote('between 2000 and 2009')).toBe('only the briefings between 2000 and 2009, as your question asks');
    // In quotes, or a year with no "the … s": words, as before.
    expect(namedDatesIntent('"the 2000s" Ukraine')).toBeNull();
    expect(namedDatesIntent('Ukraine 2000s')).toBeNull();
  });

  it('reads a decade beside an edge word as the edge, and two decades as the stretch between them (zhread34)', () => {
    expect(namedDatesIntent('taiwan since the 2000s')).toEqual({ query: 'taiwan', words: 'since 2000', from: '2000-01-01' });
    expect(namedDatesIntent('taiwan after the 2000s')).toEqual({ query: 'taiwan', words: 'after 2009', from: '2010-01-01' });
    expect(namedDatesIntent('taiwan before the 2010s')).toEqual({ query: 'taiwan', words: 'before 2010', to: '2009-12-31' });
    expect(namedDatesIntent('taiwan from the 1990s to the 2010s')).toMatchObject({ query: 'taiwan', from: '1990-01-01', to: '2019-12-31' });
  });

  it('reads a Chinese decade as the English one, through the same reader (zhread34 #1)', () => {
    const read = (typed: string) => namedDatesIntent(chineseDatesAsEnglish(typed));
    expect(read('2010年代 华为')).toEqual({ query: '华为', words: 'between 2010 and 2019', from: '2010-01-01', to: '2019-12-31' });
    expect(read('2000年代 华为')).toMatchObject({ query: '华为', from: '2000-01-01', to: '2009-12-31' });
    for (const typed of ['上世纪90年代 台湾', '90年代 台湾', '20世纪九十年代 台湾', '一九九〇年代 台湾']) {
      expect(read(typed), typed).toEqual({ query: '台湾', words: 'between 1990 and 1999', from: '1990-01-01', to: '1999-12-31' });
    }
    expect(read('本世纪10年代 台湾')).toMatchObject({ from: '2010-01-01', to: '2019-12-31' });
    expect(read('自上世纪90年代以来 台湾')).toEqual({ query: '台湾', words: 'since 1990', from: '1990-01-01' });
    expect(read('80年代以前 台湾')).toEqual({ query: '台湾', words: 'before 1980', to: '1979-12-31' });
    // 20年代 alone is the 1920s or the 2020s; a part of a decade is not read, as "the late 1990s" is not.
    for (const typed of ['20年代 台湾', '90年代末 台湾', '90后 台湾']) expect(read(typed), typed).toBeNull();
  });

  it('reads decades joined by and, or, a comma, 和, 或 or 、 as the stretch of them all, and says so (dates35 #4)', () => {
    const both = { query: 'Ukraine', words: 'between 2000 and 2019 (the 2000s and the 2010s together)', from: '2000-01-01', to: '2019-12-31' };
    for (const question of ['Ukraine in the 2000s and the 2010s', 'Ukraine in the 2000s and 2010s', 'the 2000s or the 2010s Ukraine', 'Ukraine during the 2010s & the 2000s']) {
      expect(namedDatesIntent(question), question).toEqual(both);
    }
    expect(namedDatesIntent('What did China say about Ukraine in the 2000s and the 2010s?')).toMatchObject({ query: 'What did China say about Ukraine?', from: '2000-01-01', to: '2019-12-31' });
    expect(namedDatesIntent('Ukraine in the 1990s, 2000s and 2010s')).toMatchObject({ words: 'between 1990 and 2019 (the 1990s, the 2000s and the 2010s together)', from: '1990-01-01' });
    // Apart, only their own years are searched, not those between (review36 #12).
    const years = (from: number): string[] => Array.from({ length: 10 }, (_, i) => String(from + i));
    expect(namedDatesIntent('Ukraine in the 1990s and the 2010s')).toEqual({ query: 'Ukraine', words: 'in the 1990s and the 2010s', from: '1990-01-01', to: '2019-12-31', years: [...years(1990), ...years(2010)] });
    expect(namedDatesNote('in the 1990s and the 2010s')).toBe('only the briefings in the 1990s and the 2010s, as your question asks');
    expect(namedDatesNote(both.words)).toBe('only the briefings between 2000 and 2019 (the 2000s and the 2010s together), as your question asks');
    const read = (typed: string) => namedDatesIntent(chineseDatesAsEnglish(typed));
    for (const typed of ['南海 2000年代和2010年代', '2000年代或2010年代的南海', '00年代、10年代 南海']) {
      expect(read(typed), typed).toEqual({ ...both, query: '南海' });
    }
    // From one to the other (至, 到), as "from the 2000s to the 2010s".
    for (const typed of ['从2000年代到2010年代 南海', '2000年代至2010年代的南海']) {
      expect(read(typed), typed).toEqual({ query: '南海', words: 'between 2000 and 2019', from: '2000-01-01', to: '2019-12-31' });
    }
    // Beside an edge word or "between", the decade beside it is read as before.
    expect(namedDatesIntent('taiwan between the 1990s and the 2010s')).toEqual({ query: 'taiwan', words: 'between 1990 and 2019', from: '1990-01-01', to: '2019-12-31' });
  });

  it('is never said beside another stretch while only the second is searched (review34 #3)', () => {
    // Both were said ("between 2003 and 2005, between 2014 and 2015"), 2014-2015 alone searched: left to the years' rule, as before.
    for (const question of ['Ukraine between 2003 and 2005 and between 2014 and 2015',
      'Ukraine between March and May 2019 and between June and July 2020']) {
      expect(namedDatesIntent(question), question).toBeNull();
    }
  });
});

describe('dates written in figures, and range words, as a newsroom outside the US types them (explore33c W1-W3)', () => {
  const november = { query: 'hong kong', words: 'November 2019', from: '2019-11-01', to: '2019-11-30', day: '2019-11-30' };

  it('reads a date in figures as the date: dotted day first, a part over 12 as the day, the year first as year, month, day', () => {
    for (const query of ['hong kong 30/11/2019', 'hong kong 11/30/2019', 'hong kong 2019/11/30', 'hong kong 2019.11.30', 'hong kong 30-11-2019', 'hong kong 30.11.2019']) {
      expect(namedDatesIntent(query), query).toEqual(november);
    }
    // Dotted, as slashed, a date that reads two ways says how it was read (fix39b).
    expect(namedDatesIntent('huawei 1.7.2020')).toEqual({
      query: 'huawei', from: '2020-07-01', to: '2020-07-31', day: '2020-07-01',
      words: 'July 2020 (“1.7.2020” read as 1 July 2020, the day first: for January 7, ask 2020-01-07)',
    });
    for (const query of ['hong kong 11/2019', 'hong kong 11.2019']) {
      expect(namedDatesIntent(query), query).toEqual({ query: 'hong kong', words: 'November 2019', from: '2019-11-01', to: '2019-11-30' });
    }
    // Beside an edge word, the day itself, as "since July 1, 2020".
    expect(namedDatesIntent('huawei since 1.7.2020')).toEqual({ query: 'huawei', words: 'since July 1, 2020 (“1.7.2020” read as 1 July 2020, the day first: for January 7, ask 2020-01-07)', from: '2020-07-01' });
    expect(namedDatesIntent('huawei since 1/7/2020')!.words).toBe(namedDatesIntent('huawei since 1.7.2020')!.words.replace('1.7.2020', '1/7/2020'));
  });

  it('reads a date that could be either day first, as outside the US, and says so and how to ask the other', () => {
    expect(namedDatesIntent('meng wanzhou 06/12/2018')).toEqual({
      query: 'meng wanzhou', from: '2018-12-01', to: '2018-12-31', day: '2018-12-06',
      words: 'December 2018 (“06/12/2018” read as 6 December 2018, the day first: for June 12, ask 2018-06-12)',
    });
    expect(namedDatesNote(namedDatesIntent('huawei 1/7/2020')!.words)).toBe(
      'only the briefings of July 2020 (“1/7/2020” read as 1 July 2020, the day first: for January 7, ask 2020-01-07), as your question asks',
    );
    // The same day and month twice is no choice.
    expect(namedDatesIntent('huawei 5/5/2020')!.words).toBe('May 2020');
  });

  it('leaves figures that are no date as words', () => {
    for (const query of ['1.7 million people fled Ukraine 2022', 'hotline 24/7 2020', '9/11/2001 attacks', 'inflation 5.5% 2019', 'Huawei from:2019-01-01', 'huawei 31/02/2019', 'resolution 2231/2015']) {
      expect(namedDatesIntent(query), query).toBeNull();
    }
  });

  it('reads "till", "Jan-Mar", "onwards", "and after", "up to", "only" and "in the year" as asked', () => {
    const q1 = { query: 'taiwan', from: '2019-01-01', to: '2019-03-31' };
    expect(namedDatesIntent('taiwan january till march 2019')).toEqual({ ...q1, words: 'between january and march 2019' });
    expect(namedDatesIntent('taiwan jan-mar 2019')).toEqual({ ...q1, words: 'between jan and mar 2019' });
    expect(namedDatesIntent('taiwan Jan.–Mar. 2019')).toMatchObject(q1);
    for (const query of ['taiwan 2019 onwards', 'taiwan 2019 onward', 'taiwan 2019 and after', 'taiwan 2019 or later', 'taiwan from 2019 onwards']) {
      expect(namedDatesIntent(query), query).toEqual({ query: 'taiwan', words: 'since 2019', from: '2019-01-01' });
    }
    expect(namedDatesIntent('taiwan March 2019 onwards')).toEqual({ query: 'taiwan', words: 'since March 2019', from: '2019-03-01' });
    // Read whole by "from … onwards", as before: its year is no second edge.
    expect(namedDatesIntent('taiwan from March 2019 onwards')).toEqual({ query: 'taiwan', words: 'since March 2019', from: '2019-03-01' });
    expect(namedDatesIntent('hong kong 2019 on')).toBeNull();
    expect(namedDatesIntent('taiwan up to 2019')).toEqual({ query: 'taiwan', words: 'until 2019', to: '2019-12-31' });
    expect(namedDatesIntent('taiwan 2018/2019')).toEqual({ query: 'taiwan', words: 'between 2018 and 2019', from: '2018-01-01', to: '2019-12-31' });
    for (const query of ['taiwan 2019 only', 'taiwan only 2019', 'taiwan only in 2019', 'taiwan in the year 2019', 'taiwan year 2019']) {
      expect(namedDatesIntent(query), query).toEqual({ query: 'taiwan', words: '2019', from: '2019-01-01', to: '2019-12-31' });
    }
  });
});

describe('a month named in French, Spanish, German, Italian, Portuguese or Dutch, with its year (zhread34 #3)', () => {
  const march = { query: 'huawei', from: '2019-03-01', to: '2019-03-31' };

  it('is read as the month, as its English name is, and the answer says how it was read', () => {
    expect(namedDatesIntent('huawei mars 2019')).toEqual({ ...march, words: 'March 2019 (“mars” read as March)' });
    expect(namedDatesNote('March 2019 (“mars” read as March)')).toBe('only the briefings of March 2019 (“mars” read as March), as your question asks');
    for (const [query, typed] of [
      ['huawei marzo de 2019', 'marzo'], ['huawei März 2019', 'März'], ['huawei marz 2019', 'marz'], ['huawei março de 2019', 'março'],
      ['huawei marco 2019', 'marco'], ['huawei maart 2019', 'maart'], ['huawei MARS 2019', 'MARS'],
    ] as const) expect(namedDatesIntent(query), query).toEqual({ ...march, words: `March 2019 (“${typed}” read as March)` });
    // With a day, as "5 March 2019" is: the month, its day first.
    for (const query of ['huawei 5 mars 2019', 'huawei 5 de marzo de 2019', 'huawei 5. März 2019', 'huawei 5 maart 2019']) {
      expect(namedDatesIntent(query), query).toMatchObject({ ...march, day: '2019-03-05' });
    }
    expect(namedDatesIntent('huawei 1er juillet 2020')).toMatchObject({ from: '2020-07-01', day: '2020-07-01', words: 'July 2020 (“juillet” read as July)' });
    expect(namedDatesIntent('huawei fevrier 2020')).toMatchObject({ from: '2020-02-01', to: '2020-02-29' });
    expect(namedDatesIntent('huawei août 2019')).toMatchObject({ from: '2019-08-01', to: '2019-08-31' });
    expect(namedDatesIntent('huawei since mars 2019')).toEqual({ query: 'huawei', words: 'since March 2019 (“mars” read as March)', from: '2019-03-01' });
  });

  it('reads "Mars" with a year as the planet where words of space or an English question say so, as the month where its date or the rest say so (dates35 #2)', () => {
    for (const query of ['Mars 2020 rover', 'NASA Mars 2020 mission', 'Tianwen-1 Mars 2020', 'What did China say about Mars 2020?', 'china mars 2020 probe launch']) {
      expect(namedDatesIntent(query), query).toBeNull();
    }
    // A day or "le"/"en" before it, an English word of time, or nothing but names beside it: the month.
    for (const query of ['Huawei Mars 2019', 'Huawei en mars 2019', 'Huawei le 5 mars 2019', 'What did China say about Huawei in mars 2019?', 'huawei since Mars 2019', 'rover 5 mars 2019']) {
      expect(namedDatesIntent(query), query).toMatchObject({ from: '2019-03-01' });
    }
    // The word before the date is read with it, as "in" and "on" are: searched, "le" and "en" were words.
    expect(namedDatesIntent('Huawei en mars 2019')).toEqual({ query: 'Huawei', words: 'March 2019 (“mars” read as March)', from: '2019-03-01', to: '2019-03-31' });
    expect(namedDatesIntent('Huawei am 5. März 2019')).toMatchObject({ query: 'Huawei', day: '2019-03-05' });
    // Only "mars" is a planet: "marzo" with a year is the month whatever is beside it.
    expect(namedDatesIntent('Mars rover marzo 2020')).toMatchObject({ query: 'Mars rover', from: '2020-03-01' });
  });

  it('reads "mars" with a year as the planet, in any case, when it is all an English question asks China about (fix36 #2)', () => {
    // Read as March 2020, "china mars 2020" named no topic ("china" is in a quarter of all exchanges) and
    // "what did china say about mars 2020" listed all 198 exchanges of March 2020.
    for (const query of ['china mars 2020', 'what did china say about mars 2020', 'China Mars 2020', 'chinese mars 2020', "what did the foreign ministry say about mars 2020?"]) {
      expect(namedDatesIntent(query), query).toBeNull();
    }
    // Beside a name, after an English word of time, or with its French date: the month, as before.
    for (const query of ['huawei mars 2019', 'china huawei mars 2019', 'what did china say about huawei mars 2019', 'what did china say in mars 2019', 'china le 5 mars 2019']) {
      expect(namedDatesIntent(query), query).toMatchObject({ from: '2019-03-01', to: '2019-03-31' });
    }
  });

  it('leaves the names alone without a year: "Mars" is a planet, Mar-a-Lago a club', () => {
    for (const query of ['mars rover', 'China Mars probe', 'Trump Mar-a-Lago', 'Mayo Clinic', '"mars 2019" huawei']) expect(namedDatesIntent(query), query).toBeNull();
  });
});
