import type { MatchRef, SearchSort } from './types.js';

/**
 * Matches whose scores differ by less than this share of the best score are of about equal
 * relevance: the newer goes first. BM25 separates real differences by far more than 3%.
 */
export const EQUAL_RELEVANCE = 0.03;

/** ISO dates compare as plain strings (localeCompare would ask ICU, for thousands of matches). */
const newerFirst = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);

/** What orders matches newest or oldest first beside their dates and scores. */
export interface DatedOrder {
  /**
   * The matches that mention a topic of several words (engine.ts `topicMentions`: its words standing
   * together); null or absent when none holds them all, or the topic is one word. The others are
   * listed after: "the first mention of Hong Kong national security law" was Canada blocking Aecon
   * (2018), an exchange on security and Hong Kong, and the first of "Meng Wanzhou" Meng Hongwei.
   */
  wholeTopic?: ReadonlySet<string> | null;
  /** A match's place in its briefing: on one day, the exchange asked first is the older (the later, newest first, the latest). */
  positionOf?: (id: string) => number;
}

/**
 * Matches in the order asked for. Newest (oldest) first, every match that mentions the topic comes
 * in date order, however briefly it does, so the first card is the latest (earliest) mention and a
 * timeline of the topic gives the same date; `passing`: how many, listed after them in the same
 * order, do not mention it: they hold none of the user's words (`mentionScores`, on their own words,
 * without the feedback terms; a match only feedback terms or the vectors reached) or not the whole
 * topic (`DatedOrder.wholeTopic`). A score threshold set apart mentions a quarter as strong as the
 * best: "When did Zhao Lijian first mention Ukraine?" opened on 2021-03-12 while his answer of
 * 2020-08-25 named it, and the timeline said 2020-08-25.
 */
export function orderMatches(
  matches: MatchRef[], sort: SearchSort, mentionScores?: ReadonlyMap<string, number>, dated: DatedOrder = {},
): { matches: MatchRef[]; passing: number } {
  const { wholeTopic, positionOf } = dated;
  const byScore = [...matches].sort((a, b) => b.score - a.score);
  const best = byScore[0]?.score ?? 0;
  if (sort === 'newest' || sort === 'oldest') {
    const mentions = (m: MatchRef): boolean => (mentionScores ? (mentionScores.get(m.id) ?? 0) > 0 : true) && (!wholeTopic || wholeTopic.has(m.id));
    const earlierAsked = (a: MatchRef, b: MatchRef): number => (positionOf ? positionOf(a.id) - positionOf(b.id) : 0);
    const inOrder = sort === 'newest'
      ? (a: MatchRef, b: MatchRef): number => newerFirst(a.date, b.date) || earlierAsked(b, a) || b.score - a.score
      : (a: MatchRef, b: MatchRef): number => newerFirst(b.date, a.date) || earlierAsked(a, b) || b.score - a.score;
    const strong = byScore.filter(mentions).sort(inOrder);
    const weak = byScore.filter((m) => !mentions(m)).sort(inOrder);
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
export function dateSpan(matches: readonly MatchRef[]): { first: string | null; last: string | null } {
  let first: string | null = null;
  let last: string | null = null;
  for (const { date } of matches) {
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  }
  return { first, last };
}

/**
 * The first and last dates an answer's totals give: of every match, but newest or oldest first (a
 * question asking when something was last or first said) of the mentions before the others, since
 * its date is the answer and must be the first card's: "When did China first comment on the trade
 * war?" gave 2014-12-31, an exchange on another war, above a first card of 2018-05-21.
 */
export function answerSpan(matches: MatchRef[], sort: SearchSort, passing: number): { first: string | null; last: string | null } {
  return dateSpan(sort !== 'relevance' && passing > 0 && passing < matches.length ? matches.slice(0, matches.length - passing) : matches);
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
