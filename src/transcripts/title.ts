import type { Occasion } from './types.js';

/** What a transcript's title says about the briefing. */
export interface TitleFacts {
  /** The named spokesperson; for a statement that names none, {@link UNNAMED_SPOKESPERSON}. */
  spokesperson: string | null;
  /** ISO date when the title carries day, month and year. */
  date: string | null;
  /** Month and day when the title carries them without a year ("on September 10"). */
  monthDay: { month: number; day: number } | null;
  /** Null when the title is not one of a spokesperson's publications. */
  occasion: Occasion | null;
}

/** Who a statement titled "Foreign Ministry Spokesperson’s Remarks on …" is attributed to. */
export const UNNAMED_SPOKESPERSON = 'Foreign Ministry Spokesperson';

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const NAMED = /Spokesperson\s+([A-Z][A-Za-z-]*(?:\s+[A-Z][A-Za-z-]*){0,3})['’]s\b/;
/** "Foreign Ministry Spokesperson’s Remarks on …": the Ministry's voice, no one named. */
const UNNAMED = /Spokesperson['’]s\b/;
const DATED = /\bon\s+([A-Z][a-z]+)\.?\s*(\d{1,2})(?:\s*,\s*(\d{4}))?\s*$/;

/**
 * Reads "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on May 11, 2018".
 * Real titles also write "June11, 2018", "September 10" (no year) and, from 2021, the typographic
 * apostrophe ("Lin Jian’s").
 */
export function readTitle(title: string): TitleFacts {
  const who = NAMED.exec(title);
  const unnamed = !who && UNNAMED.test(title);
  const when = DATED.exec(title);
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
  const spokesperson = who ? who[1]! : unnamed ? UNNAMED_SPOKESPERSON : null;
  return { spokesperson, date, monthDay, occasion: spokesperson ? occasionOf(title, unnamed, monthDay !== null) : null };
}

function occasionOf(title: string, unnamed: boolean, dated: boolean): Occasion {
  if (/\bRegular Press Conference\b/i.test(title)) return 'press-conference';
  if (/\bDaily Briefing Online\b/i.test(title)) return 'online-briefing';
  if (unnamed) return 'statement';
  // "… Guo Jiakun’s Remarks on August 10, 2026": the written answers of a recess day.
  if (dated && /\bRemarks\s+on\s+[A-Z][a-z]+\.?\s*\d/.test(title)) return 'written-remarks';
  return 'remarks';
}
