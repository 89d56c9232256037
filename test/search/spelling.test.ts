import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingWordsLine, nothingRelevantText } from '../../src/answers/totals.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { openSearch } from '../../src/search/open.js';
import { editDistance } from '../../src/util/edit-distance.js';
import { buildSeedIndex } from './lexical-index.js';

let search: SearchEngine;
let cleanup: () => void;

beforeAll(async () => {
  const built = await buildSeedIndex('spox-spelling-');
  cleanup = built.cleanup;
  search = await openSearch(built.dir, { embedder: null });
});
afterAll(() => cleanup());

describe('edit distance', () => {
  it('counts a swap of neighbours as one edit, and gives up past the most allowed', () => {
    expect(editDistance('xinjaing', 'xinjiang', 2)).toBe(1);
    expect(editDistance('pompoe', 'pompeo', 1)).toBe(1);
    expect(editDistance('tibbet', 'tibet', 1)).toBe(1);
    expect(editDistance('huawei', 'huawei', 1)).toBe(0);
    expect(editDistance('kashmere', 'kashmir', 1)).toBe(null);
    expect(editDistance('kashmere', 'kashmir', 2)).toBe(2);
    expect(editDistance('iran', 'iraq', 0)).toBe(null);
  });
});

describe('did you mean', () => {
  it('suggests the word the transcripts write a slip away from one no exchange says, and for an empty answer what it finds', async () => {
    for (const [typed, meant] of [['Huwaei', 'Huawei'], ['Pompoe', 'Pompeo'], ['Xinjaing', 'Xinjiang']] as const) {
      const alone = await search.search(typed);
      const right = await search.search(meant, { k: 0 });
      expect([alone.total, right.total > 0]).toEqual([0, true]);
      expect(alone.missing.inNoRecord).toEqual([typed]);
      expect(alone.missing.didYouMean).toEqual({ words: [{ typed, suggested: meant }], query: meant, total: right.total });
      // Beside results it is not counted: a second search for every query with a word the corpus lacks costs too much.
      const some = await search.search(`${typed} human rights`);
      expect(some.total).toBeGreaterThan(0);
      expect(some.missing.didYouMean).toEqual({ words: [{ typed, suggested: meant }], query: `${meant} human rights` });
    }
  });

  it('says it in the answer, empty or not, and never searches the suggestion instead', async () => {
    const empty = await search.search('Huwaei');
    expect(empty.total).toBe(0);
    const huawei = await search.search('Huawei', { k: 0 });
    expect(nothingRelevantText(search, empty)).toContain(`No exchange in the index says “Huwaei”. Did you mean “Huawei”? It finds ${huawei.total} exchanges.`);
    const some = await search.search('Xinjaing human rights');
    expect(some.total).toBeGreaterThan(0);
    // Searched as typed: respelled, it would find what the suggestion finds.
    expect(some.total).not.toBe((await search.search('Xinjiang human rights', { k: 0 })).total);
    expect(missingWordsLine(some.missing)).toBe('no exchange in the index says “Xinjaing” (did you mean “Xinjiang”?)');
  });

  it('suggests nothing for a word of a later year that is a letter from another word, or a prefix away', async () => {
    // "Jingping" is a letter from the stem of "Jing", four from the word; a name typed is no common word ("Milei", "miles").
    for (const query of ['Omicron variant', 'decertification of Hong Kong', 'Evergrande collapse', 'Xi Jingping', 'Milei']) {
      expect((await search.search(query)).missing.didYouMean).toBeUndefined();
    }
  });
});
