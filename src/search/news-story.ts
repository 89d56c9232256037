import { MONTH_NAMES } from '../util/calendar.js';
import { tidySpaces } from './month.js';
import { DAY_WORD } from './relative-days.js';
import { BRIEFING } from './time-words.js';
import { splitSentences } from './sentences.js';
import { REPORTED, tellsOfTheTalk, tellsOfTheTalkInChinese } from './talk-told.js';
import type { QuoteSpan } from './types.js';

/**
 * A pasted news story's furniture, read apart from the question it may hold: its dateline ("NEW DELHI
 * (PTI) —") and the days its sentences are dated by ("China said on Wednesday"), which date the story,
 * not the talk asked about (`relative-days.ts` reads the days a question asks about).
 */

/**
 * What looks like a wire story's dateline: a name in capitals, maybe a date, a bracket, a dash or a
 * colon ("NEW DELHI (PTI) -", "BEIJING, June 17 (Reuters) -", "WASHINGTON (AP) —"). So does a name in
 * capitals opening a question with its words in brackets ("ASEAN (Association of Southeast Asian
 * Nations): …", "AUKUS (Australia, UK, US): …"), which is no dateline (`isDateline`).
 */
const MONTH_ABBREVIATIONS = MONTH_NAMES.map((month) => month.slice(0, 3)).join('|');
const MONTH_DAY = String.raw`(?:(?:${MONTH_ABBREVIATIONS})[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:${MONTH_ABBREVIATIONS})[a-z]*\.?)(?:,?\s+(?:19|20)\d\d)?`;
const DATELINE = new RegExp(String.raw`^\s*\p{Lu}[\p{Lu}\s.'’-]*?(?<date>,\s*${MONTH_DAY})?\s*\((?<credit>[^()]{2,40})\)\s*[-–—:]`, 'u');
/**
 * The wire services and outlets a dateline's bracket credits ("(Reuters)", "(AP)", "(Kyodo)", "(CNN
 * Business)"): with one of them, or a date after the name in capitals, it is a dateline. Spelling
 * out an acronym was the test before, and "ASEAN (Association of Southeast Asian Nations)" is no exact
 * spelling ("of" is dropped, "Southeast" one letter): read as a dateline, the question named no topic.
 */
const WIRE_CREDIT = /\b(?:Reuters|REUTERS|AP|Associated Press|AFP|Agence France[- ]Presse|PTI|Press Trust of India|ANI|IANS|UNI|Xinhua|XINHUA|Bloomberg|Kyodo|KYODO|Jiji|Yonhap|YONHAP|UPI|dpa|DPA|EFE|ANSA|TASS|Sputnik|RIA Novosti|Interfax|CNA|Bernama|Antara|Anadolu|KUNA|WAM|APP|BSS|IRNA|Lusa|PNA|VNA|Prensa Latina|CNN|BBC|NHK|CGTN)\b/;

function isDateline(found: RegExpExecArray): boolean {
  return found.groups!.date !== undefined || WIRE_CREDIT.test(found.groups!.credit!);
}

/** A day beside a word of reporting, either side: "said on Wednesday", "on Wednesday urged", "told reporters yesterday". */
const DAY_REPORTED = new RegExp(String.raw`\b(?:${REPORTED}\s+(${DAY_WORD})|(${DAY_WORD})\s+${REPORTED})\b`, 'gi');
/** Words that make a sentence ask or request ("What China said on Monday", "Tell me what …", "Did Hua say yesterday …"), before its verb. */
const ASKING_FIRST = /^\s*(?:what|how|why|when|where|who|whom|which|whether|did|does|do|has|have|had|is|are|was|were|can|could|would|will|should|tell|show|find|list|give|any)\b/i;
const ASKING = new RegExp(String.raw`${ASKING_FIRST.source}|\b(?:what|how|whether)\b`, 'i');

/**
 * The days of a pasted news story: a day beside a word of reporting in a sentence that states and
 * does not ask ("NEW DELHI (PTI) — China said on Wednesday the Galwan Valley is …"), and every day
 * of a story opening with a dateline. Such a day is the story's, whose date the text does not give:
 * no date to search. A question typed ("What did China say on Wednesday?", "What the spokesperson
 * told reporters yesterday about Pompeo") asks, and its day is read (`readRelativeDays`). The text
 * without those days and without its dateline, the days as typed ("on Wednesday"), and the dateline.
 * `spokespeople` are the index's, whose talk a question may open by telling of (`talk-told.ts`).
 */
export function withoutStoryDays(text: string, spokespeople: readonly string[] = []): { text: string; days: string[]; dateline?: string; toldDays?: string[] } {
  const days: string[] = [];
  const found = DATELINE.exec(text);
  const dateline = found && isDateline(found) ? found[0] : undefined;
  const dated = dateline !== undefined;
  let sentences: QuoteSpan[] | undefined;
  const taken = (whole: string, said: string): string => {
    days.push(tidySpaces(said));
    return whole.replace(said, ' ');
  };
  const read = dated
    ? text.replace(new RegExp(String.raw`\b${DAY_WORD}\b`, 'gi'), (said: string) => taken(said, said))
    : text.replace(DAY_REPORTED, (whole: string, after: string | undefined, before: string | undefined, at: number) => {
      // The sentence it stands in, whose "U.S." or "Mr." ends none: one that asks keeps its day.
      sentences ??= splitSentences(text);
      const { start, end } = sentences.find((span) => span.start <= at && at < span.end) ?? { start: 0, end: text.length };
      const asks = ASKING.test(text.slice(start, at + whole.length)) || /\?["”’)]*$/.test(text.slice(start, end));
      return asks ? whole : taken(whole, (after ?? before)!);
    });
  // The dateline itself is the wire's furniture, not the question: "none of them says “Reuters”" read as "Reuters never asked".
  if (dateline !== undefined) return { text: tidySpaces(read.replace(DATELINE, ' ')), days, dateline: tidySpaces(dateline) };
  const told = toldDay(read, spokespeople);
  if (told) return { text: told.text, days, toldDays: [told.day] };
  return days.length > 0 ? { text: tidySpaces(read), days } : { text, days };
}

/** A day opening a text, not as a briefing's ("Yesterday's briefing"): "Yesterday, Japan's chief cabinet secretary said …". */
const DAY_OPENING = new RegExp(String.raw`^\s*(${DAY_WORD})\b(?!['’]s\s+${BRIEFING})(['’]s)?[,:]?`, 'i');

/**
 * A day opening a first sentence that states what happened, and a question after it ("Yesterday
 * Japanese coast guard vessels chased Chinese ships near the Senkaku islands. What is China's
 * response?"): a reporter's question pasted, whose day is the event's, the day before the briefing
 * it was asked at, not a day before today (explore38 M3). The transcripts' questions open so 107
 * times with "Yesterday" in the English pages, every one of them a sentence stating an event and a
 * question after it. A first sentence that asks ("Yesterday, what did the spokesperson say about
 * Huawei?"), a day with little else before the question, or a first sentence telling of the
 * Ministry's talk that day before a question asking what was said (`talk-told.ts`), is the talk's (`readRelativeDays`).
 */
function toldDay(text: string, spokespeople: readonly string[]): { text: string; day: string } | null {
  const m = DAY_OPENING.exec(text);
  if (!m) return toldDayInChinese(text, spokespeople);
  const sentences = splitSentences(text);
  const first = sentences[0];
  if (!first || sentences.length < 2 || !text.slice(first.end).trim()) return null;
  const stated = text.slice(m[0].length, first.end);
  if (ASKING_FIRST.test(stated) || /\?["”’)]*\s*$/.test(stated) || stated.trim().split(/\s+/).length < 3) return null;
  if (tellsOfTheTalk(stated, text.slice(first.end), spokespeople, m[2] !== undefined)) return null;
  return { text: tidySpaces(text.slice(m[0].length)), day: tidySpaces(m[1]!) };
}

/** A day opening a Chinese text, not as a briefing's (昨天的记者会上): 昨天，法国举行总统大选，中方对此有何评论？ */
const DAY_OPENING_IN_CHINESE = /^\s*(大前天|前天|昨天|上周[一二三四五六日天1-7]|周[一二三四五六日])(?:上午|下午|晚上|早上|晚间|凌晨|中午|时)?(?!的)[，,、]?/u;
/** Words that make a Chinese clause ask. */
const ASKING_IN_CHINESE = /[？?]|什么|吗|如何|怎么|怎样|是否|哪|有何|能否|可否|有没有/u;

/**
 * As `toldDay`, of a question in Chinese, whose statement and question are often one sentence joined
 * by a comma: the day opening a first clause that states ("昨天，法国举行总统大选") with more after it.
 * The Chinese pages' questions open with a day 319 times (昨天, 前天, 上周五, 周一 …), each a
 * statement of what happened before its question; "昨天外交部发言人谈华为" (one clause) and a first
 * clause that asks (昨天，发言人说了什么？) are the talk's.
 */
function toldDayInChinese(text: string, spokespeople: readonly string[]): { text: string; day: string } | null {
  const m = DAY_OPENING_IN_CHINESE.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  const end = rest.search(/[，,。！？?!；;]/u);
  if (end < 2 || !rest.slice(end + 1).trim()) return null;
  if (ASKING_IN_CHINESE.test(rest.slice(0, end + 1))) return null;
  if (tellsOfTheTalkInChinese(rest.slice(0, end), rest.slice(end + 1), spokespeople)) return null;
  return { text: rest.trim(), day: m[1]! };
}
