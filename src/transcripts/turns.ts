import { editDistance } from '../util/edit-distance.js';
import type { Exchange, SourceLine, Statement, TranscriptRecord } from './types.js';
import { unmarkedClosingOpening } from './unmarked-closings.js';

/** Spokespersons of the Ministry in and around the bundled years; the title's name is added per page. */
const KNOWN_SPOKESPEOPLE = ['Lu Kang', 'Geng Shuang', 'Hua Chunying', 'Zhao Lijian', 'Wang Wenbin', 'Mao Ning', 'Wang Yi'];

/** What a line's leading `Label:` makes of it. */
export type LineRole =
  | { role: 'question'; outlet: string | null; followupLabel: boolean; text: string }
  | { role: 'answer'; speaker: string | null; text: string }
  | { role: 'text'; text: string };

const LABEL = /^([^:：]{1,60}?)\s*[:：]\s*/;
const QUESTION_LABEL = /^(Q|Question)$/i;
const FOLLOWUP_LABEL = /^(Follow[- ]?up(\s+question)?|(The\s+)?(Journalist|Reporter)(\s+[a-z]+)?)$/i;
/**
 * `Foreign Journalist:` (2020-06-15; 外国记者提问 on the Chinese page): a new asker whose outlet is
 * not named, not the journalist before coming back to a question.
 */
const UNNAMED_ASKER_LABEL = /^Foreign\s+(Journalist|Reporter)$/i;
const ANSWER_LABEL = /^A$/;
/**
 * "The following question was raised after the press conference: …": a question asked without a
 * label. Pages set it in bold, or only these words in bold, and plain text has no emphasis: these
 * words are what tell it.
 * The English pages word it five ways: "(After the press conference, )the following question was
 * raised( by a journalist)( after the press conference):", "This question was raised after the press
 * conference:", "Question raised after the press conference:" and "A journalist posed the following
 * question after the press conference:".
 */
const RAISED_AFTER_WORDS = String.raw`(?:(?:After the press conference, )?(?:the following|this) question (?:was|is) raised\b[^:]{0,60}|question raised after the press conference|an? (?:journalist|reporter) (?:posed|raised|asked) the following question after the press conference):`;
/**
 * The editor's words that open a question taken after the conference, up to the question: the
 * English ones above, and the Chinese pages' 会后，有记者问及： (also 会后有俄罗斯记者问及：). Not the
 * journalist's words: a card says when it was asked, and a citation quotes the question without them
 * (answers/question-heading.ts).
 */
export const RAISED_AFTER_LEAD = new RegExp(`^(?:${RAISED_AFTER_WORDS}|会后[，,]?有\\p{Script=Han}{0,6}?记者问[及到]?[：:])\\s*(?=\\S)`, 'iu');
/**
 * The editor's report of a question taken after the conference, in his words, not the journalist's
 * ("After the Press Conference, a journalist asked if China is going to offer assistance …",
 * 2019-04-04): raised after the conference, and quoted whole, since no question follows it.
 */
const RAISED_AFTER_REPORTED = /^After the press conference, (?:a|one) (?:journalist|reporter) asked (?:if|whether|about|what|how|why|when)\b/i;
/**
 * A run of asterisks: the pages set a line of it between the last answer and what follows the
 * questions (an announcement of a recess or an event, a greeting, a question raised after the
 * conference), so that text is never part of the answer before it. The research corpus keeps the
 * run inside the answer's cell (presscon.ts).
 */
export const ASTERISK_RUN = /[*＊]{3,}/;
/**
 * A separator line: a run of asterisks, also spaced out (`* * *`, `＊　＊　＊`: four Chinese pages of
 * 2017), or of hyphens (`---`, 2020-04-07).
 */
const SEPARATOR = /^\s*(?:[*＊](?:\s*[*＊]){2,}|[-－]{3,})\s*$/;
/**
 * "After the press conference, Zhao made further response to the question raised by South China
 * Morning Post." (2020-04-07, plain, after the separator): the editor's note that heads an answer
 * given after the conference, as the Chinese page's bold 会后，就《南华早报》记者所提问题，赵立坚表示：
 * heads it. Like that one, it stands as the question of the answer under it, never as the
 * spokesperson's words.
 */
const LATE_ANSWER_NOTE = /^After the (regular )?press conference, .{1,60}\b(made|gave) (a )?further response to the question\b[^:]{0,80}[.:]$/i;
/**
 * "The following questions were posed after the regular press conference:", "The following
 * question was asked after the regular press conference.": the editor's heading over the questions
 * taken after the conference, set bold on some pages and plain on others; not the spokesperson's
 * words, so it is dropped, whatever its emphasis.
 */
const AFTER_CONFERENCE_HEADING = /^The following questions? (was|were|is|are) (asked|posed|raised) after the (regular )?press conference\s*[.:]$/i;

/** The Chinese pages' note over an answer given after the conference: `会后，就《南华早报》记者所提问题，赵立坚表示：`. */
const LATE_ANSWER_NOTE_ZH = /^会后[，,]就《([^》]{1,20})》记者所提问题/;

/**
 * Whether a question is the editor's note over an answer given after the conference (which stands
 * as that answer's question), so that a citation gives it as the note it is, not as what was asked.
 */
export function isLateAnswerNote(question: string): boolean {
  return LATE_ANSWER_NOTE_ZH.test(question) || LATE_ANSWER_NOTE.test(question);
}

/**
 * The outlet a late answer's note names ("… to the question raised by South China Morning Post.",
 * 就《南华早报》记者所提问题), so that the answer is cited as answering it; else null.
 */
function lateAnswerAsker(note: string): string | null {
  const chinese = LATE_ANSWER_NOTE_ZH.exec(note)?.[1];
  if (chinese) return chinese;
  if (!LATE_ANSWER_NOTE.test(note)) return null;
  const named = /\bquestion (?:raised|asked|posed) by (?:the )?(.+?)[.:]$/i.exec(note)?.[1]?.trim();
  return named && looksLikeOutlet(named) ? named : null;
}

/** Small words that may stand lower-case inside an outlet's name ("Associated Press of Pakistan"). */
const NAME_PARTICLES = new Set(['of', 'and', 'the', 'de', 'for', '&']);

/** An outlet name: at most six words, each capitalised (or a particle), no sentence punctuation. */
function looksLikeOutlet(label: string): boolean {
  if (/[,.;!?"“”()]/.test(label)) return false;
  const words = label.split(/\s+/);
  if (words.length > 6) return false;
  if (!/^[A-Z]/.test(words[0]!)) return false;
  return words.every((w) => NAME_PARTICLES.has(w) || /^[A-Z0-9]/.test(w));
}

/** "Spokesperson Mao Ning:", "Foreign Ministry Spokesperson Mao Ning:": the role before the name. */
const SPOKESPERSON_ROLE = /^(?:(?:Chinese\s+)?Foreign\s+Ministry\s+)?Spokes(?:person|woman|man)\s+/i;

/**
 * The spokesperson a label names, as the transcript's list writes them, or null: the name as written,
 * in capitals ("MAO NING"), after the role, or slipped by one edit ("Wang Wenbing", "Mao Nign"; two in a
 * name of ten letters or more). Read as an asker's, such a label opened a question no answer followed,
 * and the spokesperson's answer was dropped without a word (hunt-I #1).
 */
function spokespersonOfLabel(label: string, spokespeople: ReadonlySet<string>): string | null {
  if (spokespeople.has(label)) return label;
  const name = label.replace(SPOKESPERSON_ROLE, '').toLowerCase();
  for (const known of spokespeople) {
    const written = known.toLowerCase();
    if (name === written) return known;
    const letters = written.replace(/\s+/g, '').length;
    if (letters >= 6 && editDistance(name, written, letters >= 10 ? 2 : 1) !== null) return known;
  }
  return null;
}

export function classifyLine(line: SourceLine, spokespeople: ReadonlySet<string>): LineRole {
  const m = LABEL.exec(line.text);
  if (!m) return { role: 'text', text: line.text };
  const label = m[1]!.trim();
  const rest = line.text.slice(m[0].length);
  // "As of 24:00 on …", "Between 00:00 and …": a clock time, not a label.
  if (/\d$/.test(label) && /^\d/.test(rest)) return { role: 'text', text: line.text };
  if (!rest) return { role: 'text', text: line.text };
  if (QUESTION_LABEL.test(label) || UNNAMED_ASKER_LABEL.test(label)) return { role: 'question', outlet: null, followupLabel: false, text: rest };
  if (FOLLOWUP_LABEL.test(label)) return { role: 'question', outlet: null, followupLabel: true, text: rest };
  if (ANSWER_LABEL.test(label)) return { role: 'answer', speaker: null, text: rest };
  const speaker = spokespersonOfLabel(label, spokespeople);
  if (speaker) return { role: 'answer', speaker, text: rest };
  // A plain (not bold) line is an answer's own text however its start looks; plain text has no emphasis.
  if (line.bold !== false && looksLikeOutlet(label)) {
    return { role: 'question', outlet: label, followupLabel: false, text: rest };
  }
  return { role: 'text', text: line.text };
}

interface Draft {
  /** Opened by a bold paragraph without a label, after an answer. */
  unlabelled: boolean;
  /** Asked after the conference: under the editor's heading saying so, or at or after a question his words open so. */
  raisedAfter: boolean;
  outlet: string | null;
  followupOf: number | null;
  question: string[];
  answer: string[];
  speaker: string | null;
}

/** Reads a line's label; the English pages' rules by default, the Chinese pages bring their own. */
export type LineClassifier = (line: SourceLine) => LineRole;

/**
 * Turns the lines of one transcript into records: the opening statement, then one exchange per
 * question turn. Text is kept as given; only labels are taken off.
 */
export function assembleRecords(
  lines: SourceLine[],
  key: string,
  spokesperson: string,
  classify?: LineClassifier,
  unanswered?: (question: string) => void,
): TranscriptRecord[] {
  const spokespeople = new Set([...KNOWN_SPOKESPEOPLE, spokesperson]);
  /** The opening's paragraphs, in runs by the speaker a label names (null: the briefing's spokesperson, or unlabelled). */
  const opening: { speaker: string | null; text: string[] }[] = [];
  const openWith = (speaker: string | null, text: string): void => {
    const last = opening.at(-1);
    if (last && (speaker === null || speaker === last.speaker)) last.text.push(text);
    else opening.push({ speaker, text: [text] });
  };
  /** What follows a line of asterisks and is no question: the closing statement. */
  const closing: string[] = [];
  /** Where a closing announcement starts that the page sets no separator before (unmarked-closings.ts); cleared once found. */
  let unmarkedClosing = unmarkedClosingOpening(key);
  /** The first question turn after the closing statement, if any (a question raised after the conference). */
  let afterClosing: Draft | undefined;
  const drafts: Draft[] = [];
  let state: 'opening' | 'question' | 'answer' | 'closing' = 'opening';
  /**
   * Whether the questions from here on were taken after the conference: set by the editor's heading
   * ("The following questions were raised after the press conference:") or by the words opening such a
   * question ("The following question was raised after the press conference: …", 会后，有记者问及：…),
   * and kept to the end: the questions after it (`二、…`, 2020-04-13) were taken after the conference too.
   */
  let afterConference = false;

  const current = (): Draft | undefined => drafts[drafts.length - 1];
  const openTurn = (draft: Draft): void => {
    if (closing.length > 0) afterClosing ??= draft;
    drafts.push(draft);
  };
  for (const line of lines) {
    if (state !== 'opening' && SEPARATOR.test(line.text)) {
      state = 'closing';
      continue;
    }
    if (state === 'answer' && unmarkedClosing !== undefined && line.paragraphStart && line.text.startsWith(unmarkedClosing)) {
      // Where the page would have set its separator: the answer ends here, the announcement is the closing statement.
      unmarkedClosing = undefined;
      state = 'closing';
      closing.push(line.text);
      continue;
    }
    if (AFTER_CONFERENCE_HEADING.test(line.text)) {
      afterConference = true;
      continue;
    }
    const turn = classify ? classify(line) : classifyLine(line, spokespeople);
    if (turn.role === 'question') {
      const previous = current();
      const sameOutlet = turn.outlet !== null && previous?.outlet === turn.outlet;
      const isFollowup = previous !== undefined && (turn.followupLabel || sameOutlet);
      openTurn({
        unlabelled: false,
        raisedAfter: afterConference,
        outlet: turn.outlet ?? (turn.followupLabel && previous ? previous.outlet : null),
        followupOf: isFollowup ? drafts.length - 1 : null,
        question: [turn.text],
        answer: [],
        speaker: null,
      });
      state = 'question';
    } else if (turn.role === 'answer' && state !== 'closing') {
      if (state === 'opening') {
        openWith(turn.speaker, turn.text);
      } else {
        const draft = current()!;
        draft.speaker ??= turn.speaker;
        draft.answer.push(turn.text);
        state = 'answer';
      }
    } else if (state === 'opening') {
      openWith(null, turn.text);
    } else if (state === 'question') {
      const draft = current()!;
      if (line.bold === true) {
        draft.question.push(turn.text);
      } else {
        // A question answered with no label ("Follow-up: …" then the answer's plain paragraph).
        draft.answer.push(turn.text);
        state = 'answer';
      }
    } else if ((line.bold === true || RAISED_AFTER_LEAD.test(turn.text) || LATE_ANSWER_NOTE.test(turn.text)) && line.paragraphStart) {
      // A bold paragraph after an answer is a question asked without a label
      // ("The following question was raised by a journalist after the press conference: …"),
      // and the note over an answer given after the conference stands as that answer's question.
      // The editor's words opening a question taken after the conference open it whatever their
      // emphasis: plain text has none, and a page may set only those words in bold (会后，有记者问及：
      // on the Chinese page of 2016-12-28, the question after them plain).
      if (RAISED_AFTER_LEAD.test(turn.text) || RAISED_AFTER_REPORTED.test(turn.text)) afterConference = true;
      openTurn({
        unlabelled: true, raisedAfter: afterConference, outlet: lateAnswerAsker(turn.text), followupOf: null, question: [turn.text], answer: [], speaker: null,
      });
      state = 'question';
    } else if (state === 'closing') {
      closing.push(turn.text);
    } else {
      current()!.answer.push(turn.text);
    }
  }

  foldStrayBoldParagraphs(drafts);
  const records: TranscriptRecord[] = [];
  // One spokesperson opening: one statement, #s1. Two (a spokesperson introducing a new one,
  // 2020-02-24): each their own, #s1 and #s1b, so no sentence is cited as the other's.
  const speakers = new Set(opening.map((part) => part.speaker ?? spokesperson));
  const parts = speakers.size > 1 ? opening : opening.length > 0 ? [{ speaker: null, text: opening.flatMap((part) => part.text) }] : [];
  parts.forEach((part, i) => {
    const id = `${key}#s1${i === 0 ? '' : String.fromCharCode(97 + i)}`;
    const statement: Statement = { kind: 'statement', id, position: records.length + 1, answer: part.text, spokesperson: part.speaker ?? spokesperson };
    records.push(statement);
  });
  const idOf = new Map<number, string>();
  let n = 0;
  const pushClosing = (): void => {
    if (closing.length === 0) return;
    records.push({ kind: 'statement', id: `${key}#s2`, position: records.length + 1, answer: closing, spokesperson });
  };
  // Before the question raised after it, or last (also when that question was folded away).
  const closingAt = afterClosing ? drafts.indexOf(afterClosing) : -1;
  drafts.forEach((draft, index) => {
    if (index === closingAt) pushClosing();
    // A question left unanswered in the transcript: told, the text holding no record of it.
    if (draft.answer.length === 0) {
      unanswered?.(`${draft.outlet ? `${draft.outlet}: ` : ''}${draft.question.join(' ')}`);
      return;
    }
    n++;
    const id = `${key}#${n}`;
    idOf.set(index, id);
    const exchange: Exchange = {
      kind: 'exchange',
      id,
      position: records.length + 1,
      outlet: draft.outlet,
      followup: draft.followupOf === null ? null : (idOf.get(draft.followupOf) ?? null),
      question: draft.question,
      answer: draft.answer,
      spokesperson: draft.speaker ?? spokesperson,
      ...(draft.raisedAfter ? { raisedAfter: true as const } : {}),
    };
    records.push(exchange);
  });
  if (closingAt === -1) pushClosing();
  return records;
}

/**
 * An unlabelled bold paragraph that no answer follows was not a question: either a heading
 * ("The following questions were raised after the press conference:"), dropped, or a paragraph of
 * the answer that the page set in bold, given back to that answer so no sentence is lost.
 */
function foldStrayBoldParagraphs(drafts: Draft[]): void {
  for (let i = drafts.length - 1; i > 0; i--) {
    const draft = drafts[i]!;
    if (!draft.unlabelled || draft.answer.length > 0) continue;
    const isHeading = draft.question.every((p) => /[:：]$/.test(p));
    if (!isHeading) drafts[i - 1]!.answer.push(...draft.question);
    drafts.splice(i, 1);
  }
}
