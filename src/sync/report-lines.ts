import { plural } from '../util/plural.js';
import { SYNC_STATE_FILE } from './state.js';
import type { FailedPageReport, SyncReport } from './sync.js';

function failedSince(page: FailedPageReport): string {
  return page.failedRuns === 1 ? 'failed on 1 run' : `failed on ${page.failedRuns} runs since ${page.firstFailed.slice(0, 10)}`;
}

function unreadLine({ listing, reason, pagesNotRead: n }: SyncReport['unread'][number]): string {
  if (reason.startsWith('--since')) {
    const pages = n ? ` and ${plural(n, 'more listing page')}` : '';
    return `not read: ${listing}: ${reason}: the items listed before it${pages}; a run without --since reads them`;
  }
  if (reason.startsWith('--max-pages')) {
    return `not read: ${listing}: ${reason}: ${n === null ? 'the listing pages after these' : plural(n, 'more listing page')}; the next run reads them`;
  }
  const pages = n === null ? 'the listing' : n <= 1 ? 'that page' : `that page and ${plural(n - 1, 'more listing page')}`;
  return `not read: ${listing}: ${reason}: ${pages}; the next run reads them`;
}

/**
 * The run's report beyond its counts, as the CLI and the bot's scheduled sync print it: each failure
 * once, with what becomes of it; pages asked for again; pages still pending that this run did not
 * ask for; listings left partly unread.
 */
export function reportLines(report: SyncReport): string[] {
  const lines: string[] = [];
  const failedUrls = new Set(report.failed.map((f) => f.url));
  for (const f of report.failed) {
    const gaveUp = report.gaveUp.find((p) => p.url === f.url);
    const pending = report.pending.find((p) => p.url === f.url);
    if (gaveUp) {
      lines.push(`failed: ${f.url}: ${f.error}; given up (${failedSince(gaveUp)}): not asked again (to ask again, move its entry from "gaveUp" to "pending" in ${SYNC_STATE_FILE})`);
    } else if (pending) {
      lines.push(`failed: ${f.url}: ${f.error}; the next run asks again (${failedSince(pending)})`);
    } else {
      lines.push(`failed: ${f.url}: ${f.error}`);
    }
  }
  for (const url of report.retried) if (!failedUrls.has(url)) lines.push(`retried: ${url}: failed on an earlier run, downloaded now`);
  for (const p of report.pending) {
    if (!failedUrls.has(p.url)) lines.push(`pending: ${p.url}: ${p.error} (${failedSince(p)}); not asked by this run`);
  }
  for (const u of report.unread) lines.push(unreadLine(u));
  return lines;
}
