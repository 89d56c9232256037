import { splitSentences } from './sentences.js';
import { termsOf } from './terms.js';
import type { QuoteSpan } from './types.js';

/** How much of an answer a quote shows at most. */
const MAX_SENTENCES = 3;
const MAX_QUOTE_CHARS = 900;
const ELLIPSIS = '…';

/**
 * The best few sentences of an answer for a query: sentences scored by the informativeness (idf)
 * of the query terms they contain, the best kept in answer order. An answer that shares no term
 * with the query (a semantic hit) is quoted from its start.
 */
export function selectQuoteSpans(answer: string, queryTerms: string[], idf: (term: string) => number): QuoteSpan[] {
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
export function renderQuote(answer: string, spans: QuoteSpan[]): string {
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
