import type { QuoteSpan } from './types.js';

/**
 * The editor's notes inside an answer: a passage in parentheses that tells what happened in the room
 * rather than what the spokesperson said. The forms the bundled transcripts hold (133 answers), each
 * of which names who did something there, or is a bare reply or gesture:
 * - a journalist or reporter (`记者`): "(Journalist nods)", "(The journalist laughed and said, "Yes,
 *   coal.")", "(Journalist: no.)", "(Turning to the Reuters journalist)", "(The spokesperson turned to
 *   the journalist who raised the question.)", （记者笑）, （记者：请重复一下。）, （转向路透社记者）;
 * - the room: "(Showing the White Paper to the audience)", "(Something was wrong with the
 *   interpretation equipment which soon got fixed.)", （众笑）, （无人举手）, （没有一个人举手）, （无人应答）,
 *   （现场同传设备出现问题并进行了调试。）;
 * - a bare reply or gesture: "(No)", （没有）, （笑）, （展示）.
 * A name in parentheses that merely mentions journalists ("(Committee to Protect Journalists)",
 * 中国记者协会, "(the reporter of the BBC in particular)") is the spokesperson's text, and so is a gloss
 * (“coal”（煤）, desperate（绝望）, 无人驾驶飞机（无人机）, 国会（众议院）): a journalist is a note only as who
 * acts in the room (nods, laughs, says, is turned to), and 众/无人 only as the room laughing or silent.
 */
const NOTE_WORDS = [
  // "The journalist nodded", "The Reuters journalist laughed", "Journalist:", "journalist nods": who in the room acted.
  /^(?:[Tt]he |[Aa] )?(?:[A-Z][\w-]* )?(?:[Jj]ournalist|[Rr]eporter|[Cc]orrespondent)s?(?:\s*[:,]|\s+(?:nod|laugh|smil|shook|shak|said|say|turn|repl|answer|rais|ask|agree|wav|look|gestur|indicat|respond)\w*\b)/,
  // "(Turning to the Reuters journalist)", "(The spokesperson turned to the journalist who raised the question.)".
  /\b(?:[Tt]urn|[Ll]ook|[Pp]oint|[Gg]estur)\w* (?:to|at|towards?) the (?:[A-Z][\w-]* )?(?:journalist|reporter|correspondent)s?\b/,
  // 记者 as who acts or speaks, not inside a name (记者协会).
  /记者(?:[：:，,]|笑|点头|摇头|微笑|…|$)/,
  /\bto the audience\b|\binterpretation equipment\b/,
  /^(?:众(?:记者)?笑|无人(?:应答|举手|回答)|没有一个人举手)|同传设备/,
  /^(?:No|Yes|Laughter|Applause|没有|是的|笑|展示)[.。]?$/,
];

/** A passage in parentheses (ASCII or full-width, mixed as the pages mix them), with no parenthesis inside. */
const PARENTHESIZED = /[(（]([^()（）\n]{1,300})[)）]/gu;

/** Sentence marks right after a note's closing parenthesis, which the editor set for the note ("（记者点头）。"). */
const MARKS_AFTER = /^[.。!！?？,，;；]*/u;

/** Where an answer holds an editor's note, each with the sentence marks right after it, in order. */
export function editorNotes(text: string): QuoteSpan[] {
  const notes: QuoteSpan[] = [];
  if (!text.includes(')') && !text.includes('）')) return notes;
  for (const m of text.matchAll(PARENTHESIZED)) {
    const inner = m[1]!.trim();
    if (!NOTE_WORDS.some((re) => re.test(inner))) continue;
    const end = m.index! + m[0].length;
    notes.push({ start: m.index!, end: end + MARKS_AFTER.exec(text.slice(end))![0].length });
  }
  return notes;
}

/** Whether a piece of text (a sentence span) is wholly an editor's note. */
export function isEditorNote(text: string): boolean {
  const trimmed = text.trim();
  const [note] = editorNotes(trimmed);
  return note !== undefined && note.start === 0 && note.end === trimmed.length;
}
