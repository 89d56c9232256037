import { termsOf } from './terms.js';

/**
 * A name the question writes after a title or another name's word ("Czech Senate President
 * Vystrcil"), which no record holds: the question names its own person, whom the index does not know.
 * Its other words then describe that person, not a name the index holds ("President" and "Czech"
 * read as Zeman, another holder of a nearby office), so no described name is searched in its place
 * (rule 5 of gate.ts). Returns the first such word as typed, or null.
 *
 * The word before must be capitalised inside the sentence, not as its first word ("Vystrcil visited
 * …" says nothing of a title); a question all in lower case writes no name this way, and a slip of a
 * name the index holds is the did-you-mean's (`spelling.ts`), not this.
 */
export function unheldNameAfterTitle(text: string, held: (term: string) => boolean): string | null {
  if (text === text.toLowerCase()) return null;
  const tokens = text.split(/\s+/).filter(Boolean);
  for (let i = 1; i < tokens.length; i++) {
    const word = tokens[i]!.replace(/[^\p{L}\p{N}]+$/u, '').replace(/['’]s?$/u, '');
    const previous = tokens[i - 1]!;
    if (!/^\p{Lu}\p{L}+$/u.test(word) || !/^\p{Lu}[\p{L}-]*$/u.test(previous)) continue;
    // The question's first word, or a sentence's, is capitalised whatever it is.
    if (i - 1 === 0 || /[.?!:;]$/u.test(tokens[i - 2]!)) continue;
    const terms = termsOf(word);
    if (terms.length > 0 && terms.every((t) => !held(t))) return word;
  }
  return null;
}
