import { parseIsoDate } from '../search/request.js';

/**
 * A briefing as a person names it: a date (`2020-05-22`), or a date with the letter of a second
 * transcript of that day (`2019-04-29b`). `key` is what the index looks up; null when malformed.
 */
export function parseBriefingKey(text: string): { date: string; key: string } | null {
  const trimmed = text.trim();
  const suffix = /^(\d{4}-\d{2}-\d{2})([b-z])$/.exec(trimmed);
  const date = parseIsoDate(suffix ? suffix[1]! : trimmed);
  if (!date) return null;
  return { date, key: suffix ? `${date}${suffix[2]}` : date };
}
