import { editorNotes } from './editor-notes.js';
import type { QuoteSpan } from './types.js';

/**
 * Sentence spans of a text, as offsets, so a quote is always the text itself. The boundaries are
 * Unicode's (`Intl.Segmenter`), corrected where English abbreviations fool it:
 * - never after a title or an initial ("Mr. Pompeo", "Dr. S. Jaishankar", "No. 5", "St. Petersburg");
 * - after "U.S.", "U.K.", "etc.", "p.m." only when the next word usually starts a sentence
 *   ("… with the U.S. We urge …", not "the U.S. Secretary of State");
 * - never before a lower-case word ("“Isn't it absurd?” he said").
 * - in Chinese, at 。！？ (with closing quotes or brackets), no space needed after them;
 * - an opening bracket or quotation mark always opens the sentence after the break, never ends the one before;
 * - an editor's note in parentheses ("(Journalist nods)", （记者笑）: `editor-notes.ts`) is a span of its
 *   own, cut from the sentence it stands at the start or end of.
 */

/** Words ending in "." that never end a sentence in these transcripts. */
const TITLES = new Set(
  `Mr Mrs Ms Dr Prof St No Nos Gen Lt Col Capt Sen Rep Gov Amb Jr Sr vs approx Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Art`.split(' '),
);

/** Abbreviations that may also end a sentence. */
const MAY_END = /(?:\b(?:U\.S|U\.K|U\.N|E\.U|D\.C|a\.m|p\.m|e\.g|i\.e|etc|Inc|Co|Ltd)|\b[a-z]\.[a-z])\.$/;

/** Words that start a sentence far more often than they continue one after an abbreviation. */
const SENTENCE_STARTERS = new Set(
  `The This That These Those It Its We Our I In On As At But And So If What When Why How There They Their He She His Her
  China China's Chinese Such Some Any All Since For Yet Also However Meanwhile Therefore Besides Moreover First Second Third Last Finally`.split(/\s+/),
);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Opening marks: Unicode's opening punctuation and initial quotation marks (《〈「『【〔“‘（ and ( [ {).
 * A straight quotation mark is not one: after a sentence mark it closes a quotation as often as it
 * opens one, and in these transcripts it always closes one.
 */
const OPENING_MARK = /[\p{Ps}\p{Pi}]/u;

/** Where a segment from `start` to `end` ends once the opening marks (and white space) it ends with are left to the next. */
function beforeOpeningMarks(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/.test(text[at - 1]!)) at--;
  if (at === start || !OPENING_MARK.test(text[at - 1]!)) return end;
  while (at > start && OPENING_MARK.test(text[at - 1]!)) at--;
  return at;
}

export function splitSentences(text: string): QuoteSpan[] {
  const starts = [0];
  let start = 0;
  for (const { index, segment } of segmenter.segment(text)) {
    let end = index + segment.length;
    if (end < text.length && !endsSentence(text, start, end)) continue;
    // Unicode counts every bracket and quotation mark right after a sentence mark as closing it
    // ("。《巴黎协定》", "？（记者笑）", "。“港独”"): an opening one opens the next sentence.
    end = beforeOpeningMarks(text, start, end);
    starts.push(end);
    start = end;
  }
  // An editor's note is a span of its own, wherever it stands, and no sentence break falls inside it
  // ("(The journalist said, "… developments. I can wait for tomorrow.")").
  const notes = editorNotes(text);
  const cuts = notes.length === 0 ? [...starts, text.length] : [
    ...starts.filter((at) => !notes.some((n) => n.start < at && at < n.end)),
    ...notes.flatMap((n) => [n.start, n.end]),
    text.length,
  ];
  const ordered = notes.length === 0 ? cuts : [...new Set(cuts)].sort((a, b) => a - b);
  const spans: QuoteSpan[] = [];
  for (let i = 1; i < ordered.length; i++) pushTrimmed(text, ordered[i - 1]!, ordered[i]!, spans);
  return spans;
}

/** Whether the segmenter's boundary at `end` (after the white space) really ends a sentence. */
function endsSentence(text: string, start: number, end: number): boolean {
  const before = text.slice(start, end);
  if (/\n\s*$/.test(before)) return true; // a paragraph or line break always ends one
  const last = /(\S+)\s*$/.exec(before)?.[1] ?? '';
  const next = /^\S+/.exec(text.slice(end))?.[0] ?? '';
  if (/^["“‘(\[]?\p{Ll}/u.test(next)) return false;
  if (!last.endsWith('.')) return true;
  const word = last.replace(/^["“‘(\[]+/, '').slice(0, -1);
  if (TITLES.has(word) || /^\p{Lu}$/u.test(word)) return false;
  if (MAY_END.test(last)) return SENTENCE_STARTERS.has(next.replace(/[,;:]$/, ''));
  return true;
}

function pushTrimmed(text: string, start: number, end: number, spans: QuoteSpan[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}

/**
 * Whether text ending at `end` ends a sentence there (for cutting labels and pages): a sentence
 * mark, not an abbreviation or an initial.
 */
export function isSentenceEndAt(text: string, end: number): boolean {
  const head = text.slice(Math.max(0, end - 40), end);
  if (!/[.!?…]["”’)\]]*\s*$/.test(head)) return false;
  return !isAbbreviationAt(text, end);
}

/** Whether the word ending at `end` (white space allowed after it) is a title, an initial or an abbreviation ("Mr.", "S.", "U.S."). */
export function isAbbreviationAt(text: string, end: number): boolean {
  const last = /(\S+)\s*$/.exec(text.slice(Math.max(0, end - 40), end))?.[1] ?? '';
  if (!last.endsWith('.')) return false;
  const word = last.replace(/^["“‘(\[]+/, '').slice(0, -1);
  return TITLES.has(word) || /^\p{Lu}$/u.test(word) || MAY_END.test(last);
}
