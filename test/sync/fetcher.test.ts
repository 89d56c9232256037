import type { Worker } from 'node:worker_threads';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_TRANSCRIPT_BYTES } from '../../src/transcripts/decode.js';
import { FetchFailure, PoliteFetcher } from '../../src/sync/fetcher.js';
import { retryAfterMs } from '../../src/sync/http-worker.mjs';
import { USER_AGENT } from '../../src/sync/settings.js';
import { FakeSite, SITE_PAGES } from './fake-site.js';

const PAGE = '/eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html';
const site = new FakeSite();
const lines: string[] = [];
const fetcher = (extra: Partial<ConstructorParameters<typeof PoliteFetcher>[0]> = {}): PoliteFetcher =>
  new PoliteFetcher({ minIntervalMs: 0, retries: 2, retryDelayMs: 10, timeoutMs: 2_000, log: (l) => lines.push(l), ...extra });

let dir = '';
beforeAll(async () => {
  await site.start();
  dir = mkdtempSync(join(tmpdir(), 'spox-fetch-'));
});
afterAll(async () => {
  await site.stop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  site.reset();
  lines.length = 0;
});

describe('PoliteFetcher', () => {
  it('retries a 503 until the page answers, saying so, and identifies itself', async () => {
    site.set(PAGE, { kind: 'fail', times: 2 });
    const page = await fetcher().get(site.origin + PAGE);
    expect(page.status).toBe(200);
    expect(new TextDecoder().decode(page.body)).toContain('Lin Jian’s Regular Press Conference on August 17, 2026');
    expect(site.hits.get(PAGE)).toBe(3);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('HTTP 503; retrying (attempt 2 of 3)');
    expect([...site.userAgents]).toEqual([USER_AGENT]);
  });

  it("waits out a 429's Retry-After (seconds) before asking again, and retries it like a 5xx", async () => {
    site.set(PAGE, { kind: 'fail', times: 1, status: 429, retryAfter: '1' });
    const page = await fetcher().get(site.origin + PAGE);
    expect(page.status).toBe(200);
    expect(site.hits.get(PAGE)).toBe(2);
    expect(lines[0]).toContain('HTTP 429; retrying (attempt 2 of 3)');
    // The back-off is 10 ms: the second request waited for the site's second.
    expect(site.arrivals[1]! - site.arrivals[0]!).toBeGreaterThanOrEqual(950);
  });

  it("holds every later request until a 503's Retry-After (an HTTP date) has passed", async () => {
    const other = '/eng/xw/fyrbt/lxjzh/202608/t20260810_12001539.html';
    site.set(PAGE, { kind: 'fail', times: 1, status: 503, retryAfter: new Date(Date.now() + 2_000).toUTCString() });
    const client = fetcher({ retries: 0 });
    const [first, second] = client.getAll([{ url: site.origin + PAGE }, { url: site.origin + other }]);
    expect(((await first!.catch((e: unknown) => e)) as FetchFailure).message).toBe('HTTP 503');
    expect((await second!).status).toBe(200);
    // The date has whole seconds: at least one of the two it asked for was waited out.
    expect(site.arrivals[1]! - site.arrivals[0]!).toBeGreaterThanOrEqual(950);
    client.close();
  });

  it('asked to come back later than it waits, ends this page and every later one at once, without asking again', async () => {
    const other = '/eng/xw/fyrbt/lxjzh/202608/t20260810_12001539.html';
    site.set(PAGE, { kind: 'fail', times: 1, status: 429, retryAfter: '3600' });
    const client = fetcher({ maxRetryAfterMs: 5_000 });
    const [first, second] = client.getAll([{ url: site.origin + PAGE }, { url: site.origin + other }]);
    const said = 'HTTP 429: the site asked to wait 3600 s (Retry-After), longer than the 5 s waited out, so this run asks for nothing more';
    expect(((await first!.catch((e: unknown) => e)) as FetchFailure).message).toBe(said);
    expect(((await second!.catch((e: unknown) => e)) as FetchFailure).message).toBe(said);
    expect(site.hits.get(PAGE)).toBe(1);
    expect(site.hits.get(other)).toBeUndefined();
    client.close();
  });

  it('reads Retry-After as seconds or an HTTP date, and nothing else', () => {
    const now = Date.parse('2026-08-17T08:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs(' 0 ', now)).toBe(0);
    expect(retryAfterMs('Mon, 17 Aug 2026 08:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Mon, 17 Aug 2026 07:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs(['5', '9'], now)).toBe(5_000);
    expect(retryAfterMs('Monday, 17-Aug-26 08:00:10 GMT', now)).toBe(10_000); // the obsolete RFC 850 form
    for (const bad of [undefined, '', 'soon', '-5', '1.5']) expect(retryAfterMs(bad, now)).toBeNull();
  });

  it('reports a page that keeps failing in one line, after every attempt', async () => {
    site.set(PAGE, { kind: 'fail', times: 99, status: 502 });
    const error = await fetcher().get(site.origin + PAGE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchFailure);
    expect((error as FetchFailure).message).toBe('HTTP 502 (after 3 attempts)');
    expect(site.hits.get(PAGE)).toBe(3);
  });

  it('ends a request the site never answers with its time-out, retried', async () => {
    site.set(PAGE, { kind: 'hang' });
    const error = await fetcher({ timeoutMs: 150, retries: 1 }).get(site.origin + PAGE).catch((e: unknown) => e);
    expect((error as Error).message).toBe('timed out after 0.15 s (after 2 attempts)');
    expect(site.hits.get(PAGE)).toBe(2);
  });

  it('reports a page it cannot write in one line, without asking the site again', async () => {
    const error = await fetcher().get(site.origin + PAGE, { saveTo: '/no-such-folder/spox/page.html' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchFailure);
    expect((error as FetchFailure).message).toMatch(/^could not write \/no-such-folder\/spox\/page\.html: ENOENT/);
    expect(site.hits.get(PAGE)).toBe(1);
  });

  it('does not retry a missing page', async () => {
    const error = await fetcher().get(`${site.origin}/eng/xw/fyrbt/lxjzh/202608/t20260899_1.html`).catch((e: unknown) => e);
    expect((error as FetchFailure).message).toBe('HTTP 404');
    expect((error as FetchFailure).status).toBe(404);
  });

  it('follows redirects written relative, as an absolute path or as a full URL, each status the site may use', async () => {
    const moved = '/eng/xw/fyrbt/lxjzh/202608/moved.html';
    for (const [status, location] of [[301, '../202608/t20260817_12005503.html'], [302, PAGE], [307, `${site.origin}${PAGE}`], [308, `./t20260817_12005503.html`]] as const) {
      site.set(moved, { kind: 'redirect', status, location });
      const page = await fetcher().get(site.origin + moved);
      expect([status, page.status, page.finalUrl]).toEqual([status, 200, site.origin + PAGE]);
    }
    site.set(moved, { kind: 'redirect', status: 302, location: moved });
    expect(((await fetcher().get(site.origin + moved).catch((e: unknown) => e)) as FetchFailure).message).toBe('more than 5 redirects');
  });

  it('follows the redirect of an old URL and says where it ended', async () => {
    const url = `${site.origin}/mfa_eng/xwfw_665399/s2510_665401/2511_665403/202102/t20210226_9170740.html`;
    const page = await fetcher().get(url);
    expect(page.url).toBe(url);
    expect(page.finalUrl).toBe(`${site.origin}/web/system/index_17321.shtml`);
  });

  it('sends one request at a time, at least the minimum interval apart', async () => {
    const polite = fetcher({ minIntervalMs: 200 });
    const paths = ['/eng/xw/fyrbt/lxjzh/index.html', '/eng/xw/fyrbt/lxjzh/index_1.html', '/eng/xw/fyrbt/fyrbt/index.html'];
    await Promise.all(paths.map((p) => polite.get(site.origin + p)));
    expect(polite.requests).toBe(3);
    // As the site saw them: spaced by the interval. A lower bound only: on a busy machine a request can
    // wait in transit, so the next may arrive sooner after it than it was sent (unpaced, they are ~1 ms apart).
    const [a, b, c] = site.arrivals;
    expect(b! - a!).toBeGreaterThanOrEqual(120);
    expect(c! - b!).toBeGreaterThanOrEqual(120);
  });

  it('reads a gzip-encoded page, and refuses one too large to be a transcript without retrying', async () => {
    const served = readFileSync(join(SITE_PAGES, PAGE));
    let hits = 0;
    const server = createServer((req, res) => {
      hits++;
      if (req.url === '/big') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(Buffer.alloc(MAX_TRANSCRIPT_BYTES + 1, 0x20)); // no content-length: the limit holds while reading
        return;
      }
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
      res.end(gzip ? gzipSync(served) : served);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const client = fetcher();
      const page = await client.get(`${origin}/page`);
      expect(Buffer.from(page.body).equals(served)).toBe(true);
      const error = await client.get(`${origin}/big`).catch((e: unknown) => e);
      expect((error as FetchFailure).message).toMatch(/too large to be a transcript$/);
      expect(hits).toBe(2);
      client.close();
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('names the network error of a site that refuses the connection', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const error = await fetcher({ retries: 1 }).get(`http://127.0.0.1:${port}/eng/`).catch((e: unknown) => e);
    expect((error as FetchFailure).message).toBe('network error (ECONNREFUSED) (after 2 attempts)');
    expect(lines[0]).toContain('network error (ECONNREFUSED); retrying (attempt 2 of 2)');
  });
});

describe('PoliteFetcher, on this thread while its worker starts, then in the worker', () => {
  it('answers the same bytes from both, written where asked, and a missing page the same way', async () => {
    const client = fetcher();
    try {
      const served = readFileSync(join(SITE_PAGES, PAGE));
      const early = await client.get(site.origin + PAGE, { saveTo: join(dir, 'early.html') });
      expect(client.sent).toEqual({ here: 1, worker: 0 });
      await client.whenReady();
      const late = await client.get(site.origin + PAGE, { saveTo: join(dir, 'late.html') });
      expect(client.sent).toEqual({ here: 1, worker: 1 });
      for (const page of [early, late]) {
        expect(page.status).toBe(200);
        expect(Buffer.from(page.body).equals(served)).toBe(true);
      }
      expect(readFileSync(join(dir, 'early.html')).equals(served)).toBe(true);
      expect(readFileSync(join(dir, 'late.html')).equals(served)).toBe(true);

      const missing = await client.get(`${site.origin}/eng/xw/fyrbt/lxjzh/202608/t20260899_1.html`, { saveTo: join(dir, 'missing.html') }).catch((e: unknown) => e);
      expect(missing).toBeInstanceOf(FetchFailure);
      expect((missing as FetchFailure).message).toBe('HTTP 404');
      expect(existsSync(join(dir, 'missing.html'))).toBe(false); // only a 2xx body is written
    } finally {
      client.close();
    }
  });

  it('names a refused connection and a page it cannot write the same way from both', async () => {
    const client = fetcher({ retries: 0 });
    try {
      const where = join(dir, 'no-such-folder', 'page.html');
      const here = [await client.get('http://127.0.0.1:9/eng/').catch((e: unknown) => e), await client.get(site.origin + PAGE, { saveTo: where }).catch((e: unknown) => e)];
      await client.whenReady();
      const there = [await client.get('http://127.0.0.1:9/eng/').catch((e: unknown) => e), await client.get(site.origin + PAGE, { saveTo: where }).catch((e: unknown) => e)];
      expect(client.sent.worker).toBe(2);
      for (const [refused, unwritable] of [here, there]) {
        expect((refused as FetchFailure).message).toBe('network error (ECONNREFUSED)');
        expect((unwritable as FetchFailure).message).toMatch(/^could not write .*no-such-folder\/page\.html: ENOENT/);
      }
    } finally {
      client.close();
    }
  });

  it('takes every request at once and sends them one at a time, in order, across the hand-over', async () => {
    // Spaced so that the worker is ready before the last has been sent: 12 requests 100 ms apart leave
    // it over a second to start, which a loaded machine needs (25 ms apart, it once was not ready in time).
    const client = fetcher({ minIntervalMs: 100 });
    const served = readFileSync(join(SITE_PAGES, PAGE));
    const paths = ['/eng/xw/fyrbt/lxjzh/index.html', PAGE, '/eng/xw/fyrbt/lxjzh/index_1.html', PAGE, '/eng/xw/fyrbt/fyrbt/index.html', PAGE];
    try {
      // Asked one by one and as one batch, before the worker has started: the first run here, the rest in the worker once it is ready.
      const pages = await Promise.all([...paths.map((p) => client.get(site.origin + p)), ...client.getAll(paths.map((p) => ({ url: site.origin + p })))]);
      expect(client.sent.here).toBeGreaterThanOrEqual(1);
      expect(client.sent.worker).toBeGreaterThanOrEqual(1);
      expect(client.sent.here + client.sent.worker).toBe(12);
      // Spaced across the hand-over too (a lower bound: see the test above).
      for (let i = 1; i < site.arrivals.length; i++) expect(site.arrivals[i]! - site.arrivals[i - 1]!).toBeGreaterThanOrEqual(60);
      expect(client.requests).toBe(12);
      expect(site.mostAtOnce).toBe(1);
      expect(pages.map((p) => p.url)).toEqual([...paths, ...paths].map((p) => site.origin + p));
      for (const page of pages.filter((p) => p.url.endsWith(PAGE))) expect(Buffer.from(page.body).equals(served)).toBe(true);
    } finally {
      client.close();
    }
  });

  it('sends nothing asked once closed, and starts no worker for it', async () => {
    const client = fetcher();
    await client.get(site.origin + PAGE);
    client.close();
    const after = await client.get(site.origin + PAGE).catch((e: unknown) => e);
    expect((after as Error).message).toBe('the HTTP client was closed');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(site.hits.get(PAGE)).toBe(1);
    expect(client.sent).toEqual({ here: 1, worker: 0 });
    expect((client as unknown as { worker: unknown }).worker).toBeNull();
  });

  it('retries in the worker as on this thread, saying so here', async () => {
    const client = fetcher();
    try {
      await client.whenReady();
      site.set(PAGE, { kind: 'fail', times: 1 });
      const page = await client.get(site.origin + PAGE);
      expect(page.status).toBe(200);
      expect(client.sent).toEqual({ here: 0, worker: 1 });
      expect(client.requests).toBe(2);
      expect(lines).toEqual([`${site.origin + PAGE}: HTTP 503; retrying (attempt 2 of 3)`]);
    } finally {
      client.close();
    }
  });

  it('reports the requests a stopped worker held as failures, and goes on', async () => {
    const client = fetcher({ minIntervalMs: 50 });
    try {
      await client.whenReady();
      site.set(PAGE, { kind: 'hang' }); // the first is on the wire, the others queued in the worker
      const held = client.getAll([PAGE, PAGE, PAGE].map((p) => ({ url: site.origin + p })));
      for (let i = 0; i < 100 && !site.hits.get(PAGE); i++) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(site.hits.get(PAGE)).toBe(1);
      await (client as unknown as { worker: Worker }).worker.terminate();
      const outcomes = await Promise.all(held.map((p) => p.catch((e: unknown) => e)));
      for (const outcome of outcomes) {
        expect(outcome).toBeInstanceOf(FetchFailure);
        expect((outcome as FetchFailure).message).toBe('the HTTP worker thread stopped (exit code 1)');
      }
      site.reset();
      const after = await client.get(site.origin + PAGE);
      expect(after.status).toBe(200);
    } finally {
      client.close();
    }
  });
});
