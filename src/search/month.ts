import { termsOf } from './terms.js';

/**
 * A month named in a question ("Huawei in March 2019", "the talks of October, 2018") asks about
 * the briefings of that month: it is read as a date filter, as a spokesperson named as the speaker
 * is (`speaker.ts`), and its words are not searched. A year alone stays rule 4 of gate.ts (that
 * year or later: "the 2022 Winter Olympics" was discussed from 2018 on); a month is narrower than
 * any event's aftermath a reporter would mean by it. Words that make it an edge ("since March
 * 2019", "before May 2020") or a second month ("between March and May 2019") are left as they are.
 */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_NAME = String.raw`(${MONTH_NAMES.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
/** A month's name just before the one found: "between March and May 2019" names two. */
const MONTH_BEFORE = new RegExp(String.raw`\b(?:${MONTH_NAMES.join('|')})\s*$`, 'i');
const MONTH_YEAR = new RegExp(String.raw`(?:\b(?:in|during)\s+)?\b${MONTH_NAME},?\s+(?:of\s+)?((?:19|20)\d\d)\b`, 'gi');
const EDGE_BEFORE = /\b(?:since|after|before|until|till|from|to|through|between|and|or)\s*$/i;

export interface MonthIntent {
  /** The question without the month's words. */
  query: string;
  /** The dates as the question wrote them, for saying what was read ("March 2019", "2020", "since 2020"). */
  words: string;
  from?: string;
  to?: string;
}

export function monthIntent(query: string): MonthIntent | null {
  const found = [...query.matchAll(MONTH_YEAR)];
  if (found.length !== 1) return null;
  const m = found[0]!;
  const before = query.slice(0, m.index);
  // "May" alone is also a verb and a name; only with its year is it a month, and only when not an edge.
  if (EDGE_BEFORE.test(before) || MONTH_BEFORE.test(before)) return null;
  const month = MONTH_NAMES.findIndex((name) => name.slice(0, 3).toLowerCase() === m[1]!.slice(0, 3).toLowerCase()) + 1;
  const year = Number(m[2]);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, '0');
  const rest = `${before} ${query.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').replace(/\s+([?.!,])/g, '$1').trim();
  // Nothing left to search but framing ("What was said in March 2019?"): searched as written.
  if (termsOf(rest).length === 0) return null;
  return {
    query: rest,
    words: `${m[1]} ${year}`,
    from: `${year}-${mm}-01`,
    to: `${year}-${mm}-${String(lastDay).padStart(2, '0')}`,
  };
}

/**
 * A year said as the time of the talk, read as its dates like a month: "Huawei in 2020" (at the
 * question's end), "since 2020", "before 2020". A year said as the time of an event stays rule 4 of
 * gate.ts (that year or later, or naming it): a bare year ("Pelosi's 2022 visit"), one inside the
 * question ("the office opened in 2018, which Pyongyang later blew up") or after a participle ("the
 * government elected in 2018", "the Games held in 2022"): their talk goes on in later years.
 */
const YEAR_AT_END = /\b(in|during|throughout)\s+((?:19|20)\d\d)\s*[?.!]*\s*$/i;
const YEAR_EDGE = /\b(since|before)\s+((?:19|20)\d\d)\b|\bfrom\s+((?:19|20)\d\d)\s+on(?:wards?)?\b/i;
const PARTICIPLE_BEFORE = /\b(?:\w+ed|held|won|built|begun|made|taken|set|hit|shot|struck|fought|led|sent|sold|brought|broken|written|seen|born|signed|elected)\s*$/i;
const YEARS = /\b(?:19|20)\d\d\b/g;

export function yearIntent(query: string): MonthIntent | null {
  if ((query.match(YEARS) ?? []).length !== 1) return null;
  const atEnd = YEAR_AT_END.exec(query);
  const edge = atEnd ? null : YEAR_EDGE.exec(query);
  const m = atEnd ?? edge;
  if (!m) return null;
  const before = query.slice(0, m.index);
  if (atEnd && PARTICIPLE_BEFORE.test(before)) return null;
  const rest = `${before} ${query.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').replace(/\s+([?.!,])/g, '$1').trim();
  if (termsOf(rest).length === 0) return null;
  if (atEnd) return { query: rest, words: m[2]!, from: `${m[2]}-01-01`, to: `${m[2]}-12-31` };
  const since = m[1]?.toLowerCase() !== 'before';
  const year = Number(m[2] ?? m[3]);
  return since
    ? { query: rest, words: `since ${year}`, from: `${year}-01-01` }
    : { query: rest, words: `before ${year}`, to: `${year - 1}-12-31` };
}

/** What an answer says of the dates its question named: "only the briefings of 2020, the year your question names". */
export function namedDatesNote(words: string): string {
  if (/^(?:since|before) /.test(words)) return `only the briefings ${words}, as your question asks`;
  return `only the briefings of ${words}, the ${/^\d{4}$/.test(words) ? 'year' : 'month'} your question names`;
}
