import { phraseSentences, type Phrase } from './phrase.js';
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
 * The sentences of an answer to quote for a query: those that hold its quoted phrases, wherever the
 * answer holds them (a fact-checker's Cite must hold the words searched, however long the answer or
 * the phrase), then those that state the spokesperson's own position on the query's topic, in answer
 * order. A sentence that leans on the previous one brings it along.
 */
export function selectQuoteSpans(answer: string, queryTerms: string[], idf: (term: string) => number, phrases: readonly Phrase[] = []): QuoteSpan[] {
  const sentences = splitSentences(answer);
  if (sentences.length === 0) return [];
  const holding = phraseSentences(answer, sentences, phrases);
  const wanted = new Set(queryTerms);
  const topic = sentences.map((span) => {
    let score = 0;
    for (const term of termsOf(answer.slice(span.start, span.end))) if (wanted.has(term)) score += idf(term);
    return score;
  });
  const bestTopic = Math.max(...topic);
  const quotation = quotationOf(answer, sentences);
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
      WEIGHT.quoted * Math.max(kind.quotedShare, quotation[index]!.insideShare) -
      (/\?["”’)]*$/.test(text) ? WEIGHT.question : 0) -
      WEIGHT.position * index;
    return { index, score, size: span.end - span.start, leansBack: LEANS_BACK.test(text) };
  });
  const byWorth = [...scored].sort((a, b) => b.score - a.score || a.index - b.index);
  const picked = pickSentences(byWorth, holding, (i) => quotation[i]!.opensInside);
  // Marks that never close make every later sentence "inside": then the marks are not read.
  const shown = picked.size > 0 ? picked : pickSentences(byWorth, holding, () => false);
  return [...shown].sort((a, b) => a - b).map((i) => sentences[i]!);
}

/**
 * The sentences `required` (all of them, whatever their number and length), then the best that fit,
 * a sentence that leans back bringing the one before it. A sentence that opens inside a quotation
 * (a communiqué the spokesperson reads out, split into sentences) is taken only after the one before
 * it: a quote opening there would give the read-out text as the spokesperson's own words.
 */
function pickSentences(
  byWorth: readonly { index: number; size: number; leansBack: boolean }[], required: ReadonlySet<number>, opensInside: (index: number) => boolean,
): Set<number> {
  const size = new Map(byWorth.map((s) => [s.index, s.size]));
  const picked = new Set<number>();
  let length = 0;
  const fits = (i: number): boolean =>
    picked.size < MAX_SENTENCES && (picked.size === 0 || length + size.get(i)! <= MAX_QUOTE_CHARS);
  const mayOpen = (i: number): boolean => !opensInside(i) || picked.has(i - 1);
  const take = (i: number): void => {
    picked.add(i);
    length += size.get(i)!;
  };
  for (const i of [...required].sort((a, b) => a - b)) take(i);
  // One opening inside a quotation is shown after the words that open it, when they fit.
  for (const i of required) if (!mayOpen(i) && fits(i - 1)) take(i - 1);
  for (const s of byWorth) {
    if (picked.has(s.index) || !mayOpen(s.index)) continue;
    if (!fits(s.index)) {
      if (picked.size >= MAX_SENTENCES) break;
      continue;
    }
    take(s.index);
    const previous = s.index - 1;
    if (s.leansBack && previous >= 0 && !picked.has(previous) && mayOpen(previous) && fits(previous)) take(previous);
  }
  return picked;
}

/**
 * For each sentence, the share of its characters inside quotation marks, counting a quotation that
 * opened in an earlier sentence of the same paragraph, and whether it opens inside one. Curly marks
 * nest; straight ones alternate; a curly closing mark closes a straight opening one. A paragraph closes whatever it left open (a missing mark must not
 * make the rest of the answer a quotation).
 */
function quotationOf(answer: string, sentences: readonly QuoteSpan[]): { insideShare: number; opensInside: boolean }[] {
  const depthAt = new Uint8Array(answer.length);
  let curly = 0;
  let straight = false;
  for (let i = 0; i < answer.length; i++) {
    const c = answer[i]!;
    if (c === '\n') {
      curly = 0;
      straight = false;
    } else if (c === '“') curly = Math.min(curly + 1, 9);
    else if (c === '”') {
      // The transcripts mix marks: "land for peace” opens straight and closes curly.
      if (curly > 0) curly--;
      else straight = false;
    } else if (c === '"') straight = !straight;
    // The marks themselves are not quoted text (as `sentenceKind` counts it).
    depthAt[i] = (curly > 0 || straight) && c !== '“' && c !== '"' ? 1 : 0;
  }
  return sentences.map(({ start, end }) => {
    let inside = 0;
    for (let i = start; i < end; i++) inside += depthAt[i]!;
    return { insideShare: end > start ? inside / (end - start) : 0, opensInside: start > 0 && depthAt[start - 1] === 1 && answer[start - 1] !== '\n' };
  });
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
