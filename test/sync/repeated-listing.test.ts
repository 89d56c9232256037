import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSearch } from '../../src/search/open.js';
import { reportLines } from '../../src/sync/report-lines.js';
import { readSyncState } from '../../src/sync/state.js';
import { SITE_PAGES, syncHarness } from './fake-site.js';

/**
 * A listing page that repeats items the walk has read on an earlier page (a CDN serving page 0 for
 * page 1, or new posts shifting the listing between two reads) is no sign that the rest is known
 * (hunt-O #4).
 */

const LXJZH = '/eng/xw/fyrbt/lxjzh/';
const TEMPLATE = readFileSync(join(SITE_PAGES, LXJZH, 'index.html'), 'utf8');
const REAL_PAGE_1 = readFileSync(join(SITE_PAGES, LXJZH, 'index_1.html'), 'utf8');
/** The real listing page with its page count, and its items when given, replaced. */
const listingPage = (html: string, page: number, count: number, items?: { href: string; title: string; date: string }[]): string => {
  const counted = html.replace(/var countPage = \d+; var currentPage = \d+;/, `var countPage = ${count}; var currentPage = ${page};`);
  if (items === undefined) return counted;
  const lines = items.map(({ href, title, date }) => `<li><a href="${href}" target="_blank">${title}</a><span>${date}</span></li>`);
  return counted.replace(/<ul class="news_list">[\s\S]*?<\/ul>/, ['<ul class="news_list">', ...lines, '</ul>'].join('\n'));
};

/** Real briefings (from seeds/mfa-en), posted under new URLs on the listing's later pages. */
const JULY_2018 = { path: `${LXJZH}202607/t20260711_12000001.html`, file: 'seeds/mfa-en/t1576325.shtml', date: '2018-07-11', title: 'Foreign Ministry Spokesperson Hua Chunying’s Regular Press Conference on July 11, 2018' };
const MAY_2019 = { path: `${LXJZH}202607/t20260710_12000002.html`, file: 'seeds/mfa-en/t1665346.shtml', date: '2019-05-21', title: 'Foreign Ministry Spokesperson Lu Kang’s Regular Press Conference on May 21, 2019' };
const APRIL_2020 = { path: `${LXJZH}202606/t20260601_12000003.html`, file: 'seeds/mfa-en/t1770948.shtml', date: '2020-04-17', title: 'Foreign Ministry Spokesperson Zhao Lijian’s Regular Press Conference on April 17, 2020' };
const item = (b: typeof JULY_2018, listed: string) => ({ href: `.${b.path.slice(LXJZH.length - 1)}`, title: b.title, date: listed });

/** Three listing pages: the real first one (August 17 and 10), two briefings, then one more and the real second page's old-scheme link. */
const PAGE_0 = listingPage(TEMPLATE, 0, 3);
const PAGE_1 = listingPage(TEMPLATE, 1, 3, [item(JULY_2018, '2026-07-11'), item(MAY_2019, '2026-07-10')]);
const OLD_SCHEME = '/mfa_eng/xwfw_665399/s2510_665401/2511_665403/202102/t20210226_9170740.html';
const PAGE_2 = listingPage(TEMPLATE, 2, 3, [
  item(APRIL_2020, '2026-06-01'),
  { href: OLD_SCHEME, title: 'Foreign Ministry Spokesperson Wang Wenbin’s Regular Press Conference on February 26, 2021', date: '2021-02-26' },
]);

const { site, root, sync } = syncHarness('spox-sync-repeated-', (s) => {
  s.set(`${LXJZH}index.html`, { kind: 'body', body: PAGE_0 });
  s.set(`${LXJZH}index_1.html`, { kind: 'body', body: PAGE_1 });
  s.set(`${LXJZH}index_2.html`, { kind: 'body', body: PAGE_2 });
  for (const b of [JULY_2018, MAY_2019, APRIL_2020]) s.set(b.path, { kind: 'body', body: readFileSync(b.file, 'utf8') });
});
const briefing = async (date: string) => (await openSearch(join(root(), 'index'), { embedder: null })).briefing(date);

describe('a listing page that repeats items read earlier in the same walk', () => {
  it('does not end the walk: it reads on, says the listing is not all read, and the next run syncs the page the site did not serve', async () => {
    expect(REAL_PAGE_1).toContain(OLD_SCHEME);
    const listing = `${site.origin}${LXJZH}index.html`;
    const repeatedPage = `${site.origin}${LXJZH}index_1.html`;
    // The site answers its second listing page with its first.
    site.set(`${LXJZH}index_1.html`, { kind: 'body', body: PAGE_0 });
    const first = await sync();
    const reason = `listing page ${repeatedPage} repeated items read on an earlier page`;
    expect(first.report.unread).toEqual([{ listing, reason, pagesNotRead: 1 }]);
    expect(reportLines(first.report)).toContain(`not read: ${listing}: ${reason}; the next run reads it`);
    // Read on to the third page, as the page count says there is one: its briefing is synced by this run.
    expect(site.hits.get(`${LXJZH}index_2.html`)).toBe(1);
    expect(first.report).toMatchObject({ new: 5, fetched: 4 }); // the maintenance redirect fails
    expect((await briefing(APRIL_2020.date))?.summary.url).toBe(site.origin + APRIL_2020.path);
    // Marked where the walk read to: the last item of the last page it truly read, which the next run reads down to.
    expect(readSyncState(join(root(), 'data')).unfinished[LXJZH]?.readTo).toBe(site.origin + OLD_SCHEME);

    // The site serves its second page again: the next run reads down to it, though its first page is all known.
    site.set(`${LXJZH}index_1.html`, { kind: 'body', body: PAGE_1 });
    const second = await sync();
    expect(second.report).toMatchObject({ new: 2, fetched: 2, failed: [], unread: [] });
    expect((await briefing(JULY_2018.date))?.summary.url).toBe(site.origin + JULY_2018.path);
    expect((await briefing(MAY_2019.date))?.summary.url).toBe(site.origin + MAY_2019.path);
    expect(readSyncState(join(root(), 'data')).unfinished).toEqual({});

    // Then a routine run stops at the first page again.
    const hits = site.hits.get(`${LXJZH}index_1.html`);
    const third = await sync();
    expect(third.report).toMatchObject({ new: 0, fetched: 0, unread: [] });
    expect(site.hits.get(`${LXJZH}index_1.html`)).toBe(hits);
  });

  it('reads on past a page shifted by new posts between two reads, and syncs the older briefings in the same run', async () => {
    // Two briefings posted after the first page was read push it onto the second, and the listing grows a page.
    site.set(`${LXJZH}index_1.html`, { kind: 'body', body: listingPage(PAGE_0, 1, 4) });
    site.set(`${LXJZH}index_2.html`, { kind: 'body', body: listingPage(PAGE_1, 2, 4) });
    site.set(`${LXJZH}index_3.html`, { kind: 'body', body: listingPage(PAGE_2, 3, 4) });
    const { report } = await sync();
    expect(report.new).toBe(7); // those of the three pages, and the statement
    for (const b of [JULY_2018, MAY_2019, APRIL_2020]) expect((await briefing(b.date))?.summary.url).toBe(site.origin + b.path);
    expect(report.unread).toEqual([{ listing: `${site.origin}${LXJZH}index.html`, reason: `listing page ${site.origin}${LXJZH}index_1.html repeated items read on an earlier page`, pagesNotRead: 1 }]);
  });

  it('stops short, and says so, when the site serves its first page for every page number, however many the page count says', async () => {
    site.set(`${LXJZH}index.html`, { kind: 'body', body: listingPage(TEMPLATE, 0, 50) });
    for (const n of [1, 2, 3, 4]) site.set(`${LXJZH}index_${n}.html`, { kind: 'body', body: listingPage(TEMPLATE, 0, 50) });
    const { report } = await sync();
    // Two repeated pages in a row, then no more: the 47 after them are left to the next run, with the two.
    expect(site.count(/^\/eng\/xw\/fyrbt\/lxjzh\/index/)).toBe(3);
    expect(report.unread).toEqual([{ listing: `${site.origin}${LXJZH}index.html`, reason: `listing page ${site.origin}${LXJZH}index_1.html repeated items read on an earlier page`, pagesNotRead: 49 }]);
    expect(report).toMatchObject({ new: 3, fetched: 3 });
  });
});
