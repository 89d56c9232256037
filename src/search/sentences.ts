import type { QuoteSpan } from './types.js';

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Gen|Lt|Col|Sen|Rep|Gov|Jr|Sr|Inc|Co|Ltd|vs|etc|approx)|\b[A-Z]|\b[a-z]\.[a-z]|\b(?:U\.S|U\.K|U\.N|E\.U|a\.m|p\.m|e\.g|i\.e))\.$/;

/**
 * Sentence spans of a text, as offsets, so a quote is always the text itself. A sentence ends at
 * . ! ? (with closing quotes or brackets) followed by white space and an upper-case letter, digit or
 * opening quote, at 。！？ in Chinese, or at a paragraph break.
 */
export function splitSentences(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // Chinese sentences end at 。！？ (with closing quotes or brackets), no space needed after them.
  const boundary = /([.!?]+["'”’)\]]*)(\s+)(?=["“‘(\[]?[\p{Lu}\p{N}])|([。！？]+[”’」』）]*)(?=\S)|\n\s*\n/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text)) !== null) {
    const end = m[1] !== undefined ? m.index + m[1].length : m[3] !== undefined ? m.index + m[3].length : m.index;
    if (m[1] !== undefined && ABBREVIATIONS.test(text.slice(Math.max(start, end - 12), end))) continue;
    pushTrimmed(text, start, end, spans);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: QuoteSpan[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}
