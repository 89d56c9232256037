import { termsOf } from './terms.js';
import { TITLES_BEFORE_NAMES } from './titles.js';

/**
 * A name the question writes after a person's title ("Czech Senate President Vystrcil", "Senator
 * Blackburn"), which no record holds: the question names its own person, whom the index does not know.
 * Its other words then describe that person, not a name the index holds ("President" and "Czech"
 * read as Zeman, another holder of a nearby office), so no described name is searched in its place
 * (rule 5 of gate.ts). Returns the first such word as typed, or null.
 *
 * The word before must be a title (`TITLES_BEFORE_NAMES`; "Vystrcil visited …" says nothing of one): after another
 * kind of word an unknown word need be no person's name ("the Pacific Rim leaders' meeting",
 * a description of APEC, found nothing when read so). A question all in lower case writes no name this
 * way, and a slip of a name the index holds is the did-you-mean's (`spelling.ts`), not this.
 */
export function unheldNameAfterTitle(text: string, held: (term: string) => boolean): string | null {
  if (text === text.toLowerCase()) return null;
  const tokens = text.split(/\s+/).filter(Boolean);
  for (let i = 1; i < tokens.length; i++) {
    const word = tokens[i]!.replace(/[^\p{L}\p{N}]+$/u, '').replace(/['’]s?$/u, '');
    const previous = tokens[i - 1]!;
    if (!/^\p{Lu}\p{L}+$/u.test(word) || !TITLES_BEFORE_NAMES.has(previous)) continue;
    const terms = termsOf(word);
    if (terms.length > 0 && terms.every((t) => !held(t))) return word;
  }
  return null;
}
