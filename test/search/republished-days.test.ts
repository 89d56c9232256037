import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchTimeline, timelineSummary } from '../../src/answers/timeline.js';
import { totalsLine } from '../../src/answers/totals.js';
import { plural } from '../../src/answers/wording.js';
import { openSearch } from '../../src/search/open.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { buildSeedIndex } from './lexical-index.js';

/**
 * The days the bundled English pages hold two transcripts of (explore38 W1): 2019-04-29 and 2019-04-29b, two
 * translations of one briefing, whose questions are worded apart; 2019-08-06b, other remarks of that day.
 */
describe('a day the Ministry published twice, on the bundled corpus', () => {
  let search: SearchEngine;
  let built: { dir: string; cleanup: () => void };
  beforeAll(async () => {
    built = await buildSeedIndex('spox-republished-');
    search = await openSearch(built.dir, { embedder: null });
  });
  afterAll(() => built.cleanup());

  const number = (id: string): string => id.slice(id.indexOf('#'));

  it('gives each exchange of 2019-04-29 one card and one count, whichever translation words it better', async () => {
    const first = search.briefing('2019-04-29')!.records;
    const second = search.briefing('2019-04-29b')!.records;
    expect([first.length, second.length]).toEqual([12, 12]);
    for (const record of second) {
      // The second translation's own words: both versions share most of them.
      const words = record.question!.split(/\s+/).slice(0, 12).join(' ');
      const found = await search.search(words, { k: 0, filters: { from: '2019-04-29', to: '2019-04-29' } });
      const ids = found.matches.map((m) => m.id);
      const versions = ids.filter((id) => number(id) === number(record.id));
      expect(versions, words).toHaveLength(1);
      expect(found.total, words).toBe(ids.length);
    }
    const emperor = await search.search('Emperor Akihito abdicate', { k: 5 });
    const ids = emperor.hits.map((h) => h.record.id);
    expect(ids.filter((id) => id.startsWith('2019-04-29')), ids.join(' ')).toHaveLength(1);
    // The one shown names the other translation.
    const shown = emperor.hits.find((h) => h.record.id.startsWith('2019-04-29'))!;
    expect(shown.otherVersions?.map((v) => v.key)).toEqual([shown.record.key === '2019-04-29' ? '2019-04-29b' : '2019-04-29']);
  });

  it('names as another version only a transcript holding the same exchange', () => {
    // 2019-08-06b is Hua Chunying's remarks on Nancy Pelosi, not another transcript of that day's seven answers.
    expect(search.briefing('2019-08-06b')!.records).toHaveLength(1);
    expect(search.otherVersions(search.record('2019-08-06b#1')!).otherVersions).toBeUndefined();
    for (const record of search.briefing('2019-08-06')!.records) expect(search.otherVersions(record).otherVersions, record.id).toBeUndefined();
    // Counted as that day's own: one briefing, its seven exchanges and the remarks.
    expect(search.briefingsBetween('2019-08-06', '2019-08-06', 'Hong Kong')).toMatchObject({ briefings: 1, exchanges: 8 });
    expect(search.briefingsBetween('2019-04-29', '2019-04-29', 'Hong Kong')).toMatchObject({ briefings: 1, exchanges: 12 });
    for (const record of search.briefing('2019-04-29')!.records) {
      expect(search.otherVersions(record).otherVersions?.map((v) => v.key), record.id).toEqual(['2019-04-29b']);
    }
  });

  it('counts the exchanges of a year once each, and the statements among them apart (W1, W2)', async () => {
    const japan = await search.search('How many times did China mention Japan in 2019?', { k: 0 });
    const ids = new Set(japan.matches.map((m) => m.id));
    for (const id of ids) if (id.startsWith('2019-04-29b')) expect(ids.has(`2019-04-29${number(id)}`), id).toBe(false);
    // Opening statements name Japan too (2019-04-12#s1): counted, and said to be statements.
    const statements = japan.matches.filter((m) => search.record(m.id)!.kind === 'statement').length;
    expect(statements).toBeGreaterThan(0);
    expect(japan.statements).toBe(statements);
    const briefings = new Set(japan.matches.filter((m) => search.record(m.id)!.kind !== 'statement').map((m) => m.date)).size;
    expect(totalsLine(japan)).toMatch(new RegExp(`^${japan.total - statements} exchanges at ${briefings} briefings and ${statements} statements, 2019-`));

    // Who spoke in 2019: every exchange of the year's English briefings, a translation published twice once.
    const dates = search.nearestBriefingDates('2019-07-01', 3000).filter((d) => d.startsWith('2019-'));
    const records = dates.flatMap((d) => {
      const again = search.briefing(`${d}b`)?.records.filter((r) => !search.otherVersions(r).otherVersions) ?? [];
      return [...search.briefing(d)!.records, ...again];
    }).filter((r) => r.lang !== 'zh' && !r.key.startsWith('pc-'));
    const exchanges = records.filter((r) => r.kind === 'exchange').length;
    const who = await search.search('Who were the spokespeople in 2019?', { k: 0 });
    expect([who.total, who.statements]).toEqual([records.length, records.length - exchanges]);
    expect(totalsLine(who)).toMatch(new RegExp(`^${exchanges} exchanges and ${records.length - exchanges} statements, `));
    // Each spokesperson's count is of those records: they add up to the total.
    expect(who.answeredBy!.reduce((sum, a) => sum + a.count, 0)).toBe(who.total);

    // The timeline's heading counts them so too.
    const timeline = searchTimeline(search, 'Japan', await search.search('Japan', { k: 0, wordsTogether: true, comparedAsSpan: true }));
    expect(timeline.statements).toBeGreaterThan(0);
    expect(timelineSummary(timeline, plural)).toMatch(new RegExp(`^${timeline.total - timeline.statements!} exchanges and ${timeline.statements} statements; first `));
  });

  it('holds 2019-04-29b as no second briefing, and its exchanges once, wherever the index is counted (ask --about, /about) (fix39b)', () => {
    const briefings = search.briefingKeys().map((key) => search.briefing(key)!);
    const twin = search.briefing('2019-04-29b')!.records;
    // Every exchange of the twin is one of 2019-04-29's, translated again.
    expect(twin.every((r) => search.otherVersions(r).otherVersions?.some((v) => v.key === '2019-04-29'))).toBe(true);
    const records = briefings.flatMap((b) => b.records);
    const exchanges = records.filter((r) => r.kind === 'exchange').length;
    const statements = records.length - exchanges;
    const twinExchanges = twin.filter((r) => r.kind === 'exchange').length;
    expect(twinExchanges).toBe(12);
    expect(search.info()).toMatchObject({ briefings: briefings.length - 1, exchanges: exchanges - twinExchanges, statements: statements - (twin.length - twinExchanges) });
    // The span, the sources and the languages count the same briefings; 2019-08-06b, other remarks of its day, is one of them.
    expect(search.coverage().briefings).toBe(briefings.length - 1);
    expect(search.sources().reduce((sum, s) => sum + s.briefings, 0)).toBe(briefings.length - 1);
    expect(search.languages()).toEqual([expect.objectContaining({ lang: 'en', briefings: briefings.length - 1 })]);
    expect(search.briefing('2019-08-06b')!.records.some((r) => search.otherVersions(r).otherVersions)).toBe(false);
  });
});
