import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSearch } from '../../src/search/open.js';
import { buildIndex } from '../../src/store/build.js';
import { currentGeneration } from '../../src/store/layout.js';
import { readRecordStore } from '../../src/store/records-file.js';
import { DataFolder } from '../../src/sync/data-folder.js';
import { readSyncState } from '../../src/sync/state.js';
import { reportCounts } from '../../src/sync/report-counts.js';
import { reportLines } from '../../src/sync/report-lines.js';
import { FakeSite, listingWithExtraItem, syncHarness } from './fake-site.js';
import { SHARED_CORPUS } from '../shared-corpus.js';

const LXJZH = '/eng/xw/fyrbt/lxjzh/';
const CONFERENCE = `${LXJZH}202608/t20260817_12005503.html`;
const REMARKS = `${LXJZH}202608/t20260810_12001539.html`;
const STATEMENT = '/eng/xw/fyrbt/fyrbt/202607/t20260718_11985618.html';
const OLD_SCHEME = '/mfa_eng/xwfw_665399/s2510_665401/2511_665403/202102/t20210226_9170740.html';
const MISSING = `${LXJZH}202608/t20260816_12004444.html`;
/** New-scheme transcript pages (not listings). */
const TRANSCRIPT_PAGES = /^\/eng\/xw\/fyrbt\/\w+\/\d{6}\/t\d+_\d+\.html$/;

const { site, logs, root, sync } = syncHarness('spox-sync-');

describe('runSync against the 2026 site on loopback', () => {
  it('keeps and indexes every transcript; a 503 that recovers is indexed; a missing page and the maintenance redirect are reported', async () => {
    site.set(REMARKS, { kind: 'fail', times: 1 });
    site.set(`${LXJZH}index.html`, {
      kind: 'body',
      body: listingWithExtraItem('eng/xw/fyrbt/lxjzh/index.html', './202608/t20260816_12004444.html', 'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on August 16, 2026', '2026-08-16'),
    });
    const { report, siteUnreadable } = await sync();

    expect(siteUnreadable).toBe(false);
    expect(report.reindexed).toBe(true);
    expect(report.site).toBe(site.origin);
    expect(report.listed).toBe(5);
    expect(report.new).toBe(5);
    expect(report.fetched).toBe(3);
    expect(report.failed).toEqual([
      { url: site.origin + OLD_SCHEME, error: `not a transcript: the site's "system maintenance" page (redirected to ${site.origin}/web/system/index_17321.shtml)` },
      { url: site.origin + MISSING, error: 'HTTP 404' },
    ]);
    expect(site.hits.get(REMARKS)).toBe(2);
    // The first listing page was all new, so the second was asked for while it was read: once, and used.
    expect(site.hits.get(`${LXJZH}index_1.html`)).toBe(1);
    expect(site.hits.get(`${LXJZH}index_2.html`)).toBeUndefined(); // past the page count

    // Kept as served, at paths mirroring the URLs, each with its manifest row.
    const served = readFileSync(`${SHARED_CORPUS}/site-2026/pages${CONFERENCE}`);
    expect(readFileSync(join(root(), 'data', CONFERENCE))).toEqual(served);
    const manifest = readFileSync(join(root(), 'data', LXJZH, '202608/MANIFEST.tsv'), 'utf8').trim().split('\n');
    expect(manifest[0]).toBe('file\turl\tfetched_at\ttitle');
    expect(manifest.slice(1).map((row) => row.split('\t')[0])).toEqual(['t20260810_12001539.html', 't20260817_12005503.html']);
    expect(manifest[2]!.split('\t')[1]).toBe(site.origin + CONFERENCE);
    expect(manifest[2]!.split('\t')[3]).toBe('Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on August 17, 2026');

    const search = await openSearch(join(root(), 'index'), { embedder: null });
    expect(report.indexed).toEqual({ transcripts: 3, records: search.info().exchanges + search.info().statements });
    const conference = search.briefing('2026-08-17')!;
    expect(conference.summary.spokesperson).toBe('Lin Jian');
    expect(conference.summary.url).toBe(site.origin + CONFERENCE);
    expect(conference.records.length).toBeGreaterThan(5);
    expect(search.briefing('2026-08-10')?.summary.spokesperson).toBe('Guo Jiakun');
    expect(search.briefing('2026-07-18')?.summary.url).toBe(site.origin + STATEMENT);
    expect(search.briefing('2021-02-26')).toBeUndefined();

    // The pages parsed as they arrived are indexed exactly as a run reading the data folder indexes them.
    await buildIndex({ sources: [join(root(), 'data')], indexDir: join(root(), 'rebuilt'), embedder: null });
    const records = (index: string) => readRecordStore(currentGeneration(join(root(), index))!).records;
    expect(records('index')).toEqual(records('rebuilt'));
  });

  it('downloads no transcript again on a second sync of the unchanged site, and leaves the index as it was', async () => {
    const first = await sync();
    expect(first.report.fetched).toBe(3);
    const firstIndex = readFileSync(join(root(), 'index', 'CURRENT'), 'utf8');
    site.reset();

    const second = await sync();
    expect(first.report.moved).toEqual([site.origin + OLD_SCHEME]);
    expect(second.report).toEqual({ ...first.report, listed: 3, new: 0, fetched: 0, failed: [], moved: [], reindexed: false }); // index_1 is not read again
    expect(site.count(TRANSCRIPT_PAGES)).toBe(0);
    expect(site.count(/^\/mfa_eng\//)).toBe(0); // the moved page is remembered, not asked again
    expect(site.hits.get(`${LXJZH}index_1.html`)).toBeUndefined(); // the first page held nothing new
    expect(readFileSync(join(root(), 'index', 'CURRENT'), 'utf8')).toBe(firstIndex);
    expect(readSyncState(join(root(), 'data')).lastSync).toMatchObject({ site: site.origin, fetched: 0 });
  });

  it('reports a page that times out on every attempt, indexes the rest, and indexes it once it answers', async () => {
    site.set(STATEMENT, { kind: 'hang' });
    const first = await sync({ fetcher: { minIntervalMs: 0, retries: 1, retryDelayMs: 5, timeoutMs: 200 } });
    expect(first.report.failed).toContainEqual({ url: site.origin + STATEMENT, error: 'timed out after 0.2 s (after 2 attempts)' });
    expect(first.report.indexed.transcripts).toBe(2);
    expect(existsSync(join(root(), 'data', STATEMENT))).toBe(false);

    site.reset();
    const second = await sync();
    // Remembered as pending, it is asked for again, not counted as new.
    expect(second.report).toMatchObject({ new: 0, retried: [site.origin + STATEMENT], fetched: 1, failed: [], pending: [] });
    expect(site.count(TRANSCRIPT_PAGES)).toBe(1);
    expect(second.report.indexed.transcripts).toBe(3);
    const search = await openSearch(join(root(), 'index'), { embedder: null });
    expect(search.briefing('2026-07-18')?.records.length).toBeGreaterThan(0);
  });

  it('stops paging at --since and at --max-pages', async () => {
    const since = await sync({ since: '2026-08-11' });
    expect(since.report).toMatchObject({ new: 1, fetched: 1 });
    expect(site.hits.get(`${LXJZH}index_1.html`)).toBeUndefined();
    expect(site.hits.get(REMARKS)).toBeUndefined();

    site.reset();
    const bounded = await sync({ maxPages: 1 });
    expect(bounded.report).toMatchObject({ new: 2, fetched: 2 }); // the remarks and the statement
    expect(site.hits.get(`${LXJZH}index_1.html`)).toBeUndefined();
  });

  it('drops a kept page the indexer cannot read as a transcript, reports it, and asks for it again next run', async () => {
    const notTranscript = `${LXJZH}202608/t20260816_12004444.html`;
    site.set(`${LXJZH}index.html`, {
      kind: 'body',
      body: listingWithExtraItem('eng/xw/fyrbt/lxjzh/index.html', './202608/t20260816_12004444.html', 'Regular Press Conferences', '2026-08-16'),
    });
    // A real page of the Ministry's site that is no transcript: a listing of the old site.
    site.set(notTranscript, { kind: 'body', body: readFileSync('test/fixtures/listing-page.shtml', 'utf8') });
    const first = await sync();
    const dropped = first.report.failed.find((f) => f.url === site.origin + notTranscript);
    // Said once: the parser's "not a Ministry transcript page" is not repeated after it.
    expect(dropped?.error).toMatch(/^not a transcript: it is a listing page \(\d+ links? to transcripts\)$/);
    expect(first.report).toMatchObject({ fetched: 3, indexed: { transcripts: 3 } });
    expect(existsSync(join(root(), 'data', notTranscript))).toBe(false);
    expect(readFileSync(join(root(), 'data', LXJZH, '202608/MANIFEST.tsv'), 'utf8')).not.toContain('t20260816_12004444');

    const hits = site.hits.get(notTranscript);
    const second = await sync();
    expect(site.hits.get(notTranscript)).toBe(hits! + 1);
    expect(second.report.failed.map((f) => f.url)).toEqual([site.origin + notTranscript]);
  });

  it('says kept only of what it keeps: a truncated page is refused before it is kept, on this run and the next (explore39 M3)', async () => {
    const truncated = `${LXJZH}202608/t20260820_12009999.html`;
    site.set(`${LXJZH}index.html`, {
      kind: 'body',
      body: listingWithExtraItem('eng/xw/fyrbt/lxjzh/index.html', './202608/t20260820_12009999.html', 'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on August 20, 2026', '2026-08-20'),
    });
    // The real August 17 page cut off halfway, as a dropped connection leaves it.
    const whole = readFileSync(`${SHARED_CORPUS}/site-2026/pages${CONFERENCE}`, 'utf8');
    site.set(truncated, { kind: 'body', body: whole.slice(0, Math.floor(whole.length / 2)) });
    for (const run of [1, 2]) {
      logs.length = 0;
      const { report } = await sync();
      const failure = report.failed.find((f) => f.url === site.origin + truncated);
      expect(failure?.error, `run ${run}`).toMatch(/^not a transcript: truncated HTML/);
      expect(logs.filter((l) => l.includes('t20260820_12009999')), `run ${run}`).toEqual([]);
      expect(existsSync(join(root(), 'data', truncated)), `run ${run}`).toBe(false);
      expect(report.pending.map((p) => p.url), `run ${run}`).toContain(site.origin + truncated);
      // Every page said to be kept is in the data folder.
      const keptLines = logs.filter((l) => l.startsWith('kept '));
      for (const line of keptLines) expect(existsSync(line.slice('kept '.length)), line).toBe(true);
      expect(keptLines).toHaveLength(report.fetched);
    }
  });

  it('does not follow a redirect off the site: the page fails, naming both URLs, is not kept, and is asked once', async () => {
    const listed = '/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1576325.shtml';
    const other = new FakeSite();
    await other.startOn('127.0.0.2');
    try {
      const elsewhere = `${other.origin}/elsewhere/t1576325.shtml`;
      // A real transcript, so that following the redirect would keep it under the listed URL.
      other.set('/elsewhere/t1576325.shtml', { kind: 'body', body: readFileSync('seeds/mfa-en/t1576325.shtml', 'utf8') });
      site.set(`${LXJZH}index.html`, {
        kind: 'body',
        body: listingWithExtraItem('eng/xw/fyrbt/lxjzh/index.html', listed, 'Foreign Ministry Spokesperson Hua Chunying’s Regular Press Conference on July 11, 2018', '2018-07-11'),
      });
      site.set(listed, { kind: 'redirect', status: 302, location: elsewhere });
      const { report } = await sync();

      const failure = report.failed.find((f) => f.url === site.origin + listed);
      expect(failure?.error).toBe(`redirected to ${elsewhere}, off the site read (${new URL(site.origin).host}): not followed`);
      expect(other.hits.size).toBe(0);
      expect(site.hits.get(listed)).toBe(1);
      expect(report.fetched).toBe(3);
      expect(existsSync(join(root(), 'data', listed))).toBe(false);
      // Said once, in the report, with what becomes of it: refused outright, it is asked once more by the next run.
      expect(logs.filter((l) => l.includes(listed))).toEqual([]);
      expect(reportLines(report)).toContain(`failed: ${site.origin + listed}: ${failure!.error}; the next run asks again (it has failed on 1 run)`);
      expect(report.pending).toEqual([expect.objectContaining({ url: site.origin + listed, failedRuns: 1 })]);
      const search = await openSearch(join(root(), 'index'), { embedder: null });
      expect(search.briefing('2018-07-11')).toBeUndefined();
    } finally {
      await other.stop();
    }
  });

  it('with no index yet and nothing new on the site, builds the index from its other sources', async () => {
    // The 2026 pages are bundled (seeds/site-2026): known, so not new; the index is built from them.
    const { report } = await sync({ sources: ['seeds/site-2026'] });
    expect(report).toMatchObject({ new: 0, fetched: 0, failed: [], reindexed: true });
    expect(report.indexed.transcripts).toBe(3);
    expect(site.count(TRANSCRIPT_PAGES)).toBe(0);
    const search = await openSearch(join(root(), 'index'), { embedder: null });
    expect(search.latestBriefing()?.summary.date).toBe('2026-08-17');
    // A second run with the index in place builds nothing.
    expect((await sync({ sources: ['seeds/site-2026'] })).report.reindexed).toBe(false);
  });

  it('counts a new page that is a copy of a bundled one as a copy, not as fetched, so the counts add up', async () => {
    // The site lists the bundled August 17 briefing again, under another URL, listed the next day under
    // a title of its own that names its date (a re-post: the listing and the page agree on the briefing).
    const repost = `${LXJZH}202608/t20260817_12009999.html`;
    site.set(`${LXJZH}index.html`, {
      kind: 'body',
      body: listingWithExtraItem('eng/xw/fyrbt/lxjzh/index.html', './202608/t20260817_12009999.html', 'Regular Press Conference on August 17, 2026', '2026-08-18'),
    });
    site.set(repost, { kind: 'body', body: readFileSync('seeds/site-2026/t20260817_12005503.html', 'utf8') });
    const { report } = await sync({ sources: ['seeds/site-2026'] });
    // The other new item is the old-scheme one the site redirects to its maintenance page.
    expect(report).toMatchObject({ listed: 5, new: 2, fetched: 0, copies: 1, indexed: { transcripts: 3 } });
    expect(report.failed).toHaveLength(1);
    expect(logs.some((l) => l.includes('is a copy of seeds/site-2026/t20260817_12005503.html'))).toBe(true);
    // Said to be kept as it arrived, then said to be dropped once the index run found it a copy.
    expect(logs.filter((l) => l.includes('t20260817_12009999'))).toEqual([
      `kept ${join(root(), 'data', repost)}`,
      expect.stringContaining('is a copy of seeds/site-2026/t20260817_12005503.html'),
      `not kept: ${join(root(), 'data', repost)}: a copy of a page already indexed; its URL is remembered, not downloaded again`,
    ]);
    expect(reportCounts(report)).toBe('5 listed, 2 new, 0 fetched, 1 copy of a page already indexed, 1 failed');
    expect(readSyncState(join(root(), 'data')).lastSync).toMatchObject({ fetched: 0 });
    // Not kept (the data folder holds what the index holds), but its URL is remembered.
    expect(existsSync(join(root(), 'data', repost))).toBe(false);
    // Its folder held nothing else: no manifest of no row is left behind.
    expect(existsSync(join(root(), 'data', LXJZH, '202608'))).toBe(false);
    expect(readSyncState(join(root(), 'data')).copies[repost]).toMatchObject({ url: site.origin + repost });
    // Remembered, it is not downloaded or counted again.
    const again = await sync({ sources: ['seeds/site-2026'] });
    expect(again.report).toMatchObject({ new: 0, fetched: 0, copies: 0 });
    expect(site.hits.get(repost)).toBe(1);
  });

  it('does not take a new page the site redirects to another briefing for a copy: it fails, and is asked again (explore32c W4)', async () => {
    const september = `${LXJZH}202609/t20260908_12007008.html`;
    site.set(`${LXJZH}index.html`, {
      kind: 'body',
      body: listingWithExtraItem('eng/xw/fyrbt/lxjzh/index.html', './202609/t20260908_12007008.html', 'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on September 8, 2026', '2026-09-08'),
    });
    site.set(september, { kind: 'redirect', status: 302, location: CONFERENCE });
    const { report } = await sync({ sources: ['seeds/site-2026'] });
    expect(report.failed).toContainEqual({
      url: site.origin + september,
      error: `the site redirected it to ${site.origin}${CONFERENCE}, the transcript of 2026-08-17, not of 2026-09-08 as the listing says`,
    });
    expect(report.copies).toBe(0);
    const state = readSyncState(join(root(), 'data'));
    expect(state.copies[september]).toBeUndefined();
    expect(state.pending[september]).toMatchObject({ url: site.origin + september });
    expect(existsSync(join(root(), 'data', september))).toBe(false);
    // Asked again by the next run.
    await sync({ sources: ['seeds/site-2026'] });
    expect(site.hits.get(september)).toBe(2);
  });

  it('after a copy, syncs with nothing new do not rebuild the index; a genuinely new page after it is indexed', async () => {
    const sources = ['seeds/site-2026'];
    const generation = (): string => readFileSync(join(root(), 'index', 'CURRENT'), 'utf8');
    const before = await sync({ sources });
    expect(before.report).toMatchObject({ new: 0, fetched: 0, copies: 0, indexed: { transcripts: 3 } });

    // The site re-posts the bundled August 17 briefing under a new URL (its listing title names its date).
    const repost = `${LXJZH}202608/t20260817_12009999.html`;
    const withRepost = listingWithExtraItem('eng/xw/fyrbt/lxjzh/index.html', './202608/t20260817_12009999.html', 'Regular Press Conference on August 17, 2026', '2026-08-18');
    site.set(`${LXJZH}index.html`, { kind: 'body', body: withRepost });
    site.set(repost, { kind: 'body', body: readFileSync('seeds/site-2026/t20260817_12005503.html', 'utf8') });
    const found = await sync({ sources });
    // The other new item is the old-scheme one, on the second listing page, which the site redirects to its maintenance page.
    expect(found.report).toMatchObject({ new: 2, fetched: 0, copies: 1, indexed: before.report.indexed });
    expect(found.report.failed.map((f) => f.error)).toEqual([expect.stringContaining('system maintenance')]);
    const afterCopy = generation();

    for (const run of [2, 3]) {
      const quiet = await sync({ sources });
      expect(quiet.report, `sync ${run} after the copy`).toMatchObject({ new: 0, fetched: 0, copies: 0, failed: [], indexed: before.report.indexed, reindexed: false });
      expect(generation(), `sync ${run} after the copy`).toBe(afterCopy);
    }
    expect(site.hits.get(repost)).toBe(1); // asked once, on the sync that found it
    expect(existsSync(join(root(), 'data', repost))).toBe(false);

    // A briefing the site publishes afterwards (a real one, from seeds/mfa-en) is still new, and indexed.
    const published = `${LXJZH}202608/t20260819_12009998.html`;
    const title = 'Foreign Ministry Spokesperson Hua Chunying’s Regular Press Conference on July 11, 2018';
    site.set(`${LXJZH}index.html`, {
      kind: 'body',
      body: withRepost.replace('<ul class="news_list">', `<ul class="news_list">\n<li><a href="./202608/t20260819_12009998.html" target="_blank">${title}</a><span>2026-08-19</span></li>`),
    });
    site.set(published, { kind: 'body', body: readFileSync('seeds/mfa-en/t1576325.shtml', 'utf8') });
    const next = await sync({ sources });
    expect(next.report).toMatchObject({ new: 1, fetched: 1, copies: 0, failed: [], indexed: { transcripts: 4 }, reindexed: true });
    expect(site.hits.get(repost)).toBe(1);
    const search = await openSearch(join(root(), 'index'), { embedder: null });
    expect(search.briefing('2018-07-11')?.summary.url).toBe(site.origin + published);
    // Nothing indexed before is lost: the bundled briefing the copy repeated is still there, under its own URL.
    expect(search.briefing('2026-08-17')?.summary.url).toBe('https://www.mfa.gov.cn' + CONFERENCE);
    expect(search.coverage().briefings).toBe(4);
  });

  it('leaves a copy an earlier run kept in place (a data folder copied elsewhere holds copies), remembering its URL, and then rebuilds nothing', async () => {
    const sources = ['seeds/site-2026'];
    const repost = `${LXJZH}202608/t20260817_12009999.html`;
    await sync({ sources });
    // The copy as an earlier sync kept it: file and manifest row in the data folder, nothing in the state.
    new DataFolder(join(root(), 'data')).keep(site.origin + repost, readFileSync('seeds/site-2026/t20260817_12005503.html'), 'Regular Press Conference (re-posted)');
    expect(readSyncState(join(root(), 'data')).copies).toEqual({});
    site.set(`${LXJZH}index.html`, {
      kind: 'body',
      body: listingWithExtraItem('eng/xw/fyrbt/lxjzh/index.html', './202608/t20260817_12009999.html', 'Regular Press Conference (re-posted)', '2026-08-18'),
    });

    const upgraded = await sync({ sources });
    // The index is built again (a kept page was missing from it) and holds what it held: not reindexed.
    expect(upgraded.report).toMatchObject({ new: 0, fetched: 0, copies: 0, failed: [], indexed: { transcripts: 3 }, reindexed: false });
    expect(logs).toContain(`left in place: ${join(root(), 'data', repost)}: a copy of a page indexed from another source, kept by an earlier run; not indexed while that source is`);
    expect(existsSync(join(root(), 'data', repost))).toBe(true);
    expect(readSyncState(join(root(), 'data')).copies[repost]?.url).toBe(site.origin + repost);
    const generation = readFileSync(join(root(), 'index', 'CURRENT'), 'utf8');
    const next = await sync({ sources });
    expect(next.report).toMatchObject({ new: 0, fetched: 0, copies: 0, reindexed: false });
    expect(readFileSync(join(root(), 'index', 'CURRENT'), 'utf8')).toBe(generation);
    expect(site.hits.get(repost)).toBeUndefined();
  });

  it('when the only new page is no transcript, reports that page alone (not the data folder it leaves empty)', async () => {
    const notTranscript = `${LXJZH}202608/t20260816_12004444.html`;
    site.set(`${LXJZH}index.html`, {
      kind: 'body',
      body: listingWithExtraItem('eng/xw/fyrbt/lxjzh/index.html', './202608/t20260816_12004444.html', 'Regular Press Conferences', '2026-08-16'),
    });
    site.set(notTranscript, { kind: 'body', body: readFileSync('test/fixtures/listing-page.shtml', 'utf8') });
    const { report } = await sync({ sources: ['seeds/site-2026'] });
    expect(report).toMatchObject({ fetched: 0, indexed: { transcripts: 3 } });
    expect(report.failed.map((f) => f.url)).toContain(site.origin + notTranscript);
    expect(logs.filter((l) => l.startsWith('error: '))).toEqual([]);
  });

  it('reports a first listing page whose layout it cannot read (links it cannot follow), not "0 new" (explore32c W3)', async () => {
    const listing = readFileSync(`${SHARED_CORPUS}/site-2026/pages${LXJZH}index.html`, 'utf8');
    // A redesign: the links are scripts, the page count stays.
    const redesigned = listing.replace(/<a href="(\.\/\d{6}\/t[^"]+)"/g, '<a href="javascript:void(0)" data-href="$1"');
    expect(redesigned).not.toBe(listing);
    site.set(`${LXJZH}index.html`, { kind: 'body', body: redesigned });
    const { report, siteUnreadable } = await sync();
    expect(siteUnreadable).toBe(false); // the statements' listing was read
    expect(report.failed).toContainEqual({
      url: `${site.origin}${LXJZH}index.html`,
      error: "listing page: no transcript link could be read, though the page says the listing has 2 pages (has the site's layout changed, or do its links point to another host?)",
    });
    expect(report.unread.map((u) => u.listing)).toContain(`${site.origin}${LXJZH}index.html`);
  });

  it('says the site could not be read when no listing answers', async () => {
    for (const section of [LXJZH, '/eng/xw/fyrbt/fyrbt/']) site.set(`${section}index.html`, { kind: 'fail', times: 99 });
    const { report, siteUnreadable } = await sync();
    expect(siteUnreadable).toBe(true);
    expect(report.failed.map((f) => f.error)).toEqual(['listing page: HTTP 503 (after 3 attempts)', 'listing page: HTTP 503 (after 3 attempts)']);
    expect(readSyncState(join(root(), 'data')).lastSync).toBeNull();
  });
});
