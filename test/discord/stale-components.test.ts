import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ResultStore } from '../../src/answers/result-store.js';
import { openSearch } from '../../src/search/open.js';
import { SwappableSearch } from '../../src/search/swappable.js';
import type { SpoxSearch } from '../../src/search/types.js';
import { buildIndex } from '../../src/store/build.js';
import { FakeDiscord, type RecordedRequest } from './fake-discord.js';
import { customIds, only, startBot, type BotUnderTest } from './harness.js';
import * as raw from './raw-interactions.js';

/**
 * Buttons and menus whose values no longer name what they named: the index was rebuilt without
 * some records under the running bot (as `IndexFollower` swaps it in), a button of another version,
 * and values tampered with. Two small real indexes: with the PressCon pages, and without them.
 */
const EPHEMERAL = 64;
const WITH_PRESSCON = ['seeds/presscon', 'seeds/site-2026', 'seeds/plain-text'];
const WITHOUT_PRESSCON = ['seeds/site-2026', 'seeds/plain-text'];

let dir: string;
let before: SpoxSearch;
let after: SpoxSearch;
let swappable: SwappableSearch;
const discord = new FakeDiscord();
let bot: BotUnderTest;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'spox-rebuilt-'));
  await buildIndex({ sources: WITH_PRESSCON, indexDir: join(dir, 'before'), embedder: null });
  await buildIndex({ sources: WITHOUT_PRESSCON, indexDir: join(dir, 'after'), embedder: null });
  before = await openSearch(join(dir, 'before'), { embedder: null });
  after = await openSearch(join(dir, 'after'), { embedder: null });
  swappable = new SwappableSearch(before);
  await discord.start();
  bot = await startBot({ search: swappable.search, discord, results: new ResultStore() });
});

afterAll(async () => {
  await bot?.close();
  await discord.stop();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => swappable.swap(before));
afterEach(() => discord.clear());



/** The first card of an /ask, as the fake received it. */
async function firstCard(options: raw.Option[]) {
  const interaction = raw.slashCommand('ask', options);
  await bot.deliver(interaction);
  const body = only(discord.requestsFor(interaction).filter((r) => r.method === 'PATCH')).body;
  return { body, ids: customIds(body) };
}

/** Clicks a button (or picks a menu value) and returns the one request it caused. */
async function click(customId: string, values?: string[]): Promise<RecordedRequest> {
  const interaction = values ? raw.stringSelect(customId, values) : raw.button(customId);
  await bot.deliver(interaction);
  return only(discord.requestsFor(interaction));
}

/** A private reply (not an update, not the generic failure), and nothing logged as an error. */
function privateNotice(request: RecordedRequest): string {
  expect(request.body.type).toBe(4);
  expect(request.body.data.flags).toBe(EPHEMERAL);
  expect(request.body.data.allowed_mentions).toEqual({ parse: [] });
  expect(request.body.data.content).not.toContain('Something went wrong');
  expect(bot.logs.filter((l) => l.startsWith('error'))).toEqual([]);
  return request.body.data.content;
}

/** The custom id of card `index` (a page click), made from the card's own Next id. */
function pageTo(ids: string[], index: number): string {
  return ids.find((id) => id.startsWith('page:c.') && id.endsWith(':n'))!.replace(/\.\d+:n$/, `.${index}:n`);
}

describe('after the index is rebuilt without some of a result\'s matches', () => {
  it('paging to a match it no longer holds says so privately, kept or not, and the list says it holds none', async () => {
    const question = [raw.string('question', 'Ukraine Crimea'), raw.string('to', '2017-12-31')];
    const expected = await before.search('Ukraine Crimea', { filters: { to: '2017-12-31' }, k: 5 });
    expect(expected.total).toBeGreaterThan(6);
    expect(expected.matches.every((m) => m.id.startsWith('pc-'))).toBe(true);
    const { ids } = await firstCard(question);
    swappable.swap(after);

    // Card 2 was quoted at search time (kept); card 6 was not, and used to throw a RangeError.
    for (const index of [1, 5]) {
      const text = privateNotice(await click(pageTo(ids, index)));
      expect(text).toBe(
        `The index has been rebuilt since this search and no longer holds ${expected.total} of its ${expected.total} matches, this one (${expected.matches[index]!.id}) among them. Run /ask again to search the index as it is now.`,
      );
    }
    const list = privateNotice(await click(ids.find((id) => id.startsWith('list:'))!));
    expect(list).toMatch(new RegExp(`no longer holds ${expected.total} of its ${expected.total} matches\\. Run /ask again`));

    // The card's own buttons name an exchange the index does not hold any more, and why.
    const cite = privateNotice(await click(ids.find((id) => id.startsWith('cite:'))!));
    expect(cite).toBe(
      `Exchange ${expected.hits[0]!.record.id} is not in the index any more: the index has been rebuilt without it since this card was made. Run /ask again to search the index as it is now.`,
    );
  });

  it('lists the matches it still holds under a title that counts them, numbered as their cards, and opens them', async () => {
    const expected = await before.search('Japan', { k: 5 });
    const held = expected.matches.flatMap((m, i) => (after.record(m.id) ? [i] : []));
    expect(held.length).toBeGreaterThan(0);
    expect(held.length).toBeLessThan(expected.total);
    const { ids } = await firstCard([raw.string('question', 'Japan')]);
    swappable.swap(after);

    const list = await click(ids.find((id) => id.startsWith('list:'))!);
    expect(list.body.data.flags).toBe(EPHEMERAL);
    const embed = list.body.data.embeds[0];
    expect(embed.title).toBe(`${held.length} of ${expected.total} exchanges (the index no longer holds ${expected.total - held.length}) · page 1 of 1`);
    const lines: string[] = embed.description.split('\n');
    expect(lines.map((l) => Number(/^\*\*(\d+)\\?\.\*\*/.exec(l)?.[1]))).toEqual(held.map((i) => i + 1));
    expect(embed.footer.text).toContain('rebuilt');
    const menu = list.body.data.components[0].components[0];
    expect(menu.options.map((o: any) => o.value)).toEqual(held.map(String));

    // A listed match opens as its card, numbered among all the matches as the list numbers it.
    const picked = await click(menu.custom_id, [String(held[0])]);
    expect(picked.body.data.flags).toBe(EPHEMERAL);
    expect(picked.body.data.embeds[0].footer.text).toMatch(new RegExp(`^${held[0]! + 1} of ${expected.total} · ${expected.matches[held[0]!]!.id.replace(/[#.]/g, '\\$&')}`));
    // One it does not hold any more is said, not rendered from what the search kept.
    const goneIndex = expected.matches.findIndex((m) => !after.record(m.id));
    expect(privateNotice(await click(menu.custom_id, [String(goneIndex)]))).toContain(`this one (${expected.matches[goneIndex]!.id}) among them`);

    // The asker pages straight to a card the index holds.
    const paged = await click(pageTo(ids, held[0]!));
    expect(paged.body.type).toBe(7);
    expect(paged.body.data.embeds[0].footer.text).toMatch(new RegExp(`^${held[0]! + 1} of ${expected.total} · `));
  });
});

describe('buttons and menus whose values name nothing', () => {
  it('a button of another version gets "no longer works", privately, with nothing logged as an error', async () => {
    const text = privateNotice(await click('vote:abc'));
    expect(text).toBe('This button no longer works; run /ask again.');
    const menu = privateNotice(await click('poll:1', ['a']));
    expect(menu).toBe('This menu no longer works; run /ask again.');
    expect(bot.logs).toEqual([]);
  });

  it('a list menu value that is no position of the list says so, not that an "exchange 9999" is gone', async () => {
    const expected = await before.search('Japan', { k: 5 });
    const { ids } = await firstCard([raw.string('question', 'Japan')]);
    const list = await click(ids.find((id) => id.startsWith('list:'))!);
    const menu = list.body.data.components[0].components[0].custom_id;
    for (const value of ['9999', '-1', 'abc']) {
      expect(privateNotice(await click(menu, [value]))).toBe(
        `That choice is not one of this search's ${expected.total} matches. Open the list again with List all.`,
      );
    }
  });

  it('a reference that names no exchange, and offsets that are not sentences of the answer, are each said as they are', async () => {
    for (const id of ['cite:|', 'cite:', 'note:hello|', 'full:x#1|']) {
      expect(privateNotice(await click(id))).toBe(
        'This button does not name an exchange spox can read: it is damaged, or was made by another app. Run /ask again, or open an exchange by its id with /quote.',
      );
    }
    const record = before.briefing('2026-07-18')!.records[0]!;
    expect(record.answer.length).toBeGreaterThan(10);
    // 0-5 cuts the first sentence mid-way: no card made it, and the transcript did not change.
    const text = privateNotice(await click(`cite:${record.id}|0-5`));
    expect(text).toBe(
      `This button's quote does not match exchange ${record.id} as the index holds it now: the button is damaged, or the exchange was re-read since the card was made. Open it in full with /quote ${record.id}.`,
    );
    expect(text).not.toContain('has changed');
  });
});
