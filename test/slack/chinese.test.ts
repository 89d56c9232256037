import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSearch } from '../../src/search/open.js';
import type { SpoxSearch } from '../../src/search/types.js';
import { blockViolations } from '../../src/slack/limits.js';
import { buildIndex } from '../../src/store/build.js';
import { bilingualSample } from '../seed-sources.js';
import { waitFor } from './fake-slack.js';
import { buttonClick, startSlack, type SlackUnderTest } from './harness.js';
import { buttons, quoted, texts, type Sent } from './messages.js';

const sample = bilingualSample();
const indexDir = mkdtempSync(join(tmpdir(), 'spox-slack-zh-'));
let search: SpoxSearch;
let s: SlackUnderTest;
let counter = 0;

beforeAll(async () => {
  await buildIndex({ sources: [sample.dir], indexDir, embedder: null });
  search = await openSearch(indexDir, { embedder: null });
  s = await startSlack({ search, lastUpdate: '2026-11-28 21:04 UTC' });
}, 120_000);
afterAll(async () => {
  await s?.close();
  sample.remove();
  rmSync(indexDir, { recursive: true, force: true });
});

async function answersTo(send: (respondTo: string) => Promise<unknown>): Promise<Sent[]> {
  const id = `zh${++counter}`;
  await send(id);
  await waitFor(`an answer (${id})`, () => s.fake.responses(id).length > 0);
  await s.idle();
  return s.fake.responses(id) as Sent[];
}

describe('the Chinese original on Slack', () => {
  it('puts a 中文原文 button on a card whose exchange has a Chinese original; it shows that exchange privately, verbatim, with its own link and Cite', async () => {
    const english = search.record('2019-05-20#1')!;
    const chinese = search.record(english.zh!.id)!;
    const [card] = await answersTo((id) => s.command('Google suspended business with Huawei', { user: 'U0ASKER', respondTo: id }));
    expect(texts(card!).join('\n')).toContain('2019-05-20#1');
    expect([...buttons(card!).keys()]).toEqual(['spox_next', 'spox_list', 'spox_full_answer', 'spox_cite', 'spox_share', 'spox_transcript', 'spox_chinese']);
    expect(buttons(card!).get('spox_chinese')).toMatchObject({ text: '中文原文', value: '2019-05-20#1' });

    const shown = await answersTo((id) => s.interact(buttonClick({ actionId: 'spox_chinese', value: english.id, user: 'U0OTHER', responseUrl: s.fake.responseUrl(id) })));
    expect(shown.every((m) => m.response_type === 'ephemeral')).toBe(true);
    for (const m of shown) expect(blockViolations({ text: m.text ?? '', blocks: (m as unknown as { blocks: [] }).blocks ?? [] })).toEqual([]);
    // Verbatim: the Chinese answer in full, its question, its id, its own transcript link and Cite.
    expect(shown.flatMap(quoted).join('\n').replace(/\s+/g, '')).toBe(chinese.answer.replace(/\s+/g, ''));
    const all = shown.flatMap(texts).join('\n');
    expect(all).toContain(chinese.question!.slice(0, 20));
    expect(all).toContain(chinese.id);
    const last = shown.at(-1)!;
    expect(buttons(last).get('spox_transcript')!.url).toBe(chinese.url);
    expect(buttons(last).has('spox_cite')).toBe(true);
    expect(buttons(last).has('spox_chinese')).toBe(false);
  });

  it('puts an English button on a card whose Chinese exchange has an English one; it shows that exchange privately, verbatim, with a way back', async () => {
    const english = search.record('2019-05-20#1')!;
    const chinese = search.record(english.zh!.id)!;
    const [card] = await answersTo((id) => s.command(chinese.question!.slice(0, 40), { user: 'U0ASKER', respondTo: id }));
    expect(texts(card!).join('\n')).toContain(chinese.id);
    expect(buttons(card!).get('spox_english')).toMatchObject({ text: 'English', value: chinese.id });
    expect(buttons(card!).has('spox_chinese')).toBe(false);

    const shown = await answersTo((id) => s.interact(buttonClick({ actionId: 'spox_english', value: chinese.id, user: 'U0OTHER', responseUrl: s.fake.responseUrl(id) })));
    expect(shown.every((m) => m.response_type === 'ephemeral')).toBe(true);
    expect(shown.flatMap(quoted).join('\n').replace(/\s+/g, '')).toBe(english.answer.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\s+/g, ''));
    const last = shown.at(-1)!;
    expect(buttons(last).get('spox_transcript')!.url).toBe(english.url);
    expect(buttons(last).get('spox_chinese')).toMatchObject({ value: english.id });
    // The Chinese original shown from an English card leads back to the English exchange.
    const original = await answersTo((id) => s.interact(buttonClick({ actionId: 'spox_chinese', value: english.id, responseUrl: s.fake.responseUrl(id) })));
    expect(buttons(original.at(-1)!).get('spox_english')).toMatchObject({ value: chinese.id });
    // No card of an English exchange has an English button: one that names it was not made by spox (explore32a F8).
    const none = await answersTo((id) => s.interact(buttonClick({ actionId: 'spox_english', value: english.id, responseUrl: s.fake.responseUrl(id) })));
    expect(texts(none[0]!).join(' ')).toContain('This button does not name an exchange spox can read');
  });

  it('refuses 中文原文 on a Chinese exchange as a damaged button, and says so when a record is not in the index', async () => {
    // A Chinese exchange is its own original: no card of spox's gives it a 中文原文 button (explore32a F8).
    const alone = search.record(search.record('2019-05-20#1')!.zh!.id);
    expect(alone).toBeDefined();
    const none = await answersTo((id) => s.interact(buttonClick({ actionId: 'spox_chinese', value: alone!.id, responseUrl: s.fake.responseUrl(id) })));
    expect(texts(none[0]!).join(' ')).toContain('This button does not name an exchange spox can read');
    const gone = await answersTo((id) => s.interact(buttonClick({ actionId: 'spox_chinese', value: '1999-01-01#1', responseUrl: s.fake.responseUrl(id) })));
    expect(texts(gone[0]!).join(' ')).toContain('is not in the index any more');
  });
});

describe('/spox quote and /spox briefing with the ids of the Chinese pages', () => {
  it('opens the zh- exchange and the zh- briefing a card names, and a Chinese statement', async () => {
    const chinese = search.record(search.record('2019-05-20#1')!.zh!.id)!;
    expect(chinese.id).toMatch(/^zh-2019-05-20#\d+$/);
    const shown = await answersTo((id) => s.command(`quote ${chinese.id}`, { respondTo: id }));
    expect(shown.flatMap(texts).join()).not.toContain('Results for');
    expect(shown.flatMap(quoted).join('\n').replace(/\s+/g, '')).toBe(chinese.answer.replace(/\s+/g, ''));
    expect(buttons(shown.at(-1)!).get('spox_transcript')!.url).toBe(chinese.url);

    const day = search.briefing('zh-2019-05-20')!;
    const listed = (await answersTo((id) => s.command('briefing zh-2019-05-20', { respondTo: id }))).flatMap(texts).join('\n');
    for (const r of day.records) expect(listed).toContain(`\`${r.id}\``);

    const statement = search.record('zh-2019-05-20#s1')!;
    expect(statement.kind).toBe('statement');
    const said = await answersTo((id) => s.command('quote ZH-2019-05-20#S1', { respondTo: id }));
    expect(said.flatMap(quoted).join('\n').replace(/\s+/g, '')).toBe(statement.answer.replace(/\s+/g, ''));
    // Typed with a Chinese keyboard (explore32b C12): ＃ and 【】 as # and brackets.
    for (const typed of ['zh-2019-05-20＃s1', '【zh-2019-05-20#s1】']) {
      const read = await answersTo((id) => s.command(`quote ${typed}`, { respondTo: id }));
      expect(read.flatMap(quoted).join('\n').replace(/\s+/g, ''), typed).toBe(statement.answer.replace(/\s+/g, ''));
    }
    const none = await answersTo((id) => s.command('briefing zh-2019-05-21', { respondTo: id }));
    expect(texts(none[0]!).join()).toContain('No briefing on zh-2019-05-21 in the index.');
  });
});
