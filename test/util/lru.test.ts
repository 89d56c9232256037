import { describe, expect, it } from 'vitest';
import { LruCache } from '../../src/util/lru.js';

describe('LruCache', () => {
  it('never holds more than its capacity, however many keys it sees', () => {
    const cache = new LruCache<string, number>(100);
    for (let i = 0; i < 10_000; i++) {
      cache.set(`k${i}`, i);
      expect(cache.size).toBeLessThanOrEqual(100);
    }
    expect(cache.get('k0')).toBeUndefined();
    // The most recent half of the capacity is always there.
    for (let i = 10_000 - 50; i < 10_000; i++) expect(cache.get(`k${i}`)).toBe(i);
  });

  it('keeps what is used and forgets what is not, values null included', () => {
    const cache = new LruCache<string, string | null>(10);
    cache.set('hot', null);
    cache.set('cold', 'x');
    for (let i = 0; i < 1000; i++) {
      cache.set(`k${i}`, 'v');
      expect(cache.get('hot')).toBeNull();
    }
    expect(cache.get('cold')).toBeUndefined();
    cache.set('hot', 'changed');
    expect(cache.get('hot')).toBe('changed');
    expect(() => new LruCache(1)).toThrow(RangeError);
  });
});
