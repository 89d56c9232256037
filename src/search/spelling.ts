import { PHRASE_ALIASES, WORD_ALIASES } from './aliases.js';
import type { LexicalIndex } from './lexical.js';
import { normalizeTerm, termsOf, tokenize } from './terms.js';
import { words } from './words.js';
import { editDistance } from '../util/edit-distance.js';
import { escapeRegExp } from '../util/regexp.js';

/**
 * "Did you mean": for a word no exchange holds, the words the transcripts write that it is a slip of
 * the keyboard away from, as they write them. Three kinds of slip:
 * - a letter or two off a word ("Huwaei" → Huawei, "Xinjaing" → Xinjiang, "Uighers" → Uighurs, a
 *   spelling the index reads as Uyghurs);
 * - two words run together ("Ingwen" → Ing-wen, "Xijinping" → Xi Jinping);
 * - a short word, or one the index holds only inside a name, a letter off the word the transcripts
 *   write beside the question's next word ("Carrie Lamm" → Lam, "Xi Jingping" → Jinping).
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
/** From this length two slips are allowed, below it one. */
const TWO_EDITS_FROM = 8;
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

/**
 * How the transcripts write what `typed`, a word of `query` whose index term (`term`) no record holds,
 * is a slip of; null when it is no slip of anything they write, as far as can be told.
 */
export function suggestedSpelling(query: string, typed: string, term: string, corpus: SpellingCorpus): string | null {
  const word = typed.replace(/['’]s$/, '');
  return wordsRunTogether(word, corpus) ?? slipOfTerm(word, term, corpus) ?? slipBesideNextWord(query, typed, corpus);
}

/**
 * Edits allowed between a word typed and a word written. A name's word (typed with a capital) one
 * letter only: two letters from a name is another person's ("Xiaoping" is not "Xiaodong").
 */
function editsAllowed(word: string, typed: string = word): number {
  return word.length >= TWO_EDITS_FROM && !/^\p{Lu}/u.test(typed) ? 2 : 1;
}

/** Words that each begin with a capital ("Carrie Lam", "Ing-wen" as one). */
function isName(words: string): boolean {
  return words.split(/\s+/).every((word) => /^\p{Lu}/u.test(word));
}

/** A name typed (capitalised) is never a slip of a word the transcripts write in lower case ("Milei" is no "miles"). */
function sameKind(typed: string, written: string): boolean {
  return !/^\p{Lu}/u.test(typed) || /^\p{Lu}/u.test(written);
}

/**
 * The word of `typed` split in two as the transcripts write it, with a space or a hyphen, in two
 * records or more ("Ingwen": "Ing-wen", "Xijinping": "Xi Jinping"; the most written split wins); null
 * when no split is. Neither half is a function word ("therapist" is no "the rapist").
 */
function wordsRunTogether(word: string, corpus: SpellingCorpus): string | null {
  const lower = word.toLowerCase();
  if (lower.length < MIN_LENGTH || !/^\p{L}+$/u.test(lower)) return null;
  let best: { written: string; records: number } | null = null;
  for (let at = 2; at <= lower.length - 2; at++) {
    const [first, second] = [lower.slice(0, at), lower.slice(at)];
    if (normalizeTerm(first) === null || normalizeTerm(second) === null) continue;
    // Read as the index reads it: "xi jinping" is one name (`aliases.ts`).
    const terms = termsOf(`${first} ${second}`);
    if (terms.length === 0 || terms.some((t) => corpus.index.documentFrequency(t) === 0)) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${first}[\\s\\-‐‑]+${second}(?![\\p{L}\\p{N}])`, 'iu');
    const found = writtenInRecords(corpus, terms, (text) => {
      const written = pattern.exec(text)?.[0].replace(/\s+/g, ' ');
      return written && sameKind(word, written) ? written : null;
    }, RECORDS_READ);
    if (found && found.records >= MIN_PHRASE_RECORDS && (!best || found.records > best.records)) best = found;
  }
  return best?.written ?? null;
}

/**
 * A word the transcripts write a letter away from `word` (two from eight letters), whose index term is
 * in five records or more: the term closest to the word or to its term (a slip can change the stem:
 * "xinjaing" stems to "xinja"), said as the record holding it best writes it, when that is a slip
 * away from the word typed too (terms are stems: "Jingping" is a letter from the stem of "Jing", but
 * four from the word); or a spelling the index reads as another word, as the transcripts write it
 * ("Uighers" is a letter from "Uighurs", which the index reads as "Uyghurs", two letters away).
 */
function slipOfTerm(word: string, term: string, corpus: SpellingCorpus): string | null {
  const lower = word.toLowerCase();
  const close = closestTerm([term, lower], corpus.index, word);
  const [holder] = close ? recordTexts(corpus, [close], 1) : [];
  const written = close && holder !== undefined ? termWrittenIn(holder, close, word) : null;
  if (written) return written;
  const alias = closestAliasForm(lower, corpus.index);
  if (!alias) return null;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${alias.form}(?![\\p{L}\\p{N}])`, 'iu');
  const found = writtenInRecords(corpus, [alias.term], (text) => {
    const form = pattern.exec(text)?.[0];
    return form && sameKind(word, form) ? form : null;
  }, 1);
  return found?.written ?? null;
}

/**
 * The index term closest to one of `forms` (fewest edits, then most records), or null when none is
 * close enough.
 */
function closestTerm(forms: readonly string[], index: LexicalIndex, typed: string): string | null {
  let best: { term: string; edits: number; records: number } | null = null;
  for (const form of new Set(forms)) {
    if (form.length < MIN_LENGTH || /\d/.test(form)) continue;
    const most = editsAllowed(form, typed);
    // Slips rarely change the first letter; a prefix dropped makes another word ("decertification").
    for (const candidate of termsStartingWith(index, form[0]!)) {
      if (Math.abs(candidate.length - form.length) > most) continue;
      const edits = editDistance(form, candidate, best ? Math.min(best.edits, most) : most);
      if (edits === null) continue;
      const records = index.documentFrequency(candidate);
      if (records < MIN_RECORDS) continue;
      if (!best || edits < best.edits || (edits === best.edits && records > best.records)) best = { term: candidate, edits, records };
    }
  }
  return best?.term ?? null;
}

/** The spelling of `aliases.ts` a letter from `lower` whose index term is in five records or more; null when none is. */
function closestAliasForm(lower: string, index: LexicalIndex): { form: string; term: string } | null {
  if (lower.length < MIN_LENGTH || /\d/.test(lower)) return null;
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
 * The first word of `text` whose index term is `term`, as written there (a possessive's "'s" left out),
 * when it is a slip away from `word`; null when it is not.
 */
function termWrittenIn(text: string, term: string, word: string): string | null {
  const lower = word.toLowerCase();
  for (const token of tokenize(text)) {
    if (normalizeTerm(token) !== term) continue;
    const written = token.replace(/['’]s$/, '');
    if (!sameKind(word, written)) return null;
    return editDistance(lower, written.toLowerCase(), editsAllowed(lower, word)) === null ? null : written;
  }
  return null;
}

/**
 * The word of a name the transcripts write beside the question's word before or after `typed` (a
 * word the index holds), a letter away from `typed`, in two records or more, the most written first;
 * null when none is. "Lamm" is too short to guess alone, but 20 exchanges write "Carrie Lam";
 * "Jingping" is a letter from no index term ("Xi Jinping" is read as "Xi"), but the transcripts
 * write "Xi Jinping". Only the records holding the word beside and a term a letter away are read.
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
        if (key !== lower && isName(pair) && editDistance(lower, key, 1) !== null) return word!;
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
 * terms a letter from it, and the terms of the names of several words `aliases.ts` reads as one whose
 * word is ("jinping", in "Xi Jinping", read as "Xi"); those in most records first.
 */
function termsALetterAway(lower: string, index: LexicalIndex): string[] {
  const found = new Set<string>();
  for (const term of termsStartingWith(index, lower[0]!)) {
    if (Math.abs(term.length - lower.length) <= 1 && editDistance(lower, term, 1) !== null) found.add(term);
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

// The index's terms by first character, made once per index on its first unknown word.
const byFirst = new WeakMap<LexicalIndex, Map<string, string[]>>();

function termsStartingWith(index: LexicalIndex, first: string): readonly string[] {
  let groups = byFirst.get(index);
  if (!groups) {
    groups = new Map();
    for (const term of index.vocabulary) {
      const group = groups.get(term[0]!);
      if (group) group.push(term);
      else groups.set(term[0]!, [term]);
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
