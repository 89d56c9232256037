import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIST_PAGE_SIZE } from '../../src/answers/result-list.js';
import { ResultStore, storeResponse } from '../../src/answers/result-store.js';
import { citationMessage, recordMessages, resultCard, sharedCard } from '../../src/slack/cards.js';
import { blockViolations, SLACK_LIMITS, type SlackMessage } from '../../src/slack/limits.js';
import { listMessage } from '../../src/slack/result-list.js';
import { aboutMessage, briefingMessages, helpMessage, homeView } from '../../src/slack/views.js';
import type { SearchResponse } from '../../src/search/types.js';
import type { IndexedRecord } from '../../src/store/types.js';
import { buildSeedIndex } from '../discord/harness.js';
import { controlSequences, quoted } from './messages.js';

let seed: Awaited<ReturnType<typeof buildSeedIndex>>;
let records: IndexedRecord[];

beforeAll(async () => {
  seed = await buildSeedIndex();
  const ids = new Set<string>();
  records = [];
  for (const date of allBriefingKeys()) for (const r of seed.search.briefing(date)!.records) if (!ids.has(r.id)) (ids.add(r.id), records.push(r));
}, 120_000);
afterAll(() => seed?.remove());

/** Every briefing key of the index, walking from the first date with nearestBriefingDates. */
function allBriefingKeys(): string[] {
  const info = seed.search.info();
  const keys = new Set<string>();
  const dates = seed.search.nearestBriefingDates(info.firstDate!, info.briefings + 10);
  for (const date of dates) {
    keys.add(date);
    for (const suffix of 'bcd') if (seed.search.briefing(`${date}${suffix}`)) keys.add(`${date}${suffix}`);
  }
  return [...keys];
}

function check(what: string, message: SlackMessage): string[] {
  return [...blockViolations(message), ...controlSequences(message)].map((p) => `${what}: ${p}`);
}

/** The longest list of missing words a heading names: three words a part, each cut, and more counted. */
const LONGEST_MISSING = { inNoRecord: Array.from({ length: 9 }, () => 'W'.repeat(200)), inNoMatch: Array.from({ length: 12 }, () => 'W'.repeat(200)) };

describe('every exchange of the bundled corpus within Block Kit limits, escaped', () => {
  it('finds every record of the index', () => {
    const info = seed.search.info();
    // The index counts the republished translation of 2019-04-29 (2019-04-29b) as the day's exchanges, once (fix39b).
    const republished = records.filter((r) => r.key === '2019-04-29b').length;
    expect(republished).toBeGreaterThan(0);
    expect(records.length).toBe(info.exchanges + info.statements + republished);
  });

  it('cards, shared cards, full answers, /spox quote and citations', () => {
    const problems: string[] = [];
    // The longest question and filters a search can echo.
    const query = 'W'.repeat(300);
    const filters = { spokesperson: 'S'.repeat(100), outlet: 'O'.repeat(100), from: '2018-01-01', to: '2020-12-31' };
    let longestSection = 0;
    for (const record of records) {
      const { spans, quote } = seed.search.quoteFor(record, record.question ?? record.answer.slice(0, 60));
      const hit = { record, spans, quote, score: 1 };
      const response = {
        mode: 'lexical', sort: 'relevance', latestIntent: false, hits: [hit, hit, hit], matches: [], total: 3, first: record.date, last: record.date,
        described: null, spokespersonNamed: "Ministry Spokesperson's Office", monthNamed: 'September 2019', related: 5, missing: LONGEST_MISSING,
      } as unknown as SearchResponse;
      const result = new ResultStore().add({ ...response, userId: 'U', query, filters } as never);
      const card = resultCard(result, 1, seed.search);
      problems.push(...check(`${record.id} card`, card));
      for (const part of quoted(card)[0]!.split(' … ')) if (!record.answer.includes(part.replace(/ …$/, ''))) problems.push(`${record.id}: card quote not verbatim`);
      problems.push(...check(`${record.id} shared`, sharedCard(record, spans, quote, 'hybrid')));
      const full = recordMessages(record, { withQuestion: true, share: true });
      full.forEach((m, i) => problems.push(...check(`${record.id} full ${i}`, m)));
      const shown = full.flatMap(quoted).join('\n');
      if (shown.replace(/\s+/g, ' ').trim() !== record.answer.replace(/\s+/g, ' ').trim()) problems.push(`${record.id}: full answer not verbatim`);
      problems.push(...check(`${record.id} full answer`, recordMessages(record, { withQuestion: false, share: false })[0]!));
      problems.push(...check(`${record.id} cite`, citationMessage(record, spans)));
      problems.push(...check(`${record.id} cite whole`, citationMessage(record, [])));
      for (const m of full) for (const b of m.blocks) if (b.type === 'section' && b.text) longestSection = Math.max(longestSection, b.text.text.length);
    }
    expect(problems).toEqual([]);
    // The corpus has answers long enough to need more than one section: the cutting is exercised.
    expect(longestSection).toBeGreaterThan(SLACK_LIMITS.sectionText / 2);
  }, 240_000); // Every record of the index, quoted and cut: minutes on a loaded machine.

  it('every briefing, help, about and the Home tab', () => {
    const problems: string[] = [];
    for (const key of allBriefingKeys()) {
      const messages = briefingMessages(seed.search.briefing(key)!);
      messages.forEach((m, i) => problems.push(...check(`briefing ${key} ${i}`, m)));
    }
    problems.push(...check('help', helpMessage(seed.search)), ...check('about', aboutMessage(seed.search)));
    const home = homeView(seed.search, '2026-11-28 21:04 UTC');
    problems.push(...blockViolations({ blocks: home.blocks }, { view: true }));
    expect(problems).toEqual([]);
  });

  it('every page of the list view (List all): of the biggest result a broad search finds, and of every exchange of the index', async () => {
    const problems: string[] = [];
    const store = new ResultStore();
    const asked = { userId: 'U', query: `${'W'.repeat(280)} <!channel>`, filters: { spokesperson: 'S'.repeat(100), outlet: 'O'.repeat(100), from: '2018-01-01', to: '2030-12-31' } };
    // The biggest result of some broad questions, as the search stores it; up to a date past the index, so that a note says so.
    const options = { filters: { to: '2030-12-31' }, k: 5 };
    let biggest = await seed.search.search('China', options);
    for (const query of ['United States', 'Hong Kong', 'Taiwan', 'cooperation', 'the']) {
      const response = await seed.search.search(query, options);
      if (response.total > biggest.total) biggest = response;
    }
    expect(biggest.total).toBeGreaterThan(100);
    const every = { ...biggest, matches: records.map((r) => ({ id: r.id, date: r.date, score: 1 })), total: records.length };
    for (const [what, response] of [['biggest', biggest], ['every exchange', every]] as const) {
      const result = storeResponse(store, asked, response, seed.search);
      expect(result.note).not.toBeNull(); // the longest heading: with the note on dates outside the index
      const pages = Math.ceil(result.total / LIST_PAGE_SIZE);
      for (let page = 0; page < pages; page++) {
        const list = listMessage(result, page, seed.search)!;
        problems.push(...check(`${what} list page ${page}`, list));
        const menu = list.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])).find((e) => e.type === 'static_select');
        if (!menu || menu.type !== 'static_select' || menu.options.length !== Math.min(LIST_PAGE_SIZE, result.total - page * LIST_PAGE_SIZE)) problems.push(`${what} list page ${page}: menu options`);
      }
    }
    expect(problems).toEqual([]);
  });
});
