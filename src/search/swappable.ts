import type { SpoxSearch } from './types.js';

/**
 * The search the bot's commands hold: it answers with whichever index was opened last. A reload
 * swaps the whole engine in one assignment, so a command sees one index or the other, never a mix.
 * Every method is forwarded (a proxy), so methods added to SpoxSearch need nothing here.
 */
export class SwappableSearch {
  private current: SpoxSearch;
  /** Hand this to the commands. */
  readonly search: SpoxSearch;

  constructor(initial: SpoxSearch) {
    this.current = initial;
    this.search = new Proxy({} as SpoxSearch, {
      get: (_target, property) => {
        const value = (this.current as unknown as Record<PropertyKey, unknown>)[property];
        return typeof value === 'function' ? value.bind(this.current) : value;
      },
    });
  }

  swap(next: SpoxSearch): void {
    this.current = next;
  }

  get engine(): SpoxSearch {
    return this.current;
  }
}
