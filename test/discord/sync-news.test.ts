import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDiscordConfig } from '../../src/discord/config.js';
import { unescapeMarkdown } from '../../src/discord/markdown.js';
import { escapeMrkdwn } from '../../src/slack/mrkdwn.js';
import { aboutMessage } from '../../src/slack/views.js';
import { ScheduledSync } from '../../src/discord/scheduled-sync.js';
import { IndexFollower } from '../../src/search/index-follower.js';
import { postNews } from '../../src/discord/news.js';
import { openSearch } from '../../src/search/open.js';
import { SwappableSearch } from '../../src/search/swappable.js';
import { buildIndex } from '../../src/store/build.js';
import { currentGeneration } from '../../src/store/layout.js';
import { readSyncStatus } from '../../src/sync/status.js';
import { runSync } from '../../src/sync/sync.js';
import { asIfFirstFailedDaysAgo, FakeSite, listingWithExtraItem, SITE_PAGES } from '../sync/fake-site.js';
import { FakeDiscord } from './fake-discord.js';
import { FAKE_TOKEN } from './fake-token.js';
import { startBot, type BotUnderTest } from './harness.js';
import * as raw from './raw-interactions.js';

/** The one bundled 2021 transcript: a small index to start from, before the sync brings 2026. */
const BUNDLED = 'seeds/plain-text/000_4d07b25c1c8cc511.txt';
const NEWS_CHANNEL = '300000000000000999';
const POSTS = new RegExp(`^/api/v10/channels/${NEWS_CHANNEL}/messages$`);

const site = new FakeSite();
const discord = new FakeDiscord();
let root: string;
let bot: BotUnderTest;
let search: SwappableSearch;
let schedule: ScheduledSync;
const logs: string[] = [];

beforeAll(async () => {
  await Promise.all([site.start(), discord.start()]);
  root = mkdtempSync(join(tmpdir(), 'spox-news-'));
  const indexDir = join(root, 'index');
  const dataDir = join(root, 'data');
  await buildIndex({ sources: [BUNDLED], indexDir, embedder: null });
  const open = () => openSearch(indexDir, { embedder: null, dataDir });
  const loaded = await open();
  search = new SwappableSearch(loaded);
  bot = await startBot({ search: search.search, discord, syncStatus: () => readSyncStatus(dataDir) });
  bot.client.rest.setToken(FAKE_TOKEN); // what login does; channel messages need the bot's token
  const follower = new IndexFollower({
    search,
    indexVersion: () => currentGeneration(indexDir),
    open,
    announce: (briefing) => postNews(bot.client, NEWS_CHANNEL, briefing),
    log: (line) => logs.push(line),
  }, loaded);
  schedule = new ScheduledSync({
    everyMs: 3_600_000,
    sync: async () => (await runSync({
      site: site.origin, dataDir, indexDir, sources: [BUNDLED], embedder: null,
      fetcher: { minIntervalMs: 0, retries: 1, retryDelayMs: 5, timeoutMs: 2_000 },
    })).report,
    follower,
    log: (line) => logs.push(line),
  });
});

afterAll(async () => {
  await schedule?.stop();
  await bot?.close();
  await Promise.all([site.stop(), discord.stop()]);
  rmSync(root, { recursive: true, force: true });
});

async function reply(name: string) {
  const interaction = raw.slashCommand(name);
  await bot.deliver(interaction);
  const requests = discord.requestsFor(interaction);
  expect(requests).toHaveLength(1);
  return requests[0]!.body.data;
}

describe('scheduled sync in the bot', () => {
  it('before any sync, /about shows the bundled source and says no sync has run', async () => {
    const fields = Object.fromEntries((await reply('about')).embeds[0].fields.map((f: any) => [f.name, f.value]));
    expect(fields.Sources).toBe('bundled with spox: 1 briefing, 2021-02-26 to 2021-02-26');
    expect(fields['Last sync']).toMatch(/^never/);
  });

  it('swaps in the new index and posts one message per new briefing, mentions off, verbatim, linked', async () => {
    const run = await schedule.runOnce();
    expect(run.reloaded).toBe(true);
    expect(run.added).toEqual(['2026-07-18', '2026-08-10', '2026-08-17']);
    expect(run.announced).toEqual(run.added);

    const posts = discord.find('POST', POSTS);
    expect(posts).toHaveLength(3);
    for (const [i, post] of posts.entries()) {
      const briefing = search.search.briefing(run.added[i]!)!;
      const exchanges = briefing.records.filter((r) => r.kind === 'exchange');
      expect(post.body.allowed_mentions).toEqual({ parse: [] });
      expect(post.body.content).toBe(`New briefing indexed: ${briefing.summary.date}`);
      const embed = post.body.embeds[0];
      expect(embed.url).toBe(briefing.summary.url);
      expect(embed.url.startsWith(site.origin)).toBe(true);
      expect(embed.title).toBe(briefing.summary.title);
      expect(embed.fields).toEqual([
        { name: 'Date', value: briefing.summary.date, inline: true },
        { name: 'Spokesperson', value: briefing.summary.spokesperson, inline: true },
        { name: 'Exchanges', value: String(exchanges.length), inline: true },
      ]);
      // The first question's opening words, as the Ministry wrote them.
      const first = exchanges[0]!;
      const line = unescapeMarkdown(embed.description.split('\n')[1]);
      const shown = line.replace(/^• /, '').replace(first.outlet ? `${first.outlet}: ` : '', '').replace(/…$/, '');
      expect(first.question!.replace(/\s+/g, ' ').startsWith(shown)).toBe(true);
      expect(shown.length).toBeGreaterThan(20);
    }
    const conference = posts[2]!.body.embeds[0];
    expect(conference.fields[1].value).toBe('Lin Jian');
    expect(unescapeMarkdown(conference.description)).toContain('CCTV: China announced that King Abdullah II of Jordan will pay a state visit to China.');
  });

  it('/latest is the newest indexed briefing with its link; /about lists both sources, the gap and the last sync', async () => {
    const latest = await reply('latest');
    expect(latest.embeds[0].title).toBe('Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on August 17, 2026');
    expect(latest.embeds[0].url).toBe(`${site.origin}/eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html`);

    const fields = Object.fromEntries((await reply('about')).embeds[0].fields.map((f: any) => [f.name, f.value]));
    expect(fields.Sources).toBe(
      "bundled with spox: 1 briefing, 2021-02-26 to 2021-02-26\nsynced from the Ministry's site: 3 briefings, 2026-07-18 to 2026-08-17",
    );
    expect(fields['First briefing']).toBe('2021-02-26');
    expect(fields['Last briefing']).toBe('2026-08-17');
    expect(fields['Gaps (over 30 days without a briefing)']).toBe('2021-02-27 to 2026-07-17');
    expect(fields['Languages (a question searches the briefings of its own)']).toBe('English: 4 briefings, 2021-02-26 to 2026-08-17');
    expect(fields['Last sync']).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
  });

  it('a sync that brings nothing new neither reloads nor posts', async () => {
    discord.clear();
    const run = await schedule.runOnce();
    expect(run).toMatchObject({ reloaded: false, added: [], announced: [] });
    expect(run.report).toMatchObject({ fetched: 0, failed: [] });
    expect(discord.find('POST', POSTS)).toHaveLength(0);
  });

  it('a briefing the site re-posts under a new URL is one copy, announced never, and the runs after it neither reload nor post', async () => {
    discord.clear();
    const repost = '/eng/xw/fyrbt/lxjzh/202608/t20260817_12009999.html';
    site.set('/eng/xw/fyrbt/lxjzh/index.html', {
      kind: 'body',
      body: listingWithExtraItem('eng/xw/fyrbt/lxjzh/index.html', './202608/t20260817_12009999.html', 'Regular Press Conference on August 17, 2026', '2026-08-18'),
    });
    site.set(repost, { kind: 'body', body: readFileSync(`${SITE_PAGES}/eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html`, 'utf8') });
    const found = await schedule.runOnce();
    expect(found.report).toMatchObject({ new: 1, fetched: 0, copies: 1, failed: [] });
    expect(found).toMatchObject({ added: [], announced: [] });
    expect(logs).toContain(`sync: ${site.origin}: 5 listed, 1 new, 0 fetched, 1 copy of a page already indexed, 0 failed; index: 4 transcripts, ${found.report!.indexed.records} records`);
    for (const run of [2, 3]) {
      const quiet = await schedule.runOnce();
      expect(quiet, `run ${run} after the copy`).toMatchObject({ reloaded: false, added: [], announced: [] });
      expect(quiet.report, `run ${run} after the copy`).toMatchObject({ new: 0, fetched: 0, copies: 0, failed: [], reindexed: false });
    }
    expect(site.hits.get(repost)).toBe(1);
    expect(discord.find('POST', POSTS)).toHaveLength(0);
    expect(search.search.briefing('2026-08-17')?.summary.url).toBe(`${site.origin}/eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html`);
  });
});

describe('a listed page the sync could not get', () => {
  it('is logged with what becomes of it, and counted by /about (and Slack\'s /spox about, in the same words) until given up and after', async () => {
    const missing = '/eng/xw/fyrbt/lxjzh/202608/t20260816_12004444.html';
    site.set('/eng/xw/fyrbt/lxjzh/index.html', {
      kind: 'body',
      body: listingWithExtraItem('eng/xw/fyrbt/lxjzh/index.html', './202608/t20260816_12004444.html', 'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on August 16, 2026', '2026-08-16'),
    });
    // The bots name the file within the data folder: no server path is shown in a chat.
    const file = "the data folder's sync-state.json";
    const notIndexed = async (): Promise<string> => {
      const fields = Object.fromEntries((await reply('about')).embeds[0].fields.map((f: any) => [f.name, f.value]));
      const words = unescapeMarkdown(fields['Not indexed']);
      const slack = aboutMessage(search.search, readSyncStatus(join(root, 'data')));
      expect(slack.blocks.map((b) => (b.type === 'section' ? b.text?.text : '')).join('\n')).toContain(`*Not indexed:* ${escapeMrkdwn(words)}`);
      expect(words).not.toContain(root);
      return words;
    };

    logs.length = 0;
    await schedule.runOnce();
    expect(logs).toContain(`sync: failed: ${site.origin}${missing}: HTTP 404; the next run asks again (it has failed on 1 run)`);
    expect(await notIndexed()).toBe(`1 listed page the sync could not get: still asked for by every sync 2026-08-16 (HTTP 404). Their URLs and errors are under "pending" in ${file}.`);

    logs.length = 0;
    asIfFirstFailedDaysAgo(join(root, 'data')); // a 404 is given up on a run a day after the first
    await schedule.runOnce();
    expect(logs).toContainEqual(expect.stringMatching(new RegExp(`^sync: failed: ${site.origin}${missing}: HTTP 404; given up after failing on 2 runs since \\d{4}-\\d\\d-\\d\\d: not asked again`)));
    expect(await notIndexed()).toBe(
      `1 listed page the sync could not get: given up 2026-08-16 (HTTP 404). Their URLs and errors are under "gaveUp" in ${file}; ` +
        'to ask for the given-up pages again: npm run sync -- --retry-given-up.',
    );
  });
});

describe('sync settings of the bot', () => {
  it('reads SPOX_SYNC_EVERY as a duration and DISCORD_NEWS_CHANNEL as a channel id, naming what is wrong', () => {
    expect(readDiscordConfig({ DISCORD_TOKEN: FAKE_TOKEN, SPOX_SYNC_EVERY: '1h', DISCORD_NEWS_CHANNEL: NEWS_CHANNEL })).toMatchObject({
      SPOX_SYNC_EVERY: 3_600_000, DISCORD_NEWS_CHANNEL: NEWS_CHANNEL,
    });
    expect(readDiscordConfig({ DISCORD_TOKEN: FAKE_TOKEN, SPOX_SYNC_EVERY: '90m' }).SPOX_SYNC_EVERY).toBe(5_400_000);
    expect(readDiscordConfig({ DISCORD_TOKEN: FAKE_TOKEN }).SPOX_SYNC_EVERY).toBeUndefined();
    const problem = (env: Record<string, string>): string => {
      try {
        readDiscordConfig({ DISCORD_TOKEN: FAKE_TOKEN, ...env });
      } catch (err) {
        return (err as Error).message;
      }
      return '';
    };
    expect(problem({ SPOX_SYNC_EVERY: 'hourly' })).toContain('SPOX_SYNC_EVERY must be a duration such as 30m, 1h or 1d');
    expect(problem({ SPOX_SYNC_EVERY: '1m' })).toContain('SPOX_SYNC_EVERY must be at least 10m');
    expect(problem({ DISCORD_NEWS_CHANNEL: '#news' })).toContain('DISCORD_NEWS_CHANNEL must be a numeric channel id');
  });
});
