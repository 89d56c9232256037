import { isAbbreviationAt, isSentenceEndAt } from '../search/sentences.js';

/**
 * Cutting verbatim text to a platform's size limits. `measure` gives the length a piece takes once
 * the platform's escaping is applied (Discord Markdown backslashes, Slack `&amp;` entities), so the
 * same cutting rules serve every platform.
 */
export type Measure = (text: string) => number;

/** Marks words left out of an excerpt or a label. */
export const ELLIPSIS = '…';

/** Marks that end a clause where a cut reads well; a full stop only when it ends a sentence (not "Mr."). */
const CLAUSE_END = /[!?;:…。！？；]["”’)\]]*\s*$/;

/**
 * Splits text into pieces that each measure at most `max`, preferring to cut at a paragraph, then a
 * sentence, then a word boundary; the pieces joined give the text back exactly. A cut falls after
 * the whitespace that ends a piece, never inside a word.
 */
export function splitToFit(text: string, max: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    const end = longestFit(text, start, max, measure);
    const cut = end === text.length ? end : bestCut(text, start, end);
    pieces.push(text.slice(start, cut));
    start = cut;
  }
  return pieces;
}

/** The furthest end such that `text.slice(start, end)` measures within `max` (at least one character). */
function longestFit(text: string, start: number, max: number, measure: Measure): number {
  if (measure(text.slice(start)) <= max) return text.length;
  let lo = start + 1;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(text.slice(start, mid)) <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function bestCut(text: string, start: number, end: number): number {
  let paragraph = -1;
  let sentence = -1;
  let word = -1;
  for (let b = end; b > start; b--) {
    const before = text[b - 1]!;
    if (!/\s/.test(before)) continue;
    if (word < 0 && !isAbbreviationAt(text, b)) word = b;
    if (paragraph < 0 && before === '\n') paragraph = b;
    if (sentence < 0 && (CLAUSE_END.test(text.slice(Math.max(start, b - 8), b)) || isSentenceEndAt(text, b))) sentence = b;
    if (paragraph >= 0 && sentence >= 0) break;
  }
  const span = end - start;
  if (paragraph > start && paragraph - start >= span / 2) return paragraph;
  if (sentence > start && sentence - start >= span / 4) return sentence;
  if (word > start) return word;
  return characterCut(text, start, end); // one word longer than the whole budget: cut between characters
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The furthest cut in `(start, end]` that splits no character: a grapheme boundary (an emoji, a flag,
 * a letter with its accents stay whole), else a code point boundary (never half a surrogate pair);
 * when the first code point is longer than the room, the cut after it. `start` must itself be a boundary.
 */
export function characterCut(text: string, start: number, end: number): number {
  if (end >= text.length) return text.length;
  let grapheme = start;
  // Up to the whole code point at `end`: a pair cut short would read as a boundary before it.
  for (const { index } of graphemes.segment(text.slice(start, end + 2))) {
    if (start + index > end) break;
    grapheme = start + index;
  }
  if (grapheme > start) return grapheme;
  const point = isSplitPair(text, end) ? end - 1 : end;
  return point > start ? point : start + (isSplitPair(text, start + 1) ? 2 : 1);
}

/** Whether a cut at `index` would leave a high surrogate without its low one. */
function isSplitPair(text: string, index: number): boolean {
  const high = text.charCodeAt(index - 1);
  const low = text.charCodeAt(index);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/**
 * A verbatim excerpt that measures within `max`: the whole text when it fits, otherwise its opening
 * cut at a sentence or word boundary, followed by " …" (the quote convention for omitted text).
 */
export function fitOpening(text: string, max: number, measure: Measure): string {
  if (measure(text) <= max) return text;
  const suffix = ` ${ELLIPSIS}`;
  const head = splitToFit(text, max - suffix.length, measure)[0] ?? '';
  return `${head.trimEnd()}${suffix}`;
}

/** A label shown for context (a question, a list line): cut at a word boundary with "…" when too long. */
export function fitLabel(text: string, max: number, measure: Measure): string {
  if (measure(text) <= max) return text;
  const head = splitToFit(text, max - ELLIPSIS.length, measure)[0] ?? '';
  return `${head.trimEnd()}${ELLIPSIS}`;
}

/** Plain (unescaped) text cut at a word boundary with "…", for select option labels and choices. */
export function plainLabel(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const room = flat.slice(0, max - ELLIPSIS.length + 1);
  let space = room.lastIndexOf(' ');
  while (space > max / 3 && isAbbreviationAt(room, space)) space = room.lastIndexOf(' ', space - 1);
  const head = space > max / 3 ? room.slice(0, space) : flat.slice(0, characterCut(flat, 0, max - ELLIPSIS.length));
  return `${head.trimEnd()}${ELLIPSIS}`;
}
