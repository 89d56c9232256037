import type { IndexedRecord } from '../store/types.js';
import { spokespersonMatches } from './filters.js';
import { termsOf } from './terms.js';
import type { SaidByOther } from './types.js';

/**
 * Who else said it: when the answers of one spokesperson (named by the question, or by the
 * spokesperson option) miss words asked, or find nothing, the exchange of another spokesperson that
 * holds them. A misattributed quote is the fact-checker's case: "Did Zhao Lijian say the US army
 * brought the virus to Wuhan?" finds six of Zhao's answers on the virus's origin, none saying
 * "army", while Geng Shuang's 2020-03-13#5 holds every word; without the name of who did say it, a
 * reporter sees only that the named speaker did not.
 *
 * English words are index terms (`asked`); Chinese has no spaces between words, so its words are the
 * longest runs of the question another's answer holds whole (`chineseOther`).
 */

/** The most of everyone's matches looked through, best first, for another spokesperson's (the caller takes them). */
export const OTHERS_LOOKED_AT = 60;

/** One English word asked: its index term and how the question wrote it. */
export interface AskedWord {
  term: string;
  typed: string;
}

/**
 * For an English question: of everyone's matches (`others`, best first), the first of another
 * spokesperson than `wanted` that holds every word asked, else the first that holds every word the
 * named speaker's answers miss (`missed`, as index terms; all of `asked` when they found nothing).
 * When they miss none and one of their answers holds every word (`heldTogether`): the other whose
 * answer says the most words of the question in a row that none of theirs says so ("full of lies and
 * slanders": Zhao Lijian's answers hold each word, Hua Chunying's 2020-06-08#5 the words together).
 * Null when none does. `termsOf` gives a record's index terms; `spoken` the named speaker's matches.
 */
export function englishOther(
  wanted: string, named: string, question: { text: string; asked: readonly AskedWord[]; missed: readonly string[]; heldTogether: boolean },
  spoken: readonly IndexedRecord[], others: readonly IndexedRecord[], termsOf: (record: IndexedRecord) => ReadonlySet<string>,
): SaidByOther | null {
  const { asked, missed } = question;
  if (asked.length === 0) return null;
  const holdsAll = (record: IndexedRecord): boolean => {
    const terms = termsOf(record);
    return asked.every((w) => terms.has(w.term));
  };
  if (missed.length > 0 || (!question.heldTogether && asked.length >= 2)) {
    let partly: IndexedRecord | null = null;
    for (const record of othersOf(wanted, others)) {
      if (holdsAll(record)) return said(named, record, typedOf(asked, missed), true, missed.length === 0);
      const terms = termsOf(record);
      if (!partly && missed.length > 0 && missed.every((t) => terms.has(t))) partly = record;
    }
    return partly ? said(named, partly, typedOf(asked, missed), false, false) : null;
  }
  return asked.length >= 2 ? phraseOther(wanted, named, question.text, spoken, others, holdsAll) : null;
}

/** The fewest index terms a run of the question's words holds to be named as said together. */
const PHRASE_TERMS = 2;

/** `englishOther` for words each held by the named speaker's answers: the longest run of them another's holds and none of theirs does. */
function phraseOther(
  wanted: string, named: string, text: string, spoken: readonly IndexedRecord[], others: readonly IndexedRecord[], holdsAll: (record: IndexedRecord) => boolean,
): SaidByOther | null {
  const words = [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)].map((m) => ({ typed: m[0], lower: m[0].toLowerCase().replace(/’/g, "'") }));
  if (termsOf(text).length < PHRASE_TERMS) return null;
  const spokenText = spoken.map(wordText);
  let best: { record: IndexedRecord; runs: string[]; terms: number } | null = null;
  for (const record of othersOf(wanted, others)) {
    const own = wordText(record);
    const runs = wordRuns(words, (run) => own.includes(run))
      .filter((run) => termsOf(run.typed).length >= PHRASE_TERMS && !spokenText.some((t) => t.includes(run.lower)));
    const terms = runs.reduce((n, run) => n + termsOf(run.typed).length, 0);
    if (terms > (best?.terms ?? 0)) best = { record, runs: runs.map((run) => run.typed), terms };
  }
  return best ? said(named, best.record, best.runs, holdsAll(best.record), false) : null;
}

/** The question's words cut into the longest runs `held` holds, left to right; words it holds alone are left out. */
function wordRuns(words: readonly { typed: string; lower: string }[], held: (run: string) => boolean): { typed: string; lower: string }[] {
  const runs: { typed: string; lower: string }[] = [];
  let at = 0;
  while (at < words.length) {
    let end = words.length;
    while (end - at >= 2 && !held(` ${words.slice(at, end).map((w) => w.lower).join(' ')} `)) end--;
    if (end - at >= 2) runs.push({ typed: words.slice(at, end).map((w) => w.typed).join(' '), lower: ` ${words.slice(at, end).map((w) => w.lower).join(' ')} ` });
    at = Math.max(end, at + 1);
  }
  return runs;
}

/** A record's words, lower case, one space apart and at either end: a run of words is in it as ` a b `. */
function wordText(record: IndexedRecord): string {
  return ` ${[...textOf(record).matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)].map((m) => m[0].toLowerCase().replace(/’/g, "'")).join(' ')} `;
}

/**
 * For a Chinese question: of everyone's matches, the first of another spokesperson whose text holds
 * the question's Chinese (`runs`), read as its longest pieces held whole ("蓬佩奥满嘴谎言": 蓬佩奥 and
 * 满嘴谎言), every one of them, where some piece is in none of the named speaker's answers (`spoken`);
 * those pieces are the words named. Null when none does.
 */
export function chineseOther(
  wanted: string, named: string, runs: readonly string[], spoken: readonly IndexedRecord[], others: readonly IndexedRecord[],
): SaidByOther | null {
  if (runs.length === 0) return null;
  const inSpoken = new Map<string, boolean>();
  const spokenHolds = (piece: string): boolean => {
    let held = inSpoken.get(piece);
    if (held === undefined) inSpoken.set(piece, (held = spoken.some((r) => textOf(r).includes(piece))));
    return held;
  };
  for (const record of othersOf(wanted, others)) {
    const text = textOf(record);
    const pieces = runs.map((run) => piecesHeld(run, text));
    // Every character of the question in a piece: the whole question is in it.
    if (pieces.some((p) => p === null)) continue;
    const missed = pieces.flat().filter((piece) => piece !== null && !spokenHolds(piece)) as string[];
    if (missed.length > 0) return said(named, record, missed, true, false);
  }
  return null;
}

/** The runs of Chinese characters of a question, two or more long: what `chineseOther` looks for. */
export function chineseRuns(text: string): string[] {
  return [...text.matchAll(/\p{Script=Han}{2,}/gu)].map((m) => m[0]);
}

/** `run` cut into the longest pieces `text` holds whole, left to right, each two characters or more; null when a character is in none. */
function piecesHeld(run: string, text: string): string[] | null {
  const pieces: string[] = [];
  const chars = [...run];
  let at = 0;
  while (at < chars.length) {
    let end = chars.length;
    while (end - at >= 2 && !text.includes(chars.slice(at, end).join(''))) end--;
    if (end - at < 2) return null;
    pieces.push(chars.slice(at, end).join(''));
    at = end;
  }
  return pieces;
}

/** The records of another spokesperson than `wanted`. */
function othersOf(wanted: string, records: readonly IndexedRecord[]): IndexedRecord[] {
  return records.filter((record) => !spokespersonMatches(record.spokesperson, wanted));
}

function textOf(record: IndexedRecord): string {
  return `${record.question ?? ''}\n${record.answer}`;
}

function typedOf(asked: readonly AskedWord[], missed: readonly string[]): string[] {
  return asked.filter((w) => missed.includes(w.term)).map((w) => w.typed);
}

function said(named: string, record: IndexedRecord, words: string[], every: boolean, together: boolean): SaidByOther {
  return { named, words, ...(together ? { together: true as const } : {}), every, by: { spokesperson: record.spokesperson, id: record.id, date: record.date } };
}
