import type { SpoxSearch } from '../search/types.js';

/**
 * Longest a new interaction keeps searches from starting while it is acknowledged: Discord and Slack
 * drop an acknowledgement after 3 s, so past that there is nothing left to make room for.
 */
export const ACKNOWLEDGE_WAIT_MS = 3000;

/**
 * How often a held queue asks its holds whether they are answered. discord.js says nothing when a
 * defer's round trip ends, so the queue asks; without asking, a queued search waited for the
 * handler's end or the 3 s (review33 #11), however soon the defer was answered.
 */
const HOLD_POLL_MS = 10;

export interface SearchQueueOptions {
  /** Longest a hold keeps searches from starting; `ACKNOWLEDGE_WAIT_MS` when omitted. */
  acknowledgeWaitMs?: number;
}

/**
 * The bots' searches, one at a time. A search is CPU work on the event loop: while one runs, no
 * request is read and no acknowledgement is sent. So searches wait in one queue and run in turn,
 * and between two of them the event loop reads what has arrived, twice (`setImmediate`: a request on
 * a new connection is accepted on one turn and read on the next; Slack's ack is sent as it is read).
 * An interaction being acknowledged (`hold`: Discord's defer is a request of its own, answered
 * after a round trip) keeps the next search from starting until it is. A new interaction's
 * acknowledgement then waits behind at most the one search running when it arrived, however many
 * are queued.
 */
export class SearchQueue {
  private readonly waiting: (() => void)[] = [];
  private readonly holds = new Set<{ answered: () => boolean }>();
  private running = false;
  private scheduled = false;
  private polling: NodeJS.Timeout | null = null;
  private readonly acknowledgeWaitMs: number;

  constructor(options: SearchQueueOptions = {}) {
    this.acknowledgeWaitMs = options.acknowledgeWaitMs ?? ACKNOWLEDGE_WAIT_MS;
  }

  /** Runs `task` when the searches queued before it have run and no interaction is being acknowledged. */
  run<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push(() => {
        this.running = true;
        // A task that throws before its promise exists rejects like one that fails later: a bare
        // call left `running` set for good, and no search ran again (review33 #12).
        new Promise<T>((started) => started(task())).then(resolve, reject).finally(() => {
          this.running = false;
          this.next();
        });
      });
      this.next();
    });
  }

  /**
   * An interaction that has arrived and is not yet acknowledged: no search starts until `answered()`
   * says it is (asked every `HOLD_POLL_MS` while a search waits), the returned release is called (its
   * handler ended), or `ACKNOWLEDGE_WAIT_MS` passed. A handler acknowledges before it searches: its
   * own search would otherwise wait for its hold.
   */
  hold(answered: () => boolean): () => void {
    const held = { answered };
    this.holds.add(held);
    const release = (): void => {
      clearTimeout(expiry);
      if (this.holds.delete(held)) this.next();
    };
    const expiry = setTimeout(release, this.acknowledgeWaitMs);
    expiry.unref();
    return release;
  }

  /** The search handed to the bots' handlers: `search()` through this queue, every other method as it is. */
  queued(search: SpoxSearch): SpoxSearch {
    const run = (query: string, options?: Parameters<SpoxSearch['search']>[1]): ReturnType<SpoxSearch['search']> =>
      this.run(() => search.search(query, options));
    return new Proxy(search, {
      get: (target, property) => {
        if (property === 'search') return run;
        const value = Reflect.get(target, property) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  }

  /** Starts the next search two turns of the event loop later, once nothing runs and nothing is held. */
  private next(): void {
    if (this.running || this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    setImmediate(() => setImmediate(() => {
      this.scheduled = false;
      for (const held of this.holds) if (held.answered()) this.holds.delete(held);
      // A release or the search's end calls next() again; a hold answered is seen by the poll.
      if (this.running) return;
      if (this.holds.size > 0) return this.pollHolds();
      this.waiting.shift()?.();
    }));
  }

  /** Asks the holds again in `HOLD_POLL_MS`, once, while a search waits for them. */
  private pollHolds(): void {
    if (this.polling) return;
    this.polling = setTimeout(() => {
      this.polling = null;
      this.next();
    }, HOLD_POLL_MS);
    this.polling.unref();
  }
}
