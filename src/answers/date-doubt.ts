import { answerSpan } from '../search/order.js';
import type { MatchRef, SearchResponse, SpoxSearch } from '../search/types.js';
import type { IndexedRecord } from '../store/types.js';
import { PRESSCON_KEY_PREFIX } from '../transcripts/presscon.js';

/**
 * `date doubted (the sheet contradicts it): its link (t1227486) is numbered after 2014-12-31's
 * (t1225027), and 2014-01-12 was a Sunday; check the Ministry's page before citing the date`: said
 * wherever a record whose imported date the corpus's own sheet contradicts (`RecordSource.dateDoubted`)
 * is shown or cited, so the date is checked first; null for any other record.
 */
export function dateDoubtWords(record: Pick<IndexedRecord, 'source'>): string | null {
  const why = record.source?.dateDoubted;
  return why ? `date doubted (the sheet contradicts it): ${why}; check the Ministry's page before citing the date` : null;
}

/** After a date only records of a doubted date give, or a record's own, where a line has no room for why: `2014-01-12 (date doubted)`. */
const DATE_DOUBTED_MARK = ' (date doubted)';

/** DATE_DOUBTED_MARK after a date, a key or a line that is `doubted`, else ''. */
export function doubtMark(doubted: unknown): string {
  return doubted ? DATE_DOUBTED_MARK : '';
}

/**
 * Whether the answers of `spokesperson` the index holds of `date` are only records whose date is doubted:
 * a research corpus's pairs of that date (the only records a date is doubted of) are theirs and every
 * one is doubted, and no other briefing of that date, in either language, holds an answer of theirs.
 */
export function spokespersonDayDoubted(search: Pick<SpoxSearch, 'briefing' | 'briefingsBetween'>, spokesperson: string, date: string): boolean {
  const theirs = search.briefing(`${PRESSCON_KEY_PREFIX}${date}`)?.records.filter((r) => r.spokesperson === spokesperson) ?? [];
  return theirs.length > 0 && theirs.every((r) => r.source?.dateDoubted) && search.briefingsBetween(date, date, undefined, spokesperson).briefings === 1;
}

/** An end of a span of dates (the first or last mention) that only records of a doubted date give, and the end without them. */
export interface DoubtedEnd {
  date: string;
  /** The first (last) date of the matches whose date is not doubted; null when every match's is. */
  next: string | null;
}

export interface DoubtedEnds {
  first?: DoubtedEnd;
  last?: DoubtedEnd;
}

/** Dates of doubted records taken off an end at most: past it, the span is left as it then is. */
const MOST_DATES_TAKEN_OFF = 20;

/**
 * The ends of the span `spanOf(matches)` (the first and last mention an answer or a timeline gives)
 * that rest only on records whose date is doubted (`isDoubted`), each with the end the other matches
 * give; undefined when neither does. Only the matches on an end's date are looked up, so a search of
 * thousands of matches reads a few records.
 */
export function doubtedEnds(
  matches: readonly MatchRef[],
  spanOf: (kept: readonly MatchRef[]) => { first: string | null; last: string | null },
  isDoubted: (id: string) => boolean,
): DoubtedEnds | undefined {
  const span = spanOf(matches);
  let kept = matches;
  let now = span;
  for (let taken = 0; taken < MOST_DATES_TAKEN_OFF; taken++) {
    const end = [now.first, now.last].find((date) => date !== null && kept.filter((m) => m.date === date).every((m) => isDoubted(m.id)));
    if (!end) break;
    kept = kept.filter((m) => m.date !== end);
    now = spanOf(kept);
  }
  const ends: DoubtedEnds = {
    ...(span.first && now.first !== span.first ? { first: { date: span.first, next: now.first } } : {}),
    ...(span.last && now.last !== span.last ? { last: { date: span.last, next: now.last } } : {}),
  };
  return ends.first || ends.last ? ends : undefined;
}

/**
 * The ends of an answer's span (`SearchResponse.first`, `last`: `answerSpan`) that only records of a
 * doubted date give, the matches listed after the mentions (`passing`) left out as the span leaves them.
 */
export function responseDoubtedEnds(
  response: Pick<SearchResponse, 'matches' | 'sort' | 'passing'>,
  record: (id: string) => Pick<IndexedRecord, 'source'> | undefined,
): DoubtedEnds | undefined {
  const { matches, sort, passing } = response;
  const listedAfter = new Set(matches.slice(matches.length - passing).map((m) => m.id));
  const spanOf = (kept: readonly MatchRef[]) => answerSpan([...kept], sort, passing > 0 ? kept.filter((m) => listedAfter.has(m.id)).length : 0);
  return doubtedEnds(matches, spanOf, doubtedRecords(record));
}

/** Whether the record of `id` has a doubted date, each record read once. */
export function doubtedRecords(record: (id: string) => Pick<IndexedRecord, 'source'> | undefined): (id: string) => boolean {
  const seen = new Map<string, boolean>();
  return (id) => {
    let doubted = seen.get(id);
    if (doubted === undefined) {
      doubted = Boolean(record(id)?.source?.dateDoubted);
      seen.set(id, doubted);
    }
    return doubted;
  };
}

/**
 * `the first date, 2014-01-12, is doubted (the sheet contradicts it); check the Ministry's page before
 * citing it as the first; the first date not doubted is 2015-01-22`: said after the first and last
 * mention of an answer or a timeline (`doubtedEnds`); '' when neither is doubted.
 */
export function doubtedEndsWords(ends: DoubtedEnds | undefined): string {
  if (!ends) return '';
  if (ends.first && ends.last && ends.first.date === ends.last.date) {
    return `the only date, ${ends.first.date}, is doubted (the sheet contradicts it); check the Ministry's page before citing it`;
  }
  const said = (which: 'first' | 'last', end: DoubtedEnd): string => {
    const next = end.next ? `the ${which} date not doubted is ${end.next}` : 'every date of them is doubted';
    return `the ${which} date, ${end.date}, is doubted (the sheet contradicts it); check the Ministry's page before citing it as the ${which}; ${next}`;
  };
  return [ends.first ? said('first', ends.first) : '', ends.last ? said('last', ends.last) : ''].filter(Boolean).join('; ');
}
