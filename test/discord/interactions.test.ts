import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { citation, corpusWords, longDate } from '../../src/answers/citation.js';
import { CHART_HEIGHT, CHART_WIDTH } from '../../src/answers/chart.js';
import { MISSING_TIP, recordsCountWords } from '../../src/answers/wording.js';

/** A count as the answers word it: the statements among the matches apart (explore38 W2). */
const counted = (r: { total: number; statements?: number }): string => recordsCountWords(r.total, r.statements);
import { limitViolations, LIMITS } from '../../src/discord/limits.js';
import { escapeVerbatim, unescapeMarkdown } from '../../src/discord/markdown.js';
import { pairsHeldText, sourceEntries } from '../../src/answers/sources.js';
import { ResultStore } from '../../src/answers/result-store.js';
import { describeCoverage } from '../../src/search/coverage.js';
import type { SpoxSearch } from '../../src/search/types.js';
import { FakeDiscord } from './fake-discord.js';
import { buildSeedIndex, customIds, only, startBot, type BotUnderTest } from './harness.js';
import * as raw from './raw-interactions.js';
import { decodePng } from '../answers/png.js';

const CALLBACK = /^\/api\/v10\/interactions\/[^/]+\/[^/]+\/callback$/;
const EDIT_ORIGINAL = /^\/api\/v10\/webhooks\/[^/]+\/[^/]+\/messages\/@original$/;
const FOLLOW_UP = /^\/api\/v10\/webhooks\/[^/]+\/[^/]+$/;
const EPHEMERAL = 64;

let search: SpoxSearch;
let removeIndex: () => void;
const discord = new FakeDiscord();
let bot: BotUnderTest;
let clock = Date.UTC(2024, 0, 1);
const results = new ResultStore({ ttlMs: 10 * 60_000, now: () => clock });

beforeAll(async () => {
  const index = await buildSeedIndex();
  search = index.search;
  removeIndex = index.remove;
  await discord.start();
  bot = await startBot({ search, discord, results, now: () => clock });
});

afterAll(async () => {
  await bot?.close();
  await discord.stop();
  removeIndex?.();
});

afterEach(() => discord.clear());




async function ask(options: raw.Option[], userId = raw.ALICE) {
  const interaction = raw.slashCommand('ask', options, userId);
  await bot.deliver(interaction);
  return { interaction, requests: discord.requestsFor(interaction) };
}

describe('/ask', () => {
  it('defers publicly, then edits in the first card with its buttons and no mentions', async () => {
    const question = 'Taiwan arms sales';
    const expected = await search.search(question, { k: 5 });
    expect(expected.hits.length).toBeGreaterThan(1);
    const { requests } = await ask([raw.string('question', question)]);

    const defer = only(requests.filter((r) => CALLBACK.test(r.path)));
    expect(defer.method).toBe('POST');
    expect(defer.body).toEqual({ type: 5, data: { flags: 0 } });

    const edit = only(requests.filter((r) => r.method === 'PATCH' && EDIT_ORIGINAL.test(r.path)));
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
    expect(edit.body.embeds).toHaveLength(1);
    const card = edit.body.embeds[0];
    const hit = expected.hits[0]!;
    expect(card.title).toBe(`${hit.record.spokesperson} · ${hit.record.date}`);
    expect(card.url).toBe(hit.record.url);
    expect(unescapeMarkdown(card.description)).toBe(hit.quote);
    expect(card.fields[0].value).toBe(hit.record.question);
    expect(card.fields[0].name).toContain(hit.record.outlet ?? 'outlet not named');
    expect(card.footer.text).toBe(`1 of ${expected.total} · ${hit.record.id} · keyword search`);
    expect(edit.body.content).toContain(question);
    // How many exchanges match, from when to when.
    expect(edit.body.content).toContain(`${counted(expected)}, ${expected.first} → ${expected.last}; best match first`);

    const [paging, quoteRow] = edit.body.components.map((r: any) => r.components);
    expect(paging.map((c: any) => c.label)).toEqual(['Previous', 'Next', `List all ${expected.total}`]);
    expect(paging[0].disabled).toBe(true);
    expect(paging[1].disabled).toBe(false);
    expect(quoteRow.map((c: any) => c.label)).toEqual(['Full answer', 'Cite', 'Footnote', 'Official transcript']);
    expect(quoteRow[3]).toMatchObject({ style: 5, url: hit.record.url });
    expect(customIds(edit.body).every((id) => id.length <= 100)).toBe(true);
  });

  it('defers ephemerally when private', async () => {
    const { requests } = await ask([raw.string('question', 'Taiwan arms sales'), raw.boolean('private', true)]);
    const defer = only(requests.filter((r) => CALLBACK.test(r.path)));
    expect(defer.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(only(requests.filter((r) => r.method === 'PATCH')).body.embeds).toHaveLength(1);
  });

  it('applies the spokesperson and date filters', async () => {
    const { requests } = await ask([
      raw.string('question', 'trade'),
      raw.string('spokesperson', 'Hua Chunying'),
      raw.string('from', '2019-01-01'),
      raw.string('to', '2019-12-31'),
    ]);
    const card = only(requests.filter((r) => r.method === 'PATCH')).body.embeds[0];
    expect(card.title).toMatch(/^Hua Chunying · 2019-\d\d-\d\d$/);
  });

  it('refuses a malformed date at once, privately, without searching', async () => {
    const { requests } = await ask([raw.string('question', 'trade'), raw.string('from', '2019-13-45')]);
    const reply = only(requests);
    expect(reply.body.type).toBe(4);
    expect(reply.body.data.flags).toBe(EPHEMERAL);
    expect(reply.body.data.content).toContain('YYYY-MM-DD');
    expect(reply.body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('refuses an impossible date, reversed dates and a blank question as `ask` does, privately', async () => {
    for (const [options, message] of [
      [[raw.string('question', 'trade'), raw.string('to', '2020-02-30')], '`to` must be a date written YYYY-MM-DD that exists'],
      [[raw.string('question', 'trade'), raw.string('from', '2020-05-01'), raw.string('to', '2020-01-01')], '`from` (2020-05-01) is later than `to` (2020-01-01).'],
      [[raw.string('question', '   ')], 'The question is empty'],
    ] as const) {
      const reply = only((await ask([...options])).requests);
      expect(reply.body.data.flags).toBe(EPHEMERAL);
      expect(reply.body.data.content).toContain(message);
    }
  });

  it('counts a question as /spox does, by the words searched: links, emoji and filter words not counted (review33 #13)', async () => {
    // What the reviewer pasted: 332 characters with a link and emoji, 32 of them searched.
    const pasted = `What did China say about Huawei? https://www.reuters.com/technology/${'a'.repeat(260)} 🔥🔥🔥`;
    const filtered = `${'Huawei '.repeat(42).trim()} from:2019-01-01`;
    for (const [question, searched] of [[pasted, 'What did China say about Huawei?'], [filtered, 'Huawei '.repeat(42).trim()]] as const) {
      expect([...question].length).toBeGreaterThan(300);
      const expected = await search.search(searched, { k: 5, ...(question === filtered ? { filters: { from: '2019-01-01' } } : {}) });
      expect(expected.total).toBeGreaterThan(0);
      const { requests } = await ask([raw.string('question', question)]);
      expect(only(requests.filter((r) => CALLBACK.test(r.path))).body).toEqual({ type: 5, data: { flags: 0 } });
      const edit = only(requests.filter((r) => r.method === 'PATCH' && EDIT_ORIGINAL.test(r.path)));
      expect(edit.body.content).toContain(`${counted(expected)}`);
    }
    // Too long without them: refused, with the length of the words.
    const reply = only((await ask([raw.string('question', `${'trade war '.repeat(31)}https://example.com/${'a'.repeat(100)}`)])).requests);
    expect(reply.body.data.content).toContain('The question is 309 characters long without its links, mentions and emoji; at most 300 can be searched');
  });

  it('says privately when nothing is relevant, with the span searched, and removes the public "thinking…"', async () => {
    const question = 'zqxjv flurbonic wibbleton';
    expect((await search.search(question)).hits).toHaveLength(0);
    const { requests } = await ask([raw.string('question', question), raw.string('from', '2020-01-01')]);
    expect(requests.filter((r) => r.method === 'DELETE' && EDIT_ORIGINAL.test(r.path))).toHaveLength(1);
    const reply = only(requests.filter((r) => r.method === 'POST' && FOLLOW_UP.test(r.path)));
    expect(reply.body.flags).toBe(EPHEMERAL);
    expect(reply.body.content).toContain('Nothing relevant found');
    expect(reply.body.content).toContain(`in the briefings from 2020-01-01 to ${search.info().lastDate}`);
    expect(reply.body.content).toContain('widening the dates');
    expect(reply.body.allowed_mentions).toEqual({ parse: [] });
    expect(requests.some((r) => r.method === 'PATCH')).toBe(false);
  });

  it('echoes what the other words find without the unknown ones, without the marks only those carried (explore29b F10)', async () => {
    for (const [question, rest] of [['*bold* _italic_ Hong Kong', 'Hong Kong'], ['Hong Kong &amp; Macao &lt;b&gt;', 'Hong Kong Macao b']] as const) {
      const alone = await search.search(rest, { k: 0 });
      expect(alone.total).toBeGreaterThan(0);
      const { requests } = await ask([raw.string('question', question)]);
      const reply = only(requests.filter((r) => r.method === 'POST' && FOLLOW_UP.test(r.path)));
      expect(reply.body.content).toContain(` Without them: ${alone.total} exchanges on “${rest}”.`);
    }
  });

  it('says privately that the index holds no such spokesperson, naming those it holds', async () => {
    const { requests } = await ask([raw.string('question', 'Huawei'), raw.string('spokesperson', 'Xyz')]);
    const reply = only(requests.filter((r) => r.method === 'POST' && FOLLOW_UP.test(r.path)));
    expect(reply.body.flags).toBe(EPHEMERAL);
    expect(reply.body.content).toContain(`The index holds no spokesperson matching “Xyz”. It holds: ${search.spokespeople().join(', ')}.`);
  });

  it('answers "And Canada?" on Canada alone, and says no earlier question is carried over (explore33c C14)', async () => {
    const { requests } = await ask([raw.string('question', 'And Canada?')]);
    const edit = only(requests.filter((r) => r.method === 'PATCH'));
    expect(edit.body.content).toContain(`${counted(await search.search('Canada', { k: 0 }))}`);
    expect(edit.body.content).toContain('; “And” not searched: spox answers each question alone, and keeps no earlier question to carry over');
  });

  it('says a capital was read as its country: "Damascus", which no exchange writes, answered with Syria\'s exchanges', async () => {
    const edit = only((await ask([raw.string('question', 'Damascus')])).requests.filter((r) => r.method === 'PATCH'));
    expect(edit.body.content).toContain(`${counted(await search.search('Syria', { k: 0 }))}`);
    expect(edit.body.content).toContain('; “Damascus” read as “Syria”');
  });

  it('says which listed name a descriptive question was read as, and that it was searched too', async () => {
    const { requests } = await ask([raw.string('question', 'the Hong Kong media tycoon arrested')]);
    const edit = only(requests.filter((r) => r.method === 'PATCH'));
    expect(edit.body.content).toContain('also searched for “Jimmy Lai”, a name your words may describe');
    const named = only((await ask([raw.string('question', 'Jimmy Lai')])).requests.filter((r) => r.method === 'PATCH'));
    expect(named.body.content).not.toContain('also searched');
    // And which of the words asked none of the answers holds.
    expect(edit.body.content).toContain('; none of them says “tycoon”');
    expect(named.body.content).not.toContain('none of them');
  });

  it('names who did say the words a named spokesperson\'s answers miss, asked in the question or by the spokesperson option (explore31 12, 13)', async () => {
    const army = only((await ask([raw.string('question', 'Did Zhao Lijian say the US army brought the virus to Wuhan?')])).requests.filter((r) => r.method === 'PATCH'));
    expect(army.body.content).toContain("; Zhao Lijian's answers don't say “army”; Geng Shuang's 2020-03-13#5 holds every word");
    const { requests } = await ask([raw.string('question', 'Zangnan'), raw.string('spokesperson', 'Lin Jian')]);
    const reply = only(requests.filter((r) => r.method === 'POST' && FOLLOW_UP.test(r.path)));
    expect(reply.body.content).toContain("Without the spokesperson: 3 exchanges, the newest of 2026-08-10; Geng Shuang's 2020-02-20#6 holds every word you asked.");
  });

  it('says on the card of a day the Ministry published twice which other English transcript it published (explore31 15)', async () => {
    const edit = only((await ask([raw.string('question', '"Western-centrism"')])).requests.filter((r) => r.method === 'PATCH'));
    const field = edit.body.embeds[0].fields.find((f: { name: string }) => f.name === 'Another official version');
    expect(field.value).toBe(`The Ministry published another English transcript of this briefing, in other words: 2019-04-29 ${search.briefing('2019-04-29')!.summary.url}`);
  });

  it('heads the editor\'s note over an answer given after the conference as that note, as its Cite does, not as the question asked (explore33a #7)', async () => {
    const record = search.record('2020-04-07#12')!;
    const edit = only((await ask([raw.string('question', '"cyber space is also a community"')])).requests.filter((r) => r.method === 'PATCH'));
    const card = edit.body.embeds[0];
    expect(card.footer.text).toContain('2020-04-07#12');
    expect(card.fields[0]).toEqual({ name: "Editor's note on the transcript", value: escapeVerbatim(record.question!) });
    const cite = raw.button(`cite:${record.id}|`, raw.BOB);
    await bot.deliver(cite);
    expect(only(discord.requestsFor(cite)).body.data.content).toContain(`\nEditor's note on the transcript: ${record.question}`);
    // The exchange in full says it too.
    const quote = raw.slashCommand('quote', [raw.string('id', record.id)]);
    await bot.deliver(quote);
    expect(only(discord.requestsFor(quote)).body.data.embeds[0].fields).toEqual([{ name: "Editor's note on the transcript", value: escapeVerbatim(record.question!) }]);
    // Another answer of that briefing keeps its asker.
    const asked = raw.slashCommand('quote', [raw.string('id', '2020-04-07#11')]);
    await bot.deliver(asked);
    expect(only(discord.requestsFor(asked)).body.data.embeds[0].fields[0].name).toMatch(/^(Follow-up question|Question) /);
  });

  it('notes the dates the index does not hold above the cards, and keeps the note when paging', async () => {
    const coverage = search.coverage();
    const question = 'Taiwan arms sales';
    // A filter past the index's last briefing: the answers come with the span searched and its latest gaps.
    const { requests } = await ask([raw.string('question', question), raw.string('to', '2030-12-31')]);
    const edit = only(requests.filter((r) => r.method === 'PATCH'));
    const note = `Note: you asked about dates the index does not hold: it holds briefings up to ${coverage.to}. ${describeCoverage(coverage)}`;
    expect(coverage.gaps.length).toBeGreaterThan(0);
    expect(edit.body.content.split('\n')).toEqual([expect.stringContaining(`Results for “${question}”`), note]);
    const next = customIds(edit.body).find((id) => id.startsWith('page:') && id.endsWith(':n'))!;
    const click = raw.button(next, raw.ALICE, raw.message({ embeds: edit.body.embeds, components: edit.body.components }));
    await bot.deliver(click);
    expect(only(discord.requestsFor(click)).body.data.content.endsWith(`\n${note}`)).toBe(true);
    // Within the span, no such note; the stretch before 2018 is told as held only as imported pairs (explore27w #2).
    const within = only((await ask([raw.string('question', question), raw.string('to', '2019-12-31')])).requests.filter((r) => r.method === 'PATCH'));
    expect(within.body.content).not.toContain('does not hold');
    expect(within.body.content).toMatch(/Note: the index holds \d{4}-\d\d-\d\d to 2017-\d\d-\d\d only as the pairs imported from/);
  });

  it('sorts newest first when asked, and when the question asks for the latest', async () => {
    const newest = await search.search('Meng Wanzhou', { sort: 'newest', k: 5 });
    const byRelevance = await search.search('Meng Wanzhou', { k: 5 });
    expect(newest.hits[0]!.record.date).toBe(newest.last);
    expect(newest.hits[0]!.record.id).not.toBe(byRelevance.hits[0]!.record.id);
    const sorted = await ask([raw.string('question', 'Meng Wanzhou'), raw.string('sort', 'newest')]);
    const card = only(sorted.requests.filter((r) => r.method === 'PATCH')).body;
    expect(card.embeds[0].footer.text).toContain(newest.hits[0]!.record.id);
    expect(card.content).toContain('latest first');

    const latest = await ask([raw.string('question', 'latest on Meng Wanzhou')]);
    const latestCard = only(latest.requests.filter((r) => r.method === 'PATCH')).body;
    expect(latestCard.embeds[0].footer.text).toContain(newest.hits[0]!.record.id);
    expect(latestCard.content).toContain('latest first (you asked for the latest)');
  });

  it('sorts oldest first when asked, as a question asking when something was first said does', async () => {
    const oldest = await search.search('Meng Wanzhou', { sort: 'oldest', k: 5 });
    expect(oldest.hits[0]!.record.date).toBe(oldest.first);
    const sorted = await ask([raw.string('question', 'Meng Wanzhou'), raw.string('sort', 'oldest')]);
    const card = only(sorted.requests.filter((r) => r.method === 'PATCH')).body;
    expect(card.embeds[0].footer.text).toContain(oldest.hits[0]!.record.id);
    expect(card.content).toContain('oldest first');
    expect(card.content).not.toContain('you asked when it was first said');
    const first = await ask([raw.string('question', 'When did China first mention Meng Wanzhou?')]);
    const firstCard = only(first.requests.filter((r) => r.method === 'PATCH')).body;
    expect(firstCard.embeds[0].footer.text).toContain(oldest.hits[0]!.record.id);
    expect(firstCard.content).toContain('oldest first (you asked when it was first said)');
  });

  it('says in the card\'s heading that none of the answers is the spokesperson\'s the question names, when the index holds none of theirs (speaker30)', async () => {
    const question = 'What did Liu Weimin say about Syria?';
    const expected = await search.search(question, { k: 5 });
    expect(expected.hits.length).toBeGreaterThan(0);
    const card = only((await ask([raw.string('question', question)])).requests.filter((r) => r.method === 'PATCH')).body;
    expect(card.content).toContain(`— ${counted(expected)}, ${expected.first} → ${expected.last}; best match first; none of them is Liu Weimin's: the index holds no briefing of Liu Weimin (Foreign Ministry spokesperson), only of `);
    expect(card.embeds[0].title).toBe(`${expected.hits[0]!.record.spokesperson} · ${expected.hits[0]!.record.date}`);
  });

  it('reads an outlet the question says asked as the outlet filter, and says so on the card (explore30 B1)', async () => {
    const question = 'Hong Kong asked by Reuters';
    const expected = await search.search(question, { k: 5 });
    expect(expected.outletsNamed).toEqual(['Reuters']);
    const card = only((await ask([raw.string('question', question)])).requests.filter((r) => r.method === 'PATCH')).body;
    expect(card.content).toContain('; only questions Reuters asked, the outlet your question names');
    expect(card.embeds[0].title).toBe(`${expected.hits[0]!.record.spokesperson} · ${expected.hits[0]!.record.date}`);
  });

  it('reads the filter words /spox reads in the question (by:, from:, to:, sort:) as filters, not as words to search (explore29b F6)', async () => {
    const byHua = await search.search('Huawei', { filters: { spokesperson: 'Hua Chunying' }, k: 5 });
    expect(byHua.total).toBeGreaterThan(5);
    const typed = only((await ask([raw.string('question', 'Huawei by:"Hua Chunying"')])).requests.filter((r) => r.method === 'PATCH')).body;
    expect(typed.content).toContain(`Results for “Huawei” (spokesperson Hua Chunying) — ${counted(byHua)}, ${byHua.first} → ${byHua.last}`);
    expect(typed.embeds[0].title).toBe(`Hua Chunying · ${byHua.hits[0]!.record.date}`);
    expect(typed.content).not.toContain('none of them says');

    const in2019 = await search.search('Huawei', { filters: { from: '2019-01-01', to: '2019-12-31' }, sort: 'newest', k: 5 });
    const dated = only((await ask([raw.string('question', 'Huawei from:2019-01-01 to:2019-12-31 sort:newest')])).requests.filter((r) => r.method === 'PATCH')).body;
    expect(dated.content).toContain(`Results for “Huawei” (from 2019-01-01 · to 2019-12-31) — ${counted(in2019)}, ${in2019.first} → ${in2019.last}; latest first`);
    expect(dated.embeds[0].footer.text).toBe(`1 of ${in2019.total} · ${in2019.hits[0]!.record.id} · keyword search`);

    // An option and a word that agree are one filter; the options are read with the words.
    const both = only((await ask([raw.string('question', 'Huawei by:hua chunying'), raw.string('spokesperson', 'Hua Chunying'), raw.string('to', '2019-12-31')])).requests.filter((r) => r.method === 'PATCH')).body;
    const hua2019 = await search.search('Huawei', { filters: { spokesperson: 'Hua Chunying', to: '2019-12-31' }, k: 5 });
    expect(both.content).toContain(` — ${counted(hua2019)}, ${hua2019.first} → ${hua2019.last}`);
  });

  it('refuses, privately, a filter word that disagrees with its option, one spox does not have, or filter words alone', async () => {
    for (const [options, message] of [
      [[raw.string('question', 'Huawei by:"Hua Chunying"'), raw.string('spokesperson', 'Geng Shuang')],
        'The `spokesperson` option (“Geng Shuang”) and the question\'s filter word (“Hua Chunying”) disagree: give one of them.'],
      [[raw.string('question', 'Huawei from:2019-01-01'), raw.string('from', '2020-01-01')],
        'The `from` option (“2020-01-01”) and the question\'s filter word (“2019-01-01”) disagree: give one of them.'],
      [[raw.string('question', 'Huawei sort:relevance'), raw.string('sort', 'newest')],
        'The `sort` option (“newest”) and the question\'s filter word (“relevance”) disagree: give one of them.'],
      [[raw.string('question', 'Huawei to:2019-01-01'), raw.string('from', '2020-01-01')], '`from` (2020-01-01) is later than `to` (2019-01-01).'],
      [[raw.string('question', 'Huawei lang:zh')], '`lang:` is not a filter word.'],
      [[raw.string('question', 'Huawei from:2019-02-30')], '`from:` must be a date written YYYY-MM-DD that exists'],
      [[raw.string('question', 'by:"Hua Chunying"')], 'Give the words to look for as well as the filter words'],
    ] as const) {
      const reply = only((await ask([...options])).requests);
      expect(reply.body.type).toBe(4);
      expect(reply.body.data.flags).toBe(EPHEMERAL);
      expect(reply.body.data.content).toContain(message);
    }
  });

  it('drops bidirectional controls from what it searches and echoes, so none can reverse its own line (explore29b F9)', async () => {
    const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
    for (const control of ['\u202e', '\u202d', '\u2067', '\u200f']) {
      const { requests } = await ask([raw.string('question', `Huawei ${control} sanctions`), raw.string('spokesperson', `Hua${control} Chunying`)]);
      const card = only(requests.filter((r) => r.method === 'PATCH')).body;
      expect(card.content).toContain('Results for “Huawei sanctions” (spokesperson Hua Chunying) — ');
      expect(JSON.stringify(card)).not.toMatch(BIDI);
    }
    const timeline = raw.slashCommand('timeline', [raw.string('topic', 'Meng \u202eWanzhou')]);
    await bot.deliver(timeline);
    expect(only(discord.requestsFor(timeline).filter((r) => r.method === 'PATCH')).body.embeds[0].title).toBe('“Meng Wanzhou” over time: exchanges per month');
    const quote = raw.slashCommand('quote', [raw.string('id', '2099-01-01#1\u202e')]);
    await bot.deliver(quote);
    const notice: string = only(discord.requestsFor(quote)).body.data.content;
    expect(notice).toContain('No exchange 2099-01-01#1 in the index');
    expect(notice).not.toMatch(BIDI);
  });

  it('drops NUL, ESC sequences, C1 controls, zero-width characters and non-http links from what it searches and echoes (explore32a F3, F9, F10, F11, F19)', async () => {
    const UNSHOWN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200d\u2060-\u2064\ufeff]/;
    for (const typed of ['Huawei \u0000 sanctions', 'Huawei \u001b[31m sanctions', 'Huawei \u0085@here sanctions', 'Huawei @\u2063everyone sanctions', 'Huawei mailto:a@evil.example sanctions', 'Huawei a@evil.example sanctions steam://run/123', 'Huawei [sanctions](https://evil.example "title")']) {
      const { requests } = await ask([raw.string('question', typed)]);
      const card = only(requests.filter((r) => r.method === 'PATCH')).body;
      expect(card.content).toContain('Results for “Huawei sanctions” — ');
      expect(JSON.stringify(card.content)).not.toMatch(/\\u00[01]|\\u00[89]/);
      expect(card.content).not.toMatch(UNSHOWN);
      expect(card.content).not.toMatch(/@|mailto|steam|title/);
    }
    // A filter's value echoed in a refusal is cleaned as the question is.
    const refused = only((await ask([raw.string('question', 'Huawei'), raw.string('spokesperson', 'Zzqx @everyone <@&456000000000000000> [x](http://evil.example)')])).requests.filter((r) => r.method === 'POST' && FOLLOW_UP.test(r.path)));
    expect(refused.body.content).toContain('Zzqx x');
    expect(refused.body.content).not.toMatch(/evil|everyone|456/);
    // A look-alike filter with a mention as its value is refused, not searched as the word "lang".
    const lang = only((await ask([raw.string('question', 'Huawei lang:@everyone')])).requests);
    expect(lang.body.data.content).toContain('`lang:` is not a filter word.');
  });

  it('says in the heading when an option overrode the speaker or the month the question names', async () => {
    const speaker = await ask([raw.string('question', 'What did Hua Chunying say about Huawei?'), raw.string('spokesperson', 'Geng Shuang')]);
    const card = only(speaker.requests.filter((r) => r.method === 'PATCH')).body;
    expect(card.embeds[0].title).toMatch(/^Geng Shuang · /);
    expect(card.content).toContain("; only Geng Shuang's answers, as the spokesperson option asks, not Hua Chunying's, whom your question names");
    // The same speaker twice is no conflict; nor is a question naming none.
    const same = await ask([raw.string('question', 'What did Hua Chunying say about Huawei?'), raw.string('spokesperson', 'Hua')]);
    expect(only(same.requests.filter((r) => r.method === 'PATCH')).body.content).not.toContain('whom your question names');

    const month = await ask([raw.string('question', 'Huawei in March 2019'), raw.string('from', '2020-01-01')]);
    const monthCard = only(month.requests.filter((r) => r.method === 'PATCH')).body;
    expect(monthCard.embeds[0].title).toMatch(/ · 2020-/);
    expect(monthCard.content).toContain('; the dates you gave (from 2020-01-01), not March 2019, which your question names');
    const read = await ask([raw.string('question', 'Huawei in March 2019')]);
    const readCard = only(read.requests.filter((r) => r.method === 'PATCH')).body.content;
    expect(readCard).toContain('the month your question names');
    expect(readCard).not.toContain('the dates you gave');

    // Said too when nothing is relevant; a month written in Chinese is read as the search reads it.
    const nothing = await ask([raw.string('question', '2019年3月华为'), raw.string('from', '2020-01-01')]);
    const notice = only(nothing.requests.filter((r) => r.method === 'POST' && FOLLOW_UP.test(r.path))).body;
    expect(notice.flags).toBe(EPHEMERAL);
    expect(notice.content).toMatch(/^Nothing relevant found for “2019年3月华为”/);
    expect(notice.content).toContain(' Searched the dates you gave (from 2020-01-01), not March 2019, which your question names. Try widening the dates');
  });

  it('autocompletes spokespeople and outlets from the index', async () => {
    const spokesperson = raw.autocomplete('ask', [
      { ...raw.string('question', 'x') },
      { ...raw.string('spokesperson', 'hua'), focused: true },
    ]);
    await bot.deliver(spokesperson);
    const choices = only(discord.requestsFor(spokesperson));
    expect(choices.body.type).toBe(8);
    // The start of a word, as the filter reads it: not Geng Shuang, whose "Shuang" holds "hua" (explore32b C13).
    expect(choices.body.data.choices).toEqual([{ name: 'Hua Chunying 华春莹', value: 'Hua Chunying' }]);
    // The Chinese name finds the spokesperson too, in Traditional characters as well, shown with both names, the value the index's English one.
    const hua = { name: 'Hua Chunying 华春莹', value: 'Hua Chunying' };
    for (const [typed, expected] of [['华', hua], ['華春', hua], ['趙', { name: 'Zhao Lijian 赵立坚', value: 'Zhao Lijian' }]] as const) {
      const chinese = raw.autocomplete('ask', [{ ...raw.string('question', 'x') }, { ...raw.string('spokesperson', typed), focused: true }]);
      await bot.deliver(chinese);
      expect(only(discord.requestsFor(chinese)).body.data.choices).toEqual([expected]);
    }

    const outlet = raw.autocomplete('ask', [{ ...raw.string('outlet', ''), focused: true }]);
    await bot.deliver(outlet);
    const all = only(discord.requestsFor(outlet)).body.data.choices as { name: string; value: string }[];
    expect(all).toHaveLength(25);
    expect(all.every((c) => search.outlets().includes(c.value))).toBe(true);

    const reuters = raw.autocomplete('ask', [{ ...raw.string('outlet', 'reu'), focused: true }]);
    await bot.deliver(reuters);
    expect(only(discord.requestsFor(reuters)).body.data.choices[0]).toEqual({ name: 'Reuters', value: 'Reuters' });
    // Inside a word is no start: "ters" offers no Reuters.
    const inside = raw.autocomplete('ask', [{ ...raw.string('outlet', 'ters'), focused: true }]);
    await bot.deliver(inside);
    expect((only(discord.requestsFor(inside)).body.data.choices as { value: string }[]).map((c) => c.value)).not.toContain('Reuters');
    // An outlet's other English spelling (the outlet table's) finds it too, shown beside the index's name (explore31).
    const central = raw.autocomplete('ask', [{ ...raw.string('outlet', 'china central'), focused: true }]);
    await bot.deliver(central);
    expect(only(discord.requestsFor(central)).body.data.choices).toEqual([
      { name: 'CCTV · China Central Television', value: 'CCTV' },
      { name: 'CCTV4 · China Central Television', value: 'CCTV4' },
    ]);
  });
});

describe('result buttons', () => {
  async function firstCard(userId = raw.ALICE) {
    const { requests } = await ask([raw.string('question', 'Taiwan arms sales')], userId);
    const edit = only(requests.filter((r) => r.method === 'PATCH'));
    return { body: edit.body, ids: customIds(edit.body) };
  }

  it('pages for the person who asked, updating the card in place', async () => {
    const { body, ids } = await firstCard();
    const next = ids.find((id) => id.startsWith('page:') && id.endsWith(':n'))!;
    const click = raw.button(next, raw.ALICE, raw.message({ embeds: body.embeds, components: body.components }));
    await bot.deliver(click);
    const update = only(discord.requestsFor(click));
    expect(update.body.type).toBe(7);
    expect(update.body.data.embeds[0].footer.text).toMatch(/^2 of \d+ /);
    expect(update.body.data.allowed_mentions).toEqual({ parse: [] });
    expect(update.body.data.components[0].components[0].disabled).toBe(false);

    const back = customIds(update.body.data).find((id) => id.endsWith(':p'))!;
    const clickBack = raw.button(back, raw.ALICE);
    await bot.deliver(clickBack);
    expect(only(discord.requestsFor(clickBack)).body.data.embeds[0].footer.text).toMatch(/^1 of /);
  });

  it("refuses another user's page click, privately, and leaves the card alone", async () => {
    const { ids } = await firstCard(raw.ALICE);
    const next = ids.find((id) => id.endsWith(':n'))!;
    const click = raw.button(next, raw.BOB);
    await bot.deliver(click);
    const refusal = only(discord.requestsFor(click));
    expect(refusal.body.type).toBe(4);
    expect(refusal.body.data.flags).toBe(EPHEMERAL);
    expect(refusal.body.data.content).toContain('Only the person who ran this search');
  });

  it('says politely when the result has expired', async () => {
    const { ids } = await firstCard();
    clock += 11 * 60_000;
    const click = raw.button(ids.find((id) => id.endsWith(':n'))!, raw.ALICE);
    await bot.deliver(click);
    const reply = only(discord.requestsFor(click));
    expect(reply.body.type).toBe(4);
    expect(reply.body.data.flags).toBe(EPHEMERAL);
    expect(reply.body.data.content).toContain('expired');
    expect(reply.body.data.content).toContain('/ask');
  });

  it('says a damaged paging, list, menu or Share button names nothing spox can read, not that it expired, as Slack does (explore29b F11)', async () => {
    for (const click of [raw.button('page:garbage'), raw.button('list:x'), raw.button('share:l.abc.0'), raw.stringSelect('pick:bad id!', ['0'])]) {
      await bot.deliver(click);
      const reply = only(discord.requestsFor(click)).body.data;
      expect(reply.flags).toBe(EPHEMERAL);
      expect(reply.content).toBe('This button does not name an exchange spox can read: it is damaged, or was made by another app. Run /ask again, or open an exchange by its id with /quote.');
    }
    // A well-formed position of a result no longer kept has expired.
    const gone = raw.button('page:c.AAAAAAAA.1:n');
    await bot.deliver(gone);
    expect(only(discord.requestsFor(gone)).body.data.content).toContain('expired');
  });

  it("answers a menu's id on a button, and a button's on a menu, as a damaged button, logging no error (explore32a F5)", async () => {
    const DAMAGED = 'This button does not name an exchange spox can read: it is damaged, or was made by another app. Run /ask again, or open an exchange by its id with /quote.';
    const logged = bot.logs.length;
    for (const click of [raw.button('pick:nonexist'), raw.button('open:../../etc/passwd:0'), raw.button('open:2019-07-26:99'), raw.stringSelect('cite:2019-07-26#7|', ['0']), raw.stringSelect('share:c.AAAAAAAA.0', ['0'])]) {
      await bot.deliver(click);
      const reply = only(discord.requestsFor(click)).body.data;
      expect(reply.flags).toBe(EPHEMERAL);
      expect(reply.content).toBe(DAMAGED);
    }
    expect(bot.logs.slice(logged).filter((line) => /error/.test(line))).toEqual([]);
  });

  it('refuses a card past the last match as damaged, to page or to share, and never posts the last card instead (explore32a F7)', async () => {
    const { requests } = await ask([raw.string('question', 'Taiwan arms sales')]);
    const next = customIds(only(requests.filter((r) => r.method === 'PATCH')).body).find((id) => id.startsWith('page:c.'))!;
    const resultId = /^page:c\.([^.]+)\./.exec(next)![1]!;
    for (const id of [`page:c.${resultId}.99999:n`, `share:c.${resultId}.99999`]) {
      const click = raw.button(id);
      await bot.deliver(click);
      const sent = discord.requestsFor(click);
      expect(only(sent).body.data.content).toContain('This button does not name an exchange spox can read');
      expect(sent.filter((r) => FOLLOW_UP.test(r.path))).toEqual([]);
    }
  });

  it('says an id its briefing never held is no exchange of the index, not one a rebuild removed (explore32a F4)', async () => {
    expect(search.briefing('2019-07-26')!.records.map((r) => r.id)).not.toContain('2019-07-26#9999');
    for (const id of ['cite:2019-07-26#9999|', 'full:2019-07-26#9999|', 'zh:2019-07-26#9999']) {
      const click = raw.button(id);
      await bot.deliver(click);
      const content: string = only(discord.requestsFor(click)).body.data.content;
      expect(content).toBe('No exchange 2019-07-26#9999 in the index: this button is damaged, or was made by another app. Run /ask again, or open an exchange by its id with /quote.');
    }
  });

  it('Cite gives a plain, paste-ready citation of the quote, to anyone, after the results have expired', async () => {
    const { body, ids } = await firstCard(raw.ALICE);
    clock += 2 * 24 * 60 * 60_000; // long after any result is kept
    const citeId = ids.find((id) => id.startsWith('cite:'))!;
    const click = raw.button(citeId, raw.BOB);
    await bot.deliver(click);
    const reply = only(discord.requestsFor(click));
    expect(reply.body.type).toBe(4);
    expect(reply.body.data.flags).toBe(EPHEMERAL | 4); // ephemeral, link not unfurled
    const text: string = reply.body.data.content;
    const hit = (await search.search('Taiwan arms sales', { k: 5 })).hits[0]!;
    expect(text).toBe(citation(hit.record, hit.spans, { format: 'plain', maxChars: 2000, escape: escapeVerbatim }));
    expect(unescapeMarkdown(text).startsWith(`“${hit.quote}”\n`)).toBe(true);
    expect(text).not.toContain('```');
    expect(text).toContain(`— ${hit.record.spokesperson}, Chinese Foreign Ministry spokesperson, regular press conference, ${longDate(hit.record.date)}, `);
    expect(text).toContain(`Official English transcript: ${hit.record.url}`);
    expect(body.embeds[0].footer.text).toContain(hit.record.id);

    const note = raw.button(ids.find((id) => id.startsWith('note:'))!, raw.BOB);
    await bot.deliver(note);
    const footnote: string = only(discord.requestsFor(note)).body.data.content;
    expect(footnote).toBe(citation(hit.record, hit.spans, { format: 'footnote', maxChars: 2000, escape: escapeVerbatim }));
    expect(footnote).toContain('Ministry of Foreign Affairs of the People’s Republic of China');
    expect(footnote.endsWith(`${hit.record.url}.`)).toBe(true);
  });

  it('lists every match, pages the list and opens any one from its menu, for anyone', async () => {
    const expected = await search.search('Taiwan arms sales', { k: 5 });
    const { ids } = await firstCard(raw.ALICE);
    const click = raw.button(ids.find((id) => id.startsWith('list:'))!, raw.BOB);
    await bot.deliver(click);
    const list = only(discord.requestsFor(click)).body;
    expect(list.data.flags).toBe(EPHEMERAL);
    const pages = Math.ceil(expected.total / 10);
    expect(list.data.embeds[0].title).toBe(`${expected.total} exchanges · page 1 of ${pages}`);
    const lines: string[] = list.data.embeds[0].description.split('\n');
    expect(lines).toHaveLength(Math.min(10, expected.total));
    const first = expected.hits[0]!.record;
    expect(unescapeMarkdown(lines[0]!)).toContain(`**1.** ${first.date} · ${first.spokesperson} · ${first.outlet ?? 'outlet not named'} · `);

    const nextPage = customIds(list.data).find((id) => id.startsWith('page:l.') && id.endsWith(':n'))!;
    const paged = raw.button(nextPage, raw.BOB);
    await bot.deliver(paged);
    const second = only(discord.requestsFor(paged)).body;
    expect(second.type).toBe(7);
    expect(second.data.embeds[0].title).toBe(`${expected.total} exchanges · page 2 of ${pages}`);
    expect(unescapeMarkdown(second.data.embeds[0].description)).toMatch(/^\*\*11\.\*\* /);

    const menu = customIds(second.data).find((id) => id.startsWith('pick:'))!;
    const choice = raw.stringSelect(menu, ['12'], raw.BOB);
    await bot.deliver(choice);
    const card = only(discord.requestsFor(choice)).body;
    expect(card.data.flags).toBe(EPHEMERAL);
    const chosen = search.record(expected.matches[12]!.id)!;
    const via = corpusWords(chosen);
    expect(card.data.embeds[0].footer.text).toBe(`13 of ${expected.total} · ${chosen.id}${via ? ` · ${via}` : ''} · keyword search`);
  });

  it('Share to channel posts a private card publicly for its asker, once, mentions off; public cards have none', async () => {
    const publicCard = only((await ask([raw.string('question', 'Taiwan arms sales')])).requests.filter((r) => r.method === 'PATCH')).body;
    expect(customIds(publicCard).some((id) => id.startsWith('share:'))).toBe(false);

    const { requests } = await ask([raw.string('question', 'Taiwan arms sales'), raw.boolean('private', true)]);
    const privateCard = only(requests.filter((r) => r.method === 'PATCH')).body;
    const shareId = customIds(privateCard).find((id) => id.startsWith('share:'))!;
    expect(shareId).toMatch(/^share:c\.[\w-]+\.0$/);
    const attached = raw.message({ embeds: privateCard.embeds, components: privateCard.components, flags: EPHEMERAL });

    // Paging a private card keeps its Share button, for the card shown.
    const next = raw.button(customIds(privateCard).find((id) => id.endsWith(':n'))!, raw.ALICE, attached);
    await bot.deliver(next);
    expect(customIds(only(discord.requestsFor(next)).body.data)).toContain(shareId.replace(/\.0$/, '.1'));

    const byOther = raw.button(shareId, raw.BOB, attached);
    await bot.deliver(byOther);
    expect(only(discord.requestsFor(byOther)).body.data.content).toBe('Only the person who ran this search can share its cards.');

    const click = raw.button(shareId, raw.ALICE, attached);
    await bot.deliver(click);
    const shared = discord.requestsFor(click);
    const update = only(shared.filter((r) => CALLBACK.test(r.path)));
    expect(update.body.type).toBe(7);
    const done = update.body.data.components.at(-1).components[0];
    expect(done).toMatchObject({ label: 'Shared to the channel', disabled: true });
    const post = only(shared.filter((r) => r.method === 'POST' && FOLLOW_UP.test(r.path)));
    expect((post.body.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(post.body.allowed_mentions).toEqual({ parse: [] });
    expect(post.body.embeds).toEqual(privateCard.embeds);
    expect(post.body.content).toBe(`${privateCard.content}\nShared by <@${raw.ALICE}>`);
    // The channel's copy has the quote's buttons, not the asker's paging or Share.
    expect(customIds(post.body).map((id) => id.split(':')[0])).toEqual(['full', 'cite', 'note']);

    const again = raw.button(shareId, raw.ALICE, attached);
    await bot.deliver(again);
    const refused = only(discord.requestsFor(again));
    expect(refused.body.data.flags).toBe(EPHEMERAL);
    expect(refused.body.data.content).toBe('This card is already shared to the channel.');
  });

  it('Full answer shows the whole answer privately, verbatim, over several messages when long', async () => {
    const long = findRecord((r) => r.answer.length > 6000);
    const click = raw.button(`full:${long.id}|`, raw.BOB);
    await bot.deliver(click);
    const requests = discord.requestsFor(click);
    const first = only(requests.filter((r) => CALLBACK.test(r.path)));
    expect(first.body.type).toBe(4);
    expect(first.body.data.flags).toBe(EPHEMERAL);
    const followUps = requests.filter((r) => r.method === 'POST' && FOLLOW_UP.test(r.path));
    expect(followUps.length).toBeGreaterThan(0);
    for (const f of followUps) expect(f.body.flags).toBe(EPHEMERAL);
    const bodies = [first.body.data, ...followUps.map((f) => f.body)];
    const text = bodies.flatMap((b) => b.embeds.map((e: any) => unescapeMarkdown(e.description))).join('');
    expect(text).toBe(long.answer);
    for (const b of bodies) expect(b.allowed_mentions).toEqual({ parse: [] });
  });
});

/** A record of the index meeting a condition (via its briefings, the public surface). */
function findRecord(test: (r: NonNullable<ReturnType<SpoxSearch['record']>>) => boolean) {
  const info = search.info();
  for (let day = Date.parse(info.firstDate!); day <= Date.parse(info.lastDate!); day += 86_400_000) {
    const date = new Date(day).toISOString().slice(0, 10);
    for (const key of [date, `${date}b`]) {
      const found = search.briefing(key)?.records.find(test);
      if (found) return found;
    }
  }
  throw new Error('no such record in the index');
}

describe('/briefing, /latest and the select menu', () => {
  it('lists the exchanges of a briefing with menus to open each', async () => {
    const briefing = search.briefing('2020-05-22') ?? search.latestBriefing()!;
    const interaction = raw.slashCommand('briefing', [raw.string('date', briefing.summary.date)]);
    await bot.deliver(interaction);
    const reply = only(discord.requestsFor(interaction));
    expect(reply.body.type).toBe(4);
    expect(reply.body.data.flags ?? 0).toBe(0);
    const embed = reply.body.data.embeds[0];
    expect(embed.title).toBe(briefing.summary.title);
    const lines = (embed.description as string).split('\n');
    expect(lines).toHaveLength(briefing.records.length);
    const firstExchange = briefing.records.find((r) => r.kind === 'exchange' && r.outlet)!;
    expect(lines.some((l) => unescapeMarkdown(l).startsWith(`**${firstExchange.position}.** ${firstExchange.outlet}: `))).toBe(true);
    const options = reply.body.data.components
      .flatMap((row: any) => row.components)
      .filter((c: any) => c.type === 3)
      .flatMap((c: any) => c.options.map((o: any) => o.value));
    expect(options).toEqual(briefing.records.map((r) => r.id));
    expect(reply.body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('numbers a briefing\'s list from 1 where the first row of an imported date held no answer, its ids kept', async () => {
    // PressCon's 2023-03-14 has two rows; the first answers only "-" and is not indexed, so the date's records start at #2.
    const briefing = search.briefing('pc-2023-03-14')!;
    expect(briefing.records.map((r) => r.id)).toEqual(['pc-2023-03-14#2']);
    for (const key of ['pc-2023-03-14', '2020-05-22']) {
      const shown = search.briefing(key)!;
      const interaction = raw.slashCommand('briefing', [raw.string('date', key)]);
      await bot.deliver(interaction);
      const data = only(discord.requestsFor(interaction)).body.data;
      // An imported briefing's list comes under the note that it is not the whole transcript (tested below).
      const lines = (data.embeds[0].description as string).split('\n').map(unescapeMarkdown).filter((l) => !/^\*Not the whole transcript:|^$/.test(l));
      expect(lines.map((l) => /^\*\*(\d+)\.\*\* /.exec(l)?.[1])).toEqual(shown.records.map((_, i) => String(i + 1)));
      const menus = data.components.flatMap((row: any) => row.components).filter((c: any) => c.type === 3);
      expect(menus[0].placeholder).toBe(`Open an exchange (1–${Math.min(25, shown.records.length)})`);
      const options = menus.flatMap((c: any) => c.options);
      expect(options.map((o: any) => o.label.split('.')[0])).toEqual(shown.records.map((_: unknown, i: number) => String(i + 1)));
      // Each option tells its exchange apart by the question's opening, and says who asked (explore30 C).
      for (const [i, r] of shown.records.entries()) {
        expect((r.question ?? r.answer).replace(/\s+/g, ' ').startsWith(options[i].label.replace(/^\d+\. /, '').replace(/…$/, ''))).toBe(true);
        expect(options[i].description).toBe(r.kind === 'statement' ? 'Statement' : `asked by ${r.outlet ?? 'a journalist'}`);
      }
      // The handle each option opens is the record's id, as citations and /quote name it.
      expect(options.map((o: any) => o.value)).toEqual(shown.records.map((r) => r.id));
    }
  });

  it('opens the chosen exchange in full, privately', async () => {
    const briefing = search.latestBriefing()!;
    const record = briefing.records.find((r) => r.kind === 'exchange')!;
    const choice = raw.stringSelect(`open:${briefing.summary.key}:0`, [record.id], raw.BOB);
    await bot.deliver(choice);
    const reply = discord.requestsFor(choice)[0]!;
    expect(reply.body.type).toBe(4);
    expect(reply.body.data.flags).toBe(EPHEMERAL);
    const [first] = reply.body.data.embeds;
    expect(first.fields[0].value).toBe(record.question);
    const text = discord.requestsFor(choice)
      .flatMap((r) => (r.body.data ?? r.body).embeds.map((e: any) => unescapeMarkdown(e.description)))
      .join('');
    expect(text).toBe(record.answer);
    expect(customIds(reply.body.data)).toContain(`cite:${record.id}|`);
  });

  it('opens the briefing for /ask with a date alone or "latest", as /briefing and /latest do, and searches it beside another option (explore37 #10, #11)', async () => {
    const slash = async (name: string, options: raw.Option[]) => {
      const interaction = raw.slashCommand(name, options);
      await bot.deliver(interaction);
      return only(discord.requestsFor(interaction)).body;
    };
    const opened = await slash('briefing', [raw.string('date', '2020-05-22')]);
    // The transcript's link pasted alone too (session 43).
    const link = search.briefing('2020-05-22')!.summary.url!;
    for (const question of ['2020-05-22', '22 May 2020', 'May 22, 2020', 'briefing 2020-05-22', link]) {
      const { requests } = await ask([raw.string('question', question)]);
      expect(only(requests).body, question).toEqual(opened);
    }
    const latest = await slash('latest', []);
    for (const question of ['latest', 'latest briefing', 'most recent briefing']) {
      const { requests } = await ask([raw.string('question', question)]);
      expect(only(requests).body, question).toEqual(latest);
    }
    const none = only((await ask([raw.string('question', '2020-05-24')])).requests).body;
    expect(none.data.flags).toBe(EPHEMERAL);
    expect(none.data.content).toContain('No briefing on 2020-05-24');
    // With a filter, the question is searched as before: the reply deferred.
    const searched = (await ask([raw.string('question', '2020-05-22'), raw.string('spokesperson', 'Zhao Lijian')])).requests;
    expect(searched.some((r) => CALLBACK.test(r.path) && r.body.type === 5)).toBe(true);
  });

  it('says above the briefing /ask opens how a date that could be read two ways was read, and the key of a day without one (review38 #4, #6)', async () => {
    const read = '“4/3/2019” read as 4 March 2019, the day first: for April 3, ask 2019-04-03.';
    const briefing = raw.slashCommand('briefing', [raw.string('date', '2019-03-04')]);
    await bot.deliver(briefing);
    const opened = only(discord.requestsFor(briefing)).body;
    const asked = only((await ask([raw.string('question', '4/3/2019')])).requests).body;
    expect(asked.data.content).toBe(read);
    expect(asked.data.embeds).toEqual(opened.data.embeds);
    expect(opened.data.content ?? '').not.toContain('read as');
    // A day without one: its key, as the CLI and Slack say it, not the question cut short ("No briefing on press conference on…").
    expect(search.briefing('2019-04-03')).toBeUndefined();
    const none = only((await ask([raw.string('question', 'press conference on April 3, 2019')])).requests).body;
    expect(none.data.content).toBe(`No briefing on 2019-04-03 in the index. Nearest briefing dates: ${search.nearestBriefingDates('2019-04-03', 5).join(', ')}.`);
    const unread = only((await ask([raw.string('question', '6/4/2019')])).requests).body;
    expect(unread.data.content).toMatch(/^No briefing on 2019-04-06 in the index \(“6\/4\/2019” read as 6 April 2019, the day first: for June 4, ask 2019-06-04\)\. Nearest/);
  });

  it('gives the nearest briefing dates when there was none that day', async () => {
    const interaction = raw.slashCommand('briefing', [raw.string('date', '2020-05-24')]);
    expect(search.briefing('2020-05-24')).toBeUndefined();
    await bot.deliver(interaction);
    const reply = only(discord.requestsFor(interaction));
    expect(reply.body.data.flags).toBe(EPHEMERAL);
    expect(reply.body.data.content).toContain('No briefing on 2020-05-24');
    expect(reply.body.data.content).toContain(search.nearestBriefingDates('2020-05-24', 5).join(', '));
  });

  it('says a date that does not exist is none, and opens the briefing of an imported key (pc-)', async () => {
    const impossible = raw.slashCommand('briefing', [raw.string('date', '2020-02-30')]);
    await bot.deliver(impossible);
    expect(only(discord.requestsFor(impossible)).body.data.content).toMatch(/^There is no such date\. Give the date as YYYY-MM-DD/);
    const imported = search.briefing('pc-2022-03-10');
    expect(imported).toBeDefined();
    const interaction = raw.slashCommand('briefing', [raw.string('date', 'pc-2022-03-10')]);
    await bot.deliver(interaction);
    expect(only(discord.requestsFor(interaction)).body.data.embeds[0].footer.text).toMatch(/^pc-2022-03-10 · \d+ exchanges/);
  });

  it('says above an imported briefing that it is only the pairs the corpus holds, not the whole transcript (explore30 A4)', async () => {
    const note = 'Not the whole transcript: the index holds this briefing only as the pairs imported from cmfa-presscon-v4-ukraine.csv, which may not hold every exchange.';
    // 2021-12-09 is held only from the PressCon sample (pairs that mention Ukraine): one pair of that day's briefing.
    expect(search.briefing('2021-12-09')!.summary.key).toBe('pc-2021-12-09');
    expect(search.briefing('2021-12-09')!.importedFrom).toBe('cmfa-presscon-v4-ukraine.csv');
    for (const date of ['2021-12-09', 'pc-2021-12-09']) {
      const interaction = raw.slashCommand('briefing', [raw.string('date', date)]);
      await bot.deliver(interaction);
      const embed = only(discord.requestsFor(interaction)).body.data.embeds[0];
      const [first, blank, line] = unescapeMarkdown(embed.description as string).split('\n');
      expect(first).toBe(`*${note}*`);
      expect(blank).toBe('');
      expect(line).toMatch(/^\*\*1\.\*\* /);
    }
    // A page's briefing says nothing of it.
    const page = raw.slashCommand('briefing', [raw.string('date', '2020-05-22')]);
    await bot.deliver(page);
    expect(search.briefing('2020-05-22')!.importedFrom).toBeUndefined();
    expect(only(discord.requestsFor(page)).body.data.embeds[0].description).not.toContain('Not the whole transcript');
  });

  it('marks a briefing whose date the sheet contradicts: its key, a note above the list and the menu option (session 37)', async () => {
    const doubted = search.record('pc-2014-01-12#1')!;
    expect(doubted.source?.dateDoubted).toBeTruthy();
    const interaction = raw.slashCommand('briefing', [raw.string('date', 'pc-2014-01-12')]);
    await bot.deliver(interaction);
    const data = only(discord.requestsFor(interaction)).body.data;
    const embed = data.embeds[0];
    expect(embed.footer.text).toMatch(/^pc-2014-01-12 \(date doubted\) · 1 exchange/);
    expect(unescapeMarkdown(embed.description as string)).toContain(`*Date doubted (the sheet contradicts it): ${doubted.source!.dateDoubted}; check the Ministry's page before citing the date*`);
    const option = data.components.flatMap((row: any) => row.components).filter((c: any) => c.type === 3).flatMap((c: any) => c.options)[0];
    expect(option).toMatchObject({ value: 'pc-2014-01-12#1', description: 'asked by a journalist (date doubted)' });
    // A briefing of a date not doubted says nothing of it.
    const page = raw.slashCommand('briefing', [raw.string('date', 'pc-2022-03-10')]);
    await bot.deliver(page);
    expect(JSON.stringify(only(discord.requestsFor(page)).body.data)).not.toContain('doubted');
  });

  it('/latest shows the newest briefing as /briefing does', async () => {
    const latest = raw.slashCommand('latest');
    await bot.deliver(latest);
    const byDate = raw.slashCommand('briefing', [raw.string('date', search.info().lastDate!)]);
    await bot.deliver(byDate);
    const a = only(discord.requestsFor(latest)).body.data;
    const b = only(discord.requestsFor(byDate)).body.data;
    expect(a.embeds[0].title).toBe(search.latestBriefing()!.summary.title);
    expect(a.embeds).toEqual(b.embeds);
  });
});

describe('/quote, /help, /about', () => {
  it('/ask opens an exchange whose id is pasted as the question, as /quote does, rather than search it as a date (explore33a #3)', async () => {
    const record = findRecord((r) => r.kind === 'exchange' && r.answer.length < 3000 && r.url !== null);
    const quote = raw.slashCommand('quote', [raw.string('id', record.id)]);
    await bot.deliver(quote);
    const quoted = only(discord.requestsFor(quote)).body.data;
    for (const typed of [record.id, `[${record.id}]`]) {
      const { requests } = await ask([raw.string('question', typed)]);
      const reply = only(requests).body.data;
      expect(reply.embeds).toEqual(quoted.embeds);
      expect(reply.flags ?? 0).toBe(0);
    }
    const privately = only((await ask([raw.string('question', record.id), raw.boolean('private', true)])).requests).body.data;
    expect(privately.flags).toBe(EPHEMERAL);
    expect(only((await ask([raw.string('question', '2099-01-01#1')])).requests).body.data.content).toContain('No exchange 2099-01-01#1 in the index');
  });

  it('/quote shows one exchange in full, publicly, with Cite and the source', async () => {
    const record = findRecord((r) => r.kind === 'exchange' && r.answer.length < 3000 && r.url !== null);
    const interaction = raw.slashCommand('quote', [raw.string('id', record.id)]);
    await bot.deliver(interaction);
    const reply = only(discord.requestsFor(interaction));
    expect(reply.body.type).toBe(4);
    expect(reply.body.data.flags ?? 0).toBe(0);
    const embed = reply.body.data.embeds[0];
    expect(unescapeMarkdown(embed.description)).toBe(record.answer);
    expect(embed.fields[0].value).toBe(record.question);
    const via = corpusWords(record);
    expect(embed.footer.text).toBe(via ? `${record.id} · ${via}` : record.id);
    const buttons = reply.body.data.components[0].components;
    expect(buttons.map((b: any) => b.label)).toEqual(['Cite', 'Footnote', 'Official transcript']);

    const cite = raw.button(`cite:${record.id}|`, raw.BOB);
    await bot.deliver(cite);
    expect(only(discord.requestsFor(cite)).body.data.content).toBe(
      citation(record, [], { format: 'plain', maxChars: 2000, escape: escapeVerbatim }),
    );
  });

  it('/quote shows a question longer than an embed field whole, above the answer, within the limits (explore29b F7)', async () => {
    for (const id of ['2018-05-24#1', '2018-07-10#2', '2018-12-19#1']) {
      const record = search.record(id)!;
      expect(record.question!.length).toBeGreaterThan(LIMITS.fieldValue);
      const interaction = raw.slashCommand('quote', [raw.string('id', id)]);
      await bot.deliver(interaction);
      const requests = discord.requestsFor(interaction);
      const bodies = [only(requests.filter((r) => CALLBACK.test(r.path))).body.data, ...requests.filter((r) => r.method === 'POST' && FOLLOW_UP.test(r.path)).map((r) => r.body)];
      for (const body of bodies) expect(limitViolations(body)).toEqual([]);
      const [question, ...answer] = bodies.flatMap((b) => b.embeds);
      expect(unescapeMarkdown(question.description)).toBe(`**${record.outlet ? `Question from ${record.outlet}` : 'Question (outlet not named)'}**\n${record.question}`);
      expect(question.fields ?? []).toEqual([]);
      expect(answer.map((e: any) => unescapeMarkdown(e.description)).join('')).toBe(record.answer);
      expect(answer[0].fields ?? []).toEqual([]);
    }
  });

  it('/quote, Full answer and a briefing\'s menu name the other English transcript of a day the Ministry published twice, below the answer (explore33a #4)', async () => {
    const other = (key: string) => `The Ministry published another English transcript of this briefing, in other words: ${key} ${search.briefing(key)!.summary.url}`;
    /** Every embed of a reply and its follow-ups, each within Discord's limits. */
    const embedsOf = (interaction: unknown) => {
      const requests = discord.requestsFor(interaction as Parameters<typeof discord.requestsFor>[0]);
      const bodies = [only(requests.filter((r) => CALLBACK.test(r.path))).body.data, ...requests.filter((r) => r.method === 'POST' && FOLLOW_UP.test(r.path)).map((r) => r.body)];
      for (const body of bodies) expect(limitViolations(body)).toEqual([]);
      return bodies.flatMap((b) => b.embeds as { description: string; fields?: { name: string; value: string }[] }[]);
    };
    const versionFields = (embeds: { fields?: { name: string; value: string }[] }[]) =>
      embeds.flatMap((e) => (e.fields ?? []).filter((f) => f.name === 'Another official version').map((f) => f.value));
    for (const [id, key] of [['2019-04-29b#2', '2019-04-29'], ['2019-04-29#2', '2019-04-29b']] as const) {
      const quote = raw.slashCommand('quote', [raw.string('id', id)]);
      await bot.deliver(quote);
      const embeds = embedsOf(quote);
      // Once, on the English exchange's last embed (the Chinese original below it has no other version).
      expect(versionFields(embeds), id).toEqual([other(key)]);
      const english = embeds.filter((e) => !/[\u4e00-\u9fff]/.test(e.description));
      expect(versionFields([english.at(-1)!])).toEqual([other(key)]);
    }
    const full = raw.button('full:2019-04-29b#2|', raw.BOB);
    await bot.deliver(full);
    expect(versionFields(embedsOf(full))).toEqual([other('2019-04-29')]);
    const menu = raw.stringSelect('open:2019-04-29b:0', ['2019-04-29b#7'], raw.BOB);
    await bot.deliver(menu);
    expect(versionFields(embedsOf(menu))).toEqual([other('2019-04-29')]);
    // A day published once: no such field.
    const once = raw.slashCommand('quote', [raw.string('id', '2019-04-30#1')]);
    await bot.deliver(once);
    expect(versionFields(embedsOf(once))).toEqual([]);
  });

  it('/quote of an imported exchange whose date a page replaced says where its date is now; an id never held, the forms of ids', async () => {
    const replaced = raw.slashCommand('quote', [raw.string('id', 'pc-2018-10-17#1')]);
    await bot.deliver(replaced);
    const reply = only(discord.requestsFor(replaced));
    expect(reply.body.data.flags).toBe(64);
    expect(JSON.stringify(reply.body.data)).toContain(
      "No exchange pc-2018-10-17#1 in the index: an id beginning pc- names a pair imported from the research corpus, and of 2018-10-17 the index holds the Ministry's own transcript, under that page's ids (an imported pair gives way to the page of its date). Its exchanges: /briefing 2018-10-17.",
    );
    const never = raw.slashCommand('quote', [raw.string('id', 'pc-2099-01-01#1')]);
    await bot.deliver(never);
    expect(JSON.stringify(only(discord.requestsFor(never)).body.data)).toContain('No exchange pc-2099-01-01#1 in the index.');
  });

  it('Cite buttons on messages sent before this version still cite the whole answer', async () => {
    const record = findRecord((r) => r.kind === 'exchange' && r.answer.length < 1500 && r.url !== null);
    const cite = raw.button(`citerec:${record.id}`, raw.BOB);
    await bot.deliver(cite);
    expect(only(discord.requestsFor(cite)).body.data.content).toBe(
      citation(record, [], { format: 'plain', maxChars: 2000, escape: escapeVerbatim }),
    );
  });

  it('/quote of a follow-up shows the question it follows', async () => {
    const record = findRecord((r) => r.followup !== null && r.answer.length < 3000);
    const followed = search.record(record.followup!)!;
    const interaction = raw.slashCommand('quote', [raw.string('id', record.id)]);
    await bot.deliver(interaction);
    const [first, second] = only(discord.requestsFor(interaction)).body.data.embeds[0].fields;
    expect(first.name).toMatch(/^Following up on this question/);
    expect(followed.question!.replace(/\s+/g, ' ')).toContain(unescapeMarkdown(first.value).replace(/…$/, '').replace(/\s+/g, ' '));
    expect(second.name).toMatch(/^Follow-up question/);
  });

  it('/quote of an unknown id says how ids look, privately', async () => {
    const interaction = raw.slashCommand('quote', [raw.string('id', '1999-01-01#1')]);
    await bot.deliver(interaction);
    const reply = only(discord.requestsFor(interaction));
    expect(reply.body.data.flags).toBe(EPHEMERAL);
    expect(reply.body.data.content).toContain('2020-05-22#3');
  });

  it('/about gives the corpus coverage and the search mode', async () => {
    const interaction = raw.slashCommand('about');
    await bot.deliver(interaction);
    const fields = Object.fromEntries(
      only(discord.requestsFor(interaction)).body.data.embeds[0].fields.map((f: any) => [f.name, f.value]),
    );
    const info = search.info();
    expect(fields).toMatchObject({
      'First briefing': info.firstDate,
      'Last briefing': info.lastDate,
      Briefings: String(info.briefings),
      Exchanges: String(info.exchanges),
      'Search mode': 'keyword search',
      Model: 'none (lexical search)',
    });
    // Where the quotes come from, as this index holds them: English pages, and the PressCon import said as such.
    const description: string = only(discord.requestsFor(interaction)).body.data.embeds[0].description;
    const sample = sourceEntries(search.sources()).find((e) => e.held)!;
    expect(description).toContain("quoted word for word from the Chinese Foreign Ministry's English transcripts of its spokespersons' press conferences, remarks and statements");
    // As Slack's Home tab and help say it, from the same words (review36 #16).
    expect(description).toContain(escapeVerbatim(pairsHeldText(search.sources())));
    expect(description).toContain(`The index holds ${sample.briefings} briefings (${sample.from} to ${sample.to}) only as the pairs of seeds/presscon/cmfa-presscon-v4-ukraine.csv`);
    expect(description).toContain('may be an excerpt');
    expect(description).toContain('a briefing read from a text file without one has no link');
  });

  it('/about lists the bundled PressCon sample as bundled, with what it holds, and the English briefings held only as pairs, as `ask --about` says them (explore33b M5)', async () => {
    const interaction = raw.slashCommand('about');
    await bot.deliver(interaction);
    const embed = only(discord.requestsFor(interaction)).body.data.embeds[0];
    const field = (name: string): string => unescapeMarkdown(embed.fields.find((f: { name: string }) => f.name.startsWith(name)).value);
    const sheet = search.sources().find((s) => s.kind === 'imported')!.sheets!.find((f) => f.file.endsWith('cmfa-presscon-v4-ukraine.csv'))!;
    expect(field('Sources')).toContain(
      `bundled with spox: ${sheet.briefings} briefings, ${sheet.from} to ${sheet.to}, only as the pairs of seeds/presscon/cmfa-presscon-v4-ukraine.csv, the CMFA PressCon sample bundled with spox: only the pairs that mention Ukraine, not whole briefings`,
    );
    expect(field('Sources')).not.toContain('imported');
    const english = search.languages().find((l) => l.lang === 'en')!;
    expect(field('Languages')).toContain(
      `English: ${english.briefings} briefings, ${english.from} to ${english.to}; ${sheet.briefings} of them (${sheet.from} to ${sheet.to}) only as imported pairs, not whole transcripts`,
    );
  });

  it('/help lists every command', async () => {
    const interaction = raw.slashCommand('help');
    await bot.deliver(interaction);
    const names = only(discord.requestsFor(interaction)).body.data.embeds[0].fields.map((f: any) => f.name).join('\n');
    for (const command of ['/ask', '/timeline', '/briefing', '/latest', '/quote', '/about', 'What did China say?']) expect(names).toContain(command);
    // How to read an answer's line of missing words, with the tip on describing a name.
    const ask = only(discord.requestsFor(interaction)).body.data.embeds[0].fields.find((f: any) => f.name.startsWith('/ask')).value;
    expect(ask).toContain(MISSING_TIP);
    expect(ask.length).toBeLessThanOrEqual(1024);
    // Asking in Chinese, and the buttons between the languages.
    const chinese = only(discord.requestsFor(interaction)).body.data.embeds[0].fields.find((f: any) => f.name.includes('中文')).value;
    expect(chinese).toContain('**中文原文**');
    expect(chinese).toContain('**English**');
    expect(chinese).toContain('/ask question: 香港国安法');
  });
});

describe('"What did China say?" message context menu', () => {
  it("searches with the message's text and answers privately", async () => {
    const target = raw.message({ content: 'What about the arms sales to Taiwan?', authorId: raw.BOB });
    const interaction = raw.messageContextMenu('What did China say?', target);
    await bot.deliver(interaction);
    const requests = discord.requestsFor(interaction);
    expect(only(requests.filter((r) => CALLBACK.test(r.path))).body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const edit = only(requests.filter((r) => r.method === 'PATCH'));
    expect(edit.body.embeds[0].footer.text).toMatch(/^1 of \d+ · /);
    expect(edit.body.content).toContain('What about the arms sales to Taiwan?');
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('on a pasted wire lede, leaves its weekday to the story and says so, as the Slack shortcut and ask do (fix36 #1)', async () => {
    const lede = 'NEW DELHI (PTI) — China said on Wednesday the Galwan Valley is on its side of the Line of Actual Control, days after a deadly clash in eastern Ladakh.';
    const interaction = raw.messageContextMenu('What did China say?', raw.message({ content: lede, authorId: raw.BOB }));
    await bot.deliver(interaction);
    const edit = JSON.stringify(only(discord.requestsFor(interaction).filter((r) => r.method === 'PATCH')).body);
    expect(edit).not.toContain('Nothing found');
    expect(edit).toContain('“on Wednesday” not read as a date: in a news story it dates the story, whose date your text does not give');
    expect(edit).toContain('“NEW DELHI (PTI) -” not searched: a news story\'s dateline'); // the dash as questions are normalised
    expect(edit).toContain(`${counted(await search.search(lede, { k: 5 }))}`);
  });

  it('says so when the message has no text', async () => {
    const interaction = raw.messageContextMenu('What did China say?', raw.message({ content: '' }));
    await bot.deliver(interaction);
    const reply = only(discord.requestsFor(interaction));
    expect(reply.body.type).toBe(4);
    expect(reply.body.data.flags).toBe(EPHEMERAL);
    expect(reply.body.data.content).toContain('no text');
  });
});

describe('/timeline', () => {
  it('answers with a chart of the topic per month as a PNG, the first and last time, and the busiest months linked', async () => {
    const topic = 'Meng Wanzhou';
    const expected = await search.search(topic, { k: 0 });
    const interaction = raw.slashCommand('timeline', [raw.string('topic', topic)]);
    await bot.deliver(interaction);
    const edit = only(discord.requestsFor(interaction).filter((r) => r.method === 'PATCH'));
    const file = only(edit.files as any[]) as unknown as { filename: string; data: Buffer };
    expect(file.filename).toBe('timeline.png');
    const png = decodePng(file.data);
    expect([png.width, png.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
    const embed = edit.body.embeds[0];
    expect(embed.image.url).toBe('attachment://timeline.png');
    expect(embed.description).toContain(`${counted(expected)}; first ${expected.first}, last ${expected.last}.`);
    // The seed index has months without briefings (2021-2026 are partly covered): said, not shown as silence.
    expect(embed.description).toMatch(/The index holds no briefing of \d+ of these \d+ months \(/);
    expect(embed.description).toMatch(/\*\*20\d\d-\d\d\*\*: \d+ exchanges? — \[20\d\d-\d\d-\d\d\w?\]\(https:\/\/www\.fmprc\.gov\.cn\//);
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('counts a topic of several words by the exchanges holding them all, and says how many more hold only some (explore30 A7)', async () => {
    const topic = 'Hong Kong national security law';
    const expected = await search.search(topic, { k: 0, wordsTogether: true });
    const whole = expected.matches.filter((m) => !m.partial);
    expect(whole.length).toBeGreaterThan(0);
    expect(whole.length).toBeLessThan(expected.total);
    const interaction = raw.slashCommand('timeline', [raw.string('topic', topic)]);
    await bot.deliver(interaction);
    const embed = only(discord.requestsFor(interaction).filter((r) => r.method === 'PATCH')).body.embeds[0];
    // Those of them holding the words apart are said too.
    const together = whole.filter((m) => !m.apart).length;
    expect(together).toBeLessThan(whole.length);
    expect(embed.description).toContain(`${recordsCountWords(whole.length, whole.filter((m) => search.record(m.id)!.kind === 'statement').length)} holding all of “Hong Kong”, “national”, “security” and “law” (${together} of them with the words together; ${expected.total - whole.length} more hold only some of them: not counted); first `);
    // The busiest month is one of the law's (proposed in May 2020), not of the 2019 protests.
    expect(/\*\*(20\d\d-\d\d)\*\*: \d+ exchanges? — /.exec(embed.description)![1]! >= '2020-05').toBe(true);
  });

  it('spans only the dates a topic names: the footer, the chart and the text say 2020 alone (explore26t #6)', async () => {
    const topic = 'Huawei in 2020';
    const expected = await search.search(topic, { k: 0 });
    expect(expected.total).toBeGreaterThan(0);
    const interaction = raw.slashCommand('timeline', [raw.string('topic', topic)]);
    await bot.deliver(interaction);
    const embed = only(discord.requestsFor(interaction).filter((r) => r.method === 'PATCH')).body.embeds[0];
    expect(embed.footer.text).toMatch(/^2020-01 → 2020-12 · /);
    expect(embed.description).toContain(`${counted(expected)}; first ${expected.first}, last ${expected.last}; only the briefings of 2020, the year your question names.`);
    expect(embed.description).toMatch(/of these 12 months/);
  });

  it('shows the topic in the title as typed, Markdown escaped, a quoted phrase quoted once', async () => {
    for (const [topic, shown] of [['**Huawei** ||x||', '**Huawei** ||x||'], ['"Meng Wanzhou"', 'Meng Wanzhou']] as const) {
      const interaction = raw.slashCommand('timeline', [raw.string('topic', topic)]);
      await bot.deliver(interaction);
      const title: string = only(discord.requestsFor(interaction).filter((r) => r.method === 'PATCH')).body.embeds[0].title;
      expect(title).toBe(`“${escapeVerbatim(shown)}” over time: exchanges per month`);
      expect(unescapeMarkdown(title)).toBe(`“${shown}” over time: exchanges per month`);
    }
  });

  it('checks its topic as /ask checks a question, privately, without searching', async () => {
    for (const [topic, problem] of [
      ['   ', '`topic` is empty: give the words to look for.'],
      ['Huawei '.repeat(50), '`topic` is 349 characters long; at most 300 can be searched'],
      ['https://t.co/AbC123xyz <@400000000000000002>', 'holds only links, mentions or emoji'],
    ] as const) {
      const interaction = raw.slashCommand('timeline', [raw.string('topic', topic)]);
      await bot.deliver(interaction);
      const reply = only(discord.requestsFor(interaction));
      expect(reply.body.type).toBe(4);
      expect(reply.body.data.flags).toBe(EPHEMERAL);
      expect(reply.body.data.content).toContain(problem);
    }
  });

  it('refuses filter words, privately, as /spox timeline does, pointing to /ask (explore29b F6)', async () => {
    const interaction = raw.slashCommand('timeline', [raw.string('topic', 'Meng Wanzhou from:2019-01-01 by:Hua')]);
    await bot.deliver(interaction);
    const reply = only(discord.requestsFor(interaction));
    expect(reply.body.data.flags).toBe(EPHEMERAL);
    expect(reply.body.data.content).toBe(
      'A timeline takes no filter words (`from:`, `by:` given): write the dates or the spokesperson in the topic, e.g. `/timeline topic: Meng Wanzhou since 2019` or `/timeline topic: Hua Chunying on Meng Wanzhou`; to narrow by outlet, search instead: `/ask question: Meng Wanzhou outlet:Reuters`.',
    );
  });

  it('says privately how to open an exchange id or a briefing given as the topic (hunt-F #7)', async () => {
    for (const [typed, said] of [['2020-05-22#3', '“2020-05-22#3” is an exchange id'], ['10 October 2019', '“10 October 2019” names a briefing']]) {
      const interaction = raw.slashCommand('timeline', [raw.string('topic', typed!)]);
      await bot.deliver(interaction);
      const reply = only(discord.requestsFor(interaction));
      expect(reply.body.data.flags).toBe(EPHEMERAL);
      expect(reply.body.data.content).toBe(`A timeline charts how often a topic came up, and ${said}: open it with \`/ask question: ${typed}\`.`);
    }
  });

  it('says privately when the topic never came up', async () => {
    const interaction = raw.slashCommand('timeline', [raw.string('topic', 'zqxjv flurbonic')]);
    await bot.deliver(interaction);
    const reply = only(discord.requestsFor(interaction).filter((r) => r.method === 'POST' && FOLLOW_UP.test(r.path)));
    expect(reply.body.flags).toBe(EPHEMERAL);
    expect(reply.body.content).toContain('Nothing relevant found');
  });
});
