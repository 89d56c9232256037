import { PHRASE_ALIASES } from './aliases.js';
import { QUOTED } from './quoted-parts.js';
import { namesAsWritten, spellingKey } from './terms.js';

/** A name a quoted phrase writes, as typed, and the other words the search reads as it unquoted. */
export interface QuotedName {
  typed: string;
  otherWords: readonly string[];
}

/** Most other words said of one name: "coronavirus", "novel coronavirus", "SARS-CoV-2", and so on. */
const OTHER_WORDS_SAID = 4;

/** The forms each name of `aliases.ts` is read from, by its canonical form. */
let formsByName: Map<string, string[]> | undefined;
function formsOf(canonical: string): readonly string[] {
  if (!formsByName) {
    formsByName = new Map();
    for (const alias of PHRASE_ALIASES) {
      // A canonical form a text writes ("US", "COVID", "Vietnam"), not one the tokenizer joins ("HongKong", "KimJongUn Kim").
      const written = /^[\p{L}\p{N}]+$/u.test(alias.canonical) && !/\p{Ll}\p{Lu}/u.test(alias.canonical) ? [alias.canonical] : [];
      formsByName.set(alias.canonical, [...(formsByName.get(alias.canonical) ?? []), ...written, ...alias.variants]);
    }
  }
  return formsByName.get(canonical) ?? [];
}

/**
 * The names of `aliases.ts` the question's quoted phrases write whose other words the search reads as
 * them unquoted, and a quote does not (`Phrase.literal`): '"COVID-19"' finds only the exchanges writing
 * it, not "novel coronavirus" — said, so that a reporter asking when a term was first used knows the
 * answer starts where the term does, and how to find the rest.
 */
export function quotedNamesIn(question: string): QuotedName[] {
  const named: QuotedName[] = [];
  for (const quoted of question.matchAll(QUOTED)) {
    const phrase = quoted.slice(1).find((g) => g !== undefined) ?? '';
    const names = [...namesAsWritten(phrase)];
    // A canonical form typed as it is ("US", "COVID") is a name too, in the capitals it is listed with.
    for (const word of phrase.split(/[^\p{L}\p{N}]+/u)) {
      if (formsOf(word).length > 0 && !names.some(([, typed]) => wordsOf(typed).includes(word.toLowerCase()))) names.push([word, word]);
    }
    for (const [canonical, typed] of names) {
      const seen = new Set([spellingKey(typed)]);
      const otherWords = formsOf(canonical).filter((form) => {
        const key = spellingKey(form);
        // A form writing the typed words holds the quote ("COVID-19" holds "COVID"): no other word.
        if (seen.has(key) || holdsWords(form, typed)) return false;
        seen.add(key);
        return true;
      });
      // A form writing another's words is found by it ("novel coronavirus" by "coronavirus"): the shorter said, first.
      const words = otherWords.filter((form) => !otherWords.some((other) => other !== form && holdsWords(form, other))).sort((a, b) => a.length - b.length);
      if (words.length > 0 && !named.some((n) => n.typed === typed)) named.push({ typed, otherWords: words });
    }
  }
  return named;
}

/** Whether `text` writes the words of `words` side by side, whatever the marks and capitals. */
function holdsWords(text: string, words: string): boolean {
  return ` ${wordsOf(text).join(' ')} `.includes(` ${wordsOf(words).join(' ')} `);
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** How many other words of a name the answer says, the rest left to "and others". */
export function otherWordsSaid(name: QuotedName): { said: string[]; more: boolean } {
  return { said: name.otherWords.slice(0, OTHER_WORDS_SAID), more: name.otherWords.length > OTHER_WORDS_SAID };
}
