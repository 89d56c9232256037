import { PHRASE_ALIASES, WORD_ALIASES } from './aliases.js';
import { normalizeTerm, termsOf } from './terms.js';
import { editDistance } from '../util/edit-distance.js';
import { wholeWord } from '../util/regexp.js';
import { TITLES_BEFORE_NAMES } from './titles.js';

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

/**
 * Given names the transcripts write only in one person's full name are read alone as that person
 * (`WORD_ALIASES`: "Nicolas" is Maduro, "Nancy" Pelosi), at index time too: no record holds the
 * given name as a word. Before another surname the question names someone else ("Nicolas Sarkozy",
 * "Nancy Reagan"), whose given name, read so, counted Maduro's and Pelosi's exchanges as the rest of
 * the name ("Without it: 22 exchanges on “Nicolas”"). Such a given name is not searched.
 */
interface OnePersonsGivenName {
  /** The canonical form the given name is read as ("Maduro"). */
  surname: string;
  /** The full name the given name begins, as `aliases.ts` writes it with the given name so spelt ("Nicolas Maduro"). */
  fullName: string;
  /** Every word of the person's full forms, in lower case ("nicolás", "nicholas", "maduro"). */
  words: ReadonlySet<string>;
}

let ofOnePerson: Map<string, OnePersonsGivenName> | undefined;

/** Given name as typed in lower case → the person `WORD_ALIASES` reads it as, with the words of their full forms from `aliases.ts`. */
function onePersonsGivenNames(): Map<string, OnePersonsGivenName> {
  if (ofOnePerson) return ofOnePerson;
  ofOnePerson = new Map();
  for (const { canonical, variants } of PHRASE_ALIASES) {
    for (const variant of variants) {
      const given = variant.split(/\s+/)[0]!.toLowerCase();
      if (WORD_ALIASES[given] !== canonical.toLowerCase() || ofOnePerson.has(given)) continue;
      const words = new Set(variants.flatMap((v) => v.toLowerCase().split(/\s+/)));
      ofOnePerson.set(given, { surname: canonical, fullName: variant, words });
    }
  }
  return ofOnePerson;
}

/** Edits from the person's surname within which the word after their given name is read as a slip of it ("Shinzo Abbe" is Abe). */
const SURNAME_SLIP = 2;

/** A given name read as someone else's: as typed, and the one full name the transcripts write it in ("Nicolas", "Nicolas Maduro"). */
export interface OthersGivenName {
  typed: string;
  fullName: string;
}

/** What `othersGivenNamesIn` asks of the index. */
export interface GivenNameEvidence {
  /** Whether an exchange naming `surname` writes the first word of `following` (the words after the given name, read whole: "Hong Kong"). */
  writtenWith: (surname: string, following: string) => boolean;
  /** The texts of the records holding `word`, as the index reads it (none when no record holds it). */
  textsHolding: (word: string) => readonly string[];
}

/**
 * The given names `text` writes that the transcripts write only in one person's full name, each with
 * that name, where the word after is another person's surname: a word with a capital (any word of a
 * question in lower case) that is no word of the person's full forms, nor a slip of the surname, that
 * no exchange naming the person writes ("Nancy Reagan", not "Nancy Taiwan", which is Pelosi on
 * Taiwan), and that the transcripts, if they write it, write as a surname (`writtenAsSurname`: "Ronald
 * Reagan", where "Gaza" is "in Gaza Strip", so that "Nancy Gaza" is Pelosi on Gaza).
 */
export function othersGivenNamesIn(text: string, evidence: GivenNameEvidence): OthersGivenName[] {
  const people = onePersonsGivenNames();
  const lowerCase = text === text.toLowerCase();
  const tokens = text.split(/\s+/).filter(Boolean);
  const found: OthersGivenName[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const typed = tokens[i]!;
    const person = /^\p{L}+$/u.test(typed) ? people.get(typed.toLowerCase()) : undefined;
    if (!person) continue;
    const next = tokens[i + 1]!.replace(/[^\p{L}\p{N}]+$/u, '').replace(/['’]s?$/u, '');
    if (!/^\p{L}/u.test(next) || !(lowerCase || /^\p{Lu}/u.test(next)) || person.words.has(next.toLowerCase())) continue;
    if (editDistance(next.toLowerCase(), person.surname.toLowerCase(), SURNAME_SLIP) !== null) continue;
    if (evidence.writtenWith(person.surname, tokens.slice(i + 1).join(' '))) continue;
    if (!writtenAsSurname(next, evidence.textsHolding)) continue;
    if (!found.some((f) => f.typed === typed)) found.push({ typed, fullName: person.fullName });
  }
  return found;
}

/**
 * A word the transcripts write as a surname is written after a person's title ("President Trump",
 * `TITLES_BEFORE_NAMES`), an initial, or a given name (`writtenAsGivenName`: "Ronald Reagan"): in 57%
 * (Pompeo) to 100% of the mentions of fourteen surnames measured on the bundled pages, where a place or
 * a topic follows a word in lower case ("in Gaza Strip"; Taiwan, Xinjiang, Iran, Ukraine: 1% or less)
 * or a word of another name ("Winter Olympics", "Tokyo Olympics": so "Nancy Olympics" is Pelosi on the
 * Olympics). Two words read as one other name ("North Korea", the DPRK) are no mention of the second.
 * A word no record holds may be anyone's surname.
 */
export function writtenAsSurname(word: string, textsHolding: (word: string) => readonly string[]): boolean {
  const texts = textsHolding(word);
  if (texts.length === 0) return true;
  const term = termsOf(word).at(-1);
  const mention = wholeWord(word, 'giu');
  let mentions = 0;
  // Mentions after a title, an initial, or a given name `aliases.ts` reads with the surname.
  let afterATitle = 0;
  // Each capitalised word before a mention that may be a given name, with how many mentions it stands before.
  const capitalisedBefore = new Map<string, number>();
  for (const text of texts) {
    for (const m of text.matchAll(mention)) {
      mentions++;
      const before = text.slice(0, m.index);
      const previous = /(\S+)\s+$/u.exec(before)?.[1];
      if (!previous) continue;
      // A title or an initial ("Mr.", "J.") stands before a name wherever it is.
      const titled = TITLES_BEFORE_NAMES.has(previous) || /^(?:\p{Lu}|Mrs?|Ms|Dr)\.$/u.test(previous);
      // A capitalised word ending a sentence ("… in China. Taiwan") is none.
      if (!titled && !/^\p{Lu}[\p{L}-]*$/u.test(previous)) continue;
      // The sentence's first word is capitalised whatever it is.
      if (/(?:^|[.?!:;"“”])\s*$/u.test(before.slice(0, before.lastIndexOf(previous)))) continue;
      const pair = termsOf(`${previous} ${word}`);
      if (pair.at(-1) !== term) continue;
      // A full name the index reads as the surname ("Joe Biden" is Biden, `aliases.ts`) begins with a given name: the index holds no "joe" to read it by.
      if (titled || pair.length <= termsOf(previous).length) afterATitle++;
      else capitalisedBefore.set(previous, (capitalisedBefore.get(previous) ?? 0) + 1);
    }
  }
  // The words before are read as given names or not (each from the records holding it) only while the count is open, the most frequent first.
  let afterAName = afterATitle;
  let open = [...capitalisedBefore.values()].reduce((sum, n) => sum + n, 0);
  for (const [previous, count] of [...capitalisedBefore].sort((a, b) => b[1] - a[1])) {
    if (afterAName * 2 >= mentions || (afterAName + open) * 2 < mentions) break;
    open -= count;
    if (writtenAsGivenName(previous, textsHolding(previous))) afterAName += count;
  }
  return mentions === 0 || afterAName * 2 >= mentions;
}

/**
 * A given name is a word the transcripts write only with a capital, and before another capitalised
 * word (the surname) in at least this share of its mentions: "Donald", "Angela", "Shinzo" 100%, "Joe"
 * 7 of 8, where a place stands alone as often ("Tokyo" 7 of 19, "Osaka" 35 of 67) and a common word
 * of a name is also written in lower case ("Winter Olympics", "this winter").
 */
const BEFORE_A_SURNAME = 0.75;

/** Whether the transcripts (`texts`, those holding `word`) write `word` as a given name (`BEFORE_A_SURNAME`). */
export function writtenAsGivenName(word: string, texts: readonly string[]): boolean {
  const mention = wholeWord(word, 'giu');
  let mentions = 0;
  let beforeAName = 0;
  for (const text of texts) {
    for (const m of text.matchAll(mention)) {
      if (!/^\p{Lu}/u.test(m[0])) return false;
      mentions++;
      if (/^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length))) beforeAName++;
    }
  }
  return mentions > 0 && beforeAName >= BEFORE_A_SURNAME * mentions;
}
