import type { MatchRef, SearchSort } from './types.js';

/**
 * Matches whose scores differ by less than this share of the best score are of about equal
 * relevance: the newer goes first. BM25 separates real differences by far more than 3%.
 */
export const EQUAL_RELEVANCE = 0.03;

/**
 * Under `newest` (`oldest`), matches scoring below this share of the best are passing mentions: listed after
 * the real matches (each part newest, or oldest, first), so "the latest on X" is about X, and so is "the first mention of X". Scored on the user's
 * own words where the engine gives that score (`mentionScores`): with the feedback terms, which
 * rank paraphrases, the best exchange on a topic outscored the rest so far that 128 of 138 Huawei
 * exchanges, and Lin Jian's answer of 2026 on the Korean Peninsula, counted as passing mentions.
 */
export const PASSING_MENTION = 0.25;

/** ISO dates compare as plain strings (localeCompare would ask ICU, for thousands of matches). */
const newerFirst = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);

/** What orders matches oldest first beside their dates and scores. */
export interface OldestOrder {
  /**
   * The matches that hold the whole topic (engine.ts `holdingWholeTopic`); null or absent when none
   * does, or the topic is one word. The others are passing mentions: "the first mention of Hong Kong
   * national security law" was Canada blocking Aecon (2018), an exchange on security and Hong Kong,
   * and the first of "Meng Wanzhou" Meng Hongwei.
   */
  wholeTopic?: ReadonlySet<string> | null;
  /** A match's place in its briefing: on one day, the exchange asked first is the older. */
  positionOf?: (id: string) => number;
}

/**
 * Matches in the order asked for; `passing`: how many, newest first, are passing mentions listed
 * after the others (oldest first, `OldestOrder`).
 */
export function orderMatches(
  matches: MatchRef[], sort: SearchSort, mentionScores?: ReadonlyMap<string, number>, oldest: OldestOrder = {},
): { matches: MatchRef[]; passing: number } {
  const { wholeTopic, positionOf } = oldest;
  const byScore = [...matches].sort((a, b) => b.score - a.score);
  const best = byScore[0]?.score ?? 0;
  if (sort === 'newest' || sort === 'oldest') {
    const mention = (m: MatchRef): number => (mentionScores ? mentionScores.get(m.id) ?? 0 : m.score);
    let bestMention = 0;
    for (const m of byScore) bestMention = Math.max(bestMention, mention(m));
    const isStrong = (m: MatchRef): boolean => mention(m) >= PASSING_MENTION * bestMention && (sort !== 'oldest' || !wholeTopic || wholeTopic.has(m.id));
    const earlierAsked = (a: MatchRef, b: MatchRef): number => (positionOf ? positionOf(a.id) - positionOf(b.id) : 0);
    const inOrder = sort === 'newest'
      ? (a: MatchRef, b: MatchRef): number => newerFirst(a.date, b.date) || b.score - a.score
      : (a: MatchRef, b: MatchRef): number => newerFirst(b.date, a.date) || earlierAsked(a, b) || b.score - a.score;
    const strong = byScore.filter(isStrong).sort(inOrder);
    const weak = byScore.filter((m) => !isStrong(m)).sort(inOrder);
    return { matches: [...strong, ...weak], passing: weak.length };
  }
  // Groups of about equal relevance, each led by its best; within a group, newest first.
  const ordered: MatchRef[] = [];
  let group: MatchRef[] = [];
  const flush = (): void => {
    // One push per match: spreading a group of tens of thousands as arguments can overflow the stack.
    for (const m of group.sort((a, b) => newerFirst(a.date, b.date) || b.score - a.score)) ordered.push(m);
    group = [];
  };
  for (const m of byScore) {
    if (group.length > 0 && group[0]!.score - m.score > EQUAL_RELEVANCE * best) flush();
    group.push(m);
  }
  flush();
  return { matches: ordered, passing: 0 };
}

/** Earliest and latest dates of the matches. */
export function dateSpan(matches: MatchRef[]): { first: string | null; last: string | null } {
  let first: string | null = null;
  let last: string | null = null;
  for (const { date } of matches) {
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  }
  return { first, last };
}

/**
 * The first and last dates an answer's totals give: of every match, but oldest first (a question
 * asking when something was first said) of the real matches before the passing mentions, since
 * its first date is the answer and must be the first card's: "When did China first comment on the
 * trade war?" gave 2014-12-31, an exchange on another war, above a first card of 2018-05-21.
 */
export function answerSpan(matches: MatchRef[], sort: SearchSort, passing: number): { first: string | null; last: string | null } {
  return dateSpan(sort === 'oldest' && passing > 0 && passing < matches.length ? matches.slice(0, matches.length - passing) : matches);
}

/**
 * The matches of one day first, each part in its order: a question naming a day ("What did Geng
 * Shuang say on June 24, 2019?") is read as its month, since the talk of a day's news goes on for
 * days, but the day it names is what it asks first. Passing mentions stay after the others.
 */
export function dayFirst(ordered: { matches: MatchRef[]; passing: number }, day: string | null): { matches: MatchRef[]; passing: number } {
  if (!day) return ordered;
  const { matches, passing } = ordered;
  const real = matches.slice(0, matches.length - passing);
  const weak = matches.slice(matches.length - passing);
  const first = (part: MatchRef[]): MatchRef[] => [...part.filter((m) => m.date === day), ...part.filter((m) => m.date !== day)];
  return { matches: [...first(real), ...first(weak)], passing };
}
