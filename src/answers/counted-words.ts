import type { WordsCounted } from '../search/types.js';
import { listed } from '../util/plural.js';
import { plural } from './wording.js';

/** Words of a topic named in a count's words at most; the others are counted. */
const TOPIC_WORDS_NAMED = 5;

/**
 * ` holding all of “Hong Kong”, “national”, “security” and “law” (248 more hold only some of them:
 * not counted)`, `… (36 of them with the words together; 55 more …)` where some hold them only apart, or `; none holds all of “spy” and “balloon”: counted those that hold some`; of one
 * Chinese word, ` saying “穆罕默德军” (23 more hold only part of it: not counted)`: what a
 * count of a topic of several words counted (`WordsCounted`: a timeline's, or an answer's to "how many
 * times"), then the capitals it names (`capitalsCountedText`), or ''.
 */
export function wordsCountedText(counted: WordsCounted | undefined, escape: (userText: string) => string): string {
  if (!counted) return '';
  return `${topicWordsText(counted, escape)}${capitalsCountedText(counted.capitals, escape)}`;
}

function topicWordsText(counted: WordsCounted, escape: (userText: string) => string): string {
  if (counted.words.length === 0) return '';
  // One Chinese word, whose characters the search also finds in part (chinese-mentions.ts).
  if (counted.words.length === 1) {
    const word = `“${escape(counted.words[0]!)}”`;
    if (!counted.all) return `; none says ${word}: counted those that hold part of it`;
    return ` saying ${word} (${counted.left} more ${counted.left === 1 ? 'holds' : 'hold'} only part of it: not counted)`;
  }
  const named = counted.words.slice(0, TOPIC_WORDS_NAMED).map((w) => `“${escape(w)}”`);
  const more = counted.words.length - named.length;
  const words = listed(more > 0 ? [...named, plural(more, 'other word')] : named, 'and');
  if (!counted.all) return `; none holds all of ${words}: counted those that hold some`;
  const together = counted.together ? `${counted.together} of them with the words together; ` : '';
  return ` holding all of ${words} (${together}${counted.left} more ${counted.left === 1 ? 'holds' : 'hold'} only some of them: not counted)`;
}

/**
 * ` writing “Pyongyang” (256 more on the DPRK do not write it: not counted)`, or `; none writes
 * “Damascus”: counted those on Syria`: a count of a capital the index reads as its country counts
 * the exchanges writing the capital (explore38 M2), and says what it left out or, none writing it, that
 * it counted the country.
 */
function capitalsCountedText(capitals: WordsCounted['capitals'], escape: (userText: string) => string): string {
  if (!capitals) return '';
  const typed = listed(capitals.names.map((c) => `“${escape(c.typed)}”`), 'and');
  const countries = listed([...new Set(capitals.names.map((c) => `the ${c.country}`.replace(/^the (?!DPRK|ROK|US|UK)/, '')))], 'or');
  if (capitals.left === 0) return `; none writes ${typed}: counted those on ${countries}`;
  return ` writing ${typed} (${capitals.left} more on ${countries} ${capitals.left === 1 ? 'does' : 'do'} not write ${capitals.names.length > 1 ? 'them' : 'it'}: not counted)`;
}
