/**
 * A cache that holds at most `capacity` entries, forgetting the least recently used first: for
 * caches in a long-running process (the bot), which must not grow with every distinct query.
 *
 * Two generations instead of a strict order: entries live in `recent` until it holds half the
 * capacity, then `recent` becomes `older` and the previous `older` (what was not used since) is
 * dropped whole. A hit in `recent` is one Map lookup, which keeps hot loops (stemming every token
 * of the corpus) as fast as with a plain Map; reordering on every hit made indexing 3× slower.
 */
export class LruCache<K, V> {
  private recent = new Map<K, V>();
  private older = new Map<K, V>();
  private readonly half: number;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 2) throw new RangeError(`LRU capacity must be a whole number ≥ 2, not ${capacity}`);
    this.half = Math.floor(capacity / 2);
  }

  get size(): number {
    return this.recent.size + this.older.size;
  }

  get(key: K): V | undefined {
    const value = this.recent.get(key);
    if (value !== undefined || this.recent.has(key)) return value;
    if (!this.older.has(key)) return undefined;
    const old = this.older.get(key) as V;
    this.older.delete(key);
    this.promote(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.recent.has(key)) {
      this.recent.set(key, value);
      return;
    }
    this.older.delete(key);
    this.promote(key, value);
  }

  private promote(key: K, value: V): void {
    this.recent.set(key, value);
    if (this.recent.size >= this.half) {
      this.older = this.recent;
      this.recent = new Map();
    }
  }
}
