import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSearch } from '../../src/search/open.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { shareRead } from '../../src/search/share-read.js';
import { missingWordsLine } from '../../src/answers/totals.js';
import { buildSeedIndex } from './lexical-index.js';

/** Counts of many records read on a share of them (share-read.ts), on the bundled corpus's records. */
let search: SearchEngine;
let built: { dir: string; cleanup: () => void };

beforeAll(async () => {
  built = await buildSeedIndex('spox-share-read-');
  search = await openSearch(built.dir, { embedder: null });
});
afterAll(() => built.cleanup());

const text = (id: string): string => {
  const r = search.record(id)!;
  return `${r.question ?? ''}\n${r.answer}`;
};

describe('shareRead', () => {
  it('reads every record up to its most, and counts them as they are', async () => {
    const matches = (await search.search('Huawei', { k: 0 })).matches;
    expect(matches.length).toBeGreaterThan(20);
    const share = shareRead(matches, matches.length);
    expect(share.sampled).toBe(false);
    expect(share.read).toEqual(matches);
    expect(share.scaled(7)).toBe(7);
  });

  it('reads a share of more, the same records whatever asks, and scales a count close to the whole count', async () => {
    const matches = (await search.search('trade', { k: 0 })).matches;
    expect(matches.length).toBeGreaterThan(400);
    const share = shareRead(matches, 100);
    expect(share.sampled).toBe(true);
    expect(share.read.length).toBeLessThanOrEqual(100);
    expect(share.read.length).toBeGreaterThan(25);
    // A smaller share is part of a larger one, so that two counts read on the same records.
    const smaller = shareRead(matches, 50);
    const read = new Set(share.read.map((m) => m.id));
    expect(smaller.read.every((m) => read.has(m.id))).toBe(true);
    expect(shareRead(matches, 100).read).toEqual(share.read);
    const holds = (m: { id: string }): boolean => /\bUS\b|United States/.test(text(m.id));
    const whole = matches.filter(holds).length;
    const estimate = share.scaled(share.read.filter(holds).length);
    expect(whole).toBeGreaterThan(50);
    expect(Math.abs(estimate - whole)).toBeLessThan(0.25 * whole);
  });
});

describe('a name counted on a share of the matches', () => {
  it('says "about" of each count, and of none read how many were read', () => {
    const counted = { name: 'Global Security Initiative', partly: 7300, apart: 0, others: 7300, parts: ['Global', 'Initiative'] };
    expect(missingWordsLine({ inNoRecord: [], inNoMatch: [], partNames: [{ ...counted, holding: 1200, read: 1024 }] }))
      .toBe('only about 1200 of them say “Global Security Initiative”; about 7300 say only “Global” or “Initiative”');
    expect(missingWordsLine({ inNoRecord: [], inNoMatch: [], partNames: [{ ...counted, holding: 0, read: 1024 }] }))
      .toBe('none of the 1024 of them read says “Global Security Initiative”; about 7300 say only “Global” or “Initiative”');
    // Counted on all of them, the counts are said as they are.
    expect(missingWordsLine({ inNoRecord: [], inNoMatch: [], partNames: [{ ...counted, holding: 12, partly: 30, others: 30 }] }))
      .toBe('only 12 of them say “Global Security Initiative”; the other 30 say only “Global” or “Initiative”');
  });
});
