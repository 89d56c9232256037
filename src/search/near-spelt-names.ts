import type { Respelled } from './framing.js';
import { writtenAsAName, type TextsHolding } from './one-persons-name.js';
import { outsideQuotes } from './quoted-parts.js';
import { speltNear } from './spelling.js';
import { isEnglishWord } from './english-words.js';
import { termsOf } from './terms.js';
import { escapeRegExp } from '../util/regexp.js';

/**
 * A word of a two-word name typed as another desk spells it, where that spelling is another person's
 * name in the transcripts: "Masood Azar" for Masood Azhar. "Azar" is a word the index holds (US Health
 * Secretary Alex Azar), so did-you-mean never looks at it, and "Masood Azar" ranked Alex Azar's
 * exchanges first. Read as the transcripts' spelling where the name's other word ("Masood") is a name
 * they write beside one spelling near it ("Azhar": the same consonants, as `spelling.ts` reads a
 * transliteration, and at most two letters apart) and never beside the word as typed. Both typed words
 * must be names as the transcripts write them (always with a capital), so a word is never read as a
 * name ("China mention"), and a name they do write together ("Alex Azar") is kept as typed. Applied to
 * a question outside its quotes; the answer says how it was read, as a slip is.
 */

/** What the rule reads of the index. */
export interface NamesWritten {
  /** Records holding a word's term. */
  documentFrequency: (word: string) => number;
  textsHolding: TextsHolding;
  /** Whether the index holds a term spelt near the word's (`heldSpeltNear`): none, and no record need be read. */
  heldSpeltNear: (word: string) => boolean;
}

/** Fewest letters of a word read so: shorter names are too often each other's. */
const SHORTEST = 4;
/**
 * Most records holding the name's other word: a person's given name is in few ("Masood" 15); a
 * country's or a leader's ("China", "Trump") is beside many names, and reading all its records cost a
 * long question a fifth of a second.
 */
const MOST_RECORDS = 200;
/** Words of letters, none joined by a hyphen or an apostrophe to its neighbour. */
const WORD = /(?<![\p{L}\p{N}'’-])\p{L}+(?![\p{L}\p{N}'’-])/gu;

/** The question with each word read as the transcripts' spelling beside its name's other word, and the words so read. */
export function nearSpeltNames(question: string, written: NamesWritten): { query: string; respelled: Respelled[] } {
  const respelled: Respelled[] = [];
  const query = outsideQuotes(question, (part) => {
    const found = [...part.matchAll(WORD)].map((m) => ({ word: m[0], at: m.index! }));
    const reads = new Map<number, string>();
    for (let i = 0; i + 1 < found.length; i++) {
      const [first, second] = [found[i]!, found[i + 1]!];
      if (/\S/u.test(part.slice(first.at + first.word.length, second.at))) continue;
      const afterFirst = readBeside(second.word, first.word, 'after', written);
      if (afterFirst) reads.set(second.at, afterFirst);
      const beforeSecond = afterFirst ? null : readBeside(first.word, second.word, 'before', written);
      if (beforeSecond) reads.set(first.at, beforeSecond);
    }
    let text = part;
    for (const [at, read] of [...reads].sort((a, b) => b[0] - a[0])) {
      const typed = found.find((f) => f.at === at)!.word;
      respelled.push({ typed, read });
      text = `${text.slice(0, at)}${read}${text.slice(at + typed.length)}`;
    }
    return text;
  });
  return { query, respelled: respelled.reverse() };
}

/**
 * How the transcripts spell `typed`, written `side` its name's other word `other`, where they never
 * write `typed` there and write one spelling near it there; null otherwise.
 */
function readBeside(typed: string, other: string, side: 'before' | 'after', written: NamesWritten): string | null {
  if (typed.length < SHORTEST || other.length < 2 || termsOf(typed).length !== 1 || termsOf(other).length !== 1) return null;
  const otherRecords = written.documentFrequency(other);
  if (written.documentFrequency(typed) === 0 || otherRecords === 0 || otherRecords > MOST_RECORDS) return null;
  // A word of the dictionary is no person's name here ("hawkish speech", "buying crude"), and reading each
  // such pair's records cost the bench's descriptive questions 100-250 ms (p95 15 → 51 ms).
  if (isEnglishWord(typed.toLowerCase()) || isEnglishWord(other.toLowerCase()) || !written.heldSpeltNear(typed)) return null;
  const otherTexts = written.textsHolding(other);
  const neighbours = besideWord(other, side, otherTexts);
  const lower = typed.toLowerCase();
  if (neighbours.some((n) => n.toLowerCase() === lower)) return null;
  const near = [...new Set(neighbours)].filter((n) => speltNear(lower, n.toLowerCase()));
  // In the typed word's case: "masood azar" is read as typed, in lower case, where the name is read by its words.
  const [spelling] = near.length === 1 ? near : [];
  if (!spelling || !writtenAsAName(other, otherTexts) || !writtenAsAName(typed, written.textsHolding(typed))) return null;
  return /^\p{Lu}/u.test(typed) ? spelling : spelling.toLowerCase();
}

/** The capitalised words `texts` write right `side` `word` (a space between). */
function besideWord(word: string, side: 'before' | 'after', texts: readonly string[]): string[] {
  const name = escapeRegExp(word);
  const pattern = side === 'after'
    ? new RegExp(String.raw`(?<![\p{L}\p{N}-])${name}\s+(\p{Lu}\p{L}*)(?![\p{L}\p{N}-])`, 'giu')
    : new RegExp(String.raw`(?<![\p{L}\p{N}-])(\p{Lu}\p{L}*)\s+${name}(?![\p{L}\p{N}-])`, 'giu');
  return texts.flatMap((text) => [...text.matchAll(pattern)].map((m) => m[1]!).filter((w) => /^\p{Lu}/u.test(w)));
}
