import type { IndexedRecord } from '../store/types.js';
import { isEnglishWord } from './english-words.js';
import { listedNames } from './names-written.js';
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
 * held without that word too (`DOCUMENT_KINDS`): "the Treaty on Open Skies" is the same treaty.
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
 * (`part-names.ts`). The Chinese counterpart is `heldWordTerms` (chinese-words.ts).
 */
export function wholeNameTerms(
  text: string,
  heldBy: (phrase: Phrase, terms: readonly string[]) => number,
  holds: (record: IndexedRecord, phrase: Phrase) => boolean,
  searched: ReadonlySet<string>,
  documentFrequency: (term: string) => number,
): ((record: IndexedRecord, matched: readonly string[]) => string[]) | null {
  // A name written as another form of it is read as the name: "SCS arbitration" is "South China Sea arbitration".
  const read = [...namesAsWritten(text)].reduce((rest, [name, written]) => rest.replace(written, name), text);
  const names = namesOfSeveralWords(read).flatMap(({ name, terms: nameTerms, phrase }) => {
    const words = name.split(/\s+/);
    const worded = words.filter((w) => termsOf(w).length > 0);
    const whole = words.includes('of') || worded.every(isCommonWord);
    const common = whole ? [] : worded.filter(isCommonWord).flatMap((w) => termsOf(w));
    if (!whole && common.length === 0) return [];
    const holders = heldBy(phrase, nameTerms);
    if (holders === 0) return [];
    // Of a name with another word ("Solomon Islands"), only its common words the name is not most of the uses of.
    const terms = whole ? nameTerms : common.filter((t) => holders < MOST * documentFrequency(t));
    if (terms.length === 0) return [];
    // "Open Skies Treaty": "the Treaty on Open Skies" holds it too, as its name before the kind of document.
    const coreWords = words.length >= 3 && DOCUMENT_KINDS.has(words.at(-1)!) ? words.slice(0, -1).join(' ') : null;
    const core = coreWords ? phraseOf(coreWords) : null;
    // A record can hold a phrase only where it matched each of its words the search weighs: the text is read for the others only.
    const needed = (written: readonly string[]): string[] => written.filter((t) => searched.has(t));
    const phrases = [{ phrase, needed: needed(nameTerms) }, ...(core ? [{ phrase: core, needed: needed(termsOf(coreWords!)) }] : [])];
    // Its other words, beside which the common ones still count: "Diaoyu Dao and its affiliated islands".
    const others = new Set(nameTerms.filter((t) => !terms.includes(t)));
    return [{ name, phrases, terms: new Set(terms), others }];
  });
  if (names.length === 0) return null;
  // A term the question also writes outside the names ("West Bank settlements in the west") is credited as any word.
  const outside = new Set(termsOf(names.reduce((rest, { name }) => rest.replace(name, ' '), read)));
  return (record, matched) => {
    let kept: readonly string[] = matched;
    for (const { phrases, terms, others } of names) {
      if (!kept.some((t) => terms.has(t)) || matched.some((t) => others.has(t))) continue;
      if (phrases.some(({ phrase, needed }) => needed.every((t) => matched.includes(t)) && holds(record, phrase))) continue;
      kept = kept.filter((t) => !terms.has(t) || outside.has(t));
    }
    return kept === matched ? [...matched] : [...kept];
  };
}

/**
 * A common word of a name with another word ("Islands" of "Solomon Islands", "Treasury" of "US
 * Treasury") means the name alone where the records holding the name are at least this share of those
 * holding the word: "the Treasury Department" is the US Treasury (37 of the 50 exchanges saying
 * "Treasury" write "US Treasury"), an exchange saying "islands" is not on the Solomon Islands (19 of 78).
 */
const MOST = 0.5;

/**
 * Words naming a kind of document or meeting after its name ("Open Skies Treaty", "Arms Trade Treaty"),
 * which the transcripts also write before it ("the Treaty on Open Skies"): a record holding the name
 * without the word holds it (a name of two words or more left).
 */
const DOCUMENT_KINDS = new Set(['Treaty', 'Agreement', 'Accord', 'Convention', 'Act', 'Initiative', 'Summit', 'Forum', 'Dialogue', 'Conference', 'Deal', 'Pact', 'Protocol', 'Declaration']);

function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  return isEnglishWord(lower) && !termsOf(word).some((t) => listedNames().has(t));
}
