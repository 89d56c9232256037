import { describe, expect, it } from 'vitest';
import { mean, precisionAtK, reciprocalRank, successAtK } from '../../src/eval/metrics.js';

const T = true;
const F = false;

describe('precisionAtK', () => {
  it('is the share of the first k positions that are relevant', () => {
    expect(precisionAtK([T, F, T, T, F], 5)).toBeCloseTo(0.6);
    expect(precisionAtK([T, T, T, T, T], 5)).toBe(1);
    expect(precisionAtK([F, F, F, F, F], 5)).toBe(0);
  });

  it('ignores what lies beyond k', () => {
    expect(precisionAtK([F, F, F, F, F, T, T, T], 5)).toBe(0);
    expect(precisionAtK([T, F, T, T, T, F, F], 3)).toBeCloseTo(2 / 3);
  });

  it('counts missing positions as not relevant: returning less cannot raise precision', () => {
    expect(precisionAtK([T, T], 5)).toBeCloseTo(0.4);
    expect(precisionAtK([], 5)).toBe(0);
  });

  it('rejects a k that is not a positive whole number', () => {
    expect(() => precisionAtK([T], 0)).toThrow(RangeError);
    expect(() => precisionAtK([T], 2.5)).toThrow(RangeError);
  });
});

describe('successAtK', () => {
  it('is 1 when any of the first k hits is relevant', () => {
    expect(successAtK([F, F, F, F, T], 5)).toBe(1);
    expect(successAtK([T], 5)).toBe(1);
  });

  it('is 0 when the relevant hit is beyond k, or there are no hits', () => {
    expect(successAtK([F, F, F, F, F, T], 5)).toBe(0);
    expect(successAtK([], 5)).toBe(0);
  });
});

describe('reciprocalRank', () => {
  it('is 1 / the rank of the first relevant hit', () => {
    expect(reciprocalRank([T, F, T])).toBe(1);
    expect(reciprocalRank([F, F, T, T])).toBeCloseTo(1 / 3);
    expect(reciprocalRank([F, F, F, F, F, F, F, F, F, T])).toBeCloseTo(0.1);
  });

  it('is 0 with no relevant hit, no hits, or the first one beyond the cut-off', () => {
    expect(reciprocalRank([F, F, F])).toBe(0);
    expect(reciprocalRank([])).toBe(0);
    expect(reciprocalRank([F, F, T], 2)).toBe(0);
    expect(reciprocalRank([F, T, T], 2)).toBe(0.5);
  });
});

describe('mean', () => {
  it('averages, and has no value for no values', () => {
    expect(mean([1, 0, 0.5])).toBeCloseTo(0.5);
    expect(mean([0.25])).toBe(0.25);
    expect(mean([])).toBeNull();
  });
});
