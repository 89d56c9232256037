import { recordsWritingWhole, sayerOf, type WordCounts } from './chinese-words.js';
import { outsideQuotes } from './quoted-parts.js';
import { chineseCanonicalNames, termsOf } from './terms.js';
import type { ChineseWordsRead } from './types.js';

/**
 * A Chinese question typed without spaces, its run of characters written whole by no page, read as
 * the words it is made of ("萨德部署" as "萨德 部署"). A run of up to six characters is searched as one
 * word a record must hold whole (`chinese-words.ts`), and the pages write 部署“萨德”, never 萨德部署:
 * "萨德部署" was "nothing found" where "萨德 部署" finds 101 exchanges, 78 saying both; so were 武汉封城
 * (the pages quote “封城”), 新疆再教育营, 彭斯演讲 and 苏莱曼尼被杀.
 */

/** Runs longer than this are phrases, searched by their pairs of characters already (`CHINESE_WORD_CHARS`). */
const LONGEST_RUN = 6;
/** A run held whole by this many records or more is a word of the pages', never split (两国方案: 15). */
const HELD_WHOLE = 2;

const HAN_RUN = /\p{Script=Han}{3,}/gu;

interface Reading {
  pieces: string[];
  /** How many records hold every piece, each whole. */
  together: number;
  /** The fewest records holding a term of a piece: of readings alike, the one of commoner words is taken. */
  rarest: number;
}

/**
 * The question with each run of Chinese characters no page writes whole split into the words it is
 * made of, outside quoted phrases, and the runs so read (`ChineseWordsRead`, as 'split').
 *
 * A run is split where every piece (two characters or more) is held whole by some record, into the
 * fewest pieces, then those most records hold together. A run one record writes whole is split only
 * where more hold its pieces together (特朗普访华: 1 whole, 37 with 特朗普 and 访华). Where no record
 * holds the pieces together, only into two, one of them of three characters or more, a name of the
 * pages' beside what is said of it (苏莱曼尼 被杀, 金正男 遇刺): an unknown name of four characters is
 * never read as two syllables the pages write elsewhere (泽连斯基 is not 泽连 and 斯基).
 */
export function withUnheldRunsSplit(text: string, counts: WordCounts): { text: string; split: ChineseWordsRead[] } {
  const split: ChineseWordsRead[] = [];
  const read = outsideQuotes(text, (part) => part.replace(HAN_RUN, (run) => {
    if ([...run].length > LONGEST_RUN) return run;
    const whole = recordsWritingWhole(run, counts, HELD_WHOLE);
    const reading = whole < HELD_WHOLE ? splitReading(run, whole, counts) : null;
    if (!reading) return run;
    const searched = reading.pieces.join(' ');
    split.push({ written: run, searched, as: 'split', ...(whole > 0 ? { heldWhole: whole } : {}) });
    return ` ${searched} `;
  }));
  return { text: split.length > 0 ? read.replace(/\s+/g, ' ').trim() : text, split };
}

/** The reading of a run `whole` records write whole, as its pieces; null where none is taken. */
function splitReading(run: string, whole: number, counts: WordCounts): Reading | null {
  // A piece is in several ways to cut the run: whether some record writes it whole is read once.
  const written = new Map<string, boolean>();
  const isWritten = (piece: string): boolean => {
    let is = written.get(piece);
    if (is === undefined) written.set(piece, (is = recordsWritingWhole(piece, counts, 1) > 0));
    return is;
  };
  const takes = (r: Reading): boolean => (whole > 0 ? r.together > whole : r.together > 0 || (r.pieces.length === 2 && r.pieces.some((p) => [...p].length >= 3)));
  const ways = piecesOf([...run]).filter((pieces) => pieces.every(isWritten));
  // The fewest pieces first: the records holding more are read only when no reading of fewer is taken.
  for (let n = 2; n <= run.length; n++) {
    const taken = ways.filter((pieces) => pieces.length === n).map((pieces) => readingOf(pieces, counts)).filter(takes);
    if (taken.length > 0) return taken.sort((a, b) => b.together - a.together || b.rarest - a.rarest)[0]!;
  }
  return null;
}

/** Every way to cut a run into two pieces or more of two characters or more. */
function piecesOf(chars: readonly string[]): string[][] {
  const ways: string[][] = [];
  const from = (at: number, pieces: string[]): void => {
    if (at === chars.length) {
      if (pieces.length > 1) ways.push(pieces);
      return;
    }
    for (let end = at + 2; end <= chars.length; end++) from(end, [...pieces, chars.slice(at, end).join('')]);
  };
  from(0, []);
  return ways;
}

/** Pieces each written whole somewhere: how many records write them all, and how common their rarest term is. */
function readingOf(pieces: string[], counts: WordCounts): Reading {
  const terms = pieces.flatMap((p) => termsOf(chineseCanonicalNames(p)));
  const sayers = pieces.map((p) => sayerOf(p));
  const together = counts.holdingAll(terms).filter((r) => sayers.every((says) => says(r))).length;
  return { pieces, together, rarest: Math.min(...terms.map((t) => counts.documentFrequency(t))) };
}
