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
 * listed name ("Taiwan polls", "Hong Kong protests"; not "Criticism of us arms sales to taiwan",
 * "Tensions in the south china sea", and "New Huawei sanctions" needs "Huawei" alone); nor Beijing,
 * which stands for China as often as it names the city ("Beijing on meng wanzhou extradition").
 */
export function namesNeededIn(text: string): string[][] {
  const words = capitalisedTerms(text);
  const names: { terms: string[]; at: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    const { term, token, at } = words[i]!;
    const next = words[i + 1];
    if (QUALIFIERS.has(token.toLowerCase()) && next && next.at === at + 1) {
      names.push({ terms: [term, next.term], at });
      i++;
    } else {
      names.push({ terms: [term], at });
    }
  }
  return names
    .map((n) => n.terms.filter((t, i) => t !== BEIJING && !(n.at === 0 && i === 0 && !listedNames().has(t))))
    .filter((terms) => terms.length > 0);
}

/**
 * Index terms of the words a text writes as names: those with a capital, and the parts of a name
 * joined to them by a hyphen ("jong" of "Kim Yo-jong", "moon" of "Ban Ki-moon"). Words a user types
 * as a name are that name, not a description of another (`descriptions.ts`).
 */
export function nameWordsIn(text: string): Set<string> {
  return namesIn(withNamePartsCapitalised(text));
}

/**
 * The words a text writes as names that name something in particular (`nameWordsIn`), not a
 * country, a people or a region: "Galwan", "Fukushima", not "Dutch" or "Asia-Pacific", which set a
 * description's scene ("a Dutch chipmaker"). A described name stands beside these (rule 5 of gate.ts).
 */
export function particularNameWordsIn(text: string): Set<string> {
  return new Set([...nameWordsIn(text)].filter((t) => !isSetting(t)));
}

let settings: Set<string> | undefined;

/** Whether a term is one of a country, a people or a region (Beijing too, which stands for China). */
function isSetting(term: string): boolean {
  settings ??= new Set([...PARTIES, 'Chinese', 'Pacific', 'Middle East', 'Beijing'].flatMap((name) => tokenize(name).map((t) => normalizeTerm(t) ?? '')));
  return settings.has(term);
}

/**
 * The names of several words a text writes, each as the index terms of its words in order: words
 * written with a capital (and the parts hyphened to them) standing next to each other, two or three
 * of them, "Kim Yo-jong" as ["kim", "yo", "jong"]. A record holding only a part of one may be about someone else (rule 8 of gate.ts).
 */
export function fullNamesIn(text: string): string[][] {
  const runs: string[][] = [];
  // A possessive ends a name: "Sudan's Omar al-Bashir" writes two.
  for (const part of text.split(/(?<=\p{L})['’]s?(?![\p{L}\p{N}])/u)) {
    let last = -2;
    for (const { term, at } of capitalisedTerms(withNamePartsCapitalised(part))) {
      if (at === last + 1) runs.at(-1)!.push(term);
      else runs.push([term]);
      last = at;
    }
  }
  // Four words or more are names side by side more often than one ("Ilham Tohti Sakharov Prize");
  // places side by side name a region ("Asia-Pacific"), whose parts are not someone else.
  return runs.filter((run) => run.length > 1 && run.length < 4 && !run.every(isSetting));
}

/** "Kim Yo-jong" as "Kim Yo-Jong": the parts of a name joined to it by a hyphen are that name's. */
function withNamePartsCapitalised(text: string): string {
  return text.replace(/(?<=\p{Lu}[\p{L}\p{M}]*(?:[-‐‑][\p{L}\p{M}]+)*[-‐‑])\p{Ll}/gu, (c) => c.toUpperCase());
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

function listedNames(): Set<string> {
  listed ??= new Set(LISTED_NAMES.get());
  return listed;
}
