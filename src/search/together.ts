import { K as SATURATION, type FieldBoost } from './lexical.js';
import { PARTIES, WORD_ALIASES } from './aliases.js';
import { normalizeTerm, tokenize } from './terms.js';

/**
 * Words that name a topic only together. Each of "China", "US" and "relations" is in a quarter or
 * more of all exchanges and names nothing alone (engine.ts answers such a question with "names no
 * topic"), but side by side they name the relationship that a few hundred exchanges discuss. They
 * stand together when all of them fall within a run of as many consecutive index terms, in any
 * order, so "US-China relations", "China-US relations" and "relations between China and the United
 * States" (function words are no terms) are one topic, and an answer that says "China" in one
 * paragraph and "relations" in another is not about it.
 */

/** Where a sentence ends: before a capital, a digit or a Chinese character ("U.S. relations" goes on). */
const SENTENCE_END = /[.!?;。！？；]["”’)]*\s+(?=["“‘(]?[\p{Lu}\p{N}\p{Script=Han}])|\n+/gu;
/** A word no text holds, standing for a sentence end while the text is tokenized. */
const END_WORD = 'qxsentenceendqx';

/** What `wordSequence` puts between two sentences: words on either side of it do not stand together. */
export const SENTENCE_BREAK = '';

/**
 * The words of a text as `timesTogether` compares them, in order: each index term, but a stemmed
 * word as written (less a plural "s"), since stems join words that mean different things side by
 * side ("questions related to China-US trade" is not about "China-US relations"). Names and
 * nationality words read as their canonical term ("Canadians" and "Canada" alike); function words
 * are left out, as from the index; sentences are kept apart ("… international relations. China
 * deplores …"). With `stems`, each word is its index term ("protesters" as "protest"), but for the
 * words for relations: whether an exchange mentions a topic (engine.ts `topicMentions`).
 */
export function wordSequence(text: string, stems = false): string[] {
  const sequence: string[] = [];
  // One tokenizing pass for the whole text (names are read per call): sentence ends become a word of their own.
  for (const token of tokenize(text.replace(SENTENCE_END, ` ${END_WORD} `))) {
    if (token === END_WORD) {
      if (sequence.length > 0 && sequence[sequence.length - 1] !== SENTENCE_BREAK) sequence.push(SENTENCE_BREAK);
      continue;
    }
    const term = normalizeTerm(token);
    if (!term) continue;
    const written = token.toLowerCase().replace(/['’]s$/, '');
    // A folded word ("Japanese" → "japan", "labour" → "labor") is its term; a stemmed one is as written.
    const word = written.startsWith(term) && !Object.hasOwn(WORD_ALIASES, written) ? written.replace(/(?<=..)s$/, '') : term;
    sequence.push(RELATION_WORDS.has(word) ? RELATIONS : word === 'sino' ? 'china' : stems ? term : word);
  }
  return sequence;
}

/** "China-US relations", "… relationship" and "… ties" are one topic: each reads as this word ("Sino-US" as "China-US"). */
export const RELATIONS = 'relation';
const RELATION_WORDS = new Set(['relation', 'relationship', 'tie']);

let parties: ReadonlySet<string> | null = null;

/**
 * Whether words (`wordSequence`) ask about the relations between countries: two or more of them
 * and a word for relations, nothing else ("China-Japan ties", "relations between India and
 * Pakistan"). Asked so, the rarer words must not stand for the topic alone: "ties" alone ranks the
 * Vatican's ties with China first, "relationship" alone China's commercial ties with Ukraine.
 */
export function asksAboutRelations(words: readonly string[]): boolean {
  parties ??= new Set(PARTIES.flatMap((name) => wordSequence(name)));
  const distinct = new Set(words.filter((w) => w !== SENTENCE_BREAK));
  let named = 0;
  for (const w of distinct) {
    if (parties.has(w)) named++;
    else if (w !== RELATIONS) return false;
  }
  return named >= 2 && distinct.has(RELATIONS);
}

/** How many times every one of `wanted` stands in a run of `wanted.size` consecutive terms; runs counted do not overlap. */
export function timesTogether(sequence: readonly string[], wanted: ReadonlySet<string>): number {
  const width = wanted.size;
  if (width === 0) return 0;
  const inWindow = new Map<string, number>();
  let times = 0;
  let windowStart = 0;
  for (let i = 0; i < sequence.length; i++) {
    if (i - windowStart >= width) {
      const leaving = sequence[i - width]!;
      const left = inWindow.get(leaving);
      if (left !== undefined) left === 1 ? inWindow.delete(leaving) : inWindow.set(leaving, left - 1);
    }
    const term = sequence[i]!;
    if (term === SENTENCE_BREAK) {
      inWindow.clear();
      windowStart = i + 1;
      continue;
    }
    if (wanted.has(term)) inWindow.set(term, (inWindow.get(term) ?? 0) + 1);
    if (inWindow.size === width) {
      times++;
      inWindow.clear();
      windowStart = i + 1;
    }
  }
  return times;
}

/**
 * Whether the words of a topic stand in the order asked with at most one other word between each
 * and the next, within a sentence: "the Minsk ceasefire agreement" names the Minsk agreement, where
 * `timesTogether` wants them side by side. In that order only: "national security and the rule of
 * law in Hong Kong" names no Hong Kong national security law.
 */
export function standsInOrder(sequence: readonly string[], words: readonly string[]): boolean {
  if (words.length === 0) return false;
  for (let start = 0; start < sequence.length; start++) {
    if (sequence[start] !== words[0]) continue;
    let at = start;
    let next = 1;
    while (next < words.length) {
      const found = [at + 1, at + 2].find((i) => i < sequence.length && sequence[i] === words[next] && (i === at + 1 || sequence[at + 1] !== SENTENCE_BREAK));
      if (found === undefined) break;
      at = found;
      next++;
    }
    if (next === words.length) return true;
  }
  return false;
}

/** A record's score for standing together so many times in its question and in its answer: BM25's saturation, each field weighed by its boost. */
export function togetherScore(inQuestion: number, inAnswer: number, boost: FieldBoost): number {
  const saturated = (times: number): number => (times * (SATURATION + 1)) / (times + SATURATION);
  return boost.question * saturated(inQuestion) + boost.answer * saturated(inAnswer);
}
