import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from 'discord.js';
import type { SpoxCommand } from '../../src/discord/command.js';
import { createBot } from '../../src/discord/client.js';
import type { Dispatcher } from '../../src/discord/dispatcher.js';
import { loadCommands } from '../../src/discord/loader.js';
import { ResultStore } from '../../src/answers/result-store.js';
import type { SyncStatus } from '../../src/sync/status.js';
import { openSearch } from '../../src/search/open.js';
import type { SpoxSearch } from '../../src/search/types.js';
import { buildIndex } from '../../src/store/build.js';
import { bilingualSample, ENGLISH_SEEDS } from '../seed-sources.js';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { FakeDiscord, type RecordedRequest } from './fake-discord.js';

/** A lexical-only index of the English seeds in a temporary folder. */
export async function buildSeedIndex(): Promise<{ search: SpoxSearch; dir: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'spox-discord-'));
  await buildIndex({ sources: ENGLISH_SEEDS, indexDir: dir, embedder: null }); // the Chinese pages: test/search/chinese.test.ts
  const search = await openSearch(dir, { embedder: null });
  return { search, dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A bot over a lexical index of the bilingual sample (the days given, or its own), started before
 * the file's tests and stopped after them, the fake's requests cleared after each test. Its search
 * and bot are there once the file's tests run.
 */
export function botOnBilingualSample(dates?: string[]): { readonly discord: FakeDiscord; search: SpoxSearch; bot: BotUnderTest } {
  const sample = bilingualSample(dates);
  const indexDir = mkdtempSync(join(tmpdir(), 'spox-discord-bilingual-'));
  const under = { discord: new FakeDiscord() } as { readonly discord: FakeDiscord; search: SpoxSearch; bot: BotUnderTest };
  beforeAll(async () => {
    await buildIndex({ sources: [sample.dir], indexDir, embedder: null });
    under.search = await openSearch(indexDir, { embedder: null });
    await under.discord.start();
    under.bot = await startBot({ search: under.search, discord: under.discord });
  });
  afterAll(async () => {
    await under.bot?.close();
    await under.discord.stop();
    sample.remove();
    rmSync(indexDir, { recursive: true, force: true });
  });
  afterEach(() => under.discord.clear());
  return under;
}

export interface BotUnderTest {
  client: Client;
  dispatcher: Dispatcher;
  discord: FakeDiscord;
  logs: string[];
  /** Hands a raw gateway payload to discord.js and waits until the bot has answered it. */
  deliver(raw: object): Promise<void>;
  /** Hands a raw gateway payload to discord.js, as the gateway does, without waiting. */
  send(raw: object): void;
  close(): Promise<void>;
}

export interface BotOptions {
  search: SpoxSearch;
  discord: FakeDiscord;
  rateLimit?: number;
  results?: ResultStore;
  now?: () => number;
  /** Extra commands next to the real ones (e.g. one that throws). */
  extraCommands?: SpoxCommand[];
  syncStatus?: () => SyncStatus;
}

/**
 * The real bot (real commands, dispatcher and discord.js client) talking to a fake Discord on
 * loopback. No gateway connection: interactions are handed to discord.js's own InteractionCreate action.
 */
export async function startBot(options: BotOptions): Promise<BotUnderTest> {
  const commands = await loadCommands();
  for (const extra of options.extraCommands ?? []) commands.set(extra.data.name, extra);
  const logs: string[] = [];
  const { client, dispatcher } = createBot({
    search: options.search,
    commands,
    rateLimit: options.rateLimit ?? 1000,
    log: (line) => logs.push(line),
    rest: { api: options.discord.api, retries: 0, timeout: 10_000 },
    ...(options.results ? { results: options.results } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.syncStatus ? { syncStatus: options.syncStatus } : {}),
  });
  const actions = (client as unknown as { actions: { InteractionCreate: { handle(raw: object): void } } }).actions;
  return {
    client,
    dispatcher,
    discord: options.discord,
    logs,
    async deliver(raw) {
      actions.InteractionCreate.handle(raw);
      await dispatcher.idle();
    },
    send(raw) {
      actions.InteractionCreate.handle(raw);
    },
    async close() {
      await dispatcher.idle();
      await client.destroy();
    },
  };
}

/** The one request recorded (the test fails when there are more or none). */
export function only(requests: RecordedRequest[]): RecordedRequest {
  expect(requests).toHaveLength(1);
  return requests[0]!;
}

/** Custom ids of every component in a message body. */
export function customIds(body: any): string[] {
  return (body.components ?? []).flatMap((row: any) => row.components.map((c: any) => c.custom_id).filter(Boolean));
}
