import { splitSentences } from './sentences.js';
import { sentenceKind } from './stance.js';
import { termsOf } from './terms.js';
import type { QuoteSpan } from './types.js';

/** How much of an answer a quote shows at most. */
const MAX_SENTENCES = 3;
const MAX_QUOTE_CHARS = 900;
const ELLIPSIS = '…';

/**
 * How a sentence's worth as the quote is weighed: its share of the query's terms (0..1, relative
 * to the answer's best sentence) plus its stance (0..1), less background figures, words read out
 * from others, throat-clearing and rhetorical questions. Stance weighs nearly as much as the topic
 * so that "China firmly opposes …" beats the statistics that name the topic.
 */
const WEIGHT = {
  topic: 1,
  stance: 0.9,
  perFigure: 0.2,
  maxFigures: 3,
  reported: 0.7,
  event: 0.4,
  preamble: 0.8,
  quoted: 0.8,
  question: 0.4,
  /** Per sentence of distance from the start: among equals, the earlier. */
  position: 0.01,
} as const;

/** A sentence that leans on the one before ("That is …", "We are firmly opposed to that."). */
const LEANS_BACK = /^(?:This|That|These|Those|Such|It|They)\b|\b(?:to|of|with|against) (?:that|this|it)\.$/;

/**
 * The sentences of an answer to quote for a query: those that state the spokesperson's own position
 * on the query's topic, in answer order. A sentence that leans on the previous one brings it along.
 */
export function selectQuoteSpans(answer: string, queryTerms: string[], idf: (term: string) => number): QuoteSpan[] {
  const sentences = splitSentences(answer);
  if (sentences.length === 0) return [];
  const wanted = new Set(queryTerms);
  const topic = sentences.map((span) => {
    let score = 0;
    for (const term of termsOf(answer.slice(span.start, span.end))) if (wanted.has(term)) score += idf(term);
    return score;
  });
  const bestTopic = Math.max(...topic);
  const scored = sentences.map((span, index) => {
    const text = answer.slice(span.start, span.end);
    const kind = sentenceKind(text);
    const score =
      WEIGHT.topic * (bestTopic > 0 ? topic[index]! / bestTopic : 0) +
      WEIGHT.stance * kind.stance -
      WEIGHT.perFigure * Math.min(kind.figures, WEIGHT.maxFigures) -
      (kind.reported ? WEIGHT.reported : 0) -
      (kind.event ? WEIGHT.event : 0) -
      (kind.preamble ? WEIGHT.preamble : 0) -
      WEIGHT.quoted * kind.quotedShare -
      (/\?["”’)]*$/.test(text) ? WEIGHT.question : 0) -
      WEIGHT.position * index;
    return { index, score, size: span.end - span.start, leansBack: LEANS_BACK.test(text) };
  });

  const picked = new Set<number>();
  let length = 0;
  const fits = (i: number): boolean =>
    picked.size < MAX_SENTENCES && (picked.size === 0 || length + scored[i]!.size <= MAX_QUOTE_CHARS);
  const take = (i: number): void => {
    picked.add(i);
    length += scored[i]!.size;
  };
  for (const s of [...scored].sort((a, b) => b.score - a.score || a.index - b.index)) {
    if (picked.has(s.index)) continue;
    if (!fits(s.index)) {
      if (picked.size >= MAX_SENTENCES) break;
      continue;
    }
    take(s.index);
    const previous = s.index - 1;
    if (s.leansBack && previous >= 0 && !picked.has(previous) && fits(previous)) take(previous);
  }
  return [...picked].sort((a, b) => a - b).map((i) => sentences[i]!);
}

/**
 * The quote as shown: the spans verbatim, joined by the answer's own text between adjacent
 * sentences and by "…" where sentences are skipped. It starts at a sentence start and ends at a
 * sentence end; an ellipsis never opens or closes it.
 */
export function renderQuote(answer: string, spans: QuoteSpan[]): string {
  let out = '';
  spans.forEach((span, i) => {
    if (i > 0) {
      const between = answer.slice(spans[i - 1]!.end, span.start);
      out += isAdjacent(answer, spans[i - 1]!, span) ? between : ` ${ELLIPSIS} `;
    }
    out += answer.slice(span.start, span.end);
  });
  return out;
}

/** Two sentence spans with nothing but white space between them. */
function isAdjacent(answer: string, a: QuoteSpan, b: QuoteSpan): boolean {
  return /^\s*$/.test(answer.slice(a.end, b.start));
}

/**
 * The spans of a quote given by offsets (a citation carried in a button), checked against the
 * answer: each must be one of its sentences, in order; otherwise null.
 */
export function sentenceSpansAt(answer: string, offsets: QuoteSpan[]): QuoteSpan[] | null {
  if (offsets.length === 0) return null;
  const sentences = splitSentences(answer);
  const known = new Set(sentences.map((s) => `${s.start}-${s.end}`));
  for (let i = 0; i < offsets.length; i++) {
    const o = offsets[i]!;
    if (!known.has(`${o.start}-${o.end}`)) return null;
    if (i > 0 && o.start < offsets[i - 1]!.end) return null;
  }
  return offsets;
}
