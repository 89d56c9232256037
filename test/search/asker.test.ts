import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askerIntent } from '../../src/search/asker.js';
import { openSearch } from '../../src/search/open.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { totalsLine } from '../../src/answers/totals.js';
import { buildSeedIndex } from './lexical-index.js';

let search: SearchEngine;
let cleanup: () => void;

beforeAll(async () => {
  const built = await buildSeedIndex('spox-asker-');
  cleanup = built.cleanup;
  search = await openSearch(built.dir, { embedder: null });
});
afterAll(() => cleanup());

describe('an outlet the question says asked (explore30 B1)', () => {
  it('reads a form of asking or telling with an outlet the index holds, and nothing else', () => {
    const outlets = search.outlets();
    const read = (q: string) => askerIntent(q, outlets);
    expect(read('Hong Kong asked by Reuters')).toEqual({ query: 'Hong Kong', outlet: 'Reuters', written: 'asked by Reuters' });
    expect(read('Hong Kong questions from AFP')?.outlet).toBe('AFP');
    expect(read('What did they tell Reuters about Hong Kong?')).toEqual({ query: 'What did they about Hong Kong?', outlet: 'Reuters', written: 'tell Reuters' });
    expect(read('Bloomberg’s questions on Huawei')?.outlet).toBe('Bloomberg');
    expect(read('questions asked by the Global Times on Taiwan')?.outlet).toBe('Global Times');
    // The longest name the index holds: "Reuters TV", not "Reuters" and a word " TV".
    expect(read('Huawei asked by Reuters TV')?.outlet).toBe('Reuters TV');
    // "The Associated Press" is written with its article in the index.
    expect(read('What did China tell the Associated Press about Xinjiang?')?.outlet).toBe('The Associated Press');
    // A topic that names an outlet, an outlet the index never saw ask, a quoted phrase: words.
    for (const topic of ['the Bloomberg reporter detained in Beijing', 'Global Times editorial', 'Hong Kong asked by Fox News', '"asked by Reuters"', 'Reuters']) {
      expect(read(topic), topic).toBeNull();
    }
  });

  it('searches only that outlet\'s questions, says so, and says when the outlet option overrides it', async () => {
    const asked = await search.search('Hong Kong asked by Reuters', { k: 50 });
    expect(asked.filters.outlet).toBe('Reuters');
    expect(asked.outletNamed).toBe('Reuters');
    expect(asked.total).toBeGreaterThan(0);
    expect(asked.matches.every((m) => search.record(m.id)!.outlet === 'Reuters')).toBe(true);
    // The same answer as the option gives, and as the plain topic with it.
    const option = await search.search('Hong Kong', { k: 50, filters: { outlet: 'Reuters' } });
    expect(asked.matches.map((m) => m.id)).toEqual(option.matches.map((m) => m.id));
    expect(totalsLine(asked)).toContain('; only questions Reuters asked, the outlet your question names');
    const overridden = await search.search('Hong Kong asked by Reuters', { filters: { outlet: 'AFP' } });
    expect(overridden.filters.outlet).toBe('AFP');
    expect(overridden.outletNamed).toBeUndefined();
    expect(totalsLine(overridden)).toContain('only questions AFP asked, as the outlet option asks, not Reuters, whom your question names');
    // Searched as words before: other outlets' exchanges came first.
    expect((await search.search('Hong Kong', { k: 50 })).total).toBeGreaterThan(asked.total);
  });
});
