import { withoutFraming, type Respelled } from './framing.js';
import { phraseOf } from './phrase.js';
import { outsideQuotes } from './quoted-parts.js';
import type { ParsedQuery } from './query.js';
import { capitalisedCompoundTerm, normalizeTerm, termsOf } from './terms.js';

/**
 * Words typed apart that the transcripts join by a hyphen ("two state solution" for "two-state
 * solution", "self defense", "people to people exchanges"). The index holds such a compound as one
 * word beside its words (`COMPOUND` in terms.ts), and a question that types the hyphen searches that
 * word only; typed with a space, "two state solution" was 152 exchanges holding "two" and "state"
 * anywhere, the first on a "political solution" for Ukraine, where 10 say "two-state".
 *
 * A run of two or three words (the words after the first in lower case, the first and the last no
 * function word: "people to people") is read as its compound where `MIN_RECORDS` records or more
 * write it with a hyphen in lower case (they hold the compound's term and its words side by side; a
 * title's "Cold-War", 30 exchanges, would make "cold war", 103 apart, a compound), and they are at
 * least `MIN_SHARE` of those holding its words side by side, written either way: the transcripts
 * write "cyber attacks" and "think tanks" apart far more often than joined (34 to 2, 28 to 4), and
 * there the words are the transcripts' own. "two state" is beside "leaders" in 16 exchanges ("the two
 * state leaders") to 10 saying "two-state": read as the compound. It is searched as a quoted phrase is
 * matched, its words side by side with a hyphen or a space between them, where the records writing them
 * apart are as many as those writing the compound solid (`compoundReading`): read as the hyphenated word
 * only, "nuclear weapon states" missed 3 of the 16 exchanges printing it, "high level" 30 of the 40
 * printing it apart. Otherwise it is searched as the hyphenated word, which finds the solid one too
 * ("co existence": 37 exchanges write "coexistence", none apart). A word written solid ("Hua wei"
 * for "Huawei", "corona virus") is a slip that did-you-mean suggests (spelling.ts), not read here; nor
 * is a joined word whose term is one of its words' ("diplomatic allies" joined stems as "diplomat").
 * Applied to a question only, outside its quotes; the answer says how it was read (`“two state” read
 * as “two-state”`), as a slip is.
 */

/** Fewest records that must hold the compound: one or two may be a typing of the transcripts'. */
const MIN_RECORDS = 3;
/** Share of the records holding the words side by side (joined or apart) that must hold them joined. */
const MIN_SHARE = 0.25;
/** Two or three words a space apart, none joined by a hyphen to a word beside it. */
const RUN = /(?<![\p{L}\p{N}'’-])\p{L}+(?: \p{Ll}+){1,2}(?![\p{L}\p{N}'’-])/gu;

export interface CompoundCounts {
  /** Records holding an index term. */
  documentFrequency: (term: string) => number;
  /**
   * Records holding these words side by side, a space or a hyphen between them (as a quoted phrase
   * is matched), and how many of them also hold the compound's term: those writing it with a hyphen.
   */
  sideBySide: (words: string, compound: string) => { all: number; joined: number };
}

/**
 * A run searched in every writing (`compoundReading`'s 'every'): as the question quotes it, with its
 * hyphens (`written`: "counter-terrorism"), and by the terms of each writing: its words ("counter",
 * "terror") and its compound's ("counterterror").
 */
export interface EveryWriting {
  written: string;
  apart: string[];
  solid: string;
}

/**
 * The question with runs of words typed apart read as the compound the index holds (outside quotes), and the runs so read:
 * `sideBySide`, the terms of each run searched as its words side by side (a quoted phrase), which every record found holds.
 */
export function spacedCompounds(question: string, counts: CompoundCounts): { query: string; respelled: Respelled[]; everyWriting: EveryWriting[]; sideBySide: string[][] } {
  const respelled: Respelled[] = [];
  const everyWriting: EveryWriting[] = [];
  const sideBySide: string[][] = [];
  const read = { respelled, everyWriting, sideBySide };
  // A compound asked alone is left as typed: its words apart are mostly another use ("a high level of trust").
  // Alone too when the rest is the framing of how often or whether it came up ("How many times was
  // people-to-people mentioned?"), read after this: the count is the topic's asked alone, whatever the
  // wording. Read beside "times" and "mentioned", it was the phrase, and the passive's topic then held a
  // quote, which it did not read: 17 records of the 113 saying "people-to-people".
  const besideOthers = termsOf(outsideQuotes(withoutFraming(question), (part) => part.replace(HYPHENED, ' '))).length > 0;
  const hyphensRead = besideOthers ? outsideQuotes(question, (part) => (/\p{L}-\p{Ll}/u.test(part) ? withHyphensRead(part, counts, read) : part)) : question;
  const query = outsideQuotes(hyphensRead, (part) => (/\p{L} \p{Ll}/u.test(part) ? withCompounds(part, counts, read) : part));
  return { query, respelled, everyWriting, sideBySide };
}

/** Two or three words joined by hyphens, the words after the first in lower case, as `RUN` is of words a space apart. */
const HYPHENED = /(?<![\p{L}\p{N}'’-])\p{L}+(?:-\p{Ll}+){1,2}(?![\p{L}\p{N}'’-])/gu;

/**
 * The question with each compound typed with its hyphens read as its words typed apart are where the
 * records write them apart as often as solid (`compoundReading`'s 'phrase'): its words side by side, a
 * quoted phrase, the question's other words weighed alone (`besideRuns`). Searched as the compound's
 * one term, rarer than the question's other words, it admitted an exchange alone (rule 2 of gate.ts):
 * "high-level visits" found 204, 96 of them saying no "visit", where "high level visits" found the 108
 * saying it; "zero-sum game" 73 to "zero sum game"'s 49. Read otherwise, the compound is searched as
 * typed ("co-existence", "counter-terrorism"), and so is one the question asks alone: of the 29
 * exchanges "high level" added to "high-level", most say "a high level of", "at a high level".
 */
function withHyphensRead(part: string, counts: CompoundCounts, read: { respelled: Respelled[]; sideBySide: string[][] }): string {
  return part.replace(HYPHENED, (typed) => {
    const words = typed.split('-');
    if (compoundReading(words, counts, 'hyphened') !== 'phrase') return typed;
    const apart = words.join(' ');
    if (!read.respelled.some((r) => r.typed === typed)) read.respelled.push({ typed, read: apart, sideBySide: true });
    read.sideBySide.push(words.map((w) => normalizeTerm(w)!));
    return `"${apart}"`;
  });
}

/**
 * The informative terms (`informative`: in under a quarter of the records) with the question's others
 * (`terms`) beside its runs searched side by side, where none of those is informative: "states", in
 * over a quarter of the records, is what "nuclear weapon states" asks of the exchanges holding
 * "nuclear weapon(s)" side by side, and left out, every one of them answered (`besideRuns`).
 */
export function withWordsBesideRuns(informative: readonly string[], terms: readonly string[], sideBySide: readonly (readonly string[])[] | undefined): string[] {
  if (!sideBySide?.length) return [...informative];
  const beside = (t: string): boolean => !sideBySide.some((run) => run.includes(t));
  return informative.some(beside) ? [...informative] : [...new Set([...informative, ...terms.filter(beside)])];
}

/**
 * The terms the relevance rule weighs (`terms`) beside the runs searched as their words side by side
 * (`sideBySide`): every record found holds a run, as a quoted phrase is held, so its words say nothing
 * of which answer the question, and its other words are weighed alone, as a question of them alone
 * would be ("nuclear weapon states": "states"). Weighed with the run's, "states" carried a sixth of the
 * weight, and 16 of the 42 exchanges holding "nuclear weapon(s)" did not say it. All of them where no
 * other term is left that the index holds (`held`): "high level" alone, or beside "China".
 */
export function besideRuns(terms: readonly string[], sideBySide: readonly (readonly string[])[] | undefined, held: (term: string) => boolean): readonly string[] {
  if (!sideBySide?.length) return terms;
  const rest = terms.filter((t) => !sideBySide.some((run) => run.includes(t)));
  return rest.some(held) ? rest : terms;
}

/**
 * The terms each writing of a run searched in every writing is weighed by (rule 7 of gate.ts, as names
 * joined are): its words, or its compound, each with the question's other terms; none where no run
 * or several are (`everyWriting`).
 */
export function writingsWeighed(everyWriting: readonly EveryWriting[] | undefined, queryTerms: readonly string[]): string[][] {
  if (everyWriting?.length !== 1) return [];
  const { apart, solid } = everyWriting[0]!;
  const rest = queryTerms.filter((t) => t !== solid && !apart.includes(t));
  return [[...apart, ...rest], [solid, ...rest]];
}

/**
 * The question's phrases with each run searched in every writing held by its compound too
 * (`Phrase.compound`): its phrase, quoted with its hyphens, is matched on its words, a hyphen or a
 * space between them, which a text writing it solid ("counterterrorism") or with another ending
 * ("counter-terror financing", held by the index's term as the compound reading held it) does not hold.
 */
export function withCompoundsHeld(parsed: ParsedQuery, everyWriting: readonly EveryWriting[] | undefined): ParsedQuery {
  if (!everyWriting?.length) return parsed;
  const compounds = new Map(everyWriting.map((run) => [JSON.stringify(phraseOf(run.written)?.parts), { term: run.solid, first: run.written.split('-')[0]!.toLowerCase() }]));
  return { ...parsed, phrases: parsed.phrases.map((p) => {
    const compound = compounds.get(JSON.stringify(p.parts));
    return compound ? { ...p, compound } : p;
  }) };
}

function withCompounds(part: string, counts: CompoundCounts, read: { respelled: Respelled[]; everyWriting: EveryWriting[]; sideBySide: string[][] }): string {
  const { respelled, everyWriting, sideBySide } = read;
  const words = [...part.matchAll(/\p{L}+/gu)];
  let out = '';
  let last = 0;
  for (let i = 0; i < words.length; i++) {
    for (const size of [3, 2]) {
      const run = words.slice(i, i + size);
      if (run.length < size) continue;
      const from = run[0]!.index;
      const to = run.at(-1)!.index + run.at(-1)![0].length;
      const typed = part.slice(from, to);
      const reading = isRun(part, typed, from) ? compoundReading(run.map((w) => w[0]), counts) : null;
      if (!reading) continue;
      const read = run.map((w) => w[0]).join('-');
      if (!respelled.some((r) => r.typed === typed)) respelled.push({ typed, read, ...(reading === 'phrase' ? { sideBySide: true as const } : {}) });
      if (reading === 'phrase') sideBySide.push(run.map((w) => normalizeTerm(w[0])!));
      if (reading === 'every') everyWriting.push({ written: read, apart: run.map((w) => normalizeTerm(w[0])!), solid: normalizeTerm(run.map((w) => w[0]).join(''))! });
      out += part.slice(last, from) + (reading === 'phrase' ? `"${typed}"` : reading === 'every' ? `"${read}" ${typed}` : read);
      last = to;
      i += size - 1;
      break;
    }
  }
  return out + part.slice(last);
}

/** Whether the words at `from` stand a space apart as a run of their own (`RUN`). */
function isRun(part: string, typed: string, from: number): boolean {
  RUN.lastIndex = from;
  const found = RUN.exec(part);
  return found !== null && found.index === from && found[0].startsWith(typed) && !/^[-'’\p{L}\p{N}]/u.test(part.slice(from + typed.length));
}

/**
 * How the run is read, or null where it stays words: as the phrase of its words where as many records
 * write them apart (side by side, no compound) as solid ("counterterrorism": no words side by side);
 * as the compound where none writes them apart ("co existence": 37 exchanges write "coexistence", none
 * "co existence"); and otherwise in every writing ('every'), hyphened, apart or solid: the compound's
 * phrase quoted with its hyphens, which a word of the compound holds too (`withCompoundsHeld`), beside
 * its words, each writing weighed alone (`writingsWeighed`). Read as the compound, "counter terrorism"
 * found 89 exchanges, none of the 2 writing it apart; as the phrase, none of the 8 writing it solid.
 * Typed with its hyphen (`typed`), only the phrase is a reading, and the share of records hyphening it
 * does not apply (the question says it is a compound): `MIN_RECORDS` of them, in lower case, do.
 */
function compoundReading(words: readonly string[], counts: CompoundCounts, typed: 'apart' | 'hyphened' = 'apart'): 'phrase' | 'compound' | 'every' | null {
  const terms = words.map((w) => normalizeTerm(w));
  if (!terms[0] || !terms.at(-1)) return null;
  const joined = normalizeTerm(words.join(''));
  if (!joined || terms.includes(joined)) return null;
  // Written with a capital ("Cold-War", "Jong-un"), a compound is a title's or a name's: counted as written apart.
  const capitalised = counts.documentFrequency(capitalisedCompoundTerm(joined));
  const withTerm = counts.documentFrequency(joined);
  // Fewer in lower case than `MIN_RECORDS` hold the compound's term: fewer hyphen it, whichever way it was typed.
  if (withTerm - capitalised < MIN_RECORDS) return null;
  const { all, joined: withCompound } = counts.sideBySide(words.join(' '), joined);
  const hyphened = withCompound - capitalised;
  const apart = all - withCompound;
  // Typed with its hyphen, a compound the transcripts hyphen too is one whatever the share: where they
  // mostly write it apart ("phase one deal", 39 exchanges to the 4 saying "phase-one"), it is read as
  // their words. One they hyphen once or never ("first-ever", "anti-money-laundering") stays as typed,
  // the question's other words weighed: read as their words side by side, which every record must hold,
  // "the first-ever meeting between the American president and the North Korean leader" found none.
  if (typed === 'hyphened' && hyphened >= MIN_RECORDS && hyphened >= capitalised && apart > 0) return apart >= withTerm - withCompound ? 'phrase' : null;
  if (hyphened < MIN_RECORDS || hyphened < MIN_SHARE * all) return null;
  return apart >= withTerm - withCompound ? 'phrase' : apart > 0 ? 'every' : 'compound';
}
