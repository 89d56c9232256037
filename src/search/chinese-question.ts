import { MONTH_NAMES, WEEKDAYS } from '../util/calendar.js';
import { escapeRegExp } from '../util/regexp.js';
import { createRequire } from 'node:module';
import { CHINESE_REGIONAL_NAMES, ENGLISH_NAMES_IN_CHINESE } from './aliases.js';
import { hasCjk, replaceAtWordStart } from './cjk.js';
import { ANYONE_ZH, CHINESE_ASKING, MENTIONING_WORDS_ZH } from './framing.js';
import { outsideQuotes } from './quoted-parts.js';
import { termsOf } from './terms.js';
import type { ChineseWordsRead, SearchFilters } from './types.js';

/**
 * A Chinese question as the Ministry's pages would write it, before its words are searched: the
 * pages are in Simplified characters, in the mainland's names, and a question's framing ("中方对…有何
 * 评论") and its date ("2019年3月份") are no topic words.
 */

type OpenCCModule = typeof import('opencc-js/t2cn');
let toSimplified: ((text: string) => string) | undefined;

/**
 * OpenCC's Hong Kong → mainland conversion (`hk2s`): it reads Taiwan's characters too (臺灣, 華為,
 * 峯會 all come out as the Ministry writes them) and Hong Kong's variants besides (衞, 敍, 衹), and it
 * leaves Simplified text nearly as it is: of the 7,297 bundled Chinese records it changes 6 (特別 and
 * 佩奧, Traditional characters left in the source; 藉此 → 借此; 乾迪 → 干迪). The Taiwan one (`tw2s`) changes 69, turning the
 * Ministry's 显著 into 显着, and its phrase variant (`tw2sp`) over a thousand (核心 → 内核, 建立 →
 * 创建). Loaded on the first Chinese question, and only the package's Traditional → Simplified
 * build (`opencc-js/t2cn`: about 20 ms to load where the full one takes 70-100, then some 50 ms to
 * build the converter): an English question never pays for it.
 */
function converter(): (text: string) => string {
  if (toSimplified) return toSimplified;
  const OpenCC = createRequire(import.meta.url)('opencc-js/t2cn') as OpenCCModule;
  const convert = OpenCC.Converter({ from: 'hk', to: 'cn' });
  toSimplified = convert;
  return convert;
}

const REGIONAL = CHINESE_REGIONAL_NAMES.map(({ canonical, variants, notAfter }) => ({
  canonical,
  pattern: new RegExp(`${notAfter ? `(?<![${notAfter}])` : ''}(?:${variants.join('|')})`, 'gu'),
}));

/** Traditional characters as Simplified, and the regional names of `aliases.ts` as the Ministry's; text without Chinese as it was. */
export function simplifiedChinese(text: string): string {
  return hasCjk(text) ? asMinistryWrites(converter()(text)) : text;
}

/** The regional names of `aliases.ts` in a Simplified text as the Ministry's, each one `read` (as written, then as searched). */
function asMinistryWrites(text: string, read?: (typed: string, ministry: string) => void): string {
  let out = text;
  for (const { canonical, pattern } of REGIONAL) {
    out = out.replace(pattern, (typed) => {
      read?.(typed, canonical);
      return canonical;
    });
  }
  return out;
}

/**
 * The regional names of `aliases.ts` a question writes (in Simplified characters), each with the
 * Ministry's form it is searched as ("澳洲" as 澳大利亚), for the answer to say so; none for text without Chinese.
 */
export function ministryFormsIn(text: string): { typed: string; ministry: string }[] {
  if (!hasCjk(text)) return [];
  const read: { typed: string; ministry: string }[] = [];
  asMinistryWrites(converter()(text), (typed, ministry) => {
    if (!read.some((r) => r.typed === typed)) read.push({ typed, ministry });
  });
  return read;
}

/** Short capitals are matched as written: "WHO", "US", "UN", "INF" are English words in lower case. */
const asWritten = (s: string): boolean => /^[A-Z0-9]{2,3}$/.test(s);
/** A form as it is looked up: no spaces or hyphens ("Kim Jong-un", "COVID 19"), and in lower case unless matched as written. */
const formKey = (s: string, written: boolean): string => (written ? s : s.toLowerCase()).replace(/[\s-]+/g, '');

/**
 * One pattern per case rule: the longer forms first, so "UN Security Council" is read before "UN".
 * Bounded by Latin letters and digits only, since a question may write 新冠 right after "WHO".
 */
const ENGLISH_NAMES = [false, true].map((written) => {
  const forms = ENGLISH_NAMES_IN_CHINESE.flatMap(({ chinese, english }) =>
    english.filter((e) => asWritten(e) === written).map((e) => [e, chinese] as const),
  ).sort(([a], [b]) => b.length - a.length);
  const chineseOf = new Map(forms.map(([e, c]) => [formKey(e, written), c]));
  const alternatives = forms.map(([e]) => escapeRegExp(e).replace(/[ -]/g, '[\\s-]?')).join('|');
  return {
    pattern: new RegExp(`(?<![A-Za-z0-9])(?:${alternatives})(?![A-Za-z0-9])`, written ? 'g' : 'gi'),
    chineseOf: (match: string): string => chineseOf.get(formKey(match, written)) ?? match,
  };
});

/**
 * The English names of `ENGLISH_NAMES_IN_CHINESE` in a Chinese question as the Ministry's Chinese
 * pages write them: "WHO 新冠" → "世卫组织 新冠". Only for a question searched in the Chinese records
 * (the engine calls it when the index has them); text without Chinese, and quoted phrases, as they were.
 */
export function englishNamesAsChinese(text: string): string {
  return hasCjk(text) ? englishNamesInChineseForms(text) : text;
}

/** Every English name of `ENGLISH_NAMES_IN_CHINESE` in a text as the Chinese pages write it ("THAAD" → "萨德"), quoted phrases as they were. */
export function englishNamesInChineseForms(text: string): string {
  return outsideQuotes(text, (part) => {
    let out = part;
    for (const { pattern, chineseOf } of ENGLISH_NAMES) out = out.replace(pattern, (m) => ` ${chineseOf(m)} `);
    return out;
  })
    .replace(/\s+/g, ' ')
    .trim();
}

/** A briefing, as a Chinese question names it: 记者会, 例行记者会, 新闻发布会, 发布会, 吹风会. */
const BRIEFING_ZH = '(?:例行)?(?:新闻发布会|记者会|发布会|吹风会)';
/**
 * After a date, the 的 that joins it to the topic (2019年3月的华为, "Huawei of March 2019") or to the
 * briefing (2019年3月5日的记者会上, "at the press conference of 5 March 2019"): read with the date.
 * Searched, 的华 and 记者会上 were words, and 记者会上 ranked the exchanges whose question quotes
 * another press conference above those on Huawei.
 */
const OF_DATE = String.raw`(?:\s*的(?!确))?(?:\s*${BRIEFING_ZH}上?)?`;

/**
 * A date written the Chinese way ("2019年", "2019年3月份", "2019年3月5日") read as an English
 * question's: the year alone as "2019" (rule 4 of gate.ts: that year or later), a month as "March
 * 2019", which `month.ts` reads as its dates, a day as "March 5, 2019" (its month, that day's answers
 * first; read as March 2019 alone, the day's answers ranked 8th and 11th). "2019年华为" would
 * otherwise search the bigram 年华, and "3月份" the words 3 and 月份. Outside quoted phrases only.
 */
const CHINESE_DATE = new RegExp(String.raw`(?:(?:在|于)\s*)?(?<!\d)((?:19|20)\d\d)\s*年(?:\s*度)?(?:\s*(\d{1,2})\s*月(?:\s*份)?(?:\s*(\d{1,2})\s*[日号])?)?(?:\s*(以来|至今|起|以前|之前|以后|之后|前(?![往来])|后(?!来)))?${OF_DATE}`, 'gu');
/** The edge a word after a Chinese date makes: 以来 "since", 之前 "before", 以后 "after". */
function chineseEdge(word: string): 'since' | 'before' | 'after' {
  return /以来|至今|起/.test(word) ? 'since' : /前/.test(word) ? 'before' : 'after';
}
/**
 * A year said as the whole of the time of the talk: 在2019年 ("in 2019"), 2019年全年 ("all of 2019"),
 * 2019年期间 ("during 2019"), 2019年内; read as "in 2019" at an English question's end is (that year
 * only), where a bare 2019年 reads as "2019" (that year or later, or naming it). Not with a month,
 * a part or an edge after it (在2019年3月, 在2019年底, 在2019年以前), read as those say; nor dating an
 * event (香港在2019年发生的暴乱, "the riots of 2019", talked of later too), as "elected in 2018" is not.
 */
const WHOLE_YEAR = new RegExp(String.raw`(?:在\s*((?:19|20)\d\d)\s*年(?:\s*度)?(?:\s*(?:全年|整年|期间|年内|内))?|((?:19|20)\d\d)\s*年(?:\s*度)?\s*(?:全年|一整年|整年|期间|年内))(?:\s*的?\s*${BRIEFING_ZH}上?)?(?!\s*(?:\d|以|至|到|之|前|后|起|[上下]半|初|底|末|中|[春夏秋冬]|第|[Qq]\d))(?![^\s，。？！,?!]{0,8}的)`, 'gu');

/**
 * The NPC and CPPCC sessions (两会) of the years of the Chinese pages, from the CPPCC's opening to the
 * NPC's closing: early March, and in 2020, put off by the epidemic, late May.
 */
const TWO_SESSIONS: Record<string, readonly [month: string, from: number, to: number]> = {
  2016: ['March', 3, 16], 2017: ['March', 3, 15], 2018: ['March', 3, 20], 2019: ['March', 3, 15], 2020: ['May', 21, 28],
};
/** 2019年两会期间, 2019年的两会, 两会期间 2019年: the sessions of a year; 两会期间 alone, the sessions of no year in particular. */
const SESSIONS_OF_YEAR = /((?:19|20)\d\d)\s*年\s*(?:的\s*)?(?:全国)?两会(?:期间)?|(?:全国)?两会期间\s*((?:19|20)\d\d)\s*年?/u;
const SESSIONS = /(?:全国)?两会期间/u;

/**
 * 两会期间 ("during the Two Sessions", the NPC and CPPCC's March sessions): with a year the index holds
 * the sessions of (`TWO_SESSIONS`), read as their dates ("2019年两会期间" → from March 3 to March 15,
 * 2019, which `month.ts` reads); without one, searched as words, the sessions' dates changing with the
 * year. The question with those dates as English, and how it was read; as typed when it says no 两会.
 */
export function twoSessionsRead(text: string): { text: string; read: ChineseWordsRead | null } {
  if (!text.includes('两会')) return { text, read: null };
  let read: ChineseWordsRead | null = null;
  const dated = outsideQuotes(text, (part) => {
    if (read) return part;
    const m = SESSIONS_OF_YEAR.exec(part);
    const year = m && (m[1] ?? m[2])!;
    const held = year ? TWO_SESSIONS[year] : undefined;
    if (m && held) {
      const [month, from, to] = held;
      read = { written: m[0].trim(), searched: `${month} ${from} to ${to}, ${year}`, as: 'sessions' };
      return `${part.slice(0, m.index)} from ${month} ${from} to ${month} ${to}, ${year} ${part.slice(m.index + m[0].length)}`;
    }
    const words = SESSIONS.exec(part);
    if (words && !m) read = { written: words[0], searched: words[0], as: 'words' };
    return part;
  });
  return { text: read ? dated.replace(/\s+/g, ' ').trim() : text, read };
}

/**
 * A decade: 2010年代, 1990年代, 上世纪90年代, 20世纪九十年代, 本世纪10年代, and a bare 90年代 (the 1930s to
 * the 1990s, 00年代 and 10年代 this century; 20年代 alone is either, and stays as typed), read as
 * "the 2010s" is by `month.ts` (the years from its first to its last), with 以来 as "since the
 * 1990s", 以前 as "before". Searched, 2010年代 was the year 2010 or later and the bigram 年代. Not its
 * part (90年代末, 90年代初), which an English question's "the late 1990s" is not read as either.
 */
const CHINESE_DECADE = new RegExp(
  `(?:(?:在|于)\\s*)?(?:(?:自|从)\\s*(?=[^年]{0,8}年代\\s*(?:以来|至今|起)))?(?:(上个?世纪|20\\s*世纪|二十世纪)|(本世纪|21\\s*世纪|二十一世纪))?\\s*(?<![\\d${'〇零一二三四五六七八九十'}])((?:19|20)\\d0|\\d0|[二三四五六七八九]十)\\s*年代(?!初|末|中期|中叶|后期|前期|后半|前半)(?:\\s*(以来|至今|起|以前|之前|以后|之后))?${OF_DATE}`,
  'gu',
);

/** " the 1990s ", " since the 1990s ": a decade as `CHINESE_DECADE` matches it; as typed when it names none. */
function decadeInEnglish(whole: string, last?: string, thisCentury?: string, said?: string, edge?: string): string {
  const tens = said!.length === 4 ? null : /^\d/.test(said!) ? Number(said![0]) : CHINESE_NUMBERS.indexOf(said![0]!) + 1;
  const century = last ? '19' : thisCentury ? '20' : tens === null ? null : tens >= 3 ? '19' : tens <= 1 ? '20' : null;
  const decade = said!.length === 4 ? said! : century && `${century}${tens}0`;
  if (!decade || (said!.length === 4 && (last || thisCentury))) return whole;
  return ` ${edge ? `${chineseEdge(edge)} ` : ''}the ${decade}s `;
}

/** 自 or 从 before a year and its 以来, 至今 or 起 ("自2019年6月起"): the "since" says it already. */
const FROM_BEFORE_EDGE = /(?:自|从)\s*(?=(?:19|20)\d\d\s*年[^以至起]{0,8}(?:以来|至今|起))/gu;

/**
 * 2019年上半年, 2020年初, 2019年底, 2019年夏天, 2019年第四季度, 2019年Q4: a part of a year, as `month.ts` reads "in
 * the first half of 2019", "in early 2020", "in the summer of 2019", "in Q4 2019" (not 冬天, as not winter).
 */
const CHINESE_PART = new RegExp(String.raw`(?:(?:在|于)\s*)?(?<!\d)((?:19|20)\d\d)\s*年\s*(上半年|下半年|年初|初|年中|年底|底|年末|末|[春夏秋][天季]|第?[一二三四1-4]季度?|[Qq][1-4](?![\dA-Za-z]))${OF_DATE}`, 'gu');
const QUARTERS = ['first', 'second', 'third', 'fourth'];
/** A part of a year as `month.ts` reads its English: 第四季度 as "the fourth quarter of", Q4 as "Q4". */
function partInEnglish(said: string): string | undefined {
  const quarter = /^(?:第?([一二三四1-4])季度?|[Qq]([1-4]))$/u.exec(said);
  if (!quarter) return PART_IN_ENGLISH[said];
  if (quarter[2]) return `Q${quarter[2]}`;
  const n = quarter[1]!;
  return `the ${QUARTERS[/\d/.test(n) ? Number(n) - 1 : '一二三四'.indexOf(n)]} quarter of`;
}
const PART_IN_ENGLISH: Record<string, string> = {
  上半年: 'the first half of', 下半年: 'the second half of', 年初: 'early', 初: 'early', 年中: 'mid', 年底: 'late', 底: 'late', 年末: 'late', 末: 'late',
  春天: 'the spring of', 夏天: 'the summer of', 秋天: 'the autumn of', 春季: 'the spring of', 夏季: 'the summer of', 秋季: 'the autumn of',
};

const CHINESE_NUMBERS = '一二三四五六七八九十';
/** A month's number, in digits or characters (3, 三, 十二). */
const CHINESE_MONTH = `(\\d{1,2}|十[一二]?|[${CHINESE_NUMBERS.slice(0, 9)}])`;
/** Dates said relative to today, read as `relative-dates.ts` reads their English. */
const RELATIVE_IN_ENGLISH: Record<string, string> = {
  今年: 'this year', 本年度: 'this year', 去年: 'last year', 前年: 'the year before last', 本月: 'this month', 这个月: 'this month', 上个月: 'last month', 上月: 'last month',
};
const SINCE = '(?:以来|至今)';
/** 今年, 去年以来 ("since last year"), 今年3月 and 去年三月份 ("March this year", "March last year"), 去年底; 最近 alone asks for the latest (`timeIntent`). */
// 年初, 年底, 年内 (the start, the end, within): the year, whole; 今年年初 would otherwise search 年初.
// 大前年 (three years ago) is no 前年.
const CHINESE_RELATIVE = new RegExp(`(?<!大)(${Object.keys(RELATIVE_IN_ENGLISH).join('|')})(?:年初|年底|年内|全年|初|底|内)?(?:\\s*${CHINESE_MONTH}\\s*月(?:\\s*份)?)?(?:\\s*(${SINCE}))?(的)?`, 'g');
/** 过去半年, 近三年, 最近12个月, 过去两周, 近10天, 两年来, 这两年: "the past 6 months", "the past 3 years" … (改革开放40年来 is no stretch of the talk) */
const CHINESE_STRETCH = new RegExp(`(?:(?:过去|近|最近|这)\\s*(\\d{1,2}|[${CHINESE_NUMBERS}两]|半)\\s*(年|个月|周|个星期|天)(?:来|以来)?|(?<![\\d${CHINESE_NUMBERS}])([1-9]|[${CHINESE_NUMBERS}两]|半)\\s*(年|个月)(?:来|以来))`, 'g');
const STRETCH_UNIT: Record<string, string> = { 年: 'year', 个月: 'month', 周: 'week', 个星期: 'week', 天: 'day' };
/** The words of the briefing after its time (昨天的例行记者会上, 两年前的记者会上): read with it. */
const AT_THE_BRIEFING = `(?:的?${BRIEFING_ZH}上?)?`;
/**
 * A time read only when it is not followed by 的 and something else than the briefing: that dates
 * an event, not the talk (两年前的G20峰会, "the G20 summit of two years ago"), and is left alone.
 */
const NOT_EVENT_OF = `(?!的(?!${BRIEFING_ZH}))${AT_THE_BRIEFING}`;
/** 两年前, 一个月前, 3个月前, 半年前: "two years ago", "a month ago", "6 months ago" (that calendar year or month); not 两年前的G20峰会. */
const CHINESE_AGO = new RegExp(`(\\d{1,2}|[${CHINESE_NUMBERS}两]|半)\\s*(年|个月)前${NOT_EVENT_OF}`, 'g');
/** 3月以来, 十二月以来, 3月起 (no year): "since March", its latest. */
const CHINESE_MONTH_SINCE = new RegExp(`(?:自|从)?\\s*(?<![\\d年${CHINESE_NUMBERS}])${CHINESE_MONTH}\\s*月份?\\s*(?:以来|至今|起)`, 'g');
/** 3月份, 三月份 (no year): "in March", its latest; 3月 alone may be a name's (十月革命), and is left alone. */
const CHINESE_MONTH_OF = new RegExp(`(?<![\\d年${CHINESE_NUMBERS}])${CHINESE_MONTH}\\s*月份${NOT_EVENT_OF}`, 'g');
/**
 * After a day, an edge or a range (6月4日以来, 6月4日至6日, 6月4日前后): the day alone is not what is asked, and is not read
 * (it had been read as June 4 itself, and "至6日" searched).
 */
const DAY_EDGE = '以来|至|到|起|以前|之前|以后|之后|前|后|—|-|~|～';
/** A day of a month, in figures or characters (4日, 十七号): its number the group. */
const ZH_DAY = `(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\\s*[日号]`;
/** 6月4日以来, 6月4日起 (no year): "since June 4", as `relative-dates.ts` reads its English. */
const CHINESE_DAY_SINCE = new RegExp(`(?:自|从)?\\s*(?<![\\d年${CHINESE_NUMBERS}])${CHINESE_MONTH}\\s*月\\s*${ZH_DAY}\\s*(?:以来|至今|起)`, 'g');
/** 6月4日至6日, 6月4日到7月1日 (no year): "between June 4 and June 6". */
const CHINESE_DAY_RANGE = new RegExp(`(?:从|自)?\\s*(?<![\\d年${CHINESE_NUMBERS}])${CHINESE_MONTH}\\s*月\\s*${ZH_DAY}\\s*(?:至|到|—|-|~|～)\\s*(?:${CHINESE_MONTH}\\s*月\\s*)?${ZH_DAY}`, 'g');
/** A sentence told, as a pasted question or lede is (据报道，6月4日美国国务卿发表声明，中方有何回应？): its day is the story's, not the briefing's. */
const TOLD_SENTENCE = /[，,。；;]|据报道|报道称/u;
/**
 * 6月4日, 8月17号 (no year): "June 4", which `relative-dates.ts` reads as each such day the index holds a briefing of.
 * Searched, they were the characters 月 and 日 and the numbers: "6月4日" gave 284 exchanges of any date. Not a news
 * lede's date (6月18日，日本关西地区发生地震) nor an event's (6月4日的事件).
 */
const CHINESE_MONTH_DAY = new RegExp(`(?<![\\d年${CHINESE_NUMBERS}])${CHINESE_MONTH}\\s*月\\s*${ZH_DAY}(?!\\s*(?:[，,、]|${DAY_EDGE}))${NOT_EVENT_OF}`, 'g');
/** 2019年至2020年, 从2019年到2020年, 2019年3月至5月: "between 2019 and 2020", "between March 2019 and May 2019". */
const CHINESE_RANGE = new RegExp(String.raw`(?:从|自)?\s*((?:19|20)\d\d)\s*年(?:\s*(\d{1,2})\s*月(?:\s*份)?(?:\s*(\d{1,2})\s*[日号])?)?\s*(?:至|到|—|-|~|～)\s*(?:((?:19|20)\d\d)\s*年)?(?:\s*(\d{1,2})\s*月(?:\s*份)?)?(?:\s*(\d{1,2})\s*[日号])?${OF_DATE}`, 'gu');

/**
 * 昨天, 前天, 大前天 (three days ago), 昨天和今天, 周一, 星期五, 本周一, 上周五 and 上周5 (the Friday of
 * last week, Monday to Sunday; 周7 is Sunday), not 上周 alone, which asks for the latest: as
 * `relative-dates.ts` reads their English. 前两天 ("the other day", "a couple of days ago") is the
 * three days before today: "two or so" back, so that on a Monday it reaches Friday's briefing.
 */
// 昨天的例行记者会上, 昨天下午: the words of the briefing go with the day. 美国昨天宣布的制裁 ("the sanctions the US
// announced yesterday") dates an event, and is left alone; so is 提前两天 ("two days ahead"), 会前两天 ("two days before the meeting").
const CHINESE_DAY = new RegExp(`(?:(大前天|昨天|昨日|前天)(?:\\s*(?:和|与|、)\\s*(今天|今日))?|(?<![提会之以节赛])(前两天)|(上|本|这)?(?:个)?(?:周|星期|礼拜)(?:([一二三四五六日天])|([1-7])(?![\\d个天年月日号次周])))(?!(?:宣布|公布|通过|签署|举行|发生|实施|出台|召开|启动|举办|批准|颁布|发动)[^，。？！]{0,6}的)(?:上午|下午)?${AT_THE_BRIEFING}`, 'g');
const CHINESE_WEEKDAYS = '日一二三四五六';
const CHINESE_DAYS_IN_ENGLISH: Record<string, string> = {
  大前天: 'three days ago', 前天: 'the day before yesterday', 昨天: 'yesterday', 昨日: 'yesterday', 前两天: 'from three days ago to yesterday',
};

function chineseCount(said: string): number {
  if (said === '两') return 2;
  const at = CHINESE_NUMBERS.indexOf(said);
  return at >= 0 ? at + 1 : Number(said);
}

/** A month's number (3, 三, 十二) as its English name, or undefined when there is no such month. */
function chineseMonthName(said: string): string | undefined {
  const n = said.startsWith('十') && said.length > 1 ? 10 + chineseCount(said.slice(1)) : chineseCount(said);
  return MONTH_NAMES[n - 1];
}

/** The digits of a year written in characters (二〇一九, 二零二零). */
const YEAR_DIGITS = '〇零一二三四五六七八九';
const YEAR_IN_CHARACTERS = new RegExp(`(?<![${YEAR_DIGITS}])([一二][${YEAR_DIGITS}]{3})(?=\\s*年)`, 'gu');
/**
 * A year of two digits before a month (19年5月, 20年3月份), as Chinese news shortens it: read as 2019, 2020 (and 98年 as
 * 1998). Only before a month: "19年来" is "for 19 years". It had been searched as the words 19, 年 and 5月 (hunt-H).
 */
const SHORT_YEAR_BEFORE_MONTH = new RegExp(`(?<![\\d${YEAR_DIGITS}])(\\d\\d)(\\s*年\\s*)(?=(?:\\d{1,2}|${CHINESE_MONTH.slice(1, -1)})\\s*月)`, 'gu');
/** A month in characters after a year (2019年十月, 2019年三月份): read as its digits, as 2019年10月 is. */
const MONTH_IN_CHARACTERS_AFTER_YEAR = new RegExp(`((?:19|20)\\d\\d\\s*年\\s*)${CHINESE_MONTH}(?=\\s*月)`, 'gu');

/** A day in characters after a year's month (2019年10月三十一日, 2019年3月五号): read as its digits. */
const DAY_IN_CHARACTERS_AFTER_MONTH = /((?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*)([一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=\s*[日号])/gu;

/** A day's number said in characters (五, 十五, 二十, 三十一), or 0 for none a month holds. */
function chineseDay(said: string): number {
  const digit = (c: string | undefined): number => (c ? CHINESE_NUMBERS.indexOf(c) + 1 : 0);
  const [tens, units] = said.includes('十') ? said.split('十') : [undefined, said];
  const day = (said.includes('十') ? (tens ? digit(tens) : 1) * 10 : 0) + digit(units);
  return day >= 1 && day <= 31 ? day : 0;
}

/**
 * Dates written in characters as in digits: 二〇一九年十月 is 2019年10月, 二〇二〇年 is 2020年, 2019年十月
 * is 2019年10月, 二〇一九年十月三十一日 is 2019年10月31日, as Chinese news writes them. Only a year of 19xx
 * or 20xx, a month after a year, and a day after its month (二〇一九年十月三十一日 was "nothing found").
 */
export function withArabicDates(text: string): string {
  const years = text.replace(YEAR_IN_CHARACTERS, (whole, said: string) => {
    const digits = [...said].map((c) => (c === '〇' || c === '零' ? 0 : CHINESE_NUMBERS.indexOf(c) + 1)).join('');
    return /^(?:19|20)\d\d$/.test(digits) ? digits : whole;
  }).replace(SHORT_YEAR_BEFORE_MONTH, (whole, short: string, sep: string) => (Number(short) >= 90 ? `19${short}${sep}` : Number(short) <= 30 ? `20${short}${sep}` : whole));
  const months = years.replace(MONTH_IN_CHARACTERS_AFTER_YEAR, (whole, year: string, month: string) => {
    const name = chineseMonthName(month);
    return name ? `${year}${MONTH_NAMES.indexOf(name) + 1}` : whole;
  });
  return months.replace(DAY_IN_CHARACTERS_AFTER_MONTH, (whole, monthOf: string, day: string) => {
    const n = chineseDay(day);
    return n > 0 ? `${monthOf}${n}` : whole;
  });
}

/** A day's edge and a range of days, each without its year (6月4日以来, 6月4日至6日), as their English; the rest as it is. */
function withDaysOfNoYear(text: string): string {
  return text
    .replace(CHINESE_DAY_SINCE, (whole, month: string, day: string) => {
      const named = monthDayInEnglish(month, day);
      return named ? ` since ${named} ` : whole;
    })
    .replace(CHINESE_DAY_RANGE, (whole, m1: string, d1: string, m2: string | undefined, d2: string) => {
      const [first, last] = [monthDayInEnglish(m1, d1), monthDayInEnglish(m2 ?? m1, d2)];
      return first && last ? ` between ${first} and ${last} ` : whole;
    });
}

/** 6月4日 ("6", "4"), 六月四日: "June 4"; null for no such month or day. */
function monthDayInEnglish(month: string, day: string): string | null {
  const name = chineseMonthName(month);
  const n = /^\d+$/.test(day) ? Number(day) : chineseDay(day);
  return name && n >= 1 && n <= 31 ? `${name} ${n}` : null;
}

/**
 * Two years compared (2019年和2020年相比, 2019年与2020年对比, 2020年比2019年, 2019年vs2020年): read as
 * "2019 vs 2020", those two years alone, each one's count said; joined with no word that compares
 * (2014年和2022年), as "in 2014 and 2022", which the English reads as those two years where they are apart.
 * Read as dates, the second was "2020 or later" and the first a word (hunt-M #10). Not before a month
 * or an edge of the second (2019年和2020年3月, 2019年和2020年以来).
 */
const CHINESE_YEARS_COMPARED = new RegExp(String.raw`(?:在\s*)?((?:19|20)\d\d)\s*年\s*(?:(和|与|同|跟|及|、)|(对比|比较|相比|比|vs\.?|VS\.?|versus))\s*((?:19|20)\d\d)\s*年(?!\s*(?:\d|[一二三四五六七八九十]|以|至|到|前|后|起|[上下]半|初|底|末|中(?![方国])|[春夏秋冬]|第|[Qq]\d|全年|期间))(?:\s*的?\s*(相比|相较|比较|对比|比))?(?:\s*[，,])?`, 'gu');

/**
 * How often, after two years compared and who spoke (2020年比2019年中方更多地谈到香港): "more", which the
 * English reads as how the years compare, not a word of the topic. `COMPARED_AT` marks where the years were.
 */
const COMPARED_AT = '\u0000';
const MORE_OFTEN_AFTER_COMPARED = new RegExp(`${COMPARED_AT}(\\s*[\\p{Script=Han}]{0,4}?)\\s*(?:(更多|更频繁|更经常|更常)|更少)地?`, 'u');

/**
 * `CHINESE_YEARS_COMPARED` in English, said at the question's end with how often, as the English
 * "Did China mention Hong Kong more in 2020 than in 2019?" ends: "2019 vs 2020 more", or "in 2014 and
 * 2022" joined with no word that compares. Left first, the years kept the framing after them (发言人提到) from being read.
 */
function withYearsComparedAtEnd(text: string): string {
  let compared = '';
  const marked = text.replace(CHINESE_YEARS_COMPARED, (_, first: string, joined: string | undefined, _comparing: string | undefined, second: string, after: string | undefined) => {
    compared = joined && !after ? `in ${first} and ${second}` : `${first} vs ${second}`;
    return ` ${COMPARED_AT} `;
  });
  if (!compared) return text;
  let often = '';
  const read = marked.replace(MORE_OFTEN_AFTER_COMPARED, (_, between: string, more?: string) => {
    often = more ? ' more' : ' less';
    return ` ${between} `;
  });
  // Before a question's closing particles and marks, which the framing's reading takes from its end (…香港吗？).
  const unmarked = read.replace(COMPARED_AT, ' ');
  const end = /(?:\s*(?:吗|呢|吧|啊|[?？。!！]))*\s*$/u.exec(unmarked)!.index;
  return `${unmarked.slice(0, end)} ${compared}${often} ${unmarked.slice(end)}`;
}

/** "2019年3月" → "March 2019"; a year alone stays the year. */
function monthAndYear(year: string, month?: string): string {
  return month ? `${MONTH_NAMES[Number(month) - 1]} ${year}` : year;
}

/** "2019年3月5日" → "March 5, 2019"; without its day, as `monthAndYear`. */
function dayAndYear(year: string, month?: string, day?: string): string {
  return month && day ? `${MONTH_NAMES[Number(month) - 1]} ${Number(day)}, ${year}` : monthAndYear(year, month);
}

/**
 * A year with 以来 or 至今 reads as "since 2019", with 以前 or 之前 as "before 2019" (`yearIntent`); a
 * range (至, 到) as "between 2019 and 2020"; dates relative to today and stretches as their English.
 */
export function chineseDatesAsEnglish(text: string): string {
  if (!/[年月周天日期拜]/.test(text)) return text;
  const asEnglish = (_: string, year: string, month?: string, day?: string, edge?: string): string =>
    ` ${edge ? `${chineseEdge(edge)} ` : ''}${dayAndYear(year, month, day)} `;
  const range = (whole: string, y1: string, m1?: string, d1?: string, y2?: string, m2?: string, d2?: string): string => {
    // "2019年至今" is an edge, not a range; a second date must be written.
    if (!y2 && !m2 && !d2) return whole;
    // 2019年5月6日至10日: the days of a month; a day without the one it runs from names no range.
    if (d2 && !d1) return whole;
    const end = d2 ? dayAndYear(y2 ?? y1, m2 ?? m1, d2) : monthAndYear(y2 ?? y1, m2 ?? (y2 ? undefined : m1));
    return ` between ${dayAndYear(y1, m1, d1)} and ${end} `;
  };
  const relative = (whole: string, said?: string, month?: string, since?: string, of?: string): string => {
    const english = RELATIVE_IN_ENGLISH[said!]!;
    // 前年3月, 前年的: no English reading of a month or an event of the year before last; left as typed.
    if (said === '前年' && (month || of)) return whole;
    // 今年的G20峰会: an event's time ("this year's G20 summit", `withEventYears`), not the talk's.
    if (of && !month && !since) return ` ${english}'s `;
    const monthName = month && chineseMonthName(month);
    const dated = monthName && /year$/.test(english) ? `${monthName} ${english}` : english;
    return ` ${since ? 'since ' : ''}${dated} `;
  };
  const stretch = (whole: string, n1?: string, unit1?: string, n2?: string, unit2?: string): string => {
    const n = (n1 ?? n2)!;
    const unit = (unit1 ?? unit2)!;
    if (n === '半') return unit === '年' ? ' the past 6 months ' : whole;
    const count = chineseCount(n);
    return count === 1 ? ` the past ${STRETCH_UNIT[unit]} ` : ` the past ${count} ${STRETCH_UNIT[unit]}s `;
  };
  const day = (_: string, relative?: string, today?: string, days?: string, last?: string, weekday?: string, digit?: string): string => {
    if (relative || days) return ` ${CHINESE_DAYS_IN_ENGLISH[(relative ?? days)!]}${today ? ' and today' : ''} `;
    const at = digit ? Number(digit) % 7 : weekday === '天' ? 0 : CHINESE_WEEKDAYS.indexOf(weekday!);
    return last === '上' ? ` ${WEEKDAYS[at]} last week ` : ` on ${WEEKDAYS[at]} `;
  };
  const ago = (_: string, n: string, unit: string): string => {
    if (n === '半') return unit === '年' ? ' 6 months ago ' : _;
    const count = chineseCount(n);
    const english = STRETCH_UNIT[unit]!;
    return ` ${count === 1 ? `a ${english}` : `${count} ${english}s`} ago `;
  };
  const monthSince = (whole: string, month: string): string => {
    const name = chineseMonthName(month);
    return name ? ` since ${name} ` : whole;
  };
  const monthOf = (whole: string, month: string): string => {
    const name = chineseMonthName(month);
    return name ? ` in ${name} ` : whole;
  };
  return outsideQuotes(text, (typed) => {
    const whole: string[] = [];
    const part = withYearsComparedAtEnd(withArabicDates(typed))
      .replace(CHINESE_DECADE, decadeInEnglish)
      .replace(CHINESE_PART, (said, year: string, of: string) => {
        const english = partInEnglish(of);
        return english ? ` in ${english} ${year} ` : said;
      })
      .replace(CHINESE_RANGE, range)
      .replace(WHOLE_YEAR, (_, inYear?: string, yearWhole?: string) => {
        whole.push((inYear ?? yearWhole)!);
        return ' ';
      });
    // At the end, where "in 2019" is read as the time of the talk (`yearIntent`).
    const dated = `${part.replace(FROM_BEFORE_EDGE, '').replace(CHINESE_DATE, asEnglish)}${whole.map((y) => ` in ${y}`).join('')}`;
    // A month's day (one only) at the end, where "June 4" is read as each such day (`relative-dates.ts`): "发言人6月4日说了什么".
    const told = TOLD_SENTENCE.test(dated);
    const days = told ? dated : withDaysOfNoYear(dated);
    const monthDays = told ? [] : [...days.matchAll(CHINESE_MONTH_DAY)];
    const dayNamed = monthDays.length === 1 ? monthDayInEnglish(monthDays[0]![1]!, monthDays[0]![2]!) : null;
    const read = [
      [CHINESE_STRETCH, stretch], [CHINESE_RELATIVE, relative], [CHINESE_DAY, day], [CHINESE_AGO, ago], [CHINESE_MONTH_SINCE, monthSince],
      [CHINESE_MONTH_OF, monthOf],
    ] as const;
    const readDates = read.reduce((t, [pattern, by]) => replaceAtWordStart(t, pattern, by as (m: string, ...g: (string | undefined)[]) => string), days);
    return dayNamed ? `${readDates.replace(CHINESE_MONTH_DAY, ' ')} ${dayNamed}` : readDates;
  })
    .replace(/\s+/g, ' ')
    .trim();
}

/** How a Chinese question asks for a comment ("有何评论", "怎么看"): kept with the rest of the framing in `framing.ts`. */
export { CHINESE_ASKING };

/**
 * The rest of a question's framing (after simplification). At its start, who is asked, with the
 * word that says "about" ("请问中方对", "外交部就", "你们对于", "中方在…问题上"): bare 对, 就 and 在
 * only after one (对华政策, 就业 and 在华企业 are topics); after 中国, 对 not where it begins a word
 * (中国对外开放, 对非合作, 对华政策, 对话); "tell us about" (说说, 谈谈). Anywhere, the words of asking and 关于. At
 * its end, "the position" and a question's particles ("…的立场是什么？", "…问题上", "…吗", "…啊").
 */
const LEADING: RegExp[] = [
  // Left at the start when a date or a speaker before it was read (耿爽如何评论2019年7月的香港局势 → 的香港局势).
  /^的/u,
  /^请问/u,
  // "Tell us about": 说说疫情溯源 (searched, 说说 and 说疫 kept the one exchange that writes them).
  /^请?(?:说说|谈谈|讲讲|聊聊)/u,
  // "Talks about": 中方谈乌克兰 (not 谈判, negotiations, nor 谈话, a talk).
  // "谈了", "谈过" with it: 谈了香港问题 had searched 了香港 (hunt-M #11).
  // A word of mentioning whole: 中方谈到香港 had left 到香港.
  new RegExp(`^(?:中国政府|中国外交部|外交部发言人|外交部|发言人|中方|你们|你)\\s*(?:对此|就此|对于|对|就|在|针对|${MENTIONING_WORDS_ZH}|谈(?![判话])[了过]?|${CHINESE_ASKING})`, 'u'),
  new RegExp(`^中国\\s*(?:对于|对(?![外非话]|华(?!为))|在|针对|${MENTIONING_WORDS_ZH}|谈(?![判话])[了过]?|${CHINESE_ASKING})`, 'u'),
  /^(?:对于|针对)/u,
  // A word of mentioning left first, who mentioned it unsaid or read before it (谈到香港吗; 2020年比2019年更多地谈到香港): no topic word.
  new RegExp(`^${MENTIONING_WORDS_ZH}(?=\\s*\\S)`, 'u'),
];
const ANYWHERE = new RegExp(`(?:${CHINESE_ASKING}|关于)`, 'gu');
const TRAILING: RegExp[] = [
  /的?(?:立场|态度|看法|观点|表态|评论|评价|回答|回应|答复|说法)(?:是什么|是怎样的|如何)?(?=[\s?？。!！吗呢]*$)/u,
  // Not 嘛, which ends 喇嘛.
  /[吗呢吧啊呀]?[\s?？。!！]*$/u,
  // The 的 closing "怎么说孟晚舟的", "是怎么评价蓬佩奥的": searched, it kept only the exchanges writing 孟晚舟的.
  /(?<=\p{Script=Han}{2})的$/u,
  // A word of stating after the topic ("耿爽就香港问题表示", "Geng Shuang stated on Hong Kong").
  /(?:表示|指出|强调)$/u,
  /(?<=问题)上$/u,
];

/**
 * A Chinese question without its framing: "中方对华为有何评论" → "华为", "请问中方如何看待孟晚舟案？"
 * → "孟晚舟案". English framing is taken out where words are searched (`topicOf`, the stop words of
 * terms.ts). Outside quoted phrases only; a question that is nothing but framing ("中方对此有何评论？")
 * is searched as written, as it was before.
 */
export function withoutChineseFraming(text: string): string {
  if (!hasCjk(text)) return text;
  const stripped = outsideQuotes(text, (part, { first, last }) => {
    let out = part.trim();
    if (first) for (const pattern of LEADING) out = out.replace(pattern, '').trim();
    out = out.replace(ANYWHERE, ' ');
    if (last) for (const pattern of TRAILING) out = out.replace(pattern, '').trim();
    return ` ${out} `;
  })
    .replace(/\s+/g, ' ')
    .trim();
  return termsOf(stripped).length > 0 ? stripped : text;
}

/**
 * The words a run of Chinese frames a question with and nothing else: who is asked (中国, 中方,
 * 外交部, 发言人), the word that says "about" (对, 就, 关于), the asking (有何评论, 怎么说), the stance
 * asked (立场, 态度) and particles. Longer forms first.
 */
const FRAMING_WORDS_ZH = new RegExp(
  `请问|${ANYONE_ZH}|${CHINESE_ASKING}|对此|就此|对于|针对|关于|立场|态度|看法|观点|表态|评论|评价|回应|反应|是什么|是怎样的|如何|怎么|怎样|什么|问题|[对就在的说谈讲上吗呢吧啊呀了过又都]`,
  'gu',
);

/**
 * Whether a run of Chinese characters (Simplified) only frames a question, naming no topic: "中国",
 * "中方对", "有何评论", "外交部怎么说". In a question whose topic is written in English ("中国 rule of
 * law", "中方对 Five Eyes 有何评论") it says who is asked, and the question is one in English
 * (`chineseNamesAsEnglish`).
 */
export function framesOnly(run: string): boolean {
  return hasCjk(run) && run.replace(FRAMING_WORDS_ZH, '').trim() === '';
}

/**
 * 问题 after a topic ("新疆问题", "台湾问题上", "the Xinjiang issue"): how a Chinese question names a
 * topic, not a word of it. Searched, its bigram with the topic's last character (疆问) was required,
 * and 新疆问题 found 57 of the 154 Chinese exchanges saying 新疆 (its first date 2018-11-01, not
 * 2017-03-01). Only a whole run of characters ending so: not "新疆问题和香港问题" nor "问题意识"; not after
 * a word pointing back ("这个问题", "有关问题"), which names no topic.
 */
const ISSUE = /(?<!\p{Script=Han})((?:(?!问题)\p{Script=Han}){2,})问题(?:上)?(?=$|[^\p{Script=Han}])/gu;
const POINTING_BACK = /^(?:这|那|此|该|哪|什么|上述|有关|相关|以上|这些|那些)/u;

/** The question with 问题 after each topic it names so taken out ("新疆问题" → "新疆"), outside quoted phrases, and the topics so read. */
export function withoutIssueWord(text: string): { text: string; issues: ChineseWordsRead[] } {
  const issues: ChineseWordsRead[] = [];
  if (!text.includes('问题')) return { text, issues };
  const read = outsideQuotes(text, (part) => part.replace(ISSUE, (whole, topic: string) => {
    if (POINTING_BACK.test(topic)) return whole;
    // "香港的问题": the topic without its 的.
    const named = topic.length > 2 ? topic.replace(/的$/u, '') : topic;
    issues.push({ written: `${topic}问题`, searched: named, as: 'issue' });
    return `${named} `;
  }));
  return { text: issues.length > 0 ? read.replace(/\s+/g, ' ').trim() : text, issues };
}

/** The spokesperson and outlet filters with their Traditional characters as Simplified (華春瑩 is 华春莹); the filters as given when neither has any. */
export function simplifiedFilters(filters: SearchFilters): SearchFilters {
  const simplified = { ...filters };
  if (filters.spokesperson) simplified.spokesperson = simplifiedChinese(filters.spokesperson);
  if (filters.outlet) simplified.outlet = simplifiedChinese(filters.outlet);
  return simplified.spokesperson === filters.spokesperson && simplified.outlet === filters.outlet ? filters : simplified;
}
