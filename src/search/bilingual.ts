import type { IndexedRecord } from '../store/types.js';
import { ENGLISH_NAMES_IN_CHINESE } from './aliases.js';
import { englishNamesAsChinese, framesOnly, simplifiedChinese } from './chinese-question.js';
import { cjkRuns, hasCjk } from './cjk.js';
import { englishTopicWords, latinTopicWords, mainlyEnglish } from './question-language.js';
import { normalizeQuestion } from './query.js';
import { termsOf } from './terms.js';
import type { SpoxSearch } from './types.js';

/** The English exchange the index aligned with a Chinese record. */
export function englishCounterpart(search: Pick<SpoxSearch, 'englishOf'>, record: IndexedRecord): IndexedRecord | undefined {
  return record.lang === 'zh' ? search.englishOf(record.id) : undefined;
}

/** The Chinese original of an English record, when the index aligned one with it. */
export function chineseCounterpart(search: Pick<SpoxSearch, 'record'>, record: IndexedRecord): IndexedRecord | undefined {
  return record.zh ? search.record(record.zh.id) : undefined;
}

/** Each Chinese name of `ENGLISH_NAMES_IN_CHINESE` and its English forms: it is searched as the first. */
const ENGLISH_OF = new Map(ENGLISH_NAMES_IN_CHINESE.map(({ chinese, english }) => [chinese, english]));
/** A quoted phrase is searched as written, in its own language. */
const QUOTES = /["“”「」『』]/u;

/** A Chinese name read as English: as typed, the form searched, and its other forms that search the same terms (the aliases of `aliases.ts`). */
export interface NameInEnglish {
  typed: string;
  read: string;
  also?: readonly string[];
}

/** A name's English form, and the other forms of it that are searched with it: "BRI", and "Belt and Road" (one alias line). */
function nameInEnglish(typed: string, forms: readonly string[]): NameInEnglish {
  const [read, ...others] = forms as [string, ...string[]];
  const searched = termsOf(read).join(' ');
  const also = others.filter((form) => termsOf(form).join(' ') === searched);
  return { typed, read, ...(also.length > 0 ? { also } : {}) };
}

/**
 * A question whose topic is written in English, with the Chinese of it read as the English pages
 * would have it: "china reaction to 华为" is "china reaction to Huawei", searched in the English
 * records, as the question is written, and its English framing read as framing. Every Chinese run
 * is either a name the index knows in both languages (`ENGLISH_NAMES_IN_CHINESE`), read as the English
 * pages write it (`read`, with the other forms searched with it: 一带一路 as "BRI" or "Belt and Road"),
 * or words that only frame the question (`framesOnly`: 中国, 中方对, 有何评论), left out (`framing`).
 * Such a question is one in English when it is mainly in English (`mainlyEnglish`), or when its
 * English words that name the topic outnumber the names written in Chinese (`englishTopicWords`:
 * "中国 rule of law", "中方对 Five Eyes 有何评论"), and it names something beside its framing
 * ("What did China say about 外交部" asks about 外交部). Null for any other question, searched as
 * before: in the Chinese records, with the English names of a Chinese question read as the Chinese
 * pages write them ("WHO 新冠", `englishNamesAsChinese`). Searched in the Chinese records, "china"
 * (which they write only in quoted English: "South China Sea", "I am China") outweighed 华为: 5
 * exchanges, none on Huawei, where 138 English ones name it; and "中国 rule of law" searched 中国
 * alone, too common to name a topic, where 86 English exchanges say "rule of law".
 */
export function chineseNamesAsEnglish(question: string, heldInChinese?: (term: string) => boolean): { query: string; read: NameInEnglish[]; framing: string[] } | null {
  if (!hasCjk(question) || !/\p{Script=Latin}/u.test(question) || QUOTES.test(question)) return null;
  const read: NameInEnglish[] = [];
  const framing: string[] = [];
  for (const run of new Set(cjkRuns(question))) {
    const simplified = simplifiedChinese(run);
    const english = ENGLISH_OF.get(simplified);
    if (english) read.push(nameInEnglish(run, english));
    else if (framesOnly(simplified)) framing.push(run);
    else return null;
  }
  const namesAside = englishNamesAsChinese(question);
  const topicWords = englishTopicWords(namesAside);
  // Chinese that only frames a topic written in Latin letters, an acronym too, that no Chinese page writes, given
  // `heldInChinese` ("AUKUS 中方立场"; "中方对 G20 有何评论" is the Chinese pages' G20): searched in English. In Chinese,
  // "AUKUS" had been no word and 中方 too common (hunt-N #8).
  const latinLeft = termsOf(latinTopicWords(withoutRuns(namesAside, framing)).join(' '));
  const framingOnly = Boolean(heldInChinese) && read.length === 0 && framing.length > 0 && latinLeft.length > 0 && !latinLeft.some((t) => heldInChinese!(t));
  if (!framingOnly && !mainlyEnglish(question, namesAside) && topicWords <= read.length) return null;
  if (!framingOnly && read.length + topicWords === 0) return null;
  let query = question;
  for (const { typed, read: english } of read) query = query.split(typed).join(` ${english} `);
  query = withoutRuns(query, framing);
  return { query: query.replace(/\s+([?.!,;:？。！，；：])/gu, '$1').replace(/\s+/g, ' ').trim(), read, framing };
}

/** `text` with each of `runs` (runs of Chinese read as framing) taken out. */
function withoutRuns(text: string, runs: readonly string[]): string {
  return runs.reduce((rest, run) => rest.split(run).join(' '), text);
}

/**
 * Whether a question is one in Chinese, which searches the Chinese briefings (where the index holds
 * them), as the answer names them: one with Chinese in it, but one mainly in English of names read as
 * the English pages write them (`chineseNamesAsEnglish`), which searches the English ones.
 */
export function searchesChinese(question: string): boolean {
  return hasCjk(question) && !chineseNamesAsEnglish(normalizeQuestion(question));
}
