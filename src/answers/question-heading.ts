import type { SpoxSearch } from '../search/types.js';
import type { IndexedRecord } from '../store/types.js';
import { isLateAnswerNote, RAISED_AFTER_LEAD } from '../transcripts/turns.js';
import { escapeRegExp } from '../util/regexp.js';

/** What the editor's note over an answer given after the conference is called, where a question would be. */
export const EDITORS_NOTE_LABEL = "Editor's note on the transcript";

/**
 * Whether the record's question is the editor's note over an answer given after the conference
 * ("After the press conference, Zhao made further response to the question raised by South China
 * Morning Post.", 会后，就《南华早报》记者所提问题，赵立坚表示：): shown and cited as that note, never
 * as what a journalist asked.
 */
export function isEditorsNote(record: Pick<IndexedRecord, 'question'>): boolean {
  return record.question !== null && isLateAnswerNote(record.question);
}

/**
 * Whether the record's question was asked after the conference: the parser's reading of the
 * transcript (`IndexedRecord.raisedAfter`: the editor's heading over such questions, or his words
 * opening one, and every question after it), not a guess from the question's words.
 */
export function raisedAfterConference(record: Pick<IndexedRecord, 'raisedAfter'>): boolean {
  return record.raisedAfter === true;
}

/**
 * What the journalist asked, as a citation quotes it: the record's question without the editor's
 * words that open one taken after the conference (said by the citation as when it was asked).
 */
export function questionAsked(record: Pick<IndexedRecord, 'question'>): string | null {
  return record.question === null ? null : record.question.replace(RAISED_AFTER_LEAD, '');
}

/**
 * Whether the record's answer is the transcript's report of what the spokesperson said, in its own
 * words ("Hong Lei remarked that the recent Ukrainian parliamentary election is …", "Spokesperson Hua
 * Chunying said that China welcomes …": answers given after the conference, pc-2012-11-02#1b and
 * pc-2014-06-23#1b of the corpus): quoted as it stands, it is verbatim, but not the spokesperson's
 * own words, and every card and Cite says so (hunt-J #3).
 */
export function isReportedAnswer(record: Pick<IndexedRecord, 'answer' | 'spokesperson' | 'kind'>): boolean {
  if (record.kind !== 'exchange') return false;
  return new RegExp(`^(?:(?:Foreign Ministry )?Spokesperson\\s+)?(?:${escapeRegExp(record.spokesperson)}|He|She)\\s+(?:said|remarked|stated|noted|added|stressed|pointed out)\\s+that\\b`, 'i').test(record.answer);
}

/** What every card and Cite says of an answer in the transcript's words (`isReportedAnswer`). */
export const REPORTED_ANSWER = "answer in the transcript's words, not the spokesperson's";

/**
 * The heading over a record's question on every card and full view: `Question from Reuters`,
 * `Follow-up question (outlet not named)`, `Question raised after the press conference (outlet not
 * named)`, `Statement`, or, over an answer given after the
 * conference, `Editor's note on the transcript`, as its Cite calls it. Unescaped: the caller escapes.
 */
export function questionHeading(record: Pick<IndexedRecord, 'kind' | 'question' | 'followup' | 'outlet' | 'raisedAfter' | 'answer' | 'spokesperson'>): string {
  if (record.kind === 'statement') return 'Statement';
  if (isEditorsNote(record)) return EDITORS_NOTE_LABEL;
  const kind = `${record.followup ? 'Follow-up question' : 'Question'}${raisedAfterConference(record) ? ' raised after the press conference' : ''}`;
  const heading = record.outlet ? `${kind} from ${record.outlet}` : `${kind} (outlet not named)`;
  return isReportedAnswer(record) ? `${heading}; ${REPORTED_ANSWER}` : heading;
}

/**
 * The question a follow-up follows, as every card and full view shows it above the follow-up's own:
 * `Following up on this question (The Australian)` and what was asked (2020-04-28#16 "It's a Reuters
 * report." follows 2020-04-28#15). Null for a record that follows up none, or whose followed question
 * the index does not hold. Unescaped and uncut: the caller fits it.
 */
export function followedQuestion(followed: Pick<IndexedRecord, 'id' | 'outlet' | 'question'> | undefined): { heading: string; id: string; outlet: string | null; question: string } | null {
  if (!followed?.question) return null;
  const who = followed.outlet ? ` (${followed.outlet})` : '';
  return { heading: `Following up on this question${who}`, id: followed.id, outlet: followed.outlet ?? null, question: followed.question };
}

/** The record a follow-up follows (`followup`), where the index holds it: what `followedQuestion` shows. */
export function followedOf(record: Pick<IndexedRecord, 'followup'>, search: Pick<SpoxSearch, 'record'>): IndexedRecord | undefined {
  return record.followup ? search.record(record.followup) : undefined;
}
