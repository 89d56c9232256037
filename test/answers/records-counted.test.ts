import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heldListPage, LIST_PAGE_SIZE, listTitle } from '../../src/answers/result-list.js';
import { busiestMonthsText, searchTimeline } from '../../src/answers/timeline.js';
import { totalsLine } from '../../src/answers/totals.js';
import { recordsCountWords } from '../../src/answers/wording.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { openSearch } from '../../src/search/open.js';
import { buildSeedIndex } from '../search/lexical-index.js';

/** Every count of matches says the statements apart from the exchanges, as the answer's totals do (fix38f W2): lists and busiest months too. */
let built: { dir: string; cleanup: () => void };
let search: SearchEngine;

beforeAll(async () => {
  built = await buildSeedIndex('spox-records-counted-');
  search = await openSearch(built.dir, { embedder: null });
}, 120_000);
afterAll(() => built?.cleanup());

describe('counts of a list and of a timeline\'s busiest months (fix39b)', () => {
  it('titles a list holding statements as its answer counts them, and when the index no longer holds some of them', async () => {
    const response = await search.search('How many times did China mention Japan in 2019?', { k: 5 });
    const statements = response.matches.filter((m) => search.record(m.id)!.kind === 'statement').length;
    expect(statements).toBeGreaterThan(0);
    const counted = `${response.total - statements} exchanges and ${statements} statements`;
    // Asked how many times, the answer says the briefings the exchanges are from too.
    const briefings = new Set(response.matches.filter((m) => search.record(m.id)!.kind !== 'statement').map((m) => m.date)).size;
    expect(briefings).toBeLessThan(response.total - statements);
    expect(totalsLine(response).startsWith(`${response.total - statements} exchanges at ${briefings} briefings and ${statements} statements`)).toBe(true);
    const pages = Math.ceil(response.total / LIST_PAGE_SIZE);
    expect(listTitle(heldListPage(response, 0, search)!)).toBe(`${counted} · page 1 of ${pages}`);
    // An exchange the index was rebuilt without: counted among all, said apart.
    const rebuilt = { matches: [...response.matches, { id: '2099-01-01#1', score: 1, date: '2099-01-01' }] };
    expect(listTitle(heldListPage(rebuilt, 1, search)!)).toBe(
      `${response.total} of ${response.total + 1 - statements} exchanges and ${statements} statements (the index no longer holds 1) · page 2 of ${pages}`,
    );
    // None among them: exchanges alone, as before.
    const huawei = await search.search('Huawei', { k: 5 });
    expect(huawei.statements).toBeUndefined();
    expect(listTitle(heldListPage(huawei, 0, search)!)).toBe(`${huawei.total} exchanges · page 1 of ${Math.ceil(huawei.total / LIST_PAGE_SIZE)}`);
  });

  it('says the statements of a busiest month apart, in the words of the timeline\'s heading', async () => {
    const response = await search.search('COVID-19', { k: 0, wordsTogether: true, comparedAsSpan: true });
    const timeline = searchTimeline(search, 'COVID-19', response);
    const { lines } = busiestMonthsText(timeline, { bold: (text) => text, link: (label) => label });
    expect(lines).toHaveLength(timeline.busiest.length);
    const saidApart = timeline.busiest.map((m, i) => {
      const inMonth = response.matches.filter((match) => match.date.startsWith(m.month));
      const statements = inMonth.filter((match) => search.record(match.id)!.kind === 'statement').length;
      expect(m.count, m.month).toBe(inMonth.length);
      expect(lines[i]!.startsWith(`${m.month}: ${recordsCountWords(m.count, statements)} — `), lines[i]).toBe(true);
      return statements;
    });
    expect(saidApart.some((n) => n > 0)).toBe(true);
    expect(lines.some((line) => /: \d+ exchanges and \d+ statements? — /.test(line))).toBe(true);
  });
});
