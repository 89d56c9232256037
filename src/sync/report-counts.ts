import { plural } from '../util/plural.js';
import type { SyncReport } from './sync.js';

/** The counts of a run in one line, as the CLI and the bot's scheduled sync print them. */
export function reportCounts(report: SyncReport): string {
  const copies = report.copies > 0 ? `${plural(report.copies, 'copy', 'copies')} of a page already indexed, ` : '';
  return `${report.listed} listed, ${report.new} new, ${report.fetched} fetched, ${copies}${report.failed.length} failed`;
}
