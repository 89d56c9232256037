/** One question-and-answer turn of a briefing, in the Ministry's own words. */
export interface Exchange {
  kind: 'exchange';
  /**
   * Stable, human-readable id: `<briefing key>#<n>`, n counting exchanges from 1 (for an imported
   * corpus, the date's rows: a row without an answer leaves its number unused). The index keeps the
   * ids a briefing's exchanges had when the Ministry revises its page (src/store/lasting-ids.ts).
   */
  id: string;
  /**
   * 1-based position among all records of the briefing (statements included); for an imported corpus, the `n` of its id
   * (plus one for each closing statement cut from the cell of a row before it, presscon.ts).
   * Not what a briefing's list shows: that numbers its lines 1, 2, 3… (`src/answers/briefing-list.ts`).
   */
  position: number;
  /** The outlet that asked, when the transcript names one (`null` for `Q:` style). */
  outlet: string | null;
  /** Id of the exchange this one follows up on, or null. */
  followup: string | null;
  /** Question paragraphs, verbatim, label removed. */
  question: string[];
  /** Answer paragraphs, verbatim, label removed, in order. */
  answer: string[];
  spokesperson: string;
  /**
   * True when the question was asked after the press conference, as the transcript says: under the
   * editor's heading ("The following questions were raised after the press conference:"), opened by
   * his words ("The following question was raised after the press conference: …", 会后，有记者问及：…),
   * or after such a question (`二、…`); for an imported corpus, the question a cell runs on into
   * ("After the regular press conference, some reporter asked …"). Absent otherwise. Not set on an
   * answer given after the conference to a question asked in it (its question is the editor's note
   * saying so: `isLateAnswerNote`).
   */
  raisedAfter?: true;
  /** Where the text came from when not a Ministry page: an imported research corpus (see presscon.ts). */
  source?: RecordSource;
}

/** An imported corpus as the origin of a record, so a citation can name it. */
export interface RecordSource {
  /** The corpus's citation name, e.g. "CMFA PressCon v4". */
  corpus: string;
  /** True when the corpus split the answer into several pairs, or the answer stops mid-sentence: the text may be an excerpt of what was said. */
  excerpt: boolean;
  /**
   * Why the corpus's date of the record is doubted, when the sheet itself contradicts it
   * (`doubtedDates`, presscon-dates.ts): `its link (t1227486) is numbered after 2014-12-31's
   * (t1225027), and 2014-01-12 was a Sunday`. Absent when nothing does.
   */
  dateDoubted?: string;
  /**
   * The row's own link, where it is not its briefing's (`Transcript.url`, the date's commonest): a
   * sheet merged from two exports may link one date's rows to two pages. The record is cited with it.
   */
  url?: string;
}

/**
 * What kind of publication the transcript is, from its title: a regular press conference, the written
 * "Remarks on <date>" answers given during recesses, a statement that names no spokesperson ("Foreign
 * Ministry Spokesperson’s Remarks on …"), other remarks by a named spokesperson (on a topic), or a
 * "Daily Briefing Online" (February 2020).
 */
export type Occasion = 'press-conference' | 'written-remarks' | 'statement' | 'remarks' | 'online-briefing';

/** An announcement made before the first question (opening) or after the last answer (closing); it has no question. */
export interface Statement {
  kind: 'statement';
  /**
   * `<briefing key>#s1` (opening; `#s1b` for a second spokesperson's part of it) or `#s2` (closing;
   * for an imported corpus, `#s2b` … for a second one cut from another row's cell).
   */
  id: string;
  position: number;
  answer: string[];
  spokesperson: string;
  /** As an exchange's: the imported corpus whose cell held it. */
  source?: RecordSource;
}

export type TranscriptRecord = Exchange | Statement;

/** The language a transcript (and its records' text) is published in. */
export type Lang = 'en' | 'zh';

export interface Transcript {
  /** Absent means 'en': the Ministry's English translation; 'zh' is the Chinese original. */
  lang?: Lang;
  /** The file the transcript was read from. */
  file: string;
  title: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /**
   * Briefing key used in record ids: the date, with a letter suffix when two transcripts share it;
   * Chinese transcripts' keys start `zh-` (`zh-2019-07-10`), so their ids never meet English ones.
   */
  key: string;
  /** In English (`Geng Shuang`), also for Chinese transcripts, so one filter finds both. */
  spokesperson: string;
  occasion: Occasion;
  /** Official transcript URL, or null when neither the page nor a manifest carries one. */
  url: string | null;
  records: TranscriptRecord[];
  /**
   * The questions no answer followed, which no record holds: the transcript's own (a question left
   * unanswered), or a label misread (an answer under a name the parser does not know). Absent when none.
   */
  unanswered?: string[];
}

/** A paragraph (or one `<br>`-separated line of one) of transcript text. */
export interface SourceLine {
  /** Entities decoded, white space collapsed, trimmed. */
  text: string;
  /** Whether most of the line is bold; null where the format carries no emphasis (plain text). */
  bold: boolean | null;
  /** True when this line starts a new paragraph of the source (false after a `<br>`). */
  paragraphStart: boolean;
}
