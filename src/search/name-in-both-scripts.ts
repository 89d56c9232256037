import { SPOKESPEOPLE_ZH } from '../transcripts/zh/names.js';
import { escapeRegExp } from '../util/regexp.js';

/**
 * A spokesperson's name written in both scripts, as a desk pastes a byline ("Lin Jian 林剑", "林剑 Lin Jian
 * Taiwan"): one person, read once, by the English form. Read as written, the Chinese form made the
 * question a Chinese one, which the Chinese pages, holding no answer of theirs, answered with nothing (hunt-N (b)).
 * The question as typed where it holds no such pair.
 */
export function nameOnceIn(question: string): string {
  if (!/\p{Script=Han}/u.test(question)) return question;
  let read = question;
  for (const [chinese, english] of SPOKESPEOPLE_ZH) {
    if (!read.includes(chinese)) continue;
    const englishForm = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(english).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
    if (englishForm.test(read)) read = read.split(chinese).join(' ');
  }
  // Its brackets too, left empty: "Guo Jiakun（郭嘉昆）".
  return read === question ? question : read.replace(/[（(]\s*[)）]/gu, ' ').replace(/\s+/g, ' ').trim();
}
