/**
 * The quote selector as it was before issue 8 (commit e8a63db: query-term idf only, regex sentence
 * splitting, "…" at either end), frozen so `npm run eval:quotes` can print "before" beside "after".
 * Not used by search.
 */
import { termsOf } from '../search/terms.js';
import type { QuoteSpan } from '../search/types.js';

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Gen|Lt|Col|Sen|Rep|Gov|Jr|Sr|Inc|Co|Ltd|vs|etc|approx)|\b[A-Z]|\b[a-z]\.[a-z]|\b(?:U\.S|U\.K|U\.N|E\.U|a\.m|p\.m|e\.g|i\.e))\.$/;

/**
 * Sentence spans of a text, as offsets, so a quote is always the text itself. A sentence ends at
 * . ! ? (with closing quotes or brackets) followed by white space and an upper-case letter, digit or
 * opening quote, or at a paragraph break.
 */
function splitSentences(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const boundary = /([.!?]+["'”’)\]]*)(\s+)(?=["“‘(\[]?[\p{Lu}\p{N}])|\n\s*\n/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text)) !== null) {
    const end = m[1] !== undefined ? m.index + m[1].length : m.index;
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
/** How much of an answer a quote shows at most. */
const MAX_SENTENCES = 3;
const MAX_QUOTE_CHARS = 900;
const ELLIPSIS = '…';

/**
 * The best few sentences of an answer for a query: sentences scored by the informativeness (idf)
 * of the query terms they contain, the best kept in answer order. An answer that shares no term
 * with the query (a semantic hit) is quoted from its start.
 */
export function baselineQuoteSpans(answer: string, queryTerms: string[], idf: (term: string) => number): QuoteSpan[] {
  const sentences = splitSentences(answer);
  const wanted = new Set(queryTerms);
  const scored = sentences.map((span, index) => {
    let score = 0;
    for (const term of termsOf(answer.slice(span.start, span.end))) if (wanted.has(term)) score += idf(term);
    return { span, index, score };
  });
  const ranked = scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score || a.index - b.index);
  const chosen = ranked.length > 0 ? ranked : scored;
  const picked: typeof scored = [];
  let length = 0;
  for (const s of chosen) {
    const size = s.span.end - s.span.start;
    if (picked.length > 0 && (picked.length >= MAX_SENTENCES || length + size > MAX_QUOTE_CHARS)) break;
    picked.push(s);
    length += size;
  }
  return picked.sort((a, b) => a.index - b.index).map((s) => s.span);
}

/**
 * The quote as shown: the spans verbatim, joined by the answer's own text between adjacent
 * sentences, and by "…" where sentences are skipped or the answer goes on.
 */
export function baselineRenderQuote(answer: string, spans: QuoteSpan[]): string {
  if (spans.length === 0) return '';
  const sentences = splitSentences(answer);
  const indexOf = (span: QuoteSpan): number => sentences.findIndex((s) => s.start === span.start);
  let out = indexOf(spans[0]!) > 0 ? `${ELLIPSIS} ` : '';
  spans.forEach((span, i) => {
    if (i > 0) {
      const previous = spans[i - 1]!;
      const adjacent = indexOf(span) === indexOf(previous) + 1;
      out += adjacent ? answer.slice(previous.end, span.start) : ` ${ELLIPSIS} `;
    }
    out += answer.slice(span.start, span.end);
  });
  if (indexOf(spans[spans.length - 1]!) < sentences.length - 1) out += ` ${ELLIPSIS}`;
  return out;
}
