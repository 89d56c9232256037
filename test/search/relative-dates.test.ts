import { describe, expect, it } from 'vitest';
import { chineseDatesAsEnglish } from '../../src/search/chinese-question.js';
import { namedDatesNote } from '../../src/search/month.js';
import { timeIntent } from '../../src/search/query.js';
import { relativeDatesIntent } from '../../src/search/relative-dates.js';

const today = new Date('2026-11-29T15:00:00Z');

describe('dates said relative to today', () => {
  it('reads this and last year or month as calendar dates, up to today', () => {
    expect(relativeDatesIntent('What did China say about Taiwan last year?', today)).toEqual({
      query: 'What did China say about Taiwan?', words: '2025 (last year)', from: '2025-01-01', to: '2025-12-31',
    });
    expect(relativeDatesIntent('Taiwan this year', today)).toEqual({ query: 'Taiwan', words: '2026 (this year)', from: '2026-01-01', to: '2026-11-29' });
    expect(relativeDatesIntent('Huawei in the current year', today)).toMatchObject({ query: 'Huawei', from: '2026-01-01' });
    expect(relativeDatesIntent('Japan this month', today)).toEqual({ query: 'Japan', words: 'November 2026 (this month)', from: '2026-11-01', to: '2026-11-29' });
    expect(relativeDatesIntent('Japan last month', today)).toEqual({ query: 'Japan', words: 'October 2026 (last month)', from: '2026-10-01', to: '2026-10-31' });
    // January's "last month" is December of the year before.
    expect(relativeDatesIntent('Japan last month', new Date('2027-01-05T00:00:00Z'))).toMatchObject({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('reads "the past year", "the last 6 months", "past two years" as stretches ending today', () => {
    expect(relativeDatesIntent('Huawei in the past year', today)).toEqual({
      query: 'Huawei', words: 'the past year (since 2025-11-29)', from: '2025-11-29', to: '2026-11-29',
    });
    expect(relativeDatesIntent('What has China said about the Philippines over the last 6 months?', today)).toMatchObject({
      query: 'What has China said about the Philippines?', from: '2026-05-29', to: '2026-11-29',
    });
    expect(relativeDatesIntent('Taiwan past two years', today)).toMatchObject({ words: 'the past 2 years (since 2024-11-29)' });
    expect(relativeDatesIntent('Taiwan last 3 months', today)).toMatchObject({ from: '2026-08-29' });
    // The 31st less a month falls on the shorter month's last day.
    expect(relativeDatesIntent('Taiwan in the past month', new Date('2026-03-31T00:00:00Z'))).toMatchObject({ from: '2026-02-28' });
  });

  it('leaves weeks, vague stretches, quoted phrases, a named year and framing alone', () => {
    for (const query of [
      'Taiwan this week', 'Taiwan last week', 'Taiwan in the past few months', 'Taiwan recently',
      '"last year" Taiwan', 'Taiwan this year and in 2019', 'What was said last year?', 'Taiwan last year and this year',
      'Taiwan in the past 900 years',
    ]) expect(relativeDatesIntent(query, today), query).toBeNull();
  });

  it('reads the Chinese words for them the same way, and what is left still asks for the latest', () => {
    const chinese = chineseDatesAsEnglish('去年 台湾');
    expect(relativeDatesIntent(chinese, today)).toMatchObject({ query: '台湾', from: '2025-01-01', to: '2025-12-31' });
    expect(relativeDatesIntent(chineseDatesAsEnglish('台湾 上个月'), today)).toMatchObject({ from: '2026-10-01' });
    // Weeks still ask for the latest, as issue 8 has it.
    expect(timeIntent('台湾 本周').latest).toBe(true);
  });

  it('is said as read, in the answer', () => {
    expect(namedDatesNote('2025 (last year)')).toBe('only the briefings of 2025 (last year), as your question asks');
    expect(namedDatesNote('the past year (since 2025-11-29)')).toBe('only the briefings of the past year (since 2025-11-29), as your question asks');
  });
});
