import type { IndexedRecord } from '../store/types.js';
import type { FieldBoost, LexicalIndex, LexicalMatch } from './lexical.js';
import { holdsPhrase, holdsPhrases, lowerCaseText, mayHold, phraseForms, phraseFormsWhenAsked, phraseOf, spellsPhrase, type Phrase, type PhraseForms } from './phrase.js';
import { chineseName } from '../transcripts/zh/names.js';
import { wholeNameTerms } from './whole-names.js';
import type { GivenNameEvidence } from './given-names.js';
import type { WordCounts } from './chinese-words.js';
import { termSequence, termsOf } from './terms.js';
import { LruCache } from '../util/lru.js';
import { escapeRegExp } from '../util/regexp.js';
import type { RecordsById } from './records-by-id.js';
import { wordSequence } from './together.js';
import type { MatchRef } from './types.js';
import { shareRead } from './share-read.js';

/** A record's text as phrases are matched in it: in lower case, and read into its forms (`phraseForms`) whole and line by line only when asked. */
interface PhraseText {
  lowerCase: string;
  forms?: PhraseForms;
  lines?: { text: string; lowerCase: string; forms?: PhraseForms }[];
}

/** The records' texts as the search reads them (phrases, terms, words in order), kept for the next question in bounded caches, as a bot runs for weeks. */
export class RecordTexts {
  /** The text of records a quoted phrase was checked against, in lower case (`mayHold`) and once read as phrases are (`phraseForms`); bounded, as a bot runs for weeks. */
  private readonly phraseTexts = new LruCache<string, PhraseText>(8192);
  /** `sideBySide` by the words and their compound (spaced-compounds.ts): a question is read several times. Bounded, as a bot runs for weeks. */
  private readonly sideBySideCounts = new LruCache<string, { all: number; joined: number }>(1024);
  /** How many English records hold a name as a phrase (`wholeNames`), and its words anywhere, by the phrase; bounded. */
  private readonly namesHeld = new LruCache<string, { whole: number; all: number }>(1024);
  /** `acronymOnlyWith` by the acronym and the phrase; bounded. */
  private readonly acronymsOnlyWith = new LruCache<string, boolean>(1024);
  /** Term counts of records used for feedback; bounded, as a bot runs for weeks. */
  private readonly recordTerms = new LruCache<string, { counts: Map<string, number>; length: number }>(4096);
  private readonly wordsOfRecords = new LruCache<string, { question: string[]; answer: string[] }>(4096);

  /** `english`: the English records' lexical index; `fieldBoost`: the question's weight beside the answer's (`FusionSettings.fieldBoost`). */
  constructor(private readonly byId: RecordsById, private readonly english: LexicalIndex, private readonly fieldBoost: FieldBoost) {}

  /** A record's words as `timesTogether` compares them; kept for the next question, as tokenizing is most of the work. */
  recordWords(r: IndexedRecord): { question: string[]; answer: string[] } {
    let words = this.wordsOfRecords.get(r.id);
    if (!words) {
      words = { question: r.question ? wordSequence(r.question) : [], answer: wordSequence(r.answer) };
      this.wordsOfRecords.set(r.id, words);
    }
    return words;
  }

  /** A record's index terms and their counts, for feedback; computed once per record. */
  termCounts(id: string): { counts: Map<string, number>; length: number } {
    let entry = this.recordTerms.get(id);
    if (!entry) {
      const r = this.byId.get(id)!;
      const counts = new Map<string, number>();
      const sequence = termSequence(`${r.question ?? ''} ${r.answer}`);
      for (const term of sequence) counts.set(term, (counts.get(term) ?? 0) + 1);
      entry = { counts, length: sequence.length };
      this.recordTerms.set(id, entry);
    }
    return entry;
  }

  private phraseText(r: IndexedRecord): PhraseText {
    let text = this.phraseTexts.get(r.id);
    if (text === undefined) {
      text = { lowerCase: lowerCaseText(`${r.question ?? ''}\n${r.answer}`) };
      this.phraseTexts.set(r.id, text);
    }
    return text;
  }

  /** Whether a record's question or answer holds every one of `phrases`, as a quoted phrase is matched (`phrase.ts`). */
  recordHolds(r: IndexedRecord, phrases: readonly Phrase[]): boolean {
    return holdsPhrases(this.phraseText(r).lowerCase, () => this.phraseFormOf(r), phrases);
  }

  /**
   * Whether a record holds a name as a quoted phrase is matched, within one line of its text (a paragraph,
   * the question or the answer: a name is not written across a paragraph's end), or in its outlet's
   * ("Global Times"). Line by line, only the lines spelling the name's clues (`mayHold`) are read into
   * their forms: reading whole exchanges was most of the time of a question naming several things
   * ("Belt and Road debt trap accusations": every exchange writing "belt" and "road").
   */
  holdsName(r: IndexedRecord, phrase: Phrase): boolean {
    const inOutlet = (): boolean => r.outlet !== null && r.outlet !== undefined && holdsPhrase(phraseForms(r.outlet), phrase);
    if (phrase.compound || phrase.parts.some((p) => p.after === 'anywhere')) return this.recordHolds(r, [phrase]) || inOutlet();
    const text = this.phraseText(r);
    if (!mayHold(text.lowerCase, phrase)) return inOutlet();
    text.lines ??= `${r.question ?? ''}\n${r.answer}`.split('\n').map((line) => ({ text: line, lowerCase: lowerCaseText(line) }));
    // A line spelling the name as its words reading holds it (`spellsPhrase`) answers unread: those are looked for first.
    const lines = text.lines.filter((line) => mayHold(line.lowerCase, phrase));
    return lines.some((line) => spellsPhrase(line.lowerCase, phrase)) || lines.some((line) => holdsPhrase((line.forms ??= phraseFormsWhenAsked(line.text)), phrase)) || inOutlet();
  }

  /** The records of the whole index holding every one of `terms`. */
  holdingAll(lexical: LexicalIndex, terms: readonly string[]): LexicalMatch[] {
    const distinct = [...new Set(terms)];
    return lexical.searchTerms(new Map(distinct.map((t) => [t, 1])), () => true, this.fieldBoost, { terms: (matched) => matched.length === distinct.length });
  }

  /**
   * What `othersGivenNamesIn` asks of the index. The texts holding a word are those of at most
   * `MOST_READ` of its records (`shareRead`): what is asked of them is how a word is written, as a
   * share of its mentions or somewhere, and "Wagner Group mutiny" read the 6,000 records saying
   * "group" at 25x to learn that "Group" is no name.
   */
  givenNameEvidence(lexical: LexicalIndex): GivenNameEvidence {
    return {
      writtenWith: (surname, following) => this.writtenWith(surname, following),
      textsHolding: (word) => {
        const terms = termsOf(word);
        return terms.length === 0 ? [] : shareRead(this.holdingAll(lexical, terms)).read.map((m) => {
          const r = m.record ?? this.byId.get(m.id)!;
          return `${r.question ?? ''}\n${r.answer}`;
        });
      },
    };
  }

  /** Whether an exchange that writes `name` writes the first word of `following` too, as the search reads words ("Hong Kong" whole). */
  writtenWith(name: string, following: string): boolean {
    const terms = [...new Set([...termsOf(name), ...termsOf(following).slice(0, 1)])];
    const lexical = this.english;
    // None, or the name's own, adds nothing to it.
    if (terms.length < 2) return true;
    if (terms.some((t) => lexical.documentFrequency(t) === 0)) return false;
    return this.holdingAll(lexical, terms).length > 0;
  }

  /** Whether one of `matches` writes the spokesperson's `name` whole, as its language does (林剑 on the Chinese pages). */
  anyWritesName(matches: readonly MatchRef[], name: string): boolean {
    const phrases = { en: phraseOf(name), zh: phraseOf(chineseName(name)) };
    return matches.some((m) => {
      const r = this.byId.get(m.id)!;
      const phrase = phrases[r.lang === 'zh' ? 'zh' : 'en'];
      return !phrase || this.recordHolds(r, [phrase]);
    });
  }

  /** What `heldWordTerms` reads of an index: how many records hold a term, and all of some terms. */
  wordCounts(lexical: LexicalIndex): WordCounts {
    return {
      documentFrequency: (t) => lexical.documentFrequency(t),
      holdingAll: (terms) => this.holdingAll(lexical, terms).map((m) => m.record ?? this.byId.get(m.id)!),
      documentCount: lexical.documentCount,
    };
  }

  /** `wholeNameTerms` of an English question: a name is held as a quoted phrase is (its record's outlet too: "Global Times"). */
  wholeNames(text: string, lexical: LexicalIndex, searched: ReadonlySet<string>): ((record: IndexedRecord, matched: readonly string[]) => string[]) | null {
    const holds = (r: IndexedRecord, phrase: Phrase): boolean => this.holdsName(r, phrase);
    const heldBy = (phrase: Phrase, terms: readonly string[]): { whole: number; all: number } => this.nameHeld(lexical, phrase, terms);
    return wholeNameTerms(text, heldBy, holds, searched, (t) => lexical.documentFrequency(t), (acronym, phrase) => this.acronymOnlyWith(lexical, acronym, phrase, holds));
  }

  /** How many English records write `name` as a quoted phrase is matched (`namesWithAnd`). */
  recordsWriting(name: string): number {
    const phrase = phraseOf(name);
    return phrase ? this.nameHeld(this.english, phrase, termsOf(name)).whole : 0;
  }

  /**
   * How many records of `lexical` hold `phrase` as a name (`holdsName`), and how many its `terms`
   * anywhere; of many holding its terms, counted on a share (`shareRead`).
   */
  private nameHeld(lexical: LexicalIndex, phrase: Phrase, terms: readonly string[]): { whole: number; all: number } {
    const key = JSON.stringify(phrase.parts);
    let held = this.namesHeld.get(key);
    if (held === undefined) {
      const all = this.holdingAll(lexical, terms);
      const share = shareRead(all);
      held = { whole: share.scaled(share.read.filter((m) => this.holdsName(m.record ?? this.byId.get(m.id)!, phrase)).length), all: all.length };
      this.namesHeld.set(key, held);
    }
    return held;
  }

  /** Whether some record of `lexical` writes `acronym` in capitals, and every one that does holds `phrase`. */
  private acronymOnlyWith(lexical: LexicalIndex, acronym: string, phrase: Phrase, holds: (r: IndexedRecord, phrase: Phrase) => boolean): boolean {
    const key = `${acronym}\u0000${JSON.stringify(phrase.parts)}`;
    let only = this.acronymsOnlyWith.get(key);
    if (only === undefined) {
      const terms = termsOf(acronym);
      const written = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(acronym)}(?![\p{L}\p{N}])`, 'u');
      let writers = 0;
      only = terms.length > 0;
      for (const m of terms.length > 0 ? this.holdingAll(lexical, terms) : []) {
        const r = m.record ?? this.byId.get(m.id)!;
        if (!written.test(`${r.question ?? ''}\n${r.answer}`)) continue;
        writers++;
        if (!holds(r, phrase)) {
          only = false;
          break;
        }
      }
      only &&= writers > 0;
      this.acronymsOnlyWith.set(key, only);
    }
    return only;
  }

  /** How many English records hold `words` side by side, as a quoted phrase is matched (a space or a hyphen between them), and how many of them hold `compound` too. */
  sideBySide(words: string, compound: string): { all: number; joined: number } {
    const key = `${words}\u0000${compound}`;
    let counted = this.sideBySideCounts.get(key);
    if (!counted) this.sideBySideCounts.set(key, (counted = this.countSideBySide(words, compound)));
    return counted;
  }

  private countSideBySide(words: string, compound: string): { all: number; joined: number } {
    const phrase = phraseOf(words);
    const terms = termsOf(words);
    if (!phrase || terms.length === 0) return { all: 0, joined: 0 };
    const lexical = this.english;
    const searched = new Map([...terms, compound].map((t) => [t, 1]));
    // Most records holding common words ("two", "state") hold them apart: a glance at the text spares reading them as phrases are read.
    const glance = new RegExp(words.toLowerCase().split(' ').map(escapeRegExp).join('[\\s\\-‐‑]+'));
    const share = shareRead(lexical.searchTerms(searched, () => true, this.fieldBoost, { terms: (matched) => terms.every((t) => matched.includes(t)) }));
    const holding = share.read.filter((m) => {
      const r = m.record ?? this.byId.get(m.id)!;
      const text = this.phraseText(r).lowerCase;
      return glance.test(text) && holdsPhrases(text, () => this.phraseFormOf(r), [phrase]);
    });
    return { all: share.scaled(holding.length), joined: share.scaled(holding.filter((m) => m.matched.includes(compound)).length) };
  }

  private phraseFormOf(r: IndexedRecord): PhraseForms {
    const text = this.phraseText(r);
    text.forms ??= phraseFormsWhenAsked(`${r.question ?? ''}\n${r.answer}`);
    return text.forms;
  }
}
