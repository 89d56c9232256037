/** What a transcript's title says about the briefing. */
export interface TitleFacts {
  spokesperson: string | null;
  /** ISO date when the title carries day, month and year. */
  date: string | null;
  /** Month and day when the title carries them without a year ("on September 10"). */
  monthDay: { month: number; day: number } | null;
}

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on May 11, 2018".
 * Real titles also write "June11, 2018" and "September 10" (no year).
 */
export function readTitle(title: string): TitleFacts {
  const who = /Spokesperson\s+([A-Z][A-Za-z-]*(?:\s+[A-Z][A-Za-z-]*){0,3})['’]s\b/.exec(title);
  const when = /\bon\s+([A-Z][a-z]+)\.?\s*(\d{1,2})(?:\s*,\s*(\d{4}))?\s*$/.exec(title);
  let date: string | null = null;
  let monthDay: TitleFacts['monthDay'] = null;
  if (when) {
    const month = MONTHS.indexOf(when[1]!.toLowerCase()) + 1;
    const day = Number(when[2]);
    if (month > 0 && day >= 1 && day <= 31) {
      monthDay = { month, day };
      if (when[3]) date = isoDate(Number(when[3]), month, day);
    }
  }
  return { spokesperson: who ? who[1]! : null, date, monthDay };
}
