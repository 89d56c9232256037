import { namesNeededIn } from './names-written.js';

/**
 * A pasted passage (a wire paragraph: "BRUSSELS, Dec 3 (Reuters) - The European Union is preparing
 * to impose tariffs on Chinese steel, a move Beijing has warned would harm trade ties.") writes its
 * topic among the story's words ("preparing", "move", "warned", "harm", "ties"), which are about as
 * rare in the transcripts as the topic's ("tariffs"): weighed alike, they asked half the weight of a
 * match, and the two exchanges on steel tariffs with Europe held 40%, below the relevance rule's half,
 * while US tariff exchanges holding "preparing", "move" and "harm" passed. A passage is read by what
 * names its topic: its names (capitalised words the index holds, `names-written.ts`) and its rarest
 * word the index holds ("steel"). Those are the words the relevance rule (`gate.ts`) weighs; every
 * word still ranks, and the answer still says which the matches lack.
 */

/** What the index says of a term. */
export interface TermRarity {
  documentFrequency: (term: string) => number;
  idf: (term: string) => number;
}

/**
 * The terms the relevance rule weighs for a question of `minTerms` or more words naming its topic
 * (`topical`, its index terms): its names' and its rarest held word's, in the question's order; null
 * for a shorter question (read word by word), or when a passage writes no name the index holds.
 */
export function passageTopicTerms(text: string, topical: readonly string[], index: TermRarity, minTerms: number): string[] | null {
  if (minTerms <= 0 || topical.length < minTerms) return null;
  const held = topical.filter((t) => index.documentFrequency(t) > 0);
  const names = new Set(namesNeededIn(text).filter((name) => name.every((t) => index.documentFrequency(t) > 0)).flat());
  if (held.length === 0 || ![...names].some((t) => topical.includes(t))) return null;
  const rarest = held.reduce((a, b) => (index.idf(b) > index.idf(a) ? b : a));
  return topical.filter((t) => names.has(t) || t === rarest);
}
