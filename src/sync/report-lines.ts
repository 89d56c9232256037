import { plural } from '../util/plural.js';
import { reportCounts } from './report-counts.js';
import { SYNC_STATE_FILE } from './state.js';
import type { FailedPageReport, SyncReport } from './sync.js';
import { listingFailedReason } from './walk.js';

type Unread = SyncReport['unread'][number];

/** `on 1 run`, `on 3 runs since 2026-11-28`. */
function runsFailed(page: FailedPageReport): string {
  return page.failedRuns === 1 ? 'on 1 run' : `on ${page.failedRuns} runs since ${page.firstFailed.slice(0, 10)}`;
}

/** What a listing page that failed left unread (`pagesNotRead` counts it), and that the next run reads it. */
function listingLeft(url: string, { listing, pagesNotRead: n }: Unread): string {
  if (url === listing) return 'nothing of its listing was read; the next run reads it';
  if (n !== null && n <= 1) return 'this listing page was not read; the next run reads it';
  const after = n === null ? 'the listing pages after it' : plural(n - 1, 'more listing page');
  return `this listing page and ${after} were not read; the next run reads them`;
}

/** A listing walk stopped short by --since or --max-pages: what it left, and which run reads it. */
function unreadLine({ listing, reason, pagesNotRead: n }: Unread): string {
  if (reason.startsWith('--since')) {
    const pages = n ? ` and ${plural(n, 'more listing page')}` : '';
    return `not read: ${listing}: ${reason} left the items listed before that date${pages} unread; a run without --since reads them`;
  }
  if (reason.startsWith('--max-pages')) {
    const left = n === null ? 'the rest of the listing' : plural(n, 'more listing page');
    return `not read: ${listing}: ${reason} left ${left} unread; a run without --max-pages reads ${n === null || n === 1 ? 'it' : 'them'}`;
  }
  return `not read: ${listing}: ${reason}; the next run reads it`;
}

/**
 * The run's report beyond its counts, as the CLI and the bot's scheduled sync print it: each failure
 * once, with what becomes of it (asked again, given up, remembered as moved, or a listing page and
 * what it left unread); pages asked for again; pages still pending that this run did not ask for;
 * listings that --since or --max-pages left partly unread; kept briefings dated after today; pages an
 * earlier run kept and this one indexed; pages the site revised since they were kept.
 */
export function reportLines(report: SyncReport): string[] {
  const lines: string[] = [];
  const failedUrls = new Set(report.failed.map((f) => f.url));
  const listingFailures = new Map(report.unread.map((u) => [u.reason, u]));
  const saidUnread = new Set<Unread>();
  for (const f of report.failed) {
    const gaveUp = report.gaveUp.find((p) => p.url === f.url);
    const pending = report.pending.find((p) => p.url === f.url);
    const listing = listingFailures.get(listingFailedReason(f.url));
    let next: string;
    if (gaveUp) {
      next = `given up after failing ${runsFailed(gaveUp)}: not asked again (to ask again: npm run sync -- --retry-given-up)`;
    } else if (pending) {
      next = `the next run asks again (it has failed ${runsFailed(pending)})`;
    } else if (report.moved.includes(f.url)) {
      next = `remembered as moved: not asked again (to ask again, remove its entry from "moved" in ${SYNC_STATE_FILE})`;
    } else if (report.rechecked.includes(f.url)) {
      next = 'asked again to see whether the site revised it: the copy kept before stays, and stays indexed; the next run asks again while its briefing is among the most recent';
    } else if (listing) {
      saidUnread.add(listing);
      next = listingLeft(f.url, listing);
    } else {
      next = 'not downloaded; each run that lists it says so again';
    }
    lines.push(`failed: ${f.url}: ${f.error}; ${next}`);
  }
  for (const url of report.retried) if (!failedUrls.has(url)) lines.push(`retried: ${url}: failed on an earlier run, downloaded now`);
  for (const p of report.pending) {
    if (!failedUrls.has(p.url)) lines.push(`pending: ${p.url}: failed ${runsFailed(p)}, last with ${p.error}; not asked by this run, a later run asks again`);
  }
  for (const u of report.unread) if (!saidUnread.has(u)) lines.push(unreadLine(u));
  for (const { url, date } of report.datedAhead) {
    lines.push(`warning: ${url}: its briefing is dated ${date}, after today (a typo in its title?): not counted as the newest briefing when choosing the pages to ask for again; asked for again itself, so that a correction is taken in`);
  }
  for (const url of report.indexedKept) lines.push(`indexed now: ${url}: kept by an earlier run that stopped before indexing it`);
  for (const r of report.revised) {
    const date = r.dateBefore === r.date ? r.date : `${r.dateBefore} → ${r.date}`;
    lines.push(`revised: ${date} ${r.url}: ${r.changes}; replaced and indexed again (the copy indexed before is kept as ${r.previous})`);
  }
  return lines;
}

/** What the CLI prints after a run, and the bot's scheduled sync logs: the lines above, then the counts and what the index holds. */
export function reportText(report: SyncReport): string[] {
  const index = `index: ${plural(report.indexed.transcripts, 'transcript')}, ${plural(report.indexed.records, 'record')}`;
  return [...reportLines(report), `${report.site}: ${reportCounts(report)}; ${index}`];
}
