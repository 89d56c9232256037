import type { IndexedRecord } from '../store/types.js';
import { escapeRegExp } from '../util/regexp.js';
import { nameForms, namesATitle, ofCommonWords } from './common-word-names.js';
import { NAME_WORD, namesWithAnd } from './names-with-and.js';
import { phraseOf, type Phrase } from './phrase.js';
import { termsOf } from './terms.js';
import type { PartName } from './types.js';

/**
 * Names of several words a question writes ("Kim Yo-jong", "Inner Mongolia") that the answer holds
 * only in part. Each word is searched as a word, so the exchanges on Kim Jong Un answer "Kim Yo-jong"
 * (they say "Kim") and those on the state of Mongolia "Inner Mongolia": the ranking is left as it is
 * (a rule keeping them out lowered the held-out eval, c78386a), and the answer says how many of its
 * exchanges write the name whole and how many only a part of it.
 *
 * A run of capitalised words is read as one name when no exchange of the answer holds all of its
 * words other than as that name: "Huawei Meng Wanzhou" or "Xi Jinping Trump" are names side by side,
 * which the exchanges holding them all write apart, and no note is said of them; nor of "Huawei
 * Brexit", which none holds whole and whose words each are a name of their own (`eachANameApart`).
 * A name of common words ("Science Act", `ofCommonWords`) is one name however its words are held: the
 * records holding them apart are counted ("only 1 of them says “Science Act”; 12 write its words apart").
 */

/** Two or more such words, a space apart, or "of" ("of the") between them: "Voice of America", "Bank of China". */
const NAME_RUN = new RegExp(String.raw`(?<![\p{L}\p{N}])${NAME_WORD}(?:\s+(?:of\s+(?:the\s+)?)?${NAME_WORD})+(?![\p{L}\p{N}])`, 'gu');
const POSSESSIVE = /['’]s?$/u;
/** Names of more words are names side by side more often than one ("Ilham Tohti Sakharov Prize"). */
const MOST_TERMS = 4;

/** A name the question writes, as typed, with its index terms (two to four). */
interface NameWritten {
  name: string;
  terms: string[];
  phrase: Phrase;
  /** Written with "and" inside, as the records write it (`namesWithAnd`): one name, whatever its words. */
  withAnd?: true;
}

/**
 * The names of several words `text` writes: runs of capitalised words, without the function words that
 * open a question ("Did", "What"), cut at a possessive; with `writers` (how many records write a name),
 * those with "and" inside that the records write whole too ("CHIPS and Science Act": `namesWithAnd`).
 */
export function namesOfSeveralWords(text: string, writers?: (name: string) => number): NameWritten[] {
  const names: NameWritten[] = [];
  let rest = text;
  for (const { name, start, end } of writers ? namesWithAnd(text, writers).reverse() : []) {
    const terms = termsOf(name);
    const phrase = phraseOf(name);
    // Its words are not read again as names of their own ("Democracy Act"); one of a term is an alias ("Belt and Road Initiative").
    rest = `${rest.slice(0, start)};${rest.slice(end)}`;
    if (terms.length >= 2 && phrase) names.unshift({ name, terms, phrase, withAnd: true });
  }
  for (const [run] of rest.matchAll(NAME_RUN)) {
    for (const piece of run.split(/(?<=['’]s?)\s+/u)) {
      const words = piece.split(/\s+/).map((w) => w.replace(POSSESSIVE, ''));
      // "Did Kim Yo-jong …": a function word is no part of a name.
      while (words.length > 0 && termsOf(words[0]!).length === 0) words.shift();
      if (words.length < 2) continue;
      const name = words.join(' ');
      const terms = termsOf(name);
      const phrase = phraseOf(name);
      if (terms.length >= 2 && terms.length <= MOST_TERMS && new Set(terms).size === terms.length && phrase) names.push({ name, terms, phrase });
    }
  }
  return names;
}

/**
 * Whether each word of a name no record holds whole is written as a name of its own, with its capital
 * inside a sentence, in a record: "Huawei Brexit" is two topics side by side, which no exchange holds
 * together; "Inner Mongolia" is one name ("inner" is written in lower case), as is "Nicolas Sarkozy"
 * (no record writes "Sarkozy").
 */
function eachANameApart(name: string, records: readonly IndexedRecord[]): boolean {
  return name.split(/\s+/).every((word) => {
    const written = new RegExp(String.raw`(?<=[\p{Ll}\p{N},;:] )${escapeRegExp(word)}(?![\p{L}\p{N}])`, 'u');
    return records.some((r) => written.test(r.answer) || written.test(r.question ?? ''));
  });
}

/**
 * Whether a name splits into two parts each of which a record writes as a name alone: a run of
 * capitalised words of its own inside a sentence, no capitalised word beside it. "US Taiwan" of "US
 * Taiwan arms sales", "US Hong Kong" and "EU China" are names side by side ("the US and Taiwan",
 * "sanctions on Hong Kong"), of which the note said "only 1 of them says “US Taiwan”; the other 32 say
 * only “Taiwan”": "US", too common a word to be searched, is matched by none. "Kim Yo-jong", "Inner
 * Mongolia" and "South China Sea" are one name: no record writes "Yo-jong", "Inner" or "South" alone.
 */
function partsWrittenAlone(name: string, records: readonly IndexedRecord[]): boolean {
  const words = name.split(/\s+/);
  const alone = (part: readonly string[]): RegExp =>
    new RegExp(String.raw`(?<=(?<![\p{L}\p{N}'’-])[\p{Ll}\p{N}][\p{L}\p{N}'’-]*[,;:]? )${part.map(escapeRegExp).join(String.raw`\s+`)}(?![\p{L}\p{N}]|['’]?\s+\p{Lu})`, 'u');
  const writes = (pattern: RegExp): boolean => records.some((r) => pattern.test(r.answer) || pattern.test(r.question ?? ''));
  for (let at = 1; at < words.length; at++) {
    if (writes(alone(words.slice(0, at))) && writes(alone(words.slice(at)))) return true;
  }
  return false;
}

/**
 * The names of several words `text` writes that fewer than all of `kept` hold whole, each with how
 * many do and how many hold only a part of it (and which words, as typed by `typed`, the most held
 * first). `matched` gives the index terms a kept record was matched on (none for a record the words
 * did not reach), `holds` whether a record writes a phrase, and `writers` how many records of the index
 * write a name (`namesOfSeveralWords`). Not said of names side by side: a
 * record holding every word of the name but not the name.
 */
export function partNames(
  text: string,
  kept: readonly IndexedRecord[],
  matched: (id: string) => readonly string[] | undefined,
  holds: (record: IndexedRecord, phrase: Phrase) => boolean,
  typed: (terms: readonly string[]) => string[],
  writers?: (name: string) => number,
  joined = false,
): PartName[] {
  if (kept.length === 0) return [];
  const found: PartName[] = [];
  const names = namesOfSeveralWords(text, writers);
  for (const { name, terms, phrase, withAnd } of names) {
    // Names joined, any of which answers ("Michael Kovrig and Michael Spavor", rule 7 of gate.ts): a record
    // writing another of them whole is no part of this one; "Michael Kovrig" had been counted as only "Michael".
    const others = joined ? names.filter((n) => n.name !== name).map((n) => n.phrase) : [];
    // Of a name of common words, or one the records write with its "and", a record holding its words apart holds them for other things ("Science Act").
    const words = name.split(/\s+/);
    const oneName = withAnd || (ofCommonWords(words) && !namesATitle(words));
    // "the Treaty on Open Skies" says "Open Skies Treaty", "UN Secretary-General" "Secretary-General of the United Nations".
    const forms = nameForms(words);
    let holding = 0;
    let partly = 0;
    let apart = 0;
    let sideBySide = false;
    const parts = new Map<string, number>();
    for (const record of kept) {
      const held = terms.filter((t) => matched(record.id)?.includes(t));
      if (holds(record, phrase) || forms.some((form) => holds(record, form)) || others.some((other) => holds(record, other))) {
        holding++;
        continue;
      }
      if (held.length === terms.length) {
        if (oneName) {
          apart++;
          continue;
        }
        sideBySide = true;
        break;
      }
      if (held.length === 0) continue;
      partly++;
      for (const t of held) parts.set(t, (parts.get(t) ?? 0) + 1);
    }
    if (sideBySide || partly + apart === 0 || (holding === 0 && eachANameApart(name, kept)) || (!withAnd && partsWrittenAlone(name, kept))) continue;
    const byHeld = [...parts.keys()].sort((a, b) => parts.get(b)! - parts.get(a)!);
    found.push({ name, holding, partly, apart, others: kept.length - holding, parts: typed(byHeld) });
  }
  return found;
}
