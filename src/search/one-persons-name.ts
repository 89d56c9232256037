import { termsOf } from './terms.js';
import { escapeRegExp } from '../util/regexp.js';

/**
 * A person's name of two or three words that is a question's whole topic ("Masood Azhar", "masood
 * azhar"), where the transcripts also call the person by one part of it: "the listing of Masood",
 * "Mr. Masood's terrorist group". Weighed as words, the rarer part carried the topic: "Masood Azhar"
 * found the 8 exchanges saying "Azhar" and counted 7, where 16 are on him (8 say only "Masood").
 *
 * A part stands for the person alone when the transcripts write it only as this person's name: always
 * with a capital, and never beside another name word, before or after it ("Saleh Mohammed",
 * "Jaish-e-Mohammed", "Mohammed bin Zayed": "Mohammed" names several, and stays a word of the name).
 * A title before it is such a word too: "King Salman" is not Mohammed bin Salman. Only "Mr.", "Mrs.",
 * "Ms." and "Dr." say nothing of who. The whole name must be written, with its capitals, somewhere.
 * Read so, an exchange writing one such part answers the name whole (`either`, rule 7 of gate.ts).
 */

/** What the rule reads of the transcripts: the texts of the records holding `word`, as the index reads it. */
export type TextsHolding = (word: string) => readonly string[];

/** Names of more words are names side by side more often than one. */
const MOST_WORDS = 3;
/**
 * Most records holding a word of the name: a person the transcripts name by one part is a rare one
 * ("Masood" 15, "Azhar" 8); reading every record of a common name's words ("Peter", "Dalai") cost each
 * such question 50-100 ms of record reads, which put the bench's p95 over its goal.
 */
const MOST_RECORDS = 40;
/** Words before a name that say nothing of whose it is. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr)\.?$/;
/** A name word as a question may type it: letters, an apostrophe or hyphen inside. */
const WORD = /^\p{L}[\p{L}'’-]*\p{L}$/u;

/**
 * The name `text` is, with each part that stands for the person alone, each as its own name (`either`):
 * `["Masood Azhar", "Masood"]`; null when `text` is no such name or no part stands alone.
 */
export function namedByAPart(text: string, textsHolding: TextsHolding, heldCount: (word: string) => number): string[] | null {
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/['’]s?$/u, '')).filter((w) => termsOf(w).length > 0);
  if (words.length < 2 || words.length > MOST_WORDS || !words.every((w) => WORD.test(w) && termsOf(w).length === 1)) return null;
  if (termsOf(text).join(' ') !== words.flatMap((w) => termsOf(w)).join(' ')) return null;
  const lower = new Set(words.map((w) => w.toLowerCase()));
  if (lower.size !== words.length) return null;
  if (words.some((w) => heldCount(w) > MOST_RECORDS)) return null;
  const texts = words.map((w) => textsHolding(w));
  if (!words.every((w, i) => writtenAsAName(w, texts[i]!))) return null;
  const rarest = texts.reduce((a, b) => (b.length < a.length ? b : a));
  if (!writtenWhole(words, rarest)) return null;
  const alone = words.filter((w, i) => standsAlone(w, lower, texts[i]!));
  return alone.length > 0 ? [words.join(' '), ...alone] : null;
}

/** A whole word `word`, in any case. */
const mentionOf = (word: string): RegExp => new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(word)}(?![\p{L}\p{N}])`, 'giu');

/**
 * Whether every record the index finds by `word` writes it so, and always with its capital: a name,
 * not a word ("summit" of "the Hanoi summit", "islands") nor a spelling the index reads as another's
 * ("Senkaku", read as Diaoyu).
 */
export function writtenAsAName(word: string, texts: readonly string[]): boolean {
  const mention = mentionOf(word);
  return texts.length > 0 && texts.every((text) => {
    const mentions = [...text.matchAll(mention)];
    return mentions.length > 0 && mentions.every((m) => /^\p{Lu}/u.test(m[0]));
  });
}

/** Whether one of `texts` writes `words` side by side, each with its capital. */
function writtenWhole(words: readonly string[], texts: readonly string[]): boolean {
  const run = new RegExp(String.raw`(?<![\p{L}\p{N}-])${words.map(escapeRegExp).join(String.raw`\s+`)}(?![\p{L}\p{N}-])`, 'giu');
  return texts.some((text) => [...text.matchAll(run)].some((m) => m[0].split(/\s+/).every((w) => /^\p{Lu}/u.test(w))));
}

/**
 * Whether no word `texts` write beside `word` is another name's: a capitalised word (not the sentence's first), other than the name's own (`name`,
 * in lower case) and an honorific, or a word joined to it by a hyphen.
 */
function standsAlone(word: string, name: ReadonlySet<string>, texts: readonly string[]): boolean {
  const mention = mentionOf(word);
  for (const text of texts) {
    for (const m of text.matchAll(mention)) {
      const before = text.slice(0, m.index);
      const after = text.slice(m.index + m[0].length);
      if (/[-‐‑]$/u.test(before) || /^[-‐‑]\p{L}/u.test(after)) return false;
      const previous = /(\S+)\s+$/u.exec(before)?.[1];
      const sentenceStart = (at: string): boolean => /(?:^|[.?!:;"“”])\s*$/u.test(at);
      if (previous && isOtherName(previous, name) && !HONORIFIC.test(previous) && !sentenceStart(before.slice(0, before.length - /\S+\s+$/u.exec(before)![0].length))) return false;
      // After a possessive or a mark the name has ended ("Masood's group", "Masood, who …").
      const next = /^\s+(\S+)/u.exec(after)?.[1];
      if (next && isOtherName(next, name)) return false;
    }
  }
  return true;
}

/** Whether `token`, as written beside a name word, is a capitalised word of another name. */
function isOtherName(token: string, name: ReadonlySet<string>): boolean {
  const word = token.replace(/^[("“'‘]+/u, '').replace(/['’]s$/u, '').replace(/[^\p{L}]+$/u, '');
  return /^\p{Lu}/u.test(word) && !name.has(word.toLowerCase());
}
