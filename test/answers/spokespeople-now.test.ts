import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { searchedAs } from '../../src/answers/searched-as.js';
import { unescapeMarkdown } from '../../src/discord/markdown.js';
import { openSearch } from '../../src/search/open.js';
import type { SpoxSearch } from '../../src/search/types.js';
import { unescapeMrkdwn } from '../../src/slack/mrkdwn.js';
import { buildIndex } from '../../src/store/build.js';
import { FakeDiscord } from '../discord/fake-discord.js';
import { only, startBot, type BotUnderTest } from '../discord/harness.js';
import * as raw from '../discord/raw-interactions.js';
import { startSlack, type SlackUnderTest } from '../slack/harness.js';
import { texts } from '../slack/messages.js';

/** The bundled index: the Chinese pages end in 2020, the English ones run to 2026. */
const indexDir = mkdtempSync(join(tmpdir(), 'spox-spokespeople-now-'));
let search: SpoxSearch;
const discord = new FakeDiscord();
let bot: BotUnderTest;
let slack: SlackUnderTest;

beforeAll(async () => {
  await buildIndex({ sources: ['seeds'], indexDir, embedder: null });
  search = await openSearch(indexDir, { embedder: null });
  await discord.start();
  bot = await startBot({ search, discord });
  slack = await startSlack({ search });
}, 300_000);
afterAll(async () => {
  await bot?.close();
  await discord.stop();
  await slack?.close();
  rmSync(indexDir, { recursive: true, force: true });
});
afterEach(() => discord.clear());

const CHINESE = ['谁是外交部发言人', '发言人是谁', '外交部发言人是谁？', '现任外交部发言人是谁'];
/** What the bots say of a Chinese "who is the spokesperson" on the bundled index, written out, not built by the code under test. */
const NOTE = "your question in Chinese is answered with the newest briefings the index holds, in English, to 2026-08-17: its Chinese pages end on 2020-07-03, and the spokespeople of that time need not be today's.";
const NEWEST = '12 exchanges and 1 statement, 2026-07-18 → 2026-08-17';

describe('who the spokesperson is, asked in Chinese (session 37)', () => {
  it('is answered as in English, with the newest briefings the index holds, saying where the Chinese pages end', async () => {
    const english = search.languages().find((l) => l.lang === 'en')!;
    const chinese = search.languages().find((l) => l.lang === 'zh')!;
    expect(chinese.to < english.to).toBe(true);
    const inEnglish = await search.search('Who is the spokesperson?', { k: 5 });
    expect(inEnglish.newestBriefings).toBeDefined();
    for (const question of CHINESE) {
      const asked = searchedAs(search, question, {});
      expect(asked.note, question).toBe(
        `your question in Chinese is answered with the newest briefings the index holds, in English, to ${english.to}: its Chinese pages end on ${chinese.to}, and the spokespeople of that time need not be today's.`,
      );
      const response = await search.search(asked.query, { k: 5 });
      expect(response.matches, question).toEqual(inEnglish.matches);
      expect(response.answeredBy, question).toEqual(inEnglish.answeredBy);
    }
    // Dates named or given, a question asked in English, or another question: searched as asked.
    for (const question of ['2013年的发言人是谁', '去年的发言人是谁', '台湾事务办公室的发言人是谁', '华为', 'Who is the spokesperson?']) {
      expect(searchedAs(search, question, {}), question).toEqual({ query: question, note: null });
    }
    expect(searchedAs(search, '发言人是谁', { from: '2019-01-01' })).toEqual({ query: '发言人是谁', note: null });
  });

  it('on Discord: the card of the newest briefings, under the note', async () => {
    const inEnglish = await search.search('Who is the spokesperson?', { k: 5 });
    const interaction = raw.slashCommand('ask', [raw.string('question', '谁是外交部发言人')]);
    await bot.deliver(interaction);
    const edit = only(discord.requestsFor(interaction).filter((r) => r.method === 'PATCH'));
    const content = unescapeMarkdown(edit.body.content as string);
    expect(content).toContain(`Note: ${NOTE}`);
    expect(content).toContain(`${NEWEST}; latest first; given by Lin Jian`);
    expect(content).not.toContain('Geng Shuang');
    expect(edit.body.embeds[0].footer.text).toContain(inEnglish.hits[0]!.record.id);
  });

  it('on Slack: the card of the newest briefings, under the note', async () => {
    const said = (await slack.answersTo('发言人是谁')).flatMap(texts).map(unescapeMrkdwn);
    expect(said).toContain(`Note: ${NOTE}`);
    expect(said.join('\n')).toContain(`${NEWEST}; latest first; given by Lin Jian`);
    expect(said.join('\n')).not.toContain('Geng Shuang');
  });
});

describe('a date alone or "latest" beside options that narrow the search (hunt-F #1, #2)', () => {
  const NOTE_OF_DAY = '“2019-10-10” beside the options is read as “What was said on 2019-10-10”: every answer they leave, of that day.';

  it('is searched as every answer of that day the options leave, or their latest first, and said so', async () => {
    expect(searchedAs(search, '2019-10-10', { spokesperson: 'Geng' })).toEqual({ query: 'What was said on 2019-10-10', note: NOTE_OF_DAY });
    expect(searchedAs(search, 'latest', { outlet: 'Reuters' }).query).toBe('What was said latest');
    expect(searchedAs(search, '10 October 2019', {}, 'oldest').query).toBe('What was said on 2019-10-10');
    // With no option, the bots and the CLI open the briefing before a search; a topic beside the date is searched as typed.
    for (const [question, filters] of [['2019-10-10', {}], ['Huawei 2019-10-10', { spokesperson: 'Geng' }], ['latest on Huawei', { outlet: 'Reuters' }]] as const) {
      expect(searchedAs(search, question, filters), question).toEqual({ query: question, note: null });
    }
    const day = await search.search(searchedAs(search, '2019-10-10', { spokesperson: 'Geng' }).query, { filters: { spokesperson: 'Geng' }, k: 50 });
    expect(day.everyAnswer).toBe(true);
    expect(day.total).toBeGreaterThan(5);
    for (const m of day.matches) expect([m.date, search.record(m.id)!.spokesperson]).toEqual(['2019-10-10', 'Geng Shuang']);
  });

  it('on Discord, with the spokesperson option: that day\'s answers of theirs, under the note', async () => {
    const interaction = raw.slashCommand('ask', [raw.string('question', '2019-10-10'), raw.string('spokesperson', 'Geng Shuang')]);
    await bot.deliver(interaction);
    const edit = only(discord.requestsFor(interaction).filter((r) => r.method === 'PATCH'));
    const content = unescapeMarkdown(edit.body.content as string);
    expect(content).toContain(`Note: ${NOTE_OF_DAY}`);
    expect(content).toContain('only the briefings of October 10, 2019, the day your question names');
    expect(edit.body.embeds.length).toBeGreaterThan(0);
    for (const embed of edit.body.embeds) expect(embed.footer.text).toContain('2019-10-10#');
  });

  it('on Slack, with by:', async () => {
    const said = (await slack.answersTo('2019-10-10 by:Geng')).flatMap(texts).map(unescapeMrkdwn);
    expect(said).toContain(`Note: ${NOTE_OF_DAY}`);
    expect(said.join('\n')).toContain('only the briefings of October 10, 2019, the day your question names');
  });
});
