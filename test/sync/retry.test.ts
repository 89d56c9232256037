import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSearch } from '../../src/search/open.js';
import { reportLines } from '../../src/sync/report-lines.js';
import { REFUSED_DAYS, REFUSED_RUNS, RETRY_DAYS, RETRY_RUNS } from '../../src/sync/retry-policy.js';
import { readSyncState, SYNC_STATE_FILE, type SyncState } from '../../src/sync/state.js';
import { asIfFirstFailedDaysAgo, listingWithExtraItem, syncHarness } from './fake-site.js';

const LXJZH = '/eng/xw/fyrbt/lxjzh/';
const PAGE_1 = `${LXJZH}index_1.html`;
/** A briefing the site re-published on its second listing page (a real page, from seeds/mfa-en). */
const OLDER = `${LXJZH}202607/t20260711_12000001.html`;
const OLDER_TITLE = 'Foreign Ministry Spokesperson Hua Chunying’s Regular Press Conference on July 11, 2018';
const OLDER_BODY = readFileSync('seeds/mfa-en/t1576325.shtml', 'utf8');
/** The second listing page with that briefing listed first. */
const PAGE_1_WITH_OLDER = listingWithExtraItem('eng/xw/fyrbt/lxjzh/index_1.html', './202607/t20260711_12000001.html', OLDER_TITLE, '2026-07-11');
const OLD_SCHEME = '/mfa_eng/xwfw_665399/s2510_665401/2511_665403/202102/t20210226_9170740.html';

const { site, root, sync } = syncHarness('spox-sync-retry-', (s) => {
  s.set(PAGE_1, { kind: 'body', body: PAGE_1_WITH_OLDER });
  s.set(OLDER, { kind: 'body', body: OLDER_BODY });
});

const state = () => readSyncState(join(root(), 'data'));
const briefing = async (date: string) => (await openSearch(join(root(), 'index'), { embedder: null })).briefing(date);

describe('a sync asks again for what an earlier run could not read', () => {
  it('asks for a page that failed on an older listing page again, though the walk no longer reaches it, and indexes it', async () => {
    site.set(OLDER, { kind: 'fail', times: 3, status: 500 });
    const first = await sync();
    expect(first.report.failed).toContainEqual({ url: site.origin + OLDER, error: 'HTTP 500 (after 3 attempts)' });
    expect(first.report.pending).toEqual([{ url: site.origin + OLDER, error: 'HTTP 500 (after 3 attempts)', failedRuns: 1, firstFailed: expect.any(String) }]);
    expect(reportLines(first.report)).toContain(`failed: ${site.origin + OLDER}: HTTP 500 (after 3 attempts); the next run asks again (it has failed on 1 run)`);
    expect(state().pending[OLDER]).toMatchObject({ title: OLDER_TITLE, section: LXJZH, failedRuns: 1, refused: false });

    site.set(OLDER, { kind: 'body', body: OLDER_BODY }); // the site recovers
    const readsOfPage1 = site.hits.get(PAGE_1);
    const second = await sync();
    expect(site.hits.get(PAGE_1)).toBe(readsOfPage1); // the first listing page held nothing new: the walk stopped there
    expect(second.report).toMatchObject({ new: 0, retried: [site.origin + OLDER], fetched: 1, failed: [], pending: [], reindexed: true });
    expect(reportLines(second.report)).toEqual([`retried: ${site.origin + OLDER}: failed on an earlier run, downloaded now`]);
    expect(state().pending).toEqual({});
    expect((await briefing('2018-07-11'))?.summary.url).toBe(site.origin + OLDER);

    const third = await sync();
    expect(third.report).toMatchObject({ new: 0, retried: [], fetched: 0, failed: [], reindexed: false });
    expect(site.hits.get(OLDER)).toBe(4); // three failures and one answer
  });

  it('reads a listing page that failed on the next run, and then stops at the known pages again', async () => {
    site.set(PAGE_1, { kind: 'fail', times: 3 });
    const first = await sync();
    const listing = site.origin + PAGE_1;
    expect(first.report.failed).toContainEqual({ url: listing, error: 'listing page: HTTP 503 (after 3 attempts)' });
    expect(first.report.unread).toEqual([{ listing: `${site.origin}${LXJZH}index.html`, reason: `listing page ${listing} failed`, pagesNotRead: 1 }]);
    // One line: the failure, and what it left unread (the section's last listing page: itself).
    expect(reportLines(first.report).filter((line) => line.includes(listing))).toEqual([
      `failed: ${listing}: listing page: HTTP 503 (after 3 attempts); this listing page was not read; the next run reads it`,
    ]);
    expect(first.report.fetched).toBe(3);
    expect(state().unfinished[LXJZH]?.readTo).toBe(`${site.origin}${LXJZH}202608/t20260810_12001539.html`);

    site.set(PAGE_1, { kind: 'body', body: PAGE_1_WITH_OLDER });
    const second = await sync();
    // Its first listing page is all known, but the walk reads on past where the first one stopped.
    expect(second.report).toMatchObject({ new: 2, fetched: 1, unread: [] });
    expect(second.report.failed.map((f) => f.url)).toEqual([site.origin + OLD_SCHEME]); // the maintenance redirect, remembered
    expect(state().unfinished).toEqual({});
    expect((await briefing('2018-07-11'))?.summary.url).toBe(site.origin + OLDER);

    const hits = site.hits.get(PAGE_1);
    const third = await sync();
    expect(third.report).toMatchObject({ new: 0, fetched: 0, failed: [], unread: [] });
    expect(site.hits.get(PAGE_1)).toBe(hits);
  });

  it('says in one line when the first page of a listing failed, and names a pending page a run did not ask for', async () => {
    const statements = `${site.origin}/eng/xw/fyrbt/fyrbt/index.html`;
    site.set('/eng/xw/fyrbt/fyrbt/index.html', { kind: 'fail', times: 3 });
    site.set(OLDER, { kind: 'fail', times: 3, status: 500 });
    const first = await sync();
    expect(reportLines(first.report).filter((line) => line.includes('/fyrbt/fyrbt/'))).toEqual([
      `failed: ${statements}: listing page: HTTP 503 (after 3 attempts); nothing of its listing was read; the next run reads it`,
    ]);
    expect(reportLines(first.report)).toContain(
      `failed: ${site.origin + OLD_SCHEME}: not a transcript: the site's "system maintenance" page (redirected to ${site.origin}/web/system/index_17321.shtml); ` +
        `remembered as moved: not asked again (to ask again, remove its entry from "moved" in ${SYNC_STATE_FILE})`,
    );
    // Listed before --since: left for a later run, and said so.
    const since = await sync({ since: '2026-08-11' });
    expect(since.report.retried).toEqual([]);
    expect(reportLines(since.report)).toContain(
      `pending: ${site.origin + OLDER}: failed on 1 run, last with HTTP 500 (after 3 attempts); not asked by this run, a later run asks again`,
    );
  });

  it('after --max-pages 1, says what it left unread; a capped run keeps the mark; a plain run reads the rest', async () => {
    const capped = await sync({ maxPages: 1 });
    const listing = `${site.origin}${LXJZH}index.html`;
    expect(capped.report).toMatchObject({ new: 3, fetched: 3, unread: [{ listing, reason: '--max-pages 1', pagesNotRead: 1 }] });
    expect(reportLines(capped.report)).toEqual([`not read: ${listing}: --max-pages 1 left 1 more listing page unread; a run without --max-pages reads it`]);
    expect(site.hits.get(PAGE_1)).toBeUndefined();

    // Capped again, it reads no further: what it has not read is still owed.
    const again = await sync({ maxPages: 1 });
    expect(again.report).toMatchObject({ new: 0, unread: [{ listing, reason: '--max-pages 1', pagesNotRead: 1 }] });
    expect(site.hits.get(PAGE_1)).toBeUndefined();

    const plain = await sync();
    expect(plain.report).toMatchObject({ new: 2, fetched: 1, unread: [] });
    expect(site.hits.get(PAGE_1)).toBe(1);
    expect((await briefing('2018-07-11'))?.summary.url).toBe(site.origin + OLDER);
    expect(state().unfinished).toEqual({});
  });

  it('after --since, a plain run fetches the older items it skipped', async () => {
    const since = await sync({ since: '2026-08-11' });
    const listing = `${site.origin}${LXJZH}index.html`;
    expect(since.report.unread).toContainEqual({ listing, reason: '--since 2026-08-11', pagesNotRead: 1 });
    expect(reportLines(since.report)).toContain(`not read: ${listing}: --since 2026-08-11 left the items listed before that date and 1 more listing page unread; a run without --since reads them`);
    expect(await briefing('2026-08-10')).toBeUndefined();

    const plain = await sync();
    expect(plain.report).toMatchObject({ new: 4, fetched: 3, unread: [] }); // the remarks, the statement, the re-published briefing; the maintenance redirect fails
    expect(await briefing('2026-08-10')).toBeDefined();
    expect(await briefing('2018-07-11')).toBeDefined();
  });

  it(`gives a page up after ${RETRY_RUNS} failed runs over ${RETRY_DAYS} days, says so, and asks no more until its entry is moved back`, async () => {
    site.set(OLDER, { kind: 'fail', times: 99, status: 500 });
    await sync();
    // As if it had failed on the runs of the past week.
    const file = join(root(), 'data', SYNC_STATE_FILE);
    const edit = (change: (remembered: SyncState) => void): void => {
      const remembered = JSON.parse(readFileSync(file, 'utf8')) as SyncState;
      change(remembered);
      writeFileSync(file, JSON.stringify(remembered));
    };
    const weekAgo = new Date(Date.now() - (RETRY_DAYS + 1) * 24 * 3600 * 1000).toISOString();
    edit((remembered) => Object.assign(remembered.pending[OLDER]!, { failedRuns: RETRY_RUNS - 2, firstFailedAt: weekAgo }));

    const stillPending = await sync();
    expect(stillPending.report.pending).toEqual([expect.objectContaining({ url: site.origin + OLDER, failedRuns: RETRY_RUNS - 1 })]);
    const last = await sync();
    expect(last.report.pending).toEqual([]);
    expect(last.report.gaveUp).toEqual([{ url: site.origin + OLDER, error: 'HTTP 500 (after 3 attempts)', failedRuns: RETRY_RUNS, firstFailed: weekAgo }]);
    expect(reportLines(last.report)).toContain(
      `failed: ${site.origin + OLDER}: HTTP 500 (after 3 attempts); given up after failing on ${RETRY_RUNS} runs since ${weekAgo.slice(0, 10)}: ` +
        'not asked again (to ask again: npm run sync -- --retry-given-up)',
    );
    expect(state().gaveUp[OLDER]).toMatchObject({ failedRuns: RETRY_RUNS });
    const hits = site.hits.get(OLDER);
    const after = await sync();
    expect(after.report).toMatchObject({ retried: [], failed: [], pending: [], gaveUp: [] });
    expect(site.hits.get(OLDER)).toBe(hits);

    // Asked for again, as the line says: given up again at once while it still fails, kept once the site serves it.
    const failsAgain = await sync({ retryGivenUp: true });
    expect(failsAgain.report).toMatchObject({ retried: [site.origin + OLDER], pending: [], gaveUp: [{ url: site.origin + OLDER, failedRuns: RETRY_RUNS + 1 }] });
    site.set(OLDER, { kind: 'body', body: OLDER_BODY });
    const moved = await sync({ retryGivenUp: true });
    expect(moved.report).toMatchObject({ retried: [site.origin + OLDER], fetched: 1, failed: [], pending: [], gaveUp: [] });
    expect(state().gaveUp).toEqual({});
    expect(await briefing('2018-07-11')).toBeDefined();
  });

  it(`asks for a page the site refused (404) on ${REFUSED_RUNS} runs over ${REFUSED_DAYS} day, not on runs minutes apart`, async () => {
    site.set(OLDER, { kind: 'fail', times: 99, status: 404 });
    const refused = await sync();
    expect(refused.report.failed).toContainEqual({ url: site.origin + OLDER, error: 'HTTP 404' });
    expect(refused.report.pending).toEqual([expect.objectContaining({ url: site.origin + OLDER, failedRuns: 1 })]);
    expect(state().pending[OLDER]?.refused).toBe(true);
    // A second run at once (a newsroom syncing again at deadline, before the page is posted): still asked for.
    const soon = await sync();
    expect(soon.report).toMatchObject({ retried: [site.origin + OLDER], gaveUp: [] });
    expect(soon.report.pending).toEqual([expect.objectContaining({ url: site.origin + OLDER, failedRuns: REFUSED_RUNS })]);
    // As if it had first failed a day ago: given up.
    asIfFirstFailedDaysAgo(join(root(), 'data'), REFUSED_DAYS);
    const later = await sync();
    expect(later.report).toMatchObject({ retried: [site.origin + OLDER], pending: [], gaveUp: [{ url: site.origin + OLDER, failedRuns: REFUSED_RUNS + 1 }] });
    await sync();
    expect(site.hits.get(OLDER)).toBe(REFUSED_RUNS + 1); // a 404 is not retried within a run, nor once given up
  });

  it('a run whose only new page is dropped says the index did not change, and leaves no empty manifest or folder behind', async () => {
    const before = await sync({ maxPages: 1 });
    // On the second listing page: a real page of the Ministry's site that is no transcript, and the old-scheme URL.
    site.set(OLDER, { kind: 'body', body: readFileSync('test/fixtures/listing-page.shtml', 'utf8') });
    const dropped = await sync();
    expect(dropped.report).toMatchObject({ new: 2, fetched: 0, reindexed: false });
    expect(dropped.report.failed.map((f) => f.url)).toEqual([site.origin + OLD_SCHEME, site.origin + OLDER]);
    expect(dropped.report.indexed).toEqual(before.report.indexed);
    expect(existsSync(join(root(), 'data', LXJZH, '202607'))).toBe(false);
    expect(existsSync(join(root(), 'data', 'mfa_eng'))).toBe(false);
    expect(readdirSync(join(root(), 'data', LXJZH))).toEqual(['202608']);
  });
});
