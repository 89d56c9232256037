import { edged, edgeOf, STARTING, type MonthIntent } from './month.js';

/** The words and helpers the readings of dates said relative to today share (`relative-dates.ts`, `relative-days.ts`). */

/** Words that make a time an edge (`edgeOf`: "since", "from", "as of", "starting (in)" … "until", "through", "up to"). */
export const EDGE_WORDS = String.raw`since|after|before|until|till|through|from|up\s+to|${STARTING}`;
/** At the question's end, before its closing punctuation. */
export const AT_END = String.raw`(?=\s*[?.!]*\s*$)`;
/** Words of speaking after which a time is the talk's ("say in April", "told reporters yesterday"). */
export const SPEAKING = 'say|said|tell|told|comment|commented|mention|mentioned|respond|responded|state|stated';
/** What a briefing is called after a day's possessive ("yesterday's briefing", "Monday's regular press conference"). */
export const BRIEFING = String.raw`(?:regular\s+)?(?:press\s+(?:briefing|conference)|briefing|presser)\b`;

/** Dates as read: the words said in the answer, and the first and last day. */
export type Dates = Pick<MonthIntent, 'words' | 'from' | 'to'>;

export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** Dates as an edge word bounds them (`edged`); a lower edge runs to today. Null when that is yet to come ("after this month"). */
export function withEdge(word: string | undefined, dates: Required<Dates>, today: Date): Dates | null {
  const edge = edgeOf(word);
  if (!edge) return dates;
  const bounded = edged(edge, dates.from, dates.to);
  if (bounded.from && bounded.from > isoDay(today)) return null;
  return { words: `${edge} ${dates.words}`, ...bounded, ...(bounded.from ? { to: isoDay(today) } : {}) };
}
