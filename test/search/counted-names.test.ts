import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchTimeline, timelineSummary } from '../../src/answers/timeline.js';
import { totalsLine } from '../../src/answers/totals.js';
import { plural } from '../../src/answers/wording.js';
import { openSearch } from '../../src/search/open.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { currentGeneration } from '../../src/store/layout.js';
import { openRecordStore } from '../../src/store/records-file.js';
import type { IndexedRecord } from '../../src/store/types.js';
import { buildSeedIndex } from './lexical-index.js';

/** Counts of a place or name a question asks about, against the words of the bundled transcripts (explore38 W4, M1, M2, M4). */
describe('counting what a question names, on the bundled corpus', () => {
  let search: SearchEngine;
  let built: { dir: string; cleanup: () => void };
  let records: IndexedRecord[];
  beforeAll(async () => {
    built = await buildSeedIndex('spox-counted-names-');
    search = await openSearch(built.dir, { embedder: null });
    records = openRecordStore(currentGeneration(built.dir)!).records.filter((r) => r.lang !== 'zh');
  });
  afterAll(() => built.cleanup());

  const text = (r: IndexedRecord): string => `${r.question ?? ''} ${r.answer}`;
  /** The ids of the English records whose text matches `pattern`, each exchange once (the search's own id where a day was published twice). */
  const holding = (pattern: RegExp, from = '', to = '9999'): string[] =>
    records.filter((r) => r.date >= from && r.date <= to && pattern.test(text(r))).map((r) => r.id);

  it('reads "Diaoyu Dao", the Ministry\'s usual English name, as the Diaoyu Islands, in counts and in the last mention (M1)', async () => {
    const islands = /\bDiaoyu\b|\bSenkaku/;
    const in2019 = holding(islands, '2019-01-01', '2019-12-31');
    expect(in2019.length).toBeGreaterThan(1);
    expect(in2019.some((id) => /Diaoyu Dao/.test(text(search.record(id)!)))).toBe(true);
    for (const question of ['How many times did China mention the Diaoyu Islands in 2019?', 'How many times did China mention the Senkaku islands in 2019?']) {
      const counted = await search.search(question, { k: 0 });
      expect(counted.matches.map((m) => m.id).sort(), question).toEqual(in2019.sort());
    }
    // The last exchange naming the islands, whichever name it writes.
    const every = holding(islands).map((id) => search.record(id)!);
    const last = every.reduce((a, b) => (b.date > a.date ? b : a));
    for (const question of ['When did China last mention the Diaoyu Islands?', 'When did China last mention the Senkaku islands?']) {
      const latest = await search.search(question, { k: 5 });
      expect([latest.last, latest.hits[0]!.record.date], question).toEqual([last.date, last.date]);
      expect(latest.total, question).toBe(every.length);
    }
    expect(totalsLine(await search.search('Diaoyu Islands', { k: 5 }))).toMatch(new RegExp(`^${every.length} exchanges`));
  });

  it('counts a capital where it is written, saying how many more on its country it left out, in ask and the timeline alike (W4, M2)', async () => {
    for (const [city, country] of [['Pyongyang', 'the DPRK'], ['Seoul', 'the ROK'], ['Tokyo', 'Japan']] as const) {
      const written = holding(new RegExp(`\\b${city}\\b`, 'i'));
      expect(written.length, city).toBeGreaterThan(0);
      const counted = await search.search(`How many times did China mention ${city}?`, { k: 0 });
      expect(counted.matches.map((m) => m.id).sort(), city).toEqual([...written].sort());
      const all = await search.search(city, { k: 0 });
      expect(all.total, city).toBeGreaterThan(written.length);
      const left = all.total - written.length;
      expect(totalsLine(counted), city).toContain(` writing “${city}” (${left} more on ${country} do not write it: not counted), `);
      const timeline = searchTimeline(search, city, await search.search(city, { k: 0, wordsTogether: true, comparedAsSpan: true }));
      expect([timeline.total, timeline.months.reduce((sum, m) => sum + m.count, 0)], city).toEqual([written.length, written.length]);
      expect(timelineSummary(timeline, plural), city).toContain(` writing “${city}” (${left} more on ${country} do not write it: not counted)`);
    }
    // No exchange writes "Damascus": the count is Syria's, and says so.
    expect(holding(/\bDamascus\b/i)).toEqual([]);
    const damascus = await search.search('How many times did China mention Damascus?', { k: 0 });
    expect(damascus.total).toBe((await search.search('Syria', { k: 0 })).total);
    expect(totalsLine(damascus)).toContain('; none writes “Damascus”: counted those on Syria');
  });

  it('reads Hanoi, the venue of the 2019 DPRK-US summit, as the city, not Vietnam (W4)', async () => {
    const hanoi = holding(/\bHanoi\b/);
    const found = await search.search('Hanoi summit', { k: 0 });
    expect(found.matches.map((m) => m.id).sort()).toEqual([...hanoi].sort());
    const both = holding(/\bHanoi\b/).filter((id) => /\bsummit/i.test(text(search.record(id)!)));
    const counted = await search.search('How many times did China mention the Hanoi summit?', { k: 0 });
    expect(counted.matches.map((m) => m.id).sort()).toEqual([...both].sort());
    expect(totalsLine(counted)).not.toContain('Vietnam');
    // The timeline counts the same exchanges, over the same span.
    const timeline = searchTimeline(search, 'Hanoi summit', await search.search('Hanoi summit', { k: 0, wordsTogether: true, comparedAsSpan: true }));
    expect(timeline.total).toBe(counted.total);
    const dates = both.map((id) => search.record(id)!.date).sort();
    expect([counted.first, counted.last]).toEqual([dates[0], dates.at(-1)]);
    expect(timeline.apartSpan ?? { first: timeline.first, last: timeline.last }).toEqual({ first: dates[0], last: dates.at(-1) });
  });

  it('says how many of many matches hold a word only a few of them hold (M4)', async () => {
    for (const [question, word, pattern] of [
      ["kim jong-un's sister", 'sister', /\bsisters?\b/i],
      ['Fukushima nuclear wastewater', 'Fukushima', /\bFukushima\b/i],
    ] as const) {
      const found = await search.search(question, { k: 0 });
      const holding = found.matches.filter((m) => pattern.test(text(search.record(m.id)!))).length;
      expect(holding, question).toBeGreaterThan(0);
      expect(found.total, question).toBeGreaterThan(10 * holding);
      const says = holding === 1 ? 'says' : 'say';
      expect(totalsLine(found), question).toContain(`; only ${holding} of them ${says} “${word}”`);
    }
    // A compound is said as typed, not as the term the index holds it by ("landbas": review39 5).
    const missiles = await search.search('where Washington might station new land-based missiles in Asia once the Cold War arms pact was gone', { k: 0 });
    expect(missiles.matches.some((m) => /\bland-based\b/i.test(text(search.record(m.id)!)))).toBe(true);
    expect(totalsLine(missiles)).toContain('“land-based”');
    expect(totalsLine(missiles)).not.toContain('landbas');
    // A word most matches hold is not said so.
    const huawei = await search.search('Huawei ban', { k: 0 });
    expect(totalsLine(huawei)).not.toContain('only ');
  });
});
