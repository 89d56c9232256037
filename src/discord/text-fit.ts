import { ELLIPSIS, fitOpening, plainLabel, splitToFit } from '../answers/text-split.js';
import { escapeVerbatim } from './markdown.js';

export { ELLIPSIS, plainLabel };

const escapedLength = (text: string): number => escapeVerbatim(text).length;

/**
 * Splits text into pieces that each fit `maxEscaped` once Markdown-escaped, preferring to cut at a
 * paragraph, then a sentence, then a word boundary; the pieces joined give the text back exactly.
 */
export function splitVerbatim(text: string, maxEscaped: number): string[] {
  return splitToFit(text, maxEscaped, escapedLength);
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

/**
 * A verbatim excerpt that fits `maxEscaped` once escaped: the whole text when it fits, otherwise its
 * opening cut at a sentence or word boundary, followed by " …" (the quote convention for omitted text).
 */
export function fitExcerpt(text: string, maxEscaped: number): string {
  return fitOpening(text, maxEscaped, escapedLength);
}
