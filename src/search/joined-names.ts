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
 * answer says so. Two to four names, each one to three capitalised words ("the" before one allowed);
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
  const paired = countriesPaired(topic.replace(/^the\s+/i, ''));
  if (paired) return paired;
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
