import { describe, expect, it } from 'vitest';
import { answerSpan, orderMatches, PASSING_MENTION } from '../../src/search/order.js';

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

describe('oldest first', () => {
  const matches = [
    { id: 'a', date: '2020-01-01', score: 10 },
    { id: 'b', date: '2026-08-17', score: 9 },
    { id: 'c', date: '2014-01-01', score: 0.5 },
  ];

  it('orders the real matches oldest first, then the passing mentions, and dates the answer by the real ones', () => {
    const { matches: ordered, passing } = orderMatches(matches, 'oldest');
    expect(ordered.map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(passing).toBe(1);
    // The first date answers "when was it first said": the first card's, not a passing mention's.
    expect(answerSpan(ordered, 'oldest', passing)).toEqual({ first: '2020-01-01', last: '2026-08-17' });
    expect(answerSpan(ordered, 'relevance', 0)).toEqual({ first: '2014-01-01', last: '2026-08-17' });
    const newest = orderMatches(matches, 'newest');
    expect(answerSpan(newest.matches, 'newest', newest.passing)).toEqual({ first: '2014-01-01', last: '2026-08-17' });
  });
});

describe('oldest first, of a topic of several words (explore31 #2)', () => {
  const matches = [
    { id: 'apart', date: '2018-09-25', score: 8 },
    { id: 'whole-late', date: '2020-06-11', score: 6 },
    { id: 'whole-2', date: '2020-05-22', score: 5 },
    { id: 'whole-1', date: '2020-05-22', score: 4 },
  ];
  const positions = new Map([['whole-1', 6], ['whole-2', 9]]);

  it('lists the matches that do not hold the whole topic as passing mentions, and one day\'s in the order asked', () => {
    const wholeTopic = new Set(['whole-late', 'whole-2', 'whole-1']);
    const { matches: ordered, passing } = orderMatches(matches, 'oldest', undefined, { wholeTopic, positionOf: (id) => positions.get(id) ?? 1 });
    expect(ordered.map((m) => m.id)).toEqual(['whole-1', 'whole-2', 'whole-late', 'apart']);
    expect(passing).toBe(1);
    expect(answerSpan(ordered, 'oldest', passing).first).toBe('2020-05-22');
  });

  it('sets nothing apart when no match holds it (null), nor newest first', () => {
    expect(orderMatches(matches, 'oldest', undefined, { wholeTopic: null }).matches.map((m) => m.id)).toEqual(['apart', 'whole-2', 'whole-1', 'whole-late']);
    expect(orderMatches(matches, 'newest', undefined, { wholeTopic: new Set(['whole-1']) }).passing).toBe(0);
  });
});
