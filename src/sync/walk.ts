import { decodeDeclaredCharset } from '../transcripts/charset.js';
import type { FetchedPage, PoliteFetcher } from './fetcher.js';
import type { ListingItem } from './listing-item.js';
import { readListing } from './listing.js';
import { isMaintenancePage } from './page-check.js';
import { plural } from '../util/plural.js';

export interface WalkOptions {
  fetcher: PoliteFetcher;
  /** The URL of the section's listing page `page` (0 is the newest). */
  pageUrl: (page: number) => string;
  /** At most this many listing pages. */
  maxPages?: number;
  /** `--since`, as said in the report when it stopped the walk. */
  since?: string;
  /** Items this run has met already (listed by another section): neither counted nor taken again. */
  listed: Set<string>;
  /** Kept, bundled or remembered: not new. */
  known: (item: ListingItem) => boolean;
  /** Listed before --since. */
  older: (item: ListingItem) => boolean;
  /** Where an earlier walk stopped short (`UnfinishedWalk.readTo`): this walk reads down to it, and on past it. */
  readTo: string | null;
  /** Each listing page that could not be read is added here. */
  failed: { url: string; error: string }[];
}

/** Where a walk stopped before the known part of its listing, and its end. */
export interface StoppedShort {
  /** `--max-pages 1`, `--since 2026-08-20`, or `listing page URL failed`. */
  reason: string;
  /** Listing pages left unread (counting a page that failed); null when the listing never said how many it has. */
  pagesNotRead: number | null;
  /** The last item of the last listing page read; null when none was read. */
  lastItem: string | null;
  /** Whether the walk read the page holding `readTo` (or there was none). */
  passedReadTo: boolean;
}

export interface WalkResult {
  /** Items new to the data folder (not older than --since), newest first. */
  fresh: ListingItem[];
  /** Whether the first listing page was read. */
  read: boolean;
  /** Null when the walk reached the known part of the listing, or its end. */
  stoppedShort: StoppedShort | null;
}

/** Why a walk stopped at a listing page that could not be read (`StoppedShort.reason`). */
export function listingFailedReason(url: string): string {
  return `listing page ${url} failed`;
}

/** A listing page as text: by the charset it declares (the Chinese site's older pages are GBK), else UTF-8. */
function decodeListing(body: Uint8Array): string {
  return decodeDeclaredCharset(body) ?? new TextDecoder('utf-8').decode(body);
}

/**
 * Reads a section's listing newest first until it reaches what is known: a page whose every item is
 * kept (or remembered), past where an earlier walk stopped short, if one did; or the listing's end.
 * It stops short at --max-pages, at --since, or at a listing page that fails, and says so.
 */
export async function walkListing(options: WalkOptions): Promise<WalkResult> {
  const { fetcher, pageUrl, maxPages, listed, known, older, readTo, failed } = options;
  const fresh: ListingItem[] = [];
  let read = false;
  let passedReadTo = readTo === null;
  // By path: an earlier run may have read the Ministry's other host.
  const readToPath = readTo === null ? null : new URL(readTo).pathname;
  let lastItem: string | null = null;
  let pageCount: number | null = null;
  // After a page whose every item was new, the walk will surely read on: the next page is asked for
  // before this one is read, so that it is on the wire meanwhile. At most one request is wasted (the
  // new items ending exactly at a page's end), and a routine run, with a few new items, wastes none.
  let ahead: Promise<FetchedPage> | null = null;
  let wholePageNew = false;
  const pagesAfter = (page: number): number | null => (pageCount === null ? null : Math.max(0, pageCount - page));
  const end = (stoppedShort: StoppedShort | null): WalkResult => {
    ahead?.catch(() => undefined); // asked for ahead, and not needed after all
    return { fresh, read, stoppedShort };
  };
  const stop = (reason: string, pagesNotRead: number | null): WalkResult => end({ reason, pagesNotRead, lastItem, passedReadTo });
  for (let page = 0; ; page++) {
    if (maxPages !== undefined && page >= maxPages) return stop(`--max-pages ${maxPages}`, pagesAfter(page));
    const url = pageUrl(page);
    const served = ahead ?? fetcher.get(url);
    ahead = null;
    let html: string;
    try {
      html = decodeListing((await served).body);
    } catch (err) {
      failed.push({ url, error: `listing page: ${(err as Error).message}` });
      return stop(listingFailedReason(url), pagesAfter(page));
    }
    const another = page + 1 < (pageCount ?? Infinity) && (maxPages === undefined || page + 1 < maxPages);
    if (wholePageNew && another) ahead = fetcher.get(pageUrl(page + 1));
    const listing = readListing(html, url);
    if (listing.items.length === 0 && listing.pageCount === null) {
      // Not a listing at all: the maintenance page, or a template this reader does not know.
      const why = isMaintenancePage(html) ? 'the site\'s "system maintenance" page' : 'no transcript links and no page count';
      failed.push({ url, error: `listing page: ${why}` });
      return stop(listingFailedReason(url), pagesAfter(page));
    }
    if (listing.items.length === 0 && page === 0) {
      // A listing's first page always lists its newest transcripts: none read means the site's layout
      // changed, or its links point off the host read, and every run would report "0 new" unawares.
      failed.push({ url, error: `listing page: no transcript link could be read, though the page says the listing has ${plural(listing.pageCount!, 'page')} (has the site's layout changed, or do its links point to another host?)` });
      return stop(listingFailedReason(url), pagesAfter(page));
    }
    read = true;
    pageCount = listing.pageCount ?? pageCount;
    if (listing.items.length === 0) break;
    // Nothing below an earlier walk's last item was read: until a page after the one holding it, a
    // page of known items does not end the walk.
    const readToBefore = passedReadTo;
    let unknown = 0;
    let skipped = 0;
    let reachedSince = false;
    for (const item of listing.items) {
      if (new URL(item.url).pathname === readToPath) passedReadTo = true;
      // Listings run newest first: past --since, every later item is older still.
      if (older(item)) reachedSince = true;
      if (listed.has(item.url)) continue;
      listed.add(item.url);
      if (known(item)) continue;
      unknown++;
      if (older(item)) {
        skipped++;
        continue;
      }
      fresh.push(item);
    }
    lastItem = listing.items[listing.items.length - 1]!.url;
    wholePageNew = unknown - skipped === listing.items.length;
    const reachedKnown = unknown === 0 && readToBefore;
    const atEnd = listing.pageCount !== null && page + 1 >= listing.pageCount;
    if (reachedSince && !reachedKnown && (skipped > 0 || !atEnd)) return stop(`--since ${options.since}`, pagesAfter(page + 1));
    if (reachedKnown || atEnd) break;
  }
  return end(null);
}
