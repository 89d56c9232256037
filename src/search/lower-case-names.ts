import { PARTIES } from './aliases.js';
import type { Respelled } from './framing.js';
import { outsideQuotes } from './quoted-parts.js';

/**
 * "us" and "who" typed in lower case, read as the US and the WHO where the words beside them leave
 * no other reading. Searched as the pronouns, they are stop words: "us china relations" found 1,029
 * exchanges (the Ministry's first tweet, Burkina Faso's relations) and "who taiwan observer" 162, 16
 * of them on the WHO. Applied to a question only, never to a transcript, whose "us" is the pronoun.
 * In capitals ("US", "WHO") they are read already (`terms.ts`); elsewhere they stay words:
 * "what did china tell us about japan", "who said taiwan is a country", "officials who visited taiwan".
 */

/** The countries, unions and places "us" stands beside as the US ("us china relations", "china-us trade", "sino-us", "us and japan"). */
const PARTY = (() => {
  const names = [...PARTIES.filter((p) => p !== 'US').map((p) => p.toLowerCase()), 'china', 'chinese', 'beijing', 'taipei', 'hongkong', 'hk', 'nato'];
  const multiword = ['north korea', 'south korea', 'hong kong', 'new zealand', 'saudi arabia', 'south china sea'];
  return [...multiword.map((m) => m.replace(/\s+/g, String.raw`\s+`)), ...names.map((n) => n.replace(/\s+/g, String.raw`\s+`))].join('|');
})();

/** Words after which "us" is the pronoun, whatever follows: "tell us china's position", "give us china's view", "for us". */
const TAKES_US = String.raw`tell|tells|told|give|gives|gave|show|shows|showed|let|lets|help|helps|helped|send|sends|sent|brief|briefs|briefed|inform|informs|informed|remind|reminds|reminded|update|updates|updated|ask|asks|asked|join|joins|joined|for|to|with|among|of|against|like|about|from|by`;

/** "us" joined to a country by a hyphen or slash, or beside one with a space, "and" or "&" between them; leading the question; after an article. */
const US = new RegExp(
  String.raw`(?<=(?:^|[^\p{L}\p{N}])(?:sino|${PARTY})(?:\s*[-/]\s*|\s+(?:and\s+|&\s+)?))us(?![\p{L}\p{N}'’])` +
    String.raw`|(?<!(?:^|[^\p{L}\p{N}])(?:${TAKES_US})\s+)(?<![\p{L}\p{N}'’])us(?=(?:\s*[-/]\s*|\s+(?:and\s+|&\s+)?)(?:${PARTY})(?![\p{L}\p{N}]))` +
    // Leading the question before a word, or after an article, where the pronoun would not stand: "us sanctions on huawei", "the us treasury".
    String.raw`|^\s*us(?=\s+\p{L})|(?<=(?:^|[^\p{L}\p{N}])(?:the|a)\s+)us(?![\p{L}\p{N}'’])`,
  'giu',
);

/** Nouns after which "who" is the organisation: none is a verb, so "who" before one asks no question ("who observer status"). */
const WHO_NOUNS = String.raw`observers?|investigations?|experts?|missions?|chief|director|director-general|dg|tedros|origins?|pandemic|membership|covid(?:-19)?|coronavirus|wuhan|taiwan|delegation|officials?|members?|statement|declaration|guidelines?|secretariat|headquarters|funding|reform|assembly|geneva`;

/**
 * "who" as the WHO: after "the" ("the who"), ending the question after other words ("taiwan's bid to
 * join who"; not after a word that asks whom, "said by who", or names persons, "those who"), or before one of `WHO_NOUNS` ("who taiwan observer", "who wuhan investigation"): a
 * question's "who" and a relative one stand before a verb ("who said", "officials who visited").
 */
const WHO = new RegExp(
  String.raw`(?<=(?:^|[^\p{L}\p{N}])the\s+)who(?![\p{L}\p{N}'’])` +
    String.raw`|(?<=[\p{L}\p{N}][^\p{L}\p{N}]*\s)(?<!(?:^|[^\p{L}\p{N}])(?:by|to|from|with|for|about|of|those|people|anyone|someone|everyone|persons)\s+)who(?=\s*[?.!]*\s*$)` +
    String.raw`|(?<![\p{L}\p{N}'’])who(?=(?:\s*-\s*|\s+)(?:${WHO_NOUNS})(?![\p{L}\p{N}]))`,
  'giu',
);

/** The question with "us" and "who" read as the US and the WHO where they are (outside quotes), and the words so read. */
export function lowerCaseAbbreviations(question: string): { query: string; respelled: Respelled[] } {
  const respelled: Respelled[] = [];
  const note = (typed: string, read: string): string => {
    if (!respelled.some((r) => r.typed === typed)) respelled.push({ typed, read });
    return read;
  };
  // Matched beside names in any case ("us China relations"); "us" and "who" themselves only in lower case: in capitals they are read already.
  const read = (as: string) => (typed: string): string => (typed === as.toLowerCase() ? note(typed, as) : typed);
  // Most questions hold neither word: the two patterns, slow to compile, are then never run ("ſ" folds to "s").
  const query = outsideQuotes(question, (part) => {
    const withUs = /u[sſ]/i.test(part) ? part.replace(US, read('US')) : part;
    return /who/i.test(withUs) ? withUs.replace(WHO, read('WHO')) : withUs;
  });
  return { query, respelled };
}
