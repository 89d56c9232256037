import { parseBriefingKey } from '../answers/dates.js';
import { isoDateProblem } from '../util/iso-date.js';

/**
 * The ids spox shows, as the index writes them: a briefing key is a date, with the letter of a
 * second transcript of that day (`2019-04-29b`), and the source's prefix: `zh-` for the Ministry's
 * Chinese pages, `pc-` for the CMFA PressCon research corpus (`pc-2022-03-10`). An exchange id is
 * a key and its number (`zh-2019-05-29#2`), a statement's `#s1` (`#s1b`, `#s2`).
 */
const SOURCE_PREFIX = /^((?:zh|pc)-)?/;

/** Whether a word after `quote` or `briefing` is meant as an id or key (not a question): it starts with a digit, after a prefix. */
export function looksLikeId(word: string): boolean {
  return /^(?:(?:zh|pc)-)?\d\S*$/i.test(word);
}

/** An exchange id as typed, in the index's form, which is all lower case (`ZH-2019-05-29#S1` → `zh-2019-05-29#s1`). */
export function normalizedRecordId(typed: string): string {
  return typed.trim().toLowerCase();
}

/**
 * A briefing key as typed (`2020-05-22`, `2019-04-29b`, `zh-2019-05-29`, `pc-2022-03-10`): the key
 * and its date; or what is wrong (`not a date`: another form; `no such date`: `2020-02-30`).
 */
export function readBriefingKey(typed: string): { key: string; date: string } | { problem: 'not a date' | 'no such date' } {
  const trimmed = typed.trim().toLowerCase();
  const prefix = SOURCE_PREFIX.exec(trimmed)?.[1] ?? '';
  const rest = trimmed.slice(prefix.length);
  const named = parseBriefingKey(rest);
  if (named) return { key: prefix + named.key, date: named.date };
  return { problem: isoDateProblem(rest.replace(/[b-z]$/, '')) === 'does not exist' ? 'no such date' : 'not a date' };
}
