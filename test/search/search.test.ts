import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSearch } from '../../src/search/open.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { buildSeedIndex } from './lexical-index.js';

let search: SearchEngine;
let cleanup: () => void;

beforeAll(async () => {
  const built = await buildSeedIndex('spox-search-');
  cleanup = built.cleanup;
  search = await openSearch(built.dir, { embedder: null });
});
afterAll(() => cleanup());

const text = (r: { question: string | null; answer: string }): string => `${r.question ?? ''}\n${r.answer}`;

describe('lexical search on the bundled corpus', () => {
  it('reports lexical mode when there are no vectors', async () => {
    expect(search.info().mode).toBe('lexical');
    expect((await search.search('Huawei')).mode).toBe('lexical');
  });

  it('finds only exchanges that mention Meng Wanzhou in the top 5', async () => {
    const { hits } = await search.search('What did China say about Meng Wanzhou?');
    expect(hits).toHaveLength(5);
    for (const hit of hits) expect(text(hit.record)).toMatch(/Meng Wanzhou/);
  });

  it('applies date, spokesperson and outlet filters', async () => {
    const dated = await search.search('Huawei', { filters: { from: '2019-05-01', to: '2019-05-31' }, k: 20 });
    expect(dated.hits.length).toBeGreaterThan(3);
    for (const h of dated.hits) expect(h.record.date >= '2019-05-01' && h.record.date <= '2019-05-31').toBe(true);

    const hua = await search.search('Hong Kong', { filters: { spokesperson: 'Hua Chunying' }, k: 20 });
    expect(hua.hits.length).toBeGreaterThan(3);
    expect(hua.hits.every((h) => h.record.spokesperson === 'Hua Chunying')).toBe(true);

    const reuters = await search.search('Hong Kong', { filters: { outlet: 'reuters' }, k: 20 });
    expect(reuters.hits.length).toBeGreaterThan(0);
    expect(reuters.hits.every((h) => h.record.outlet === 'Reuters' || h.record.outlet === 'Reuters TV')).toBe(true);

    const none = await search.search('Huawei', { filters: { from: '2030-01-01' } });
    expect(none.hits).toEqual([]);
  });

  it('requires double-quoted phrases to occur in the exchange', async () => {
    const { hits } = await search.search('"national security law" Hong Kong', { k: 10 });
    expect(hits.length).toBe(10);
    for (const h of hits) expect(text(h.record).toLowerCase()).toContain('national security law');
    const absent = await search.search('"security law of the moon"');
    expect(absent.hits).toEqual([]);
  });

  it('says nothing is relevant rather than returning the least bad matches', async () => {
    for (const query of ['What did China say about the Eurovision song contest?', 'quantum chromodynamics', 'zzzz qqqq']) {
      expect((await search.search(query)).hits).toEqual([]);
    }
  });

  it('quotes the best sentences verbatim, with their offsets into the answer', async () => {
    const { hits } = await search.search('US arms sales to Taiwan');
    expect(hits.length).toBe(5);
    for (const hit of hits) {
      expect(hit.spans.length).toBeGreaterThan(0);
      let previousEnd = -1;
      for (const span of hit.spans) {
        expect(span.start).toBeGreaterThan(previousEnd);
        const sentence = hit.record.answer.slice(span.start, span.end);
        expect(hit.quote).toContain(sentence);
        previousEnd = span.end;
      }
      // Everything in the quote but the ellipses and the answer's own separators is answer text.
      for (const piece of hit.quote.split(' … ')) {
        expect(hit.record.answer).toContain(piece.replace(/^… /, '').replace(/ …$/, ''));
      }
    }
    expect(hits.some((h) => /arms sales? to Taiwan/i.test(h.quote))).toBe(true);
  });

  it('shows one card for an exchange the site published twice (a revised translation)', async () => {
    const filters = { from: '2019-04-29', to: '2019-04-29' };
    const { hits } = await search.search('US warships Taiwan Strait', { filters, k: 10 });
    const warships = hits.filter((h) => h.record.question?.startsWith('Yesterday two US warships sailed through the Taiwan Strait'));
    expect(warships).toHaveLength(1);
    // Both versions are in the index and either can be opened by id.
    expect(search.record('2019-04-29#1')?.question).toMatch(/^Yesterday two US warships/);
    expect(search.record('2019-04-29b#1')?.question).toMatch(/^Yesterday two US warships/);
  });

  it('looks up records, briefings, nearest dates and autocomplete values', () => {
    expect(search.record('2021-02-26#2')?.outlet).toBe('NOS');
    expect(search.briefing('2019-04-29b')?.summary.key).toBe('2019-04-29b');
    expect(search.briefing('2021-02-26')?.records).toHaveLength(13);
    expect(search.briefing('2019-01-01')).toBeUndefined();
    expect(search.nearestBriefingDates('2019-01-01', 2)).toEqual(['2019-01-02', '2019-01-03']);
    expect(search.latestBriefing()?.summary.date).toBe('2026-08-17');
    // The 2018-2021 pages, the 2026 pages (a statement is the unnamed spokesperson's), and the PressCon sample from 2002.
    expect(search.spokespeople()).toEqual([
      'Foreign Ministry Spokesperson', 'Geng Shuang', 'Guo Jiakun', 'Hong Lei', 'Hua Chunying', 'Jiang Yu', 'Kong Quan',
      'Lin Jian', 'Liu Jianchao', 'Lu Kang', 'Ma Zhaoxu', 'Mao Ning', 'Qin Gang', 'Unknown spokesperson', 'Wang Wenbin',
      'Zhang Qiyue', 'Zhao Lijian',
    ]);
    expect(search.outlets()).toContain('Bloomberg');
    const info = search.info();
    // 445 transcripts (441 pages of 2018-2020, 3 of 2026, the 2021 paste; the 2026 pastes give way to their pages)
    // and the PressCon sample's 324 dates less the 8 that pages cover.
    expect(info).toMatchObject({ firstDate: '2002-11-19', lastDate: '2026-08-17', briefings: 445 + 324 - 8, mode: 'lexical', model: null });
    expect(info.exchanges).toBeGreaterThan(4000);
  });
});
