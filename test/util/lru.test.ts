import { describe, expect, it } from 'vitest';
import { LruCache } from '../../src/util/lru.js';

describe('LruCache', () => {
  it('holds at most its capacity, forgetting the least recently used first', () => {
    const cache = new LruCache<string, number | null>(3);
    cache.set('a', 1);
    cache.set('b', null);
    cache.set('c', 3);
    expect(cache.get('a')).toBe(1); // now the most recent
    cache.set('d', 4);
    expect(cache.size).toBe(3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    cache.set('c', 30); // replacing counts as a use
    cache.set('e', 5);
    expect(cache.get('d')).toBeUndefined();
    expect(cache.get('c')).toBe(30);
    expect(() => new LruCache(0)).toThrow(RangeError);
  });
});
