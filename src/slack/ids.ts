import { KEY_PREFIX } from '../answers/dates.js';

/*
 * The ids spox shows, as the index writes them: a briefing key (`readBriefingKey` in
 * answers/dates.ts: `2019-04-29b`, `zh-2019-05-29`, `pc-2022-03-10`) and its number
 * (`zh-2019-05-29#2`), a statement's `#s1` (`#s1b`, `#s2`).
 */

const ID_START = new RegExp(`^(?:${KEY_PREFIX})?\\d\\S*$`, 'i');
const ID_ATTEMPT = new RegExp(`^(?:${KEY_PREFIX})?\\d[\\d\\-/.]*b?(?:#s?\\d*b?)?$`, 'i');

/** Whether a word after `quote` or `briefing` is meant as an id or key (not a question): it starts with a digit, after a prefix. */
export function looksLikeId(word: string): boolean {
  return ID_START.test(word);
}

/**
 * Whether what follows `quote` or `briefing` is an id or date written with more words or marks
 * (`2020-05-22 #3`, `2020-05-22#3 please`, `*2020*-05-22`, `May 22, 2020`, `20200522 2020-05-25`,
 * a transcript's link):
 * a try at an id, to be told its form rather than searched. A bare year (`briefing 2019 Hong Kong`)
 * is a question.
 */
export function attemptsId(argument: string): boolean {
  const first = argument.split(/\s+/)[0]!.replace(/[*_~`]/g, '');
  if (/^<?https?:\/\//i.test(first)) return true;
  if (ID_ATTEMPT.test(first) && (/[-/#]|\d\.\d+\./.test(first) || first.length >= 6)) return true;
  return /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\b/i.test(argument);
}
