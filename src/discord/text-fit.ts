import { isAbbreviationAt, isSentenceEndAt } from '../search/sentences.js';
import { escapeVerbatim } from './markdown.js';

/** Marks words left out of an excerpt or a label. */
export const ELLIPSIS = '…';

/** Marks that end a clause where a cut reads well; a full stop only when it ends a sentence (not "Mr."). */
const CLAUSE_END = /[!?;:…。！？；]["”’)\]]*\s*$/;

/**
 * Splits text into pieces that each fit `maxEscaped` once Markdown-escaped, preferring to cut at a
 * paragraph, then a sentence, then a word boundary; the pieces joined give the text back exactly.
 * A cut falls after the whitespace that ends a piece, never inside a word.
 */
export function splitVerbatim(text: string, maxEscaped: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    const end = longestFit(text, start, maxEscaped);
    const cut = end === text.length ? end : bestCut(text, start, end);
    pieces.push(text.slice(start, cut));
    start = cut;
  }
  return pieces;
}

/** The furthest end such that `text.slice(start, end)` escapes within `max` (at least one character). */
function longestFit(text: string, start: number, max: number): number {
  if (escapeVerbatim(text.slice(start)).length <= max) return text.length;
  let lo = start + 1;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (escapeVerbatim(text.slice(start, mid)).length <= max) lo = mid;
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
  return end; // one word longer than the whole budget: nothing else can be done
}

/**
 * A label shown for context (a question, a briefing line): escaped, and when too long cut at a word
 * boundary with "…". Never used for answer text.
 */
export function escapedLabel(text: string, max: number): string {
  const escaped = escapeVerbatim(text);
  if (escaped.length <= max) return escaped;
  const head = splitVerbatim(text, max - ELLIPSIS.length)[0] ?? '';
  return `${escapeVerbatim(head.trimEnd())}${ELLIPSIS}`;
}

/** Plain (unescaped) text cut at a word boundary with "…", for select option labels and choices. */
export function plainLabel(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const room = flat.slice(0, max - ELLIPSIS.length + 1);
  let space = room.lastIndexOf(' ');
  while (space > max / 3 && isAbbreviationAt(room, space)) space = room.lastIndexOf(' ', space - 1);
  const head = space > max / 3 ? room.slice(0, space) : room.slice(0, max - ELLIPSIS.length);
  return `${head.trimEnd()}${ELLIPSIS}`;
}

/**
 * A verbatim excerpt that fits `maxEscaped` once escaped: the whole text when it fits, otherwise its
 * opening cut at a sentence or word boundary, followed by " …" (the quote convention for omitted text).
 */
export function fitExcerpt(text: string, maxEscaped: number): string {
  if (escapeVerbatim(text).length <= maxEscaped) return text;
  const suffix = ` ${ELLIPSIS}`;
  const head = splitVerbatim(text, maxEscaped - suffix.length)[0] ?? '';
  return `${head.trimEnd()}${suffix}`;
}
