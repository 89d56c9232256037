import { describe, expect, it } from 'vitest';
import { withoutImpossibleDates } from '../../src/search/impossible-dates.js';
import { numericDatesAsWords } from '../../src/search/numeric-dates.js';

/** Every day 0-32 of months 0-13, written in figures each way a question may, in two years (one leap). */
function datesInFigures(): string[] {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const dates: string[] = [];
  for (const year of ['2019', '2020']) {
    for (let month = 0; month <= 13; month++) {
      for (let day = 0; day <= 32; day++) {
        for (const sep of ['/', '.']) dates.push(`${day}${sep}${month}${sep}${year}`, `${month}${sep}${day}${sep}${year}`, `${pad(day)}${sep}${pad(month)}${sep}${year}`, `${year}${sep}${month}${sep}${day}`, `${year}${sep}${pad(month)}${sep}${pad(day)}`);
        dates.push(`${day}-${month}-${year}`);
      }
    }
  }
  return dates;
}

describe('dates in figures, found by one set of patterns (numeric-dates.ts) and read one way (fix39b)', () => {
  it('takes out as impossible exactly the dates in figures that numeric-dates.ts leaves unread, and no other', () => {
    const dates = datesInFigures();
    expect(dates.length).toBeGreaterThan(10_000);
    const disagree = dates.filter((date) => {
      const question = `Huawei on ${date}?`;
      const read = numericDatesAsWords(question).text !== question;
      const impossible = withoutImpossibleDates(question).dates.length > 0;
      return read === impossible;
    });
    expect(disagree).toEqual([]);
    // Both sides of it: some read, some taken out.
    expect(withoutImpossibleDates('Huawei on 30.2.2020?').dates).toEqual(['30.2.2020']);
    expect(numericDatesAsWords('Huawei on 29.2.2020?').text).toBe('Huawei on February 29, 2020?');
  });
});
