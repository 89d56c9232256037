import type { SyncReport } from './sync.js';

/** The counts of a run in one line, as the CLI and the bot's scheduled sync print them. */
export function reportCounts(report: SyncReport): string {
  return `${report.listed} listed, ${report.new} new, ${report.fetched} fetched, ${report.failed.length} failed`;
}
