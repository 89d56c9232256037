import type { IndexedRecord } from '../store/types.js';
import { wholeWord } from '../util/regexp.js';
import { bigrams, cjkRuns, cjkTerm, hasCjk } from './cjk.js';
import { isYearTerm } from './gate.js';
import { topicOf } from './query.js';
import { chineseCanonicalNames, termsOf } from './terms.js';

/**
 * The words of a Chinese question, as the user typed them: the index holds two-character terms
 * (`cjk.ts`), which say nothing of where a word begins or ends, so what must be whole is read here.
 */

/** Runs longer than this are phrases, not words: a run no page writes whole says little. */
const CHINESE_WORD_CHARS = 6;

/**
 * The words a question types (its topic, `topicOf`): the runs between spaces and punctuation, a
 * Chinese one of at most six characters ("孟晚舟 恒大": 孟晚舟, 恒大), a Latin one when it is a search
 * term and no year (a year is read as one: rule 4 of gate.ts).
 */
export function typedWords(text: string): string[] {
  const isWord = (w: string): boolean => (hasCjk(w) ? [...w].length <= CHINESE_WORD_CHARS : termsOf(w).length > 0 && !isYearTerm(w));
  return [...new Set(topicOf(text).split(/[\s\p{P}\p{S}]+/u).filter((w) => w && isWord(w)))];
}

/** The index terms of each Chinese word a question types (`typedWords`): 刘晓波 → its terms 刘晓, 晓波. */
export function chineseWordTerms(text: string): string[][] {
  return typedWords(text).filter(hasCjk).map((w) => termsOf(w)).filter((terms) => terms.length > 0);
}

/**
 * The two-character terms of a question's Chinese that no record holds and that only join two
 * words the index does hold: 疫情溯源 is 疫情 and 溯源, which no page writes side by side, and 情溯
 * is no word of it. Searched, such a term would weigh as an unknown word (rule 1 of gate.ts) and
 * empty the answer. A term that leaves a character alone, held beside neither neighbour (韩国瑜's 国瑜:
 * 瑜; 桂民海's 桂民: 桂), is not one of them: the run names something the index never writes (Han
 * Kuo-yu, not Korea), and is searched as an unknown name is (rule 3 of gate.ts: no floor). Each term
 * is judged by the two pieces it joins: one stray character elsewhere in the run (疫情溯源啊's 啊) made
 * every term of the run a name's, and emptied the answer.
 */
export function joiningTerms(text: string, documentFrequency: (term: string) => number): Set<string> {
  const joining = new Set<string>();
  const naming = new Set<string>();
  for (const run of cjkRuns(text)) {
    if ([...run].length < 2) continue;
    const pairs = bigrams(run);
    const unknown = pairs.map((pair) => documentFrequency(cjkTerm(pair)) === 0);
    if (!unknown.some(Boolean)) continue;
    // Cut at each unknown pair: the pieces between are held two characters at a time. Character i
    // (and pair i, which begins with it) lies in piece `pieceOf[i]`, of `length[piece]` characters.
    const pieceOf: number[] = [];
    const length: number[] = [];
    for (let i = 0; i <= pairs.length; i++) {
      if (i === 0 || unknown[i - 1]) length.push(0);
      pieceOf.push(length.length - 1);
      length[length.length - 1]! += 1;
    }
    for (let i = 0; i < pairs.length; i++) {
      if (!unknown[i]) continue;
      const leavesAlone = length[pieceOf[i]!]! < 2 || length[pieceOf[i + 1]!]! < 2;
      (leavesAlone ? naming : joining).add(cjkTerm(pairs[i]!));
    }
  }
  for (const term of naming) joining.delete(term);
  return joining;
}

/** How many times more English records than Chinese ones may write a Latin word the Chinese pages still write as their own. */
const LATIN_WORD_SHARE = 10;

/**
 * Whether the Chinese pages write a Latin word (one index term) as a word of their own, searched in
 * them: in a tenth as many records as the English pages or more (G20 64 to 101, 5G 57 to 55, WTO
 * 25 to 55, FedEx 1 to 5), not by chance inside quoted English ("South China Sea", "I am China":
 * "china" is in 3 Chinese records to 4,354 English ones; "republic" 1 to 158). Searched, such a
 * word, rare on the Chinese side, outweighed the Chinese name asked: "china 华为" was answered with
 * the 5 exchanges that write "China", none on Huawei, where 145 say 华为.
 */
export function writtenInChinese(chineseRecords: number, englishRecords: number): boolean {
  return chineseRecords > 0 && chineseRecords * LATIN_WORD_SHARE >= englishRecords;
}

/**
 * Whether a record says a typed word: a Chinese one whole, in any of its names' forms (`aliases.ts`:
 * 藏南 is said by 所谓“阿鲁纳恰尔邦”), a Latin one as a word (any case; Chinese may stand right beside
 * it: 华为5G), in its question or answer.
 */
export function sayerOf(word: string): (record: IndexedRecord) => boolean {
  if (hasCjk(word)) {
    const read = chineseCanonicalNames(word);
    return (r) => chineseCanonicalNames(r.answer).includes(read) || chineseCanonicalNames(r.question ?? '').includes(read);
  }
  const pattern = wholeWord(word, 'iu', String.raw`\p{Script=Latin}\p{N}`);
  return (r) => pattern.test(r.answer) || pattern.test(r.question ?? '');
}

/**
 * Of a Chinese question of two words or more (`typedWords`), the words and the records of `records`
 * that say every one of them; null for a question of one word. The gate weighs two-character terms,
 * so a word of three characters weighs as two of two: "特朗普 华为" kept every exchange that says
 * 特朗普 (615), of which 14 say 华为 too. A Latin word is one of them only when its terms are among
 * those `searched`: "假新闻 fake news" searches no "news" (`writtenInChinese`), and the answer must
 * not count the exchanges that say it.
 */
export function sayingEveryWord(text: string, records: readonly IndexedRecord[], searched: readonly string[]): { words: string[]; ids: Set<string> } | null {
  const words = typedWords(text).filter((w) => hasCjk(w) || termsOf(w).every((t) => searched.includes(t)));
  if (words.length < 2) return null;
  const says = words.map(sayerOf);
  return { words, ids: new Set(records.filter((r) => says.every((said) => said(r))).map((r) => r.id)) };
}
