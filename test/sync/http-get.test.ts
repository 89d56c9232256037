import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient, SaveError } from '../../src/sync/http-get.js';
import { FakeSite, SITE_PAGES } from './fake-site.js';

const PAGE = '/eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html';
const site = new FakeSite();
let dir = '';
beforeAll(async () => {
  await site.start();
  dir = mkdtempSync(join(tmpdir(), 'spox-http-'));
});
afterAll(async () => {
  await site.stop();
  rmSync(dir, { recursive: true, force: true });
});

const ask = (saveTo?: string) => ({ headers: {}, timeoutMs: 5_000, maxBytes: 10_000_000, saveTo });

describe('HttpClient', () => {
  it('answers on this thread while its worker starts, then from the worker, the same bytes, written where asked', async () => {
    const client = new HttpClient();
    try {
      const served = readFileSync(join(SITE_PAGES, PAGE));
      const early = await client.get(site.origin + PAGE, ask(join(dir, 'early.html')));
      expect(client.sent).toEqual({ here: 1, worker: 0 });
      await client.whenReady();
      const late = await client.get(site.origin + PAGE, ask(join(dir, 'late.html')));
      expect(client.sent).toEqual({ here: 1, worker: 1 });
      for (const answer of [early, late]) {
        expect(answer.status).toBe(200);
        expect(Buffer.from(answer.body).equals(served)).toBe(true);
      }
      expect(readFileSync(join(dir, 'early.html')).equals(served)).toBe(true);
      expect(readFileSync(join(dir, 'late.html')).equals(served)).toBe(true);

      const missing = await client.get(`${site.origin}/eng/xw/fyrbt/lxjzh/202608/t20260899_1.html`, ask(join(dir, 'missing.html')));
      expect(missing.status).toBe(404);
      expect(existsSync(join(dir, 'missing.html'))).toBe(false); // only a 2xx body is written
    } finally {
      client.close();
    }
  });

  it('names a refused connection the same way from the worker as from this thread', async () => {
    const client = new HttpClient();
    try {
      const here = await client.get('http://127.0.0.1:9/eng/', ask()).catch((e: unknown) => e);
      await client.whenReady();
      const there = await client.get('http://127.0.0.1:9/eng/', ask()).catch((e: unknown) => e);
      expect(client.sent).toEqual({ here: 1, worker: 1 });
      for (const err of [here, there]) expect(err).toMatchObject({ code: 'ECONNREFUSED' });
    } finally {
      client.close();
    }
  });
});

describe('HttpClient, a page that cannot be written', () => {
  it('says so, naming the file, from the worker as from this thread', async () => {
    const client = new HttpClient();
    try {
      const where = join(dir, 'no-such-folder', 'page.html');
      const here = await client.get(site.origin + PAGE, ask(where)).catch((e: unknown) => e);
      await client.whenReady();
      const there = await client.get(site.origin + PAGE, ask(where)).catch((e: unknown) => e);
      expect(client.sent).toEqual({ here: 1, worker: 1 });
      for (const err of [here, there]) {
        expect(err).toBeInstanceOf(SaveError);
        expect((err as Error).message).toMatch(/^could not write .*no-such-folder\/page\.html: ENOENT/);
      }
    } finally {
      client.close();
    }
  });
});
