import type { IndexedRecord } from '../store/types.js';
import { isCommonWord, isTitleOrOffice, nameBeforeItsKind, ofCommonWords, ofTheOtherWay } from './common-word-names.js';
import { namesOfSeveralWords } from './part-names.js';
import { phraseOf, type Phrase } from './phrase.js';
import { namesAsWritten, termsOf } from './terms.js';

/**
 * Names of several capitalised words a question writes whose words are also common words ("West
 * Bank", "Voice of America", "Global Times"): each word is an index term of its own, so "West Bank"
 * was answered with exchanges saying "West" or "Bank" apart (6, of which 2 say "West
 * Bank"), and "Voice of America" with 59 saying "voices". Where some record of the index holds the
 * name as a quoted phrase is matched (`phrase.ts`: its words side by side), a record that does not
 * is not credited with the name's words: its other words of the question still count, as the
 * relevance rule weighs them (gate.ts). A name ending in a kind of document ("Open Skies Treaty") is
 * held without that word too (`nameBeforeItsKind`): "the Treaty on Open Skies" is the same treaty.
 *
 * So is a name whose every word is a common word, one of the English dictionary (`english-words.ts`)
 * that is no name alone by the reviewed lists (`listedNames`: "Pompeo", "Taiwan", "Mongolia"), or one
 * with "of", which names an institution by a place: an exchange saying "America" is not about the
 * Voice of America. Of a name with another word ("Solomon Islands"), only its common words the name
 * is a small part of the uses of (`MOST`), and only in a record holding none of its other words:
 * "Islands" alone is the Marshall Islands', while "Pacific" alone and "Diaoyu Dao and its affiliated
 * islands" still count. "US Treasury" still finds "the Treasury Department" (its "Treasury" held
 * whole, it cost the tuning half's paraphrase P@5 0.626 → 0.619), "Mike Pompeo" the exchanges
 * saying only "Pompeo", and "Inner Mongolia" those on Mongolia, which the answer counts apart
 * (`part-names.ts`). A title or an office is no such name (`OFFICES`, or one the records also write
 * the other way round: `OTHER_WAY`), nor one whose words far more
 * records hold apart than side by side (`APART`) but for an acronym the question writes beside it (`ACRONYM`), nor a name of another word that few records write
 * whole (`FEW_WRITE_IT`). Two names asked that share words ("Global Security
 * Initiative and Global Development Initiative") each keep a record's credit where it holds that one
 * whole: only words of no name it holds are taken. The Chinese counterpart is `heldWordTerms` (chinese-words.ts).
 */
export function wholeNameTerms(
  text: string,
  heldBy: (phrase: Phrase, terms: readonly string[]) => { whole: number; all: number },
  holds: (record: IndexedRecord, phrase: Phrase) => boolean,
  searched: ReadonlySet<string>,
  documentFrequency: (term: string) => number,
  onlyWith: (acronym: string, phrase: Phrase) => boolean,
): ((record: IndexedRecord, matched: readonly string[]) => string[]) | null {
  // A name written as another form of it is read as the name: "SCS arbitration" is "South China Sea arbitration".
  const read = [...namesAsWritten(text)].reduce((rest, [name, written]) => rest.replace(written, name), text);
  const acronyms = [...new Set(read.match(ACRONYM) ?? [])];
  const writers = (name: string): number => {
    const phrase = phraseOf(name);
    return phrase ? heldBy(phrase, termsOf(name)).whole : 0;
  };
  const names = namesOfSeveralWords(read, writers).flatMap(({ name, terms: nameTerms, phrase, withAnd }) => {
    const words = name.split(/\s+/);
    // A title or an office ("Prime Minister of India", "Ministry of Commerce") describes whom the transcripts also name otherwise ("Indian Prime Minister Modi", "the Commerce Ministry").
    if (isTitleOrOffice(words)) return [];
    const worded = words.filter((w) => termsOf(w).length > 0);
    // One the records write with its "and" is one name, as one of common words is: "Hong Kong Human Rights and Democracy Act".
    const whole = withAnd || ofCommonWords(words);
    const common = whole ? [] : worded.filter(isCommonWord).flatMap((w) => termsOf(w));
    if (!whole && common.length === 0) return [];
    const { whole: holders, all } = heldBy(phrase, nameTerms);
    // Where far more records hold its words apart than side by side, they write it otherwise ("US President" for "President of the United States").
    if (holders === 0) return [];
    // Unless the question writes it with an acronym the records write only beside it ("CHIPS and Science Act").
    if (all - holders > APART * holders && !acronyms.some((acronym) => onlyWith(acronym, phrase))) return [];
    // A title written both ways ("High Representative of the EU", "EU High Representative") is written otherwise too.
    if (writtenTheOtherWay(words, holders, heldBy)) return [];
    // A name of another word that few records write whole is written otherwise in the rest ("Yang Hengjun" once, "Yang Jun" in 6).
    if (!whole && holders < FEW_WRITE_IT) return [];
    // Of a name with another word ("Solomon Islands"), only its common words the name is not most of the uses of.
    const terms = whole ? nameTerms : common.filter((t) => holders < MOST * documentFrequency(t));
    if (terms.length === 0) return [];
    // "Open Skies Treaty": "the Treaty on Open Skies" holds it too, as its name before the kind of document.
    // Not of one written with "and": "human rights and democracy" is said of much else than the Act.
    const coreWords = withAnd ? null : nameBeforeItsKind(words);
    const core = coreWords ? phraseOf(coreWords) : null;
    // A record can hold a phrase only where it matched each of its words the search weighs: the text is read for the others only.
    const needed = (written: readonly string[]): string[] => written.filter((t) => searched.has(t));
    const phrases = [{ phrase, needed: needed(nameTerms) }, ...(core ? [{ phrase: core, needed: needed(termsOf(coreWords!)) }] : [])];
    // Its other words, beside which the common ones still count: "Diaoyu Dao and its affiliated islands".
    const others = new Set(nameTerms.filter((t) => !terms.includes(t)));
    return [{ name, phrases, terms: new Set(terms), others, nameTerms }];
  });
  if (names.length === 0) return null;
  // A term the question also writes outside the names ("West Bank settlements in the west") is credited as any word.
  const outside = new Set(termsOf(names.reduce((rest, { name }) => rest.replace(name, ' '), read)));
  return (record, matched) => {
    const held = new Map<(typeof names)[number], boolean>();
    const holdsName = (name: (typeof names)[number]): boolean => {
      let is = held.get(name);
      if (is === undefined) held.set(name, (is = name.phrases.some(({ phrase, needed }) => needed.every((t) => matched.includes(t)) && holds(record, phrase))));
      return is;
    };
    const unheld = names.filter((name) => matched.some((t) => name.terms.has(t)) && !matched.some((t) => name.others.has(t)) && !holdsName(name));
    if (unheld.length === 0) return [...matched];
    // A word of a name the record holds whole counts though another name asked shares it: "Global Security Initiative and Global Development Initiative".
    const ofHeld = new Set(names.filter((name) => !unheld.includes(name) && holdsName(name)).flatMap((name) => name.nameTerms));
    const dropped = new Set(unheld.flatMap((name) => [...name.terms]).filter((t) => !ofHeld.has(t) && !outside.has(t)));
    return matched.filter((t) => !dropped.has(t));
  };
}

/**
 * A name of the form "A of (the) B" that the records also write "B A", or "B A" that they also write
 * "A of (the) B", in at least this share of the records writing it as asked, is a title or an office,
 * whose holder the transcripts name either way: "EU High Representative" in 7 exchanges, "High
 * Representative of the EU" in 3 ("House Speaker", "NATO Secretary-General", "Commerce Ministry",
 * "Defense Ministry" likewise), where no record writes "China Bank", "America Voice", "China Republic",
 * "Iran Islamic Republic" or "Times of the Global". Held whole, "High Representative of the EU" found
 * the 3 exchanges writing it, of the 19 on the High Representative, and "EU High Representative" 7.
 */
const OTHER_WAY = 0.25;

function writtenTheOtherWay(words: readonly string[], holders: number, heldBy: (phrase: Phrase, terms: readonly string[]) => { whole: number }): boolean {
  const of = words.indexOf('of');
  const otherWays: string[] = [];
  const headLast = ofTheOtherWay(words);
  if (headLast) otherWays.push(headLast);
  else if (of < 0) {
    for (let i = 1; i < words.length; i++) {
      const [before, head] = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
      otherWays.push(`${head} of the ${before}`, `${head} of ${before}`);
    }
  }
  return otherWays.some((otherWay) => {
    const phrase = phraseOf(otherWay);
    const written = phrase ? heldBy(phrase, termsOf(otherWay)).whole : 0;
    return written > 0 && written >= OTHER_WAY * holders;
  });
}

/**
 * A name is held whole only where the records holding its words apart (not side by side) are at most
 * this many times those holding it: more, and they write it in other words ("US President Trump", 454
 * exchanges holding "president" and "US" apart, to 1 writing "President of the United States").
 */
const APART = 10;

/**
 * A word in capitals ("CHIPS", "US"): where the records write one the question writes only where they
 * hold a name it asks (`onlyWith`), that name is the acronym's and is held whole though more records
 * hold its words apart than `APART` allows: "US CHIPS and Science Act" is read as "US CHIPS" and
 * "Science Act", the 1 exchange writing "CHIPS" writes "Science Act", and released, "Science Act"
 * found 16 exchanges saying "science" or "act" (a bargaining chip, the Kudlow exchange), 1 of them on the Act.
 */
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;

/**
 * A name with another word than common ones ("Yang Hengjun") is held whole only where at least this many
 * records write it so: the fresh set's "Yang Hengjun detained in China" found the 1 exchange writing it
 * whole, of the 7 on him (the others write "Yang Jun", which the answer counts apart: `part-names.ts`).
 */
const FEW_WRITE_IT = 3;

/**
 * A common word of a name with another word ("Islands" of "Solomon Islands", "Treasury" of "US
 * Treasury") means the name alone where the records holding the name are at least this share of those
 * holding the word: "the Treasury Department" is the US Treasury (37 of the 50 exchanges saying
 * "Treasury" write "US Treasury"), an exchange saying "islands" is not on the Solomon Islands (19 of 78).
 */
const MOST = 0.5;
