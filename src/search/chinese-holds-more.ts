import { listed } from '../util/plural.js';
import { ENGLISH_NAMES_IN_CHINESE } from './aliases.js';
import { englishNamesInChineseForms } from './chinese-question.js';
import { cjkRuns } from './cjk.js';
import { lastDayOfMonth } from '../util/calendar.js';

/**
 * The Chinese briefings (2016-2020 in the bundled pages) begin two years before the English ones
 * (2018), and their Chinese names are what they search: "THAAD" finds 3 English exchanges where 101
 * Chinese ones say 萨德 (for the names of `ENGLISH_NAMES_IN_CHINESE` only: "Doklam", 1 where 53 say 洞朗,
 * is not among them, and is not said). An English answer that does not say so leaves
 * a reporter thinking the Ministry hardly spoke of it. Said when the Chinese pages hold at least
 * `LEAST` exchanges and `TIMES` times as many as the English answer holds: "Trump" (297 against 615)
 * or "Japan" (255 against 462) is not such a case, only the same topic over more years.
 */
const TIMES = 3;
const LEAST = 10;
/**
 * An English answer holding more exchanges than this is no topic the English pages hardly cover, and
 * is not compared: the comparison searches the Chinese records, whose index a process loads on first
 * use (some 0.1 s of a one-question `ask`).
 */
const MOST_ENGLISH = 100;

/**
 * The Chinese question an English one is when its topic is only names the Chinese pages write in
 * Chinese (`ENGLISH_NAMES_IN_CHINESE`): "THAAD" → "萨德", "What did China say about Moon Jae-in?" →
 * "文在寅". Null when the question names none, or searches another word: one of `topic`, the terms
 * the relevance rule read as the topic (framing such as "What did China say about" is none).
 */
export function asChineseNames(searched: string, termsOf: (text: string) => readonly string[], topic: readonly string[]): string | null {
  if (cjkRuns(searched).length > 0) return null;
  const written = englishNamesInChineseForms(searched);
  const names = [...new Set(cjkRuns(written))];
  if (names.length === 0) return null;
  const rest = names.reduce((text, name) => text.split(name).join(' '), written);
  if (termsOf(rest).some((term) => topic.includes(term))) return null;
  // The names must be the whole topic: "Iran nuclear deal" is searched as one term (the JCPOA), of
  // which 伊朗 (Iran) is one word, and every Iran exchange (237) is not the deal's.
  const named = new Set(names.flatMap((name) => ENGLISH_FORMS.get(name) ?? []).flatMap((form) => termsOf(form)));
  return topic.every((term) => named.has(term)) ? names.join(' ') : null;
}

/** Each Chinese name of `ENGLISH_NAMES_IN_CHINESE` and its English forms. */
const ENGLISH_FORMS = new Map(ENGLISH_NAMES_IN_CHINESE.map(({ chinese, english }) => [chinese, english]));

/** Whether an English answer holding `english` exchanges may be one the Chinese pages hold far more of. */
export function fewInEnglish(english: number): boolean {
  return english <= MOST_ENGLISH;
}

/** Whether `chinese` exchanges are far more than the `english` ones an answer holds (see above). */
export function chineseHoldFarMore(chinese: number, english: number): boolean {
  return chinese >= LEAST && chinese >= TIMES * english;
}

/** `萨德`, `all of 萨德 and 文在寅`: the names an answer's Chinese count is of (every one of them). */
export function namesCounted(query: string): string {
  const names = query.split(' ');
  return names.length > 1 ? `all of ${listed(names, 'and')}` : query;
}

/** `2017年3月` for March 2017's first day or last, `2017年` for the year's; null for a day within a month. */
function chineseMonth(date: string, edge: 'from' | 'to'): { year: number; month: number; whole: boolean } | null {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const first = date.endsWith('-01');
  const last = date === lastDayOfMonth(year, month);
  if (edge === 'from' ? !first : !last) return null;
  return { year, month, whole: edge === 'from' ? month === 1 : month === 12 };
}
const written = ({ year, month, whole }: { year: number; month: number; whole: boolean }, asYear: boolean): string => (asYear && whole ? `${year}年` : `${year}年${month}月`);

/**
 * The dates of a question as a Chinese question writes them, for the Chinese question an English one is
 * (`asChineseNames`): "THAAD in March 2017" → "2017年3月", "in 2017" → "在2017年", "since 2017" →
 * "2017年以来", "before 2018" → "2018年以前", "between 2016 and 2017" → "2016年至2017年"; empty without
 * dates, null for dates no such words give (a day within a month).
 */
export function chineseDatesOf(filters: { from?: string; to?: string }): string | null {
  const from = filters.from ? chineseMonth(filters.from, 'from') : undefined;
  const to = filters.to ? chineseMonth(filters.to, 'to') : undefined;
  if (from === null || to === null) return null;
  if (!from && !to) return '';
  if (from && !to) return `${written(from, true)}以来`;
  if (!from && to) {
    const next = to.month === 12 ? { year: to.year + 1, month: 1, whole: true } : { year: to.year, month: to.month + 1, whole: false };
    return `${written(next, true)}以前`;
  }
  const years = from!.whole && to!.whole;
  if (from!.year === to!.year && (years || from!.month === to!.month)) return years ? `在${from!.year}年` : `${from!.year}年${from!.month}月`;
  return `${written(from!, years)}至${written(to!, years)}`;
}
