import { withArabicDates } from '../search/chinese-question.js';
import { MONTH_NAME } from '../util/calendar.js';
import { ANYONE, ASKED_OF_ANYONE } from '../search/framing.js';
import { namedDatesIntent } from '../search/month.js';
import { ambiguousDateWords, numericDatesAsWords } from '../search/numeric-dates.js';
import type { Briefing, SpoxSearch } from '../search/types.js';
import { nearestKeys, readBriefingKey } from './dates.js';

/**
 * A question that asks for one briefing, not for words: a date alone, as a desk pastes it
 * ("2019-10-10", "10 October 2019", "October 10, 2019", a key a card shows: "zh-2019-05-29"), with or
 * without the word "briefing" ("briefing 2019-10-10", "the briefing of 10 October 2019"); the link of
 * a transcript the index holds, given `links` (`linkAlone`); or the newest ("latest", "latest
 * briefing", "most recent briefing"). Searched as words, "2019-10-10" was
 * read as "2019 or later" (108 exchanges) and "latest" found the exchanges saying it. Each front end
 * opens it as its `briefing` and `latest` commands do.
 */
export type BriefingAsked = { latest: true } | BriefingNamed;

/**
 * A briefing named by a date, and how a date that could be read two ways was read (`read`: "“4/3/2019”
 * read as 4 March 2019, the day first: for April 3, ask 2019-04-03"), which each front end says above
 * the briefing (`dateReadText`): opened without a word, "4/3/2019" gave March 4 to a desk that meant April 3.
 */
export type BriefingNamed = { key: string; date: string; prefix: string; read?: string };

/** "briefing", "press conference", with "the" and "of"/"on": the word a date may stand beside. */
const BRIEFING_KIND = String.raw`(?:briefing|press\s+(?:conference|briefing)|transcript)`;
const BRIEFING_NOUN = String.raw`(?:regular\s+)?${BRIEFING_KIND}`;
const BRIEFING_WORD = String.raw`(?:the\s+)?${BRIEFING_NOUN}`;
const BRIEFING_BEFORE = new RegExp(String.raw`^${BRIEFING_WORD}(?:\s+(?:of|on|for|from))?\s+`, 'i');
const BRIEFING_AFTER = new RegExp(String.raw`\s+${BRIEFING_KIND}$`, 'i');
/**
 * A transcript's own title before the briefing's words, as each card and the Ministry's page show it:
 * "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on August 17, 2026". Pasted, it
 * had been searched as words (hunt-N #2: nothing found, or another day's answer of another spokesperson).
 */
const TITLE_BEFORE = new RegExp(String.raw`^(?:(?:the\s+)?foreign\s+ministry\s+spokes(?:person|man|woman)\s+)?(?:\p{L}[\p{L}-]*\s+){0,2}\p{L}[\p{L}-]*['’]s\s+(?=${BRIEFING_NOUN}\b)`, 'iu');
/**
 * The newest briefing asked with no topic: "latest", "the latest briefing", "most recent press conference",
 * "newest transcript", "the last briefing" ("last" alone is no briefing: "last year"), and what was said
 * at it ("What was said at the last briefing?"). Searched as words, "last briefing" led with a 2014
 * answer that says "briefing" (hunt-J #4).
 */
/** Who is asked when it is no one in particular (framing.ts): the spokesperson, the Ministry, China, "they". */
const ANYONE_SPEAKING = String.raw`(?:${ANYONE})`;
const LATEST = new RegExp(
  String.raw`^(?:(?:(?:what\s+(?:was\s+(?:said|discussed)|happened|did\s+${ANYONE_SPEAKING}\s+say)\s+(?:at|in)|when\s+was)\s+)?(?:the\s+)?` +
    String.raw`(?:(?:latest|newest|most\s+recent)(?:\s+${BRIEFING_NOUN})?|last\s+${BRIEFING_NOUN})` +
    // "When did the spokesperson last speak?": when the newest briefing was, which it opens.
    String.raw`|when\s+(?:did|was)\s+${ANYONE_SPEAKING}\s+last\s+(?:speak|brief|(?:hold|give)\s+a\s+(?:regular\s+)?(?:press\s+)?(?:briefing|conference)))$`,
  'i',
);
/**
 * The same in Chinese: "最新记者会", "最近一次例行记者会"; and a day as the Chinese pages write it, with the
 * Ministry's word after it or not ("2019年10月31日", "2019年10月31日例行记者会"), which opens that day's
 * Chinese transcript. Searched as words, "2019年10月31日" found 59 exchanges of 2019 on other things.
 */
const LATEST_ZH = /^(?:最新|最近|上一?次)(?:一次|的)?(?:例行)?(?:记者会|新闻发布会|发布会)$/u;
// The page's own title too: 2019年7月26日外交部发言人华春莹主持例行记者会.
const DAY_ZH = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:的)?(?:外交部)?(?:发言人)?(?:\s*\p{Script=Han}{2,3}\s*主持)?(?:例行)?(?:记者会|新闻发布会|发布会)?$/u;

export function briefingAsked(question: string, links?: Pick<SpoxSearch, 'briefingKeyOfLink'> & Partial<Pick<SpoxSearch, 'briefing'>>): BriefingAsked | null {
  const text = question.trim().replace(/[\s?.!？。！]+$/u, '').replace(/\s+/g, ' ');
  if (LATEST.test(text) || LATEST_ZH.test(text)) return { latest: true };
  // In characters too: 二〇一九年十月三十一日.
  const chinese = DAY_ZH.exec(withArabicDates(text));
  if (chinese) {
    const named = readBriefingKey(`zh-${chinese[1]}-${chinese[2]!.padStart(2, '0')}-${chinese[3]!.padStart(2, '0')}`);
    if ('problem' in named) return null;
    // A day of no Chinese page but of an English one (the 2026 site's): that one, said, not "no briefing" and Chinese dates of 2020 (hunt-J #6).
    const english = links?.briefing && !links.briefing(named.key) ? links.briefing(named.date) : undefined;
    if (english) {
      // Held only as a research corpus's pairs, it is no transcript (hunt-K b: "2022年3月8日" was called one).
      const held = english.importedFrom ? `its English exchanges of that day, imported from ${english.importedFrom}` : 'its English transcript of that day';
      return { key: named.date, date: named.date, prefix: '', read: `No Chinese transcript of ${named.date} in the index; ${held}` };
    }
    return named;
  }
  const date = text.replace(TITLE_BEFORE, '').replace(BRIEFING_BEFORE, '').replace(BRIEFING_AFTER, '');
  if (!date) return null;
  const link = linkAlone(text);
  if (link !== null) {
    const key = links?.briefingKeyOfLink(link);
    const named = key ? readBriefingKey(key) : null;
    return named && !('problem' in named) ? named : null;
  }
  // "20260817", as a file name or a spreadsheet writes it (hunt-J #5: "nothing found").
  const compact = /^((?:19|20)\d\d)(\d\d)(\d\d)$/.exec(date);
  const typed = readBriefingKey(compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : date);
  if (!('problem' in typed)) return typed;
  // A date written out ("10 October 2019", "Oct 10, 2019"), read as the engine reads it in "What was said on …".
  const read = namedDatesIntent(`${ASKED_OF_ANYONE} on ${date}`);
  if (!read?.day || read.query.trim() !== ASKED_OF_ANYONE) return null;
  const ambiguous = numericDatesAsWords(date).ambiguous.map(ambiguousDateWords);
  return { key: read.day, date: read.day, prefix: '', ...(ambiguous.length > 0 ? { read: ambiguous.join('; ') } : {}) };
}

/**
 * The question a briefing asked for (`briefingAsked`) is searched as beside options that narrow a search
 * ("2019-10-10 --spokesperson Geng", "latest --outlet Reuters"): every answer of that day in them, or
 * every answer in them latest first, as "What was said on …" asks. Searched as typed, "2019-10-10" was
 * the word "2019", read as 2019 or later (43 exchanges of 15 months), and "latest" the word (the Reuters
 * questions saying "the latest action"). A day of the Chinese pages stays as typed, read in Chinese.
 */
export function askedBesideOptions(asked: BriefingAsked): string | null {
  if ('latest' in asked) return `${ASKED_OF_ANYONE} latest`;
  return asked.prefix === '' ? `${ASKED_OF_ANYONE} on ${asked.date}` : null;
}

/** A link alone, as typed or as Slack marks one up (`<https://…>`, `<https://…|label>`). */
const LINK_ALONE = /^<?(https?:\/\/[^\s<>|]+)(?:\|[^>]*)?>?$/i;

/**
 * The link a question is made of alone (with the word "briefing" or "transcript" beside it, as a date
 * may be), or null: a desk pastes the transcript it reads, and `briefingAsked` opens that briefing
 * where the index holds it. Searched, a link is no words (`query-text.ts`): it was refused as one.
 */
export function linkAlone(question: string): string | null {
  const text = question.trim().replace(/\s+/g, ' ').replace(BRIEFING_BEFORE, '').replace(BRIEFING_AFTER, '');
  return LINK_ALONE.exec(text)?.[1] ?? null;
}

/** A briefing found by its key, with the other transcript of its day (`2019-04-29b`) and the Chinese one of the same date; or the nearest dates that have one. */
export type BriefingFound = { briefing: Briefing; other?: Briefing; chinese?: Briefing } | { nearest: string[] };

/** How many nearby dates every front end offers when there was no briefing that day. */
const NEAREST = 5;

/** The briefing a key names (`readBriefingKey`), as `/briefing` opens it; the `NEAREST` dates of its source that have one when none has the key. */
export function findBriefing(search: Pick<SpoxSearch, 'briefing' | 'nearestBriefingDates'>, named: BriefingNamed): BriefingFound {
  const briefing = search.briefing(named.key);
  if (!briefing) return { nearest: nearestKeys(search, named, NEAREST) };
  // Two transcripts of one day (a revised translation): the other is said.
  const other = /\d$/.test(named.key) ? search.briefing(`${named.key}b`) : undefined;
  const chinese = briefing.summary.lang === 'zh' ? undefined : search.briefing(`zh-${briefing.summary.date}`);
  return { briefing, ...(other ? { other } : {}), ...(chinese ? { chinese } : {}) };
}

/** A month and its year alone ("August 2026", "Aug 2026"). */
const MONTH_ALONE = new RegExp(String.raw`^${MONTH_NAME},?\s+(?:of\s+)?(?:19|20)\d\d$`, 'i');
const DAY_NUMBER = String.raw`(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?`;
/** A month's day alone, without its year ("Aug. 17", "August 10th", "the 17th of August"). */
const DAY_ALONE = new RegExp(String.raw`^(?:${BRIEFING_WORD}\s+(?:of|on)\s+)?(?:${MONTH_NAME}\s+${DAY_NUMBER}|(?:the\s+)?${DAY_NUMBER}\s+(?:of\s+)?${MONTH_NAME})$`, 'i');

const CHINESE_NUMBER = '[\\d一二三四五六七八九十]';
const ZH_YEAR = '(?:(?:19|20)?\\d\\d\\s*年\\s*)';
const ZH_MONTH_DAY = `${CHINESE_NUMBER}{1,2}\\s*月\\s*${CHINESE_NUMBER}{1,3}\\s*[日号]`;
/** After a day: a range to another day (至10日, 到7月1日) or an edge (以来, 起). */
const ZH_DAY_STRETCH = `(?:\\s*(?:至|到|—|-|~|～)\\s*(?:${CHINESE_NUMBER}{1,2}\\s*月\\s*)?${CHINESE_NUMBER}{1,3}\\s*[日号]|\\s*(?:以来|至今|起))`;
/** The briefing after a Chinese date ("6月4日的记者会", "2019年3月例行记者会"), or what was said or happened then ("8月17日说了什么"). */
const CHINESE_AFTER_DATE = /(?:的?(?:例行)?记者会上?|(?:发言人)?(?:都)?(?:说|讲|谈|发生)了(?:些)?什么)$/u;
/**
 * A Chinese date alone: a month's day without its year ("6月4日", "六月四日", "8月17号"), a month with its year
 * ("2019年3月", "2019年3月份", "19年5月"), or days from one (6月4日以来, 2019年5月6日至10日); a day with its year
 * alone opens its briefing (`briefingAsked`).
 */
const CHINESE_DAY_ALONE = new RegExp(`^(?:${ZH_YEAR}${CHINESE_NUMBER}{1,2}\\s*月份?|${ZH_MONTH_DAY}${ZH_DAY_STRETCH}?|${ZH_YEAR}${ZH_MONTH_DAY}${ZH_DAY_STRETCH})$`, 'u');

/**
 * A month's day alone, without its year, as the question asking what was said then ("What was said on
 * Aug. 17"), which the search reads as each such day the index holds a briefing of, the latest first
 * (relative-dates.ts); a month and its year alone as every answer of that month ("What was said in
 * August 2026"); null for any other question. Searched as words, "Aug. 17" was "nothing found", "August
 * 10th" led with a 2018 statement saying "August" (hunt-J #5), and "August 2026" was read as 2026 or
 * later, "August" searched (hunt-K #8).
 */
export function dayAloneAsked(question: string): string | null {
  const text = question.trim().replace(/[\s?!？！。]+$/u, '').replace(/\s+/g, ' ');
  if (MONTH_ALONE.test(text)) return `${ASKED_OF_ANYONE} in ${text}`;
  // In Chinese, the framing the search reads as every answer of the dates, as the English: "6月4日" and "2019年3月"
  // alone were searched as characters and numbers, 284 and 193 exchanges of any date.
  const dated = text.replace(CHINESE_AFTER_DATE, '');
  if (CHINESE_DAY_ALONE.test(dated)) return `发言人${dated}说了什么`;
  return DAY_ALONE.test(text) ? `${ASKED_OF_ANYONE} on ${text}` : null;
}
