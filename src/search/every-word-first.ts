import type { LexicalMatch } from './lexical.js';
import type { MatchRef } from './types.js';

/** The cards an answer shows first (`ask`'s default `--k`, the bots' first page). */
export const FIRST_PAGE = 5;

/**
 * The first page's matches holding every one of the question's own words (`words`, its index terms,
 * a year not among them) before those of it that hold fewer, each part in its order; the matches
 * after it keep their places. BM25 ranks a short exchange saying three of four words often above the
 * one saying all four: "EU sanctions on Xinjiang officials" led with an EU visit to Xinjiang, without
 * "sanction", above 2019-12-20#4, the European Parliament's call for sanctions on Xinjiang officials.
 * Only the first page is reordered: lifted from further down, an exchange holding every word apart
 * ("joint" of a joint verification, "military" posts, "drills") displaced answers on US-ROK drills, and
 * the tuning half's keyword P@5 fell (0.874 → 0.871).
 */
export function everyWordFirst<M extends MatchRef>(matches: readonly M[], words: readonly string[], matched: ReadonlyMap<string, readonly string[]>): M[] {
  if (words.length < 2) return [...matches];
  const page = matches.slice(0, FIRST_PAGE);
  const holds = (m: M): boolean => {
    const terms = matched.get(m.id);
    return terms !== undefined && words.every((t) => terms.includes(t));
  };
  return [...page.filter(holds), ...page.filter((m) => !holds(m)), ...matches.slice(FIRST_PAGE)];
}

/** Each lexical match's id → the query terms it holds, for `everyWordFirst`. */
export function matchedTerms(matches: readonly LexicalMatch[]): Map<string, readonly string[]> {
  return new Map(matches.map((m) => [m.id, m.matched]));
}
