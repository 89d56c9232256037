import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listingPageUrl, readListing } from '../../src/sync/listing.js';
import { SITE_PAGES } from './fake-site.js';

const SECTION = 'https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/';

describe('readListing', () => {
  it('reads the items of the 2026 press-conference listing: URL resolved, title as linked, listed date, page count', () => {
    const html = readFileSync(`${SITE_PAGES}/eng/xw/fyrbt/lxjzh/index.html`, 'utf8');
    const listing = readListing(html, listingPageUrl(SECTION, 0));
    expect(listing.pageCount).toBe(2);
    expect(listing.items).toEqual([
      {
        url: 'https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html',
        title: 'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on August 17, 2026',
        listedDate: '2026-08-17',
      },
      {
        url: 'https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202608/t20260810_12001539.html',
        title: 'Foreign Ministry Spokesperson Guo Jiakun’s Remarks on August 10, 2026',
        listedDate: '2026-08-10',
      },
    ]);
  });

  it('keeps an old-scheme link of a later page (absolute path) and ignores navigation links', () => {
    const html = readFileSync(`${SITE_PAGES}/eng/xw/fyrbt/lxjzh/index_1.html`, 'utf8');
    const listing = readListing(html, listingPageUrl(SECTION, 1));
    expect(listing.items.map((i) => i.url)).toEqual([
      'https://www.mfa.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/202102/t20210226_9170740.html',
    ]);
  });

  it('reads an old-era listing page (no dates next to the links, other markup) by the same structure', () => {
    const html = readFileSync('test/fixtures/listing-page.shtml', 'utf8');
    const listing = readListing(html, 'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/default.shtml');
    expect(listing.items.length).toBeGreaterThanOrEqual(20);
    expect(listing.items[0]).toEqual({
      url: 'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1728695.shtml',
      title: "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on December 30, 2019",
      listedDate: null,
    });
    expect(listing.items.every((i) => /\/t\d+\.shtml$/.test(i.url))).toBe(true);
  });

  it('tolerates other markup: attributes, whitespace, a date before the link, links to other sites', () => {
    const html = `<html><body><div class="list">
      <ul><li class="x"> <span class="date">2026-08-03</span>
        <a class="t" title="ignored" href="./202608/t20260803_1.html">
          Foreign Ministry Spokesperson Lin Jian&#8217;s Regular Press Conference on August 3, 2026 </a></li>
      <li><a href="https://english.www.gov.cn/t20260803_2.html">State Council</a></li>
      <li><a href="/eng/xw/">News</a></li></ul>
      <a href="./202608/t20260804_3.html">Second</a> 2026-08-04
      <script>var countPage = 140</script></div></body></html>`;
    const listing = readListing(html, listingPageUrl(SECTION, 3));
    expect(listing.pageCount).toBe(140);
    expect(listing.items).toEqual([
      {
        url: 'https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202608/t20260803_1.html',
        title: 'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on August 3, 2026',
        listedDate: '2026-08-03',
      },
      { url: 'https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202608/t20260804_3.html', title: 'Second', listedDate: '2026-08-04' },
    ]);
  });

  it("takes absolute links to the Ministry's other host or scheme as items of the site it reads, and no other site's", () => {
    const html = `<ul>
      <li><a href="https://www.fmprc.gov.cn/eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html">A</a> 2026-08-17</li>
      <li><a href="http://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202608/t20260810_12001539.html">B</a> 2026-08-10</li>
      <li><a href="//www.mfa.gov.cn/eng/xw/fyrbt/fyrbt/202607/t20260718_11985618.html">C</a> 2026-07-18</li>
      <li><a href="https://www.mfa.gov.cn.example/eng/xw/fyrbt/lxjzh/202608/t20260801_1.html">Lookalike</a></li>
      <li><a href="https://english.www.gov.cn/eng/xw/fyrbt/lxjzh/202608/t20260802_2.html">Other site</a></li>
      <li><a href="ftp://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202608/t20260803_3.html">FTP</a></li></ul>`;
    const listing = readListing(html, listingPageUrl(SECTION, 0));
    expect(listing.items.map((i) => [i.url, i.title])).toEqual([
      ['https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html', 'A'],
      ['https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202608/t20260810_12001539.html', 'B'],
      ['https://www.mfa.gov.cn/eng/xw/fyrbt/fyrbt/202607/t20260718_11985618.html', 'C'],
    ]);
    // A copy of the site on loopback reads its own links only.
    const local = readListing(html.replace('href="//www.mfa.gov.cn/eng', 'href="/eng'), 'http://127.0.0.1:8080/eng/xw/fyrbt/lxjzh/index.html');
    expect(local.items.map((i) => i.url)).toEqual(['http://127.0.0.1:8080/eng/xw/fyrbt/fyrbt/202607/t20260718_11985618.html']);
  });

  it('reads a link with a query string or a fragment as the article it names, listed once (hunt-O (b))', () => {
    const html = readFileSync(`${SITE_PAGES}/eng/xw/fyrbt/lxjzh/index.html`, 'utf8')
      .replace('t20260817_12005503.html"', 't20260817_12005503.html?from=home"');
    const plain = readListing(readFileSync(`${SITE_PAGES}/eng/xw/fyrbt/lxjzh/index.html`, 'utf8'), listingPageUrl(SECTION, 0));
    expect(html).toContain('?from=home');
    expect(readListing(html, listingPageUrl(SECTION, 0)).items).toEqual(plain.items);
    // Beside the plain link, once.
    const both = html.replace('</ul>', '<li><a href="./202608/t20260817_12005503.html#top">Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on August 17, 2026</a> 2026-08-17</li></ul>');
    expect(readListing(both, listingPageUrl(SECTION, 0)).items.filter((i) => i.url.endsWith('t20260817_12005503.html'))).toHaveLength(1);
  });

  it('names the listing pages as the site pages them', () => {
    expect(listingPageUrl(SECTION, 0)).toBe(`${SECTION}index.html`);
    expect(listingPageUrl(SECTION, 2)).toBe(`${SECTION}index_2.html`);
    const chinese = 'https://www.mfa.gov.cn/web/fyrbt_673021/jzhsl_673025/';
    expect(listingPageUrl(chinese, 0, 'shtml')).toBe(`${chinese}index.shtml`);
    expect(listingPageUrl(chinese, 1, 'shtml')).toBe(`${chinese}index_1.shtml`);
  });
});
