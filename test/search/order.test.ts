import { describe, expect, it } from 'vitest';
import { answerSpan, orderMatches } from '../../src/search/order.js';

describe('newest first', () => {
  const matches = [
    { id: 'a', date: '2020-01-01', score: 10 },
    { id: 'b', date: '2026-08-17', score: 1 },
    { id: 'c', date: '2023-01-01', score: 0.5 },
  ];

  it('lists every mention newest first, however low it scores (a passing mention is still a mention)', () => {
    const { matches: ordered, passing } = orderMatches(matches, 'newest');
    expect(ordered.map((m) => m.id)).toEqual(['b', 'c', 'a']);
    expect(passing).toBe(0);
    expect(answerSpan(ordered, 'newest', passing)).toEqual({ first: '2020-01-01', last: '2026-08-17' });
  });

  it('lists after them the matches that hold none of the user\'s own words (reached by feedback terms or the vectors)', () => {
    const own = new Map([['a', 4], ['c', 0.01]]);
    const { matches: ordered, passing } = orderMatches(matches, 'newest', own);
    expect(ordered.map((m) => m.id)).toEqual(['c', 'a', 'b']);
    expect(passing).toBe(1);
    // The last date is the first card's.
    expect(answerSpan(ordered, 'newest', passing)).toEqual({ first: '2020-01-01', last: '2023-01-01' });
  });
});

describe('oldest first', () => {
  const matches = [
    { id: 'a', date: '2020-01-01', score: 10 },
    { id: 'b', date: '2026-08-17', score: 9 },
    { id: 'c', date: '2014-01-01', score: 0.5 },
  ];

  it('starts with the oldest mention, however low it scores, and dates the answer by it (explore33b W2)', () => {
    const { matches: ordered, passing } = orderMatches(matches, 'oldest');
    expect(ordered.map((m) => m.id)).toEqual(['c', 'a', 'b']);
    expect(passing).toBe(0);
    expect(answerSpan(ordered, 'oldest', passing)).toEqual({ first: '2014-01-01', last: '2026-08-17' });
    expect(answerSpan(ordered, 'relevance', 0)).toEqual({ first: '2014-01-01', last: '2026-08-17' });
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

  it('lists the matches that do not mention the whole topic after the mentions, and one day\'s in the order asked', () => {
    const wholeTopic = new Set(['whole-late', 'whole-2', 'whole-1']);
    const { matches: ordered, passing } = orderMatches(matches, 'oldest', undefined, { wholeTopic, positionOf: (id) => positions.get(id) ?? 1 });
    expect(ordered.map((m) => m.id)).toEqual(['whole-1', 'whole-2', 'whole-late', 'apart']);
    expect(passing).toBe(1);
    expect(answerSpan(ordered, 'oldest', passing).first).toBe('2020-05-22');
  });

  it('sets nothing apart when no match holds it (null); newest first, the same mentions first, the later asked first on one day', () => {
    expect(orderMatches(matches, 'oldest', undefined, { wholeTopic: null }).matches.map((m) => m.id)).toEqual(['apart', 'whole-2', 'whole-1', 'whole-late']);
    const wholeTopic = new Set(['whole-late', 'whole-2', 'whole-1']);
    const newest = orderMatches(matches, 'newest', undefined, { wholeTopic, positionOf: (id) => positions.get(id) ?? 1 });
    expect([newest.matches.map((m) => m.id), newest.passing]).toEqual([['whole-late', 'whole-2', 'whole-1', 'apart'], 1]);
  });
});
