import { KEY_PREFIX } from '../search/ids-in-question.js';

/*
 * The ids spox shows, as the index writes them: a briefing key (`readBriefingKey` in
 * answers/dates.ts: `2019-04-29b`, `zh-2019-05-29`, `pc-2022-03-10`) and its number
 * (`zh-2019-05-29#2`), a statement's `#s1` (`#s1b`, `#s2`).
 */

const ID_START = new RegExp(`^(?:${KEY_PREFIX})?\\d\\S*$`, 'i');

/** Whether a word after `quote` or `briefing` is meant as an id or key (not a question): it starts with a digit, after a prefix. */
export function looksLikeId(word: string): boolean {
  return ID_START.test(word);
}

