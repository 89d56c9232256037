import { isEnglishWord } from './english-words.js';
import { listedNames } from './names-written.js';
import { phraseOf, type Phrase } from './phrase.js';
import { termsOf } from './terms.js';
import { PERSON_TITLES, TITLES_BEFORE_NAMES } from './titles.js';

/**
 * Words of a title or an office: a name holding one ("Prime Minister of India", "President of the United
 * States", "Ministry of Commerce", "Department of State") describes a person or a body the transcripts
 * name in other words as often ("Indian Prime Minister Modi", "US President", "the Commerce Ministry",
 * "the State Department"), so it is never held whole: held so, "Prime Minister of India" found the 1
 * exchange writing it, of 26 on the Indian Prime Minister.
 */
const OFFICES = new Set([
  ...PERSON_TITLES, 'Vice', 'Prime', 'Ministry', 'Ministers', 'Chief', 'Executive', 'Chair', 'Embassy', 'Consulate',
  'Department', 'Office', 'Bureau', 'Government', 'Spokesperson', 'Spokesman',
]);

/** Whether a name's words hold a title's or an office's (`OFFICES`). */
export function isTitleOrOffice(words: readonly string[]): boolean {
  return words.some((w) => OFFICES.has(w));
}

/**
 * Whether a name is a title or an office, or a person named with one: a word of it, or a part a hyphen
 * joins ("Secretary-General"), is an office's (`OFFICES`) or stands before a name (`TITLES_BEFORE_NAMES`:
 * "Speaker", "Representative").
 */
export function namesATitle(words: readonly string[]): boolean {
  return words.some((w) => w.split(/[-‐‑]/).some((part) => OFFICES.has(part) || TITLES_BEFORE_NAMES.has(part)));
}

/**
 * Whether a name is one of common words (`isCommonWord`: "West Bank", "Science Act") or with "of", which
 * names an institution by a place ("Voice of America"): each of its words is said of other things, so
 * a record saying them apart is not on it (whole-names.ts), nor are they names side by side (part-names.ts).
 */
export function ofCommonWords(words: readonly string[]): boolean {
  return words.includes('of') || words.filter((w) => termsOf(w).length > 0).every(isCommonWord);
}

/** A word of the English dictionary (`english-words.ts`) that is no name alone by the reviewed lists (`listedNames`: "Pompeo", "Taiwan", "Mongolia"). */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  return isEnglishWord(lower) && !termsOf(word).some((t) => listedNames().has(t));
}

/**
 * Words naming a kind of document or meeting after its name ("Open Skies Treaty", "Arms Trade Treaty"),
 * which the transcripts also write before it ("the Treaty on Open Skies"): a record holding the name
 * without the word holds it (a name of two words or more left).
 */
const DOCUMENT_KINDS = new Set(['Treaty', 'Agreement', 'Accord', 'Convention', 'Act', 'Initiative', 'Summit', 'Forum', 'Dialogue', 'Conference', 'Deal', 'Pact', 'Protocol', 'Declaration']);

/** A name of three words or more without its last, where that is a kind of document (`DOCUMENT_KINDS`): "Open Skies" of "Open Skies Treaty". */
export function nameBeforeItsKind(words: readonly string[]): string | null {
  return words.length >= 3 && DOCUMENT_KINDS.has(words.at(-1)!) ? words.slice(0, -1).join(' ') : null;
}

/** A name "A of (the) B" written the other way round, "B A" ("UN Secretary-General" of "Secretary-General of the UN"); null for another name. */
export function ofTheOtherWay(words: readonly string[]): string | null {
  const of = words.indexOf('of');
  if (of <= 0) return null;
  const after = words.slice(of + 1);
  if (after[0]?.toLowerCase() === 'the') after.shift();
  return after.length > 0 ? [...after, ...words.slice(0, of)].join(' ') : null;
}

/**
 * The forms a record may write a name in, as quoted phrases are matched: as typed, with its kind of
 * document first ("the Treaty on Open Skies"), or "A of the B" the other way round ("UN Secretary-General").
 */
export function nameForms(words: readonly string[]): Phrase[] {
  const core = nameBeforeItsKind(words);
  const forms = [words.join(' '), ...(core ? ['on', 'of', 'for'].map((of) => `${words.at(-1)!} ${of} ${core}`) : []), ofTheOtherWay(words) ?? []].flat();
  return forms.flatMap((form) => phraseOf(form) ?? []);
}
