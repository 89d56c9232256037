import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/**
 * Whether a word typed in lower case is an English word: the 274,000 lower-case words of npm
 * `word-list` (a word a line, no proper names: "lorry", "layer", "converted" are in it; "huawei",
 * "larry", "pompeo" are not). Did-you-mean asks it only for a word no record holds, so the file is
 * read on the first question that asks, never at start-up.
 */
export function isEnglishWord(lower: string): boolean {
  if (!/^[a-z]+$/.test(lower)) return false;
  const list = wordList();
  const span = list.spans.get(lower[0]!);
  if (!span) return false;
  const at = list.text.indexOf(`\n${lower}\n`, span.from);
  return at >= 0 && at < span.to;
}

interface WordList {
  /** The file, between newlines ("\naa\naah\n…\nzzzs\n"). */
  readonly text: string;
  /** For each first letter, the part of `text` holding every word that opens with it. */
  readonly spans: Map<string, { from: number; to: number }>;
}

let memo: WordList | null = null;

/**
 * The list as one string, each word found by its first letter's part: read in a few milliseconds,
 * where a Set of its words takes a fifth of a second and 30 MB. The parts are found by the first and
 * last word of each letter, so they hold every word of it however the file is sorted.
 */
function wordList(): WordList {
  if (memo) return memo;
  const text = `\n${readFileSync(wordListPath, 'utf8').replace(/\r/g, '').trim()}\n`;
  const spans = new Map<string, { from: number; to: number }>();
  for (let code = 'a'.charCodeAt(0); code <= 'z'.charCodeAt(0); code++) {
    const letter = String.fromCharCode(code);
    const from = text.indexOf(`\n${letter}`);
    if (from < 0) continue;
    const last = text.lastIndexOf(`\n${letter}`);
    spans.set(letter, { from, to: text.indexOf('\n', last + 1) + 1 });
  }
  memo = { text, spans };
  return memo;
}
