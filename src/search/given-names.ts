import { PHRASE_ALIASES } from './aliases.js';
import { normalizeTerm, termsOf } from './terms.js';

/**
 * Given names that begin the full names of several people the transcripts name by the surname
 * ("Mike": Mike Pompeo, Mike Pence; `aliases.ts` reads each full name as the surname). Alone, such a
 * name is no alias of either, and stays a word, which only the exchanges writing it otherwise hold
 * ("Mike" found one exchange, on the WHO's Mike Ryan): the answer says what the full names find, as a
 * slip's suggestion is said.
 */

let byGiven: Map<string, string[]> | undefined;

/** Given name (an index term) → the full names it begins, as `aliases.ts` lists them, where they are of two people or more. */
function sharedGivenNames(): Map<string, string[]> {
  if (byGiven) return byGiven;
  const names = new Map<string, Map<string, string>>();
  for (const { canonical, variants } of PHRASE_ALIASES) {
    for (const variant of variants) {
      const [given, surname, ...more] = variant.split(/\s+/);
      // A full name read as its surname ("Mike Pompeo" as Pompeo), not a place or a title ("North Korea", "President Moon").
      if (!given || !surname || more.length > 0 || surname.toLowerCase() !== canonical.toLowerCase()) continue;
      const term = normalizeTerm(given);
      if (!term) continue;
      const people = names.get(term) ?? new Map<string, string>();
      if (!people.has(canonical)) people.set(canonical, variant);
      names.set(term, people);
    }
  }
  byGiven = new Map([...names].filter(([, people]) => people.size > 1).map(([term, people]) => [term, [...people.values()]]));
  return byGiven;
}

/** The given names `text` writes alone (not in a full name, which is read as the surname) that begin several people's full names, as typed, each with those names. */
export function sharedGivenNamesIn(text: string): { typed: string; names: string[] }[] {
  const shared = sharedGivenNames();
  const terms = new Set(termsOf(text));
  const found: { typed: string; names: string[] }[] = [];
  for (const word of text.split(/[^\p{L}\p{N}'’-]+/u)) {
    const term = normalizeTerm(word);
    const names = term && terms.has(term) ? shared.get(term) : undefined;
    if (names && !found.some((f) => f.typed === word)) found.push({ typed: word, names });
  }
  return found;
}
