import { hasCjk } from './cjk.js';
import { NUMBERED_FORMATS, PHRASE_ALIASES, WORD_ALIASES } from './aliases.js';
import { foldSpelling, holdsAliasForm, normalizeTerm, spellingKey, withoutInvisibles, wordsApart, wordsAsSpelt } from './terms.js';
import { words } from './words.js';
import { LruCache } from '../util/lru.js';
import type { QuoteSpan } from './types.js';

/**
 * A phrase quoted in a question, as it is matched: on its words, the punctuation between them left
 * out. News copy prints the Ministry's words with its own marks, so a fact-checker's "Cold War,
 * zero-sum" must find "cold-war, zero-sum":
 * - a word is read as the search reads it (`wordsApart`): the names of `aliases.ts` as one ("U.S.", "US",
 *   "United States"), a hyphen as a space; or, where a phrase cuts such a name ("… from Hong"), word by
 *   word as written; either way a spelling is folded (`foldSpelling`: "labour", "labor");
 * - a contraction is its long form ("can't", "cannot" and "can not"; "it's" and "it is"), and a
 *   possessive its word and "'s", so that "Taiwan" is in "Taiwan's";
 * - a word is its plural or singular alike ("debt trap" is in "debt traps": `singularOf`), as the unquoted
 *   words find both;
 * - Chinese has no spaces: its characters are matched whatever stands between them or beside a number
 *   (满嘴谎言、整天诽谤, 满嘴谎言，整天诽谤 and 满嘴谎言整天诽谤 are one);
 * - an ellipsis ("…", "...") cuts it into parts that must stand in that order, any distance apart,
 *   and a bracketed insertion ("[zero-sum]", "[the US]") into parts at most `BRACKET_GAP_WORDS` apart:
 *   an editor's words, which may replace the transcript's or add to them.
 * The transcript is never changed: what is compared is made from it (`phraseForms`), and a match maps
 * back to its sentences (`phraseSentences`).
 */
export interface Phrase {
  /** Its runs of words, in order; more than one where an ellipsis or brackets cut it. */
  parts: PhrasePart[];
  /** Its words that every text holding it spells out, in lower case, each with how many times the phrase says it (`mayHold`). */
  clues: Clue[];
  /**
   * Of words typed apart searched in every writing ("counter terrorism", `spaced-compounds.ts`), their
   * compound as the index holds it: a text holding one word the index reads as it holds the phrase too,
   * hyphened or solid, whatever its ending ("counterterrorism", "counter-terror financing"). Never of a
   * phrase the user quoted, which is matched as written.
   */
  compound?: HeldCompound;
  /**
   * Quoted by the user: held as written, a name of `aliases.ts` only in the forms spelling its letters
   * (the `spelt` reading): '"COVID-19"' is in "Covid-19" and "COVID 19", not in "novel coronavirus",
   * which the unquoted word finds.
   */
  literal?: boolean;
}

/** A compound as the index holds it: its term ("counterterror"), and its first word, which each writing of it spells ("counter"). */
export interface HeldCompound {
  term: string;
  first: string;
}

/** A word with the hyphens it is written with, where it starts: one word of a compound's writing. */
const HYPHENED_WORD_AT = /\p{L}+(?:[-‐‑]\p{L}+)*/uy;

/** Whether a lower-case text holds a word the index reads as the compound (`Phrase.compound`): its letters, hyphens left out, make its term. */
export function holdsCompound(lowerCaseText: string, compound: HeldCompound): boolean {
  const { first, term } = compound;
  for (let at = lowerCaseText.indexOf(first); at >= 0; at = lowerCaseText.indexOf(first, at + first.length)) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(lowerCaseText[at - 1]!)) continue;
    HYPHENED_WORD_AT.lastIndex = at;
    const word = HYPHENED_WORD_AT.exec(lowerCaseText)?.[0];
    if (word && normalizeTerm(word.replace(/[-‐‑]/g, '')) === term) return true;
  }
  return false;
}

/** A word a text holding a phrase spells out, at least as many times as the phrase says it. */
export interface Clue {
  word: string;
  times: number;
}

export interface PhrasePart {
  forms: PhraseForms;
  /** How far after the part before it this one may start: anywhere after it (an ellipsis), or a few words on (brackets); the first part has 'near'. */
  after: 'near' | 'anywhere';
}

/** A text's words as compared, in each reading: lower case, one space apart, Chinese characters together. */
export interface PhraseForms {
  /** Names read as the search reads them (`wordsApart`). */
  names: string;
  /** Names read as their spellings only (`wordsAsSpelt`): the reading of a quoted phrase (`Phrase.literal`) in place of `names`. Read when first asked. */
  readonly spelt: string;
  /** Each word as written. */
  words: string;
  /** Each word as written, a plural as its singular (`singularOf`). */
  singular: string;
}

const READINGS = ['names', 'words', 'singular'] as const;
const LITERAL_READINGS = ['spelt', 'words', 'singular'] as const;
type Reading = (typeof READINGS)[number] | (typeof LITERAL_READINGS)[number];
const WORDS_READ: Record<Exclude<Reading, 'singular'>, (text: string) => string[]> = {
  names: wordsApart,
  spelt: wordsAsSpelt,
  words: (text) => words(withoutInvisibles(text)),
};

/** The readings a phrase is looked for in, names first: a quoted one's names as spelt. */
function readingsOf(phrase: Phrase): readonly Reading[] {
  return phrase.literal ? LITERAL_READINGS : READINGS;
}

/** The form a phrase's names are read in (`readingsOf`). */
function namesOf(forms: PhraseForms, phrase: { literal?: boolean }): string {
  return phrase.literal ? forms.spelt : forms.names;
}

/**
 * A lower-case English word's singular where it ends as a plural ("traps" → "trap", "countries" →
 * "country", "taxes" → "tax"); any other word as it is. Applied to a phrase and a text alike, so a word
 * that only looks plural ("this", "news") is cut on both sides.
 */
export function singularOf(word: string): string {
  if (word.length < 4 || word.charCodeAt(word.length - 1) !== 0x73 || !/^[a-z]+s$/.test(word) || /(?:ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:x|z|ch|sh|ss)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** The part of a word its singular and its plural both spell ("countr" of "country" and "countries"): what a text must spell to hold either. */
function sharedSpelling(word: string): string {
  return singularOf(word).replace(/y$/, '');
}

/** Most words a bracketed insertion may stand for, or hide, between the words around it. */
export const BRACKET_GAP_WORDS = 6;

/** An ellipsis ("…", "...", ". . .") or a bracketed insertion: where a quoted phrase is cut into parts. */
const CUT = /(\.\s?\.\s?\.|…|\[[^\]]*\])/u;
const ELLIPSIS = /\.\s?\.\s?\.|…/u;

/** The phrase a question quotes (`literal`: as written, `Phrase.literal`) or a name it writes, or null when it holds no word. */
export function phraseOf(written: string, literal = false): Phrase | null {
  const parts: PhrasePart[] = [];
  let after: PhrasePart['after'] = 'near';
  written.split(CUT).forEach((piece, i) => {
    if (i % 2 === 1) {
      // An elided passage may hide anything; an editor's words in brackets, a few words.
      if (ELLIPSIS.test(piece)) after = 'anywhere';
      return;
    }
    const forms = phraseForms(piece);
    if (!forms.names) return;
    parts.push({ forms, after: parts.length === 0 ? 'near' : after });
    after = 'near';
  });
  if (parts.length === 0) return null;
  return literal ? { parts, clues: cluesOf(parts, true), literal } : { parts, clues: cluesOf(parts, false) };
}

/**
 * Words a text's form may hold that the text does not spell: the names of `aliases.ts` and the
 * spellings folded (`WORD_ALIASES`, "-ize"), and the long forms of contractions.
 */
let madeWords: Set<string> | undefined;
function wordsMadeByReading(): Set<string> {
  madeWords ??= new Set([...namesAndLongForms(), ...Object.values(WORD_ALIASES)]);
  return madeWords;
}

/** The words a reading makes other than by folding a spelling: the names of `aliases.ts`, the long forms of contractions. */
let namedOrLong: Set<string> | undefined;
function namesAndLongForms(): Set<string> {
  namedOrLong ??= new Set([
    ...PHRASE_ALIASES.flatMap((a) => [a.canonical.toLowerCase(), ...a.variants.map(spellingKey)]), ...Object.values(CONTRACTED), ...Object.values(NOT_BEFORE), 'not', 'is', 'us',
  ]);
  return namedOrLong;
}

/** Whether a lower-case word is its own form (`wordForms`): no contraction, possessive or spelling folded. */
function isOwnForm(word: string): boolean {
  const forms = wordForms(word);
  return forms.length === 1 && forms[0] === word;
}

/**
 * Words a spelling is folded into (`WORD_ALIASES`) that a reading makes only so, from words beginning
 * as they and their plural do ("pakistan" from "pakistani", "salvador" from "salvadorans"): a text
 * holding one spells its start, as a plain word's (`outlineOf`).
 */
let foldedFromStart: Set<string> | undefined;
function foldedFromItsOwnStart(): Set<string> {
  if (!foldedFromStart) {
    const otherwiseMade = namesAndLongForms();
    const spellings = new Map<string, string[]>();
    for (const [written, folded] of Object.entries(WORD_ALIASES)) spellings.set(folded, [...(spellings.get(folded) ?? []), written]);
    foldedFromStart = new Set([...spellings].filter(([folded, written]) => !otherwiseMade.has(folded) && written.every((w) => w.startsWith(sharedSpelling(folded)))).map(([folded]) => folded));
  }
  return foldedFromStart;
}

/**
 * The words of the parts, in both readings, that a text holding them must spell out (`Phrase.clues`),
 * longest first. Each of the phrase's words stands for a word of the text of its own, so a word the
 * phrase says n times is spelled n times by the text.
 */
function cluesOf(parts: readonly PhrasePart[], literal: boolean): Clue[] {
  const times = new Map<string, number>();
  for (const { forms } of parts) {
    const named = new Set(namesOf(forms, { literal }).split(' '));
    for (const word of forms.words.split(' ')) {
      if (!/^\p{L}{3,}$/u.test(word) || hasCjk(word) || word.includes('iz') || !named.has(word) || wordsMadeByReading().has(word)) continue;
      const clue = sharedSpelling(word);
      if (clue.length >= 3) times.set(clue, (times.get(clue) ?? 0) + 1);
    }
  }
  return [...times].map(([word, n]) => ({ word, times: n })).sort((a, b) => b.word.length - a.word.length);
}

/**
 * Whether a text (`lowerCaseText`) may hold the phrase: it spells each of the phrase's clues as many
 * times as the phrase says it, and its plain words side by side (`outlineOf`). Reading every text a
 * search weighs into its forms (`phraseForms`) made a quoted search six times slower; most of them
 * lack a clue (and a phrase repeating common words, "the of and to in China" thirty times, is spelled
 * out by none).
 */
export function mayHold(lowerCaseText: string, phrase: Phrase): boolean {
  if (!phrase.clues.every(({ word, times }) => spellsAtLeast(lowerCaseText, word, times))) return false;
  return outlineOf(phrase).every((run) => run.test(lowerCaseText));
}

/**
 * Patterns every lower-case text holding a phrase matches, whatever reading holds it, for a phrase
 * of one part read alike with names and without, of words of letters: each run of two or more of its
 * plain words side by side, each as it or any word beginning as both it and its plural do ("countr"),
 * with nothing but marks between them (or the article "el-", which the names reading drops). A plain
 * word is its own form (`wordForms`) and none a reading makes (`wordsMadeByReading`: a name of
 * `aliases.ts`, a spelling folded, the long form of a contraction), which a text may write otherwise
 * ("United Nations" for "un", "can't" for "can not"): those end a run. Empty for any other phrase.
 * A paragraph spelling a name's words apart ("the South China Sea" for "China Sea of the South", which
 * `whole-names.ts` asks about to learn whether a title is written both ways) is so not read into its
 * forms to learn that it does not hold the name: those readings were most of the time of a question
 * naming several things.
 */
const outlines = new WeakMap<Phrase, readonly RegExp[]>();
// Wider than a word's letters and the marks between words, so as to be read without Unicode classes
// (a pattern of them took 60 µs to make): a text holding the phrase matches it all the same.
const MARKS = String.raw`(?:[^a-z0-9]|el[-‐‑])+`;
function outlineOf(phrase: Phrase): readonly RegExp[] {
  let outline = outlines.get(phrase);
  if (outline === undefined) {
    const forms = phrase.parts.length === 1 && !phrase.compound ? phrase.parts[0]!.forms : null;
    const words = forms && namesOf(forms, phrase) === forms.words && /^[a-z]+(?: [a-z]+)+$/.test(forms.words) ? forms.words.split(' ') : [];
    const plain = (w: string): boolean => (!wordsMadeByReading().has(w) || foldedFromItsOwnStart().has(w)) && !w.includes('iz') && isOwnForm(w);
    const runs: string[][] = [[]];
    for (const w of words) {
      if (plain(w)) runs.at(-1)!.push(w);
      else if (runs.at(-1)!.length > 0) runs.push([]);
    }
    outline = runs.filter((run) => run.length > 1)
      // Opening with its first word's letters, a pattern is looked for as fast as they are (`indexOf`).
      .map((run) => new RegExp(run.map((w) => String.raw`${sharedSpelling(w)}\S*`).join(MARKS)));
    outlines.set(phrase, outline);
  }
  return outline;
}

function spellsAtLeast(text: string, word: string, times: number): boolean {
  let found = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) if (++found >= times) return true;
  return false;
}

/**
 * Whether a text holds every phrase: each phrase's clues are looked for first (`mayHold`, cheap),
 * and only a text spelling all of them is read into its forms (`forms`, read once) and matched.
 */
export function holdsPhrases(lowerCaseText: string, forms: () => PhraseForms, phrases: readonly Phrase[]): boolean {
  // A phrase that a word of its compound holds (`Phrase.compound`) is looked for no further.
  const left = phrases.some((p) => p.compound) ? phrases.filter((p) => !p.compound || !holdsCompound(lowerCaseText, p.compound)) : phrases;
  if (!left.every((p) => mayHold(lowerCaseText, p))) return false;
  let read: PhraseForms | undefined;
  return left.every((p) => spellsPhrase(lowerCaseText, p) || holdsPhrase((read ??= forms()), p));
}

/**
 * A phrase of one part whose `words` reading is plain lower-case letters and digits, each word its own
 * form (`wordForms`: no contraction, possessive or spelling folded), as a text may spell it; null otherwise.
 */
const spelledAs = new WeakMap<Phrase, string | null>();
function plainSpelling(phrase: Phrase): string | null {
  let plain = spelledAs.get(phrase);
  if (plain === undefined) {
    const words = phrase.parts.length === 1 ? phrase.parts[0]!.forms.words : '';
    plain = /^[a-z0-9]+(?: [a-z0-9]+)*$/.test(words) && words.split(' ').every(isOwnForm) ? words : null;
    spelledAs.set(phrase, plain);
  }
  return plain;
}

/** A character beside which a word of `words.ts` ends, and no apostrophe or combining mark joins it to another. */
const WORD_JOINER = /[\p{L}\p{N}\p{M}'’]/u;

/**
 * Whether a lower-case text (`lowerCaseText`) spells the phrase's plain words (`plainSpelling`) one
 * space apart, with no letter, digit or apostrophe on either side: its `words` reading then holds the
 * phrase there, so it holds it (`holdsPhrase`) without being read into its forms. Most paragraphs
 * holding a name write it so; reading each one that spells a name's clues into its forms was most of
 * the time of the slowest questions, those naming several things ("Global Security Initiative and
 * Global Development Initiative"). False says nothing: the text may hold it otherwise ("Belt-and-Road").
 */
export function spellsPhrase(lowerCaseText: string, phrase: Phrase): boolean {
  const plain = plainSpelling(phrase);
  if (!plain) return false;
  for (let at = lowerCaseText.indexOf(plain); at >= 0; at = lowerCaseText.indexOf(plain, at + 1)) {
    if (standsAlone(lowerCaseText, at, at + plain.length)) return true;
  }
  return plain.includes(' ') && lowerCaseText.includes('-') && spellsHyphened(lowerCaseText, plain.split(' '));
}

/** Whether `text` holds a word from `start` to `end` with no letter, digit or apostrophe on either side. */
function standsAlone(text: string, start: number, end: number): boolean {
  return (start === 0 || !WORD_JOINER.test(text[start - 1]!)) && (end === text.length || !WORD_JOINER.test(text[end]!));
}

/**
 * Whether `text` spells `words` one after another with a space or a hyphen between each two: the
 * `words` reading splits a word at its hyphens, so "China-Pakistan Economic Corridor" holds the phrase
 * "china pakistan economic corridor". Read into its forms instead, every paragraph naming the corridor
 * was most of the time of a question asking about it.
 */
function spellsHyphened(text: string, words: readonly string[]): boolean {
  const [first, ...rest] = words;
  for (let at = text.indexOf(first!); at >= 0; at = text.indexOf(first!, at + 1)) {
    let end = at + first!.length;
    for (const word of rest) {
      const gap = text[end];
      if ((gap !== ' ' && gap !== '-') || !text.startsWith(word, end + 1)) {
        end = -1;
        break;
      }
      end += 1 + word.length;
    }
    if (end >= 0 && standsAlone(text, at, end)) return true;
  }
  return false;
}

/** The phrases with those that read the same as one before them left out: "peace" quoted twice is looked for once. */
export function distinctPhrases(phrases: readonly Phrase[]): Phrase[] {
  const seen = new Set<string>();
  return phrases.filter((p) => {
    const key = JSON.stringify(p.parts);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A text as `mayHold` reads it. */
export function lowerCaseText(text: string): string {
  return withoutInvisibles(text).toLowerCase();
}

/** Pronouns whose "'s" is "is" ("it's", "that's"), not a possessive. */
const IS_AFTER = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'where', 'how', 'he', 'she']);
const CONTRACTED: Record<string, string> = { re: 'are', ve: 'have', ll: 'will', m: 'am', d: 'would' };
const NOT_BEFORE: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };

// A text's words repeat across the records a search weighs: each is read once. Bounded: a bot runs for weeks.
const formsOfWords = new LruCache<string, readonly string[]>(100_000);

/** One word of a text as compared: its long form where it is contracted, its possessive apart. */
function wordForms(word: string): readonly string[] {
  let forms = formsOfWords.get(word);
  if (!forms) {
    forms = computeWordForms(word);
    formsOfWords.set(word, forms);
  }
  return forms;
}

function computeWordForms(word: string): string[] {
  const w = word.toLowerCase().replace(/’/g, "'");
  if (w === 'cannot') return ['can', 'not'];
  const not = /^(.+)n't$/.exec(w);
  if (not) return [NOT_BEFORE[not[1]!] ?? not[1]!, 'not'];
  const contracted = /^(.+)'(re|ve|ll|m|d)$/.exec(w);
  if (contracted) return [contracted[1]!, CONTRACTED[contracted[2]!]!];
  const s = /^(.+)'s$/.exec(w);
  if (s) {
    if (s[1] === 'let') return ['let', 'us'];
    return IS_AFTER.has(s[1]!) ? [s[1]!, 'is'] : [folded(s[1]!), "'s"];
  }
  return [folded(w)];
}

/**
 * A word's spelling folded as the search folds it, but for a numbered format ("16plus1"), which a quoted
 * phrase means as written: read as "CEEC", '"16+1 cooperation"' found four exchanges writing only "CEEC".
 */
function folded(word: string): string {
  return NUMBERED_FORMATS[word] ? word : foldSpelling(word);
}

/** A contraction ("can't", "we're", "it's"): `withLongForms` writes it out. */
const CONTRACTION = /(?<![\p{L}\p{N}])(?:\p{L}+n['’]t|cannot|\p{L}+['’](?:re|ve|ll|m|d)|(?:it|that|there|here|what|who|where|how|he|she|let)['’]s)(?![\p{L}\p{N}])/giu;

/**
 * A quoted phrase's contractions written out as it is matched ("I can't breathe" → "I can not
 * breathe"), the rest as typed: the words the rankers read, since the matches may say either.
 */
export function withLongForms(text: string): string {
  return text.replace(CONTRACTION, (word) => wordForms(word).join(' '));
}

/** A text's words as a phrase is compared with them, in each reading. */
export function phraseForms(text: string): PhraseForms {
  const names = formIn(text, 'names');
  const words = formIn(text, 'words');
  const singular = singularForm(words);
  return withSpeltWhenAsked({ names, words: words === names ? names : words, singular: singular === words ? words : singular }, text);
}

/**
 * Forms with their `spelt` reading read when first asked, and kept out of their JSON (by which phrases
 * are told apart: `distinctPhrases`). A text holding no name of `aliases.ts` reads as its names.
 */
function withSpeltWhenAsked(forms: Omit<PhraseForms, 'spelt'>, text: string): PhraseForms {
  let spelt: string | undefined;
  return Object.defineProperty(forms, 'spelt', { get: () => (spelt ??= holdsAliasForm(text) ? formIn(text, 'spelt') : forms.names), enumerable: false }) as PhraseForms;
}

/**
 * A text's forms as `phraseForms` gives them, each read only when first asked: a phrase is looked for
 * in its names first, so a text holding it there is never read the other two ways.
 */
export function phraseFormsWhenAsked(text: string): PhraseForms {
  let names: string | undefined;
  let spelt: string | undefined;
  let words: string | undefined;
  let singular: string | undefined;
  return {
    get names() {
      return (names ??= formIn(text, 'names'));
    },
    get spelt() {
      return (spelt ??= holdsAliasForm(text) ? formIn(text, 'spelt') : this.names);
    },
    get words() {
      return (words ??= formIn(text, 'words'));
    },
    get singular() {
      return (singular ??= singularForm(this.words));
    },
  };
}

/** A form of words (`formIn`) with each plural its singular (`singularOf`): the `singular` reading. */
function singularForm(words: string): string {
  return /s(?: |$)/.test(words) ? words.split(' ').map(singularOf).join(' ') : words;
}

function formIn(text: string, reading: Exclude<Reading, 'singular'>): string {
  let out = '';
  let first = true;
  let lastCjk = false;
  for (const word of WORDS_READ[reading](text)) {
    for (const form of wordForms(word)) {
      if (!first && !lastCjk && !cjkAt(form, 0)) out += ' ';
      out += form;
      first = false;
      lastCjk = cjkAt(form, form.length - 1);
    }
  }
  return out;
}

/** Whether the character at `at` is one `hasCjk` finds (all of them one UTF-16 unit): per word of every text read, a regular expression cost more than the reading. */
function cjkAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0x3040 && (c <= 0x30ff || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff));
}

/** Two forms one after the other: a space between them, none beside a Chinese character ("97%的" and "97的" are one). */
function joined(before: string, after: string): string {
  if (before === '' || after === '') return before + after;
  return hasCjk(before[before.length - 1]!) || hasCjk(after[0]!) ? before + after : `${before} ${after}`;
}

/** Whether a text, by its forms (`phraseForms`), holds the phrase. */
export function holdsPhrase(forms: PhraseForms, phrase: Phrase): boolean {
  return readingsOf(phrase).some((reading) => placeOf(forms[reading], phrase, reading, false) !== null);
}

/**
 * Where in a form of one reading the phrase stands, one range per part: the tightest placing (the
 * parts of an ellipsis may be found far apart: the closest are the passage quoted), or with
 * `tightest` false the first found; null when it does not stand there.
 */
function placeOf(form: string, phrase: Phrase, reading: Reading, tightest = true): QuoteSpan[] | null {
  const [first, ...rest] = phrase.parts.map((p) => ({ words: p.forms[reading], after: p.after }));
  let best: QuoteSpan[] | null = null;
  for (let at = find(form, first!.words, 0); at >= 0; at = find(form, first!.words, at + 1)) {
    const place = [{ start: at, end: at + first!.words.length }];
    for (const part of rest) {
      const from = place[place.length - 1]!.end;
      const next = find(form, part.words, from);
      if (next < 0 || (part.after === 'near' && wordsBetween(form, from, next) > BRACKET_GAP_WORDS)) break;
      place.push({ start: next, end: next + part.words.length });
    }
    if (place.length < phrase.parts.length) {
      // A part found nowhere after this start is found after no later one either, unless it had to be near.
      if (rest.every((p) => p.after === 'anywhere')) break;
      continue;
    }
    if (!best || place.at(-1)!.end - place[0]!.start < best.at(-1)!.end - best[0]!.start) best = place;
    if (rest.length === 0 || !tightest) break;
  }
  return best;
}

/**
 * The first place from `from` where `words` stand whole in `form` (not inside a longer word: Chinese
 * has no spaces, so a Chinese character on either side is a word's edge), or -1.
 */
function find(form: string, words: string, from: number): number {
  for (let at = form.indexOf(words, from); at >= 0; at = form.indexOf(words, at + 1)) {
    const end = at + words.length;
    const opens = at === 0 || form[at - 1] === ' ' || hasCjk(form[at - 1]!) || hasCjk(words[0]!);
    const closes = end === form.length || form[end] === ' ' || hasCjk(form[end]!) || hasCjk(words[words.length - 1]!);
    if (opens && closes) return at;
  }
  return -1;
}

/** Words of a form between two offsets; two Chinese characters count as one word. */
function wordsBetween(form: string, from: number, to: number): number {
  const gap = form.slice(from, to).trim();
  if (!gap) return 0;
  let count = 0;
  for (const token of gap.split(' ')) count += hasCjk(token) ? Math.ceil([...token].length / 2) : 1;
  return count;
}

/**
 * The indices of the sentences (`sentences`, spans of `text`) that hold the phrases, each where it
 * stands in the text (its tightest placing, names read as the search reads them first); a phrase the
 * text does not hold adds none. A phrase may run over several sentences: each is counted. A compound's
 * phrase (`Phrase.compound`) is held by the sentences writing its word, or where none does, by its words.
 */
export function phraseSentences(text: string, sentences: readonly QuoteSpan[], phrases: readonly Phrase[]): Set<number> {
  const held = new Set<number>();
  if (phrases.length === 0 || sentences.length === 0) return held;
  let forms: PhraseForms[] | undefined;
  for (const phrase of phrases) {
    const compound = phrase.compound;
    // Where a sentence writes the compound's word (hyphened or solid), its words apart are not placed too:
    // the forms of every sentence were most of the time of a search of "counter terrorism".
    if (compound && sentences.filter(({ start, end }, i) => holdsCompound(lowerCaseText(text.slice(start, end)), compound) && held.add(i)).length > 0) continue;
    forms ??= sentences.map(({ start, end }) => phraseForms(text.slice(start, end)));
    for (const reading of readingsOf(phrase)) {
      // The text's form sentence by sentence, and where each sentence's words start in it.
      let form = '';
      const starts = forms.map((f) => {
        const next = joined(form, f[reading]);
        const at = next.length - f[reading].length;
        form = next;
        return at;
      });
      const place = placeOf(form, phrase, reading);
      if (!place) continue;
      const sentenceAt = (offset: number): number => {
        let i = 0;
        while (i + 1 < starts.length && starts[i + 1]! <= offset) i++;
        return i;
      };
      for (const { start, end } of place) for (let i = sentenceAt(start); i <= sentenceAt(end - 1); i++) held.add(i);
      break;
    }
  }
  return held;
}
