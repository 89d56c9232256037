import type { CapitalNamed } from './capitals-counted.js';
import type { countedMatches } from './counted.js';
import type { Scored } from './fusion.js';
import type { OthersGivenName } from './given-names.js';
import type { LexicalIndex } from './lexical.js';
import type { LexicalAnswer } from './lexical-ranking.js';
import type { ledeFirst } from './lede-first.js';
import type { NameAsked } from './names-asked.js';
import type { ParsedQuery } from './query.js';
import type { QuestionRead } from './question-reader.js';
import type { SpeakersHeld } from './speakers-held.js';
import type { MatchRef, MissingWords, SearchOptions, SearchResponse, SearchSort } from './types.js';

// What each step of `SearchEngine.search` hands the next: the question asked, the records found, those
// kept, their order, and the notes said of them.

/** A question as it is searched: read, in which order and index, with which words and terms. */
export interface Asking {
  query: string;
  options: SearchOptions;
  read: QuestionRead;
  /** How many matches are shown (`SearchOptions.k`, default 5); 0 for a timeline. */
  k: number;
  sort: SearchSort;
  /** The lexical index of the question's language. */
  index: LexicalIndex;
  /** Others' given names the question writes ("Nicolas" of "Nicolas Sarkozy"), not searched; `othersGiven` as typed. */
  givenOfOthers: OthersGivenName[];
  othersGiven: string[];
  /** The question as read, without others' given names: the words searched, parsed, and their terms in `index`. */
  searched: string;
  parsed: ParsedQuery;
  queryTerms: string[];
  /** What is searched again (in every date, in everyone's answers): `searched` with what it leaves out. */
  topic: string;
  /** The matches must hold the topic's words together (`SearchOptions.wordsTogether`, or asked how many times). */
  wordsTogether: boolean | undefined;
  /**
   * Searched again for an answer's notes (its count, its matches), whose own notes are not searched
   * again: "Zhao Lijian Australia in May 2019" counted with the name in quotes, which found nothing
   * and was counted without them, the question asked, endlessly.
   */
  nested: boolean;
}

/** The records a question finds: the lexical ranking's answer, and the records ranked (it, or it fused with the vectors'). */
export interface Found {
  answer: LexicalAnswer;
  ranked: Scored[];
}

/** The records an answer keeps of those found, and the capitals a count names (`capitals-counted.ts`). */
export interface Kept {
  capitals: CapitalNamed[];
  found: MatchRef[];
}

/** The matches in the order the answer gives them, and what ordering them read. */
export interface Ordered {
  matches: MatchRef[];
  /** How many of the last matches only pass (`SearchResponse.passing`). */
  passing: number;
  topicWords: string[] | undefined;
  counted: ReturnType<typeof countedMatches> | null;
  /** The spokespeople the question writes as words (`namesAsked`). */
  namesWritten: NameAsked[];
  lede: ReturnType<typeof ledeFirst>;
}

/** What an answer says beside its matches, each null or absent when it says nothing of it. */
export interface Notes extends Pick<SearchResponse, 'withoutSpeaker' | 'saidByOther'> {
  missing: MissingWords;
  own: ReturnType<SpeakersHeld['ownAnswers']>;
  withoutUnknown: SearchResponse['withoutUnknown'] | null;
  withoutQuotes: SearchResponse['withoutQuotes'] | null;
  withoutDates: SearchResponse['withoutDates'] | null;
  speakerReading: QuestionRead['reading'];
  related: number;
  chineseHoldsMore: SearchResponse['chineseHoldsMore'] | null;
  outletTotal: SearchResponse['outletAsked'] | null;
}
