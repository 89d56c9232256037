import { escapeRegExp } from '../util/regexp.js';
import { SPEAKING_OF } from './framing.js';
import { namesToLookFor } from './speaker.js';
import { BRIEFING } from './time-words.js';

/**
 * Whether the sentence a question opens with, after its day, tells of the Ministry's own talk that
 * day, and the question after it asks what was said: "Yesterday the spokesperson commented on
 * Huawei. What did she say?", "On Monday, Hua Chunying spoke about Huawei. What did she say?",
 * 昨天发言人在记者会上谈到华为，具体说了什么？ Then the day is the briefing's, searched as one
 * (`readRelativeDays`), not an event's (`news-story.ts`, `toldDay`).
 *
 * Both are needed. A reporter's question in the transcripts opens with the Ministry speaking too
 * ("昨天，外交部宣布了伊朗外长访华的消息。你能否提供他访华日程的细节？", "昨天发言人就澳大利亚外交
 * 政策白皮书…发表了评论。请问中方…有何进一步评论？"), but asks for more now, never what was said then.
 * And a question may ask what was said of someone else's words ("Yesterday, Japan's chief cabinet
 * secretary said …. What did China say?").
 */

/**
 * A past word of reporting as a news story attributes what was said: "China said on Wednesday the
 * Galwan Valley is …", "Beijing on Wednesday urged India to …", "told reporters on Monday".
 */
export const REPORTED = String.raw`(?:said|told(?:\s+(?:reporters|journalists|the\s+press))?|stated|added|warned|urged|insisted|reiterated|claimed|accused|denied|rejected|vowed|called|announced|confirmed|condemned|critici[sz]ed|slammed|dismissed|demanded|protested|responded|commented|noted|stressed|asserted)`;

/** What a spokesperson's talk is called after a possessive: "Yesterday's remarks", "the spokesperson's comments". */
const TALK = String.raw`(?:remarks|comments|answers?|responses?|repl(?:y|ies)|statements?|words)\b`;
/** A word of speaking after the speaker: "spoke about", "commented on", "said", "was asked about", "made remarks on". */
const SPOKE = String.raw`(?:${SPEAKING_OF}|${REPORTED}|spoke|talked|remarked|mentioned|answered|replied|addressed|(?:was|were)\s+asked|took\s+(?:a\s+)?questions?|gave|made)\b`;
/**
 * The Ministry or its spokesperson as a sentence's subject: "the spokesperson", "Foreign Ministry
 * Spokesperson Geng Shuang", "China's Foreign Ministry", "the MFA's remarks", "Lu Kang", "Ms. Hua";
 * not the Ministry's website ("the website of the Foreign Ministry", "the Foreign Ministry's website").
 */
/** The Ministry after "spokesperson of": "the spokesperson of the Chinese Foreign Ministry". */
const OF_THE_MINISTRY = String.raw`\s+(?:of|at|from|for)\s+(?:the\s+)?(?:(?:china['’]s|chinese)\s+)?(?:foreign\s+ministry|ministry\s+of\s+foreign\s+affairs|mfa|fm)\b`;
/** Nor another body's spokesperson: "the spokesperson of the Pentagon", "a spokesman for the White House" (review40 #6). */
const NOT_ANOTHERS = String.raw`(?!\s+(?:of|for|from)\s)`;
function ministryOrSpokesperson(names: readonly string[]): string {
  const full = `(?:${names.map(escapeRegExp).join('|')})`;
  const surnames = `(?:${[...new Set(names.map((name) => name.split(/\s+/)[0]!))].map(escapeRegExp).join('|')})`;
  const the = String.raw`(?:(?:the|china['’]s|chinese)\s+)*`;
  return [
    String.raw`${the}(?:(?:foreign\s+ministry|mfa|fm)\s+)?spokes(?:person|woman|man)(?:${OF_THE_MINISTRY})?(?:\s+${full})?${NOT_ANOTHERS}`,
    String.raw`${the}(?:foreign\s+ministry|ministry\s+of\s+foreign\s+affairs|mfa)\b(?!['’]s\s+(?!${TALK}))`,
    full,
    String.raw`(?:ms|mr|mrs|madam)\.?\s+${surnames}\b`,
  ].join('|');
}
/** The briefing itself named in the sentence, as the Ministry's ("at the briefing", "during yesterday's press conference"), not another's ("in a press conference, Spokesperson Ortagus of the US …"). */
const AT_THE_BRIEFING = new RegExp(String.raw`\b(?:at|in|during)\s+(?:the|your|her|his|their|this|today['’]s|yesterday['’]s)\s+${BRIEFING}(?!\s+(?:of|by|held\s+by)\b)`, 'i');
/**
 * A question asking what was said, in the past ("What did she say?", "What was her answer?", "How did
 * he respond?", "Anything on the lawsuit?"), not for a comment now ("What is China's response?",
 * "Can you tell us more?").
 */
const ASKS_WHAT_WAS_SAID = /\bwhat\s+(?:exactly\s+|else\s+)?(?:did|had)\s+(?:[\w'’.-]+\s+){1,3}?(?:say|tell|mention|answer|reply|respond|comment|add|announce|state)\b|\bwhat\s+(?:was|were)\s+(?:said|(?:her|his|their|the)\s+(?:exact\s+)?(?:words|remarks|comments|answers?|responses?|repl(?:y|ies)|position))\b|\bwhat\s+(?:she|he|they)\s+said\b|\bhow\s+did\s+(?:[\w'’.-]+\s+){1,3}?(?:respond|reply|answer|react|put\s+it)\b|^\s*(?:anything|something)\s+(?:on|about)\b/i;

/** Per list of spokespeople (the index's names): the Ministry or a spokesperson first, that and a word of speaking, and the same in Chinese. */
interface Subjects {
  speaker: RegExp;
  speaking: RegExp;
  chinese: RegExp;
}
const subjects = new WeakMap<readonly string[], Subjects>();

function subjectsOf(spokespeople: readonly string[]): Subjects {
  let found = subjects.get(spokespeople);
  if (found) return found;
  const forms = [...namesToLookFor(spokespeople, true).keys()].sort((a, b) => b.length - a.length);
  const speaker = ministryOrSpokesperson(forms.filter((form) => !/\p{Script=Han}/u.test(form)));
  const chinese = forms.filter((form) => /\p{Script=Han}/u.test(form)).map(escapeRegExp);
  found = {
    speaker: new RegExp(String.raw`^\s*(?:${speaker})`, 'iu'),
    speaking: new RegExp(String.raw`^\s*(?:${speaker})(?:['’]s\s+${TALK}|(?:\s*,[^,]{1,80},)?(?:\s+[\w'’-]+){0,3}?\s+${SPOKE})`, 'iu'),
    chinese: new RegExp(`^(?:(?:中国)?外交部(?:新闻)?)?(?:发言人${chinese.map((name) => `|${name}`).join('')})|^(?:中国)?外交部(?!副|部长|网站|官员|新闻司|驻)`, 'u'),
  };
  subjects.set(spokespeople, found);
  return found;
}

/** The talk a day's possessive names, and whose it is said to be: "(Yesterday's) remarks on Huawei", "(Yesterday's) remarks by Pompeo". */
const TALK_OF_THE_DAY = new RegExp(String.raw`^\s*${TALK}(?:\s+(?:by|of|from)\s+(?<whose>.*))?`, 'isu');

/**
 * Of an English question: `stated` is its first sentence after the day, `after` the rest; `possessive`
 * when the day was written as one, before the talk's name: "Yesterday's remarks on Huawei. Anything on
 * the lawsuit?" is of the spokesperson's talk whatever is asked after, "Yesterday's remarks by Pompeo"
 * of another's.
 */
export function tellsOfTheTalk(stated: string, after: string, spokespeople: readonly string[], possessive: boolean): boolean {
  const { speaker, speaking } = subjectsOf(spokespeople);
  const talk = possessive ? TALK_OF_THE_DAY.exec(stated) : null;
  if (talk) return talk.groups!.whose === undefined || speaker.test(talk.groups!.whose);
  return (speaking.test(stated) || AT_THE_BRIEFING.test(stated)) && ASKS_WHAT_WAS_SAID.test(after.trim());
}

/** Words of speaking after the Ministry or a spokesperson in Chinese ("发言人在记者会上谈到", "外交部宣布"). */
const SPOKE_IN_CHINESE = /提到|提及|谈到|谈及|谈|说|讲|表示|回应|回答|答问|表态|评论|宣布|发布|发表|介绍|指出|强调|称/u;
/** The briefing named in a Chinese clause: 记者会上, 在发布会上. */
const BRIEFING_IN_CHINESE = /记者会|发布会|吹风会/u;
/** A Chinese question asking what was said, in the past: 说了什么, 讲了哪些, 是怎么说的, 如何回应的, 原话. */
const ASKS_WHAT_WAS_SAID_IN_CHINESE = /(?:说|讲|谈|表示|提到|回应|回答|表态)(?:了|过)(?:些)?(?:什么|哪些|啥)|怎么说|(?:如何|怎样)(?:说|回应|回答|表态)的|原话/u;

/** As `tellsOfTheTalk`, of a Chinese question: `clause` its first clause after the day, `after` the rest. */
export function tellsOfTheTalkInChinese(clause: string, after: string, spokespeople: readonly string[]): boolean {
  const subject = subjectsOf(spokespeople).chinese.exec(clause.trim());
  const told = subject !== null ? SPOKE_IN_CHINESE.test(clause.trim().slice(subject[0].length)) : BRIEFING_IN_CHINESE.test(clause);
  return told && ASKS_WHAT_WAS_SAID_IN_CHINESE.test(after);
}
