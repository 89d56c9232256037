import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/store/build.js';
import { FakeDiscord } from './fake-discord.js';
import { FAKE_TOKEN } from './fake-token.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLIENT_ID = '100000000000000001';
const discord = new FakeDiscord();
const dir = mkdtempSync(join(tmpdir(), 'spox-discord-net-'));
const indexDir = join(dir, 'index');

beforeAll(async () => {
  await discord.start();
  await buildIndex({ sources: [join(ROOT, 'seeds/site-2026')], indexDir, embedder: null });
});
afterAll(async () => {
  await discord.stop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => discord.clear());

/** A loopback port with nothing listening: every connection is refused. */
function closedPort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Runs a CLI (asynchronously: the fake answers from this process) with quick retries, offline, against `api`. */
function run(script: string, api: string): Promise<{ code: number | null; out: string }> {
  const env = {
    PATH: process.env.PATH ?? '', DISCORD_TOKEN: FAKE_TOKEN, DISCORD_CLIENT_ID: CLIENT_ID, DISCORD_API_URL: api, DISCORD_RETRY_DELAY_MS: '10',
    SPOX_INDEX_DIR: indexDir, SPOX_DATA_DIR: join(dir, 'data'), SPOX_OFFLINE: '1', SPOX_MODEL_CACHE: join(dir, 'cache'),
  };
  return new Promise((done) => {
    const child = spawn(TSX, [join(ROOT, script)], { cwd: dir, env });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, out });
    });
  });
}

describe('npm run deploy-commands when Discord cannot be reached or refuses', () => {
  it('retries a refused connection, then names the host as a network problem, not the token', async () => {
    const port = await closedPort();
    const { code, out } = await run('src/cli/deploy-commands.ts', `http://127.0.0.1:${port}/api`);
    expect(code).toBe(1);
    expect(out.match(/could not reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\); retrying in \d+ ms \(attempt \d of 5\)/g)).toHaveLength(4);
    expect(out).toContain(`deploy-commands: could not reach 127.0.0.1:${port} (ECONNREFUSED) after 5 attempts: a network problem`);
    expect(out).not.toContain('DISCORD_TOKEN');
    expect(out).not.toContain(FAKE_TOKEN);
  }, 40_000);

  it('retries a 5xx answer until the commands are registered', async () => {
    discord.answer('PUT', /\/commands$/, 503, { message: 'Service Unavailable', code: 0 }, 2);
    const { code, out } = await run('src/cli/deploy-commands.ts', discord.api);
    expect(out).toMatch(/Registered \d+ commands for all servers \(global\)\./);
    expect(code).toBe(0);
    expect(discord.find('PUT', /\/commands$/)).toHaveLength(3);
    expect(out).toContain('(HTTP 503); retrying');
  }, 40_000);

  it('says to check DISCORD_TOKEN only when Discord answers 401, asking once', async () => {
    discord.answer('PUT', /\/commands$/, 401, { message: '401: Unauthorized', code: 0 });
    const { code, out } = await run('src/cli/deploy-commands.ts', discord.api);
    expect(code).toBe(1);
    expect(out).toContain('Discord refused the token (401 Unauthorized): check DISCORD_TOKEN');
    expect(out).not.toContain('retrying');
    expect(out).not.toContain(FAKE_TOKEN);
    expect(discord.find('PUT', /\/commands$/)).toHaveLength(1);
  }, 40_000);
});

describe('npm start when Discord cannot be reached or refuses the token', () => {
  it('retries the login on a refused connection, then exits 1 naming the host as a network problem, not the token', async () => {
    const port = await closedPort();
    const { code, out } = await run('src/cli/bot.ts', `http://127.0.0.1:${port}/api`);
    expect(code).toBe(1);
    expect(out.match(/could not reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\); retrying/g)).toHaveLength(4);
    expect(out).toContain(`could not connect to Discord: could not reach 127.0.0.1:${port} (ECONNREFUSED) after 5 attempts: a network problem`);
    expect(out).not.toContain('DISCORD_TOKEN');
    expect(out).not.toContain(FAKE_TOKEN);
  }, 40_000);

  it('says to check DISCORD_TOKEN when Discord answers 401, without retrying', async () => {
    discord.answer('GET', /\/gateway\/bot$/, 401, { message: '401: Unauthorized', code: 0 });
    const { code, out } = await run('src/cli/bot.ts', discord.api);
    expect(code).toBe(1);
    expect(out).toContain('could not connect to Discord: Discord refused the token (401 Unauthorized): check DISCORD_TOKEN');
    expect(out).not.toContain('retrying');
    expect(out).not.toContain(FAKE_TOKEN);
    expect(discord.find('GET', /\/gateway\/bot$/)).toHaveLength(1);
  }, 40_000);
});
