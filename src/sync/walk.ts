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
  /** `--max-pages 1`, `--since 2026-08-20`, `listing page URL failed`, or `listing page URL repeated items read on an earlier page`. */
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

/** Why a walk that met a listing page of items it had read already is not done (`StoppedShort.reason`). */
export function listingRepeatedReason(url: string): string {
  return `listing page ${url} repeated items read on an earlier page`;
}

/**
 * Listing pages in a row that repeat earlier ones after which the walk stops short: a site serving
 * its first page for every page number would otherwise be read to its page count, each page saying
 * nothing new. Two: posts between two reads seconds apart do not fill two listing pages, so a
 * second repeated page in a row is the site serving one page for many.
 */
const REPEATED_IN_A_ROW = 2;

/** A listing page as text: by the charset it declares (the Chinese site's older pages are GBK), else UTF-8. */
function decodeListing(body: Uint8Array): string {
  return decodeDeclaredCharset(body) ?? new TextDecoder('utf-8').decode(body);
}

/**
 * Reads a section's listing newest first until it reaches what is known: a page whose every item is
 * kept (or remembered) from earlier runs, past where an earlier walk stopped short, if one did; or
 * the listing's end. It stops short at --max-pages, at --since, or at a listing page that fails, and
 * says so. A page whose every item this walk read on an earlier page (a CDN serving page 0 for page
 * 1, or new posts shifting the listing between two reads) says nothing of the page asked for: the
 * walk reads on while the listing's page count says there are more, and then counts as stopped
 * short, so that the next run reads the listing again down to the last page truly read, and past it.
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
  /** Items met on this walk's pages (`listed` holds other sections' too). */
  const met = new Set<string>();
  /** Pages that repeated earlier ones: the first, how many, how many in a row up to the last read. */
  const repeated: { first: string | null; pages: number; inARow: number } = { first: null, pages: 0, inARow: 0 };
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
  /** The walk done, or stopped short for the pages it met that repeated earlier ones (and `after` pages left unread). */
  const done = (after: number | null = 0): WalkResult =>
    repeated.first === null ? end(null) : stop(listingRepeatedReason(repeated.first), after === null ? null : repeated.pages + after);
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
    let held = 0;
    let unmet = 0;
    for (const item of listing.items) {
      if (new URL(item.url).pathname === readToPath) passedReadTo = true;
      // Listings run newest first: past --since, every later item is older still.
      if (older(item)) reachedSince = true;
      const isKnown = known(item);
      if (isKnown) held++;
      if (!met.has(item.url)) unmet++;
      met.add(item.url);
      if (listed.has(item.url)) continue;
      listed.add(item.url);
      if (isKnown) continue;
      unknown++;
      if (older(item)) {
        skipped++;
        continue;
      }
      fresh.push(item);
    }
    wholePageNew = unknown - skipped === listing.items.length;
    const atEnd = listing.pageCount !== null && page + 1 >= listing.pageCount;
    if (unmet === 0) {
      // Not the page asked for: it ends nothing, nor marks where this walk got to.
      repeated.first ??= url;
      repeated.pages++;
      repeated.inARow++;
      if (atEnd) return done();
      if (pageCount === null) return done(null);
      if (repeated.inARow >= REPEATED_IN_A_ROW) return done(pagesAfter(page + 1));
      continue;
    }
    repeated.inARow = 0;
    lastItem = listing.items[listing.items.length - 1]!.url;
    // Items this run met before (on an earlier page, or another section's) and does not hold yet are not the known part.
    const reachedKnown = held === listing.items.length && readToBefore;
    if (reachedSince && !reachedKnown && (skipped > 0 || !atEnd)) return stop(`--since ${options.since}`, pagesAfter(page + 1));
    if (reachedKnown || atEnd) break;
  }
  return done();
}
