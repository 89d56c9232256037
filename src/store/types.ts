import type { Lang, Occasion, RecordSource } from '../transcripts/types.js';

/**
 * One quotable record as the index stores it: an exchange or statement with its briefing's facts,
 * so a search hit carries its whole citation. `answer` is the canonical text every quote is cut from.
 */
export interface IndexedRecord {
  /** `2020-05-22#3` (exchange) or `2020-05-22#s1` (statement). */
  id: string;
  kind: 'exchange' | 'statement';
  /** Briefing key: the date, with a letter suffix when two transcripts share it (`2019-04-29b`). */
  key: string;
  /** ISO date of the briefing. */
  date: string;
  spokesperson: string;
  /** Asking outlet, null when the transcript names none (and for statements). */
  outlet: string | null;
  /** Id of the exchange this one follows up on. */
  followup: string | null;
  /** True for an exchange whose question was asked after the press conference (`Exchange.raisedAfter`); absent otherwise. */
  raisedAfter?: true;
  /** 1-based position in the briefing (an id's number may differ: it lasts when a revision moves the record, lasting-ids.ts). */
  position: number;
  /** Question paragraphs joined with a blank line; null for statements. */
  question: string | null;
  /** Answer (or statement) paragraphs joined with a blank line, verbatim. */
  answer: string;
  /** Official transcript URL, or null when unknown. */
  url: string | null;
  /** Transcript title as the Ministry wrote it. */
  title: string;
  /** The kind of publication, from the title: a card says "written remarks" rather than "press conference". */
  occasion: Occasion;
  /** Set when the text comes from an imported corpus rather than a Ministry page: cite the corpus. */
  source?: RecordSource;
  /** Language of `question` and `answer`; absent means 'en'. */
  lang?: Lang;
  /**
   * English records only: the Chinese original of the same turn (`zh-2019-07-10#3`) and how sure
   * the alignment is (0–1); absent when the index holds no Chinese counterpart.
   */
  zh?: { id: string; confidence: number };
}

/** One briefing (transcript) in the index. */
export interface BriefingSummary {
  key: string;
  /** Absent means 'en'. */
  lang?: Lang;
  date: string;
  title: string;
  spokesperson: string;
  url: string | null;
  occasion: Occasion;
  /** Ids of its records, in briefing order. */
  recordIds: string[];
  /**
   * Ids of exchanges that revisions of its page removed (lasting-ids.ts): never given again, so they
   * name nothing. Absent when none was removed.
   */
  retiredIds?: string[];
}
