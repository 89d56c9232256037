import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSearch } from '../../src/search/open.js';
import type { FetchedPage } from '../../src/sync/fetcher.js';
import { checkPage } from '../../src/sync/page-check.js';
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
/** The same page in the site's template with only a placeholder where the transcript goes. */
const placeholderPage = (paragraphs: string): string =>
  SERVED.replace(/(<div class="view_dedault[^>]*>)[\s\S]*?(<\/div>\s*<div style="clear:both;">)/, `$1\n${paragraphs}\n$2`);

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

  it('refuses a page whose text is only a placeholder as no transcript yet, asks again, and keeps a kept copy when a recheck gets one (#6)', async () => {
    const placeholder = placeholderPage('<p>This content is being updated. Please check back later.</p>');
    site.set(CONFERENCE, { kind: 'body', body: placeholder });
    const first = await sync({ recheckDays: 2 });
    const url = site.origin + CONFERENCE;
    const error = 'not a transcript yet: the page holds only a placeholder ("This content is being updated. Please check back later.")';
    expect(first.report.failed).toEqual([
      { url: site.origin + OLD_SCHEME, error: expect.stringContaining('system maintenance') },
      { url, error },
    ]);
    expect(reportLines(first.report)).toContain(`failed: ${url}: ${error}; the next run asks again (it has failed on 1 run)`);
    expect(first.report.pending).toEqual([expect.objectContaining({ url, failedRuns: 1 })]);
    expect(existsSync(join(root(), 'data', CONFERENCE))).toBe(false);
    expect(logs.filter((l) => l.startsWith('kept ') && l.includes('t20260817_12005503'))).toEqual([]);
    expect(await briefing('2026-08-17')).toBeUndefined();

    // The transcript is posted: asked again, kept and indexed.
    site.reset();
    const second = await sync({ recheckDays: 2 });
    expect(second.report).toMatchObject({ retried: [url], fetched: 1, failed: [], pending: [] });
    const answers = (await briefing('2026-08-17'))!.records.map((r) => r.answer).join('\n');
    expect(answers).toContain('We express deep condolences');

    // A recheck that gets the placeholder fails: the kept transcript stays, and stays indexed.
    site.set(CONFERENCE, { kind: 'body', body: placeholder });
    const third = await sync({ recheckDays: 2 });
    expect(third.report).toMatchObject({ rechecked: [url], revised: [], failed: [{ url, error }], reindexed: false });
    expect(readFileSync(join(root(), 'data', CONFERENCE), 'utf8')).toBe(SERVED);
    expect((await briefing('2026-08-17'))!.records.map((r) => r.answer).join('\n')).toBe(answers);
  });

  it('tells a placeholder from a transcript that mentions an update (#6)', () => {
    const page = (body: string): FetchedPage => ({
      url: site.origin + CONFERENCE, finalUrl: site.origin + CONFERENCE, status: 200, body: Buffer.from(body), validators: { etag: null, lastModified: null },
    });
    const placeholders = [
      '<p>This content is being updated. Please check back later.</p>',
      '<p>Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on August 17, 2026</p><p>The transcript will be posted soon. Please check back later.</p>',
      '<p>Coming soon.</p>',
      '<p>内容更新中，敬请期待。</p>',
    ];
    for (const paragraphs of placeholders) {
      const verdict = checkPage(page(placeholderPage(paragraphs)));
      expect(verdict, paragraphs).toMatchObject({ ok: false, moved: false, reason: expect.stringMatching(/^not a transcript yet: the page holds only a placeholder/) });
    }
    for (const paragraphs of ['<p>Lin Jian: The content is being updated, and we will release it. Please check back later.</p>', '<p>Coming soon: the Summit.</p>']) {
      expect(checkPage(page(placeholderPage(paragraphs))).ok, paragraphs).toBe(true);
    }
    expect(checkPage(page(SERVED)).ok).toBe(true);
  });
});
