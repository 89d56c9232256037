import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totalsLine } from '../../src/answers/totals.js';
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
});
