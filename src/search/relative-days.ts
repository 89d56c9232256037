import { shiftedDay } from '../util/iso-date.js';
import { WEEKDAYS } from '../util/calendar.js';
import { edgeOf, eventBefore, tidySpaces } from './month.js';
import { splitSentences } from './sentences.js';
import { AT_END, BRIEFING, EDGE_WORDS, isoDay, SPEAKING, withEdge, type Dates } from './time-words.js';
import type { QuoteSpan } from './types.js';

/** Up to a week back: "three days ago" (大前天), "2 days ago". */
const DAYS_BACK = ['two', 'three', 'four', 'five', 'six', 'seven'];
/**
 * "yesterday", "the day before yesterday", "three days ago", "Monday", "on Monday", "last Friday",
 * "Friday last week"; with "and today" ("yesterday and today"), the days from it to today.
 */
const DAY_WORD = String.raw`(?:(?:the\s+)?day\s+before\s+yesterday|yesterday|(?:${DAYS_BACK.join('|')}|[2-7])\s+days\s+ago|(?:on\s+)?(?:(?:${WEEKDAYS.join('|')})\s+(?:of\s+)?last\s+week|(?:last\s+)?(?:${WEEKDAYS.join('|')})))(?:\s+and\s+today)?`;
/**
 * A day said relative to today is the talk's when the question says so: at its end ("Japan
 * yesterday?"), at its start ("Yesterday, …"), after a word of speaking ("say yesterday about"), as
 * a briefing's ("at yesterday's briefing", "Monday's press conference"), or in a Chinese question
 * (昨天, 上周五: `chinese-question.ts`). Inside a question it is an event's ("the sanctions the US
 * announced yesterday"), and left alone.
 */
const BRIEFING_OF_DAY = new RegExp(String.raw`\b(?:(?:at|in|during|from)\s+)?(?:the\s+)?(${DAY_WORD})['’]s\s+${BRIEFING}`, 'gi');
const DAY_AFTER_SPEAKING = new RegExp(String.raw`\b((?:${SPEAKING})(?:\s+(?:reporters|journalists|the\s+press))?)\s+(${DAY_WORD})\b`, 'gi');
const DAY_AT_EDGE = new RegExp(String.raw`(?<!\bday\s+)\b(?:ever\s+)?(${EDGE_WORDS})\s+(${DAY_WORD})\b(?:['’]s\s+${BRIEFING})?`, 'gi');
/** "between Monday and Wednesday", "from last Friday to yesterday", "between yesterday and today": the days from the first to the second. */
const DAYS_BETWEEN = new RegExp(String.raw`\b(?:between|from)\s+(${DAY_WORD})\s+(?:and|to|until|till|through)\s+(${DAY_WORD}|today)\b`, 'gi');
const DAY_AT_START = new RegExp(String.raw`^\s*(${DAY_WORD})\b[,:]?`, 'i');
const DAY_AT_END = new RegExp(String.raw`\b(${DAY_WORD})${AT_END}`, 'i');
/** A weekday in a name ("Black Friday", "Easter Sunday", "Super Tuesday"); "Japan Monday" is a day. */
const NAMED_WEEKDAY_BEFORE = /\b(?:black|cyber|super|bloody|good|easter|palm|ash|holy|maundy|shrove|giving|blue)\s+$/i;
/** "the Mail on Sunday", "the Independent on Sunday": newspapers. */
const NEWSPAPER_BEFORE = /\b(?:Mail|Independent|Observer)\s+$/;
const DAY_IN_CHINESE = new RegExp(String.raw`(?<=^|\s)(${DAY_WORD})(?=\s|$)`, 'gi');
/**
 * A past word of reporting as a news story attributes what was said: "China said on Wednesday the
 * Galwan Valley is …", "Beijing on Wednesday urged India to …", "told reporters on Monday".
 */
const REPORTED = String.raw`(?:said|told(?:\s+(?:reporters|journalists|the\s+press))?|stated|added|warned|urged|insisted|reiterated|claimed|accused|denied|rejected|vowed|called|announced|confirmed|condemned|critici[sz]ed|slammed|dismissed|demanded|protested|responded|commented|noted|stressed|asserted)`;
/** A wire story's dateline: "NEW DELHI (PTI) -", "BEIJING, June 17 (Reuters) -", "WASHINGTON (AP) —". */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'’-]*(?:,\s*\p{Lu}\p{Ll}+\.?\s+\d{1,2})?\s*\([^()]{2,40}\)\s*[-–—:]/u;
/**
 * Whether what looks like a dateline is a name in capitals and its words in brackets: "THAAD (Terminal
 * High Altitude Area Defense):" opens a question, not a wire story; its capitals are the words' initials.
 */
function isAcronymSpelledOut(dateline: string): boolean {
  const [, name, words] = /^\s*(\p{Lu}{2,})\s*\(([^()]+)\)/u.exec(dateline) ?? [];
  if (!name || !words) return false;
  const initials = words.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials === name;
}

/** A day beside a word of reporting, either side: "said on Wednesday", "on Wednesday urged", "told reporters yesterday". */
const DAY_REPORTED = new RegExp(String.raw`\b(?:${REPORTED}\s+(${DAY_WORD})|(${DAY_WORD})\s+${REPORTED})\b`, 'gi');
/** Words that make a sentence ask or request ("What China said on Monday", "Tell me what …", "Did Hua say yesterday …"), before its verb. */
const ASKING = /^\s*(?:what|how|why|when|where|who|whom|which|whether|did|does|do|has|have|had|is|are|was|were|can|could|would|will|should|tell|show|find|list|give|any)\b|\b(?:what|how|whether)\b/i;

/**
 * The days of a pasted news story: a day beside a word of reporting in a sentence that states and
 * does not ask ("NEW DELHI (PTI) — China said on Wednesday the Galwan Valley is …"), and every day
 * of a story opening with a dateline. Such a day is the story's, whose date the text does not give:
 * no date to search. A question typed ("What did China say on Wednesday?", "What the spokesperson
 * told reporters yesterday about Pompeo") asks, and its day is read (`readRelativeDays`). The text
 * without those days and without its dateline, the days as typed ("on Wednesday"), and the dateline.
 */
export function withoutStoryDays(text: string): { text: string; days: string[]; dateline?: string } {
  const days: string[] = [];
  const found = DATELINE.exec(text)?.[0];
  const dateline = found !== undefined && !isAcronymSpelledOut(found) ? found : undefined;
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
  return days.length > 0 ? { text: tidySpaces(read), days } : { text, days };
}

/**
 * The day "yesterday", "Monday" or "last Friday" is: a weekday's latest up to today ("last": before
 * today); "Friday last week" is the Friday of the calendar week (Monday to Sunday) before this one.
 */
function dayDates(said: string, today: Date): Required<Dates> {
  const words = tidySpaces(said.toLowerCase().replace(/^(?:the|on)\s+/, '')).replace(/^day/, 'the day').replace(/\s+of\s+/, ' ');
  if (/\s+and\s+today$/.test(words)) {
    const first = dayDates(words.replace(/\s+and\s+today$/, ''), today);
    return { words: `${first.from} to ${isoDay(today)} (${words})`, from: first.from, to: isoDay(today) };
  }
  const weekday = WEEKDAYS.findIndex((d) => words.includes(d.toLowerCase()));
  const sinceMonday = (today.getUTCDay() + 6) % 7;
  const ago = /^(\w+) days ago$/.exec(words)?.[1];
  const back = ago
    ? (DAYS_BACK.indexOf(ago) >= 0 ? DAYS_BACK.indexOf(ago) + 2 : Number(ago))
    : weekday < 0
    ? (/before/.test(words) ? 2 : words === 'today' ? 0 : 1)
    : /last week$/.test(words)
      ? sinceMonday + 7 - (weekday + 6) % 7
      : (today.getUTCDay() - weekday + 7) % 7 || (/^last/.test(words) ? 7 : 0);
  const day = shiftedDay(isoDay(today), -back);
  const label = weekday < 0 ? words : words.replace(WEEKDAYS[weekday]!.toLowerCase(), WEEKDAYS[weekday]!);
  return { words: `${day} (${label})`, from: day, to: day };
}

/**
 * `part` of a question with the days it says relative to `today` read (`dated` takes each and says
 * what is left in its place). `chinese`: the question is in Chinese, whose day words
 * (`chinese-question.ts` writes them in English) stand anywhere.
 */
export function readRelativeDays(part: string, today: Date, chinese: boolean, dated: (dates: Dates | null, whole: string) => string): string {
  const read = part
    .replace(DAYS_BETWEEN, (whole: string, first: string, last: string) => {
      const [a, b] = [dayDates(first, today), dayDates(last, today)].sort((x, y) => x.from.localeCompare(y.from));
      return dated({ words: `${a!.words} to ${b!.words}`, from: a!.from, to: b!.to }, whole);
    })
    .replace(DAY_AT_EDGE, (whole: string, edge: string, said: string) =>
      // "after Monday" said on a Monday is after last Monday.
      dated(withEdge(edge, dayDates(said, today), today) ?? (edgeOf(edge) === 'after' ? withEdge(edge, dayDates(`last ${said.replace(/^on\s+/i, '')}`, today), today) : null), whole))
    .replace(BRIEFING_OF_DAY, (whole: string, said: string) => dated(dayDates(said, today), whole))
    .replace(DAY_AFTER_SPEAKING, (whole: string, verb: string, said: string) => `${verb}${dated(dayDates(said, today), whole)}`)
    .replace(DAY_AT_START, (whole: string, said: string) => dated(dayDates(said, today), whole))
    .replace(DAY_AT_END, (whole: string, said: string, at: number, text: string) => {
      const before = text.slice(0, at);
      // A day in a name ("Black Friday"), or one an event is dated by ("the sanctions announced yesterday").
      const bareWeekday = !/^(?:on|last)\b|yesterday|last\s+week/i.test(said);
      const named = (bareWeekday && NAMED_WEEKDAY_BEFORE.test(before)) || (/^on\b/i.test(said) && NEWSPAPER_BEFORE.test(before));
      return named || eventBefore(before) ? whole : dated(dayDates(said, today), whole);
    });
  return chinese ? read.replace(DAY_IN_CHINESE, (whole: string, said: string) => dated(dayDates(said, today), whole)) : read;
}
