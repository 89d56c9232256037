import type { SpoxSearch } from '../search/types.js';
import { parseIsoDate } from '../search/request.js';
import { isoDateProblem } from '../util/iso-date.js';
import { KEY_PREFIX } from '../search/ids-in-question.js';

/**
 * A briefing as a person names it, as spox shows it: a date (`2020-05-22`), with the letter of a
 * second transcript of that day (`2019-04-29b`), and the source's prefix: `zh-` for the Ministry's
 * Chinese pages, `pc-` for the CMFA PressCon research corpus (`zh-2019-05-29`, `pc-2022-03-10`), in
 * any letter case. `key` is what the index looks up; null when malformed.
 */
export function parseBriefingKey(text: string): { date: string; key: string } | null {
  const read = readBriefingKey(text);
  return 'problem' in read ? null : read;
}

const SOURCE_PREFIX = new RegExp(`^(${KEY_PREFIX})?`);

/** The key and date of a briefing as typed (`parseBriefingKey`), or what is wrong: another form, or a date that does not exist (`2020-02-30`). */
export function readBriefingKey(typed: string): { key: string; date: string; prefix: string } | { problem: 'not a date' | 'no such date' } {
  const trimmed = typed.trim().toLowerCase();
  const prefix = SOURCE_PREFIX.exec(trimmed)?.[1] ?? '';
  const rest = trimmed.slice(prefix.length);
  const suffix = /^(\d{4}-\d{2}-\d{2})([b-z])$/.exec(rest);
  const date = parseIsoDate(suffix ? suffix[1]! : rest);
  if (date) return { key: `${prefix}${date}${suffix ? suffix[2] : ''}`, date, prefix };
  return { problem: isoDateProblem(rest.replace(/[b-z]$/, '')) === 'does not exist' ? 'no such date' : 'not a date' };
}

/**
 * The keys to offer when no briefing has the key typed: the nearest dates of the same source's
 * briefings (`zh-2021-02-01` offers Chinese transcripts, written as keys one can type again).
 */
export function nearestKeys(search: Pick<SpoxSearch, 'nearestBriefingDates'>, typed: { date: string; prefix: string }, n: number): string[] {
  return search.nearestBriefingDates(typed.date, n, typed.prefix).map((date) => `${typed.prefix}${date}`);
}
