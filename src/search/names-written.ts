import { PARTIES, PHRASE_ALIASES } from './aliases.js';
import { DESCRIBED_NAMES } from './described-names.js';
import { precomputedTable } from './precomputed.js';
import { normalizeTerm, tokenize } from './terms.js';

/**
 * The names a question writes, as index terms: its words written with a capital (names, acronyms:
 * "Evergrande", "AUKUS") and the names of `aliases.ts` it writes in any case ("hong kong" is read as
 * "HongKong"). `namesIn` lists them for ranking; `namesNeededIn` reads them as the names a record must
 * hold one of (rule 2 of gate.ts).
 */

/** Index terms of the query's words written with a capital. */
export function namesIn(text: string): Set<string> {
  return new Set(capitalisedTerms(text).map((t) => t.term));
}

/**
 * Words that make a name with the capitalised word after them and are no name alone: "North" is in
 * "North Africa" and "Department of North American Affairs", no record saying only that is about North
 * Macedonia (nor one saying "south" about South Sudan).
 */
const QUALIFIERS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'new', 'upper', 'lower', 'greater',
]);

/**
 * The names a record must hold one of (rule 2 of gate.ts), each as the terms it must hold all of:
 * a capitalised word alone, or a qualifier with the capitalised word after it ("North Macedonia",
 * "West Bank"). Not the question's first word, capitalised as any sentence begins, unless it is a
 * listed name or a country ("Taiwan polls", "Hong Kong protests", "Canadian prime minister"; not
 * "Criticism of us arms sales to taiwan", "Tensions in the south china sea", and "New Huawei sanctions"
 * needs "Huawei" alone). Opening "Canadian prime minister", Canada was not needed, and 363 exchanges
 * on any prime minister answered, where "the Canadian prime minister" found the 41 naming Canada. Nor Beijing,
 * which stands for China as often as it names the city ("Beijing on meng wanzhou extradition").
 */
export function namesNeededIn(text: string): string[][] {
  const words = capitalisedTerms(text);
  const names: { terms: string[]; at: number; qualified?: boolean }[] = [];
  for (let i = 0; i < words.length; i++) {
    const { term, token, at } = words[i]!;
    const next = words[i + 1];
    if (QUALIFIERS.has(token.toLowerCase()) && next && next.at === at + 1) {
      names.push({ terms: [term, next.term], at, qualified: token.toLowerCase() !== 'new' });
      i++;
    } else {
      names.push({ terms: [term], at });
    }
  }
  // A compass word opening the question is a name's, not a sentence's capital, when a capitalised word
  // follows it: "South Africa", "Central Asia" asked alone needed only "Africa" (168 exchanges; 27 name it).
  return names
    .map((n) => n.terms.filter((t, i) => t !== BEIJING && !(n.at === 0 && i === 0 && !n.qualified && !listedNames().has(t) && !countryTerms().has(t))))
    .filter((terms) => terms.length > 0);
}

/** The words of `text` (as `tokenize` reads them) written with a capital, with their term and their place among the words that carry one. */
function capitalisedTerms(text: string): { token: string; term: string; at: number }[] {
  const found: { token: string; term: string; at: number }[] = [];
  let at = 0;
  for (const token of tokenize(text)) {
    if (!/[\p{L}\p{N}]/u.test(token)) continue;
    const term = /\p{Lu}/u.test(token) ? normalizeTerm(token) : null;
    if (term) found.push({ token, term, at });
    at++;
  }
  return found;
}

const BEIJING = normalizeTerm('Beijing');
let listed: Set<string> | undefined;
let countries: Set<string> | undefined;
let regions: Set<string> | undefined;

/** Whether an index term is a country's (`countryTerms`), not a continent's or a union's ("European", "ASEAN"). */
export function isNationTerm(term: string): boolean {
  regions ??= new Set(['Europe', 'EU', 'ASEAN', 'Africa', 'Asia', 'Arab'].map(normalizeTerm).filter((t): t is string => t !== null));
  return countryTerms().has(term) && !regions.has(term);
}

/** The index terms of the countries and unions (`PARTIES`), China's aside: its own side, named in most exchanges. */
function countryTerms(): Set<string> {
  countries ??= new Set(PARTIES.flatMap((name) => tokenize(name).map(normalizeTerm)).filter((t): t is string => t !== null && t !== normalizeTerm('China')));
  return countries;
}

/**
 * The index terms of the names that are one word as the search reads them: those `described-names.ts`
 * lists ("Taiwan", "Pompeo", and "Hong Kong", read as "HongKong") and the names of `aliases.ts` ("North
 * Korea", read as "DPRK").
 */
const LISTED_NAMES = precomputedTable('oneWordListedNames', (): string[] => [
  ...new Set(
    [...DESCRIBED_NAMES.map(([name]) => name), ...PHRASE_ALIASES.flatMap((a) => a.variants)]
      .map((name) => tokenize(name))
      .flatMap((tokens) => (tokens.length === 1 ? [normalizeTerm(tokens[0]!) ?? ''] : []))
      .filter(Boolean),
  ),
]);

/** The index terms of the one-word names of the reviewed lists (`LISTED_NAMES`). */
export function listedNames(): Set<string> {
  listed ??= new Set(LISTED_NAMES.get());
  return listed;
}
