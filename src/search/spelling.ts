import { PHRASE_ALIASES, WORD_ALIASES } from './aliases.js';
import { isEnglishWord } from './english-words.js';
import type { LexicalIndex } from './lexical.js';
import { normalizeTerm, termsOf } from './terms.js';
import { words } from './words.js';
import { editDistance } from '../util/edit-distance.js';
import { escapeRegExp } from '../util/regexp.js';

/**
 * "Did you mean": for a word no exchange holds, the words the transcripts write that it is a slip of
 * the keyboard away from, as they write them. Four kinds of slip:
 * - a letter off a word, or its doubled letters undoubled or doubled ("Huwaei" → Huawei, "Xinjaing"
 *   → Xinjiang, "tarrifs" → tariffs, "Uighers" → Uighurs, a spelling the index reads as Uyghurs,
 *   "decmber" → December, whose stem hides it), from five letters, or two letters swapped in a
 *   name of four ("Iarn" → Iran);
 * - two words run together ("Xijinping" → Xi Jinping; "Ingwen" needs none: the index holds "Ing-wen" as one word too, terms.ts);
 * - a short word, or one the index holds only inside a name, a letter off the word the transcripts
 *   write beside the question's next word ("Carrie Lamm" → Lam, "Shinzo Abbe" → Abe);
 * - one word typed as two ("corona virus" → coronavirus, "Hua wei" → Huawei: `wordsWrittenAsOne`).
 * A word typed without a name's capital that is an English word (`english-words.ts`: "lorry",
 * "layer") is meant as typed, whatever it is a slip away from ("Larry", "later").
 * Two slips are never read: from a name they make another ("Xiaoping" is not "Xiaodong"), and on
 * the capitalised words of /usr/share/dict/words that no record holds, reading two slips in a name's
 * word of eight letters or more raised the false suggestions from 153 to 229 (from five: 858).
 * Only suggested, never searched instead: a word of 2021 the corpus never uses ("Omicron") is often
 * one letter from a word it does ("Micron"), and a quiet substitution would answer a never-discussed
 * topic with look-alikes.
 */

/** What did-you-mean reads: the English lexical index, and the text of a record it holds. */
export interface SpellingCorpus {
  readonly index: LexicalIndex;
  /** The question and answer of the record with this id. */
  text(id: string): string | undefined;
}

/** Shorter typed words are too often a letter from several words to guess one without the word beside them. */
const MIN_LENGTH = 5;
/**
 * A slip of a word reporters type often: a term in fewer records is as likely a slip in the
 * transcripts, or a rare name ("Shen" for "Shein"), as the word meant.
 */
const MIN_RECORDS = 5;
/** Words run together, or a word beside the next, are read only as the transcripts write them in this many records. */
const MIN_PHRASE_RECORDS = 2;
/**
 * The records read, best first, for how the transcripts write a term or a word beside another: a
 * word they write often is among them, and a common word (the next word "China") costs no more.
 */
const RECORDS_READ = 200;
/** A shortest slip beside the next word: "Lamm" for "Lam"; two letters are a guess. */
const MIN_BESIDE_LENGTH = 3;
/**
 * Edits from a spelling the index reads as another word: one, at any length, since the word it is
 * read as is further still ("traversing" is two from "travelling", read as "traveling").
 */
const ALIAS_EDITS = 1;
/** The index terms tried for a slip, closest first: the closest term need not be written a slip away ("Pense": pend, of "pending"). */
const CANDIDATES = 4;
/** The records read for how the transcripts write a term, and whether they write it in lower case. */
const WRITTEN_RECORDS = 10;
/**
 * Two words typed apart are one word the transcripts write ("corona virus") when they write the two
 * apart in under this share of the records writing the one word ("cyber security" is written both ways).
 */
const APART_SHARE = 0.1;

/**
 * How a word typed differs from a word written, as one slip: its doubled letters undoubled or
 * doubled (any number: "Phillipines"), two neighbours swapped, a letter dropped inside the word, a
 * letter added inside it beside a key it neighbours or a vowel beside a vowel ("coronavirous") or
 * any other, a letter changed inside it for a key it neighbours or a vowel for a vowel ("pandamic")
 * or for any other ("Pense"), or the last letter dropped, added or changed.
 */
type Slip = 'doubled' | 'swapped' | 'dropped' | 'added' | 'inserted' | 'changed' | 'replaced' | 'ending';

/**
 * From how many letters a word typed in lower case is read as each slip of a word the transcripts
 * write. Such a word is as often a real word they never use as a slip ("layer" is a letter changed
 * from "later", "lorry" from "Larry", "babes" one dropped from "babies", "armory" one added to
 * "armor"): the slips that seldom make another word are read from five letters, the others from
 * seven or eight, and a letter added or changed only as a typist's (a neighbouring key, a vowel for a
 * vowel: "older" is no slip of "order"). Measured on the lower-case words of a dictionary that the
 * transcripts lack and on slips of the words they use (eval/README.md, **Did you mean**).
 */
const WORD_SLIPS: Readonly<Record<Slip, number>> = {
  doubled: 5, swapped: 5, dropped: 7, added: 8, inserted: Infinity, changed: 8, replaced: Infinity, ending: 8,
};
/**
 * A name's word (typed with a capital): one slip of any kind from five letters, two neighbours swapped
 * from four ("Iarn": Iran; any other slip of four letters is as often another name: "Ivan", "Iran";
 * "Jane", "June"), never two slips: two letters from a name is another person's ("Xiaoping" is not
 * "Xiaodong").
 */
const NAME_SLIPS: Readonly<Record<Slip, number>> = {
  doubled: 5, swapped: 4, dropped: 5, added: 5, inserted: 5, changed: 5, replaced: 5, ending: 5,
};
/** The fewest letters of a word read as a slip of any kind. */
const SHORTEST_SLIP = Math.min(...Object.values(NAME_SLIPS), ...Object.values(WORD_SLIPS));

/**
 * A word as typed: in lower case, and whether it is a name's (a capital), a word's (two typed apart
 * in lower case: `wordsWrittenAsOne`), or either (the question's first word, or a word typed in lower
 * case that is no English word: "huawai").
 */
interface Typed {
  readonly lower: string;
  readonly name: boolean | null;
}

/**
 * How the transcripts write what `typed`, a word of `query` whose index term (`term`) no record holds,
 * is a slip of; null when it is no slip of anything they write, as far as can be told.
 */
export function suggestedSpelling(query: string, typed: string, term: string, corpus: SpellingCorpus): string | null {
  const word = typed.replace(/['’]s$/, '');
  const lower = word.toLowerCase();
  const name = isTypedAsName(query, typed);
  // Typed without a name's capital, an English word is meant as typed: "lorry" is no slip of "Larry", "layer" none of "later".
  if (!name && isEnglishWord(lower)) return null;
  // Any other may be a name typed in lower case ("huawai": Huawei) as much as a word.
  const asTyped: Typed = { lower, name: name ? true : null };
  return wordsRunTogether(asTyped, corpus) ?? slipOfTerm(asTyped, term, corpus) ?? slipBesideNextWord(query, typed, corpus) ?? transliterated(asTyped, corpus);
}

/** Whether `typed`, a word of `query`, is typed with a name's capital: the first word of a question of several has one whatever it is. */
export function isTypedAsName(query: string, typed: string): boolean {
  const queryWords = words(query);
  const first = queryWords.length > 1 && queryWords[0] === typed;
  return /^\p{Lu}/u.test(typed) && !first;
}

/**
 * The pairs of words of `query` typed apart (a space between) that the transcripts write as one word,
 * as they write it: "corona virus" (coronavirus in 504 exchanges, "corona virus" in none), "Hua wei",
 * "Meng Wan Zhou" (Wanzhou). The one word's term is in five records or more, and the records writing
 * the two apart (or with a hyphen) are under a tenth of those writing it ("cyber security" and
 * "cybersecurity" are both theirs). Only words `asked` holds (the topic's), neither a function word
 * ("every one"), and not where `asked` holds the one word too.
 */
export function wordsWrittenAsOne(
  query: string, asked: (term: string) => boolean, corpus: SpellingCorpus,
): { typed: string; suggested: string }[] {
  const found: { typed: string; suggested: string }[] = [];
  let taken = -1;
  for (const m of query.matchAll(/(?<![\p{L}\p{N}'’\-])(\p{L}{2,})\s+(?=(\p{L}{2,})(?![\p{L}\p{N}'’\-]))/gu)) {
    const [first, second] = [m[1]!, m[2]!];
    if (m.index <= taken) continue;
    const [a, b] = [normalizeTerm(first), normalizeTerm(second)];
    if (!a || !b || !asked(a) || !asked(b)) continue;
    const joined = `${first}${second}`;
    const [term, ...more] = termsOf(joined);
    // Searched already ("counter terrorism" in every writing, `spaced-compounds.ts`): no slip to suggest, nor records to read.
    if (!term || more.length > 0 || asked(term) || corpus.index.documentFrequency(term) < MIN_RECORDS) continue;
    const apartTerms = termsOf(`${first} ${second}`);
    // Read as one already ("Hong Kong" is HongKong).
    if (apartTerms.length === 1 && apartTerms[0] === term) continue;
    const typed: Typed = { lower: joined.toLowerCase(), name: /^\p{Lu}/u.test(first) };
    // Counted in any of its forms ("semiconductors"); every way it is written, to suggest it in lower case for words typed so.
    const one = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(joined)}\\p{L}*(?![\\p{L}\\p{N}])`, 'giu');
    const forms = new Set<string>();
    const asOne = writtenInRecords(corpus, [term], (text) => {
      let held: string | null = null;
      for (const [form] of text.matchAll(one)) {
        if (form.length > joined.length && termsOf(form)[0] !== term) continue;
        held = form;
        if (form.length === joined.length) forms.add(form);
      }
      return held;
    }, RECORDS_READ);
    const written = preferredForm(typed, [...forms]);
    if (!asOne || asOne.records < MIN_RECORDS || !written) continue;
    const twoPattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(first)}[\\s\\-‐‑]+${escapeRegExp(second)}(?![\\p{L}\\p{N}])`, 'iu');
    const apart = apartTerms.every((t) => corpus.index.documentFrequency(t) > 0)
      ? writtenInRecords(corpus, apartTerms, (text) => twoPattern.exec(text)?.[0] ?? null, RECORDS_READ)?.records ?? 0
      : 0;
    if (apart >= asOne.records * APART_SHARE) continue;
    found.push({ typed: m[0] + second, suggested: written });
    taken = m.index + m[0].length;
  }
  return found;
}

/**
 * Whether `typed`, a word the transcripts write in fewer than `MIN_RECORDS` records (`records`), is
 * one slip of `written` (any kind, from `MIN_LENGTH` letters): for a word read where only a few words
 * can stand, as the framing of a question ("What did the foriegn ministry say", "Did China coment
 * on": `framing.ts`), where a slip seldom makes another word that fits.
 */
export function isSlipWhereFewFit(typed: string, written: string, records: number): boolean {
  const lower = typed.toLowerCase();
  return records < MIN_RECORDS && lower.length >= MIN_LENGTH && slipBetween(lower, written.toLowerCase()) !== null;
}

/** The most records of a name read for how they write it as another desk transliterates it. */
const TRANSLITERATION_CANDIDATES = 8;

/** A word's consonants in order: doubled letters as one, vowels and an "h" after a consonant ("kh", "dh") left out. */
export function consonantsOf(word: string): string {
  return undoubled(word).replace(/(?<=[^aeiouy])h/g, '').replace(/[aeiouy]/g, '');
}

/**
 * A name as another desk transliterates the one the transcripts write: the same consonants in the same
 * order, and, doubled letters as one, a vowel or an "h" after a consonant apart ("Masud", "Gwadur",
 * "ladak", "dokalam", "Hambantotta": Masood, Gwadar, Ladakh, Doklam, Hambantota). Names of South Asia and
 * the Gulf are spelt so by one wire and another; their vowels and that "h" are what the spellings differ
 * in. Read where the rest finds no slip (`slipOfTerm`), and in a name the transcripts write in fewer than
 * `MIN_RECORDS` records too, which a slip is not (Ladakh is in 2, Hambantota 3, Gwadar 4, Doklam 1; Masood
 * in 15, but "Masud" is two letters from it): the transcripts must write it with a capital, as a name,
 * and a word typed in lower case that is an English word never reaches here.
 */
function transliterated(typed: Typed, corpus: SpellingCorpus): string | null {
  const { lower } = typed;
  if (lower.length < MIN_LENGTH || !/^\p{L}+$/u.test(lower) || typed.name === false || isEnglishWord(lower)) return null;
  const consonants = consonantsOf(lower);
  if (consonants.length < MIN_BESIDE_LENGTH) return null;
  const flat = undoubled(lower);
  const variant = (written: string): boolean => {
    const key = written.toLowerCase();
    return key !== lower && consonantsOf(key) === consonants && transliterationApart(flat, undoubled(key), lower.length);
  };
  // Index terms are stems ("hambantota", "ladakh"), and a spelling `aliases.ts` reads as another word ("doklam") is held by its word's.
  const near = (form: string): boolean => editDistance(flat, undoubled(form), 2) !== null;
  const terms = new Set(termsStartingWith(corpus.index, lower[0]!).filter(({ term }) => near(term)).map(({ term }) => term));
  const aliased = [...aliasForms()].filter(([form, term]) => form[0] === lower[0] && variant(form) && corpus.index.documentFrequency(term) > 0);
  for (const [, term] of aliased) terms.add(term);
  const candidates = [...terms].sort((a, b) => corpus.index.documentFrequency(b) - corpus.index.documentFrequency(a)).slice(0, TRANSLITERATION_CANDIDATES);
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(lower[0]!)}\\p{L}{${Math.max(0, lower.length - 3)},${lower.length + 2}}(?![\\p{L}\\p{N}])`, 'giu');
  for (const term of candidates) {
    const forms: string[] = [];
    for (const text of recordTexts(corpus, [term], WRITTEN_RECORDS)) {
      for (const [written] of text.matchAll(word)) if (variant(written) && !forms.includes(written)) forms.push(written);
    }
    // A name: never written in lower case ("Carie" is no "Care", though a sentence opens with it), nor in capitals only ("BARDA").
    if (forms.length > 0 && forms.every((f) => /^\p{Lu}\p{Ll}/u.test(f))) return forms[0]!;
  }
  // A spelling the index reads as the transcripts' own word ("Doklam", their "Donglang"): as they write it, or with their word's capital.
  const [form, term] = aliased[0] ?? [];
  if (!form || !term) return null;
  return aliasAsWritten(form, term, corpus) ?? (typed.name ? form[0]!.toUpperCase() + form.slice(1) : form);
}

/**
 * `form`, a spelling `aliases.ts` reads as `term`, as the records holding `term` write it ("Doklam"), or
 * as they write `term`'s word with its capital where they always do (a name: "Donglang"); null where they
 * write neither, or a name's word in lower case too. A name is suggested as a name, however it was typed.
 */
function aliasAsWritten(form: string, term: string, corpus: SpellingCorpus): string | null {
  const formWord = new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(form)}(?![\\p{L}\\p{N}-])`, 'iu');
  const termWord = new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(term)}\\p{L}*(?![\\p{L}\\p{N}-])`, 'giu');
  let capitalised = false;
  for (const text of recordTexts(corpus, [term], WRITTEN_RECORDS)) {
    const written = formWord.exec(text)?.[0];
    if (written) return written;
    const mentions = [...text.matchAll(termWord)];
    if (mentions.some((m) => !/^\p{Lu}/u.test(m[0]))) return null;
    capitalised ||= mentions.length > 0;
  }
  return capitalised ? form[0]!.toUpperCase() + form.slice(1) : null;
}

/** From this many letters, a name typed with a letter doubled or undoubled is read against one in under five records (Hambantotta). */
const LONG_NAME = 8;

/**
 * Whether two spellings of a name differ as transliterations of South Asian names do (Hambantota,
 * Masood, Gwadar, Doklam, Ladakh): by doubled letters alone in a long name ("Hambantotta"), or, doubled
 * letters as one, by a "u" for another vowel ("Masud", "Gwadur"), an "a" between two consonants inside
 * the word ("Dokalam"), or an "h" ending it after a consonant ("Ladak"). Not by another vowel, a last
 * vowel or doubled letters in a short name: European names vary so ("Alberta", "Alberto"; "Austen",
 * "Austin"; "Darryl", "Daryl"), and read so they were 134 more suggestions for the capitalised words of
 * a dictionary, 46 with every vowel but the last.
 */
function transliterationApart(typed: string, written: string, typedLength: number): boolean {
  if (typed === written) return typedLength >= LONG_NAME;
  if (editDistance(typed, written, 1) === null) return false;
  let at = 0;
  while (typed[at] === written[at]) at++;
  if (typed.length === written.length) return typed[at] !== written[at] && [typed[at], written[at]].includes('u') && VOWELS.includes(typed[at]!) && VOWELS.includes(written[at]!);
  const longer = typed.length > written.length ? typed : written;
  const extra = longer[at]!;
  const [before, after] = [longer[at - 1], longer[at + 1]];
  if (extra === 'h') return after === undefined && before !== undefined && !VOWELS.includes(before);
  return extra === 'a' && before !== undefined && after !== undefined && !VOWELS.includes(before) && !VOWELS.includes(after);
}

/** Runs of one letter as one ("tarrifs" and "tariffs" are both "tarifs"). */
function undoubled(word: string): string {
  return word.replace(/(\p{L})\1+/gu, '$1');
}

/** What slip `written` is from `typed`, both in lower case; null when the same, or more than one slip. */
function slipBetween(typed: string, written: string): Slip | null {
  if (typed === written) return null;
  if (undoubled(typed) === undoubled(written)) return 'doubled';
  if (editDistance(typed, written, 1) === null) return null;
  let at = 0;
  while (typed[at] === written[at]) at++;
  if (at >= Math.max(typed.length, written.length) - 1) return 'ending';
  if (typed.length < written.length) return 'dropped';
  if (typed.length === written.length) {
    if (typed[at] === written[at + 1] && typed[at + 1] === written[at]) return 'swapped';
    return isTypo(typed[at]!, written[at]!) ? 'changed' : 'replaced';
  }
  const added = typed[at]!;
  return [typed[at - 1], typed[at + 1]].some((beside) => beside !== undefined && isTypo(added, beside)) ? 'added' : 'inserted';
}

const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const VOWELS = 'aeiouy';

/** Letters a slip puts for each other: neighbouring keys of a QWERTY keyboard, or two vowels. */
function isTypo(a: string, b: string): boolean {
  if (VOWELS.includes(a) && VOWELS.includes(b)) return true;
  const row = KEY_ROWS.findIndex((r) => r.includes(a));
  const other = KEY_ROWS.findIndex((r) => r.includes(b));
  if (row < 0 || other < 0) return false;
  const [col, otherCol] = [KEY_ROWS[row]!.indexOf(a), KEY_ROWS[other]!.indexOf(b)];
  // Each row sits half a key right of the one above it.
  if (other === row) return Math.abs(col - otherCol) === 1;
  if (other === row - 1) return otherCol === col || otherCol === col + 1;
  if (other === row + 1) return otherCol === col - 1 || otherCol === col;
  return false;
}

/** Whether the transcripts' `written` is a slip away from the word typed, for a word of its kind and length. */
function isSlipOf(typed: Typed, written: string): boolean {
  const writtenAsName = /^\p{Lu}/u.test(written);
  // A name typed is never a slip of a word the transcripts write in lower case ("Milei" is no "miles").
  if (typed.name === true && !writtenAsName) return false;
  const slip = slipBetween(typed.lower, written.toLowerCase());
  if (!slip) return false;
  return typed.lower.length >= ((typed.name ?? writtenAsName) ? NAME_SLIPS : WORD_SLIPS)[slip];
}

/** Words that each begin with a capital ("Carrie Lam", "Ing-wen" as one). */
function isName(words: string): boolean {
  return words.split(/\s+/).every((word) => /^\p{Lu}/u.test(word));
}

/**
 * The word of `typed` split in two as the transcripts write it, with a space or a hyphen, in two
 * records or more ("Xijinping": "Xi Jinping"; the most written split wins); null when no split is. A
 * function word is a half only of a name's word written with a hyphen ("therapist" is no "the rapist"; a
 * hyphenated name the index holds joined, "Ing-wen", is found as typed: terms.ts).
 */
function wordsRunTogether(typed: Typed, corpus: SpellingCorpus): string | null {
  const { lower } = typed;
  if (lower.length < MIN_LENGTH || !/^\p{L}+$/u.test(lower)) return null;
  let best: { written: string; records: number } | null = null;
  for (let at = 2; at <= lower.length - 2; at++) {
    const [first, second] = [lower.slice(0, at), lower.slice(at)];
    const hyphenOnly = normalizeTerm(first) === null || normalizeTerm(second) === null;
    // Read only for a name: for every word, a search per function word it opens or ends with.
    if (hyphenOnly && typed.name === false) continue;
    // Read as the index reads it: "xi jinping" is one name (`aliases.ts`).
    const terms = termsOf(`${first} ${second}`);
    if (terms.length === 0 || terms.some((t) => corpus.index.documentFrequency(t) === 0)) continue;
    const between = hyphenOnly ? '[\\-‐‑]' : '[\\s\\-‐‑]+';
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${first}${between}${second}(?![\\p{L}\\p{N}])`, 'iu');
    const found = writtenInRecords(corpus, terms, (text) => {
      const written = pattern.exec(text)?.[0].replace(/\s+/g, ' ');
      if (!written) return null;
      // A name's words each with a capital; a word's, none or each ("unmade" is no "UN made").
      const capitals = isName(written) || (typed.name !== true && !/\p{Lu}/u.test(written));
      return capitals ? written : null;
    }, RECORDS_READ);
    if (found && found.records >= MIN_PHRASE_RECORDS && (!best || found.records > best.records)) best = found;
  }
  return best?.written ?? null;
}

/**
 * A word the transcripts write a slip away from the word typed (`isSlipOf`), whose index term is in
 * five records or more: of the terms closest to the word, to its term or to either undoubled (a slip
 * can change the stem: "xinjaing" stems to "xinja"), the first the transcripts write a slip away
 * from the word typed (terms are stems: "Jingping" is a letter from the stem of "Jing", but four from
 * the word), as they write it; then the same of the terms of the words a letter from the word typed,
 * whose stem may be far from its own ("decmber", "December": `termsOfWordsALetterAway`); or a spelling
 * the index reads as another word, as the transcripts write it ("Uighers" is a letter from "Uighurs",
 * which the index reads as "Uyghurs", two letters away).
 */
function slipOfTerm(typed: Typed, term: string, corpus: SpellingCorpus): string | null {
  const { lower } = typed;
  if (lower.length < SHORTEST_SLIP || /\d/.test(lower)) return null;
  const flat = undoubled(lower);
  const forms = [term, lower, flat, normalizeTerm(flat)].filter((f): f is string => f !== null);
  const closest = closestTerms(forms, corpus.index);
  for (const candidate of closest) {
    const written = writtenAsSlip(typed, candidate, corpus);
    if (written) return written;
  }
  // A stem can hide the word a letter away: "decmber" stems as typed, "December" to "decemb", three letters from it.
  for (const candidate of termsOfWordsALetterAway(lower, corpus.index).filter((t) => !closest.includes(t))) {
    const written = writtenAsSlip(typed, candidate, corpus);
    if (written) return written;
  }
  const alias = closestAliasForm(lower, corpus.index);
  if (!alias) return null;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${alias.form}(?![\\p{L}\\p{N}])`, 'giu');
  const found = writtenInRecords(corpus, [alias.term], (text) => {
    const form = preferredForm(typed, [...text.matchAll(pattern)].map((m) => m[0]));
    return form && isSlipOf(typed, form) ? form : null;
  }, 1);
  return found?.written ?? null;
}

/**
 * The index terms in five records or more within an edit of one of `forms` (same first letter;
 * undoubled alike counts as one edit), the closest first, then those in most records; at most
 * `CANDIDATES`. The word typed's own term is in no record.
 */
function closestTerms(forms: readonly string[], index: LexicalIndex): string[] {
  const edits = new Map<string, number>();
  for (const form of new Set(forms)) {
    if (form.length < MIN_BESIDE_LENGTH) continue;
    const flat = undoubled(form);
    // Slips rarely change the first letter; a prefix dropped makes another word ("decertification").
    for (const { term, flat: termFlat } of termsStartingWith(index, form[0]!)) {
      const most = edits.get(term) ?? 1;
      const found = termFlat === flat && term !== form ? Math.min(1, most) : editDistance(form, term, most);
      if (found === null || index.documentFrequency(term) < MIN_RECORDS) continue;
      edits.set(term, found);
    }
  }
  return [...edits]
    .sort(([a, x], [b, y]) => x - y || index.documentFrequency(b) - index.documentFrequency(a))
    .slice(0, CANDIDATES)
    .map(([term]) => term);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The index terms, in five records or more, of the words a letter from `lower` (one dropped or
 * added, one changed for a neighbouring key or a vowel for a vowel, or two neighbours swapped, the
 * first letter kept), those in most records first; at most `CANDIDATES`. A word's stem is not the
 * word: "decmber" is a letter from "december" but three from its term "decemb", so `closestTerms`
 * misses it. On the slips of the bench (`npm run bench:spelling -- slips`), 2,696 more slips of words
 * and 418 of names are read; every letter changed, and no word left unstemmed, read 924 more, for
 * twice the time on a name no record holds.
 */
function termsOfWordsALetterAway(lower: string, index: LexicalIndex): string[] {
  const found = new Set<string>();
  const starts = termStarts(index);
  // Stemming is most of the cost: a word is stemmed only if a term opens as it does up to the edit,
  // or, for an edit in its last four letters, where a stem may end or change, up to them.
  const add = (word: string, upTo: number): void => {
    const opening = word.slice(0, Math.min(upTo, word.length - 4));
    if (opening && !starts.has(opening)) return;
    const term = normalizeTerm(word);
    if (term && index.documentFrequency(term) >= MIN_RECORDS) found.add(term);
  };
  for (let at = 1; at <= lower.length; at++) {
    const [before, after] = [lower.slice(0, at), lower.slice(at)];
    if (after) add(before + after.slice(1), at);
    if (after.length > 1) add(before + after[1] + after[0] + after.slice(2), at + 2);
    for (const letter of LETTERS) {
      add(before + letter + after, at + 1);
      if (after && isTypo(letter, after[0]!)) add(before + letter + after.slice(1), at + 1);
    }
  }
  return [...found]
    .sort((a, b) => index.documentFrequency(b) - index.documentFrequency(a))
    .slice(0, CANDIDATES);
}

// The openings of the index's terms in five records or more, up to each term's last letter but one
// (a stem's last letter may be the word's changed: "polici", "policy"), made once per index.
const termStartsMemo = new WeakMap<LexicalIndex, Set<string>>();

/** Makes the openings of `index`'s terms now, off a question's path (a bot waiting for its first: `SearchEngine.warm`). */
export function warmSpelling(index: LexicalIndex): void {
  termStarts(index);
}

function termStarts(index: LexicalIndex): Set<string> {
  let starts = termStartsMemo.get(index);
  if (!starts) {
    starts = new Set();
    for (const term of index.vocabulary) {
      if (index.documentFrequency(term) < MIN_RECORDS) continue;
      for (let end = 1; end < term.length; end++) starts.add(term.slice(0, end));
    }
    termStartsMemo.set(index, starts);
  }
  return starts;
}

/** The spelling of `aliases.ts` a letter from `lower` whose index term is in five records or more; null when none is. */
function closestAliasForm(lower: string, index: LexicalIndex): { form: string; term: string } | null {
  let best: { form: string; term: string; edits: number } | null = null;
  for (const [form, term] of aliasForms()) {
    if (form[0] !== lower[0] || Math.abs(form.length - lower.length) > ALIAS_EDITS) continue;
    const edits = editDistance(lower, form, ALIAS_EDITS);
    if (edits === null || edits === 0 || index.documentFrequency(term) < MIN_RECORDS) continue;
    if (!best || edits < best.edits) best = { form, term, edits };
  }
  return best;
}

/**
 * How the best records holding `term` write it a slip away from the word typed (a possessive's "'s"
 * left out), in lower case for a word typed so where they write it so; null when they write it no
 * slip away, or, for a name typed, also in lower case ("Carie" is no "Care", though a sentence
 * opens with it). Once a form is found, the other records are only asked whether they write it in
 * lower case.
 */
function writtenAsSlip(typed: Typed, term: string, corpus: SpellingCorpus): string | null {
  const forms = new Map<string, string[]>();
  let found: { key: string; lower: RegExp } | null = null;
  // Only the words of its first letter and about its length are read: a record's every word cost five times more.
  const { lower } = typed;
  const near = new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(lower[0]!)}\\p{L}{${Math.max(0, lower.length - 3)},${lower.length + 1}}(?![\\p{L}\\p{N}])`, 'giu',
  );
  for (const text of recordTexts(corpus, [term], WRITTEN_RECORDS)) {
    if (found) {
      // Written in lower case too, it is a word: a word's slip ("distrqct" is a name's slip of "District", no word's of "district").
      if (text.includes(found.key) && found.lower.test(text)) return typed.name !== true && isSlipOf(typed, found.key) ? found.key : null;
      continue;
    }
    for (const [written] of text.matchAll(near)) {
      if (normalizeTerm(written) !== term) continue;
      const key = written.toLowerCase();
      const seen = forms.get(key);
      if (!seen) forms.set(key, [written]);
      else if (!seen.includes(written)) seen.push(written);
    }
    for (const [key, written] of forms) {
      const form = preferredForm(typed, written);
      if (!form || !isSlipOf(typed, form)) continue;
      if (form === key && typed.name !== true) return form;
      found = { key, lower: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(key)}(?![\\p{L}\\p{N}])`, 'u') };
      break;
    }
  }
  return found ? preferredForm(typed, forms.get(found.key)!) : null;
}

/**
 * Of the ways one word is written, the one to suggest for the word typed: in lower case for a word
 * typed so where it is written so, with a capital for a name; null for a name typed where the word
 * is written in lower case too (a word, its capital a sentence's).
 */
function preferredForm(typed: Typed, written: readonly string[]): string | null {
  const lower = written.find((w) => !/^\p{Lu}/u.test(w));
  if (typed.name === true) return lower ? null : written[0] ?? null;
  return lower ?? written[0] ?? null;
}

/**
 * The word of a name the transcripts write beside the question's word before or after `typed` (a
 * word the index holds), a letter away from `typed` or undoubled alike, in two records or more, the
 * most written first; null when none is. "Lamm" is too short to guess alone, but 20 exchanges write
 * "Carrie Lam"; "Jingping" is a letter from no index term ("Xi Jinping" is read as "Xi"), but the
 * transcripts write "Xi Jinping". Only the records holding the word beside and a term a letter away
 * are read.
 */
function slipBesideNextWord(query: string, typed: string, corpus: SpellingCorpus): string | null {
  const lower = typed.replace(/['’]s$/, '').toLowerCase();
  if (lower.length < MIN_BESIDE_LENGTH || !/^\p{L}+$/u.test(lower)) return null;
  const queryWords = words(query);
  const at = queryWords.indexOf(typed);
  if (at < 0) return null;
  const beside = ([[queryWords[at - 1], true], [queryWords[at + 1], false]] as const).flatMap(([neighbour, before]) => {
    const side = neighbour === undefined ? null : normalizeTerm(neighbour);
    return side && corpus.index.documentFrequency(side) > 0 ? [{ neighbour: neighbour!, side, before }] : [];
  });
  const candidates = beside.length > 0 ? termsALetterAway(lower, corpus.index) : [];
  let best: { written: string; records: number } | null = null;
  for (const { neighbour, side, before } of candidates.length > 0 ? beside : []) {
    const written = escapeRegExp(neighbour);
    const pattern = before
      ? new RegExp(`(?<![\\p{L}\\p{N}])${written}[\\s\\-‐‑]+(\\p{L}+)`, 'giu')
      : new RegExp(`(\\p{L}+)[\\s\\-‐‑]+${written}(?![\\p{L}\\p{N}])`, 'giu');
    // A name, written with capitals: "dom project" is no slip of "dam project".
    const slipBeside = (text: string): string | null => {
      for (const [pair, word] of text.matchAll(pattern)) {
        const key = word!.toLowerCase();
        if (key !== lower && isName(pair) && (editDistance(lower, key, 1) !== null || undoubled(lower) === undoubled(key))) return word!;
      }
      return null;
    };
    for (const term of candidates) {
      const found = writtenInRecords(corpus, [...new Set([side, term])], slipBeside, RECORDS_READ);
      if (found && found.records >= MIN_PHRASE_RECORDS && (!best || found.records > best.records)) best = found;
    }
  }
  return best?.written ?? null;
}

/** The most candidate terms read beside a word: each is a search. */
const BESIDE_CANDIDATES = 4;

/**
 * The index terms, in five records or more, of the words a letter from `lower` (same first letter):
 * terms a letter from it or from its term, or undoubled alike ("abbe": "ab", the term of "Abe"), and
 * the terms of the names of several words `aliases.ts` reads as one whose word is ("jinping", in "Xi
 * Jinping", read as "Xi"); those in most records first.
 */
function termsALetterAway(lower: string, index: LexicalIndex): string[] {
  const found = new Set<string>();
  const flat = undoubled(lower);
  const forms = [lower, normalizeTerm(lower), flat, normalizeTerm(flat)].filter((f): f is string => f !== null && f.length >= MIN_BESIDE_LENGTH);
  for (const form of new Set(forms)) {
    for (const { term, flat: termFlat } of termsStartingWith(index, form[0]!)) {
      if (termFlat === flat || (Math.abs(term.length - form.length) <= 1 && editDistance(form, term, 1) !== null)) found.add(term);
    }
  }
  for (const [word, term] of aliasNameWords()) {
    if (word[0] === lower[0] && Math.abs(word.length - lower.length) <= 1 && editDistance(lower, word, 1) !== null) found.add(term);
  }
  return [...found]
    .filter((term) => index.documentFrequency(term) >= MIN_RECORDS)
    .sort((a, b) => index.documentFrequency(b) - index.documentFrequency(a))
    .slice(0, BESIDE_CANDIDATES);
}

/**
 * What `find` finds in the records holding every one of `terms` (the best `RECORDS_READ` of them), as
 * the first record found writes it, and in how many records (counted up to `enough`); null when in none.
 */
function writtenInRecords(
  corpus: SpellingCorpus, terms: readonly string[], find: (text: string) => string | null, enough: number,
): { written: string; records: number } | null {
  let written: string | null = null;
  let records = 0;
  for (const text of recordTexts(corpus, terms)) {
    const found = find(text);
    if (found === null) continue;
    written ??= found;
    if (++records >= enough) break;
  }
  return written === null ? null : { written, records };
}

/** The texts of the `best` records holding every one of `terms`, best first. */
function* recordTexts(corpus: SpellingCorpus, terms: readonly string[], best = RECORDS_READ): Generator<string> {
  const holders = corpus.index.searchTerms(new Map(terms.map((t) => [t, 1])), () => true, undefined, {
    best,
    terms: (matched) => matched.length === terms.length,
  });
  for (const holder of holders) {
    const text = corpus.text(holder.id);
    if (text !== undefined) yield text;
  }
}

/** An index term and the same undoubled. */
interface Term {
  readonly term: string;
  readonly flat: string;
}

// The index's terms by first character, made once per index on its first unknown word.
const byFirst = new WeakMap<LexicalIndex, Map<string, Term[]>>();

/**
 * Whether the index holds a term spelt near `word` but not `word`'s own: the same first letter and
 * consonants, at most two letters apart ("azhar" for "Azar"). A cheap look at the vocabulary before a
 * rule reads records for how they spell a name (`near-spelt-names.ts`).
 */
export function heldSpeltNear(index: LexicalIndex, word: string): boolean {
  const lower = word.toLowerCase();
  const own = normalizeTerm(word);
  return termsStartingWith(index, lower[0]!).some(({ term }) => term !== own && speltNear(lower, term));
}

/** Whether two words in lower case are spelt near: the same consonants, doubled letters as one, at most two letters apart ("azar", "azhar"). */
export function speltNear(lower: string, other: string): boolean {
  return consonantsOf(other) === consonantsOf(lower) && editDistance(undoubled(lower), undoubled(other), 2) !== null;
}

function termsStartingWith(index: LexicalIndex, first: string): readonly Term[] {
  let groups = byFirst.get(index);
  if (!groups) {
    groups = new Map();
    for (const term of index.vocabulary) {
      const entry = { term, flat: undoubled(term) };
      const group = groups.get(term[0]!);
      if (group) group.push(entry);
      else groups.set(term[0]!, [entry]);
    }
    byFirst.set(index, groups);
  }
  return groups.get(first) ?? [];
}

let aliasFormsMemo: Map<string, string> | null = null;

/**
 * The one-word spellings `aliases.ts` reads as another word, in lower case, with the index term they
 * are read as ("uighurs" → uyghur, "pyongyang" → dprk): a slip of one has no index term of its own near it.
 */
function aliasForms(): Map<string, string> {
  if (aliasFormsMemo) return aliasFormsMemo;
  aliasFormsMemo = new Map();
  const forms = [...Object.keys(WORD_ALIASES), ...PHRASE_ALIASES.flatMap((a) => a.variants)];
  for (const form of forms) {
    if (!/^\p{L}+$/u.test(form) || form.length < MIN_LENGTH) continue;
    const [term, ...more] = termsOf(form);
    if (term && more.length === 0) aliasFormsMemo.set(form.toLowerCase(), term);
  }
  return aliasFormsMemo;
}

let aliasNameWordsMemo: Map<string, string> | null = null;

/** The words of the names of several words `aliases.ts` reads as one, in lower case, with the name's index term ("jinping" → xi). */
function aliasNameWords(): Map<string, string> {
  if (aliasNameWordsMemo) return aliasNameWordsMemo;
  aliasNameWordsMemo = new Map();
  for (const alias of PHRASE_ALIASES) {
    for (const variant of alias.variants) {
      const [term, ...more] = termsOf(variant);
      if (!term || more.length > 0) continue;
      for (const word of variant.split(/\s+/)) {
        if (word !== variant && /^\p{L}{3,}$/u.test(word)) aliasNameWordsMemo.set(word.toLowerCase(), term);
      }
    }
  }
  return aliasNameWordsMemo;
}
