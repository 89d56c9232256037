import { shiftedDay } from '../util/iso-date.js';
import { WEEKDAYS } from '../util/calendar.js';
import { edgeOf, eventBefore, tidySpaces } from './month.js';
import { AT_END, BRIEFING, EDGE_WORDS, isoDay, SPEAKING, withEdge, type Dates } from './time-words.js';

/** Up to a week back: "three days ago" (大前天), "2 days ago". */
const DAYS_BACK = ['two', 'three', 'four', 'five', 'six', 'seven'];
/**
 * "yesterday", "the day before yesterday", "three days ago", "Monday", "on Monday", "last Friday",
 * "Friday last week"; with "and today" ("yesterday and today"), the days from it to today.
 */
export const DAY_WORD = String.raw`(?:(?:the\s+)?day\s+before\s+yesterday|yesterday|(?:${DAYS_BACK.join('|')}|[2-7])\s+days\s+ago|(?:on\s+)?(?:(?:${WEEKDAYS.join('|')})\s+(?:of\s+)?last\s+week|(?:last\s+)?(?:${WEEKDAYS.join('|')})))(?:\s+and\s+today)?`;
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
