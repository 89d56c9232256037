import { PARTIES } from './aliases.js';
import { NAME } from './framing.js';
import { topicOf } from './query.js';
import { termsOf } from './terms.js';

/**
 * Names joined that are the whole topic of a question: "What did China say about Japan and South
 * Korea in 2019?" (its dates read), "India or Pakistan", "Kovrig, Spavor and Meng". Weighed as words,
 * the rarer name carried more than half the topic's weight and alone admitted an exchange (rule 2 of
 * gate.ts): the answer held South Korea's exchanges and none that named only Japan. Read as names
 * joined, an exchange naming any of them answers (rule 7 of gate.ts), those naming all first, and the
 * answer says so. Two to four names, each one to three capitalised words ("the" before one allowed),
 * and one lower-case word after them where it is what they are talked of with (`namesWithWord`);
 * anything else beside them ("Japan and South Korea trade dispute", "relations between Japan and
 * South Korea") is a topic of several words, read as before.
 */
const JOINS = /\s*(?:,\s*(?:and|or|&)?|\band\b|\bor\b|\s&\s)\s*/i;
/** Names written with "and" that are one place ("Trinidad and Tobago"), whose words the index holds apart. */
const ONE_PLACE = /\b(?:Trinidad and Tobago|Bosnia and Herzegovina|Antigua and Barbuda|S[aã]o Tom[eé] and Pr[ií]ncipe|Saint Kitts and Nevis|Saint Vincent and the Grenadines|Turks and Caicos)\b/i;
/**
 * The word that ends the title of a law, a plan or a body: a last part ending in it that the others
 * do not end in makes one title of them all ("the CHIPS and Science Act", "the Human Rights and
 * Democracy Act"); each ending in it, they are several ("the Taiwan Travel Act and the TAIPEI Act").
 * A title has a word before it: "Bill" alone is a name ("Bill and Melinda Gates Foundation").
 */
const TITLE_END = /\S\s+(?:Act|Acts|Law|Bill|Initiative|Treaty|Agreement|Accord|Declaration|Convention|Charter|Strategy|Program|Programme|Plan|Commission|Council|Committee|Organi[sz]ation|Forum|Party|Front|Movement|Bank|Fund|Corridor|Dialogue|Summit|Forces?|Office|Foundation|Department|Bureau|Agency|Union|Administration|Ministry|Association|Institute|Authority|Alliance|Coalition|Conference|Company|Corporation|Group)$/;

/**
 * Two countries joined by a hyphen or a dash and nothing else ("Israel-Palestine", "India–Pakistan"),
 * read as "and" joins them: searched as words, the rarer name carried the topic, and "Israel-Palestine"
 * was the 30 exchanges naming Israel, none of the 15 naming only Palestine. Each part a country or union
 * of `PARTIES` ("Asia-Pacific" is one region); beside other words ("China-US relations") it is read as
 * before (`together.ts`).
 */
const PAIR = /^(\p{Lu}[\p{L}'’]*)\s*[-‐‑–—]\s*(\p{Lu}[\p{L}'’]*)$/u;
let partyTerms: Set<string> | undefined;

function countriesPaired(topic: string): string[] | null {
  const pair = PAIR.exec(topic);
  if (!pair) return null;
  partyTerms ??= new Set(PARTIES.flatMap((name) => termsOf(name)));
  const names = [pair[1]!, pair[2]!];
  const isParty = (name: string): boolean => {
    const terms = termsOf(name);
    return terms.length === 1 && partyTerms!.has(terms[0]!);
  };
  return names.every(isParty) && !joinsOneName(topic, names) ? names : null;
}

/** The names, as typed, that a topic joins and is made of; null otherwise. */
export function joinedNames(searched: string): string[] | null {
  const topic = topicOf(searched).replace(/[?.!\s]+$/, '');
  return countriesPaired(topic.replace(/^the\s+/i, '')) ?? namesJoinedByWords(topic);
}

/** What `namesWithWord` asks of the index. */
export interface NameCounts {
  /** Records holding an index term. */
  documentFrequency: (term: string) => number;
  /** The records holding every one of these terms. */
  exchangesHolding: (terms: readonly string[]) => ReadonlySet<string>;
}

/** One lower-case word after the last name joined ("Human Rights Watch and NED sanctions"). */
const WORD_AFTER = /^(.*\S)\s+(\p{Ll}[\p{Ll}-]*)$/u;
/** Fewest share of the exchanges naming any of the names that must say the word after them (`namesWithWord`). */
const MIN_WORD_SHARE = 1 / 3;
/** Most exchanges naming one of the names, as a share of those saying the word after them (`namesWithWord`). */
const MAX_NAME_SHARE = 1 / 10;

/**
 * Names joined with one lower-case word after them ("Human Rights Watch and NED sanctions"), read as
 * names joined with the word weighed beside each (`joinedNameTerms`), so that an exchange naming one
 * answers as that name asked with the word alone would ("NED sanctions": NED, in 12 exchanges, outweighs
 * "sanctions", in 281): the names and the word; null where the topic is not so read.
 *
 * Read as words, the NED exchanges held "ned" and "sanctions" of the question's terms, under half
 * its weight beside Human Rights Watch's three words (rule 2 of gate.ts): 5 of the 16 exchanges
 * naming either were found, none of those naming only NED. So read only where the word is what the
 * names are talked of with, by two counts of the index's own:
 * - each name is rare beside the word: named in at most `MAX_NAME_SHARE` as many exchanges as say
 *   it (NED 12, Human Rights Watch 6, beside "sanctions" 281). An exchange naming a rare name is
 *   about it; one naming a common name is on much else: Huawei, in 138 exchanges beside the same
 *   281, made "Huawei and ZTE sanctions" 140 exchanges, 10 of them saying sanctions, where read as
 *   words it finds 21, each saying sanctions or naming both. "Japan and South Korea trade", "China
 *   and India border", "Iran and Saudi Arabia talks" and "Russia and Ukraine conflict" stay words
 *   so, and "Kovrig and Spavor trial" does too ("trial" is rarer than either name: each name
 *   weighed with it would need it, where read as words an exchange naming both answers);
 * - at least `MIN_WORD_SHARE` of the exchanges naming any of them say the word (7 of the 17 naming
 *   Human Rights Watch or NED say "sanctions"), so that an exchange naming one is mostly in the talk
 *   the word asks about: of the 14 naming Lithuania or the Czech Republic, 2 say "visits", and
 *   "Lithuania and Czech visits" stays words.
 * Both are shares, not counts, so a larger index (synced years) reads a question as the bundled one does.
 */
export function namesWithWord(searched: string, counts: NameCounts): { names: string[]; word: string } | null {
  const after = WORD_AFTER.exec(topicOf(searched).replace(/[?.!\s]+$/, ''));
  // Only names joined by a word: "the EU-China summit" is a summit, no pair of countries (`countriesPaired`).
  const names = after ? namesJoinedByWords(after[1]!) : null;
  const wordTerms = after ? termsOf(after[2]!) : [];
  if (!names || wordTerms.length === 0) return null;
  const saying = counts.exchangesHolding(wordTerms);
  const most = MAX_NAME_SHARE * saying.size;
  const nameTerms = names.map((name) => termsOf(name));
  // A name of one term is counted by the index's own count, and a common one ("China") never listed.
  if (nameTerms.some((terms) => terms.length === 0 || (terms.length === 1 && counts.documentFrequency(terms[0]!) > most))) return null;
  const naming = new Set<string>();
  for (const terms of nameTerms) {
    const named = counts.exchangesHolding(terms);
    if (named.size === 0 || named.size > most) return null;
    for (const id of named) naming.add(id);
  }
  const namingAndSaying = [...naming].filter((id) => saying.has(id)).length;
  return namingAndSaying >= MIN_WORD_SHARE * naming.size ? { names, word: after![2]! } : null;
}

/**
 * The terms each name joined is weighed by (rule 7 of gate.ts): its own, and those of the word after
 * the names where one is read with them (`namesWithWord`); a name without terms left out.
 */
export function joinedNameTerms(names: readonly string[], word?: string): string[][] {
  return names.map((name) => termsOf(word ? `${name} ${word}` : name)).filter((terms) => terms.length > 0);
}

function namesJoinedByWords(topic: string): string[] | null {
  if (!JOINS.test(topic) || /["“”「」『』]/.test(topic) || ONE_PLACE.test(topic)) return null;
  const parts = topic.split(JOINS).map((p) => p.replace(/^the\s+/i, '').trim());
  if (parts.length < 2 || parts.length > 4 || !parts.every((p) => NAME.test(p))) return null;
  if (TITLE_END.test(parts.at(-1)!) && !parts.slice(0, -1).every((p) => TITLE_END.test(p))) return null;
  if (joinsOneName(topic, parts)) return null;
  return parts;
}

/**
 * Whether `whole`, joining `parts` ("Belt and Road"), is one name the search knows (BRI): its terms
 * are not those of its parts. Read so both where names are joined and where things are left out
 * ("Africa except the Belt and Road").
 */
export function joinsOneName(whole: string, parts: readonly string[]): boolean {
  const joined = new Set(termsOf(whole));
  const apart = new Set(parts.flatMap((p) => termsOf(p)));
  return joined.size !== apart.size || [...joined].some((t) => !apart.has(t));
}
