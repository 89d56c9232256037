import { describe, expect, it } from 'vitest';
import { daysBetween, shiftedDay } from '../../src/util/iso-date.js';
import { namedThenCounted } from '../../src/util/plural.js';
import { readManifest } from '../../src/transcripts/manifest.js';

describe('the first N named, and M more (review34 #14: one helper for seven lists)', () => {
  it('names the first N of the bundled pages, then counts the rest, with the separator before "and"', () => {
    const files = [...readManifest('seeds/mfa-en').keys()].sort();
    expect(files.length).toBeGreaterThan(20);
    expect(namedThenCounted(files, 3)).toBe(`${files.slice(0, 3).join(', ')}, and ${files.length - 3} more`);
    expect(namedThenCounted(files, 2, '; ')).toBe(`${files[0]}; ${files[1]}; and ${files.length - 2} more`);
    expect(namedThenCounted(files.slice(0, 3), 3)).toBe(files.slice(0, 3).join(', '));
    expect(namedThenCounted([], 3)).toBe('');
  });

  it('counts days with the same arithmetic as shiftedDay, across a leap day and a year', () => {
    for (const [from, days] of [['2020-02-28', 1], ['2020-02-28', 2], ['2019-12-31', 1], ['2024-01-01', 366], ['2019-05-20', -30]] as const) {
      expect(daysBetween(from, shiftedDay(from, days))).toBe(days);
    }
    expect(shiftedDay('2020-02-28', 1)).toBe('2020-02-29');
  });
});
