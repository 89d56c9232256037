import { describe, expect, it } from 'vitest';
import { orderMatches, PASSING_MENTION } from '../../src/search/order.js';

describe('newest first', () => {
  const matches = [
    { id: 'a', date: '2020-01-01', score: 10 },
    { id: 'b', date: '2026-08-17', score: 1 },
    { id: 'c', date: '2023-01-01', score: 0.5 },
  ];

  it('sets apart the matches far below the best as passing mentions, each part newest first', () => {
    const { matches: ordered, passing } = orderMatches(matches, 'newest');
    expect(ordered.map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(passing).toBe(2);
  });

  it('judges them on the scores of the user\'s own words when given', () => {
    const own = new Map([['a', 4], ['b', 4 * PASSING_MENTION], ['c', 4 * PASSING_MENTION - 0.01]]);
    const { matches: ordered, passing } = orderMatches(matches, 'newest', own);
    expect(ordered.map((m) => m.id)).toEqual(['b', 'a', 'c']);
    expect(passing).toBe(1);
  });
});
