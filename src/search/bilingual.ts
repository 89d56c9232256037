import type { IndexedRecord } from '../store/types.js';
import { ENGLISH_NAMES_IN_CHINESE } from './aliases.js';
import { englishNamesAsChinese, simplifiedChinese } from './chinese-question.js';
import { cjkRuns, hasCjk } from './cjk.js';
import { mainlyEnglish } from './question-language.js';
import { normalizeQuestion } from './query.js';
import type { SpoxSearch } from './types.js';

/** The English exchange the index aligned with a Chinese record. */
export function englishCounterpart(search: Pick<SpoxSearch, 'englishOf'>, record: IndexedRecord): IndexedRecord | undefined {
  return record.lang === 'zh' ? search.englishOf(record.id) : undefined;
}

/** The Chinese original of an English record, when the index aligned one with it. */
export function chineseCounterpart(search: Pick<SpoxSearch, 'record'>, record: IndexedRecord): IndexedRecord | undefined {
  return record.zh ? search.record(record.zh.id) : undefined;
}

/** Each Chinese name of `ENGLISH_NAMES_IN_CHINESE` and the English form it is searched as: its first. */
const ENGLISH_OF = new Map(ENGLISH_NAMES_IN_CHINESE.map(({ chinese, english }) => [chinese, english[0]!]));
/** A quoted phrase is searched as written, in its own language. */
const QUOTES = /["“”「」『』]/u;

/**
 * A question mainly in English (`mainlyEnglish`) whose every Chinese word is a name the index knows in
 * both languages (`ENGLISH_NAMES_IN_CHINESE`), with each read as the English pages write it, and the
 * names so read: "china reaction to 华为" is "china reaction to Huawei", searched in the English
 * records, as the question is written, and its English framing read as framing. Null for any other
 * question, searched as before: in the Chinese records, with the English names of a Chinese question
 * read as the Chinese pages write them ("WHO 新冠", `englishNamesAsChinese`). Searched in the Chinese
 * records, "china" (which they write only in quoted English: "South China Sea", "I am China")
 * outweighed 华为: 5 exchanges, none on Huawei, where 138 English ones name it.
 */
export function chineseNamesAsEnglish(question: string): { query: string; read: { typed: string; read: string }[] } | null {
  if (!hasCjk(question) || !/\p{Script=Latin}/u.test(question) || QUOTES.test(question)) return null;
  if (!mainlyEnglish(question, englishNamesAsChinese(question))) return null;
  const read: { typed: string; read: string }[] = [];
  for (const run of new Set(cjkRuns(question))) {
    const english = ENGLISH_OF.get(simplifiedChinese(run));
    if (!english) return null;
    read.push({ typed: run, read: english });
  }
  let query = question;
  for (const { typed, read: english } of read) query = query.split(typed).join(` ${english} `);
  return { query: query.replace(/\s+([?.!,;:])/gu, '$1').replace(/\s+/g, ' ').trim(), read };
}

/**
 * Whether a question is one in Chinese, which searches the Chinese briefings (where the index holds
 * them), as the answer names them: one with Chinese in it, but one mainly in English of names read as
 * the English pages write them (`chineseNamesAsEnglish`), which searches the English ones.
 */
export function searchesChinese(question: string): boolean {
  return hasCjk(question) && !chineseNamesAsEnglish(normalizeQuestion(question));
}
