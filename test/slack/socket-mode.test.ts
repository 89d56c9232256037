import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResultStore } from '../../src/answers/result-store.js';
import { createSlackApp } from '../../src/slack/app.js';
import { buildSeedIndex } from '../discord/harness.js';
import { FakeSlack, waitFor } from './fake-slack.js';
import { BOT_TOKEN } from './harness.js';
import { quoted, type Sent } from './messages.js';

const APP_TOKEN = ['xapp', '1', 'A0SPOX', '0000000000', 'fake'].join('-');
let seed: Awaited<ReturnType<typeof buildSeedIndex>>;

beforeAll(async () => {
  seed = await buildSeedIndex();
}, 120_000);
afterAll(() => seed?.remove());

describe('Socket Mode against a loopback fake of Slack (apps.connections.open, then a WebSocket)', () => {
  it('connects with the app-level token, acks a /spox envelope, answers through its response URL, and closes the socket on stop', async () => {
    const fake = new FakeSlack();
    await fake.start();
    const logs: string[] = [];
    const slack = createSlackApp({
      search: seed.search,
      mode: 'socket',
      botToken: BOT_TOKEN,
      appToken: APP_TOKEN,
      apiUrl: fake.apiUrl,
      rateLimit: 100,
      log: (line) => logs.push(line),
      results: new ResultStore(),
    });
    try {
      await slack.start();
      const [open] = fake.received.filter((r) => r.method === 'apps.connections.open');
      expect(open!.authorization).toBe(`Bearer ${APP_TOKEN}`);
      fake.sendEnvelope('env-1', 'slash_commands', {
        command: '/spox',
        text: 'Meng Wanzhou',
        user_id: 'U0ASKER',
        team_id: 'T0001',
        channel_id: 'C0DESK',
        api_app_id: 'A0SPOX',
        response_url: fake.responseUrl('socket'),
        trigger_id: '1.2.3',
      });
      await waitFor('the ack of the envelope', () => fake.socketAcks.has('env-1'));
      const [card] = (await waitFor('the answer', () => fake.responses('socket').length > 0 && fake.responses('socket'))) as Sent[];
      await slack.idle();
      expect(card!.response_type).toBe('ephemeral');
      expect(quoted(card!)[0]!.toLowerCase()).toMatch(/meng|canad/);
      await slack.stop();
      await waitFor('the socket to close', () => fake.socketCloses.length > 0);
      expect(logs.filter((l) => l.includes(APP_TOKEN) || l.includes(BOT_TOKEN))).toEqual([]);
    } finally {
      await fake.close();
    }
  }, 60_000);
});
