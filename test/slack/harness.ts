import { ResultStore } from '../../src/answers/result-store.js';
import { createSlackApp, type SpoxSlackApp } from '../../src/slack/app.js';
import type { SpoxSearch } from '../../src/search/types.js';
import { afterAll, beforeAll } from 'vitest';
import { buildSeedIndex } from '../discord/harness.js';
import { FakeSlack, postToApp, type SentRequest } from './fake-slack.js';
import type { Sent } from './messages.js';

/** Built at run time, so no token-like literal sits in the repository. */
export const BOT_TOKEN = ['xoxb', '000000000000', 'fake', 'test'].join('-');
export const SIGNING_SECRET = 'f'.repeat(8) + '0123456789abcdef' + 'e'.repeat(8);

export interface SlackUnderTest {
  slack: SpoxSlackApp;
  fake: FakeSlack;
  logs: string[];
  /** http://127.0.0.1:PORT/slack/events */
  url: string;
  /** Sends a slash command, signed; resolves with the app's HTTP answer (the ack). */
  command(text: string, options: { user?: string; respondTo: string }): Promise<SentRequest>;
  /** The form body Slack posts for `/spox TEXT` (unsigned). */
  commandBody(text: string, options: { user?: string; respondTo: string }): string;
  /** Sends `/spox TEXT` with a response URL of its own; resolves with what was sent there once answered. */
  answersTo(text: string, user?: string): Promise<Sent[]>;
  /** Clicks a button with a response URL of its own; resolves with what was sent there once answered. */
  click(options: Omit<Parameters<typeof buttonClick>[0], 'responseUrl'>): Promise<Sent[]>;
  /** Sends an interaction payload (button, shortcut), signed. */
  interact(payload: Record<string, unknown>): Promise<SentRequest>;
  /** Sends an Events API event, signed. */
  event(event: Record<string, unknown>): Promise<SentRequest>;
  /** Waits until every request the app has taken is answered. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real app on the English seed index for the tests of one file: started before them, closed after.
 * The fields are set once the file's tests start.
 */
export function slackOnSeedIndex(): { seed: Awaited<ReturnType<typeof buildSeedIndex>>; s: SlackUnderTest } {
  const held = {} as ReturnType<typeof slackOnSeedIndex>;
  beforeAll(async () => {
    held.seed = await buildSeedIndex();
    held.s = await startSlack({ search: held.seed.search });
  }, 120_000);
  afterAll(async () => {
    await held.s?.close();
    held.seed?.remove();
  });
  return held;
}

/** The real Slack app (real Bolt, HTTP mode) on 127.0.0.1, its Web API and response URLs on a fake Slack. */
export async function startSlack(options: {
  search: SpoxSearch;
  rateLimit?: number;
  now?: () => number;
  lastUpdate?: string;
  respondRetry?: { attempts: number; firstDelayMs: number };
  /** Paging state (e.g. on a clock the test moves); a new store by default. */
  results?: ResultStore;
}): Promise<SlackUnderTest> {
  const fake = new FakeSlack();
  await fake.start();
  const logs: string[] = [];
  const slack = createSlackApp({
    search: options.search,
    mode: 'http',
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    apiUrl: fake.apiUrl,
    rateLimit: options.rateLimit ?? 1000,
    log: (line) => logs.push(line),
    results: options.results ?? new ResultStore(),
    ...(options.now ? { now: options.now } : {}),
    lastUpdate: () => options.lastUpdate ?? null,
    ...(options.respondRetry ? { respondRetry: options.respondRetry } : {}),
  });
  const port = await slack.start({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${port}/slack/events`;
  const sign = { secret: SIGNING_SECRET };
  let responseUrls = 0;
  /** Runs a request answered through a fresh response URL, and gives what was sent there. */
  const answered = async (send: (respondTo: string) => Promise<SentRequest>): Promise<Sent[]> => {
    const respondTo = `h${++responseUrls}`;
    const ack = await send(respondTo);
    if (ack.status !== 200) throw new Error(`the app answered HTTP ${ack.status}`);
    await slack.idle();
    return fake.responses(respondTo) as Sent[];
  };
  const under: SlackUnderTest = {
    slack,
    fake,
    logs,
    url,
    command(text, options) {
      return postToApp(url, under.commandBody(text, options), 'application/x-www-form-urlencoded', sign);
    },
    commandBody(text, { user = 'U0ASKER', respondTo }) {
      return new URLSearchParams({
        token: 'unused',
        team_id: 'T0001',
        team_domain: 'newsroom',
        channel_id: 'C0DESK',
        channel_name: 'china-desk',
        user_id: user,
        user_name: 'reporter',
        command: '/spox',
        text,
        api_app_id: 'A0SPOX',
        response_url: fake.responseUrl(respondTo),
        trigger_id: '1.2.3',
      }).toString();
    },
    interact(payload) {
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      return postToApp(url, body, 'application/x-www-form-urlencoded', sign);
    },
    answersTo(text, user) {
      return answered((respondTo) => under.command(text, { ...(user ? { user } : {}), respondTo }));
    },
    click(options) {
      return answered((respondTo) => under.interact(buttonClick({ ...options, responseUrl: fake.responseUrl(respondTo) })));
    },
    event(event) {
      const body = JSON.stringify({
        token: 'unused',
        team_id: 'T0001',
        api_app_id: 'A0SPOX',
        type: 'event_callback',
        event_id: `Ev${Math.random().toString(36).slice(2)}`,
        event_time: Math.floor(Date.now() / 1000),
        event,
      });
      return postToApp(url, body, 'application/json', sign);
    },
    idle: () => slack.idle(),
    async close() {
      await slack.idle();
      await slack.stop();
      await fake.close();
    },
  };
  return under;
}

/** A click on a button of a message, as Slack sends it. */
export function buttonClick(options: {
  actionId: string;
  value?: string;
  user?: string;
  channel?: string;
  /** The message the button is on (the card); one per card by default. */
  messageTs?: string;
  responseUrl: string;
}): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: { id: 'T0001', domain: 'newsroom' },
    user: { id: options.user ?? 'U0ASKER', username: 'reporter', team_id: 'T0001' },
    api_app_id: 'A0SPOX',
    token: 'unused',
    container: { type: 'message', message_ts: options.messageTs ?? '1700000000.000100', channel_id: options.channel ?? 'C0DESK', is_ephemeral: true },
    trigger_id: '1.2.3',
    channel: { id: options.channel ?? 'C0DESK', name: 'china-desk' },
    response_url: options.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: options.actionId,
        block_id: 'b1',
        text: { type: 'plain_text', text: 'x' },
        ...(options.value !== undefined ? { value: options.value } : {}),
        action_ts: '1700000001.000200',
      },
    ],
  };
}

/** A choice in a message's select menu (the list's), as Slack sends it: the option's value under `selected_option`. */
export function menuChoice(options: { actionId: string; value: string; user?: string; responseUrl: string }): Record<string, unknown> {
  const click = buttonClick({ actionId: options.actionId, responseUrl: options.responseUrl, ...(options.user ? { user: options.user } : {}) });
  const selected_option = { text: { type: 'plain_text', text: 'x' }, value: options.value };
  return { ...click, actions: [{ type: 'static_select', action_id: options.actionId, block_id: 'b1', selected_option, action_ts: '1700000001.000200' }] };
}

/** "What did China say?" on a message, as Slack sends it. */
export function messageShortcut(options: { text: string; user?: string; responseUrl: string }): Record<string, unknown> {
  return {
    type: 'message_action',
    callback_id: 'what_did_china_say',
    trigger_id: '1.2.3',
    message_ts: '1700000000.000100',
    response_url: options.responseUrl,
    team: { id: 'T0001', domain: 'newsroom' },
    channel: { id: 'C0DESK', name: 'china-desk' },
    user: { id: options.user ?? 'U0ASKER', name: 'reporter' },
    message: { type: 'message', user: 'U0OTHER', ts: '1700000000.000100', text: options.text },
    token: 'unused',
  };
}
