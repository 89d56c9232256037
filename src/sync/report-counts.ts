import { plural } from '../util/plural.js';
import type { SyncReport } from './sync.js';

/** The counts of a run in one line, as the CLI and the bot's scheduled sync print them. */
export function reportCounts(report: SyncReport): string {
  const retried = report.retried.length > 0 ? `${report.retried.length} retried, ` : '';
  const copies = report.copies > 0 ? `${plural(report.copies, 'copy', 'copies')} of a page already indexed, ` : '';
  const pending = report.pending.length > 0 ? `, ${report.pending.length} pending` : '';
  const kept = report.indexedKept.length > 0 ? `${report.indexedKept.length} indexed that an earlier run kept, ` : '';
  const rechecked = report.rechecked.length > 0 ? `${report.rechecked.length} rechecked (${report.revised.length} revised), ` : '';
  return `${report.listed} listed, ${report.new} new, ${retried}${report.fetched} fetched, ${copies}${kept}${rechecked}${report.failed.length} failed${pending}`;
}
