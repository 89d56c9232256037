import { describe, expect, it } from 'vitest';
import { ConfigError, readSlackConfig } from '../../src/slack/config.js';
import { slackManifest } from '../../src/slack/manifest.js';
import { BOT_TOKEN, SIGNING_SECRET } from './harness.js';

const APP_TOKEN = ['xapp', '1', 'A0SPOX', '0000000000', 'fake'].join('-');

function problem(env: Record<string, string>): string {
  try {
    readSlackConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a configuration error');
}

describe('Slack configuration', () => {
  it('Socket Mode by default: bot and app-level tokens, the shared defaults', () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN })).toEqual({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_MODE: 'socket',
      SLACK_PORT: 3000,
      SLACK_CONNECT_ATTEMPTS: 5,
      SLACK_RETRY_DELAY_MS: 1000,
      SPOX_INDEX_DIR: 'index',
      SPOX_RATE_LIMIT: 6,
    });
  });

  it('Socket Mode without an app-level token stops, naming it and where to get it', () => {
    const message = problem({ SLACK_BOT_TOKEN: BOT_TOKEN });
    expect(message).toContain('SLACK_APP_TOKEN is not set');
    expect(message).toContain('App-Level Tokens');
    expect(message).not.toContain(BOT_TOKEN);
  });

  it('HTTP mode needs the signing secret, and takes a port and a Web API URL', () => {
    expect(problem({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_MODE: 'http' })).toContain('SLACK_SIGNING_SECRET is not set');
    expect(
      readSlackConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_MODE: 'http', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_PORT: '8080', SLACK_API_URL: 'http://127.0.0.1:9999/api' }),
    ).toMatchObject({ SLACK_MODE: 'http', SLACK_PORT: 8080, SLACK_API_URL: 'http://127.0.0.1:9999/api/' });
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: 'xapp-1-A0SPOX-0000-abcdef', SLACK_NEWS_CHANNEL: 'C0NEWSDESK1' }).SLACK_NEWS_CHANNEL).toBe('C0NEWSDESK1');
  });

  it('names every malformed variable without showing a secret', () => {
    const secretish = 'not-a-token-but-secret-material-1234567890';
    const message = problem({
      SLACK_BOT_TOKEN: secretish, SLACK_APP_TOKEN: `${secretish}x`, SLACK_MODE: 'websocket', SLACK_PORT: '70000', SLACK_API_URL: 'ftp://x',
      SLACK_SIGNING_SECRET: `${secretish}y`, SLACK_NEWS_CHANNEL: '#china-desk', SLACK_CONNECT_ATTEMPTS: '0', SLACK_RETRY_DELAY_MS: 'soon',
    });
    for (const line of [
      'SLACK_BOT_TOKEN does not look like a bot token (it starts with xoxb-)',
      'SLACK_APP_TOKEN does not look like an app-level token (it starts with xapp-)',
      'SLACK_MODE must be socket or http',
      'SLACK_PORT must be at most 65535',
      'SLACK_API_URL must be an http(s) URL',
      'SLACK_SIGNING_SECRET does not look like a signing secret',
      'SLACK_NEWS_CHANNEL must be a channel id such as C0123456789',
      'SLACK_CONNECT_ATTEMPTS must be at least 1',
      'SLACK_RETRY_DELAY_MS must be a whole number of milliseconds',
    ]) {
      expect(message).toContain(line);
    }
    expect(message).not.toContain(secretish);
  });
});

describe('the app manifest', () => {
  it('Socket Mode: the command, the shortcut, the Home tab, only the scopes needed', () => {
    const m = slackManifest() as any;
    expect(m.settings.socket_mode_enabled).toBe(true);
    // files:write: a shared timeline uploads its chart.
    expect(m.oauth_config.scopes.bot).toEqual(['commands', 'chat:write', 'files:write']);
    expect(m.features.slash_commands).toEqual([expect.objectContaining({ command: '/spox', should_escape: false })]);
    expect(m.features.slash_commands[0].url).toBeUndefined();
    expect(m.features.slash_commands[0].usage_hint).toContain('timeline Meng Wanzhou');
    expect(m.features.shortcuts).toEqual([expect.objectContaining({ type: 'message', callback_id: 'what_did_china_say', name: 'What did China say?' })]);
    expect(m.features.app_home.home_tab_enabled).toBe(true);
    expect(m.settings.event_subscriptions.bot_events).toEqual(['app_home_opened']);
    expect(m.settings.interactivity.is_enabled).toBe(true);
    // Slack's own limits on manifest fields.
    expect(m.display_information.description.length).toBeLessThanOrEqual(140);
    expect(m.display_information.long_description.length).toBeGreaterThanOrEqual(175);
    expect(m.features.shortcuts[0].description.length).toBeLessThanOrEqual(80);
  });

  it('HTTP mode: every request URL is the public base URL plus /slack/events', () => {
    const m = slackManifest({ requestUrl: 'https://spox.example.org/' }) as any;
    expect(m.settings.socket_mode_enabled).toBe(false);
    expect(m.features.slash_commands[0].url).toBe('https://spox.example.org/slack/events');
    expect(m.settings.event_subscriptions.request_url).toBe('https://spox.example.org/slack/events');
    expect(m.settings.interactivity.request_url).toBe('https://spox.example.org/slack/events');
  });
});
