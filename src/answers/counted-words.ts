import type { WordsCounted } from '../search/types.js';
import { listed } from '../util/plural.js';
import { plural } from './wording.js';

/** Words of a topic named in a count's words at most; the others are counted. */
const TOPIC_WORDS_NAMED = 5;

/**
 * ` holding all of “Hong Kong”, “national”, “security” and “law” (248 more hold only some of them:
 * not counted)`, or `; none holds all of “spy” and “balloon”: counted those that hold some`: what a
 * count of a topic of several words counted (`WordsCounted`: a timeline's, or an answer's to "how many
 * times"), or ''.
 */
export function wordsCountedText(counted: WordsCounted | undefined, escape: (userText: string) => string): string {
  if (!counted) return '';
  const named = counted.words.slice(0, TOPIC_WORDS_NAMED).map((w) => `“${escape(w)}”`);
  const more = counted.words.length - named.length;
  const words = listed(more > 0 ? [...named, plural(more, 'other word')] : named, 'and');
  if (!counted.all) return `; none holds all of ${words}: counted those that hold some`;
  return ` holding all of ${words} (${counted.left} more ${counted.left === 1 ? 'holds' : 'hold'} only some of them: not counted)`;
}
