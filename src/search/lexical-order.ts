import { coverage, type QueryWeights } from './gate.js';
import type { LexicalMatch } from './lexical.js';
import { EQUAL_RELEVANCE } from './order.js';
import type { Phrase } from './phrase.js';

// Lexical matches reordered by what they hold (the names a question writes, its every word, the name of
// its topic): their scores raised, as fusion and paging sort by score.

/**
 * Matches rescored by the share of the weight of the names the query writes (capitalised words:
 * "ROK", "Vietnam") that each holds (`FusionSettings.nameCoordination`), best first. BM25 alone lets
 * the other words, said often, outscore a missing name: "US-South Korea joint military drills" had a
 * China-ASEAN exercise in its top five, "Viet Nam fishing boat incident" a Japanese destroyer's
 * collision. Unchanged when the query names nothing, or only names.
 */
export function withNamesWeighed(matches: LexicalMatch[], weights: QueryWeights, c: number, names: ReadonlySet<string>): LexicalMatch[] {
  if (c === 0) return matches;
  const weight = new Map([...weights.weight].filter(([t]) => names.has(t)));
  if (weight.size === 0 || weight.size === weights.weight.size) return matches;
  const ofNames: QueryWeights = { ...weights, weight, total: [...weight.values()].reduce((a, b) => a + b, 0) };
  return matches.map((m) => ({ ...m, score: m.score * (1 - c + c * coverage(m, ofNames)) })).sort((a, b) => b.score - a.score);
}

/**
 * The matches holding every one of `words` lifted above the rest, each part in its order ("Australia
 * barley": the barley exchanges before Scott Morrison's). Scores are raised, not the list reordered:
 * fusion and paging sort by score.
 */
export function allWordsFirst(matches: LexicalMatch[], words: readonly string[]): LexicalMatch[] {
  if (words.length === 0) return matches;
  return liftedFirst(matches, (m) => words.every((t) => m.matched.includes(t)));
}

/**
 * The matches that hold the name a question is about (`topicNames`: the rarest word it writes is a name,
 * "Lithuania", "Xinjiang sanctions Europe") before those that do not, each part in its order (the
 * setting `nameOfTopicFirst`); with `reached`, a match the first pass did not keep (the feedback's) stays
 * only where it then ranks among the best `shownRanks`, as the feedback admits it. Ranked by score
 * alone, "Lithuania" put the feedback's Australia exchange at 5 and two exchanges naming Lithuania at 6
 * and 7, off the bots' first page, and "Xinjiang sanctions Europe" an exchange on Sudan's sanctions
 * first (`heldFirst`).
 */
export function namedTopicFirst(matches: LexicalMatch[], names: readonly (readonly string[])[], reached?: { kept: ReadonlySet<string>; shownRanks: number }): LexicalMatch[] {
  if (names.length === 0) return matches;
  const ordered = heldFirst(matches, (m) => names.some((name) => name.every((t) => m.matched.includes(t))));
  return reached ? ordered.filter((m, i) => reached.kept.has(m.id) || i < reached.shownRanks) : ordered;
}

/**
 * The matches writing a name of several words the question writes (`names`: each in its forms,
 * `nameForms`; `writes`, as a quoted phrase is matched) before the others, each part in its order, as `heldFirst` lifts them. Its words are
 * searched apart where it is no name held whole (a title, `whole-names.ts`), and BM25 ranks the records
 * saying them most, apart or not: "Secretary of State" had none of the 214 exchanges writing it in its
 * top five, "Secretary-General of the SCO" the General Secretary's SCO summits before 2 of the 3 writing it.
 */
export function namesWrittenFirst(matches: LexicalMatch[], names: readonly (readonly Phrase[])[], writes: (m: LexicalMatch, form: Phrase) => boolean): LexicalMatch[] {
  if (names.length === 0) return matches;
  return heldFirst(matches, (m) => names.some((forms) => forms.some((form) => writes(m, form))));
}

/**
 * The matches `holds` holds before the others, each part in its order: their scores raised by the least
 * that sets them above the others by more than matches of about equal relevance differ (order.ts), so
 * that the order among them stays as it was.
 */
function heldFirst(matches: LexicalMatch[], holds: (m: LexicalMatch) => boolean): LexicalMatch[] {
  let [top, lowest, others] = [0, Infinity, -Infinity];
  for (const m of matches) {
    if (holds(m)) [top, lowest] = [Math.max(top, m.score), Math.min(lowest, m.score)];
    else others = Math.max(others, m.score);
  }
  // Raised by `lift`, the lowest holder must lead the best other by more than EQUAL_RELEVANCE of the best score then.
  const lift = lowest === Infinity || others === -Infinity ? 0 : Math.max(0, (EQUAL_RELEVANCE * top + others - lowest) / (1 - EQUAL_RELEVANCE)) * 1.01;
  return lift > 0 ? matches.map((m) => (holds(m) ? { ...m, score: m.score + lift } : m)).sort((a, b) => b.score - a.score) : matches;
}

/** The matches `first` holds lifted above the rest, each part in its order (`allWordsFirst`). */
export function liftedFirst(matches: LexicalMatch[], first: (m: LexicalMatch) => boolean): LexicalMatch[] {
  const lift = Math.max(0, ...matches.filter((m) => !first(m)).map((m) => m.score));
  return matches.map((m) => (first(m) ? { ...m, score: m.score + lift } : m)).sort((a, b) => b.score - a.score);
}

/**
 * `first`, then the rest of `rest`: the first scored above the best of the rest, in proportion to
 * their own scores, so that their order and their differences hold where scores are compared
 * (the fusion, the equal-relevance groups of order.ts).
 */
export function firstOf(first: readonly LexicalMatch[], rest: readonly LexicalMatch[]): LexicalMatch[] {
  const top = rest.reduce((max, m) => Math.max(max, m.score), 0) || 1;
  const ids = new Set(first.map((m) => m.id));
  return [...first.map((m) => ({ ...m, score: top * (1 + m.score) })), ...rest.filter((m) => !ids.has(m.id))];
}
