import type { MatchRef, SpoxSearch } from '../search/types.js';
import type { IndexedRecord } from '../store/types.js';
import { heldPositions } from './held-matches.js';
import type { StoredResult } from './result-store.js';
import { statementsAmong } from '../search/statements.js';
import { askerName, openingText, recordsCountWords, speakerShown } from './wording.js';
import { doubtMark } from './date-doubt.js';

/** Matches listed per page of the list view. */
export const LIST_PAGE_SIZE = 10;

/** One line of the list view: date · spokesperson · asker · first words of the question. */
export interface ListRow {
  id: string;
  date: string;
  spokesperson: string;
  asker: string;
  /** The question (or a statement's text), white space collapsed; cut by the renderer. */
  opening: string;
  /** Id of the exchange it follows up, if any. */
  followup: string | null;
  /** The record's date is doubted (`RecordSource.dateDoubted`): its card says why. */
  dateDoubted?: true;
}

export function listRow(record: IndexedRecord): ListRow {
  return {
    id: record.id,
    date: record.date,
    spokesperson: speakerShown(record.spokesperson),
    asker: askerName(record),
    opening: openingText(record),
    followup: record.followup,
    ...(record.source?.dateDoubted ? { dateDoubted: true as const } : {}),
  };
}

export interface ListPage {
  rows: ListRow[];
  /** 0-based page shown, and how many there are. */
  page: number;
  pages: number;
  /** 0-based position of the first row among all matches. */
  offset: number;
  total: number;
}

/** One page of the matches as list rows (a page number out of range shows the nearest page). */
export function listPage(matches: MatchRef[], page: number, record: (id: string) => IndexedRecord | undefined): ListPage {
  const pages = Math.max(1, Math.ceil(matches.length / LIST_PAGE_SIZE));
  const shown = Math.min(Math.max(0, Math.trunc(page)), pages - 1);
  const offset = shown * LIST_PAGE_SIZE;
  const rows = matches.slice(offset, offset + LIST_PAGE_SIZE).flatMap((m) => {
    const r = record(m.id);
    return r ? [listRow(r)] : [];
  });
  return { rows, page: shown, pages, offset, total: matches.length };
}

/** `2020-06-22 · Zhao Lijian · Reuters · (follow-up) ` — the row's head before the question's opening; a doubted date `2014-01-12 (date doubted)`. */
export function listRowHead(row: ListRow): string {
  return `${rowNamed(row)} · ${row.followup ? '(follow-up) ' : ''}`;
}

/** `3. 2020-06-22 · Zhao Lijian · Reuters`: a row as both bots' menus offer it (`position` 0-based), a doubted date marked. */
export function listOptionLabel(row: ListRow, position: number): string {
  return `${position + 1}. ${rowNamed(row)}`;
}

const rowNamed = (row: ListRow): string => `${row.date}${doubtMark(row.dateDoubted)} · ${row.spokesperson} · ${row.asker}`;

/** A page of the matches the index still holds; `positions[i]` is row i's 0-based position among all the matches. */
export interface HeldListPage extends ListPage {
  positions: number[];
  /** Matches of the search the index no longer holds (it was rebuilt since). */
  gone: number;
  /** How many of all the search's matches (held or gone) are statements, absent when none: said apart in the title. */
  statements?: number;
}

/**
 * One page of the list view: the result's matches the index still holds, numbered by position
 * among all of them as the cards are. Null when it holds none of them (`goneText` says why).
 */
export function heldListPage(result: Pick<StoredResult, 'matches'>, page: number, search: Pick<SpoxSearch, 'record'>): HeldListPage | null {
  const held = heldPositions(result, search);
  if (held.length === 0) return null;
  const shown = listPage(held.map((i) => result.matches[i]!), page, (id) => search.record(id));
  return { ...shown, positions: held.slice(shown.offset, shown.offset + shown.rows.length), gone: result.matches.length - held.length, ...statementsAmong(result.matches) };
}

/**
 * `16 exchanges · page 1 of 2`, `14 exchanges and 2 statements · page 1 of 2`, or `12 of 16 exchanges
 * (the index no longer holds 4) · page 1 of 2`: counted as the answer's totals count (`recordsCountWords`).
 */
export function listTitle(shown: HeldListPage): string {
  const all = recordsCountWords(shown.total + shown.gone, shown.statements);
  const count = shown.gone > 0 ? `${shown.total} of ${all} (the index no longer holds ${shown.gone})` : all;
  return `${count} · page ${shown.page + 1} of ${shown.pages}`;
}

/** Under the list: how to open a row, or (`ask`: the search command) that the index was rebuilt since. */
export function listFooter(shown: HeldListPage, ask: string): string {
  return shown.gone > 0
    ? `The index has been rebuilt since this search: run ${ask} again to search it as it is now. Open any of these with the menu.`
    : 'Open any of them with the menu; each card has Cite and the official transcript.';
}

/**
 * Where a reader is in a stored result: a card (match `index`) or a page of the list. Encoded as
 * one token without ':' for a button's id or a Slack action value: `c.RESULT.3`, `l.RESULT.0`.
 */
export interface ResultPosition {
  resultId: string;
  view: 'card' | 'list';
  index: number;
}

export function encodePosition(p: ResultPosition): string {
  return `${p.view === 'card' ? 'c' : 'l'}.${p.resultId}.${p.index}`;
}

/** The shape of a stored result's id as buttons carry it; one of another shape is no id spox made. */
const RESULT_ID = '[A-Za-z0-9_-]{1,40}';
const WHOLE_RESULT_ID = new RegExp(`^${RESULT_ID}$`);
const POSITION = new RegExp(`^([cl])\\.(${RESULT_ID})\\.(\\d{1,5})$`);

export function isResultId(text: string): boolean {
  return WHOLE_RESULT_ID.test(text);
}

export function decodePosition(text: string): ResultPosition | null {
  const m = POSITION.exec(text);
  if (!m) return null;
  return { view: m[1] === 'c' ? 'card' : 'list', resultId: m[2]!, index: Number(m[3]) };
}
