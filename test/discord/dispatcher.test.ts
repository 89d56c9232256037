import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SlashCommand } from '../../src/discord/command.js';
import type { SpoxSearch } from '../../src/search/types.js';
import { FakeDiscord } from './fake-discord.js';
import { buildSeedIndex, startBot, type BotUnderTest } from './harness.js';
import * as raw from './raw-interactions.js';
import { HEAVY_QUESTIONS, tellingSearchEnds } from '../answers/searches-ended.js';
import { waitFor } from '../slack/fake-slack.js';

const EPHEMERAL = 64;

/** Test-only commands, added next to the real ones: the dispatcher must contain their failures. */
const throwsAtOnce: SlashCommand = {
  kind: 'slash',
  data: new SlashCommandBuilder().setName('boom').setDescription('throws before answering'),
  async execute() {
    throw new Error('kaboom before any reply');
  },
};
const throwsAfterDefer: SlashCommand = {
  kind: 'slash',
  data: new SlashCommandBuilder().setName('boom-later').setDescription('throws after deferring'),
  async execute(interaction) {
    await interaction.deferReply();
    throw new Error('kaboom after deferring');
  },
};
const throwsAfterPrivateDefer: SlashCommand = {
  kind: 'slash',
  data: new SlashCommandBuilder().setName('boom-private').setDescription('throws after deferring privately'),
  async execute(interaction) {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    throw new Error('kaboom after a private deferral');
  },
};

let search: SpoxSearch;
let removeIndex: () => void;
const discord = new FakeDiscord();
let bot: BotUnderTest;
let clock = Date.UTC(2024, 0, 1);
const LIMIT = 2;
/** The bot's searches, in the order they ended, each with how many requests the fake had by then. */
const ended: { query: string; requestsBefore: number }[] = [];

beforeAll(async () => {
  const index = await buildSeedIndex();
  search = index.search;
  removeIndex = index.remove;
  await discord.start();
  bot = await startBot({
    search: tellingSearchEnds(search, (query) => ended.push({ query, requestsBefore: discord.requests.length })),
    discord,
    rateLimit: LIMIT,
    now: () => clock,
    extraCommands: [throwsAtOnce, throwsAfterDefer, throwsAfterPrivateDefer],
  });
});

afterAll(async () => {
  await bot?.close();
  await discord.stop();
  removeIndex?.();
});

afterEach(() => discord.clear());


function referenceIn(text: string): string {
  const match = /Reference: ([0-9A-F]{8})/.exec(text);
  expect(match).not.toBeNull();
  return match![1]!;
}

describe('a handler that throws', () => {
  it('becomes an ephemeral "something went wrong" with a reference that is in the log', async () => {
    const interaction = raw.slashCommand('boom');
    await bot.deliver(interaction);
    const [reply, ...rest] = discord.requestsFor(interaction);
    expect(rest).toHaveLength(0);
    expect(reply!.body.type).toBe(4);
    expect(reply!.body.data.flags).toBe(EPHEMERAL);
    expect(reply!.body.data.content).toContain('Something went wrong');
    const reference = referenceIn(reply!.body.data.content);
    const logged = bot.logs.find((l) => l.includes(reference));
    expect(logged).toContain('/boom');
    expect(logged).toContain('kaboom before any reply');

    // The bot carries on: the next interaction is answered normally.
    const next = raw.slashCommand('help');
    await bot.deliver(next);
    const help = discord.requestsFor(next);
    expect(help).toHaveLength(1);
    expect(help[0]!.body.data.embeds[0].title).toBe('spox commands');
  });

  it('after a public deferral, removes the "thinking" message and tells the user alone', async () => {
    const interaction = raw.slashCommand('boom-later');
    await bot.deliver(interaction);
    const [defer, remove, followUp] = discord.requestsFor(interaction);
    expect(defer!.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(remove!.method).toBe('DELETE');
    expect(remove!.path).toMatch(/\/messages\/@original$/);
    expect(followUp!.method).toBe('POST');
    expect(followUp!.body.flags).toBe(EPHEMERAL);
    expect(bot.logs.some((l) => l.includes(referenceIn(followUp!.body.content)) && l.includes('kaboom after deferring'))).toBe(true);
  });

  it('after a private deferral, edits the reply into the error', async () => {
    const interaction = raw.slashCommand('boom-private');
    await bot.deliver(interaction);
    const [defer, edit] = discord.requestsFor(interaction);
    expect(defer!.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(edit!.method).toBe('PATCH');
    referenceIn(edit!.body.content);
    expect(edit!.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers a click on an unknown component as a stale one, privately, logging no error', async () => {
    const logged = bot.logs.length;
    const click = raw.button('nope:1');
    await bot.deliver(click);
    const [reply] = discord.requestsFor(click);
    expect(reply!.body.data.flags).toBe(EPHEMERAL);
    expect(reply!.body.data.content).toBe('This button no longer works; run /ask again.');
    expect(bot.logs.slice(logged)).toEqual([]);
  });
});

describe('per-user rate limit', () => {
  it('refuses searches over the limit politely, per user, until the minute has passed', async () => {
    const askAs = async (userId: string) => {
      const interaction = raw.slashCommand('ask', [raw.string('question', 'Taiwan arms sales')], userId);
      await bot.deliver(interaction);
      return discord.requestsFor(interaction);
    };
    for (let i = 0; i < LIMIT; i++) expect((await askAs(raw.ALICE))[0]!.body.type).toBe(5);

    const refused = await askAs(raw.ALICE);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.body.type).toBe(4);
    expect(refused[0]!.body.data.flags).toBe(EPHEMERAL);
    expect(refused[0]!.body.data.content).toMatch(/limit of searches per minute\. Please try again in \d+ s\./);

    // Other users, and commands that do not search, are not limited.
    expect((await askAs(raw.BOB))[0]!.body.type).toBe(5);
    const help = raw.slashCommand('help', [], raw.ALICE);
    await bot.deliver(help);
    expect(discord.requestsFor(help)[0]!.body.data.embeds).toHaveLength(1);

    clock += 61_000;
    expect((await askAs(raw.ALICE))[0]!.body.type).toBe(5);
  });
});

describe('a bot busy with slow searches (explore32a F1)', () => {
  it('defers an interaction arriving meanwhile before more than the one search running ends, and answers it after those queued before it', async () => {
    // Two users, two slow questions each (the limit), as a burst from the gateway.
    const heavy = HEAVY_QUESTIONS.slice(0, 4).map((question, n) => raw.slashCommand('ask', [raw.string('question', question)], `40000000000000009${Math.floor(n / LIMIT)}`));
    const before = ended.length;
    for (const interaction of heavy) bot.send(interaction);
    // Deferred before any search ran: no search starts while an interaction waits for its defer.
    for (const interaction of heavy) expect(discord.requestsFor(interaction)).toEqual([]);
    await waitFor('the first slow search to end', () => ended.length > before, 60_000);
    for (const interaction of heavy) expect(discord.requestsFor(interaction)[0]!.body.type).toBe(5);

    const victim = raw.slashCommand('ask', [raw.string('question', 'Meng Wanzhou')], '400000000000000099');
    const arrived = ended.length;
    bot.send(victim);
    await bot.dispatcher.idle();

    const defer = discord.requests.findIndex((r) => r.path.endsWith(`/${victim.token}/callback`));
    const after = ended.slice(arrived);
    // The slow searches were still queued when it came, and at most the one running ended before its defer.
    expect(after.filter((e) => e.query !== 'Meng Wanzhou').length).toBeGreaterThanOrEqual(2);
    expect(after.filter((e) => e.requestsBefore <= defer).length).toBeLessThanOrEqual(1);
    // Searches run in the order they came: its own after the slow ones.
    expect(after.at(-1)!.query).toBe('Meng Wanzhou');
    expect(discord.requestsFor(victim).map((r) => r.method)).toEqual(['POST', 'PATCH']);
  });
});
