import type { FieldBoost, LexicalIndex, LexicalMatch } from './lexical.js';
import type { EveryWriting } from './spaced-compounds.js';

/**
 * The matches of a question with a run searched in every writing (`EveryWriting`: "counter terrorism"),
 * scored as if its writings were one term, best first. BM25 weighs each term apart, and an exchange
 * writing "counter-terrorism" holds three ("counter", "terror" and the compound's "counterterror"),
 * one writing "counterterrorism" only the compound's: the hyphened writers came first, and the solid
 * 2019-06-14#6 fell from 2nd to 82nd. Here a record holding the compound's term (hyphened or solid: the
 * index adds it beside the words of a hyphened one, so its frequency is theirs together) is scored on it
 * with the question's other words (`rest`), and one writing the run only apart on its words as one term:
 * their mean frequency at the compound's idf, and its matched terms counted as one. A record holding none of them (the
 * feedback's) stays below, in its order. Two searches of the matches alone: cheap.
 */
export function writingsAsOneTerm(matches: readonly LexicalMatch[], run: EveryWriting, rest: readonly string[], lexical: LexicalIndex, boost: FieldBoost): LexicalMatch[] {
  if (matches.length === 0) return [];
  const ids = new Set(matches.map((m) => m.id));
  const others = rest.filter((t) => t !== run.solid && !run.apart.includes(t)).map((t) => [t, 1] as const);
  const scores = new Map<string, number>();
  for (const m of lexical.searchTerms(new Map([[run.solid, 1], ...others]), (id) => ids.has(id), boost)) {
    if (m.matched.includes(run.solid)) scores.set(m.id, m.score);
  }
  // Each word weighed so that its score is the compound's idf times its own frequency's part, over the words: one term's score.
  const apart = new Map<string, number>([...run.apart.map((t) => [t, lexical.idf(run.solid) / lexical.idf(t) / run.apart.length] as const), ...others]);
  for (const m of lexical.searchTerms(apart, (id) => ids.has(id) && !scores.has(id), boost)) {
    const words = m.matched.filter((t) => run.apart.includes(t)).length;
    if (words === 0) continue;
    // BM25 multiplies by the terms matched: the run's words count as one.
    scores.set(m.id, (m.score * (m.matched.length - words + 1)) / m.matched.length);
  }
  const least = Math.min(...scores.values());
  const highestOther = Math.max(0, ...matches.filter((m) => !scores.has(m.id)).map((m) => m.score));
  const below = (score: number): number => (highestOther > 0 ? (least * score) / (2 * highestOther) : 0);
  return matches.map((m) => ({ ...m, score: scores.get(m.id) ?? below(m.score) })).sort((a, b) => b.score - a.score);
}
