import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/**
 * Whether a word typed in lower case is an English word: the 274,000 lower-case words of npm
 * `word-list` (a word a line, no proper names: "lorry", "layer", "converted" are in it; "huawei",
 * "larry", "pompeo" are not), and the few it leaves out that are read here (`WORDS_THE_LIST_LACKS`).
 * Did-you-mean asks it only for a word no record holds, so the file is read on the first question
 * that asks, never at start-up.
 */
export function isEnglishWord(lower: string): boolean {
  if (!/^[a-z]+$/.test(lower)) return false;
  if (WORDS_THE_LIST_LACKS.has(lower)) return true;
  const list = wordList();
  const part = partOf(lower);
  const from = list.from[part]!;
  if (from < 0) return false;
  return list.text.slice(from, list.to[part]).includes(`\n${lower}\n`);
}

/**
 * Real English words `word-list` leaves out (it drops slurs and vulgar words) that did-you-mean read
 * as a slip of a word the transcripts write, each with why it is a word and what it was read as:
 * reviewed one by one among the 792 lower-case words of /usr/share/dict/words that word-list lacks
 * (`comm -23` of the two sorted lists; eval/README.md, **Did you mean**). Left out of it: "contd" (an
 * abbreviation, and as likely a slip of "Conte") and "notworks" (jargon, as likely a slip of "networks").
 */
const WORDS_THE_LIST_LACKS: ReadonlyMap<string, string> = new Map([
  ['chink', 'a narrow opening: "a chink in the armour" (a slur too, so word-list drops it); read as "China"'],
  ['asses', 'the plural of "ass", the animal; read as "assess"'],
  ['horny', 'made of horn, or hard as horn ("horny plates"); read as "Horn"'],
  ['retarded', 'slowed ("retarded growth"), the past of "retard"; read as "regarded"'],
  ['shitting', 'vulgar, but a word a quote may hold; read as "shifting"'],
]);

/** The part of the list holding the words that open with the letter and next letter at `at` of `text` (a-z, the next one or none). */
function partOf(text: string, at = 0): number {
  const next = text.charCodeAt(at + 1);
  return (text.charCodeAt(at) - 97) * 27 + (next >= 97 && next <= 122 ? next - 96 : 0);
}

interface WordList {
  /** The file, between newlines ("\naa\naah\n…\nzzzs\n"). */
  readonly text: string;
  /** For each part (`partOf`), where in `text` its first word's line starts, or -1 when none. */
  readonly from: Int32Array;
  /** For each part, where in `text` its last word's line ends. */
  readonly to: Int32Array;
}

let memo: WordList | null = null;

/**
 * The list as one string, each word looked for in its part only: read in a few tens of
 * milliseconds, where a Set of its words takes a fifth of a second or more and 30 MB. Each part runs
 * from the first line of its words to the last, so it holds every one of them however the file is
 * sorted.
 */
function wordList(): WordList {
  if (memo) return memo;
  const text = `\n${readFileSync(wordListPath, 'utf8').replace(/\r/g, '').trim()}\n`;
  const from = new Int32Array(26 * 27).fill(-1);
  const to = new Int32Array(26 * 27);
  for (let start = 0; start < text.length - 1;) {
    const end = text.indexOf('\n', start + 1);
    const first = text.charCodeAt(start + 1);
    if (first >= 97 && first <= 122) {
      const part = partOf(text, start + 1);
      if (from[part]! < 0) from[part] = start;
      to[part] = Math.max(to[part]!, end + 1);
    }
    start = end;
  }
  memo = { text, from, to };
  return memo;
}
