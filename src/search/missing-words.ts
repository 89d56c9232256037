import { escapeRegExp } from '../util/regexp.js';
import type { LexicalIndex, LexicalMatch } from './lexical.js';
import { formatsReadIn } from './formats-read.js';
import { compoundsAsWritten, namesAsWritten, normalizeTerm, tokenize } from './terms.js';
import type { IndexedRecord } from '../store/types.js';
import { sayerOf, typedWords } from './chinese-words.js';
import type { MissingWords } from './types.js';
import { words } from './words.js';

/**
 * The user's words that the answer does not hold: those no record of the index holds (in the
 * query's order), and those none of the matches holds (the rarest in the index first). A topic
 * the corpus never discussed, asked in words it uses ("the assassination of Shinzo Abe"), is
 * answered with its neighbours; saying "none of them says “assassination”" lets a reporter see
 * that at once, where ranking alone cannot tell.
 *
 * When nothing is kept, only the words no record holds are given (they may be why nothing was).
 *
 * `asked` are the informative index terms of the user's own words (`engine.ts`); `lexical` the
 * lexical matches, whose `matched` lists the terms each holds; `kept` the ids of every match
 * answered, in which the records no lexical match stands for (vector-only) are looked up.
 */
export function missingWords(
  text: string, asked: readonly string[], index: LexicalIndex, lexical: readonly LexicalMatch[], kept: readonly string[],
): MissingWords {
  const none: MissingWords = { inNoRecord: [], inNoMatch: [] };
  if (asked.length === 0) return none;
  const inNoRecord = asked.filter((t) => index.documentFrequency(t) === 0);
  // Nothing kept: the words no record holds may be why (rule 3 of gate.ts), and the answer names them.
  if (kept.length === 0) return { inNoRecord: wordsAsTyped(text, inNoRecord), inNoMatch: [] };
  let open = asked.filter((t) => index.documentFrequency(t) > 0);
  const byId = new Map(lexical.map((m) => [m.id, m.matched]));
  const others: string[] = [];
  for (const id of kept) {
    const matched = byId.get(id);
    if (matched) open = open.filter((t) => !matched.includes(t));
    else others.push(id);
    if (open.length === 0) break;
  }
  if (open.length > 0 && others.length > 0) {
    const vectorOnly = new Set(others);
    open = open.filter((t) => index.searchTerms(new Map([[t, 1]]), (id) => vectorOnly.has(id)).length === 0);
  }
  // The rarest first: they tell most about what the answer lacks ("Ukraine" before "sent").
  open.sort((a, b) => index.documentFrequency(a) - index.documentFrequency(b));
  const apart = asked.length <= MOST_WORDS_APART ? wordsApart(asked.filter((t) => index.documentFrequency(t) > 0 && !open.includes(t)), index, kept) : null;
  const few = fewHolding(asked.filter((t) => index.documentFrequency(t) > 0 && !open.includes(t)), index, kept, byId);
  return {
    inNoRecord: wordsAsTyped(text, inNoRecord), inNoMatch: wordsAsTyped(text, open), ...(apart ? { apart: wordsAsTyped(text, apart) } : {}),
    ...(few.length > 0 ? { few: few.map(({ term, matches }, i) => ({ word: wordsAsTyped(text, [term])[0] ?? few[i]!.term, matches })) } : {}),
  };
}

/** Matches from which a word few of them hold is said (`fewHolding`), and the largest share of them that is few. */
const FEW_AMONG = 10;
const FEW_SHARE = 0.1;

/**
 * The words of the question that only a few of many matches hold, the rarest first: "kim jong-un's
 * sister" keeps every exchange on Kim Jong Un, 70, of which 1 says "sister", and "Fukushima nuclear
 * wastewater" 256 on Japan and nuclear matters, of which 1 says "Fukushima" (explore38 M4). The count
 * printed is of the others' words; the answer says how many hold these.
 */
function fewHolding(held: readonly string[], index: LexicalIndex, kept: readonly string[], byId: ReadonlyMap<string, string[]>): { term: string; matches: number }[] {
  if (kept.length < FEW_AMONG || held.length < 2) return [];
  const vectorOnly = new Set(kept.filter((id) => !byId.has(id)));
  return held
    .map((term) => {
      const lexical = kept.filter((id) => byId.get(id)?.includes(term)).length;
      const others = vectorOnly.size > 0 ? index.searchTerms(new Map([[term, 1]]), (id) => vectorOnly.has(id)).length : 0;
      return { term, matches: lexical + others };
    })
    .filter(({ matches }) => matches > 0 && matches <= kept.length * FEW_SHARE)
    .sort((a, b) => a.matches - b.matches);
}

/** The most words asked for which `wordsApart` is said: no exchange holding all of many words is the rule, and says nothing. */
const MOST_WORDS_APART = 3;

/**
 * The words of a short question that the matches hold, when no match holds them all: "Houston
 * consulate closure" (an event after the 2018-2020 pages) is answered with the Houston Rockets and
 * consular cases, each saying one of the words, and "none of them says “Houston” and “consulate”
 * together" lets a reporter see at once that none is about the event. Null when a match holds them all.
 */
function wordsApart(held: readonly string[], index: LexicalIndex, kept: readonly string[]): string[] | null {
  if (held.length < 2) return null;
  const ids = new Set(kept);
  const together = index.searchTerms(new Map(held.map((t) => [t, 1])), (id) => ids.has(id), undefined, {
    terms: (matched) => matched.length === held.length, best: 1,
  });
  return together.length === 0 ? [...held] : null;
}

/** Index terms of `text` as the user wrote them ("China" for `china`, "Hong Kong" for `hongkong`), else as the canonical name they were read as ("DPRK"). */
export function wordsAsTyped(text: string, terms: readonly string[]): string[] {
  const typed = typedForms(text);
  return terms.map((t) => typed.get(t) ?? t);
}

/** Index term → the word the user wrote for it, else the canonical name it was read as ("DPRK"). */
function typedForms(text: string): Map<string, string> {
  const typed = new Map<string, string>();
  // A name of several words is one term ("Hong Kong" → HongKong): the user wrote the words.
  for (const [name, form] of namesAsWritten(text)) {
    const term = normalizeTerm(name);
    if (term && !typed.has(term)) typed.set(term, form);
  }
  // A numbered format is one term, read as a name ("17+1" as "ceec"): the user wrote "17+1", not "17plus1".
  for (const { typed: form, read } of formatsReadIn(text)) {
    const term = normalizeTerm(read);
    if (term && !typed.has(term)) typed.set(term, form);
  }
  // A compound is one term ("land-based" → landbas): the user wrote the compound.
  for (const [joined, form] of compoundsAsWritten(text)) {
    const term = normalizeTerm(joined);
    if (term && !typed.has(term)) typed.set(term, form);
  }
  for (const token of [...words(text), ...tokenize(text)]) {
    const term = normalizeTerm(token);
    // The word, not its possessive: “Xiaobo”, of "Liu Xiaobo's death".
    if (term && !typed.has(term)) typed.set(term, token.replace(POSSESSIVE, ''));
  }
  return typed;
}

const POSSESSIVE = /['’]s$/u;

/** Where a word was taken out, until the marks it carried are. */
const TAKEN = '\u0000';
/** A word taken out with its possessive: "Liu Xiaobo's death" without “Xiaobo” is "Liu death". */
const TAKEN_POSSESSIVE = /\u0000['’]s(?![\p{L}\p{N}])/gu;
/** Marks at a piece's end: punctuation and symbols, but not the quote marks that make a phrase. */
const MARKS = '[^\\p{L}\\p{N}\\s"“”「」『』]*';
const LEADING_MARKS = new RegExp(`^${MARKS}`, 'u');
const TRAILING_MARKS = new RegExp(`${MARKS}$`, 'u');

/**
 * `query` without the words given as typed (whole words, in any case), white space collapsed, and
 * without the marks that only they carried, so that what is left reads (and searches) as a question:
 * "lang:zh Huawei" leaves "Huawei", not ": Huawei"; "*bold* Hong Kong" no "* *"; "&lt;b&gt;" "b".
 * A quote mark stays: it belongs to a phrase.
 */
export function withoutWords(query: string, typed: readonly string[]): string {
  return replacedWords(query.replaceAll(TAKEN, ''), typed.map((word) => [word, TAKEN]))
    .replace(TAKEN_POSSESSIVE, TAKEN)
    .split(/\s+/)
    .flatMap((token) => {
      const pieces = token.split(TAKEN);
      return pieces.map((piece, i) => {
        const after = i > 0 ? piece.replace(LEADING_MARKS, '') : piece;
        return i < pieces.length - 1 ? after.replace(TRAILING_MARKS, '') : after;
      });
    })
    .filter(Boolean)
    .join(' ');
}

const DANGLING_END = /(?:[\s,;:]+(?:of|the|a|an|in|on|at|to|for|from|by|and|or|&))+[\s,;:]*$/i;

/**
 * The words left as an answer echoes them ("Without it: 34 exchanges on “Gulf”"): without a word that
 * only joined the one taken to the rest ("Gulf of Aden" without "Aden"), which searching keeps, as its
 * framing may need it ("Has China ever commented on").
 */
export function echoedWithout(query: string): string {
  return query.replace(DANGLING_END, '') || query;
}

/** The query with each word typed, as a whole word, replaced ("Huwaei ban" → "Huawei ban"); with a sign written onto it ("@Anna", "#Anna") too, so that none is left alone. */
export function replacedWords(query: string, replacements: readonly (readonly [typed: string, by: string])[]): string {
  let text = query;
  for (const [word, by] of replacements) {
    text = text.replace(new RegExp(`[@#]?(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'giu'), () => by);
  }
  return text;
}

/**
 * `missingWords` for a Chinese question, whose terms are two-character runs no user wrote: its
 * words are those it types (`typedWords`: "孟晚舟 恒大": 孟晚舟, 恒大), and a record holds one when
 * its text holds it whole. Without it, "孟晚舟 恒大" answered on Meng Wanzhou alone and "恒大" said
 * nothing of why it found nothing.
 */
export function missingChineseWords(text: string, records: () => Iterable<IndexedRecord>, kept: readonly IndexedRecord[]): MissingWords {
  // Latin words too ("香港 zzzz"): the Chinese records that never write one leave it out of the search, silently.
  const asked = typedWords(text);
  if (asked.length === 0) return { inNoRecord: [], inNoMatch: [] };
  const sayers = new Map(asked.map((w) => [w, sayerOf(w, asked)]));
  const holds = (r: IndexedRecord, word: string): boolean => sayers.get(word)!(r);
  let open = asked;
  for (const r of kept) {
    open = open.filter((w) => !holds(r, w));
    if (open.length === 0) return { inNoRecord: [], inNoMatch: [] };
  }
  const held = new Set<string>();
  for (const r of records()) {
    for (const w of open) if (!held.has(w) && holds(r, w)) held.add(w);
    if (held.size === open.length) break;
  }
  const inNoRecord = open.filter((w) => !held.has(w));
  return { inNoRecord, inNoMatch: kept.length > 0 ? open.filter((w) => held.has(w)) : [] };
}
