import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSeedIndex } from '../discord/harness.js';
import { FakeSlack, postToApp, waitFor } from './fake-slack.js';
import { BOT_TOKEN, SIGNING_SECRET } from './harness.js';
import { quoted, type Sent } from './messages.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
/** An empty working folder: no .env, no index. */
const cwd = mkdtempSync(join(tmpdir(), 'spox-slack-cli-'));
let seed: Awaited<ReturnType<typeof buildSeedIndex>>;

beforeAll(async () => {
  seed = await buildSeedIndex();
}, 120_000);
afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
  seed?.remove();
});

function run(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(TSX, [join(ROOT, script), ...args], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout + result.stderr, stdout: result.stdout };
}

function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}


/**
 * `npm run slack` as one process (node with tsx's loader), so a signal reaches the app itself as it
 * would under a service manager; its output collected, offline, on the seed index.
 */
function startApp(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href, join(ROOT, 'src/cli/slack.ts')], {
    cwd,
    env: { PATH: process.env.PATH ?? '', SPOX_INDEX_DIR: seed.dir, SPOX_OFFLINE: '1', SPOX_MODEL_CACHE: join(cwd, 'no-models'), ...env },
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, output: () => out, exited };
}

describe('npm run slack:manifest', () => {
  it('prints a valid manifest as JSON; --http sets the request URLs', () => {
    const socket = run('src/cli/slack-manifest.ts', [], {});
    expect(socket.code).toBe(0);
    expect(JSON.parse(socket.stdout).settings.socket_mode_enabled).toBe(true);
    const http = run('src/cli/slack-manifest.ts', ['--http', 'https://spox.example.org'], {});
    expect(JSON.parse(http.stdout).features.slash_commands[0].url).toBe('https://spox.example.org/slack/events');
    const bad = run('src/cli/slack-manifest.ts', ['--http', 'not-a-url'], {});
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('--http needs');
  });
});

describe('npm run slack (src/cli/slack.ts)', () => {
  it('Socket Mode (the default) stops naming a missing app-level token, and never prints a secret', () => {
    const { code, out } = run('src/cli/slack.ts', [], { SLACK_BOT_TOKEN: BOT_TOKEN });
    expect(code).toBe(1);
    expect(out).toContain('SLACK_APP_TOKEN is not set');
    expect(out).not.toContain(BOT_TOKEN);
    const secret = 'xapp-but-malformed secret value';
    const malformed = run('src/cli/slack.ts', [], { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: secret });
    expect(malformed.out).toContain('SLACK_APP_TOKEN does not look like an app-level token');
    expect(malformed.out).not.toContain(secret);
  });

  it('says to run `npm run index` when there is no index', () => {
    const { code, out } = run('src/cli/slack.ts', [], {
      SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_MODE: 'http', SLACK_SIGNING_SECRET: SIGNING_SECRET, SPOX_INDEX_DIR: join(cwd, 'none'),
    });
    expect(code).toBe(1);
    expect(out).toContain('npm run index');
    expect(out).not.toContain(SIGNING_SECRET);
  });

  it('a bot token Slack refuses stops the app at start with a message naming it, not the token', async () => {
    const fake = new FakeSlack();
    await fake.start();
    fake.answer('auth.test', { ok: false, error: 'invalid_auth' });
    try {
      const app = startApp({
        SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_MODE: 'http', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_PORT: String(await freePort()), SLACK_API_URL: fake.apiUrl,
      });
      expect(await app.exited).toBe(1);
      const out = app.output();
      expect(out).toContain('could not start the Slack app: An API error occurred: invalid_auth');
      expect(out).toContain('check SLACK_BOT_TOKEN');
      expect(out).not.toContain(BOT_TOKEN);
      // Only the clean lines: no stack, no unhandled rejection, and the token was asked about once.
      expect(out).not.toMatch(/unhandled rejection|WebAPIPlatformError|\n\s+at /);
      expect(fake.calls('auth.test')).toHaveLength(1);
    } finally {
      await fake.close();
    }
  }, 90_000);

  it('Socket Mode: a bot token Slack refuses stops the app with the clean message only', async () => {
    const fake = new FakeSlack();
    await fake.start();
    fake.answer('auth.test', { ok: false, error: 'invalid_auth' });
    try {
      const appToken = ['xapp', '1', 'A0SPOX', '0000000000', 'fake'].join('-');
      const app = startApp({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: appToken, SLACK_API_URL: fake.apiUrl });
      expect(await app.exited).toBe(1);
      const out = app.output();
      expect(out).toContain('could not start the Slack app: An API error occurred: invalid_auth');
      expect(out).toContain('check SLACK_BOT_TOKEN');
      expect(out).not.toMatch(/unhandled rejection|WebAPIPlatformError|\n\s+at /);
      expect(fake.calls('apps.connections.open')).toHaveLength(0);
      for (const secret of [BOT_TOKEN, appToken]) expect(out).not.toContain(secret);
    } finally {
      await fake.close();
    }
  }, 90_000);

  it('Socket Mode: a Slack it cannot reach is retried, naming the host, then the app stops with exit 1', async () => {
    const port = await freePort(); // nothing listens there: every connection is refused
    const appToken = ['xapp', '1', 'A0SPOX', '0000000000', 'fake'].join('-');
    const app = startApp({
      SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: appToken, SLACK_API_URL: `http://127.0.0.1:${port}/api/`, SLACK_CONNECT_ATTEMPTS: '3', SLACK_RETRY_DELAY_MS: '20',
    });
    try {
      expect(await app.exited).toBe(1);
      const out = app.output();
      expect(out).toContain(`could not reach 127.0.0.1:${port} (ECONNREFUSED); retrying in 20 ms (attempt 2 of 3)`);
      expect(out).toContain(`could not reach 127.0.0.1:${port} (ECONNREFUSED); retrying in 40 ms (attempt 3 of 3)`);
      expect(out).toContain(`could not start the Slack app: could not reach 127.0.0.1:${port} (ECONNREFUSED) after 3 attempts: a network problem`);
      expect(out).not.toContain('http request failed');
      expect(out).not.toContain('check SLACK_BOT_TOKEN');
      for (const secret of [BOT_TOKEN, appToken]) expect(out).not.toContain(secret);
    } finally {
      if (app.child.exitCode === null) app.child.kill('SIGKILL');
    }
  }, 90_000);

  it('HTTP mode: SIGINT while it is still trying to reach Slack stops it quietly', async () => {
    const port = await freePort();
    const { child, output, exited } = startApp({
      SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_MODE: 'http', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_PORT: String(await freePort()),
      SLACK_API_URL: `http://127.0.0.1:${port}/api/`, SLACK_RETRY_DELAY_MS: '600000',
    });
    try {
      // A failed attempt at reaching Slack (said however the client words it): the signal handlers are set by then.
      await waitFor('a failed attempt', () => /retrying|http request failed/.test(output()), 60_000);
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      const out = output();
      expect(out).toContain('stopped');
      expect(out).not.toContain('stopping:');
      expect(out).not.toContain('could not start');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 90_000);

  it('HTTP mode: answers a signed /spox, then stops cleanly on SIGTERM', async () => {
    const fake = new FakeSlack();
    await fake.start();
    const port = await freePort();
    const { child, output, exited } = startApp({
      SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_MODE: 'http', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_PORT: String(port), SLACK_API_URL: fake.apiUrl,
    });
    try {
      await waitFor('the app to listen', () => output().includes(`listening on port ${port}`), 60_000);
      const body = new URLSearchParams({ command: '/spox', text: 'Meng Wanzhou', user_id: 'U0ASKER', team_id: 'T0001', channel_id: 'C0DESK', response_url: fake.responseUrl('cli') }).toString();
      const ack = await postToApp(`http://127.0.0.1:${port}/slack/events`, body, 'application/x-www-form-urlencoded', { secret: SIGNING_SECRET });
      expect(ack.status).toBe(200);
      const [card] = (await waitFor('the answer', () => fake.responses('cli').length > 0 && fake.responses('cli'))) as Sent[];
      expect(quoted(card!)[0]!.length).toBeGreaterThan(20);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      const out = output();
      expect(out).toContain('SIGTERM: finishing open requests, then closing the HTTP server');
      expect(out).toContain('stopped');
      for (const secret of [BOT_TOKEN, SIGNING_SECRET]) expect(out).not.toContain(secret);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await fake.close();
    }
  }, 90_000);

  it('Socket Mode: connects through apps.connections.open, then closes the socket on SIGTERM', async () => {
    const fake = new FakeSlack();
    await fake.start();
    const appToken = ['xapp', '1', 'A0SPOX', '0000000000', 'fake'].join('-');
    const { child, output, exited } = startApp({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: appToken, SLACK_API_URL: fake.apiUrl });
    try {
      await waitFor('the app to connect', () => output().includes('connected to Slack in Socket Mode'), 60_000);
      expect(fake.socket).not.toBeNull();
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      // The close frame is sent before the process exits, but the fake may read it a moment later on a busy machine.
      await waitFor('the fake to see the socket close', () => fake.socketCloses.length > 0);
      const out = output();
      expect(out).toContain('SIGTERM: finishing open requests, then closing the socket');
      expect(out).toContain('stopped');
      for (const secret of [BOT_TOKEN, appToken]) expect(out).not.toContain(secret);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await fake.close();
    }
  }, 90_000);
});
