import type { ListingItem } from './listing-item.js';
import type { FailedPage, SyncState } from './state.js';

/**
 * Pages that failed are asked for again by every later run, even when no listing page the run reads
 * lists them any more, until they are kept, or given up: after failing on RETRY_RUNS runs over at
 * least RETRY_DAYS days (an outage of a day or a weekend is waited out, whether the sync runs hourly
 * or daily), or on REFUSED_RUNS runs over at least REFUSED_DAYS when the site refused the page
 * outright (a 404 is asked again, in case the listing went up before its page: two runs minutes apart
 * at deadline, before the page was posted, had given it up).
 */
export const RETRY_RUNS = 5;
export const RETRY_DAYS = 7;
export const REFUSED_RUNS = 2;
export const REFUSED_DAYS = 1;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The key a page is remembered by in the sync state: its URL's path (both hosts serve the same pages). */
export function statePath(url: string): string {
  return new URL(url).pathname;
}

/** A listed item to ask for again, from its remembered failure, on the site being synced. */
export function retryItem(page: FailedPage, site: string): ListingItem {
  return { url: new URL(statePath(page.url), site).href, title: page.title, listedDate: page.listedDate };
}

/**
 * Remembers that `item` (listed in `section`) failed this run, and gives it up when it has failed
 * on enough runs. Returns its entry and whether it was given up.
 */
export function recordFailure(
  state: SyncState,
  item: ListingItem,
  failure: { section: string; error: string; refused: boolean },
  now: Date,
): { page: FailedPage; gaveUp: boolean } {
  const key = statePath(item.url);
  const before = state.pending[key];
  const page: FailedPage = {
    url: item.url, title: item.title, listedDate: item.listedDate, section: failure.section, error: failure.error,
    failedRuns: (before?.failedRuns ?? 0) + 1, firstFailedAt: before?.firstFailedAt ?? now.toISOString(), refused: failure.refused,
  };
  const days = (now.getTime() - Date.parse(page.firstFailedAt)) / DAY_MS;
  const spent = page.refused ? page.failedRuns >= REFUSED_RUNS && days >= REFUSED_DAYS : page.failedRuns >= RETRY_RUNS && days >= RETRY_DAYS;
  delete state.pending[key];
  if (spent) state.gaveUp[key] = { ...page, at: now.toISOString() };
  else state.pending[key] = page;
  return { page, gaveUp: spent };
}

/**
 * Every given-up page moved back to `pending` (`npm run sync -- --retry-given-up`), as a user once
 * moved them by hand: asked for by this run, and given up again at once if it fails again.
 * Returns how many were moved.
 */
export function retryGivenUp(state: SyncState): number {
  const keys = Object.keys(state.gaveUp);
  for (const key of keys) {
    const { at: _givenUpAt, ...page } = state.gaveUp[key]!;
    state.pending[key] = page;
    delete state.gaveUp[key];
  }
  return keys.length;
}

/**
 * Whether a URL that redirects to a page without a transcript has moved for good (remembered in
 * `moved`, not asked again): only one outside every section the sync reads (`currentPaths`), as the
 * 2021-2024 URLs (`/mfa_eng/…/202102/t20210226_9170740.html`) that the site now redirects to its
 * maintenance page. A URL of today's scheme redirected there is a site in maintenance for a while
 * (the page says "please visit later"): pending, asked again, and given up by the rules above.
 */
export function movedForGood(url: string, currentPaths: readonly string[]): boolean {
  const path = statePath(url);
  return !currentPaths.some((section) => path.startsWith(section));
}

/**
 * The entries of `moved` that an earlier version remembered for URLs of today's scheme (a maintenance
 * window taken for a move, so that the briefing was never asked again) moved to `pending`, each as
 * one failed run since it was remembered: asked for by this run. Returns their URLs.
 */
export function releaseMoved(state: SyncState, site: string, currentPaths: readonly string[], now: Date): string[] {
  const released: string[] = [];
  for (const [path, entry] of Object.entries(state.moved)) {
    const section = currentPaths.find((p) => path.startsWith(p));
    if (section === undefined) continue;
    const url = new URL(path, site).href;
    const since = Number.isNaN(Date.parse(entry.at)) ? now.toISOString() : entry.at;
    state.pending[path] ??= { url, title: '', listedDate: null, section, error: entry.reason, failedRuns: 1, firstFailedAt: since, refused: false };
    delete state.moved[path];
    released.push(url);
  }
  return released;
}

/** The page of this URL was kept (or found to be a copy, or moved): nothing is pending for it. */
export function recordSettled(state: SyncState, url: string): void {
  delete state.pending[statePath(url)];
}
