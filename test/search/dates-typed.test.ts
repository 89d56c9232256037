import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outsideNote } from '../../src/answers/span.js';
import { nothingRelevantText, totalsLine } from '../../src/answers/totals.js';
import { withoutImpossibleDates } from '../../src/search/impossible-dates.js';
import { edgeOf, namedDatesIntent } from '../../src/search/month.js';
import { withoutStoryDays } from '../../src/search/news-story.js';
import { openSearch } from '../../src/search/open.js';
import { relativeDatesIntent } from '../../src/search/relative-dates.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { toIndexedRecords } from '../../src/store/records.js';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';
import { ENGLISH_SEEDS } from '../seed-sources.js';
import { buildSeedIndex } from './lexical-index.js';

/** Dates typed in a question that were misread (explore38 W3, W5, M3, M5). */

let built: { dir: string; cleanup: () => void };
let search: SearchEngine;

beforeAll(async () => {
  built = await buildSeedIndex('spox-dates-typed-');
  search = await openSearch(built.dir, { embedder: null, today: () => new Date('2026-11-29T09:00:00Z') });
}, 120_000);
afterAll(() => built?.cleanup());

describe('dates typed in a question', () => {
  it('reads "from DATE" with no end, "as of", "starting (in)" and "beginning (in)" as "since" (explore38 W3)', () => {
    expect(namedDatesIntent('Yasukuni from 2019-01-01')).toEqual({ query: 'Yasukuni', words: 'since January 1, 2019', from: '2019-01-01' });
    expect(namedDatesIntent('Kim Jong Un from June 2018')).toEqual({ query: 'Kim Jong Un', words: 'since June 2018', from: '2018-06-01' });
    expect(namedDatesIntent('Yasukuni from January 2019')).toEqual({ query: 'Yasukuni', words: 'since January 2019', from: '2019-01-01' });
    for (const question of ['Huawei starting March 2019', 'Huawei starting in March 2019', 'Huawei beginning in March 2019', 'Huawei as of March 2019']) {
      expect(namedDatesIntent(question), question).toEqual({ query: 'Huawei', words: 'since March 2019', from: '2019-03-01' });
    }
    // The ends of a stretch are read as before; "from" before no date is a word.
    expect(namedDatesIntent('Huawei from March 2019 to May 2019')).toMatchObject({ from: '2019-03-01', to: '2019-05-31' });
    expect(namedDatesIntent('Taiwan through March 2019')).toMatchObject({ query: 'Taiwan', to: '2019-03-31' });
    expect(namedDatesIntent('questions from Reuters in 2020')).toEqual({ query: 'questions from Reuters', words: '2020', from: '2020-01-01', to: '2020-12-31' });
    expect(namedDatesIntent('a letter from the President')).toBeNull();
    // A thing "from DATE" dates ("the report from 2019") stays that year or later (rule 4 of gate.ts).
    expect(namedDatesIntent('a letter from March 2019')).toBeNull();
    // A stretch whose end no reading takes is not cut to its start.
    expect(namedDatesIntent('Huawei from March 2019 to May')).toBeNull();
    // A month without its year, and dates relative to today, after the same words.
    const today = new Date('2026-11-29T09:00:00Z');
    expect(relativeDatesIntent('Huawei starting January', today)).toMatchObject({ query: 'Huawei', from: '2026-01-01', to: '2026-11-29' });
    expect(relativeDatesIntent('Huawei as of last year', today)).toMatchObject({ query: 'Huawei', words: 'since 2025 (last year)', from: '2025-01-01' });
    expect(relativeDatesIntent('Huawei up to last month', today)).toMatchObject({ query: 'Huawei', words: 'until October 2026 (last month)', to: '2026-10-31' });
  });

  it('searches "Kim Jong Un from June 2018" in the briefings since June 2018 only, and says so', async () => {
    const since = await search.search('Kim Jong Un since June 2018', { k: 5 });
    const from = await search.search('Kim Jong Un from June 2018', { k: 5 });
    expect(from.filters).toEqual({ from: '2018-06-01' });
    expect(from.total).toBe(since.total);
    expect(from.first! >= '2018-06-01').toBe(true);
    expect(totalsLine(from)).toContain('only the briefings since June 2018, as your question asks');
  });

  it('reads "from DATE" after a word of the talk as the talk\'s date ("statements from June 2019": made then), and after a topic as "since" (review39 #8)', async () => {
    const made = await search.search('Hong Kong statements from June 2019', { k: 5 });
    const inJune = await search.search('Hong Kong statements in June 2019', { k: 5 });
    expect(made.filters).toEqual({ from: '2019-06-01', to: '2019-06-30' });
    expect(made.total).toBe(inJune.total);
    expect(made.total).toBeGreaterThan(0);
    expect([made.first! >= '2019-06-01', made.last! <= '2019-06-30']).toEqual([true, true]);
    expect(totalsLine(made)).toContain('only the briefings of June 2019, the month your question names');
    expect((await search.search('remarks from 2019 on Hong Kong', { k: 5 })).filters).toEqual({ from: '2019-01-01', to: '2019-12-31' });
    // The topic before "from", or "on" after the date: since.
    for (const question of ['Hong Kong from June 2019', 'Hong Kong statements from June 2019 on', 'Hong Kong statements from June 2019 onwards']) {
      const since = await search.search(question, { k: 5 });
      expect(since.filters, question).toEqual({ from: '2019-06-01' });
      expect(since.total, question).toBeGreaterThan(made.total);
      expect(totalsLine(since), question).toContain('only the briefings since June 2019, as your question asks');
    }
    // A stretch stays one; a thing dated stays that year or later.
    expect(namedDatesIntent('statements from June 2019 to May 2020')).toMatchObject({ from: '2019-06-01', to: '2020-05-31' });
    expect(namedDatesIntent('the report from 2019')).toBeNull();
  });

  it('reads "from DATE on" before a word of a topic as that date, "on" starting the topic, and "from DATE on" ending a phrase as "since" (fix39f Left)', async () => {
    const asked: [string, string][] = [
      ["China's position from 2019 on Huawei", "China's position on Huawei in 2019"],
      ['Hong Kong from 2019 on Huawei', 'Hong Kong on Huawei in 2019'],
      ['Huawei from June 2019 on the 5G ban', 'Huawei on the 5G ban in June 2019'],
    ];
    for (const [question, inYear] of asked) {
      const [read, asIn] = [await search.search(question, { k: 5 }), await search.search(inYear, { k: 5 })];
      expect(asIn.total, inYear).toBeGreaterThan(0);
      expect([read.filters, read.total, read.matches.map((m) => m.id)], question).toEqual([asIn.filters, asIn.total, asIn.matches.map((m) => m.id)]);
      expect(totalsLine(read), question).not.toContain('since');
    }
    expect((await search.search("China's position from 2019 on Huawei", { k: 5 })).filters).toEqual({ from: '2019-01-01', to: '2019-12-31' });
    // "on" with no topic after it ends the date: since.
    for (const question of ['Huawei from 2019 on', 'Huawei from 2019 on, what changed?', 'What has China said about Huawei from 2019 on?', 'Huawei from 2019 onwards', 'Huawei from 2019 on and after']) {
      const response = await search.search(question, { k: 5 });
      expect(response.filters, question).toEqual({ from: '2019-01-01' });
      expect(totalsLine(response), question).toContain('only the briefings since 2019, as your question asks');
    }
    // A thing dated stays that year or later, as "the report from 2019" does.
    expect(namedDatesIntent('the report from 2019 on Huawei')).toBeNull();
  });

  it('reads the same words of starting before a named date, a date relative to today, and as an edge word (review39 #12)', () => {
    const today = new Date('2026-11-29T09:00:00Z');
    const words = ['as of', 'starting', 'starting in', 'starting from', 'starting on', 'starting with', 'beginning', 'beginning in', 'beginning from', 'beginning on', 'beginning with', 'Starting  In'];
    for (const word of words) {
      expect(edgeOf(word), word).toBe('since');
      expect(namedDatesIntent(`Huawei ${word} March 2019`), word).toEqual({ query: 'Huawei', words: 'since March 2019', from: '2019-03-01' });
      expect(relativeDatesIntent(`Huawei ${word} last year`, today), word).toMatchObject({ query: 'Huawei', from: '2025-01-01' });
    }
    for (const word of ['starting at', 'beginning of', 'as']) expect(edgeOf(word), word).toBeNull();
  });

  it('takes a date that cannot exist out of the question and says so, the rest answered (explore38 W5)', async () => {
    expect(withoutImpossibleDates('Yasukuni 2020-02-30')).toEqual({ text: 'Yasukuni', dates: ['2020-02-30'], rangeEnds: [] });
    expect(withoutImpossibleDates('Yasukuni from 30/2/2020')).toEqual({ text: 'Yasukuni', dates: ['30/2/2020'], rangeEnds: [] });
    expect(withoutImpossibleDates('Yasukuni 2/30/2020 and 31.4.2020')).toEqual({ text: 'Yasukuni and', dates: ['2/30/2020', '31.4.2020'], rangeEnds: [] });
    // Real dates, figures that are no date, and quoted words stay.
    for (const question of ['Yasukuni 2020-02-29', 'Yasukuni 29/2/2020', '11/30/2019', '1.7 million', '24/7', '9/11/2001', '"2020-02-30"']) {
      expect(withoutImpossibleDates(question), question).toEqual({ text: question, dates: [], rangeEnds: [] });
    }
    const topic = await search.search('Yasukuni', { k: 5 });
    for (const question of ['Yasukuni 2020-02-30', 'Yasukuni 30/2/2020', 'Yasukuni from 2020-02-30']) {
      const response = await search.search(question, { k: 5 });
      expect(response.total, question).toBe(topic.total);
      expect(response.matches.map((m) => m.id), question).toEqual(topic.matches.map((m) => m.id));
      expect(response.filters, question).toEqual({});
      expect(totalsLine(response), question).toMatch(/; “(2020-02-30|30\/2\/2020)” is not a date \(no such day\): not searched$/);
      expect(totalsLine(response), question).not.toMatch(/“02”|“30”|2020 or later/);
    }
    // Nothing else asked: said beside the answer that the question names no topic.
    const alone = await search.search('What did the spokesperson say on 2020-02-30?', { k: 5 });
    // Nothing else asked: no words to call too common (hunt-F #6).
    expect(nothingRelevantText(search, alone)).toBe('“2020-02-30” is not a date (no such day): not searched. Your question asks nothing else: give a date the calendar has, or what it is about (a name, a place, an event).');
    expect(nothingRelevantText(search, await search.search('2020-02-30', { k: 5 }))).toBe(nothingRelevantText(search, alone));
  });

  it('takes out the range an impossible date makes, with its other end, and says so (review39 4)', async () => {
    const ranges: [string, string, string][] = [
      ['Huawei between 2020-02-30 and 2020-03-05', '2020-02-30', '2020-03-05'],
      ['Huawei from 2020-02-30 to 2020-03-05', '2020-02-30', '2020-03-05'],
      ['Huawei between February 1 and April 31, 2019', 'April 31, 2019', 'February 1'],
      ['Huawei 2020-02-30 to March 5, 2020', '2020-02-30', 'March 5, 2020'],
    ];
    const topic = await search.search('Huawei', { k: 5 });
    for (const [question, date, end] of ranges) {
      expect(withoutImpossibleDates(question), question).toEqual({ text: 'Huawei', dates: [date], rangeEnds: [end] });
      const response = await search.search(question, { k: 5 });
      expect(response.filters, question).toEqual({});
      expect(response.matches.map((m) => m.id), question).toEqual(topic.matches.map((m) => m.id));
      expect(totalsLine(response), question).toContain(`“${date}” is not a date (no such day): not searched, nor the range to “${end}” it makes`);
      expect(totalsLine(response), question).not.toMatch(/“03”|“05”|none of them says “Huawei”/);
    }
    // Two days joined by "and" are two days: the real one is still read.
    expect(withoutImpossibleDates('Huawei 2020-02-30 and 2020-03-05')).toEqual({ text: 'Huawei and 2020-03-05', dates: ['2020-02-30'], rangeEnds: [] });
  });

  /** Each question is "Huawei" and the impossible date typed: the date taken out and said, Huawei answered as asked alone. */
  async function expectTakenOut(typed: readonly [string, string][]): Promise<void> {
    const topic = await search.search('Huawei', { k: 5 });
    for (const [question, date] of typed) {
      expect(withoutImpossibleDates(question), question).toEqual({ text: 'Huawei', dates: [date], rangeEnds: [] });
      const response = await search.search(question, { k: 5 });
      expect(response.filters, question).toEqual({});
      expect(response.total, question).toBe(topic.total);
      expect(response.matches.map((m) => m.id), question).toEqual(topic.matches.map((m) => m.id));
      expect(totalsLine(response), question).toContain(`; “${date}” is not a date (no such day): not searched`);
    }
  }

  it('takes a date written with its month\'s name that cannot exist out of the question, as one in figures (fix39b)', async () => {
    const typed: [string, string][] = [
      ['Huawei on February 30, 2020', 'February 30, 2020'],
      ['Huawei 30 February 2020', '30 February 2020'],
      ['Huawei April 31 2019', 'April 31 2019'],
      ['Huawei on the 29th of February, 2019', '29th of February, 2019'],
      ['Huawei since Sept. 31 2019', 'Sept. 31 2019'],
    ];
    await expectTakenOut(typed);
    // Said in the order typed, whichever way each was written.
    expect(withoutImpossibleDates('Huawei April 31 2019 and 31.4.2020').dates).toEqual(['April 31 2019', '31.4.2020']);
    // A leap day, a day that exists and a month alone are read as before: the month, its day first.
    const february = await search.search('Huawei February 2020', { k: 5 });
    expect(february.filters).toEqual({ from: '2020-02-01', to: '2020-02-29' });
    expect(february.total).toBeGreaterThan(0);
    for (const question of ['Huawei on February 29, 2020', 'Huawei 29 February 2020', 'Huawei on April 30, 2019']) {
      expect(withoutImpossibleDates(question), question).toEqual({ text: question, dates: [], rangeEnds: [] });
      const response = await search.search(question, { k: 5 });
      expect(totalsLine(response), question).not.toContain('not a date');
    }
    const leap = await search.search('Huawei on February 29, 2020', { k: 5 });
    expect(leap.filters).toEqual(february.filters);
    expect(leap.total).toBe(february.total);
    // Quoted words are words.
    expect(withoutImpossibleDates('"February 30, 2020"')).toEqual({ text: '"February 30, 2020"', dates: [], rangeEnds: [] });
    const alone = await search.search('What did the spokesperson say on February 30, 2020?', { k: 5 });
    expect(nothingRelevantText(search, alone)).toMatch(/^“February 30, 2020” is not a date \(no such day\): not searched\. /);
  });

  it('searches days of one month written as a wire story writes them in those days, said as the other ranges are (fix42c-2 #1)', async () => {
    const spelt = await search.search('Hong Kong from July 1 to July 15, 2019', { k: 5 });
    expect(spelt.total).toBe(18);
    for (const question of ['Hong Kong July 1-15, 2019', 'Hong Kong July 1–15, 2019', 'Hong Kong 1-15 July 2019', 'Hong Kong between July 1 and 15, 2019']) {
      const response = await search.search(question, { k: 5 });
      expect(response.filters, question).toEqual({ from: '2019-07-01', to: '2019-07-15' });
      expect(response.total, question).toBe(spelt.total);
      expect(response.hits.map((hit) => hit.record.id), question).toEqual(spelt.hits.map((hit) => hit.record.id));
      expect(totalsLine(response), question).toContain('only the briefings between July 1 and July 15, 2019, as your question asks');
      expect(totalsLine(response), question).not.toMatch(/2019 or later|July 15 first|no answer of July 15/);
    }
  });

  it('searches "the first week of July 2019" in its days, its words not searched, and says so (fix42c-2 #2)', async () => {
    const days = await search.search('Hong Kong', { k: 5, filters: { from: '2019-07-01', to: '2019-07-07' } });
    const week = await search.search('Hong Kong in the first week of July 2019', { k: 5 });
    expect(week.filters).toEqual({ from: '2019-07-01', to: '2019-07-07' });
    expect(week.searched).toBe('Hong Kong');
    expect(week.total).toBe(days.total);
    expect(week.total).toBeGreaterThan(0);
    expect(week.last! <= '2019-07-07').toBe(true);
    expect(totalsLine(week)).toContain('only the briefings of the first week of July 2019 (July 1 to 7), as your question asks');
    const last = await search.search('Hong Kong in the last week of July 2019', { k: 5 });
    expect(last.filters).toEqual({ from: '2019-07-25', to: '2019-07-31' });
    expect(totalsLine(last)).toContain('only the briefings of the last week of July 2019 (July 25 to 31), as your question asks');
  });

  it('takes out a day no year holds, typed without its year, and says so (fix39b Left)', async () => {
    const typed: [string, string][] = [
      ['Huawei on February 30', 'February 30'],
      ['Huawei April 31', 'April 31'],
      ['Huawei on the 31st of April', '31st of April'],
      ['Huawei 30 Feb', '30 Feb'],
      ['Huawei since Sept. 31', 'Sept. 31'],
      // No month has a 32nd (review40 #5: "32 March 2020" was read as March 2020).
      ['Huawei on March 32', 'March 32'],
    ];
    await expectTakenOut(typed);
    const alone = await search.search('What did the spokesperson say on April 31?', { k: 5 });
    expect(nothingRelevantText(search, alone)).toMatch(/^“April 31” is not a date \(no such day\): not searched\. /);
    // A day some year holds (February 29 of a leap year), a day every year holds, and one with its year are read as before.
    for (const question of ['Huawei on February 29', 'Huawei April 30', 'Huawei on May 31', 'Huawei on February 29, 2020', '"April 31"']) {
      expect(withoutImpossibleDates(question), question).toEqual({ text: question, dates: [], rangeEnds: [] });
    }
    expect(withoutImpossibleDates('Huawei on February 30, 2020').dates).toEqual(['February 30, 2020']);
    expect(withoutImpossibleDates('Huawei on 32 March 2020')).toEqual({ text: 'Huawei', dates: ['32 March 2020'], rangeEnds: [] });
    expect(withoutImpossibleDates('Huawei 50 May 2020').dates).toEqual([]); // a number, more likely than a day
    expect(withoutImpossibleDates('Huawei between February 1 and April 31')).toEqual({ text: 'Huawei', dates: ['April 31'], rangeEnds: ['February 1'] });
  });

  it('reads the span notes of a question whose date is no date as the question searched: its year is not asked about (review39 6)', async () => {
    const topic = await search.search('Huawei', { k: 5 });
    const topicNote = outsideNote(search, topic.query, topic.filters, topic);
    // A year the index holds only as imported pairs: named with a real day, not with a day of it that cannot be.
    const imported = search.coverage().corpusOnly!;
    const whole = imported.find((c) => Number(c.to.slice(0, 4)) - Number(c.from.slice(0, 4)) >= 2)!;
    const year = String(Number(whole.from.slice(0, 4)) + 1);
    const real = await search.search(`Huawei in ${year}`, { k: 5 });
    // Cut to the dates of the year it holds (hunt-E #9).
    const ofYear = search.briefingsBetween(`${year}-01-01`, `${year}-12-31`);
    expect(outsideNote(search, real.query, real.filters, real)).toContain(`${ofYear.first === ofYear.last ? ofYear.first : `${ofYear.first} to ${ofYear.last}`} only as the pairs imported`);
    for (const question of [`Huawei ${year}-02-30`, `Huawei February 30, ${year}`, 'Huawei 2020-02-30', 'Huawei on April 31, 2099']) {
      const response = await search.search(question, { k: 5 });
      expect(response.filters, question).toEqual({});
      expect(outsideNote(search, response.query, response.filters, response), question).toBe(topicNote);
    }
  });

  it('says how a dotted date that reads two ways was read, day first, as a slashed one (fix39b)', async () => {
    const dotted = await search.search('Huawei 4.3.2019', { k: 5 });
    const slashed = await search.search('Huawei 4/3/2019', { k: 5 });
    expect(dotted.filters).toEqual({ from: '2019-03-01', to: '2019-03-31' });
    expect(dotted.total).toBe(slashed.total);
    expect(totalsLine(dotted)).toContain('(“4.3.2019” read as 4 March 2019, the day first: for April 3, ask 2019-04-03; the answers of March 4 first)');
    expect(totalsLine(dotted)).toBe(totalsLine(slashed).replace('4/3/2019', '4.3.2019'));
    // Only one reading: nothing said.
    for (const question of ['Huawei 30.11.2019', 'Huawei 5.5.2019', 'Huawei 2019.03.04']) expect(totalsLine(await search.search(question, { k: 5 })), question).not.toContain('read as');
  });

  it('reads the "Yesterday" opening a pasted question\'s statement as the event\'s day, not as yesterday\'s briefing (explore38 M3)', async () => {
    const pasted = search.record('2019-04-29#1')!.question!;
    expect(pasted).toMatch(/^Yesterday two US warships sailed through the Taiwan Strait\. /);
    expect(withoutStoryDays(pasted)).toMatchObject({ days: [], toldDays: ['Yesterday'] });
    const response = await search.search(pasted, { k: 5 });
    expect(response.filters).toEqual({});
    expect(response.matches.map((m) => m.id)).toContain('2019-04-29#1');
    expect(totalsLine(response)).toContain('“Yesterday” not read as a date: it dates what your text tells before its question, not a briefing');
    const coastGuard = await search.search("Yesterday Japanese coast guard vessels chased Chinese ships near the Senkaku islands. What is China's response?", { k: 5 });
    expect(coastGuard.filters).toEqual({});
    expect(coastGuard.total).toBeGreaterThan(0);
    // Every question of the transcripts opening with a day states what happened, then asks: none is read as a date.
    const records = parseTranscriptFiles(ENGLISH_SEEDS).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
    const opening = records.filter((r) => /^\s*(?:yesterday|last (?:mon|tues|wednes|thurs|fri)day|on (?:mon|tues|wednes|thurs|fri)day)\b/i.test(r.question ?? ''));
    expect(opening.length).toBeGreaterThan(100);
    const names = search.spokespeople();
    expect(opening.filter((r) => (withoutStoryDays(r.question!, names).toldDays ?? []).length + withoutStoryDays(r.question!, names).days.length === 0).map((r) => r.id)).toEqual([]);
    // In Chinese, statement and question often share a sentence: the day opening a clause that states, with more after it.
    expect(withoutStoryDays('昨天，日本内阁官房长官表示钓鱼岛是日本领土。中方对此有何回应？')).toMatchObject({ toldDays: ['昨天'] });
    expect(withoutStoryDays('昨天下午，朝美韩三国领导人在朝韩非军事区进行了首次会面。中方对此有何评价？')).toMatchObject({ toldDays: ['昨天'] });
    expect(withoutStoryDays('昨天，法国举行总统大选，中方对此有何评论？')).toMatchObject({ toldDays: ['昨天'] });
    for (const question of ['昨天外交部发言人谈华为', '昨天，发言人就华为说了什么？', '昨天的记者会上，华春莹谈了什么？']) {
      expect(withoutStoryDays(question).toldDays, question).toBeUndefined();
    }
    // A question typed that asks of yesterday, or names little but the day, is still yesterday's briefing.
    for (const question of ['Yesterday, what did the spokesperson say about Huawei?', 'Yesterday Huawei', "Yesterday's briefing on Huawei. Anything on Japan?"]) {
      expect((await search.search(question, { k: 5 })).filters, question).toEqual({ from: '2026-11-28', to: '2026-11-28' });
    }
  });

  it('keeps a day opening a sentence that tells of the Ministry\'s talk, before a question asking what was said, as that day\'s briefing (review39 #1)', async () => {
    const dayAfter = await openSearch(built.dir, { embedder: null, today: () => new Date('2019-03-08T09:00:00Z') });
    const yesterday = { from: '2019-03-07', to: '2019-03-07' };
    for (const question of ['Yesterday the spokesperson commented on Huawei. What did she say?', "Yesterday's remarks on Huawei. Anything on the lawsuit?"]) {
      const response = await dayAfter.search(question, { k: 5 });
      expect(response.framingRead?.toldDays, question).toBeUndefined();
      expect(response.filters, question).toEqual(yesterday);
      expect(response.total, question).toBeGreaterThan(0);
      expect([response.first, response.last], question).toEqual(['2019-03-07', '2019-03-07']);
    }
    const luKang = await dayAfter.search("Yesterday, Lu Kang spoke about Huawei's lawsuit. What did he say?", { k: 5 });
    expect(luKang.filters).toEqual({ spokesperson: 'Lu Kang', ...yesterday });
    expect(luKang.matches.map((m) => m.id)).toContain('2019-03-07#9');
    expect((await dayAfter.search('On Monday, Hua Chunying spoke about Huawei. What did she say?', { k: 5 })).filters).toEqual({ spokesperson: 'Hua Chunying', from: '2019-03-04', to: '2019-03-04' });
    expect((await dayAfter.search('昨天发言人在记者会上谈到华为，具体说了什么？', { k: 5 })).filters).toEqual(yesterday);
    // Another's words, a possessive of another's, a question asking for more now: the event's day.
    const names = dayAfter.spokespeople();
    for (const question of [
      "Yesterday, Japan's chief cabinet secretary said the islands are Japan's. What did China say?",
      'Yesterday, Russian Foreign Ministry spokeswoman Maria Zakharova said Russia agrees. What did China say?',
      "Yesterday's remarks by Pompeo on Huawei. What is China's response?",
      '昨天，日本官房长官表示钓鱼岛是日本领土。中方说了什么？',
    ]) expect(withoutStoryDays(question, names).toldDays, question).toHaveLength(1);
    // The Chinese pages' questions opening with a day, the Ministry's own talk among them ("昨天，外交部宣布了…。你能否提供…？"):
    // all but the three whose first clause asks (是否, 有无) are the event's.
    const chinese = parseTranscriptFiles(['seeds/mfa-zh']).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
    const opening = chinese.filter((r) => /^\s*(?:昨天|前天|大前天|上周[一二三四五六日天1-7]|周[一二三四五六日])/u.test(r.question ?? ''));
    expect(opening.length).toBe(309);
    expect(opening.filter((r) => withoutStoryDays(r.question!, names).toldDays === undefined).map((r) => r.id)).toEqual(['zh-2016-12-20#8', 'zh-2017-03-22#7', 'zh-2019-07-17#1']);
    expect(opening.filter((r) => /^\s*(?:昨天|周一)[，,]?(?:中国)?外交部|^\s*昨天[，,]?发言人/u.test(r.question!)).length).toBeGreaterThan(5);
  }, 60_000);

  it('cuts a month read from the newest day held to the briefings held, and says nothing of dates not held (explore38 M5)', async () => {
    const last = search.info().lastDate!;
    const [year, month, day] = last.split('-').map(Number);
    // The month of the newest briefing runs on past it: the case the note was false of.
    expect(new Date(Date.UTC(year!, month!, 0)).getUTCDate()).toBeGreaterThan(day!);
    const response = await search.search(`What did the spokesperson say on ${day}/${month}/${year}?`, { k: 5 });
    expect(response.filters.to).toBe(last);
    // Asked with no topic, the day named is what is searched (hunt-A #5), not its month.
    expect(response.filters.from).toBe(last);
    expect(response.total).toBeGreaterThan(0);
    expect(outsideNote(search, response.query, response.filters, response) ?? '').not.toContain('you asked about dates the index does not hold');
    // A month asked without its day still reaches past the index's end, and the note says so.
    const whole = await search.search(`Huawei in ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month! - 1]} ${year}`, { k: 5 });
    expect(whole.filters.to! > last).toBe(true);
  });

  it('searches each such day the index holds a briefing of where a question names a month\'s day without its year (hunt-A #1)', async () => {
    // The coronavirus on February 3: read as 2026's, the index held no briefing of it; as words, "Feb" and "3".
    const feb3 = await search.search('coronavirus Feb 3', { k: 50 });
    expect(feb3.total).toBeGreaterThan(0);
    expect(feb3.matches.every((m) => m.date.endsWith('-02-03'))).toBe(true);
    expect(feb3.matches.some((m) => m.date === '2020-02-03')).toBe(true);
    expect(feb3.daysSearched?.every((d) => d.endsWith('-02-03'))).toBe(true);
    expect(totalsLine(feb3)).toContain('only the briefings of February 3, ');
    // Every answer of a spokesperson on that day of any year, not the span between.
    const june4 = await search.search('What did Geng Shuang say on June 4?', { k: 0 });
    expect(june4.total).toBeGreaterThan(0);
    expect(june4.matches.every((m) => m.date.endsWith('-06-04') && search.record(m.id)!.spokesperson === 'Geng Shuang')).toBe(true);
    // Nothing found says which days were searched, not the years between them.
    const none = await search.search('Evergrande June 4', { k: 5 });
    expect(none.total).toBe(0);
    expect(nothingRelevantText(search, none)).toMatch(/in the briefings of June 4, \d{4} to \d{4} \(each June 4 the index holds a briefing of\)/);
  });

  it('answers a day named with no topic with that day\'s answers, not its month\'s (hunt-A #5)', async () => {
    const ofDay = openRecordsOf(search, '2020-05-12', 'Zhao Lijian');
    expect(ofDay.length).toBeGreaterThan(0);
    for (const question of ['What did Zhao Lijian say on 12 May 2020?', 'Zhao Lijian 2020-05-12', 'What did Zhao Lijian say on May 12, 2020?']) {
      const asked = await search.search(question, { k: 0 });
      expect(asked.matches.map((m) => m.id).sort(), question).toEqual(ofDay);
      expect(asked.filters, question).toMatchObject({ from: '2020-05-12', to: '2020-05-12' });
      expect(totalsLine(asked), question).toContain('only the briefings of May 12, 2020, the day your question names');
    }
    // A day without an answer of theirs: the month's, and the answer says the day held none.
    const none = await search.search('What did Zhao Lijian say on 10 May 2020?', { k: 5 });
    expect(none.total).toBeGreaterThan(ofDay.length);
    expect(totalsLine(none)).toContain('(no answer of May 10 among them)');
  });

  it('says a day\'s answers are among those listed where they hold only some of the words, not that the day has none (hunt-E F5)', async () => {
    const asked = await search.search('What did China say about the Ukraine crisis on January 17, 2022?', { k: 5 });
    const ofDay = asked.hits.filter((h) => h.record.date === '2022-01-17');
    expect(ofDay.length).toBeGreaterThan(0);
    expect(asked.hits[0]!.record.date).not.toBe('2022-01-17');
    expect(totalsLine(asked)).toContain(`(${ofDay.length} answer${ofDay.length > 1 ? 's' : ''} of January 17 among them, after those holding all your words)`);
    expect(totalsLine(asked)).not.toContain('no answer of January 17');
    // Holding them all, the day's answers come first, as before.
    const plain = await search.search('What did China say about Ukraine on January 17, 2022?', { k: 5 });
    expect(plain.hits[0]!.record.date).toBe('2022-01-17');
    expect(totalsLine(plain)).toContain('(the answers of January 17 first)');
  });
});

/** The ids of a spokesperson's records of one day, sorted. */
function openRecordsOf(engine: SearchEngine, date: string, spokesperson: string): string[] {
  return (engine.briefing(date)?.records ?? []).filter((r) => r.spokesperson === spokesperson).map((r) => r.id).sort();
}
