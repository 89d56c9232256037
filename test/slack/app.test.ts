import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { longDate } from '../../src/answers/citation.js';
import { MISSING_TIP, recordsCountWords } from '../../src/answers/wording.js';

/** A count as the answers word it: the statements among the matches apart (explore38 W2). */
const counted = (r: { total: number; statements?: number }): string => recordsCountWords(r.total, r.statements);
import { pairsHeldText, SOURCE_NAMES, sourceEntries } from '../../src/answers/sources.js';
import { escapeMrkdwn } from '../../src/slack/mrkdwn.js';
import { decodeQuoteRef, encodeQuoteRef } from '../../src/answers/quote-ref.js';
import { describeCoverage } from '../../src/search/coverage.js';
import { blockViolations } from '../../src/slack/limits.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HITS_PER_SEARCH } from '../../src/answers/result-store.js';
import { openSearch } from '../../src/search/open.js';
import { SwappableSearch } from '../../src/search/swappable.js';
import { buildIndex } from '../../src/store/build.js';
import { buildSeedIndex } from '../discord/harness.js';
import { connect } from 'node:net';
import { HEAVY_QUESTIONS, tellingSearchEnds } from '../answers/searches-ended.js';
import { postToApp, signature, waitFor } from './fake-slack.js';
import { BOT_TOKEN, buttonClick, messageShortcut, SIGNING_SECRET, startSlack, type SlackUnderTest } from './harness.js';
import { buttons, controlSequences, quoted, texts, type Sent } from './messages.js';

let seed: Awaited<ReturnType<typeof buildSeedIndex>>;
let s: SlackUnderTest;
let counter = 0;
const target = (): string => `r${++counter}`;

beforeAll(async () => {
  seed = await buildSeedIndex();
  s = await startSlack({ search: seed.search, lastUpdate: '2026-11-28 21:04 UTC' });
}, 120_000);
afterAll(async () => {
  await s?.close();
  seed?.remove();
});
afterEach(async () => {
  await s.idle();
  // Every message the app sent in the test stays within Slack's limits and holds no control sequence.
  const sent = s.fake.received.filter((x) => x.method === 'respond' || x.method === 'chat.postMessage');
  s.fake.received.length = 0;
  for (const r of sent) {
    const message = r.body as unknown as Sent & { blocks: [] };
    expect(blockViolations({ text: message.text ?? '', blocks: message.blocks ?? [] })).toEqual([]);
    expect(controlSequences(message)).toEqual([]);
  }
});

/** Sends `/spox TEXT` and returns the messages sent to its response URL once answered. */
async function spox(text: string, user = 'U0ASKER'): Promise<{ ack: { status: number; body: string; at: number }; messages: Sent[]; url: string }> {
  const id = target();
  const ack = await s.command(text, { user, respondTo: id });
  await waitFor(`an answer to /spox ${text}`, () => s.fake.responses(id).length > 0);
  await s.idle();
  return { ack, messages: s.fake.responses(id) as Sent[], url: s.fake.responseUrl(id) };
}

async function click(actionId: string, value: string | undefined, options: { user?: string; messageTs?: string } = {}): Promise<Sent[]> {
  const id = target();
  const ack = await s.interact(buttonClick({ actionId, ...(value !== undefined ? { value } : {}), ...options, responseUrl: s.fake.responseUrl(id) }));
  expect(ack.status).toBe(200);
  await s.idle();
  return s.fake.responses(id) as Sent[];
}

/** The record a card shows, from its Full answer button (record id and quote offsets). */
function cardRecord(card: Sent) {
  const ref = decodeQuoteRef(buttons(card).get('spox_full_answer')!.value!)!;
  return seed.search.record(ref.recordId)!;
}

describe('/spox over signed HTTP requests (real Bolt, fake Slack on loopback)', () => {
  it('acknowledges at once, then sends a verbatim quote with its citation details to the response URL', async () => {
    const { ack, messages } = await spox('Meng Wanzhou');
    expect(ack.status).toBe(200);
    expect(ack.body).toBe('');
    const [card] = messages;
    expect(messages).toHaveLength(1);
    const answeredAt = s.fake.received.find((r) => r.method === 'respond')!.at;
    expect(ack.at).toBeLessThanOrEqual(answeredAt + 50);
    expect(card!.response_type).toBe('ephemeral');
    const record = cardRecord(card!);
    // The quote: each part between "…" is the Ministry's text exactly.
    const [quote] = quoted(card!);
    for (const part of quote!.split(' … ')) expect(record.answer).toContain(part);
    expect(quote!.toLowerCase()).toMatch(/meng|canad/);
    // Its citation: spokesperson, date, occasion, who asked, the id, and the transcript link.
    const all = texts(card!).join('\n');
    expect(all).toContain(`*${record.spokesperson}* · ${longDate(record.date)} · regular press conference`);
    expect(all).toContain(record.id);
    expect(all).toMatch(/Question|Statement/);
    expect(buttons(card!).get('spox_transcript')!.url).toBe(record.url);
    expect([...buttons(card!).keys()]).toEqual(['spox_next', 'spox_list', 'spox_full_answer', 'spox_cite', 'spox_share', 'spox_transcript']);
  });

  it('rejects unsigned, wrongly signed and stale requests without answering', async () => {
    const body = new URLSearchParams({ command: '/spox', text: 'Huawei', user_id: 'U0ASKER', response_url: s.fake.responseUrl('never') }).toString();
    const type = 'application/x-www-form-urlencoded';
    expect((await postToApp(s.url, body, type, null)).status).toBe(401);
    expect((await postToApp(s.url, body, type, { secret: 'a'.repeat(32) })).status).toBe(401);
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    expect((await postToApp(s.url, body, type, { secret: SIGNING_SECRET, timestamp: tenMinutesAgo })).status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(s.fake.responses('never')).toEqual([]);
  });

  it('applies the filter words: dates, spokesperson, outlet and newest first', async () => {
    const { messages } = await spox('Huawei from:2019-01-01 to:2019-12-31 by:"Geng Shuang" sort:newest');
    const card = messages[0]!;
    expect(texts(card)[0]).toContain('Results for “Huawei” (from 2019-01-01 · to 2019-12-31 · spokesperson Geng Shuang)');
    expect(texts(card)[0]).toContain('latest first');
    const dates: string[] = [];
    let current = card;
    for (let i = 0; i < 4; i++) {
      const record = cardRecord(current);
      expect(record.spokesperson).toBe('Geng Shuang');
      expect(record.date >= '2019-01-01' && record.date <= '2019-12-31').toBe(true);
      dates.push(record.date);
      const next = buttons(current).get('spox_next');
      if (!next) break;
      const [paged] = await click('spox_next', next.value);
      expect(paged!.replace_original).toBe(true);
      current = paged!;
    }
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort().reverse()).toEqual(dates);

    const outlet = (await spox('Huawei outlet:bloomberg')).messages[0]!;
    expect(cardRecord(outlet).outlet).toMatch(/Bloomberg/);
  });

  it('answers "what about japan" on Japan alone, and says no earlier question is carried over (explore33c C14)', async () => {
    const card = (await spox('what about japan')).messages[0]!;
    expect(texts(card)[0]).toContain('; “what about” not searched: spox answers each question alone, and keeps no earlier question to carry over');
  });

  it('says a capital was read as its country: "Damascus", which no exchange writes, answered with Syria\'s exchanges', async () => {
    const card = (await spox('Damascus')).messages[0]!;
    expect(texts(card)[0]).toContain(`${counted(await seed.search.search('Syria', { k: 0 }))}`);
    expect(texts(card)[0]).toContain('; “Damascus” read as “Syria”');
  });

  it('says which listed name a descriptive question was read as, and that it was searched too', async () => {
    const card = (await spox('the Hong Kong media tycoon arrested')).messages[0]!;
    expect(texts(card)[0]).toContain('also searched for “Jimmy Lai”, a name your words may describe');
    expect(texts((await spox('Jimmy Lai')).messages[0]!)[0]).not.toContain('also searched');
    // And which of the words asked none of the answers holds.
    expect(texts(card)[0]).toContain('; none of them says “tycoon”');
    expect(texts((await spox('the assassination of Shinzo Abe')).messages[0]!)[0]).toContain('; none of them says “assassination”');
  });

  it('names a malformed filter word and searches nothing', async () => {
    const bad = (await spox('Huawei from:2019-02-30')).messages[0]!;
    expect(texts(bad).join()).toContain('`from:` must be a date written YYYY-MM-DD');
    const reversed = (await spox('Huawei from:2020-01-01 to:2019-01-01')).messages[0]!;
    expect(texts(reversed).join()).toContain('`from:` (2020-01-01) is later than `to:` (2019-01-01)');
    const sort = (await spox('Huawei sort:earliest')).messages[0]!;
    expect(texts(sort).join()).toContain('`sort:` must be `newest`, `oldest` or `relevance`');
  });

  it('notes the dates the index does not hold on every card of a search that reaches past them', async () => {
    const note = `Note: you asked about dates the index does not hold: it holds briefings up to ${seed.search.coverage().to}. ${describeCoverage(seed.search.coverage())}`;
    const card = (await spox('Taiwan arms sales to:2030-12-31')).messages[0]!;
    expect(texts(card).slice(0, 2)).toEqual([expect.stringContaining('Results for “Taiwan arms sales” (to 2030-12-31)'), note]);
    const [second] = await click('spox_next', buttons(card).get('spox_next')!.value);
    expect(texts(second!)).toContain(note);
    const within = (await spox('Taiwan arms sales to:2019-12-31')).messages[0]!;
    expect(texts(within).join()).not.toContain('does not hold');
  });

  it('echoes what the other words find without the unknown ones, without the marks only those carried (explore29b F10)', async () => {
    const alone = await seed.search.search('Hong Kong', { k: 0 });
    expect(alone.total).toBeGreaterThan(0);
    expect(texts((await spox('*bold* _italic_ Hong Kong')).messages[0]!).join()).toContain(` Without them: ${alone.total} exchanges on “Hong Kong”.`);
  });

  it('says that the index holds no such spokesperson (by:), naming those it holds', async () => {
    const { messages } = await spox('Huawei by:Xyz');
    expect(texts(messages[0]!).join()).toContain(`The index holds no spokesperson matching “Xyz”. It holds: ${seed.search.spokespeople().join(', ')}.`);
  });

  it('names who did say the words a named spokesperson\'s answers miss, asked in the question or with by: (explore31 12, 13)', async () => {
    const army = texts((await spox('Did Zhao Lijian say the US army brought the virus to Wuhan?')).messages[0]!)[0]!;
    expect(army).toContain("; Zhao Lijian's answers don't say “army”; Geng Shuang's 2020-03-13#5 holds every word");
    const zangnan = texts((await spox('Zangnan by:"Lin Jian"')).messages[0]!).join();
    expect(zangnan).toContain("Without the spokesperson: 3 exchanges, the newest of 2026-08-10; Geng Shuang's 2020-02-20#6 holds every word you asked.");
  });

  it('says on the card of a day the Ministry published twice which other English transcript it published (explore31 15)', async () => {
    const message = (await spox('"Western-centrism"')).messages[0]!;
    const line = `The Ministry published another English transcript of this briefing, in other words: 2019-04-29 ${seed.search.briefing('2019-04-29')!.summary.url}`;
    expect(texts(message).join('\n')).toContain(line);
    // Shared to the channel, the card keeps the line (it is rebuilt from the quote's reference).
    await click('spox_share', buttons(message).get('spox_share')!.value, { messageTs: '1700000000.000150' });
    const posted = s.fake.calls('chat.postMessage').at(-1) as unknown as Sent;
    expect(texts(posted).join('\n')).toContain(line);
  });

  it('`quote` and Full answer name the other English transcript of a day published twice, below the answer (explore33a #4)', async () => {
    const other = (key: string) => `The Ministry published another English transcript of this briefing, in other words: ${key} ${seed.search.briefing(key)!.summary.url}`;
    const lines = (messages: Sent[]) => messages.flatMap(texts).filter((t) => t.includes('another English transcript'));
    for (const [id, key] of [['2019-04-29b#2', '2019-04-29'], ['2019-04-29#2', '2019-04-29b']] as const) {
      const { messages } = await spox(`quote ${id}`);
      expect(lines(messages), id).toEqual([other(key)]);
      // Below the answer, above the id and the buttons.
      const last = texts(messages.at(-1)!);
      const lastQuoted = last.map((t) => t.startsWith('>')).lastIndexOf(true);
      expect(lastQuoted).toBeGreaterThan(-1);
      expect(last.indexOf(other(key))).toBeGreaterThan(lastQuoted);
    }
    const card = (await spox('"Western-centrism"')).messages[0]!;
    expect(cardRecord(card).id.startsWith('2019-04-29b#')).toBe(true);
    expect(lines(await click('spox_full_answer', buttons(card).get('spox_full_answer')!.value))).toEqual([other('2019-04-29')]);
    // A day published once: no such line.
    expect(lines((await spox('quote 2019-04-30#1')).messages)).toEqual([]);
  });

  it('heads the editor\'s note over an answer given after the conference as that note, as its Cite does, on the card and in full (explore33a #7)', async () => {
    const note = seed.search.record('2020-04-07#12')!.question!;
    const card = (await spox('"cyber space is also a community"')).messages[0]!;
    expect(cardRecord(card).id).toBe('2020-04-07#12');
    expect(texts(card)).toContain(`*Editor's note on the transcript:* ${note}`);
    expect(texts((await spox('quote 2020-04-07#12')).messages[0]!)).toContain(`*Editor's note on the transcript:* ${note}`);
    expect(texts((await spox('quote 2020-04-07#11')).messages[0]!).some((t) => /^\*(Follow-up question|Question) /.test(t))).toBe(true);
  });

  it('says when nothing is relevant, with the span searched', async () => {
    const { messages } = await spox('zyxwvut quokka');
    const text = texts(messages[0]!).join();
    expect(text).toContain('Nothing relevant found for “zyxwvut quokka”. No exchange in the index says “zyxwvut” or “quokka”. Looked in the briefings from ');
    expect(messages[0]!.response_type).toBe('ephemeral');
  });
});

describe('the card buttons', () => {
  it('Previous and Next replace the card; another user may not page it; an unknown result has expired', async () => {
    const card = (await spox('Taiwan arms sales')).messages[0]!;
    const [second] = await click('spox_next', buttons(card).get('spox_next')!.value);
    expect(texts(second!).join()).toContain('2 of ');
    const [first] = await click('spox_previous', buttons(second!).get('spox_previous')!.value);
    expect(cardRecord(first!).id).toBe(cardRecord(card).id);
    const [refused] = await click('spox_next', buttons(card).get('spox_next')!.value, { user: 'U0SOMEONE' });
    expect(texts(refused!).join()).toContain('Only the person who ran this search');
    const [expired] = await click('spox_next', 'c.doesnotexist.1');
    expect(texts(expired!).join()).toContain('This result has expired');
  });

  it('a card past the last match is refused as a damaged button, as Discord refuses it (explore32a F7)', async () => {
    const card = (await spox('Taiwan arms sales')).messages[0]!;
    const next = buttons(card).get('spox_next')!.value!;
    const [past] = await click('spox_next', next.replace(/\.\d+$/, '.99999'));
    expect(texts(past!).join()).toContain('This button does not name an exchange spox can read');
  });

  it('Next past the cards kept in memory, after the index was swapped for one without that match, says how many matches it no longer holds', async () => {
    const swappable = new SwappableSearch(seed.search);
    const app = await startSlack({ search: swappable.search });
    const dir = mkdtempSync(join(tmpdir(), 'spox-slack-swap-'));
    try {
      const ask = async (send: (id: string) => Promise<unknown>): Promise<Sent> => {
        const id = target();
        await send(id);
        await waitFor('an answer', () => app.fake.responses(id).length > 0);
        await app.idle();
        return app.fake.responses(id)[0] as Sent;
      };
      const press = (value: string) => ask((id) => app.interact(buttonClick({ actionId: 'spox_next', value, responseUrl: app.fake.responseUrl(id) })));
      let card = await ask((id) => app.command('Taiwan arms sales', { respondTo: id }));
      for (let i = 1; i < HITS_PER_SEARCH; i++) card = await press(buttons(card).get('spox_next')!.value!);
      expect(texts(card).join()).toContain(`${HITS_PER_SEARCH} of `);
      const next = buttons(card).get('spox_next')!.value!;
      // Another index (as `npm run slack` swaps in after a sync or rebuild): the 2026 pages only.
      await buildIndex({ sources: ['seeds/site-2026'], indexDir: dir, embedder: null });
      swappable.swap(await openSearch(dir, { embedder: null }));
      const after = await press(next);
      // Said as Discord says it (goneText): how many of its matches the new index no longer holds.
      const matches = (await seed.search.search('Taiwan arms sales', { filters: {}, k: HITS_PER_SEARCH })).matches;
      const gone = matches.filter((m) => !swappable.search.record(m.id)).length;
      expect(gone).toBeGreaterThan(0);
      expect(texts(after)).toEqual([
        `The index has been rebuilt since this search and no longer holds ${gone} of its ${matches.length} matches, this one (${matches[HITS_PER_SEARCH]!.id}) among them. Run /spox again to search the index as it is now.`,
      ]);
      expect(texts(after).join()).not.toContain('Something went wrong');
      expect(app.logs.filter((l) => l.startsWith('error'))).toEqual([]);
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('Full answer sends the whole answer, verbatim, privately', async () => {
    const card = (await spox('Hong Kong national security law')).messages[0]!;
    const record = cardRecord(card);
    const messages = await click('spox_full_answer', buttons(card).get('spox_full_answer')!.value);
    expect(messages.every((m) => m.response_type === 'ephemeral' && m.replace_original === false)).toBe(true);
    const shown = messages.flatMap(quoted).join('\n');
    expect(shown.replace(/\s+/g, ' ').trim()).toBe(record.answer.replace(/\s+/g, ' ').trim());
  });

  it('Cite gives the quote in quotation marks, who said it where and when, and the transcript URL', async () => {
    const card = (await spox('Meng Wanzhou')).messages[0]!;
    const record = cardRecord(card);
    const [cite] = await click('spox_cite', buttons(card).get('spox_cite')!.value);
    const [plain, footnote] = texts(cite!).filter((t) => t.startsWith('```'));
    expect(plain).toContain('“');
    expect(plain).toContain(`${record.spokesperson}, Chinese Foreign Ministry spokesperson, regular press conference, ${longDate(record.date)}`);
    expect(plain).toContain(record.url!);
    expect(footnote).toContain(`${record.spokesperson}, regular press conference, ${longDate(record.date)}`);
    const [quotePart] = quoted(card);
    expect(plain).toContain(quotePart!.split(' … ')[0]!.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });

  it('Share to channel posts the card with chat.postMessage, or through the response URL where the bot is not a member', async () => {
    const card = (await spox('Meng Wanzhou')).messages[0]!;
    const record = cardRecord(card);
    const share = buttons(card).get('spox_share')!.value;
    const replies = await click('spox_share', share);
    const [posted] = s.fake.calls('chat.postMessage') as unknown as (Sent & { channel: string })[];
    expect(posted!.channel).toBe('C0DESK');
    expect(s.fake.received.find((r) => r.method === 'chat.postMessage')!.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(quoted(posted!)[0]).toBe(quoted(card)[0]);
    expect(buttons(posted!).has('spox_next')).toBe(false);
    expect(texts(posted!).join()).toContain(record.id);
    expect(texts(replies.at(-1)!).join()).toContain('Shared to the channel');

    s.fake.answer('chat.postMessage', { ok: false, error: 'not_in_channel' });
    try {
      const fallback = await click('spox_share', share, { messageTs: '1700000000.000200' });
      expect(fallback[0]!.response_type).toBe('in_channel');
      expect(fallback[0]!.replace_original).toBe(false);
      expect(quoted(fallback[0]!)[0]).toBe(quoted(card)[0]);
    } finally {
      s.fake.answer('chat.postMessage', { ok: true });
    }
  });

  it('Share posts the card under its search’s heading and date note, as Discord’s Share does (explore29b F13)', async () => {
    const card = (await spox('Taiwan arms sales to:2030-12-31')).messages[0]!;
    const [heading, note] = texts(card);
    expect(heading).toMatch(/^Results for “Taiwan arms sales” \(to 2030-12-31\) — \d+ exchanges/);
    expect(note).toMatch(/^Note: you asked about dates the index does not hold: it holds briefings up to /);
    await click('spox_share', buttons(card).get('spox_share')!.value, { messageTs: '1700000000.000210' });
    const [posted] = s.fake.calls('chat.postMessage') as unknown as Sent[];
    expect(texts(posted!).slice(0, 2)).toEqual([heading, note]);
    expect(quoted(posted!)[0]).toBe(quoted(card)[0]);
    // A search no longer kept (or a Share of /spox quote, which has none) still shares the quote, without a heading.
    const record = cardRecord(card);
    const forgotten = buttons(card).get('spox_share')!.value!.replace(/^c\.[^.]+\./, 'c.gone.');
    await click('spox_share', forgotten, { messageTs: '1700000000.000211' });
    const [, bare] = s.fake.calls('chat.postMessage') as unknown as Sent[];
    expect(texts(bare!)[0]).not.toContain('Results for');
    expect(texts(bare!).join()).toContain(record.id);
  });

  it('the notification text of a shared quote ends with one ellipsis where its cut falls just after a skipped stretch (explore25s2 N9)', async () => {
    // The card the tester saw: 2018-07-31#1, its 294-character opening sentence, then " … " and more.
    const record = seed.search.record('2018-07-31#1')!;
    const spans = [{ start: 250, end: 544 }, { start: 763, end: 1017 }];
    const opening = record.answer.slice(250, 544);
    expect(opening).toMatch(/^After the accident, .* treat the injured\.$/);
    await click('spox_share', encodeQuoteRef({ recordId: record.id, spans }), { messageTs: '1700000000.000250' });
    const [posted] = s.fake.calls('chat.postMessage') as unknown as Sent[];
    expect(quoted(posted!)[0]).toBe(`${opening} … ${record.answer.slice(763, 1017)}`);
    expect(posted!.text).toBe(escapeMrkdwn(`${record.spokesperson}, ${record.date}: “${opening} …”`));
    expect(posted!.text).not.toContain('… …');
  });

  it('Share pressed twice on one card (at once, or later) posts it once', async () => {
    const share = buttons((await spox('Meng Wanzhou')).messages[0]!).get('spox_share')!.value!;
    const [a, b] = [target(), target()];
    const press = (id: string) => s.interact(buttonClick({ actionId: 'spox_share', value: share, messageTs: '1700000000.000300', responseUrl: s.fake.responseUrl(id) }));
    await Promise.all([press(a), press(b)]);
    await s.idle();
    expect(s.fake.calls('chat.postMessage')).toHaveLength(1);
    const said = [...s.fake.responses(a), ...s.fake.responses(b)].map((m) => texts(m as Sent).join());
    expect(said.sort()).toEqual(['Shared to the channel.', 'You have already shared this card to the channel.']);
    expect(texts((await click('spox_share', share, { messageTs: '1700000000.000300' }))[0]!).join()).toContain('already shared');
    expect(s.fake.calls('chat.postMessage')).toHaveLength(1);
    // Another user sharing the same card is their own share.
    await click('spox_share', share, { messageTs: '1700000000.000300', user: 'U0EDITOR' });
    expect(s.fake.calls('chat.postMessage')).toHaveLength(2);
  });

  it('Share into an archived or restricted channel says privately why spox cannot post there, and may be tried again', async () => {
    const share = buttons((await spox('Meng Wanzhou')).messages[0]!).get('spox_share')!.value!;
    const cases: [string, string][] = [
      ['is_archived', 'spox can’t post in this channel: it is archived.'],
      ['restricted_action', 'spox can’t post in this channel: posting is restricted there'],
      ['restricted_action_read_only_channel', 'spox can’t post in this channel: posting is restricted there'],
    ];
    try {
      for (const [error, says] of cases) {
        s.fake.answer('chat.postMessage', { ok: false, error });
        const replies = await click('spox_share', share, { messageTs: '1700000000.000400' });
        expect(replies).toHaveLength(1);
        expect(replies[0]!.response_type).toBe('ephemeral');
        expect(texts(replies[0]!).join()).toContain(says);
        expect(texts(replies[0]!).join()).not.toContain('Something went wrong');
      }
    } finally {
      s.fake.answer('chat.postMessage', { ok: true });
    }
    // Not shared: the same card may be shared once the channel allows it.
    expect(texts((await click('spox_share', share, { messageTs: '1700000000.000400' })).at(-1)!).join()).toContain('Shared to the channel');
  });

  it('Share where the bot may not see the channel and the response URL fails: the user is told privately through chat.postEphemeral', async () => {
    const share = buttons((await spox('Meng Wanzhou')).messages[0]!).get('spox_share')!.value!;
    const id = target();
    s.fake.answer('chat.postMessage', { ok: false, error: 'channel_not_found' });
    s.fake.failNext(id, 6);
    try {
      await s.interact(buttonClick({ actionId: 'spox_share', value: share, messageTs: '1700000000.000500', responseUrl: s.fake.responseUrl(id) }));
      await waitFor('chat.postEphemeral', () => s.fake.calls('chat.postEphemeral').length > 0);
      await s.idle();
    } finally {
      s.fake.answer('chat.postMessage', { ok: true });
    }
    const [told] = s.fake.calls('chat.postEphemeral') as unknown as (Sent & { user: string })[];
    expect(told!.user).toBe('U0ASKER');
    expect(texts(told!).join()).toContain('spox can’t post in this channel: it is not a member');
    expect(s.fake.responses(id)).toEqual([]);
  });

  it('an empty or tampered button value is refused without naming a blank id', async () => {
    for (const action of ['spox_cite', 'spox_full_answer', 'spox_share', 'spox_chinese']) {
      for (const value of action === 'spox_chinese' ? ['', '   '] : ['', '|', '  |0-5']) {
        const [reply] = await click(action, value);
        const said = texts(reply!).join();
        expect(said).toContain('This button does not name an exchange spox can read');
        expect(said).not.toMatch(/Exchange\s+is/);
      }
    }
  });

  it('a quote reference that names no record, or offsets that are not its sentences, is refused politely', async () => {
    const [missing] = await click('spox_cite', '1999-01-01#1|');
    expect(texts(missing!).join()).toContain('is not in the index any more');
    const [changed] = await click('spox_cite', '2020-05-22#3|1-2');
    expect(texts(changed!).join()).toContain('does not match exchange 2020-05-22#3 as the index holds it now: the button is damaged, or the exchange was re-read');
  });

  it('an id its briefing never held is said to be no exchange of the index, not one a rebuild removed (explore32a F4)', async () => {
    const briefing = seed.search.briefing('2019-07-26')!;
    expect(briefing.records.map((r) => r.id)).not.toContain('2019-07-26#9999');
    for (const [action, value] of [['spox_cite', '2019-07-26#9999|'], ['spox_full_answer', '2019-07-26#9999|'], ['spox_chinese', '2019-07-26#9999']]) {
      const said = texts((await click(action!, value!))[0]!).join();
      expect(said).toContain('No exchange 2019-07-26#9999 in the index: this button is damaged, or was made by another app.');
      expect(said).not.toContain('any more');
    }
  });

  it("the English button on an English exchange is no button of spox's (explore32a F8)", async () => {
    const english = seed.search.record('2019-07-26#7')!;
    expect(english.lang ?? 'en').toBe('en');
    expect(texts((await click('spox_english', english.id))[0]!).join()).toContain('This button does not name an exchange spox can read');
  });

  it('a block action of no listener (a renamed or forged action id, no action at all) is acknowledged and answered as Discord answers one (explore32a F6)', async () => {
    for (const payload of [
      (url: string) => buttonClick({ actionId: 'spox_../../x', value: 'x', responseUrl: url }),
      (url: string) => ({ ...buttonClick({ actionId: 'spox_next', responseUrl: url }), actions: [] }),
    ]) {
      const id = target();
      const ack = await s.interact(payload(s.fake.responseUrl(id)));
      expect(ack.status).toBe(200);
      await s.idle();
      expect(texts(s.fake.responses(id)[0] as Sent).join()).toBe('This button no longer works; run /spox again.');
    }
  });

  it('block actions whose body holds no list of actions are acknowledged, logged and answered, not left to time out or fail (session 37)', async () => {
    const withActions = (actions: unknown) => (url: string): Record<string, unknown> => {
      const click = buttonClick({ actionId: 'spox_next', responseUrl: url });
      if (actions === undefined) delete click.actions;
      else click.actions = actions;
      return click;
    };
    // None at all (Bolt could not tell the body's type: no ack, HTTP 404 after 3 s), null or an object (Bolt threw: HTTP 500).
    for (const payload of [withActions(undefined), withActions(null), withActions({ action_id: 'spox_next' })]) {
      const id = target();
      s.logs.length = 0;
      const ack = await s.interact(payload(s.fake.responseUrl(id)));
      expect(ack.status).toBe(200);
      await s.idle();
      expect(texts(s.fake.responses(id)[0] as Sent).join()).toBe('This button no longer works; run /spox again.');
      expect(s.logs).toEqual(["block action with no action (user U0ASKER): not one of spox's"]);
    }
  });
});

describe('the other commands', () => {
  it('about lists the bundled PressCon sample as bundled, with what it holds, and the English briefings held only as pairs, as `ask --about` says them (explore33b M5)', async () => {
    const about = texts((await spox('about')).messages[0]!).join('\n');
    const sheet = seed.search.sources().find((s) => s.kind === 'imported')!.sheets!.find((f) => f.file.endsWith('cmfa-presscon-v4-ukraine.csv'))!;
    const sources = /^\*Sources:\* (.*)$/m.exec(about)?.[1];
    expect(sources).toContain(
      `bundled with spox: ${sheet.briefings} briefings, ${sheet.from} to ${sheet.to}, only as the pairs of seeds/presscon/cmfa-presscon-v4-ukraine.csv, the CMFA PressCon sample bundled with spox: only the pairs that mention Ukraine, not whole briefings`,
    );
    expect(sources).not.toContain('imported');
    const english = seed.search.languages().find((l) => l.lang === 'en')!;
    expect(about).toContain(
      `English: ${english.briefings} briefings, ${english.from} to ${english.to}; ${sheet.briefings} of them (${sheet.from} to ${sheet.to}) only as imported pairs, not whole transcripts`,
    );
  });

  it('help, about, briefing (and a day without one), quote', async () => {
    expect(texts((await spox('help')).messages[0]!).join()).toContain('/spox briefing 2020-05-22');
    expect(texts((await spox('help')).messages[0]!).join()).toContain(escapeMrkdwn(MISSING_TIP));
    expect(texts((await spox('help')).messages[0]!).join()).toContain('A question in Chinese searches the Chinese pages');
    expect(texts((await spox('help')).messages[0]!).join()).not.toContain('English transcripts');
    // The help's introduction names the PressCon sample as the sources list does, not as an import (session 35).
    const held = sourceEntries(seed.search.sources()).flatMap((e) => (e.held ? [e.held] : []));
    expect(held).toHaveLength(1);
    expect(texts((await spox('help')).messages[0]!).join()).toContain(escapeMrkdwn(pairsHeldText(seed.search.sources())));
    expect(pairsHeldText(seed.search.sources())).toContain(` ${held[0]!}: their cards say so`);
    expect(pairsHeldText(seed.search.sources())).toContain("the link is the one the corpus names (the Ministry's page, or an archived copy of it)");
    expect(texts((await spox('help')).messages[0]!).join()).not.toContain('research corpus');
    expect(texts((await spox('')).messages[0]!).join()).toContain('/spox quote 2020-05-22#3');
    const info = seed.search.info();
    const about = texts((await spox('about')).messages[0]!).join('\n');
    expect(about).toContain(`from ${info.firstDate} to ${info.lastDate}`);
    expect(about).toContain(`${info.briefings} briefings`);
    const [english] = seed.search.languages();
    expect(about).toContain(`*Languages* (a question searches the briefings of its own): English: ${english!.briefings} briefings, ${english!.from} to ${english!.to}`);

    const briefing = (await spox('briefing 2020-05-22')).messages;
    const listed = briefing.flatMap(texts).join('\n');
    const day = seed.search.briefing('2020-05-22')!;
    for (const r of day.records) expect(listed).toContain(`\`${r.id}\``);

    // An imported date whose first row answers only "-" (not indexed) starts at #2: listed as 1., its id shown as it is.
    expect(seed.search.briefing('pc-2023-03-14')!.records.map((r) => r.id)).toEqual(['pc-2023-03-14#2']);
    for (const key of ['pc-2023-03-14', '2020-05-22']) {
      const shown = seed.search.briefing(key)!.records;
      const numbered = (await spox(`briefing ${key}`)).messages.flatMap(texts).join('\n').split('\n')
        .map((l) => /^\*(\d+)\.\* .* `([^`]+)`$/.exec(l)).filter((m) => m !== null).map((m) => [m![1], m![2]]);
      expect(numbered).toEqual(shown.map((r, i) => [String(i + 1), escapeMrkdwn(r.id)]));
    }

    // An imported briefing (pairs of the PressCon sample that mention Ukraine) says it is not the whole transcript; a page's does not (explore30 A4).
    const note = '_Not the whole transcript: the index holds this briefing only as the pairs imported from cmfa-presscon-v4-ukraine.csv, which may not hold every exchange._';
    expect(texts((await spox('briefing 2021-12-09')).messages[0]!)).toContain(note);
    expect(texts((await spox('briefing pc-2021-12-09')).messages[0]!)).toContain(note);
    expect(listed).not.toContain('Not the whole transcript');

    // A date the sheet contradicts: the key marked and why, above the list (session 37).
    const doubted = texts((await spox('briefing pc-2014-01-12')).messages[0]!);
    expect(doubted.some((t) => t.startsWith(`${escapeMrkdwn('pc-2014-01-12')} (date doubted) · 1 exchange`))).toBe(true);
    expect(doubted).toContain(`_${escapeMrkdwn(`Date doubted (the sheet contradicts it): ${seed.search.record('pc-2014-01-12#1')!.source!.dateDoubted}; check the Ministry's page before citing the date`)}_`);
    expect(texts((await spox('briefing 2021-12-09')).messages[0]!).join()).not.toContain('doubted');

    const none = texts((await spox('briefing 2020-05-23')).messages[0]!).join();
    expect(none).toContain('No briefing on 2020-05-23 in the index. Nearest briefing dates: ');
    expect(texts((await spox('briefing 2020-5-22')).messages[0]!).join()).toContain('Give the date as YYYY-MM-DD');
    // A date written right that the calendar lacks (the shared rule of src/util/iso-date.ts).
    for (const day of ['2020-02-30', '2020-13-01', '2019-02-29b']) {
      const said = texts((await spox(`briefing ${day}`)).messages[0]!).join();
      expect(said).toContain(`There is no such date as ${day}.`);
      expect(said).not.toContain('Give the date as YYYY-MM-DD');
    }

    const record = seed.search.record('2020-05-22#3')!;
    const quote = (await spox('quote 2020-05-22#3')).messages;
    expect(quote.flatMap(quoted).join('\n').replace(/\s+/g, ' ').trim()).toBe(record.answer.replace(/\s+/g, ' ').trim());
    expect(texts(quote[0]!).join()).toContain(record.question!.slice(0, 40));
    expect([...buttons(quote.at(-1)!).keys()]).toEqual(['spox_cite', 'spox_share', 'spox_transcript']);
    expect(texts((await spox('quote 2099-01-01#1')).messages[0]!).join()).toContain('No exchange 2099-01-01#1 in the index');
    // The id copied with the brackets a card prints around it (explore30b 10).
    expect((await spox('quote [2020-05-22#3]')).messages.flatMap(quoted).join('\n')).toBe(quote.flatMap(quoted).join('\n'));

    // A follow-up's full view shows the question it follows above its own, as the Discord cards and the CLI do (session 43).
    const followUp = seed.search.briefing('2020-04-28')!.records.find((r) => r.followup !== null && seed.search.record(r.followup)?.question)!;
    const followedText = seed.search.record(followUp.followup!)!.question!;
    const shownFollowUp = texts((await spox(`quote ${followUp.id}`)).messages[0]!);
    const heading = shownFollowUp.findIndex((t) => t.startsWith('*Following up on this question'));
    expect(heading).toBeGreaterThan(-1);
    expect(shownFollowUp[heading]).toContain(followedText.slice(0, 40).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    expect(shownFollowUp[heading + 1]).toMatch(/^\*Follow-up question/);
    // Another record's says nothing of it.
    expect(quote.flatMap(texts).join('\n')).not.toContain('Following up on this question');

    // An id pasted as a question opens that exchange too, rather than be searched as a date (explore33a #3).
    for (const typed of ['2020-05-22#3', '[2020-05-22#3]']) expect(texts((await spox(typed)).messages.at(-1)!)).toEqual(texts(quote.at(-1)!));
    expect(texts((await spox('2099-01-01#1')).messages[0]!).join()).toContain('No exchange 2099-01-01#1 in the index');

    // A date alone opens that briefing, and "latest briefing" the newest, rather than be searched as words (explore37 #10, #11).
    const opened = (await spox('briefing 2020-05-22')).messages.flatMap(texts);
    for (const typed of ['2020-05-22', '22 May 2020', 'May 22, 2020']) expect((await spox(typed)).messages.flatMap(texts), typed).toEqual(opened);
    // So does the transcript's link pasted alone, as Slack marks it up (session 43).
    const link = seed.search.briefing('2020-05-22')!.summary.url!;
    for (const typed of [`<${link}>`, `<${link}|transcript>`, link]) expect((await spox(typed)).messages.flatMap(texts), typed).toEqual(opened);
    const newest = (await spox('latest')).messages.flatMap(texts);
    for (const typed of ['latest briefing', 'most recent briefing']) expect((await spox(typed)).messages.flatMap(texts), typed).toEqual(newest);
    expect(texts((await spox('2020-05-23')).messages[0]!).join()).toContain('No briefing on 2020-05-23 in the index. Nearest briefing dates: ');
    expect(texts((await spox('latest on Meng Wanzhou')).messages[0]!).join()).toContain('Results for “latest on Meng Wanzhou”');
    // A date that could be read two ways: how it was read, above the briefing (review38 #4); a day without one says its key (#6).
    const ambiguous = (await spox('4/3/2019')).messages.flatMap(texts);
    expect(ambiguous[0]).toBe('“4/3/2019” read as 4 March 2019, the day first: for April 3, ask 2019-04-03.');
    expect(ambiguous.slice(1)).toEqual((await spox('briefing 2019-03-04')).messages.flatMap(texts));
    expect(texts((await spox('press conference on April 3, 2019')).messages[0]!).join()).toContain('No briefing on 2019-04-03 in the index. Nearest briefing dates: ');
    expect(texts((await spox('6/4/2019')).messages[0]!).join()).toContain('No briefing on 2019-04-06 in the index (“6/4/2019” read as 6 April 2019, the day first: for June 4, ask 2019-06-04). Nearest');
  });
});

describe('quote and briefing with a near miss of an id or date (explore25s2 N10)', () => {
  it('say the form expected instead of searching', async () => {
    for (const typed of ['quote 2020-05-22 #3', 'quote 2020-05-22#3 please', 'quote *2020*-05-22#3', 'quote https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/t1781773.shtml']) {
      const said = texts((await spox(typed)).messages[0]!).join();
      expect(said).toContain('`/spox quote` takes one exchange id as a card shows it, e.g. `/spox quote 2020-05-22#3`');
      expect(said).not.toContain('Results for');
    }
    for (const typed of ['briefing May 22, 2020', 'briefing 2020-05-22 2020-05-25', 'briefing 20200522 please']) {
      const said = texts((await spox(typed)).messages[0]!).join();
      expect(said).toContain('`/spox briefing` takes one date, written YYYY-MM-DD, e.g. `/spox briefing 2020-05-22`');
      expect(said).not.toContain('Results for');
    }
  });

  it('say the form, and how to search instead, for anything after them that is not an id or date, never searching for “quote” or “briefing” (explore29b F8)', async () => {
    for (const [word, rest] of [['quote', '#3'], ['quote', 'Meng Wanzhou'], ['quote', '@everyone'], ['quote', ''], ['briefing', 'latest'], ['briefing', '22 May 2020'],
      ['briefing', 'yesterday'], ['briefing', '<!channel>'], ['briefing', '2019 Hong Kong'], ['briefing', '']] as const) {
      const { messages } = await spox(`${word} ${rest}`);
      expect(messages).toHaveLength(1);
      const said = texts(messages[0]!).join();
      expect(said).toContain(word === 'quote' ? '`/spox quote` takes one exchange id as a card shows it' : '`/spox briefing` takes one date, written YYYY-MM-DD');
      expect(said).toContain(`To search for words instead, type them without \`${word}\` before them, e.g. \`/spox Meng Wanzhou\`.`);
      expect(said).not.toContain('Results for');
    }
    expect(texts((await spox('briefing latest')).messages[0]!).join()).toContain('the newest briefing is `/spox latest`');
    // The words elsewhere in a question are searched as ever.
    expect(texts((await spox('Meng Wanzhou quote')).messages[0]!).join()).toContain('Results for “Meng Wanzhou quote”');
  });
});

describe('every id and key spox shows opens with /spox quote and /spox briefing', () => {
  it('PressCon (pc-), a second transcript of a day (DATEb), statements (#s1), in any case of the prefix', async () => {
    const presscon = seed.search.briefing('pc-2022-03-10')!;
    expect(presscon.summary.key).toBe('pc-2022-03-10');
    for (const key of ['pc-2022-03-10', 'PC-2022-03-10']) {
      const listed = (await spox(`briefing ${key}`)).messages.flatMap(texts).join('\n');
      expect(listed).not.toContain('Results for');
      for (const r of presscon.records) expect(listed).toContain(`\`${r.id}\``);
    }
    const record = presscon.records.find((r) => r.kind === 'exchange')!;
    for (const id of [record.id, record.id.toUpperCase()]) {
      const shown = (await spox(`quote ${id}`)).messages;
      expect(shown.flatMap(quoted).join('\n').replace(/\s+/g, ' ').trim()).toBe(record.answer.replace(/\s+/g, ' ').trim());
      expect(shown.flatMap(texts).join()).toContain(record.id);
    }
    const statement = seed.search.record('2018-05-11#s1')!;
    expect(statement.kind).toBe('statement');
    expect((await spox('quote 2018-05-11#s1')).messages.flatMap(quoted).join('\n').replace(/\s+/g, ' ').trim()).toBe(statement.answer.replace(/\s+/g, ' ').trim());
    // A second transcript of one day: its key and its ids (the bundled pages hold one, `2019-04-29b`).
    const second = seed.search.briefing('2019-04-29b')!;
    expect((await spox('briefing 2019-04-29B')).messages.flatMap(texts).join()).toContain(`\`${second.records[0]!.id}\``);
    expect((await spox(`quote ${second.records[0]!.id}`)).messages.flatMap(quoted).join('\n').replace(/\s+/g, ' ').trim()).toBe(second.records[0]!.answer.replace(/\s+/g, ' ').trim());
    // An imported exchange whose date the Ministry's page replaced: where that date's exchanges are now.
    expect(seed.search.record('pc-2018-10-17#1')).toBeUndefined();
    expect(texts((await spox('quote pc-2018-10-17#1')).messages[0]!).join()).toContain(
      "No exchange pc-2018-10-17#1 in the index: an id beginning pc- names a pair imported from the research corpus, and of 2018-10-17 the index holds the Ministry's own transcript, under that page's ids (an imported pair gives way to the page of its date). Its exchanges: /spox briefing 2018-10-17.",
    );
    // An id the index does not hold names every form.
    const none = texts((await spox('quote pc-2099-01-01#1')).messages[0]!).join();
    expect(none).toContain('No exchange pc-2099-01-01#1 in the index. Ids look like 2020-05-22#3, 2020-05-22#s1 (a statement), zh-2019-05-29#2');
    expect(texts((await spox('briefing pc-2099-01-01')).messages[0]!).join()).toContain('No briefing on pc-2099-01-01 in the index.');
    // The nearest offered are of the source asked for, as keys that open them.
    const offered = /Nearest briefing dates: (.*)\./.exec(texts((await spox('briefing pc-2099-01-01')).messages[0]!).join())![1]!.split(', ');
    expect(offered.length).toBeGreaterThan(0);
    for (const key of offered) expect(key.startsWith('pc-') && seed.search.briefing(key)?.summary.key === key, key).toBe(true);
  });
});

describe('what the question holds', () => {
  it('by: or outlet: followed by the rest of a name the index knows takes the whole name, quoted or not', async () => {
    const quotedName = texts((await spox('Huawei by:"Hua Chunying"')).messages[0]!)[0]!;
    const bare = texts((await spox('Huawei by:Hua Chunying')).messages[0]!)[0]!;
    expect(bare).toContain('Results for “Huawei” (spokesperson Hua Chunying)');
    expect(bare).toBe(quotedName);
    const zhao = texts((await spox('Huawei by:Zhao Lijian from:2020-01-01')).messages[0]!)[0]!;
    expect(zhao).toContain('Results for “Huawei” (from 2020-01-01 · spokesperson Zhao Lijian)');
    expect(zhao).not.toContain('Lijian”');
    // A word that finishes no name stays in the question.
    expect(texts((await spox('by:Geng Huawei')).messages[0]!)[0]).toContain('Results for “Huawei” (spokesperson Geng)');
    // Bloomberg and Bloomberg News are both outlets of the index: the longer name is taken.
    expect(seed.search.outlets()).toEqual(expect.arrayContaining(['Bloomberg', 'Bloomberg News']));
    const byOutlet = (await spox('outlet:Bloomberg News Huawei')).messages[0]!;
    expect(texts(byOutlet)[0]).toContain('Results for “Huawei” (outlet Bloomberg News)');
    expect(cardRecord(byOutlet).outlet).toMatch(/Bloomberg/);
  });

  it('an outlet filter alone lists that outlet\'s questions, as "questions from" does; one the index does not hold is said (explore35 C14)', async () => {
    const yonhap = texts((await spox('outlet:Yonhap')).messages[0]!).join(' ');
    expect(yonhap).not.toContain('Give the words to look for');
    const asked = await seed.search.search('questions from Yonhap', { k: 1 });
    expect(asked.total).toBeGreaterThan(0);
    expect(yonhap).toContain(`${asked.total} exchange`);
    expect(yonhap).toContain('all of them: your question names no topic');
    expect(texts((await spox('outlet:"Straits Times"')).messages[0]!).join(' ')).toContain('The index holds no outlet matching “Straits Times”');
  });

  it('a filter word spox does not have is refused, naming the filters there are; a colon in a question is searched', async () => {
    for (const [text, word] of [['Huawei lang:zh', 'lang'], ['Hong Kong language:chinese', 'language'], ['Huawei Language:Chinese', 'Language']] as const) {
      const { messages } = await spox(text);
      const said = texts(messages[0]!).join();
      expect(said).toContain(`\`${word}:\` is not a filter word. The filters are \`from:\` and \`to:\` (a date, YYYY-MM-DD), \`by:\` (a spokesperson), \`outlet:\` (who asked) and \`sort:\``);
      expect(said).toContain('ask in Chinese');
      expect(said).not.toContain('Results for');
    }
    expect(texts((await spox('Huawei form:2019-01-01')).messages[0]!).join()).toContain('`form:` is not a filter word. Did you mean `from:`?');
    expect(texts((await spox('Article 23: Hong Kong')).messages[0]!)[0]).toContain('Results for “Article 23: Hong Kong”');
    expect(texts((await spox('Huawei lang: zh')).messages[0]!).join()).not.toContain('is not a filter word');
  });

  it('a full-width colon after a filter word (by：华春莹, as a Chinese keyboard types it) is that filter (explore25s2 N7)', async () => {
    const wide = texts((await spox('Huawei by：华春莹')).messages[0]!)[0]!;
    expect(wide).toContain('Results for “Huawei” (spokesperson 华春莹)');
    expect(wide).toBe(texts((await spox('Huawei by:华春莹')).messages[0]!)[0]);
    expect(texts((await spox('Huawei from：2019-01-01')).messages[0]!)[0]).toContain('Results for “Huawei” (from 2019-01-01)');
    expect(texts((await spox('Huawei lang：zh')).messages[0]!).join()).toContain('`lang:` is not a filter word.');
  });

  it('a quote opened after by: and never closed is refused, saying so, not searched with its quote mark (explore25s2 N8)', async () => {
    for (const typed of ['Huawei by:"Hua Chunying', 'Huawei by:“Hua Chunying']) {
      const said = texts((await spox(typed)).messages[0]!).join();
      expect(said).toContain('The quote after `by:` is not closed: put a quote mark at each end of the value, e.g. `by:"Hua Chunying"`.');
      expect(said).not.toContain('Results for');
    }
    // Closed with the other kind of mark, as a phone may type it: the name is read.
    expect(texts((await spox('Huawei by:“Hua Chunying"')).messages[0]!)[0]).toContain('Results for “Huawei” (spokesperson Hua Chunying)');
  });

  it('by: that fits several spokespeople names them privately instead of searching all of them (explore25s2 N6)', async () => {
    const { messages } = await spox('Ukraine by:Ma');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.response_type).toBe('ephemeral');
    const said = texts(messages[0]!).join();
    expect(said).toBe('The spokesperson “Ma” fits 2 names: Ma Zhaoxu, Mao Ning. Give the one you mean, e.g. `by:"Ma Zhaoxu"`.');
    expect(texts((await spox('Huawei by:Zhao')).messages[0]!).join()).toContain('fits 2 names: Ma Zhaoxu, Zhao Lijian.');
    // One name, in full or by the start of a word, is searched as before.
    expect(texts((await spox('Ukraine by:Mao')).messages[0]!)[0]).toContain('Results for “Ukraine” (spokesperson Mao)');
    expect(texts((await spox('Ukraine by:"Ma Zhaoxu"')).messages[0]!).join()).not.toContain('fits 2 names');
  });

  it('echoes *, _, ~ and backticks of the question as typed, never as formatting', async () => {
    const card = (await spox('*Huawei* _ban_ ~ZTE~ `5G`')).messages[0]!;
    const heading = texts(card)[0]!;
    expect(heading).toContain('Results for “∗Huawei∗ ˍbanˍ ∼ZTE∼ ˋ5Gˋ”');
    expect(heading.slice(0, heading.indexOf('” —'))).not.toMatch(/[*_~`]/);
    const nothing = texts((await spox('*zyxwvut* _quokka_')).messages[0]!).join();
    expect(nothing).toContain('Nothing relevant found for “∗zyxwvut∗ ˍquokkaˍ”');
    // Transcript text is not changed: the quote under it is the Ministry's text exactly.
    const record = cardRecord(card);
    for (const part of quoted(card)[0]!.split(' … ')) expect(record.answer).toContain(part.replace(/ …$/, ''));
  });

  it('drops bidirectional controls from what it searches and echoes, so none can reverse its own line (explore29b F9)', async () => {
    const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
    for (const control of ['\u202e', '\u202d', '\u2067', '\u200f']) {
      const heading = texts((await spox(`Huawei ${control} sanctions by:"Hua${control} Chunying"`)).messages[0]!)[0]!;
      expect(heading).toContain('Results for “Huawei sanctions” (spokesperson Hua Chunying) — ');
      expect(heading).not.toMatch(BIDI);
    }
    const notice = texts((await spox('quote 2099-01-01#1\u202e')).messages[0]!).join();
    expect(notice).toContain('No exchange 2099-01-01#1 in the index');
    expect(notice).not.toMatch(BIDI);
  });

  it('drops NUL, ESC sequences, C1 controls, zero-width characters and non-http links from what it searches and echoes (explore32a F3, F9, F10, F11)', async () => {
    const UNSHOWN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200d\u2060-\u2064\ufeff]/;
    for (const typed of ['Huawei \u0000 sanctions', 'Huawei \u001b[2J\u001b[31m sanctions', 'Huawei \u0085@here sanctions', 'Huawei @\u2063everyone sanctions', 'Huawei mailto:a@evil.example sanctions', 'Huawei a@evil.example sanctions steam://run/123']) {
      const heading = texts((await spox(typed)).messages[0]!)[0]!;
      expect(heading).toContain('Results for “Huawei sanctions” — ');
      expect(heading).not.toMatch(UNSHOWN);
      expect(heading).not.toMatch(/@|mailto|steam/);
    }
    // A filter's value echoed in a refusal is cleaned as the question is.
    const outlet = texts((await spox('Huawei outlet:"Reuters <http://evil.example|x> <!here>"')).messages[0]!).join(' ');
    expect(outlet).not.toMatch(/evil|here|&lt;/);
    // A look-alike filter with a mention as its value is refused, not searched as the word "lang".
    const lang = texts((await spox('Huawei lang:<!here>')).messages[0]!).join(' ');
    expect(lang).toContain('`lang:` is not a filter word.');
  });
});

describe('a question longer than can be searched', () => {
  it('is counted as Discord counts it, by the words searched: links, emoji and filter words not counted (review33 #13)', async () => {
    const pasted = `What did China say about Huawei? <https://www.reuters.com/technology/${'a'.repeat(260)}> 🔥🔥🔥`;
    const filtered = `${'Huawei '.repeat(42).trim()} from:2019-01-01`;
    for (const [question, searched] of [[pasted, 'What did China say about Huawei?'], [filtered, 'Huawei '.repeat(42).trim()]] as const) {
      expect([...question].length).toBeGreaterThan(300);
      const expected = await seed.search.search(searched, { k: 5, ...(question === filtered ? { filters: { from: '2019-01-01' } } : {}) });
      expect(expected.total).toBeGreaterThan(0);
      expect(texts((await spox(question)).messages[0]!)[0]).toContain(`${counted(expected)}`);
    }
    const long = texts((await spox(`${'trade war '.repeat(31)}https://example.com/${'a'.repeat(100)}`)).messages[0]!).join(' ');
    expect(long).toContain('The question is 309 characters long without its links, mentions and emoji; at most 300 can be searched');
  });

  it('in a message of 40,000 characters, is read from its opening words (review33 #10)', async () => {
    const id = target();
    await s.interact(messageShortcut({ text: `Meng Wanzhou ${'['.repeat(20_000)} ${'aa.'.repeat(6_000)}`, responseUrl: s.fake.responseUrl(id) }));
    await waitFor('the shortcut answer', () => s.fake.responses(id).length > 0);
    await s.idle();
    expect(texts(s.fake.responses(id)[0] as Sent)[0]).toContain('Results for “Meng Wanzhou”');
  });
});

describe('the "What did China say?" shortcut', () => {
  it('searches with the message text (mentions and link markup dropped) and answers privately', async () => {
    const id = target();
    const ack = await s.interact(messageShortcut({ text: '<@U0EDITOR> what about <https://example.org/x|Meng Wanzhou> &amp; Canada?', responseUrl: s.fake.responseUrl(id) }));
    expect(ack.status).toBe(200);
    await waitFor('the shortcut answer', () => s.fake.responses(id).length > 0);
    await s.idle();
    const [card] = s.fake.responses(id) as Sent[];
    expect(card!.response_type).toBe('ephemeral');
    expect(texts(card!)[0]).toContain('Results for “what about Meng Wanzhou &amp; Canada?”');
    expect(quoted(card!)[0]!.length).toBeGreaterThan(20);
  });

  it('reads a pasted headline\'s quotation marks as punctuation, not as a phrase to find word for word (explore30 B8)', async () => {
    const headline = 'BREAKING: China says it "firmly opposes" US arms sales to Taiwan';
    const id = target();
    await s.interact(messageShortcut({ text: headline, responseUrl: s.fake.responseUrl(id) }));
    await waitFor('the shortcut answer', () => s.fake.responses(id).length > 0);
    await s.idle();
    const heading = texts(s.fake.responses(id)[0] as Sent)[0]!;
    const loose = await seed.search.search('BREAKING: China says it firmly opposes US arms sales to Taiwan', { k: 5 });
    const exact = await seed.search.search(headline, { k: 5 });
    // Searched as a phrase, the marks kept only the exchanges that say "firmly opposes" word for word.
    expect(loose.total).toBeGreaterThan(exact.total);
    expect(heading).toContain(`${counted(loose)}`);
    expect(heading).toContain('Results for “BREAKING: China says it firmly opposes US arms sales to Taiwan”');
  });

  it('on a pasted wire lede, leaves its weekday to the story and says so, not read as last Wednesday (fix36 #1)', async () => {
    const lede = 'NEW DELHI (PTI) — China said on Wednesday the Galwan Valley is on its side of the Line of Actual Control, days after a deadly clash in eastern Ladakh.';
    const id = target();
    await s.interact(messageShortcut({ text: lede, responseUrl: s.fake.responseUrl(id) }));
    await waitFor('the shortcut answer', () => s.fake.responses(id).length > 0);
    await s.idle();
    const card = s.fake.responses(id)[0] as Sent;
    const heading = texts(card).join(' ');
    // Read as last Wednesday, it answered "Nothing found …: the index holds no briefing in the dates you asked".
    expect(heading).not.toContain('Nothing found');
    expect(heading).toContain('“on Wednesday” not read as a date: in a news story it dates the story, whose date your text does not give');
    const expected = await seed.search.search(lede, { k: 5 });
    expect(heading).toContain(`${counted(expected)}`);
    expect(expected.hits[0]!.record.date >= '2020-06-17' && expected.hits[0]!.record.date <= '2020-06-24').toBe(true);
  });
});

describe('Slack emoji codes in a message (explore25s2 N5)', () => {
  it('are not searched, by the shortcut or /spox; the colons of a question stay', async () => {
    const id = target();
    await s.interact(messageShortcut({ text: ':flag-cn: :flag-us: Meng Wanzhou :thumbsup::skin-tone-2: — what did MFA say?', responseUrl: s.fake.responseUrl(id) }));
    await waitFor('the shortcut answer', () => s.fake.responses(id).length > 0);
    await s.idle();
    const heading = texts(s.fake.responses(id)[0] as Sent)[0]!;
    expect(heading).toContain('Results for “Meng Wanzhou — what did MFA say?”');
    expect(heading).not.toContain('flag');
    const plain = texts((await spox('Meng Wanzhou')).messages[0]!)[0]!;
    const coded = texts((await spox(':fire: Meng Wanzhou :+1:')).messages[0]!)[0]!;
    expect(coded).toBe(plain);
    expect(texts((await spox(':flag-cn: :flag-us:')).messages[0]!).join()).toContain('which are not searched');
  });
});

describe('App Home', () => {
  it('publishes the Home tab: what spox is, examples, the span covered and the last update', async () => {
    const ack = await s.event({ type: 'app_home_opened', user: 'U0ASKER', channel: 'D0HOME', tab: 'home' });
    expect(ack.status).toBe(200);
    const [call] = await waitFor('views.publish', () => {
      const calls = s.fake.calls('views.publish');
      return calls.length > 0 && calls;
    });
    await s.idle();
    const { user_id, view } = call as { user_id: string; view: { type: string; blocks: [] } };
    expect(user_id).toBe('U0ASKER');
    expect(view.type).toBe('home');
    expect(blockViolations({ blocks: view.blocks }, { view: true })).toEqual([]);
    const text = texts({ blocks: view.blocks }).join('\n');
    const info = seed.search.info();
    expect(text).toContain('verbatim');
    expect(text).toContain('/spox Taiwan arms sales');
    expect(text).toContain(`from ${info.firstDate} to ${info.lastDate}`);
    expect(text).toContain('2026-11-28 21:04 UTC');
    // What it quotes from, truly: the Chinese pages and the research corpus too, and how to reach them.
    expect(text).not.toContain('English transcripts');
    expect(text).toContain("the Ministry's English and Chinese pages, as far as the index holds them");
    // The PressCon sample as the sources list says it: bundled, its Ukraine pairs only, not an import of a research corpus (session 35).
    const sample = sourceEntries(seed.search.sources()).find((e) => e.held?.includes('cmfa-presscon-v4-ukraine.csv'))!;
    expect(sample.kind).toBe('bundled');
    expect(text).toContain(`The index holds ${sample.briefings} briefings (${sample.from} to ${sample.to}) ${escapeMrkdwn(sample.held!)}: their cards say so`);
    expect(text).toContain("the link is the one the corpus names (the Ministry's page, or an archived copy of it)");
    expect(text).toContain(`${SOURCE_NAMES.bundled}: ${sample.briefings} briefings, ${sample.from} to ${sample.to}, ${escapeMrkdwn(sample.held!)}`);
    expect(text).not.toContain('research corpus');
    expect(text).toContain('/spox 华为 孟晚舟');
    expect(text).toContain('*中文原文*');
    expect(text).toContain('`zh-2019-05-29#2`');
    // The messages tab is not a reason to publish.
    await s.event({ type: 'app_home_opened', user: 'U0ASKER', channel: 'D0HOME', tab: 'messages' });
    await s.idle();
    expect(s.fake.calls('views.publish')).toHaveLength(1);
  });
});

describe('escaping', () => {
  it('the echoed question can neither notify nor forge a link', async () => {
    // Slack sends typed `<`, `>` and `&` as entities; a raw sequence is checked too.
    for (const text of ['&lt;!channel&gt; &lt;@U0BOSS&gt; Huawei &lt;https://evil.example|click here&gt;', '<!here> <#C0GENERAL> zyxwvut quokka <!subteam^S0ALL>']) {
      const { messages } = await spox(text);
      const echoed = texts(messages[0]!)[0]!;
      // Mentions and links are not searched (queryFrom): the echo is what was searched, no markup left.
      expect(echoed).toMatch(/^(Results|Nothing relevant found) for “(Huawei click here|zyxwvut quokka)”/);
      expect(controlSequences(messages[0]!)).toEqual([]); // also checked for every message after each test
    }
  });
});

describe('errors and limits', () => {
  it('a failed answer is logged with a reference and the user gets that reference privately; the app keeps running', async () => {
    // The response URL fails three times and the Web API refuses the private fallback: the answer fails.
    const id = target();
    s.fake.failNext(id, 3);
    s.fake.answer('chat.postEphemeral', { ok: false, error: 'user_not_in_channel' });
    try {
      await s.command('Huawei', { respondTo: id });
      await waitFor('the error reply', () => s.fake.responses(id).length > 0);
      await s.idle();
    } finally {
      s.fake.answer('chat.postEphemeral', { ok: true });
    }
    const [reply] = s.fake.responses(id) as Sent[];
    const reference = /Reference: ([0-9A-F]{8})/.exec(reply!.text ?? '')![1]!;
    expect(reply!.response_type).toBe('ephemeral');
    expect(s.logs.some((l) => l.startsWith(`error ${reference} in /spox (user U0ASKER)`))).toBe(true);
    expect((await spox('Huawei')).messages[0]!.blocks!.length).toBeGreaterThan(3);
  });

  it('a response URL that fails is retried; one that stays dead gives way to chat.postEphemeral to the user in the channel', async () => {
    const once = target();
    s.fake.failNext(once, 1);
    await s.command('Huawei', { respondTo: once });
    await waitFor('the retried answer', () => s.fake.responses(once).length > 0);
    await s.idle();
    const [card] = s.fake.responses(once) as Sent[];
    expect(texts(card!)[0]).toContain('Results for “Huawei”');
    expect(s.logs).toContain('could not reach the response URL (HTTP 500); retrying in 250 ms (attempt 2 of 3)');

    const dead = target();
    s.fake.failNext(dead, 3);
    await s.command('Huawei', { respondTo: dead });
    const [posted] = await waitFor('chat.postEphemeral', () => s.fake.calls('chat.postEphemeral').length > 0 && s.fake.calls('chat.postEphemeral'));
    await s.idle();
    expect(s.fake.responses(dead)).toEqual([]);
    const { channel, user, ...message } = posted as unknown as Sent & { channel: string; user: string };
    expect([channel, user]).toEqual(['C0DESK', 'U0ASKER']);
    expect(texts(message)[0]).toContain('Results for “Huawei”');
    expect(quoted(message)[0]).toBe(quoted(card!)[0]);
    expect(controlSequences(message)).toEqual([]);
    expect(s.logs.some((l) => l.includes('the response URL failed (HTTP 500); answering user U0ASKER through chat.postEphemeral'))).toBe(true);
  });

  it('limits searches per user per minute; help does not count, other users have their own limit', async () => {
    const now = { t: 1_000_000 };
    const limited = await startSlack({ search: seed.search, rateLimit: 2, now: () => now.t });
    try {
      const ask = async (text: string, user = 'U0FAST'): Promise<string> => {
        const id = target();
        await limited.command(text, { user, respondTo: id });
        await waitFor('an answer', () => limited.fake.responses(id).length > 0);
        await limited.idle();
        return texts(limited.fake.responses(id)[0] as Sent).join();
      };
      expect(await ask('Huawei')).toContain('Results for');
      expect(await ask('help')).toContain('/spox briefing');
      expect(await ask('Taiwan')).toContain('Results for');
      expect(await ask('Hong Kong')).toContain('You have reached the limit of searches per minute. Please try again in 60 s.');
      expect(await ask('Hong Kong', 'U0OTHER')).toContain('Results for');
      now.t += 60_001;
      expect(await ask('Hong Kong')).toContain('Results for');
    } finally {
      await limited.close();
    }
  });

  it('acks a command arriving while slow searches run before more than the one running ends, and answers it (explore32a F1)', async () => {
    const ended: { query: string; acked: boolean }[] = [];
    let acked = false;
    const busy = await startSlack({ search: tellingSearchEnds(seed.search, (query) => ended.push({ query, acked })) });
    // The victim's request goes on a connection of its own, opened before the burst and read as Slack
    // would: its first bytes back are the ack (a fetch here would take turns of this busy loop itself).
    const port = Number(new URL(busy.url).port);
    const socket = connect(port, '127.0.0.1');
    try {
      await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
      let answer = '';
      socket.on('data', (chunk: Buffer) => {
        answer += chunk.toString('latin1');
        acked ||= answer.startsWith('HTTP/1.1 200');
      });
      // Two users, two slow questions each.
      const heavy = HEAVY_QUESTIONS.slice(0, 4).map((q, n) => busy.command(q, { user: `U0HEAVY${n % 2}`, respondTo: target() }));
      await waitFor('the first slow search to end', () => ended.length > 0, 60_000);

      const victim = target();
      const body = busy.commandBody('Meng Wanzhou', { user: 'U0VICTIM', respondTo: victim });
      const at = Math.floor(Date.now() / 1000);
      const arrived = ended.length;
      socket.write(
        `POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nX-Slack-Request-Timestamp: ${at}\r\nX-Slack-Signature: ${signature(SIGNING_SECRET, at, body)}\r\n\r\n${body}`,
      );
      for (const ack of await Promise.all(heavy)) expect(ack.status).toBe(200);
      await waitFor('the ack', () => acked, 60_000);
      await busy.idle();

      const after = ended.slice(arrived);
      // The slow searches were still queued when it came, and at most the one running ended before its ack.
      expect(after.filter((e) => e.query !== 'Meng Wanzhou').length).toBeGreaterThanOrEqual(2);
      expect(after.filter((e) => !e.acked).length).toBeLessThanOrEqual(1);
      expect(texts(busy.fake.responses(victim)[0] as Sent)[0]).toContain('Results for “Meng Wanzhou”');
    } finally {
      socket.destroy();
      await busy.close();
    }
  });
});
