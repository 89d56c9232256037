import type { Briefing } from '../search/types.js';
import type { SwappableSearch } from '../search/swappable.js';
import type { SyncReport } from '../sync/sync.js';

/** Announcing a first sync of years of briefings would flood the channel: the newest few only. */
export const MAX_ANNOUNCED = 5;

/** An opened index that can list its briefing keys (SearchEngine). */
export interface ReloadableSearch {
  briefingKeys(): string[];
  briefing(key: string): Briefing | undefined;
}

export interface ScheduledSyncParts {
  everyMs: number;
  /** The search the commands use; swapped when the index changes. */
  search: SwappableSearch;
  /** One sync run (the bot runs it in a child process). */
  sync: () => Promise<SyncReport>;
  /** An identifier of the committed index (its generation), to notice any change, ours or a CLI's. */
  indexVersion: () => string | null;
  /** Opens the committed index. */
  open: () => Promise<ReloadableSearch & SwappableSearch['engine']>;
  /** Posts one new briefing (when a news channel is set). */
  announce?: (briefing: Briefing) => Promise<void>;
  log: (line: string) => void;
  /** Delay before the first run. */
  firstRunMs?: number;
}

export interface SyncRunResult {
  report: SyncReport | null;
  reloaded: boolean;
  /** Keys of the briefings the new index added. */
  added: string[];
  announced: string[];
}

/**
 * Runs the sync every `everyMs` (never two at once, the next one timed from the end of the last),
 * swaps in the new index when it changed, and announces the briefings it added. Failures are
 * logged; the bot keeps answering with the index it has.
 */
export class ScheduledSync {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<SyncRunResult> | null = null;
  private stopped = false;
  private loadedVersion: string | null;
  private known: Set<string>;

  constructor(private readonly parts: ScheduledSyncParts, loaded: ReloadableSearch) {
    this.loadedVersion = parts.indexVersion();
    this.known = new Set(loaded.briefingKeys());
  }

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
      log(`sync: ${report.listed} listed, ${report.new} new, ${report.fetched} fetched, ${report.failed.length} failed`);
      for (const f of report.failed) log(`sync: failed ${f.url}: ${f.error}`);
    } catch (err) {
      log(`sync failed: ${(err as Error).message}`);
    }
    const version = this.parts.indexVersion();
    if (version === this.loadedVersion) return { report, reloaded: false, added: [], announced: [] };

    let engine;
    try {
      engine = await this.parts.open();
    } catch (err) {
      log(`could not load the new index, keeping the current one: ${(err as Error).message}`);
      return { report, reloaded: false, added: [], announced: [] };
    }
    const keys = engine.briefingKeys();
    const added = keys.filter((k) => !this.known.has(k));
    this.parts.search.swap(engine);
    this.loadedVersion = version;
    this.known = new Set(keys);
    log(`index reloaded: ${keys.length} briefings, ${added.length} new`);

    const announced: string[] = [];
    if (this.parts.announce) {
      const newest = added.slice(-MAX_ANNOUNCED);
      if (added.length > newest.length) log(`announcing the newest ${newest.length} of ${added.length} new briefings`);
      for (const key of newest) {
        const briefing = engine.briefing(key);
        if (!briefing) continue;
        try {
          await this.parts.announce(briefing);
          announced.push(key);
        } catch (err) {
          log(`could not post the news of ${key}: ${(err as Error).message}`);
        }
      }
    }
    return { report, reloaded: true, added, announced };
  }
}
