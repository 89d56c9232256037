import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_TRANSCRIPT_BYTES } from '../../src/transcripts/decode.js';
import { FetchFailure, PoliteFetcher } from '../../src/sync/fetcher.js';
import { USER_AGENT } from '../../src/sync/settings.js';
import { FakeSite, SITE_PAGES } from './fake-site.js';

const PAGE = '/eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html';
const site = new FakeSite();
const lines: string[] = [];
const fetcher = (extra: Partial<ConstructorParameters<typeof PoliteFetcher>[0]> = {}): PoliteFetcher =>
  new PoliteFetcher({ minIntervalMs: 0, retries: 2, retryDelayMs: 10, timeoutMs: 2_000, log: (l) => lines.push(l), ...extra });

beforeAll(() => site.start());
afterAll(() => site.stop());
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
