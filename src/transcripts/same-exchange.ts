/** What tells one exchange from another: its question and answer, verbatim (paragraphs joined alike on both sides). */
export interface ExchangeText {
  question: string;
  answer: string;
}

/**
 * How much of its question and of its answer an exchange corrected in place keeps: the share of
 * character pairs (letters and digits, lower-cased) each version has in common with the other. A
 * corrected word, name or figure keeps more than 0.9 of both, a republished translation of the same
 * exchange 0.85 or more (2019-04-29b); two different exchanges of one briefing keep at most 0.68 of
 * either in the bundled corpus (a spokesperson repeats an answer word for word to a like question, so
 * the question and the answer are weighed apart).
 */
export const SAME_EXCHANGE_SHARE = 0.8;

/**
 * Which exchange of `before` each exchange of `after` (a newer version of the same briefing) is: its
 * index in `before`, or -1 for one that is new. In steps, each on the exchanges not yet paired:
 * 1. those of identical text, in order (the longest common subsequence): the exchanges the revision
 *    left as they were, which anchor the rest;
 * 2. those of identical text anywhere (an exchange moved);
 * 3. between two anchors (or before the first, after the last), those left of each version, paired
 *    in order where most of the text is the same (`SAME_EXCHANGE_SHARE`): an exchange corrected in
 *    place; or where the question is the same and one answer is the other's opening
 *    (`answerEndsElsewhere`); or where the question is the same, word for word, at the same place
 *    (as many exchanges after the anchor before it, or before the anchor after it): an answer
 *    reworded, which a short answer's character pairs cannot tell from another one. An exchange
 *    replaced by another (another question) at its place is not paired: it is gone, the other new.
 * An exchange of `before` paired with none is gone.
 */
export function pairExchanges(before: readonly ExchangeText[], after: readonly ExchangeText[]): number[] {
  const code = new Map<string, number>();
  const codeOf = (e: ExchangeText): number => {
    const text = `${e.question}\u0000${e.answer}`;
    let c = code.get(text);
    if (c === undefined) code.set(text, (c = code.size));
    return c;
  };
  const [was, now] = [before.map(codeOf), after.map(codeOf)];
  const pairOf = new Array<number>(after.length).fill(-1);
  const paired = new Array<boolean>(before.length).fill(false);
  const pair = (i: number, j: number): void => {
    pairOf[j] = i;
    paired[i] = true;
  };

  const anchors = commonSubsequence(before.length, after.length, (i, j) => was[i] === now[j]);
  for (const [i, j] of anchors) pair(i, j);

  const waiting = new Map<number, number[]>();
  was.forEach((c, i) => {
    if (!paired[i]) waiting.set(c, [...(waiting.get(c) ?? []), i]);
  });
  now.forEach((c, j) => {
    const i = pairOf[j] === -1 ? waiting.get(c)?.shift() : undefined;
    if (i !== undefined) pair(i, j);
  });

  const grams = new Map<number, CharacterPairs>(); // of a text, by its code, made when first compared
  const pairsOf = (e: ExchangeText, c: number): CharacterPairs => {
    let pairs = grams.get(c);
    if (!pairs) grams.set(c, (pairs = { question: characterPairs(e.question), answer: characterPairs(e.answer) }));
    return pairs;
  };
  const bounds = [[-1, -1], ...anchors, [before.length, after.length]] as const;
  for (let k = 1; k < bounds.length; k++) {
    const [[i0, j0], [i1, j1]] = [bounds[k - 1]!, bounds[k]!];
    const left = range(i0 + 1, i1).filter((i) => !paired[i]);
    const right = range(j0 + 1, j1).filter((j) => pairOf[j] === -1);
    if (left.length === 0 || right.length === 0) continue;
    const samePlace = (i: number, j: number): boolean => i - i0 === j - j0 || i1 - i === j1 - j;
    const corrected = (a: number, b: number): boolean => {
      const [i, j] = [left[a]!, right[b]!];
      return mostlySame(pairsOf(before[i]!, was[i]!), pairsOf(after[j]!, now[j]!)) || answerEndsElsewhere(before[i]!, after[j]!) ||
        (samePlace(i, j) && sameQuestion(before[i]!, after[j]!));
    };
    for (const [a, b] of commonSubsequence(left.length, right.length, corrected)) pair(left[a]!, right[b]!);
  }
  return pairOf;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/** The longest sequence of pairs (i, j), both rising, for which `same` holds: [i, j] in order. */
function commonSubsequence(n: number, m: number, same: (i: number, j: number) => boolean): [number, number][] {
  // length[i][j]: the longest for before[i..] and after[j..] (a briefing holds a few dozen exchanges).
  const length = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const match = Array.from({ length: n }, () => new Array<boolean>(m).fill(false));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      match[i]![j] = same(i, j);
      length[i]![j] = match[i]![j] ? length[i + 1]![j + 1]! + 1 : Math.max(length[i + 1]![j]!, length[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (match[i]![j] && length[i]![j] === length[i + 1]![j + 1]! + 1) pairs.push([i++, j++]);
    else if (length[i + 1]![j]! >= length[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

interface CharacterPairs {
  question: Map<number, number>;
  answer: Map<number, number>;
}

/** The pairs of adjacent characters of a text's letters and digits, lower-cased, counted (a text of one such character: that character). */
function characterPairs(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  const add = (gram: number): void => {
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  };
  const kept = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  for (let i = 1; i < kept.length; i++) add(kept.charCodeAt(i - 1) * 0x10000 + kept.charCodeAt(i)); // UTF-16 units: pairs all the same
  if (kept.length === 1) add(kept.charCodeAt(0));
  return counts;
}

/**
 * Whether two versions of an exchange differ only in where the answer ends: the same question, and
 * one answer the other's opening, cut at a word. A parser that learns a page's separator (2020-04-07's
 * `---`, the asterisks a PressCon cell keeps inline, `* * *`) or where an unmarked closing announcement
 * starts (unmarked-closings.ts) ends the answer there and makes what followed a record of its own,
 * however much of the answer that was (half of pc-2022-06-02#1); the exchange is the one it was, and
 * keeps its id.
 */
function answerEndsElsewhere(a: ExchangeText, b: ExchangeText): boolean {
  if (a.question !== b.question) return false;
  const [shorter, longer] = a.answer.length <= b.answer.length ? [a.answer, b.answer] : [b.answer, a.answer];
  return shorter !== '' && longer.startsWith(shorter) && /^\s/.test(longer.slice(shorter.length));
}

/** Whether two exchanges ask the same question, word for word (a question, not an empty one). */
function sameQuestion(a: ExchangeText, b: ExchangeText): boolean {
  return a.question.trim() !== '' && a.question === b.question;
}

/** Whether two versions of an exchange keep most of both its question and its answer (`SAME_EXCHANGE_SHARE`). */
function mostlySame(a: CharacterPairs, b: CharacterPairs): boolean {
  return sharedShare(a.question, b.question) >= SAME_EXCHANGE_SHARE && sharedShare(a.answer, b.answer) >= SAME_EXCHANGE_SHARE;
}

/** The share of two texts' character pairs they have in common (Dice: twice the common ones over all of both); 1 for two empty texts. */
function sharedShare(a: Map<number, number>, b: Map<number, number>): number {
  let common = 0;
  let total = 0;
  for (const [gram, n] of a) {
    common += Math.min(n, b.get(gram) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
  return total === 0 ? 1 : (2 * common) / total;
}
