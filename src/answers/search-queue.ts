import type { SpoxSearch } from '../search/types.js';

/**
 * Longest a new interaction keeps searches from starting while it is acknowledged: Discord and Slack
 * drop an acknowledgement after 3 s, so past that there is nothing left to make room for.
 */
export const ACKNOWLEDGE_WAIT_MS = 3000;

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

  /** Runs `task` when the searches queued before it have run and no interaction is being acknowledged. */
  run<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push(() => {
        this.running = true;
        task().then(resolve, reject).finally(() => {
          this.running = false;
          this.next();
        });
      });
      this.next();
    });
  }

  /**
   * An interaction that has arrived and is not yet acknowledged: no search starts until `answered()`
   * says it is, the returned release is called (its handler ended), or `ACKNOWLEDGE_WAIT_MS` passed.
   * A handler acknowledges before it searches: its own search would otherwise wait for its hold.
   */
  hold(answered: () => boolean): () => void {
    const held = { answered };
    this.holds.add(held);
    const release = (): void => {
      clearTimeout(expiry);
      if (this.holds.delete(held)) this.next();
    };
    const expiry = setTimeout(release, ACKNOWLEDGE_WAIT_MS);
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
      if (this.running || this.holds.size > 0) return; // a release or the search's end calls next() again
      this.waiting.shift()?.();
    }));
  }
}
