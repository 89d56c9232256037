import type { IndexFollower, ReloadResult } from '../search/index-follower.js';
import { reportText } from '../sync/report-lines.js';
import type { SyncReport } from '../sync/sync.js';

export interface ScheduledSyncParts {
  everyMs: number;
  /** One sync run (the bot runs it in a child process). */
  sync: () => Promise<SyncReport>;
  /** Swaps in the index the sync committed and announces its new briefings. */
  follower: IndexFollower;
  log: (line: string) => void;
  /** Delay before the first run. */
  firstRunMs?: number;
}

export interface SyncRunResult extends ReloadResult {
  report: SyncReport | null;
}

/**
 * Runs the sync every `everyMs` (never two at once, the next one timed from the end of the last),
 * then has the follower swap in the new index when it changed. Failures are logged; the bot keeps
 * answering with the index it has.
 */
export class ScheduledSync {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<SyncRunResult> | null = null;
  private stopped = false;

  constructor(private readonly parts: ScheduledSyncParts) {}

  start(): void {
    this.schedule(this.parts.firstRunMs ?? 10_000);
  }

  /** Stops the schedule; resolves when a run in progress has ended. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.runOnce().finally(() => this.schedule(this.parts.everyMs)), ms);
    this.timer.unref();
  }

  /** One run now (or the one in progress). */
  runOnce(): Promise<SyncRunResult> {
    this.running ??= this.run().finally(() => (this.running = null));
    return this.running;
  }

  private async run(): Promise<SyncRunResult> {
    const { log } = this.parts;
    let report: SyncReport | null = null;
    try {
      report = await this.parts.sync();
      for (const line of reportText(report)) log(`sync: ${line}`);
    } catch (err) {
      log(`sync failed: ${(err as Error).message}`);
    }
    return { report, ...(await this.parts.follower.refresh()) };
  }
}
