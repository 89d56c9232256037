import type { SwappableSearch } from './swappable.js';
import type { Briefing } from './types.js';

/**
 * How often a running bot looks whether a new index was committed by another process (`npm run
 * sync` from cron, `npm run index`): it reads the one-line `CURRENT` file, nothing more.
 */
export const INDEX_CHECK_MS = 60_000;

/** Announcing a first sync of years of briefings would flood the channel: the newest few only. */
export const MAX_ANNOUNCED = 5;

/** An opened index that can list its briefing keys (SearchEngine). */
export interface ReloadableSearch {
  briefingKeys(): string[];
  briefing(key: string): Briefing | undefined;
}

export interface IndexFollowerParts {
  /** The search the commands use; swapped when the index changes. */
  search: SwappableSearch;
  /** An identifier of the committed index (its generation), to notice any change, ours or a CLI's. */
  indexVersion: () => string | null;
  /** Opens the committed index. */
  open: () => Promise<ReloadableSearch & SwappableSearch['engine']>;
  /** Posts one new briefing (a bot with a news channel), with its Chinese original when that is indexed. */
  announce?: (briefing: Briefing, chinese?: Briefing) => Promise<void>;
  log: (line: string) => void;
}

export interface ReloadResult {
  reloaded: boolean;
  /** Keys of the briefings the new index added. */
  added: string[];
  announced: string[];
}

/**
 * Keeps the bot's search on the committed index: when the index changed since it was loaded
 * (whoever committed it), opens the new one, swaps it in and announces the briefings it added.
 * Checks run one after another, never two at once. A new index that cannot be opened is logged
 * and the bot keeps answering with the one it has.
 */
export class IndexFollower {
  private loadedVersion: string | null;
  /** A committed index that could not be opened: not tried again (nor logged again) until it changes. */
  private failedVersion: string | null = null;
  private known: Set<string>;
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly parts: IndexFollowerParts, loaded: ReloadableSearch) {
    this.loadedVersion = parts.indexVersion();
    this.known = new Set(loaded.briefingKeys());
  }

  /** Checks now, after any check in progress (which may have read the index before this change). */
  refresh(): Promise<ReloadResult> {
    const next = this.queue.then(() => this.reload());
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Checks every `everyMs` until `stop`. */
  start(everyMs: number = INDEX_CHECK_MS): void {
    if (this.stopped || this.timer) return;
    const tick = (): void => {
      this.timer = setTimeout(() => void this.refresh().finally(() => !this.stopped && tick()), everyMs);
      this.timer.unref();
    };
    tick();
  }

  /** Stops the checks; resolves when a check in progress has ended. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.queue;
  }

  private async reload(): Promise<ReloadResult> {
    const unchanged = { reloaded: false, added: [], announced: [] };
    const version = this.parts.indexVersion();
    if (version === null || version === this.loadedVersion || version === this.failedVersion) return unchanged;
    const { log } = this.parts;
    let engine;
    try {
      engine = await this.parts.open();
    } catch (err) {
      log(`could not load the new index, keeping the current one: ${(err as Error).message}`);
      this.failedVersion = version;
      return unchanged;
    }
    const keys = engine.briefingKeys();
    const added = keys.filter((k) => !this.known.has(k));
    this.parts.search.swap(engine);
    this.loadedVersion = version;
    this.known = new Set(keys);
    log(`index reloaded: ${keys.length} briefings, ${added.length} new`);
    return { reloaded: true, added, announced: await this.announce(engine, added) };
  }

  private async announce(engine: ReloadableSearch, added: string[]): Promise<string[]> {
    const { announce, log } = this.parts;
    if (!announce) return [];
    const announced: string[] = [];
    const { posts, more } = newsPosts(engine, added, MAX_ANNOUNCED);
    if (more) log(`announcing the newest ${posts.length} of ${added.length} new briefings`);
    for (const { briefing, chinese } of posts) {
      try {
        await announce(briefing, chinese);
        announced.push(briefing.summary.key);
      } catch (err) {
        log(`could not post the news of ${briefing.summary.key}: ${(err as Error).message}`);
      }
    }
    return announced;
  }
}

/**
 * The newest `max` posts for the briefings an index added, oldest first. One post a day and
 * language pair: a Chinese briefing whose English one of the same day is indexed is that post's
 * original, not news of its own. Only the briefings posted are read (a first sync adds years).
 */
export function newsPosts(engine: ReloadableSearch, added: string[], max: number): { posts: { briefing: Briefing; chinese?: Briefing }[]; more: boolean } {
  const posts: { briefing: Briefing; chinese?: Briefing }[] = [];
  let at = added.length - 1;
  for (; at >= 0 && posts.length < max; at--) {
    const briefing = engine.briefing(added[at]!);
    if (!briefing) continue;
    const { date, lang } = briefing.summary;
    if (lang === 'zh') {
      // A date names the English briefing of that day when there is one (SearchEngine.briefing).
      if ((engine.briefing(date)?.summary.lang ?? 'zh') !== 'zh') continue;
      posts.push({ briefing });
    } else {
      const chinese = engine.briefing(`zh-${date}`);
      posts.push(chinese?.summary.lang === 'zh' ? { briefing, chinese } : { briefing });
    }
  }
  return { posts: posts.reverse(), more: at >= 0 };
}
