import { describe, expect, it } from 'vitest';
import { SearchQueue } from '../../src/answers/search-queue.js';

/** Longer than any test may run: a search that waits for it has waited for nothing but the expiry. */
const NEVER_MS = 10 * 60 * 1000;

describe('the bots’ search queue', () => {
  it('starts a queued search once the interaction holding it is answered, without waiting for its handler to end (review33 #11)', async () => {
    const queue = new SearchQueue({ acknowledgeWaitMs: NEVER_MS });
    const events: string[] = [];
    let answered = false;
    let released = false;
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const first = queue.run(async () => {
      started();
      await finished;
      events.push('first');
      return 'first';
    });
    // An interaction arrives while the first search runs, and a second search is queued behind it.
    await running;
    const release = queue.hold(() => answered);
    const second = queue.run(async () => {
      events.push(`second (released: ${released})`);
      return 'second';
    });
    finish();
    await first;
    // The queue has looked at the hold after the first search (two turns) and found it unanswered;
    // then the defer's round trip ends, and nothing calls the queue: it has to see it for itself.
    await new Promise((resolve) => setTimeout(resolve, 20));
    answered = true;
    events.push('answered');
    expect(await second).toBe('second');
    released = true;
    release();
    expect(events).toEqual(['first', 'answered', 'second (released: false)']);
  });

  it('keeps a search waiting while its hold is not answered, and starts it on release', async () => {
    const queue = new SearchQueue({ acknowledgeWaitMs: NEVER_MS });
    const release = queue.hold(() => false);
    let started = false;
    const search = queue.run(async () => {
      started = true;
      return 1;
    });
    // Several polls of the hold go by (bounded): none may start the search.
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 15));
    expect(started).toBe(false);
    release();
    expect(await search).toBe(1);
  });

  it('rejects a search that throws before it returns a promise, and runs the next one (review33 #12)', async () => {
    const queue = new SearchQueue();
    const failing = queue.run((): Promise<string> => {
      throw new Error('thrown at once');
    });
    const after = queue.run(async () => 'after');
    await expect(failing).rejects.toThrow('thrown at once');
    expect(await after).toBe('after');
  });
});
