import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ScheduledSync } from '../../src/discord/scheduled-sync.js';
import { IndexFollower } from '../../src/search/index-follower.js';
import { openSearch } from '../../src/search/open.js';
import { SwappableSearch } from '../../src/search/swappable.js';
import { currentGeneration } from '../../src/store/layout.js';
import { runSyncInChild, TSX_LOADER } from '../../src/sync/child.js';
import { readSyncState } from '../../src/sync/state.js';
import { asIfFirstFailedDaysAgo, FakeSite, listingWithExtraItem } from './fake-site.js';

const CLI = resolve('src/cli/sync.ts');
const TRANSCRIPT_PAGES = /^\/eng\/xw\/fyrbt\/\w+\/\d{6}\/t\d+_\d+\.html$/;
const site = new FakeSite();
let root: string;

beforeAll(() => site.start());
afterAll(() => site.stop());
beforeEach(() => {
  site.reset();
  // A working folder with an empty seeds/: the 2026 pages are bundled in the project's seeds, so
  // only here are they new to the sync.
  root = mkdtempSync(join(tmpdir(), 'spox-sync-cli-'));
  mkdirSync(join(root, 'seeds'));
  return () => rmSync(root, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run sync` in `root`, offline (no model: lexical index), without the politeness delay unless given. */
const environment = (): NodeJS.ProcessEnv => ({
  ...process.env, SPOX_DATA_DIR: join(root, 'data'), SPOX_INDEX_DIR: join(root, 'index'), SPOX_OFFLINE: '1',
  SPOX_MODEL_CACHE: join(root, 'cache'), SPOX_SYNC_DELAY_MS: '0',
});

function sync(args: string[], env: Record<string, string> = {}, onStart?: (kill: () => void) => void, signal: NodeJS.Signals = 'SIGKILL'): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', TSX_LOADER, CLI, ...args], { cwd: root, env: { ...environment(), ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
    onStart?.(() => child.kill(signal));
  });
}

describe('npm run sync', () => {
  it('prints the --json report, exits 0, and a second run (as the bot runs it) downloads no transcript again', async () => {
    const first = await sync(['--site', site.origin, '--json']);
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(Object.keys(report)).toEqual(['site', 'listed', 'new', 'retried', 'fetched', 'copies', 'failed', 'pending', 'gaveUp', 'moved', 'unread', 'rechecked', 'datedAhead', 'revised', 'indexedKept', 'indexed', 'reindexed']);
    expect(report).toMatchObject({ site: site.origin, listed: 4, new: 4, fetched: 3 });
    expect(report.failed).toHaveLength(1);
    expect(Object.keys(report.failed[0])).toEqual(['url', 'error']);
    expect(report.failed[0].error).toContain('system maintenance');
    expect(Object.keys(report.indexed)).toEqual(['transcripts', 'records']);
    expect(report.indexed.transcripts).toBe(3);
    expect(report.reindexed).toBe(true);
    expect(first.stderr).toMatch(/semantic search is off/);
    expect(site.count(TRANSCRIPT_PAGES)).toBe(3);

    site.reset();
    // As the bot runs it: no option, the site from SPOX_SYNC_SITE.
    const second = await runSyncInChild([], { cwd: root, env: { ...environment(), SPOX_SYNC_SITE: site.origin } });
    expect(second).toMatchObject({ site: site.origin, new: 0, fetched: 0, failed: [], indexed: report.indexed, reindexed: false });
    // Only the newest briefing's page (August 17; the others are dated more than SPOX_SYNC_RECHECK_DAYS' default 2 days before it) is asked again: unchanged, it changes nothing.
    expect(second).toMatchObject({ rechecked: [`${site.origin}/eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html`], revised: [] });
    expect(site.count(TRANSCRIPT_PAGES)).toBe(1);
  }, 60_000);

  it('after the site re-posts a bundled briefing: one copy on the sync that finds it, then syncs (the bot\'s too) that rebuild nothing', async () => {
    // The 2026 pages bundled, as in the project's seeds; the site lists the August 17 briefing again, under a new URL.
    mkdirSync(join(root, 'seeds', 'site-2026'));
    for (const file of readdirSync('seeds/site-2026')) copyFileSync(join('seeds/site-2026', file), join(root, 'seeds', 'site-2026', file));
    const repost = '/eng/xw/fyrbt/lxjzh/202608/t20260817_12009999.html';
    site.set('/eng/xw/fyrbt/lxjzh/index.html', {
      kind: 'body',
      body: listingWithExtraItem('eng/xw/fyrbt/lxjzh/index.html', './202608/t20260817_12009999.html', 'Regular Press Conference on August 17, 2026', '2026-08-18'),
    });
    site.set(repost, { kind: 'body', body: readFileSync('seeds/site-2026/t20260817_12005503.html', 'utf8') });
    const generation = (): string => readFileSync(join(root, 'index', 'CURRENT'), 'utf8');

    const first = await sync(['--site', site.origin, '--json']);
    expect(first.code).toBe(0);
    const found = JSON.parse(first.stdout);
    // The other new item is the old-scheme one the site redirects to its maintenance page.
    expect(found).toMatchObject({ new: 2, fetched: 0, copies: 1, indexed: { transcripts: 3 }, reindexed: true });
    expect(found.failed.map((f: { error: string }) => f.error)).toEqual([expect.stringContaining('system maintenance')]);
    const afterCopy = generation();

    const second = await sync(['--site', site.origin, '--json']);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual({ ...found, listed: 4, new: 0, copies: 0, failed: [], moved: [], reindexed: false }); // the first listing pages only
    expect(generation()).toBe(afterCopy);
    // The bot's scheduled sync runs the same command.
    const third = await runSyncInChild(['--site', site.origin], { cwd: root, env: environment() });
    expect(third).toEqual({ ...found, listed: 4, new: 0, copies: 0, failed: [], moved: [], reindexed: false }); // the first listing pages only
    expect(generation()).toBe(afterCopy);
    expect(site.hits.get(repost)).toBe(1);
  }, 60_000);

  it('counts a page dropped as no transcript as failed, not fetched, alike in the summary, the state and ask --about', async () => {
    const dropped = '/eng/xw/fyrbt/lxjzh/202608/t20260816_12004444.html';
    site.set('/eng/xw/fyrbt/lxjzh/index.html', {
      kind: 'body',
      body: listingWithExtraItem('eng/xw/fyrbt/lxjzh/index.html', './202608/t20260816_12004444.html', 'Regular Press Conferences', '2026-08-16'),
    });
    // A real page of the Ministry's site that is no transcript: kept, then dropped by the indexer.
    site.set(dropped, { kind: 'body', body: readFileSync('test/fixtures/listing-page.shtml', 'utf8') });
    const run = await sync(['--site', site.origin]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^failed: ${site.origin}${dropped}: not a transcript: .*; the next run asks again \\(it has failed on 1 run\\)$`, 'm'));
    expect(run.stdout).toMatch(new RegExp(`: 5 listed, 5 new, 3 fetched, 2 failed, 1 pending; index: 3 transcripts, \\d+ records\n$`));
    expect(readSyncState(join(root, 'data')).lastSync).toMatchObject({ listed: 5, fetched: 3, failed: 2 });

    const about = await new Promise<string>((done) => {
      const child = spawn(process.execPath, ['--import', TSX_LOADER, resolve('src/cli/ask.ts'), '--about'], { cwd: root, env: environment() });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.on('close', () => done(out));
    });
    expect(about).toContain(`from ${site.origin} (3 new pages)`);
  }, 60_000);

  it('prints each failure once, with what becomes of it, and says what a capped walk left unread', async () => {
    const missing = '/eng/xw/fyrbt/lxjzh/202608/t20260816_12004444.html';
    site.set('/eng/xw/fyrbt/lxjzh/index.html', {
      kind: 'body',
      body: listingWithExtraItem('eng/xw/fyrbt/lxjzh/index.html', './202608/t20260816_12004444.html', 'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on August 16, 2026', '2026-08-16'),
    });
    const run = await sync(['--site', site.origin, '--max-pages', '1']);
    expect(run.code).toBe(0);
    const said = (run.stdout + run.stderr).split('\n').filter((line) => line.includes(missing));
    expect(said).toEqual([`failed: ${site.origin}${missing}: HTTP 404; the next run asks again (it has failed on 1 run)`]);
    expect(run.stdout).toContain(`not read: ${site.origin}/eng/xw/fyrbt/lxjzh/index.html: --max-pages 1 left 1 more listing page unread; a run without --max-pages reads it\n`);
    expect(run.stdout).toMatch(/: 4 listed, 4 new, 3 fetched, 1 failed, 1 pending; index: 3 transcripts, \d+ records\n$/);

    asIfFirstFailedDaysAgo(join(root, 'data')); // a 404 is given up on a run a day after the first
    const json = await sync(['--site', site.origin, '--json']);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ new: 1, retried: [site.origin + missing], fetched: 0, unread: [] }); // the old-scheme item on the second listing page
    expect(report.gaveUp).toEqual([{ url: site.origin + missing, error: 'HTTP 404', failedRuns: 2, firstFailed: expect.any(String) }]);
    expect(json.stderr).not.toContain(missing);
  }, 60_000);

  it('stops at a sync-state.json that cannot be read, exit 1, asking nothing; the bot\'s scheduled sync logs why and syncs again once it is fixed', async () => {
    expect((await sync(['--site', site.origin])).code).toBe(0);
    const file = join(root, 'data', 'sync-state.json');
    const good = readFileSync(file);
    const damaged = Buffer.from(good.toString('utf8').replace('"moved": {', '"moved": {,'));
    writeFileSync(file, damaged);
    site.reset();
    for (const args of [[], ['--json']]) {
      const run = await sync(['--site', site.origin, ...args]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(new RegExp(`^sync: ${file.replace(/[.\\/]/g, '\\$&')} cannot be read: not valid JSON: .*\\(line \\d+,? column \\d+\\)\\. Fix it, or move it away to start afresh .*\\. Nothing was downloaded or written, and the file is left as it is\\.$`, 'm'));
      expect(run.stderr).not.toMatch(/semantic search is off/); // stopped before the model is loaded
    }
    expect(site.count(/./)).toBe(0);
    expect(readFileSync(file)).toEqual(damaged);

    // The bot runs the same command in a child, on its schedule.
    const indexDir = join(root, 'index');
    const open = () => openSearch(indexDir, { embedder: null });
    const loaded = await open();
    const logs: string[] = [];
    const log = (line: string): void => void logs.push(line);
    const schedule = new ScheduledSync({
      everyMs: 3_600_000,
      sync: () => runSyncInChild(['--site', site.origin], { cwd: root, env: environment(), log }),
      follower: new IndexFollower({ search: new SwappableSearch(loaded), indexVersion: () => currentGeneration(indexDir), open, log }, loaded),
      log,
    });
    const failed = await schedule.runOnce();
    expect(failed.report).toBeNull();
    expect(logs).toContainEqual(expect.stringMatching(new RegExp(`^sync: ${file.replace(/[.\\/]/g, '\\$&')} cannot be read: not valid JSON: `)));
    expect(logs).toContain('sync failed: sync exited with code 1 without a report');
    expect(site.count(/./)).toBe(0);
    expect(readFileSync(file)).toEqual(damaged);

    writeFileSync(file, good);
    logs.length = 0;
    const again = await schedule.runOnce();
    expect(again.report).toMatchObject({ new: 0, failed: [], reindexed: false });
    // The lines the CLI prints after a run, each after `sync: `.
    expect(logs.at(-1)).toBe(`sync: ${site.origin}: 3 listed, 0 new, 0 fetched, 1 rechecked (0 revised), 0 failed; index: 3 transcripts, ${again.report!.indexed.records} records`);
    await schedule.stop();
  }, 60_000);

  it('exits non-zero when the site cannot be read at all, and on a bad option', async () => {
    const empty = new FakeSite(root); // serves nothing but 404s
    await empty.start();
    try {
      const run = await sync(['--site', empty.origin, '--json']);
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout).failed.map((f: { error: string }) => f.error)).toEqual(['listing page: HTTP 404', 'listing page: HTTP 404']);
      expect(run.stderr).toContain(`could not read any listing of ${empty.origin}`);
    } finally {
      await empty.stop();
    }
    const bad = await sync(['--since', 'last week']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--since must be a date written YYYY-MM-DD, not "last week"');
    const badDays = await sync(['--site', site.origin, '--recheck-days', 'two']);
    expect(badDays.code).toBe(2);
    expect(badDays.stderr).toContain('sync: --recheck-days must be a whole number of days from 0 (no recheck) to 31, not "two"');
    const badVariable = await sync(['--site', site.origin], { SPOX_SYNC_RECHECK_DAYS: '-3' });
    expect(badVariable.code).toBe(2);
    expect(badVariable.stderr).toContain('SPOX_SYNC_RECHECK_DAYS must be a whole number of days from 0 (no recheck) to 31, not "-3"');
    expect(site.count(/./)).toBe(0); // a bad value stops the run before anything is asked
    // A negative number after an option that takes a number is its value, refused with the values it takes.
    const negativeDays = await sync(['--site', site.origin, '--recheck-days', '-1']);
    expect(negativeDays.code).toBe(2);
    expect(negativeDays.stderr.split('\n')[0]).toBe('sync: --recheck-days must be a whole number of days from 0 (no recheck) to 31, not "-1"');
    // A bad embedding setting is named, and the run is not said to be unfinished.
    const badOffline = await sync(['--site', site.origin], { SPOX_OFFLINE: '7' });
    expect(badOffline.code).toBe(2);
    expect(badOffline.stderr).toMatch(/Invalid embedding settings: SPOX_OFFLINE/);
    expect(badOffline.stderr).not.toContain('run it again');
    const negativePages = await sync(['--site', site.origin, '--max-pages', '-3']);
    expect(negativePages.stderr.split('\n')[0]).toBe('sync: --max-pages must be a whole number of at least 1, not "-3"');
    expect(site.count(/./)).toBe(0);
  }, 60_000);

  it('prints a message of several lines with its line breaks, and what it quotes from outside escaped', async () => {
    // Each setting's problem on a line of its own, a value's line break shown as \n.
    const settings = await sync(['--site', site.origin], { SPOX_SYNC_RECHECK_DAYS: 'abc', SPOX_SYNC_DELAY_MS: 'soon', SPOX_SYNC_LANGS: 'fr\nfailed: forged' });
    expect(settings.code).toBe(2);
    const lines = settings.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('Configuration problem (set it in .env or the environment):');
    expect(lines.slice(1).map((line) => line.slice(0, line.indexOf(' ')))).toEqual(['-', '-', '-']);
    expect(lines.slice(1).map((line) => line.split(' ')[1]).sort()).toEqual(['SPOX_SYNC_DELAY_MS', 'SPOX_SYNC_LANGS', 'SPOX_SYNC_RECHECK_DAYS']);
    expect(lines).toContainEqual(expect.stringMatching(/^- SPOX_SYNC_RECHECK_DAYS must be a whole number of days from 0 \(no recheck\) to 31, not "abc"\. /));
    expect(lines).toContainEqual(expect.stringMatching(/^- SPOX_SYNC_LANGS must be en, zh or en,zh \(comma-separated\), not "fr\\nfailed: forged"\. /));
    expect(settings.stderr).not.toMatch(/^failed: forged/m);
    // parseArgs' own message of three lines, and an option named with a line break, escaped.
    const ambiguous = await sync(['--site', site.origin, '--since', '-x']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr.split('\n').slice(0, 3)).toEqual([
      "sync: Option '--since' argument is ambiguous.",
      "Did you forget to specify the option argument for '--since'?",
      "To specify an option argument starting with a dash use '--since=-XYZ'.",
    ]);
    const forged = await sync(['--site', site.origin, '--bogus\nfailed: forged']);
    expect(forged.code).toBe(2);
    expect(forged.stderr).toContain("Unknown option '--bogus\\nfailed: forged'");
    expect(forged.stderr).not.toMatch(/^failed: forged/m);
    expect(site.count(/./)).toBe(0);
  }, 60_000);

  it('lets the option win over the variable, which is then not checked', async () => {
    expect((await sync(['--site', site.origin, '--json', '--recheck-days', '1'], { SPOX_SYNC_RECHECK_DAYS: '-3' })).code).toBe(0);
    expect(site.count(/./)).toBeGreaterThan(0);
  }, 60_000);

  it('syncs over HTTPS from a site whose certificate is trusted, and names a certificate it cannot trust without retrying', async () => {
    const tls = { key: readFileSync('test/fixtures/tls/loopback.key'), cert: readFileSync('test/fixtures/tls/loopback.crt') };
    const secure = new FakeSite(undefined, tls);
    await secure.start();
    try {
      expect(secure.origin.startsWith('https://127.0.0.1:')).toBe(true);
      // Not trusted: the handshake fails before any request; said once per listing, not retried (no back-off wait).
      const refused = await sync(['--site', secure.origin, '--json']);
      expect(refused.code).toBe(1);
      const errors = JSON.parse(refused.stdout).failed.map((f: { error: string }) => f.error);
      expect(errors).toHaveLength(2);
      for (const error of errors) expect(error).toMatch(/^listing page: the site's TLS certificate was not accepted \((DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)\)$/);
      expect(secure.count(/./)).toBe(0);
      // Trusted the way a newsroom behind its own CA would (NODE_EXTRA_CA_CERTS): the worker's TLS path end to end.
      const run = await sync(['--site', secure.origin, '--json'], { NODE_EXTRA_CA_CERTS: resolve('test/fixtures/tls/loopback.crt') });
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ site: secure.origin, new: 4, fetched: 3, indexed: { transcripts: 3 } });
      expect(secure.count(TRANSCRIPT_PAGES)).toBe(3);
      const search = await openSearch(join(root, 'index'), { embedder: null });
      expect(search.briefing('2026-08-17')?.summary.url).toBe(`${secure.origin}/eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html`);
    } finally {
      await secure.stop();
    }
  }, 60_000);

  it('stopped by SIGTERM (a cron timeout) in the middle, says what becomes of the work and exits 143 (hunt-O (b): it said nothing)', async () => {
    const data = join(root, 'data');
    const kept = (): boolean => existsSync(data) && readdirSync(data, { recursive: true }).some((f) => String(f).endsWith('MANIFEST.tsv'));
    const run = await sync(['--site', site.origin], { SPOX_SYNC_DELAY_MS: '700' }, (stop) => {
      const poll = setInterval(() => {
        if (kept()) {
          clearInterval(poll);
          stop();
        }
      }, 20);
    }, 'SIGTERM');
    expect(run.code).toBe(143);
    expect(run.stderr).toContain('sync: stopped by SIGTERM: the pages kept so far stay in the data folder, and the next sync (or npm run index) indexes them; the index is as the last finished run left it');
    rmSync(data, { recursive: true, force: true });
  }, 60_000);

  it('killed in the middle, leaves the data folder and index consistent; the next run completes the work', async () => {
    const data = join(root, 'data');
    const manifests = (): string[] => {
      const found: string[] = [];
      const walk = (d: string): void => {
        for (const e of existsSync(d) ? readdirSync(d, { withFileTypes: true }) : []) {
          if (e.isDirectory()) walk(join(d, e.name));
          else if (e.name === 'MANIFEST.tsv') found.push(join(d, e.name));
        }
      };
      walk(data);
      return found;
    };
    const rows = (): string[] => manifests().flatMap((m) => readFileSync(m, 'utf8').trim().split('\n').slice(1));
    // Slow enough to be killed after the first page is kept (its row written) and before the last.
    await sync(['--site', site.origin], { SPOX_SYNC_DELAY_MS: '700' }, (kill) => {
      const poll = setInterval(() => {
        if (rows().length > 0) {
          clearInterval(poll);
          kill();
        }
      }, 20);
    });
    const keptBefore = rows();
    expect(keptBefore.length).toBeGreaterThanOrEqual(1);
    expect(keptBefore.length).toBeLessThan(3);
    for (const m of manifests()) {
      for (const row of readFileSync(m, 'utf8').trim().split('\n').slice(1)) expect(existsSync(join(m, '..', row.split('\t')[0]!))).toBe(true);
    }
    const hitsBefore = new Map(site.hits);

    // The recheck of recent pages off: no kept page is asked for again.
    const again = await sync(['--site', site.origin, '--json', '--recheck-days', '0']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ fetched: 3 - keptBefore.length, indexed: { transcripts: 3 } });
    for (const row of keptBefore) {
      const path = new URL(row.split('\t')[1]!).pathname;
      expect(site.hits.get(path)).toBe(hitsBefore.get(path)); // a kept page is never downloaded again
    }
    const search = await openSearch(join(root, 'index'), { embedder: null });
    expect(search.coverage()).toMatchObject({ from: '2026-07-18', to: '2026-08-17', briefings: 3 });
  }, 60_000);
});
