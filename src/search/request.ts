import { isoDateProblem } from '../util/iso-date.js';
import { questionWords } from '../util/chat-text.js';
import { typedText } from '../util/printable.js';
import { quotedMasked } from './query.js';
import type { SearchFilters } from './types.js';

/**
 * What a search request may hold, checked in one place for every front end (the `ask` command
 * line, the Discord and Slack bots): each says the same thing about the same input, naming the option its way.
 */

/** Longest question searched, counting no quoted phrase in it. */
export const MAX_QUERY_CHARS = 300;
/**
 * Longest question searched when its words beyond `MAX_QUERY_CHARS` are in a quoted phrase: a
 * fact-checker pastes a whole sentence of the Ministry's, and one in a hundred runs over 385
 * characters (the longest in the bundled transcripts, 987). Discord's `/ask` option has this limit
 * (its own allows 6,000).
 */
export const MAX_QUOTED_QUERY_CHARS = 1000;

/** Whether a question is short enough to search (`MAX_QUERY_CHARS`, `MAX_QUOTED_QUERY_CHARS`), in characters as a reader counts them. */
export function searchableLength(query: string): boolean {
  const length = [...query].length;
  return length <= MAX_QUERY_CHARS || (length <= MAX_QUOTED_QUERY_CHARS && charsOutsideQuotes(query) <= MAX_QUERY_CHARS);
}

function charsOutsideQuotes(query: string): number {
  return [...quotedMasked(query)].filter((c) => c !== '\u0001').length;
}
/** Longest spokesperson or outlet filter (the longest outlet in the corpus is far shorter). */
export const MAX_NAME_CHARS = 100;

export type RequestField = 'question' | 'from' | 'to' | 'spokesperson' | 'outlet';

export interface SearchRequestInput {
  question: string;
  from?: string | null;
  to?: string | null;
  spokesperson?: string | null;
  outlet?: string | null;
}

export type CheckedRequest =
  | { ok: true; query: string; filters: SearchFilters }
  /** `problem` is a sentence naming the option as `name` gave it; `value` is the input at fault, if one. */
  | { ok: false; field: RequestField; problem: string; value?: string };

/** `YYYY-MM-DD` that names a real day (not 2020-02-30), or null. */
export function parseIsoDate(text: string): string | null {
  const trimmed = text.trim();
  return isoDateProblem(trimmed) === null ? trimmed : null;
}

/** Checks a request; `name` says how the front end calls a field (`--from`, `` `from` ``). */
export function checkSearchRequest(input: SearchRequestInput, name: (field: RequestField) => string): CheckedRequest {
  // Control characters are no part of a word, and echoed they would reorder or rewrite the bot's own line (`typedText`).
  const query = typedText(input.question).trim();
  if (!query) return { ok: false, field: 'question', problem: `${name('question')} is empty: give the words to look for.` };
  // Only punctuation or emoji ("-", "?"): nothing a search could look for.
  if (!/[\p{L}\p{N}]/u.test(query)) return { ok: false, field: 'question', problem: `${name('question')} holds no letter or digit: give the words to look for.`, value: query };
  // Counted as it is searched, once, for every front end: without its links, mentions and emoji
  // (`questionWords`), which Slack's /spox left out before counting and Discord's /ask counted
  // (review33 #13); in characters as a reader counts them (an emoji or a rare Chinese character is one, not two UTF-16 units).
  const words = questionWords(query);
  if (!searchableLength(words)) {
    const length = [...words].length;
    const outside = charsOutsideQuotes(words);
    const counted = length < [...query.replace(/\s+/g, ' ')].length ? ' without its links, mentions and emoji' : '';
    const quoted = outside < length ? `, ${outside.toLocaleString('en')} of them outside quotes` : '';
    return {
      ok: false, field: 'question',
      problem: `${name('question')} is ${length.toLocaleString('en')} characters long${counted}${quoted}; at most ${MAX_QUERY_CHARS} can be searched, or ${MAX_QUOTED_QUERY_CHARS.toLocaleString('en')} when the rest is a phrase in quotes: keep the words that matter, or put the sentence you look for in quotes.`,
    };
  }
  const filters: SearchFilters = {};
  for (const field of ['from', 'to'] as const) {
    const raw = input[field];
    if (raw === null || raw === undefined) continue;
    const date = parseIsoDate(raw);
    if (!date) return { ok: false, field, problem: `${name(field)} must be a date written YYYY-MM-DD that exists, e.g. 2020-05-22.`, value: raw };
    filters[field] = date;
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    return { ok: false, field: 'from', problem: `${name('from')} (${filters.from}) is later than ${name('to')} (${filters.to}).` };
  }
  for (const field of ['spokesperson', 'outlet'] as const) {
    const typed = input[field] && typedText(input[field]).trim();
    if (!typed) continue;
    // Cleaned as a question is (links, mentions, emoji left out), since it is echoed as one is.
    const value = questionWords(typed);
    if (!value) return { ok: false, field, problem: `${name(field)} holds only links, mentions or emoji: give a name.` };
    const length = [...value].length;
    if (length > MAX_NAME_CHARS) {
      return { ok: false, field, problem: `${name(field)} is ${length.toLocaleString('en')} characters long; at most ${MAX_NAME_CHARS}.` };
    }
    filters[field] = value;
  }
  return { ok: true, query, filters };
}
