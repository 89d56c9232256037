import { Parser } from 'htmlparser2';
import { collapseWhitespace } from '../transcripts/text.js';
import { onSameSite } from '../transcripts/ministry-hosts.mjs';
import type { ListingItem } from './listing-item.js';

export interface ListingPage {
  items: ListingItem[];
  /** The number of pages of this listing (`var countPage = N`), when the page says. */
  pageCount: number | null;
}

/**
 * A link's URL as an item of the listing at `page`: on the listing's own host (either scheme), or
 * on another host of the Ministry's site when the listing is on one, moved onto the listing's
 * origin (the same page, asked where the sync reads); null for any other site.
 */
function onListingSite(url: URL, page: URL): URL | null {
  return onSameSite(url, page) ? new URL(`${url.pathname}${url.search}`, page.origin) : null;
}

/** An article's file name on the site, in every URL era: `t1643710.shtml`, `t20260817_12005503.html`. */
const ARTICLE = /\/t\d{5,}(?:_\d+)?\.s?html?$/i;
const LISTED_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** The listing of a section: `…/index.html` for page 0, then `index_1.html`, `index_2.html`, … (`.shtml` on the Chinese site). */
export function listingPageUrl(sectionUrl: string, page: number, extension: 'html' | 'shtml' = 'html'): string {
  return new URL(page === 0 ? `index.${extension}` : `index_${page}.${extension}`, sectionUrl).href;
}

/**
 * Reads a listing page by its structure, not one exact markup: every link on the listing's own site
 * (`onListingSite`) whose path ends in an article file name is an item, its text the title; a date written
 * `YYYY-MM-DD` in the same list entry (or, without list entries, right after the link) is its
 * listed date. Navigation, footers and links to other sites are not items.
 */
export function readListing(html: string, pageUrl: string): ListingPage {
  const page = new URL(pageUrl);
  const items: ListingItem[] = [];
  const seen = new Set<string>();
  let link: { url: string; text: string; attrTitle: string } | null = null;
  /** Items of the open `<li>` (or since the last item outside lists), waiting for a date. */
  let pending: ListingItem[] = [];
  let entryText = '';
  let liDepth = 0;

  const settle = (): void => {
    const date = LISTED_DATE.exec(entryText);
    for (const item of pending) item.listedDate ??= date ? `${date[1]}-${date[2]}-${date[3]}` : null;
    pending = [];
    entryText = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'li') {
          settle();
          liDepth++;
        } else if (name === 'a' && attribs.href) {
          let url: URL | null = null;
          try {
            url = onListingSite(new URL(attribs.href.trim(), pageUrl), page);
          } catch {
            url = null;
          }
          if (url && ARTICLE.test(url.pathname)) {
            // An article is a static page: a query string ("?from=home", a tracker) names the same one, which
            // had been fetched twice and kept under two manifest rows (hunt-O (b)).
            url.hash = '';
            url.search = '';
            if (liDepth === 0) settle();
            link = { url: url.href, text: '', attrTitle: attribs.title ?? '' };
          }
        }
      },
      ontext(text) {
        if (link) link.text += text;
        else entryText += text;
      },
      onclosetag(name) {
        if (name === 'a' && link) {
          const title = collapseWhitespace(link.text) || collapseWhitespace(link.attrTitle);
          if (title && !seen.has(link.url)) {
            seen.add(link.url);
            const item: ListingItem = { url: link.url, title, listedDate: null };
            items.push(item);
            pending.push(item);
          }
          link = null;
        } else if (name === 'li') {
          settle();
          liDepth = Math.max(0, liDepth - 1);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  settle();
  const count = /\bcountPage\s*=\s*(\d+)/.exec(html);
  return { items, pageCount: count ? Number(count[1]) : null };
}
