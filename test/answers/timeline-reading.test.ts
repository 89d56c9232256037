import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timelineSpec } from '../../src/answers/chart.js';
import { searchTimeline, timelineSummary } from '../../src/answers/timeline.js';
import { nothingRelevantText, readingNotes } from '../../src/answers/totals.js';
import { plural } from '../../src/answers/wording.js';
import { withoutOverTime } from '../../src/search/over-time.js';
import { openSearch } from '../../src/search/open.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { buildIndex } from '../../src/store/build.js';
import { ENGLISH_SEEDS } from '../seed-sources.js';

/** The whole bundled index, English and Chinese pages: the Chinese ones hold months the English ones do not (July 2017). */
let search: SearchEngine;
const indexDir = mkdtempSync(join(tmpdir(), 'spox-timeline-reading-'));

beforeAll(async () => {
  const report = await buildIndex({ sources: [...ENGLISH_SEEDS, 'seeds/mfa-zh'], indexDir, embedder: null });
  expect(report.failures).toEqual([]);
  search = await openSearch(indexDir, { embedder: null, today: () => new Date('2026-11-29T00:00:00Z') });
}, 120_000);
afterAll(() => rmSync(indexDir, { recursive: true, force: true }));

// As the CLI, /timeline and Slack's timeline search a topic.
const timelineOf = async (topic: string) => searchTimeline(search, topic, await search.search(topic, { k: 0, wordsTogether: true, comparedAsSpan: true }));

describe('a timeline counts the topic as ask reads it (explore31 finding 3)', () => {
  it('reads "how has … changed over the years", "over time" and "evolution of" as asking how it went, not as topic words', () => {
    expect(withoutOverTime("How has China's position on Huawei changed over the years?")).toBe("China's position on Huawei?");
    expect(withoutOverTime('Huawei over the years')).toBe('Huawei');
    expect(withoutOverTime('the evolution of China’s stance on Xinjiang over time')).toBe('China’s stance on Xinjiang');
    expect(withoutOverTime('How has the Taiwan question evolved since 2019?')).toBe('the Taiwan question since 2019?');
    expect(withoutOverTime('Hong Kong over the past few years')).toBe('Hong Kong');
    // A change of something else, a quoted phrase, and nothing left: as typed.
    for (const typed of ['How has the pandemic changed the world economy?', 'climate change', '"over the years"', 'over time', 'What changed in Hong Kong in 2020?']) {
      expect(withoutOverTime(typed)).toBe(typed);
    }
  });

  it('charts every Huawei exchange for "How has China\'s position on Huawei changed over the years?" and "Huawei over the years", as for "Huawei"', async () => {
    const huawei = await timelineOf('Huawei');
    expect(huawei.total).toBeGreaterThan(100);
    for (const topic of ["How has China's position on Huawei changed over the years?", 'Huawei over the years', 'What did China say about Huawei']) {
      const t = await timelineOf(topic);
      // "China" is in most exchanges: the relevance rule reads no topic in it, and neither does the count.
      expect([topic, t.total, t.wordsCounted]).toEqual([topic, huawei.total, undefined]);
      expect([topic, t.first, t.last]).toEqual([topic, huawei.first, huawei.last]);
      expect(timelineSummary(t, plural)).toMatch(new RegExp(`^${huawei.total} exchanges; first `));
    }
    // ask reads it the same: the words of change are not searched.
    const asked = await search.search("How has China's position on Huawei changed over the years?", { k: 5 });
    expect(asked.searched).not.toMatch(/changed|years/);
    expect(asked.total).toBe(huawei.total);
  });

  it('still counts a topic of several rare words by the exchanges holding them all', async () => {
    const t = await timelineOf('Hong Kong national security law');
    expect(t.wordsCounted?.words).toEqual(['Hong Kong', 'national', 'security', 'law']);
  });
});

describe('dates only the other language\'s pages hold (explore31 finding 10)', () => {
  it('says the index holds Chinese briefings of the dates an English question asks, and to ask in Chinese', async () => {
    const chinese = search.briefingsBetween('2017-07-01', '2017-07-31', '洞朗').briefings;
    expect(chinese).toBeGreaterThan(10);
    expect(search.briefingsBetween('2017-07-01', '2017-07-31', 'Doklam').briefings).toBe(0);
    const query = 'Indian troops crossed the boundary Sikkim July 2017';
    const response = await search.search(query, { k: 5 });
    expect(response.total).toBe(0);
    const text = nothingRelevantText(search, response);
    expect(text).toContain('the index holds no English briefing in the dates you asked (July 2017: from 2017-07-01 to 2017-07-31)');
    expect(text).toContain(`The index holds ${chinese} Chinese briefings of those dates: ask in Chinese to search them.`);
    // Asked in Chinese, they are searched.
    expect((await search.search('2017年7月 洞朗', { k: 5 })).total).toBeGreaterThan(5);
  });

  it('says so of dates the English side holds only as imported pairs, which the Chinese pages hold whole (explore32d W11: September 2017)', async () => {
    const response = await search.search("What did China say about North Korea's nuclear test in September 2017?", { k: 5 });
    expect(response.total).toBe(0);
    const text = nothingRelevantText(search, response);
    const [, from, to] = /The index holds (2017-09-\d\d) to (2017-09-\d\d) only as the pairs imported from cmfa-presscon-v4-ukraine\.csv, which may not hold every exchange\./.exec(text) ?? [];
    expect(from).toBeDefined();
    expect(to! < '2017-09-30').toBe(true);
    // Of the month asked, with its days after the pairs end, which the English side holds nothing of.
    const chinese = search.briefingsBetween('2017-09-01', '2017-09-30', '朝鲜').briefings;
    expect(chinese).toBeGreaterThan(search.briefingsBetween(from!, to!, '朝鲜').briefings);
    expect(text).toContain(`The index holds ${chinese} Chinese briefings of those dates: ask in Chinese to search them.`);
    expect((await search.search('2017年9月 朝鲜 核试验', { k: 5 })).total).toBeGreaterThan(0);
    // Of a year held partly as imported pairs and partly not at all, every Chinese briefing of it, each once:
    // "Brexit in 2017" had counted those to 2017-09-27 only (hunt-K b).
    const brexit = await search.search('Brexit in 2017', { k: 5 });
    expect(brexit.total).toBe(0);
    const year = search.briefingsBetween('2017-01-01', '2017-12-31', '脱欧').briefings;
    expect(year).toBeGreaterThan(search.briefingsBetween('2017-01-01', '2017-09-27', '脱欧').briefings);
    expect(nothingRelevantText(search, brexit)).toContain(`The index holds ${year} Chinese briefings of those dates: ask in Chinese to search them.`);
  });

  it('asks in Chinese only where a Chinese briefing holds the spokesperson searched (explore37 #15: the Chinese pages end before Lin Jian)', async () => {
    const lin = await search.search('Ukraine', { k: 5, filters: { spokesperson: 'Lin Jian' } });
    expect(lin.total).toBe(0);
    const linText = nothingRelevantText(search, lin);
    expect(linText).toContain('only as the pairs imported from cmfa-presscon-v4-ukraine.csv');
    expect(linText).not.toContain('ask in Chinese');
    expect(search.briefingsBetween('2002-01-01', '2026-12-31', '乌克兰', 'Lin Jian').briefings).toBe(0);
    // Hua Chunying answered on Chinese pages of those dates: the advice stands, counting hers alone.
    const hua = await search.search('What did Hua Chunying say about Lithuania?', { k: 5 });
    expect(hua.total).toBe(0);
    const huaText = nothingRelevantText(search, hua);
    const [, counted] = / The index holds (\d+) Chinese briefings of those dates where Hua Chunying answered: ask in Chinese to search them\./.exec(huaText) ?? [];
    expect(Number(counted)).toBeGreaterThan(0);
    expect(Number(counted)).toBeLessThan(search.briefingsBetween('2002-01-01', '2026-12-31', '乌克兰').briefings);
  });

  it('marks the months of an English timeline the Chinese pages hold as such, not as months without a briefing', async () => {
    const t = await timelineOf('Huawei');
    const july = t.months.find((m) => m.month === '2017-07')!;
    expect(july).toMatchObject({ held: false, heldIn: 'zh' });
    // Neither language holds May 2021.
    expect(t.months.find((m) => m.month === '2021-05')).toMatchObject({ held: false });
    expect(t.months.find((m) => m.month === '2021-05')!.heldIn).toBeUndefined();
    const summary = timelineSummary(t, plural);
    expect(summary).toContain('The index holds no English briefing of ');
    const chineseMonths = t.months.filter((m) => m.heldIn === 'zh').length;
    expect(summary).toContain(` It holds Chinese briefings of ${chineseMonths} of them (`);
    expect(summary).toMatch(/: ask in Chinese to search them\.( The search looked through only part of [^.]*\.)?$/);
    expect((timelineSpec(t).title as { subtitle: string[] }).subtitle[1]).toContain('grey: no English briefing indexed that month');
    // A Chinese timeline of months the English pages hold says so the other way round.
    const zh = await timelineOf('华为');
    expect(zh.months.filter((m) => !m.held).every((m) => m.heldIn === 'en')).toBe(true);
  });

  it('finds the Ministry\'s "Donglang" for "Doklam"', async () => {
    const response = await search.search('What did China say about Doklam?', { k: 5 });
    const donglang = search.record('2018-11-15#8')!;
    expect(`${donglang.question} ${donglang.answer}`).toContain('Donglang');
    expect(`${donglang.question} ${donglang.answer}`).not.toMatch(/Doklam/i);
    expect(response.hits.map((h) => h.record.id)).toContain('2018-11-15#8');
    expect(response.missing.inNoRecord).toEqual([]);
  });
});

describe('months the index holds only part of (hunt-G b)', () => {
  it('marks a month a gap begins in, says which days were searched, and draws its bar lighter', async () => {
    const t = await timelineOf('Hong Kong');
    // July 2020: the English pages end on the 3rd, and the index holds nothing more until late August.
    const july = search.briefingsBetween('2020-07-01', '2020-07-31');
    expect(july.after! > '2020-08-07').toBe(true);
    const month = t.months.find((m) => m.month === '2020-07')!;
    expect(month).toMatchObject({ held: true, part: { from: '2020-07-01', to: july.last } });
    expect(month.count).toBeGreaterThan(0);
    // June 2020 is held whole; so is a month whose last briefing fell within a week of its end.
    expect(t.months.find((m) => m.month === '2020-06')!.part).toBeUndefined();
    for (const m of t.months.filter((x) => x.part)) {
      expect(m.held).toBe(true);
      expect(m.imported).toBe(false);
      expect(m.part!.from <= m.part!.to).toBe(true);
      // Nothing of the month outside the days said was searched: no briefing of the index falls there.
      expect(search.briefingsBetween(`${m.month}-01`, `${m.month}-31`, 'Hong Kong').briefings).toBe(search.briefingsBetween(m.part!.from, m.part!.to, 'Hong Kong').briefings);
    }
    const parts = t.months.filter((m) => m.part);
    const summary = timelineSummary(t, plural);
    expect(summary).toContain(` The search looked through only part of ${parts.length} months: `);
    expect(summary).toContain(`${parts.at(-1)!.part!.from} to ${parts.at(-1)!.part!.to}`);
    expect(summary).toMatch(/; their bars count those days alone\.$/);
    const values = (timelineSpec(t).data as { values: { month: string; part: number }[] }).values;
    expect(values.filter((v) => v.part === 1).map((v) => v.month.slice(0, 7))).toEqual(parts.map((m) => m.month));
    expect((timelineSpec(t).title as { subtitle: string[] }).subtitle.at(-1)).toBe('light blue bars: only part of the month indexed');
  });

  it('marks the first month of dates asked from its middle, and no month of a topic searched whole', async () => {
    const response = await search.search('Huawei', { k: 0, wordsTogether: true, comparedAsSpan: true, filters: { from: '2019-05-15', to: '2019-08-31' } });
    const t = searchTimeline(search, 'Huawei', response);
    expect(t.months.map((m) => m.month)).toEqual(['2019-05', '2019-06', '2019-07', '2019-08']);
    expect(t.months[0]!.part).toEqual({ from: '2019-05-15', to: '2019-05-31' });
    expect(t.months.slice(1).every((m) => !m.part)).toBe(true);
    expect(timelineSummary(t, plural)).toContain(' The search looked through only part of 1 month: 2019-05-15 to 2019-05-31; its bar counts those days alone.');
    const whole = await search.search('Huawei', { k: 0, wordsTogether: true, comparedAsSpan: true, filters: { from: '2019-05-01', to: '2019-08-31' } });
    const wholeTimeline = searchTimeline(search, 'Huawei', whole);
    expect(wholeTimeline.months.every((m) => !m.part)).toBe(true);
    expect(timelineSummary(wholeTimeline, plural)).not.toContain('only part of');
    expect((timelineSpec(wholeTimeline).title as { subtitle: string[] }).subtitle.join(' ')).not.toContain('light blue');
  });
});

describe('a day named (explore31 finding 17)', () => {
  it('is read as its month with a topic, that day\'s answers first, and as the day without one; the answer says which', async () => {
    // With no topic, every answer of that day (hunt-A #5): the month's, the day's first, had been said to be what was asked.
    const response = await search.search('What did Geng Shuang say on June 24, 2019?', { k: 5 });
    expect(response.filters).toMatchObject({ spokesperson: 'Geng Shuang', from: '2019-06-24', to: '2019-06-24' });
    const month = await search.search('What did Geng Shuang say in June 2019?', { k: 0 });
    const ofDay = month.matches.filter((m) => m.date === '2019-06-24').length;
    expect(ofDay).toBeGreaterThan(5);
    expect(response.total).toBe(ofDay);
    expect(response.matches.every((m) => m.date === '2019-06-24')).toBe(true);
    expect(readingNotes(response)).toContain('only the briefings of June 24, 2019, the day your question names');
    // Written as a date, with a topic: its month, the day's answers first.
    const huawei = await search.search('Huawei on 2019-06-24', { k: 5 });
    expect(huawei.hits[0]!.record.date).toBe('2019-06-24');
    expect(huawei.monthNamed).toBe('June 2019 (the answers of June 24 first)');
    // A timeline lists nothing first: the month alone.
    expect((await timelineOf('Huawei on 2019-06-24')).monthNamed).toBe('June 2019');
  });

  it('says when the day itself holds none of the answers (a Sunday)', async () => {
    const response = await search.search('What did Geng Shuang say on June 23, 2019?', { k: 5 });
    expect(response.matches.some((m) => m.date === '2019-06-23')).toBe(false);
    expect(response.monthNamed).toBe('June 2019 (no answer of June 23 among them)');
    expect(response.hits[0]!.record.date).toBe(response.last);
    // A month alone says the month alone.
    expect((await search.search('What did Geng Shuang say in June 2019?', { k: 5 })).monthNamed).toBe('June 2019');
  });
});

describe('two years compared (explore31 finding 20)', () => {
  it('answers "Huawei 2018 vs 2020" with the exchanges of both years, and says so', async () => {
    const huawei = (await search.search('Huawei', { k: 0 })).matches;
    const ofYears = huawei.filter((m) => m.date.startsWith('2018') || m.date.startsWith('2020'));
    expect(ofYears.some((m) => m.date.startsWith('2018')) && ofYears.some((m) => m.date.startsWith('2020'))).toBe(true);
    for (const query of ['Huawei 2018 vs 2020', 'Huawei in 2018 compared with 2020', 'Huawei 2020 versus 2018?']) {
      const response = await search.search(query, { k: 5 });
      expect([query, response.total]).toEqual([query, ofYears.length]);
      expect(response.matches.every((m) => /^20(18|20)-/.test(m.date))).toBe(true);
      expect(response.monthNamed).toBe('2018 and 2020');
      expect(response.missing.inNoRecord).toEqual([]);
      expect(readingNotes(response)).toContain('; only the briefings of 2018 and 2020, the two years your question names');
    }
    // Two spokespeople compared are still read as either speaking.
    expect((await search.search('Hua Chunying vs Geng Shuang on Huawei', { k: 0 })).speakerReading?.as).toBe('either');
  });

  it('charts the span of both years in a timeline, the years between included', async () => {
    const t = await timelineOf('Huawei 2018 vs 2020');
    expect(t.months[0]!.month).toBe('2018-01');
    expect(t.months.at(-1)!.month).toBe('2020-12');
    const huawei = (await search.search('Huawei', { k: 0 })).matches.filter((m) => m.date >= '2018' && m.date < '2021');
    expect(t.total).toBe(huawei.length);
    expect(t.months.find((m) => m.month === '2019-05')!.count).toBeGreaterThan(0);
    expect(timelineSummary(t, plural)).toContain('only the briefings between 2018 and 2020, as your question asks');
  });
});

describe('how a question was read, kept once for a stored result and a timeline (review33 #20)', () => {
  it('is the same reading of the same response in both, with every field the response sets', async () => {
    const { readingOf } = await import('../../src/answers/reading.js');
    const { ResultStore, storeResponse } = await import('../../src/answers/result-store.js');
    // A question read many ways at once (a spokesperson, an outlet and a month named), and a reporter's word the Ministry says otherwise.
    for (const [question, expected] of [
      ['What did Hua Chunying tell Reuters about Doklam in July 2017?', { spokespersonNamed: 'Hua Chunying', outletsNamed: ['Reuters'], monthNamed: 'July 2017' }],
      ['China penalises US arms makers', { ministryWords: expect.arrayContaining(['sanctions']) }],
    ] as const) {
      const response = await search.search(question, { k: 5, wordsTogether: true, comparedAsSpan: true });
      const reading = readingOf(response);
      expect(reading).toMatchObject(expected);
      const stored = storeResponse(new ResultStore(), { userId: 'U1', query: question, filters: {} }, response, search);
      const timeline = searchTimeline(search, question, response);
      for (const [field, value] of Object.entries(reading)) {
        expect(stored).toHaveProperty(field, value);
        expect(timeline).toHaveProperty(field, value);
      }
    }
  });
});

describe('a question in Chinese that finds nothing in the Chinese pages (hunt-E #8)', () => {
  it('says where the English briefings run, which run further, and to ask in English', async () => {
    const english = search.languages().find((l) => l.lang === 'en')!;
    const chinese = search.languages().find((l) => l.lang === 'zh')!;
    expect(english.to > chinese.to).toBe(true);
    const none = await search.search('中方对高市早苗讲话的回应', { k: 5 });
    expect(none.total).toBe(0);
    expect(nothingRelevantText(search, none)).toContain(`in the Chinese briefings from ${chinese.from} to ${chinese.to}. The index's English briefings run from ${english.from} to ${english.to}: ask in English to search them.`);
    // Dates given that the Chinese pages hold: nothing of it.
    const dated = await search.search('中方对高市早苗讲话的回应', { k: 5, filters: { from: '2019-01-01', to: '2019-12-31' } });
    expect(nothingRelevantText(search, dated)).not.toContain('ask in English');
  });
});
