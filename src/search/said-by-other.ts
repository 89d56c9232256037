import type { IndexedRecord } from '../store/types.js';
import { spokespersonMatches } from './filters.js';
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
 * When they miss none but none of their answers holds every word (`heldTogether` false), the first
 * that does ("… Pompeo is full of lies and slanders?": each word is in one of Zhao Lijian's answers,
 * all of them in Hua Chunying's 2020-06-08#5). Null when none does, or when one of theirs holds every
 * word. `termsOf` gives a record's index terms.
 */
export function englishOther(
  wanted: string, named: string, asked: readonly AskedWord[], missed: readonly string[], heldTogether: boolean,
  others: readonly IndexedRecord[], termsOf: (record: IndexedRecord) => ReadonlySet<string>,
): SaidByOther | null {
  if (asked.length === 0 || (missed.length === 0 && (heldTogether || asked.length < 2))) return null;
  let partly: IndexedRecord | null = null;
  for (const record of othersOf(wanted, others)) {
    const terms = termsOf(record);
    if (asked.every((w) => terms.has(w.term))) return said(named, record, typedOf(asked, missed), true, missed.length === 0);
    if (!partly && missed.length > 0 && missed.every((t) => terms.has(t))) partly = record;
  }
  return partly ? said(named, partly, typedOf(asked, missed), false, false) : null;
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
