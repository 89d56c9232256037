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
    expect(read('What did they tell Reuters about Hong Kong?')).toEqual({ query: 'What did they say about Hong Kong?', outlet: 'Reuters', written: 'tell Reuters' });
    expect(read('Bloomberg’s questions on Huawei')?.outlet).toBe('Bloomberg');
    expect(read('questions asked by the Global Times on Taiwan')?.outlet).toBe('Global Times');
    // The longest name the index holds: "Reuters TV", not "Reuters" and a word " TV".
    expect(read('Huawei asked by Reuters TV')?.outlet).toBe('Reuters TV');
    // "The Associated Press" is written with its article in the index.
    expect(read('What did China tell the Associated Press about Xinjiang?')?.outlet).toBe('The Associated Press');
    // The table's other spellings of an outlet the index holds (explore30b 2.1), a hyphen written as a space.
    expect(read('Hong Kong questions from Agence France-Presse')?.outlet).toBe('Agence France-Presse');
    expect(read('Hong Kong asked by Agence France Presse')?.outlet).toBe('Agence France-Presse');
    expect(read('Hong Kong asked by SCMP')?.outlet).toBe('SCMP');
    // Told by a spokesperson: read as what the spokesperson said, the speaker's own form (explore30b 2.2).
    expect(read('What did Zhao Lijian tell AFP about Australia?')).toEqual({ query: 'What did Zhao Lijian say about Australia?', outlet: 'AFP', written: 'tell AFP' });
    expect(read('What did Reuters ask about Huawei?')?.outlet).toBe('Reuters');
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
    // Another spelling of the same outlet finds its questions as the index writes them (explore30b 2.1).
    const agence = await search.search('Hong Kong questions from Agence France-Presse', { k: 50 });
    expect(agence.total).toBeGreaterThan(0);
    expect(agence.matches.map((m) => m.id)).toEqual((await search.search('Hong Kong', { k: 50, filters: { outlet: 'AFP' } })).matches.map((m) => m.id));
    const scmp = await search.search('Hong Kong', { k: 50, filters: { outlet: 'SCMP' } });
    expect(scmp.matches.some((m) => search.record(m.id)!.outlet === 'South China Morning Post')).toBe(true);
    // The speaker and the outlet both read.
    const told = await search.search('What did Zhao Lijian tell AFP about Australia?', { k: 50 });
    expect(told.total).toBeGreaterThan(0);
    expect(told.matches.every((m) => search.record(m.id)!.spokesperson === 'Zhao Lijian' && /^(?:AFP|Agence France-Presse)$/.test(search.record(m.id)!.outlet ?? ''))).toBe(true);
    // Searched as words before: other outlets' exchanges came first.
    expect((await search.search('Hong Kong', { k: 50 })).total).toBeGreaterThan(asked.total);
  });
});
