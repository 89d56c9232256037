import { isEditorNote } from './editor-notes.js';
import { phraseSentences, type Phrase } from './phrase.js';
import { splitSentences } from './sentences.js';
import { sentenceKind } from './stance.js';
import { termsOf } from './terms.js';
import type { IndexedRecord } from '../store/types.js';
import type { QuoteSpan } from './types.js';
import { LruCache } from '../util/lru.js';

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

/** What picking a quote reads of an answer, whatever the question: its sentences, each one's terms and kind, and its quotations. */
interface AnswerReading {
  sentences: QuoteSpan[];
  terms: string[][];
  kinds: ReturnType<typeof sentenceKind>[];
  quotation: ReturnType<typeof quotationOf>;
}

// The answers a search quotes come back in the next questions on the topic; reading one was most of a quote's time. Bounded: a bot runs for weeks.
const answerReadings = new LruCache<string, AnswerReading>(2048);

function answerReading(answer: string): AnswerReading {
  let reading = answerReadings.get(answer);
  if (!reading) {
    const sentences = splitSentences(answer);
    const texts = sentences.map((span) => answer.slice(span.start, span.end));
    reading = { sentences, terms: texts.map((text) => termsOf(text)), kinds: texts.map((text) => sentenceKind(text)), quotation: quotationOf(answer, sentences) };
    answerReadings.set(answer, reading);
  }
  return reading;
}

/**
 * The sentences of an answer to quote for a query: those that hold its quoted phrases, wherever the
 * answer holds them (a fact-checker's Cite must hold the words searched, however long the answer or
 * the phrase), then those that state the spokesperson's own position on the query's topic, in answer
 * order. A sentence that leans on the previous one brings it along.
 */
export function selectQuoteSpans(answer: string, queryTerms: string[], idf: (term: string) => number, phrases: readonly Phrase[] = []): QuoteSpan[] {
  const { sentences, terms, kinds, quotation } = answerReading(answer);
  if (sentences.length === 0) return [];
  const holding = phraseSentences(answer, sentences, phrases);
  const wanted = new Set(queryTerms);
  const topic = terms.map((sentenceTerms) => {
    let score = 0;
    for (const term of sentenceTerms) if (wanted.has(term)) score += idf(term);
    return score;
  });
  const bestTopic = Math.max(...topic);
  const scored = sentences.map((span, index) => {
    const text = answer.slice(span.start, span.end);
    const kind = kinds[index]!;
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
  // An editor's note is never quoted: a quote running across one shows it cut (" … ").
  const quotable = new Set(quotableSpans(answer, sentences));
  const notes = new Set(sentences.flatMap((span, i) => (quotable.has(span) ? [] : [i])));
  if (notes.size === sentences.length) return [...sentences];
  const byWorth = [...scored].filter((s) => !notes.has(s.index)).sort((a, b) => b.score - a.score || a.index - b.index);
  const required = new Set([...holding].filter((i) => !notes.has(i)));
  const picked = pickSentences(byWorth, required, {
    opensInside: (i) => quotation[i]!.opensInside,
    closedBy: (i) => quotation[i]!.closedBy,
  });
  // Marks that never close make every later sentence "inside": then the marks are not read.
  const shown = picked.size > 0 ? picked : pickSentences(byWorth, required, { opensInside: () => false, closedBy: () => [] });
  const last = wholeButLast(sentences, notes, shown);
  if (last !== null && quotation[last]!.closedBy?.length === 0) shown.add(last);
  return [...shown].sort((a, b) => a - b).map((i) => sentences[i]!);
}

/**
 * The last of the answer's sentences (not an editor's note) when the quote picked every other one
 * and the whole answer fits MAX_QUOTE_CHARS, else null: such a quote is the answer but its last
 * sentence, which it then gives too, whatever MAX_SENTENCES says, rather than cut a sentence the
 * room allows ("… written by African ambassadors. Not that I know of.", 2020-04-14#5, was cut before
 * "Not that I know of.").
 */
function wholeButLast(sentences: readonly QuoteSpan[], notes: ReadonlySet<number>, picked: ReadonlySet<number>): number | null {
  const quotable = sentences.flatMap((_span, i) => (notes.has(i) ? [] : [i]));
  const last = quotable.at(-1);
  if (last === undefined || quotable.length < 2 || picked.has(last)) return null;
  if (quotable.some((i) => i !== last && !picked.has(i))) return null;
  const size = quotable.reduce((sum, i) => sum + sentences[i]!.end - sentences[i]!.start, 0);
  return size <= MAX_QUOTE_CHARS ? last : null;
}

/**
 * The sentences of an answer that are the spokesperson's words: every one but the editor's notes
 * ("(The journalist nodded while everyone else laughed.)", （众笑）), which a quote of the whole
 * answer leaves out, cut with " … " as a quote across a note is. `sentences`: the answer's
 * `splitSentences`, when already split.
 */
export function quotableSpans(answer: string, sentences: readonly QuoteSpan[] = splitSentences(answer)): QuoteSpan[] {
  return sentences.filter((span) => !isEditorNote(answer.slice(span.start, span.end)));
}

/** How a sentence stands to the quotations of its answer (`quotationOf`), as the picking reads it. */
interface QuotationRules {
  opensInside: (index: number) => boolean;
  /**
   * For a sentence that leaves a quotation open, the sentences after it up to the one that closes it
   * in its paragraph; null when none there closes it; [] for a sentence that leaves none open.
   */
  closedBy: (index: number) => readonly number[] | null;
}

/**
 * The sentences `required` (all of them, whatever their number and length), then the best that fit,
 * a sentence that leans back bringing the one before it. A sentence that opens inside a quotation
 * (a communiqué the spokesperson reads out, split into sentences) is taken only after the one before
 * it: a quote opening there would give the read-out text as the spokesperson's own words. A quote
 * never ends inside a quotation either: a sentence that opens one (“一切都在变化，…发生了变化。) is
 * taken only with the sentences up to the one that closes it, when they fit; not at all when nothing
 * in its paragraph closes it (its closing mark may lie paragraphs away, or nowhere).
 */
function pickSentences(
  byWorth: readonly { index: number; size: number; leansBack: boolean }[], required: ReadonlySet<number>, quotation: QuotationRules,
): Set<number> {
  const size = new Map(byWorth.map((s) => [s.index, s.size]));
  const picked = new Set<number>();
  let length = 0;
  const mayOpen = (i: number): boolean => !quotation.opensInside(i) || picked.has(i - 1);
  /** `i` with the sentences that close the quotation it leaves open, those not yet picked; null when they do not close it. */
  const withClosing = (i: number): number[] | null => {
    const closing = quotation.closedBy(i);
    return closing === null || closing.some((j) => !size.has(j)) ? null : [i, ...closing].filter((j) => !picked.has(j));
  };
  const fits = (group: readonly number[]): boolean => {
    const added = group.reduce((sum, j) => sum + size.get(j)!, 0);
    return picked.size + group.length <= MAX_SENTENCES && ((picked.size === 0 && group.length === 1) || length + added <= MAX_QUOTE_CHARS);
  };
  const take = (i: number): void => {
    picked.add(i);
    length += size.get(i)!;
  };
  /** Takes `i` and what closes its quotation when they fit; whether it did. */
  const takeClosed = (i: number): boolean => {
    const group = withClosing(i);
    if (!group || !fits(group)) return false;
    group.forEach(take);
    return true;
  };
  for (const i of [...required].sort((a, b) => a - b)) take(i);
  // One opening inside a quotation is shown after the words that open it, when they fit; one leaving
  // a quotation open, with the words that close it.
  for (const i of required) if (!mayOpen(i) && size.has(i - 1) && fits([i - 1])) take(i - 1);
  for (const i of required) takeClosed(i);
  for (const s of byWorth) {
    if (picked.has(s.index) || !mayOpen(s.index)) continue;
    if (!takeClosed(s.index)) {
      if (picked.size >= MAX_SENTENCES) break;
      continue;
    }
    const previous = s.index - 1;
    if (s.leansBack && size.has(previous) && !picked.has(previous) && mayOpen(previous)) takeClosed(previous);
  }
  return picked;
}

/**
 * For each sentence, the share of its characters inside quotation marks, counting a quotation that
 * opened in an earlier sentence of the same paragraph, whether it opens inside one, and, when it
 * leaves one open, the sentences after it up to the one that closes it in the same paragraph (null
 * when none does). Curly marks nest; straight ones alternate; a curly closing mark closes a straight
 * opening one. A paragraph closes whatever it left open (a missing mark must not make the rest of
 * the answer a quotation).
 */
function quotationOf(answer: string, sentences: readonly QuoteSpan[]): { insideShare: number; opensInside: boolean; closedBy: number[] | null }[] {
  const depthAt = new Uint8Array(answer.length);
  /** Whether a quotation is open after the character. */
  const openAfter = new Uint8Array(answer.length);
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
    openAfter[i] = curly > 0 || straight ? 1 : 0;
  }
  const leavesOpen = (s: QuoteSpan): boolean => openAfter[s.end - 1] === 1;
  return sentences.map((span, index) => {
    const { start, end } = span;
    let inside = 0;
    for (let i = start; i < end; i++) inside += depthAt[i]!;
    let closedBy: number[] | null = [];
    if (leavesOpen(span)) {
      closedBy = null;
      const run: number[] = [];
      for (let j = index + 1; j < sentences.length && !answer.slice(sentences[j - 1]!.end, sentences[j]!.start).includes('\n'); j++) {
        run.push(j);
        if (!leavesOpen(sentences[j]!)) {
          closedBy = run;
          break;
        }
      }
    }
    return {
      insideShare: end > start ? inside / (end - start) : 0,
      opensInside: start > 0 && depthAt[start - 1] === 1 && answer[start - 1] !== '\n',
      closedBy,
    };
  });
}

/**
 * The quote as shown: the spans verbatim, joined by the answer's own text between adjacent
 * sentences and by "…" where sentences are skipped. It starts at a sentence start and ends at a
 * sentence end; an ellipsis never opens it, and closes it only where the answer was cut short
 * (`isCutShort`) and the quote reaches its last words ("… But I can t …").
 */
export function renderQuote(answer: string, spans: QuoteSpan[], cutShort = false): string {
  let out = '';
  spans.forEach((span, i) => {
    if (i > 0) {
      const between = answer.slice(spans[i - 1]!.end, span.start);
      out += isAdjacent(answer, spans[i - 1]!, span) ? between : ` ${ELLIPSIS} `;
    }
    out += answer.slice(span.start, span.end);
  });
  const last = spans.at(-1);
  return cutShort && last && /^\s*$/.test(answer.slice(last.end)) ? `${out} ${ELLIPSIS}` : out;
}

/** Text that ends with a sentence mark (closing quotation marks or brackets may follow it). */
const ENDS_SENTENCE = /[.!?。！？…][\p{Pf}\p{Pe}"']*\s*$/u;

/**
 * Whether a record's answer stops mid-sentence because the text it came from was cut: a research
 * corpus's cell ending "… But I can t" (pc-2022-02-24#19), which the import marks as an excerpt.
 * Never a page's answer: that ends as the Ministry ended it.
 */
export function isCutShort(record: Pick<IndexedRecord, 'answer' | 'source'>): boolean {
  return Boolean(record.source?.excerpt) && !ENDS_SENTENCE.test(record.answer);
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
