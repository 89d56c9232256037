import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { REFUSED_DAYS } from '../../src/sync/retry-policy.js';
import { SYNC_STATE_FILE } from '../../src/sync/state.js';
import { runSync, type SyncOptions } from '../../src/sync/sync.js';
import { declaredCharset } from '../../src/transcripts/charset.js';
import { SHARED_CORPUS } from '../shared-corpus.js';

/** The reconstruction of the Ministry's 2026 site, at its real paths. */
export const SITE_PAGES = `${SHARED_CORPUS}/site-2026/pages`;
export const MAINTENANCE_PATH = '/web/system/index_17321.shtml';

/** What the fake site does for one path, instead of serving the file. */
export type Behaviour =
  /** Answer 503 (or `status`) this many times, with a `Retry-After` header when given, then serve normally. */
  | { kind: 'fail'; times: number; status?: number; retryAfter?: string }
  /** Never answer (the client's time-out must end the request). */
  | { kind: 'hang' }
  /** Serve this body with 200 (a string as UTF-8; bytes as they are, with `charset` in the Content-Type, none when absent). */
  | { kind: 'body'; body: string }
  | { kind: 'bytes'; body: Uint8Array; charset?: string }
  /** Answer with this redirect (`location` as written: relative, absolute path or full URL). */
  | { kind: 'redirect'; status: number; location: string };

/**
 * The Ministry's site on loopback: files under `root` at their URL paths (with several roots, the
 * first that has the path: the English reconstruction and the Chinese copy that
 * scripts/build-zh-site-fixture.ts builds), served with the charset the page declares, old-scheme
 * URLs (`/mfa_eng/…`) redirected to the maintenance page as the real site does, 404 for anything
 * else, and the failures a test asks for. Every request is counted by path.
 */
export class FakeSite {
  readonly hits = new Map<string, number>();
  readonly userAgents = new Set<string>();
  /** When each request arrived (performance.now()), in order. */
  readonly arrivals: number[] = [];
  /** The most requests it was answering at one time. */
  mostAtOnce = 0;
  /** Per path, the conditional requests (If-None-Match or If-Modified-Since) and those answered 304. */
  readonly conditional = new Map<string, { asked: number; notModified: number }>();
  /**
   * Whether pages are served with validators (an ETag from their bytes, and Last-Modified) and a
   * conditional request whose ETag still matches is answered 304; reset() turns it back on.
   */
  validators = true;
  private open = 0;
  private readonly behaviours = new Map<string, Behaviour>();
  private server: Server | undefined;
  private readonly hanging = new Set<ServerResponse>();

  private readonly roots: string[];

  /** `tls`: served over HTTPS with this key and certificate (test/fixtures/tls). */
  constructor(root: string | string[] = SITE_PAGES, private readonly tls?: { key: Buffer; cert: Buffer }) {
    this.roots = typeof root === 'string' ? [root] : root;
  }

  get origin(): string {
    const address = this.server?.address() as AddressInfo | null | undefined;
    if (!address) throw new Error('fake site is not listening');
    return `${this.tls ? 'https' : 'http'}://${address.address}:${address.port}`;
  }

  set(path: string, behaviour: Behaviour): void {
    this.behaviours.set(path, behaviour);
  }

  reset(): void {
    this.behaviours.clear();
    this.hits.clear();
    this.arrivals.length = 0;
    this.mostAtOnce = 0;
    this.conditional.clear();
    this.validators = true;
  }

  /** How many requests reached paths matching the pattern. */
  count(pattern: RegExp): number {
    return [...this.hits].filter(([p]) => pattern.test(p)).reduce((sum, [, n]) => sum + n, 0);
  }

  start(): Promise<void> {
    return this.startOn('127.0.0.1');
  }

  /** Listening on another loopback address (127.0.0.2), it plays another site. */
  async startOn(host: string): Promise<void> {
    const serve = (req: IncomingMessage, res: ServerResponse): void => this.serve(req, res);
    this.server = this.tls ? createTlsServer(this.tls, serve) : createServer(serve);
    await new Promise<void>((resolve) => this.server!.listen(0, host, resolve));
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    for (const res of this.hanging) res.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = undefined;
  }

  /** A page with 200, or 304 to a conditional request whose ETag is the page's (the ETag wins over the date, as RFC 9110 says). */
  private servePage(req: IncomingMessage, res: ServerResponse, path: string, body: Buffer, contentType: string): void {
    const etag = fakeEtag(body);
    const ifNoneMatch = req.headers['if-none-match'];
    if (ifNoneMatch !== undefined || req.headers['if-modified-since'] !== undefined) {
      const counts = this.conditional.get(path) ?? { asked: 0, notModified: 0 };
      this.conditional.set(path, counts);
      counts.asked++;
      if (this.validators && ifNoneMatch === etag) {
        counts.notModified++;
        res.writeHead(304, { etag, 'last-modified': LAST_MODIFIED }).end();
        return;
      }
    }
    const validators = this.validators ? { etag, 'last-modified': LAST_MODIFIED } : {};
    res.writeHead(200, { 'content-type': contentType, ...validators }).end(body);
  }

  private serve(req: IncomingMessage, res: ServerResponse): void {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    this.hits.set(path, (this.hits.get(path) ?? 0) + 1);
    this.arrivals.push(performance.now());
    this.open++;
    this.mostAtOnce = Math.max(this.mostAtOnce, this.open);
    res.on('close', () => this.open--);
    this.userAgents.add(req.headers['user-agent'] ?? '');
    const behaviour = this.behaviours.get(path);
    if (behaviour?.kind === 'fail' && behaviour.times > 0) {
      behaviour.times--;
      const retryAfter = behaviour.retryAfter === undefined ? {} : { 'retry-after': behaviour.retryAfter };
      res.writeHead(behaviour.status ?? 503, { 'content-type': 'text/plain', ...retryAfter }).end('Service Unavailable');
      return;
    }
    if (behaviour?.kind === 'hang') {
      this.hanging.add(res);
      res.on('close', () => this.hanging.delete(res));
      return;
    }
    if (behaviour?.kind === 'redirect') {
      res.writeHead(behaviour.status, { location: behaviour.location }).end();
      return;
    }
    if (behaviour?.kind === 'body') {
      this.servePage(req, res, path, Buffer.from(behaviour.body), 'text/html; charset=utf-8');
      return;
    }
    if (behaviour?.kind === 'bytes') {
      this.servePage(req, res, path, Buffer.from(behaviour.body), behaviour.charset ? `text/html; charset=${behaviour.charset}` : 'text/html');
      return;
    }
    if (path.startsWith('/mfa_eng/')) {
      res.writeHead(302, { location: MAINTENANCE_PATH }).end();
      return;
    }
    const relative = normalize(path).replace(/^(\.\.[/\\])+/, '');
    const file = this.roots.map((root) => join(root, relative)).find((f) => existsSync(f) && statSync(f).isFile());
    if (file) {
      const body = readFileSync(file);
      this.servePage(req, res, path, body, `text/html; charset=${declaredCharset(body) ?? 'utf-8'}`);
    } else {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<html><body>404 Not Found</body></html>');
    }
  }
}

/** The validators the fake site sends with a page: an ETag from its bytes, and a fixed Last-Modified. */
export function fakeEtag(body: Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
}
const LAST_MODIFIED = 'Mon, 17 Aug 2026 11:30:00 GMT';

/** A real listing page with one more item, linking to `href`, inserted first. */
export function listingWithExtraItem(listingPath: string, href: string, title: string, date: string): string {
  return listingWithExtraItems(listingPath, [{ href, title, date }]);
}

/** A real listing page with more items, inserted first in the order given. */
export function listingWithExtraItems(listingPath: string, items: { href: string; title: string; date: string }[]): string {
  const html = readFileSync(join(SITE_PAGES, listingPath), 'utf8');
  const lines = items.map(({ href, title, date }) => `<li><a href="${href}" target="_blank">${title}</a><span>${date}</span></li>`);
  return html.replace('<ul class="news_list">', ['<ul class="news_list">', ...lines].join('\n'));
}

/**
 * A loopback site for a test file's syncs, reset before each test, and a sync into a fresh temp
 * folder with the real fetcher (no delay, quick retries, no model). `root()` is that test's folder.
 */
export function syncHarness(prefix: string, setUp: (site: FakeSite) => void = () => {}): {
  site: FakeSite; logs: string[]; root: () => string; sync: (extra?: Partial<SyncOptions>) => ReturnType<typeof runSync>;
} {
  const site = new FakeSite();
  const logs: string[] = [];
  let root = '';
  beforeAll(() => site.start());
  afterAll(() => site.stop());
  beforeEach(() => {
    site.reset();
    logs.length = 0;
    root = mkdtempSync(join(tmpdir(), prefix));
    setUp(site);
    return () => rmSync(root, { recursive: true, force: true });
  });
  const sync = (extra: Partial<SyncOptions> = {}): ReturnType<typeof runSync> =>
    runSync({
      site: site.origin, dataDir: join(root, 'data'), indexDir: join(root, 'index'), sources: [], embedder: null,
      fetcher: { minIntervalMs: 0, retries: 2, retryDelayMs: 5, timeoutMs: 2_000 },
      log: (line) => logs.push(line),
      ...extra,
    });
  return { site, logs, root: () => root, sync };
}

/**
 * The data folder's pending pages as if each had first failed `days` days ago (a minute more): a page
 * the site refused is given up only after failing on runs a day apart (retry-policy.ts), which a test
 * runs seconds apart.
 */
export function asIfFirstFailedDaysAgo(dataDir: string, days = REFUSED_DAYS): void {
  const file = join(dataDir, SYNC_STATE_FILE);
  const state = JSON.parse(readFileSync(file, 'utf8')) as { pending: Record<string, { firstFailedAt: string }> };
  const then = new Date(Date.now() - days * 24 * 3600 * 1000 - 60_000).toISOString();
  for (const page of Object.values(state.pending)) page.firstFailedAt = then;
  writeFileSync(file, JSON.stringify(state, null, 1));
}
