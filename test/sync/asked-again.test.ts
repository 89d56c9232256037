import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSearch } from '../../src/search/open.js';
import { reportLines } from '../../src/sync/report-lines.js';
import { readSyncState, SYNC_STATE_FILE } from '../../src/sync/state.js';
import { listingWithExtraItem, listingWithExtraItems, MAINTENANCE_PATH, SITE_PAGES, syncHarness } from './fake-site.js';

const LXJZH = '/eng/xw/fyrbt/lxjzh/';
const CONFERENCE = `${LXJZH}202608/t20260817_12005503.html`;
const OLD_SCHEME = '/mfa_eng/xwfw_665399/s2510_665401/2511_665403/202102/t20210226_9170740.html';
/** A new briefing of today's scheme; the site serves a real briefing from seeds/mfa-en there once it has mended. */
const NEW = `${LXJZH}202608/t20260821_12005904.html`;
const NEW_TITLE = 'Foreign Ministry Spokesperson Hua Chunying’s Regular Press Conference on July 11, 2018';
const NEW_BODY = readFileSync('seeds/mfa-en/t1576325.shtml', 'utf8');
const LISTING_WITH_NEW = listingWithExtraItem('eng/xw/fyrbt/lxjzh/index.html', './202608/t20260821_12005904.html', NEW_TITLE, '2026-08-21');
/** The August 17 briefing as served (bundled in seeds/site-2026 too). */
const SERVED = readFileSync(join(SITE_PAGES, CONFERENCE), 'utf8');

const { site, logs, root, sync } = syncHarness('spox-asked-again-');
const state = () => readSyncState(join(root(), 'data'));
const briefing = async (date: string) => (await openSearch(join(root(), 'index'), { embedder: null })).briefing(date);

describe('what the site serves for a while is asked again, not remembered for good (hunt-O)', () => {
  it('asks again for a new page of today\'s scheme redirected to the maintenance page; an old-scheme URL redirected there has moved (#1)', async () => {
    site.set(`${LXJZH}index.html`, { kind: 'body', body: LISTING_WITH_NEW });
    site.set(NEW, { kind: 'redirect', status: 302, location: MAINTENANCE_PATH });
    const first = await sync();
    const url = site.origin + NEW;
    const error = `not a transcript: the site's "system maintenance" page (redirected to ${site.origin}${MAINTENANCE_PATH})`;
    expect(first.report.failed).toContainEqual({ url, error });
    expect(first.report.moved).toEqual([site.origin + OLD_SCHEME]);
    expect(first.report.pending).toEqual([{ url, error, failedRuns: 1, firstFailed: expect.any(String) }]);
    expect(reportLines(first.report)).toContain(`failed: ${url}: ${error}; the next run asks again (it has failed on 1 run)`);
    expect(Object.keys(state().moved)).toEqual([OLD_SCHEME]);
    expect(state().pending[NEW]).toMatchObject({ title: NEW_TITLE, section: LXJZH, refused: false });

    // The maintenance is over: the page is asked again and indexed; the moved URL is not asked again.
    site.set(NEW, { kind: 'body', body: NEW_BODY });
    const second = await sync();
    expect(second.report).toMatchObject({ new: 0, retried: [url], fetched: 1, failed: [], pending: [], moved: [] });
    expect((await briefing('2018-07-11'))?.summary.url).toBe(url);
    expect(site.hits.get(NEW)).toBe(2);
    expect(site.count(/^\/mfa_eng\//)).toBe(1);
  });

  it('asks again for a page of today\'s scheme that an earlier version remembered as moved (#1)', async () => {
    site.set(`${LXJZH}index.html`, { kind: 'body', body: LISTING_WITH_NEW });
    site.set(NEW, { kind: 'body', body: NEW_BODY });
    // The state as the earlier version left it after a maintenance window, the old-scheme URL beside it.
    const reason = `not a transcript: the site's "system maintenance" page (redirected to ${site.origin}${MAINTENANCE_PATH})`;
    const moved = () => ({ to: site.origin + MAINTENANCE_PATH, reason, at: '2026-08-21T06:00:00.000Z' });
    mkdirSync(join(root(), 'data'));
    writeFileSync(join(root(), 'data', SYNC_STATE_FILE), JSON.stringify({ moved: { [NEW]: moved(), [OLD_SCHEME]: moved() } }));

    const run = await sync();
    const url = site.origin + NEW;
    expect(logs).toContain(
      "sync: asking again for 1 page of today's URLs an earlier version remembered as moved (a redirect to the maintenance page is a site in maintenance, not a move)",
    );
    expect(run.report).toMatchObject({ retried: [url], pending: [], moved: [] });
    expect(run.report.failed).toEqual([]);
    expect(Object.keys(state().moved)).toEqual([OLD_SCHEME]);
    expect((await briefing('2018-07-11'))?.summary.url).toBe(url);
    expect(site.count(/^\/mfa_eng\//)).toBe(0); // still remembered as moved
  });

  it('asks again for a new page served as a copy of another briefing where its listing names a different one; a re-post stays a copy (#2)', async () => {
    const sources = ['seeds/site-2026'];
    // Two new items the site's CMS answers with the bundled August 17 page: one whose listing title
    // names another briefing, one (a statement, its title naming no date) listed on another day.
    // A third, a re-post, is listed on a later day under a title naming the briefing it serves.
    const REMARKS = '/eng/xw/fyrbt/fyrbt/202608/t20260824_12006005.html';
    const REPOST = `${LXJZH}202608/t20260825_12006106.html`;
    site.set(`${LXJZH}index.html`, {
      kind: 'body',
      body: listingWithExtraItems('eng/xw/fyrbt/lxjzh/index.html', [
        { href: './202608/t20260821_12005904.html', title: NEW_TITLE, date: '2026-08-21' },
        { href: './202608/t20260825_12006106.html', title: 'Regular Press Conference on August 17, 2026', date: '2026-08-25' },
      ]),
    });
    site.set('/eng/xw/fyrbt/fyrbt/index.html', {
      kind: 'body',
      body: listingWithExtraItems('eng/xw/fyrbt/fyrbt/index.html', [{ href: './202608/t20260824_12006005.html', title: 'Foreign Ministry Spokesperson’s Remarks', date: '2026-08-24' }]),
    });
    for (const path of [NEW, REMARKS, REPOST]) site.set(path, { kind: 'body', body: SERVED });
    const first = await sync({ sources });
    const url = site.origin + NEW;
    const error = 'the site served the transcript of 2026-08-17, a briefing already indexed, at this URL, not the one of 2018-07-11 the listing names';
    const remarksError = 'the site served the transcript of 2026-08-17, a briefing already indexed, at this URL, not the one of 2026-08-24 the listing names';
    expect(first.report).toMatchObject({ fetched: 0, copies: 1, indexed: { transcripts: 3 } });
    expect(first.report.failed).toContainEqual({ url, error });
    expect(first.report.failed).toContainEqual({ url: site.origin + REMARKS, error: remarksError });
    expect(reportLines(first.report)).toContain(`failed: ${url}: ${error}; the next run asks again (it has failed on 1 run)`);
    expect(logs).toContain(`not kept: ${join(root(), 'data', NEW)}: ${error}; asked for again by the next run`);
    expect(first.report.pending.map((p) => p.url).sort()).toEqual([site.origin + REMARKS, url].sort());
    expect(Object.keys(state().copies)).toEqual([REPOST]);
    expect(existsSync(join(root(), 'data', NEW))).toBe(false);

    // The site serves the briefing the listing names: asked again, kept and indexed.
    site.set(NEW, { kind: 'body', body: NEW_BODY });
    const second = await sync({ sources });
    expect(second.report).toMatchObject({ fetched: 1, copies: 0 });
    expect(second.report.retried.sort()).toEqual([site.origin + REMARKS, url].sort());
    expect(second.report.failed).toEqual([{ url: site.origin + REMARKS, error: remarksError }]);
    expect((await briefing('2018-07-11'))?.summary.url).toBe(url);
    // Nothing indexed before is lost: the August 17 briefing keeps its own URL.
    expect((await briefing('2026-08-17'))?.summary.url).toBe('https://www.mfa.gov.cn' + CONFERENCE);
    expect(site.hits.get(NEW)).toBe(2);
    expect(site.hits.get(REPOST)).toBe(1); // a copy, remembered
  });
});
