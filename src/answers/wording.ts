import type { LanguageSummary, SearchMode } from '../search/types.js';
import { LANGUAGE_NAMES } from './held-words.js';
import type { IndexedRecord } from '../store/types.js';
import { UNKNOWN_SPOKESPERSON } from '../transcripts/unknown-spokesperson.js';
import { plural } from '../util/plural.js';

/** The one name of the button or link that opens the official transcript, on every card and list. */
export const TRANSCRIPT_LINK_LABEL = 'Official transcript';

/** The help's word on names a question describes (`src/search/descriptions.ts`), the same on every platform. */
export const DESCRIBE_TIP =
  'Cannot recall a name? Describe it ("the Hong Kong media tycoon arrested"): the answer says which name it searched too.';

/** The help's word on naming the spokesperson in the question (`src/search/speaker.ts`), the same on every platform. */
export const SPEAKER_TIP =
  'Ask "What did Zhao Lijian say about Hong Kong?" and only his answers are searched, as with the spokesperson filter.';

/** How to read the missing-words line of an answer (`missingWordsLine`), in the bots' help. */
export const MISSING_TIP =
  'An answer that says "none of them says “X”" quotes no exchange using that word: check that they are about what you asked; the Ministry may never have addressed it.';

const MODE_WORDS: Record<SearchMode, string> = {
  hybrid: 'keyword + meaning search',
  lexical: 'keyword search',
};

/** How the answer was searched, in words a reporter knows. */
export function modeWords(mode: SearchMode): string {
  return MODE_WORDS[mode];
}


/** `English: 761 briefings, 2002-11-19 to 2026-08-17` — the briefings a question in that language searches. */
export function languageWords(language: LanguageSummary): string {
  return `${LANGUAGE_NAMES[language.lang]}: ${plural(language.briefings, 'briefing')}, ${language.from} to ${language.to}`;
}

export { plural }; // in src/util, so the indexing side's messages use it too

/** A note written to follow "; " as a sentence of its own: its first letter a capital. */
export function capitalized(note: string): string {
  return `${note.charAt(0).toUpperCase()}${note.slice(1)}`;
}

/** How a record names a speaker the research corpus left unrecorded (`UNKNOWN_SPOKESPERSON`), on cards and lists. */
export const SPEAKER_NOT_RECORDED = 'Spokesperson (name not recorded)';

/**
 * The speaker as a card, list row or briefing shows them: the name, or `Spokesperson (name not
 * recorded)` for a PressCon pair that names none: "Unknown spokesperson", pasted into copy, read as
 * a name that was made up.
 */
export function speakerShown(spokesperson: string): string {
  return spokesperson === UNKNOWN_SPOKESPERSON ? SPEAKER_NOT_RECORDED : spokesperson;
}

/** Who asked, as a list column or a label: the outlet, "journalist (outlet not named)", or "statement". */
export function askerName(record: IndexedRecord): string {
  if (record.kind === 'statement') return 'statement';
  return record.outlet ?? 'outlet not named';
}

/** `opening statement` (`#s1`, and `#s1b` when a second spokesperson opens), or `closing statement` for what a page sets after its questions (`#s2`). */
export function statementKind(record: Pick<IndexedRecord, 'id'>): string {
  return /#s1[a-z]?$/.test(record.id) ? 'opening statement' : 'closing statement';
}

/** The opening words of what a record stands for: the question, or a statement's own text. */
export function openingText(record: IndexedRecord): string {
  return (record.question ?? record.answer).replace(/\s+/g, ' ').trim();
}

/**
 * The question that lists an outlet's questions, in the language of its name: `questions from Yonhap`,
 * `韩联社的提问` (an English frame around a Chinese name is read by neither language's asker patterns).
 */
export function outletQuestion(outlet: string): string {
  return /\p{Script=Han}/u.test(outlet) ? `${outlet}的提问` : `questions from ${outlet}`;
}

/**
 * `86 exchanges and 6 statements`: how many records an answer counts, the opening and closing
 * statements among them (no question was asked) told apart from the exchanges; `12 exchanges` when
 * it counts no statement. Every count of matches says it so (`totalsLine`, the timeline's heading).
 */
export function recordsCountWords(total: number, statements = 0, counted: (n: number, word: string) => string = plural): string {
  const exchanges = total - statements;
  if (statements === 0) return counted(total, 'exchange');
  return exchanges === 0 ? counted(statements, 'statement') : `${counted(exchanges, 'exchange')} and ${counted(statements, 'statement')}`;
}
