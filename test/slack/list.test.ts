import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { brokenReferenceText } from '../../src/answers/button-refs.js';
import { decodePosition, LIST_PAGE_SIZE, listPage, listRowHead, type ListRow } from '../../src/answers/result-list.js';
import { HITS_PER_SEARCH, ResultStore, storeResponse } from '../../src/answers/result-store.js';
import { resultCard } from '../../src/slack/cards.js';
import { blockViolations } from '../../src/slack/limits.js';
import { slackManifest } from '../../src/slack/manifest.js';
import { unescapeMrkdwn } from '../../src/slack/mrkdwn.js';
import { briefingMessages } from '../../src/slack/views.js';
import { openSearch } from '../../src/search/open.js';
import { SwappableSearch } from '../../src/search/swappable.js';
import type { SearchResponse, SpoxSearch } from '../../src/search/types.js';
import { buildIndex } from '../../src/store/build.js';
import { buildSeedIndex } from '../discord/harness.js';
import { waitFor } from './fake-slack.js';
import { buttonClick, menuChoice, startSlack, type SlackUnderTest } from './harness.js';
import { buttons, controlSequences, menuOptions, quoted, texts, type Sent } from './messages.js';

/**
 * `/spox latest` and the list view of a search (List all), through real Bolt in HTTP mode on
 * loopback, with the fake Slack recording what is sent to the response URLs.
 */
let seed: Awaited<ReturnType<typeof buildSeedIndex>>;
let dir: string;
/** An index of the 2026 pages only: what a rebuild may swap in under the running app. */
let only2026: SpoxSearch;
let swappable: SwappableSearch;
const clock = { now: 1_000_000 };
let s: SlackUnderTest;
let counter = 0;
const target = (): string => `l${++counter}`;

beforeAll(async () => {
  seed = await buildSeedIndex();
  dir = mkdtempSync(join(tmpdir(), 'spox-slack-list-'));
  await buildIndex({ sources: ['seeds/site-2026'], indexDir: join(dir, 'only2026'), embedder: null });
  only2026 = await openSearch(join(dir, 'only2026'), { embedder: null });
  swappable = new SwappableSearch(seed.search);
  s = await startSlack({ search: swappable.search, results: new ResultStore({ now: () => clock.now }) });
}, 120_000);
afterAll(async () => {
  await s?.close();
  seed?.remove();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await s.idle();
  swappable.swap(seed.search);
  const sent = s.fake.received.filter((x) => x.method === 'respond');
  s.fake.received.length = 0;
  for (const r of sent) {
    const message = r.body as unknown as Sent & { blocks: [] };
    expect(blockViolations({ text: message.text ?? '', blocks: message.blocks ?? [] })).toEqual([]);
    expect(controlSequences(message)).toEqual([]);
  }
  expect(s.logs.filter((l) => l.startsWith('error'))).toEqual([]);
});

async function answered(id: string): Promise<Sent[]> {
  await waitFor(`an answer at ${id}`, () => s.fake.responses(id).length > 0);
  await s.idle();
  return s.fake.responses(id) as Sent[];
}

async function spox(text: string): Promise<Sent[]> {
  const id = target();
  await s.command(text, { respondTo: id });
  return answered(id);
}

async function click(actionId: string, value: string, user?: string): Promise<Sent> {
  const id = target();
  await s.interact(buttonClick({ actionId, value, responseUrl: s.fake.responseUrl(id), ...(user ? { user } : {}) }));
  const messages = await answered(id);
  expect(messages).toHaveLength(1);
  return messages[0]!;
}

async function choose(value: string, user?: string): Promise<Sent> {
  const id = target();
  await s.interact(menuChoice({ actionId: 'spox_pick', value, responseUrl: s.fake.responseUrl(id), ...(user ? { user } : {}) }));
  const messages = await answered(id);
  expect(messages).toHaveLength(1);
  return messages[0]!;
}

/** The search `/spox QUERY` makes (no filter words), computed here. */
const searched = (query: string, search: SpoxSearch = seed.search): Promise<SearchResponse> => search.search(query, { filters: {}, k: HITS_PER_SEARCH });

/** The list's rows as Slack shows them: number, and the text after it with its entities read back. */
function rows(list: Sent): { n: number; text: string }[] {
  return texts(list).flatMap((t) => {
    const m = /^\*(\d+)\.\* ([^]*)$/.exec(t);
    return m ? [{ n: Number(m[1]), text: unescapeMrkdwn(m[2]!) }] : [];
  });
}

/** A shown row is the shared row (`listRowHead` and the question's opening), cut at most, with "…". */
function expectRow(shown: { n: number; text: string }, n: number, row: ListRow): void {
  expect(shown.n).toBe(n);
  const whole = listRowHead(row) + row.opening;
  if (shown.text.endsWith('…') && shown.text !== whole) expect(whole.startsWith(shown.text.slice(0, -1).trimEnd())).toBe(true);
  else expect(shown.text).toBe(whole);
  expect(shown.text.startsWith(listRowHead(row))).toBe(true);
}

const NOT_A_BUTTON = brokenReferenceText('/spox', '/spox quote');

describe('/spox latest', () => {
  it('shows the newest briefing in the index as /spox briefing shows it', async () => {
    const latest = seed.search.latestBriefing()!;
    expect(latest.summary.date).toBe(seed.search.info().lastDate);
    const messages = await spox('latest');
    expect(messages.map((m) => m.blocks)).toEqual(briefingMessages(latest).map((m) => m.blocks));
    expect(messages.every((m) => m.response_type === 'ephemeral')).toBe(true);
    const shown = messages.flatMap(texts).join('\n');
    for (const r of latest.records) expect(shown).toContain(`\`${r.id}\``);
    expect((await spox('LATEST')).map((m) => m.blocks)).toEqual(messages.map((m) => m.blocks));
    // Help and the manifest's usage hint name it.
    expect(texts((await spox('help'))[0]!).join('\n')).toContain('`/spox latest`');
    const [command] = (slackManifest() as { features: { slash_commands: { usage_hint: string }[] } }).features.slash_commands;
    expect(command!.usage_hint).toContain(' · latest · ');
    // With more words it is a question.
    expect(texts((await spox('latest Huawei'))[0]!)[0]).toContain('Results for “latest Huawei”');
  });
});

describe('List all on a search answer', () => {
  it('lists the matches ten a page, as the shared listPage rows, with Previous / Next page, and opens any row as its card', async () => {
    const expected = await searched('Huawei');
    expect(expected.total).toBeGreaterThan(2 * LIST_PAGE_SIZE);
    const [card] = await spox('Huawei');
    const listAll = buttons(card!).get('spox_list')!;
    expect(listAll.text).toBe(`List all ${expected.total}`);
    expect([...buttons(card!).keys()].slice(0, 2)).toEqual(['spox_next', 'spox_list']);

    const list = await click('spox_list', listAll.value!);
    expect(list.replace_original).toBe(true);
    expect(list.response_type).toBe('ephemeral');
    const pages = Math.ceil(expected.total / LIST_PAGE_SIZE);
    expect(texts(list)[0]).toContain('All matches for “Huawei” — ');
    expect(texts(list)).toContain(`*${expected.total} exchanges · page 1 of ${pages}*`);
    const first = listPage(expected.matches, 0, (id) => seed.search.record(id));
    expect(rows(list)).toHaveLength(LIST_PAGE_SIZE);
    rows(list).forEach((shown, i) => expectRow(shown, i + 1, first.rows[i]!));
    expect([...buttons(list).keys()]).toEqual(['spox_list_next', 'spox_cards']);

    // Next page, then Previous page back to the first.
    const second = await click('spox_list_next', buttons(list).get('spox_list_next')!.value!);
    expect(second.replace_original).toBe(true);
    expect(texts(second)).toContain(`*${expected.total} exchanges · page 2 of ${pages}*`);
    const page2 = listPage(expected.matches, 1, (id) => seed.search.record(id));
    rows(second).forEach((shown, i) => expectRow(shown, LIST_PAGE_SIZE + i + 1, page2.rows[i]!));
    expect([...buttons(second).keys()]).toEqual(['spox_list_previous', 'spox_list_next', 'spox_cards']);
    const back = await click('spox_list_previous', buttons(second).get('spox_list_previous')!.value!);
    expect(back.blocks).toEqual(list.blocks);

    // The menu: one option a row, opening that match's card in place of the list.
    const options = menuOptions(second, 'spox_pick');
    expect(options.map((o) => decodePosition(o.value)!.index)).toEqual(page2.rows.map((_, i) => LIST_PAGE_SIZE + i));
    const label = `${LIST_PAGE_SIZE + 3}. ${page2.rows[2]!.date} · ${page2.rows[2]!.spokesperson} · ${page2.rows[2]!.asker}`;
    expect(label.startsWith(unescapeMrkdwn(options[2]!.text.text).replace(/…$/, ''))).toBe(true);
    const picked = await choose(options[2]!.value);
    expect(picked.replace_original).toBe(true);
    const record = seed.search.record(expected.matches[LIST_PAGE_SIZE + 2]!.id)!;
    expect(texts(picked).join('\n')).toContain(`${LIST_PAGE_SIZE + 3} of ${expected.total} · ${record.id}`);
    const [quote] = quoted(picked);
    for (const part of quote!.split(' … ')) expect(record.answer).toContain(part.replace(/ …$/, ''));
    expect([...buttons(picked).keys()]).toEqual(expect.arrayContaining(['spox_previous', 'spox_next', 'spox_list', 'spox_full_answer', 'spox_cite', 'spox_share']));
    // Its List all goes back to the page holding it; Back to cards opens the page's first row.
    expect(decodePosition(buttons(picked).get('spox_list')!.value!)!.index).toBe(1);
    const cards = await click('spox_cards', buttons(second).get('spox_cards')!.value!);
    expect(texts(cards).join('\n')).toContain(`${LIST_PAGE_SIZE + 1} of ${expected.total} · ${expected.matches[LIST_PAGE_SIZE]!.id}`);
  });

  it('only for the person who searched; a value spox did not make gets the button wording, a result no longer kept says it expired', async () => {
    const [card] = await spox('Huawei');
    const value = buttons(card!).get('spox_list')!.value!;
    expect(texts(await click('spox_list', value, 'U0SOMEONE'))).toEqual(['Only the person who ran this search can page through it. Run /spox yourself.']);
    const list = await click('spox_list', value);
    const option = menuOptions(list, 'spox_pick')[0]!.value;
    expect(texts(await choose(option, 'U0SOMEONE'))).toEqual(['Only the person who ran this search can page through it. Run /spox yourself.']);

    const resultId = decodePosition(value)!.resultId;
    for (const tampered of ['', 'zzz', `l.${resultId}.0`, `c.${resultId}.99999`, `c.${resultId}.-1`, '2020-05-22#3']) {
      const reply = await choose(tampered);
      expect(reply.replace_original).toBe(false);
      expect(texts(reply)).toEqual([NOT_A_BUTTON]);
    }
    expect(texts(await click('spox_list', `c.${resultId}.0`))).toEqual([NOT_A_BUTTON]);
    expect(texts(await click('spox_list_next', 'not a position'))).toEqual([NOT_A_BUTTON]);
    expect(texts(await choose('c.nosuchresult.0'))).toEqual(['This result has expired. Run /spox again to search.']);

    // Kept for 24 hours.
    clock.now += 24 * 60 * 60_000 + 1;
    for (const reply of [await click('spox_list', value), await choose(option), await click('spox_list_next', buttons(list).get('spox_list_next')!.value!)]) {
      expect(reply.replace_original).toBe(false);
      expect(texts(reply)).toEqual(['This result has expired. Run /spox again to search.']);
    }
  });

  it('after an index swap, lists the matches it still holds under a title counting those it no longer holds, and says which card is gone', async () => {
    let expected: SearchResponse | undefined;
    let query = '';
    for (const candidate of ['Taiwan', 'Japan', 'United States', 'Ukraine']) {
      const response = await searched(candidate);
      const held = response.matches.filter((m) => only2026.record(m.id)).length;
      if (held > 0 && held < response.total && response.total > HITS_PER_SEARCH) {
        [expected, query] = [response, candidate];
        break;
      }
    }
    expect(expected, 'a question whose matches the 2026 index holds some of').toBeDefined();
    const held = expected!.matches.flatMap((m, i) => (only2026.record(m.id) ? [i] : []));
    const gone = expected!.total - held.length;
    const [card] = await spox(query);
    swappable.swap(only2026);

    const list = await click('spox_list', buttons(card!).get('spox_list')!.value!);
    // Statements counted apart, as the answer's totals count them (fix39b).
    const statements = expected!.matches.filter((m) => /#s\d/.test(m.id)).length;
    const all = statements > 0 ? `${expected!.total - statements} exchanges and ${statements} statement${statements === 1 ? '' : 's'}` : `${expected!.total} exchanges`;
    expect(texts(list)).toContain(`*${held.length} of ${all} (the index no longer holds ${gone}) · page 1 of ${Math.ceil(held.length / LIST_PAGE_SIZE)}*`);
    expect(rows(list).map((r) => r.n)).toEqual(held.slice(0, LIST_PAGE_SIZE).map((i) => i + 1));
    expect(texts(list)).toContain('The index has been rebuilt since this search: run /spox again to search it as it is now. Open any of these with the menu.');

    // A card the index no longer holds, kept at search time (quoted with the answer) or not: said privately, the message left as it is.
    const lostKept = [...Array(HITS_PER_SEARCH).keys()].find((i) => !held.includes(i));
    const lostLater = [...Array(expected!.total).keys()].find((i) => i >= HITS_PER_SEARCH && !held.includes(i));
    expect([lostKept, lostLater].every((i) => i !== undefined)).toBe(true);
    const at = (i: number): string => buttons(card!).get('spox_list')!.value!.replace(/^l\.(.*)\.\d+$/, `c.$1.${i}`);
    for (const lost of [lostKept!, lostLater!]) {
      for (const pressed of [await click('spox_next', at(lost)), await choose(at(lost))]) {
        expect(pressed.replace_original).toBe(false);
        expect(texts(pressed)).toEqual([
          `The index has been rebuilt since this search and no longer holds ${gone} of its ${expected!.total} matches, this one (${expected!.matches[lost]!.id}) among them. Run /spox again to search the index as it is now.`,
        ]);
      }
    }
    // One it still holds opens.
    const kept = await choose(at(held[0]!));
    expect(texts(kept).join('\n')).toContain(`${held[0]! + 1} of ${expected!.total} · ${expected!.matches[held[0]!]!.id}`);

    // A result none of whose matches the index holds: List all says so.
    swappable.swap(seed.search);
    const [old] = await spox('Meng Wanzhou');
    const before = await searched('Meng Wanzhou');
    expect(before.matches.some((m) => only2026.record(m.id))).toBe(false);
    swappable.swap(only2026);
    expect(texts(await click('spox_list', buttons(old!).get('spox_list')!.value!))).toEqual([
      `The index has been rebuilt since this search and no longer holds ${before.total} of its ${before.total} matches. Run /spox again to search the index as it is now.`,
    ]);
  });

  it('a card of a single match has no List all', async () => {
    const response = await searched('Huawei');
    const one = { ...response, hits: response.hits.slice(0, 1), matches: response.matches.slice(0, 1), total: 1 };
    const result = storeResponse(new ResultStore(), { userId: 'U', query: 'Huawei', filters: {} }, one, seed.search);
    expect(buttons(resultCard(result, 0, seed.search)).has('spox_list')).toBe(false);
  });
});

describe('escaping in the list view', () => {
  it('a question holding <!channel> is echoed escaped in the list heading: it neither notifies nor links', async () => {
    // A typed question loses its markup before it is searched (queryFrom); a result holding some
    // anyway (kept in the app's store, as a search stores it) must still not ping when listed.
    const results = new ResultStore();
    const app = await startSlack({ search: seed.search, results });
    try {
      const question = 'Huawei <!channel> <@U0BOSS> <https://evil.example|click>';
      const result = storeResponse(results, { userId: 'U0ASKER', query: question, filters: {} }, await searched('Huawei'), seed.search);
      const id = target();
      await app.interact(buttonClick({ actionId: 'spox_list', value: `l.${result.id}.0`, responseUrl: app.fake.responseUrl(id) }));
      await waitFor('the list', () => app.fake.responses(id).length > 0);
      await app.idle();
      const [list] = app.fake.responses(id) as Sent[];
      expect(texts(list!)[0]).toContain('All matches for “Huawei &lt;!channel&gt; &lt;@U0BOSS&gt; &lt;https://evil.example|click&gt;”');
      expect(controlSequences(list!)).toEqual([]);
      expect(blockViolations({ text: list!.text ?? '', blocks: list!.blocks ?? [] })).toEqual([]);
    } finally {
      await app.close();
    }
    // Typed, the markup is not searched, and nothing of it is echoed raw.
    const [card] = await spox('Huawei &lt;!channel&gt;');
    const list = await click('spox_list', buttons(card!).get('spox_list')!.value!);
    expect(texts(list)[0]).toContain('All matches for “Huawei” — ');
  });
});
