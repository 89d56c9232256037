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
 * Chinese one of at most six characters (`longest`; "孟晚舟 恒大": 孟晚舟, 恒大), a Latin one when it is a search
 * term and no year (a year is read as one: rule 4 of gate.ts). Of a longer run, a phrase, the Latin
 * words and numbers written in it: 370 of 宪法第370条, which no exchange says.
 */
export function typedWords(text: string, longest = CHINESE_WORD_CHARS): string[] {
  const isLatinWord = (w: string): boolean => termsOf(w).length > 0 && !isYearTerm(w);
  const wordsOf = (w: string): string[] => {
    if (!hasCjk(w)) return isLatinWord(w) ? [w] : [];
    if ([...w].length <= longest) return [w];
    return cjkRuns(w).reduce((rest, run) => rest.replace(run, ' '), w).split(' ').filter((part) => part && isLatinWord(part));
  };
  return [...new Set(topicOf(text).split(/[\s\p{P}\p{S}]+/u).flatMap((w) => (w ? wordsOf(w) : [])))];
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

/**
 * A number of two digits or more, not a year, as a term: in a Chinese question, what it asks about is
 * named by it (370 of 宪法第370条, Article 370; 1267 of 1267委员会): searched whether or not the Chinese
 * pages write it (`writtenInChinese` is for Latin words), and a match must write it, as it must an
 * English question's name (rule 2 of gate.ts). 宪法第370条 was answered with Japan's Article 9 (宪法第9条),
 * the pages writing 370 only in MH370.
 */
export function isNumberTerm(term: string): boolean {
  return /^\d{2,}$/.test(term) && !isYearTerm(term);
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
 * Places whose Chinese name holds another place's name, as the Ministry's pages write them: 马里
 * (Mali) in 索马里 (Somalia), 马里兰 (Maryland) and 北马里亚纳 (the Northern Marianas), 苏丹 in 南苏丹 (South Sudan), 几内亚 (Guinea) in
 * 巴布亚新几内亚, 几内亚比绍 and 赤道几内亚, 索马里 in 索马里兰 (Somaliland), 印度 (India) in 印度尼西亚
 * (Indonesia) and 印度洋 (the Indian Ocean), 尼日尔 (Niger)'s neighbour 尼日利亚 holds none. The
 * names inside are not listed: any word a question types is looked for in these (`holdingPlaces`).
 * Reviewed on the bundled pages: `马里` found 18 exchanges, 10 of them only on Somalia.
 */
const PLACES_HOLDING_A_NAME = ['索马里', '索马里兰', '马里兰', '马里亚纳', '南苏丹', '巴布亚新几内亚', '几内亚比绍', '赤道几内亚', '印度尼西亚', '印度洋'];

/** The places of `PLACES_HOLDING_A_NAME` that hold `word` and are not themselves among the words asked (`索马里` asked with `马里`). */
function holdingPlaces(word: string, asked: readonly string[]): string[] {
  return PLACES_HOLDING_A_NAME.filter((place) => place !== word && place.includes(word) && !asked.includes(place));
}

/** Whether `word` stands in `text` other than inside one of `places` (马里 in 索马里). */
function standsAlone(text: string, word: string, places: readonly string[]): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const inside = places.some((place) => {
      for (let k = place.indexOf(word); k >= 0; k = place.indexOf(word, k + 1)) if (text.startsWith(place, at - k)) return true;
      return false;
    });
    if (!inside) return true;
  }
  return false;
}

/** A run of a word's characters, with its index terms and the places holding it (`holdingPlaces`). */
interface Part {
  part: string;
  terms: readonly string[];
  places: readonly string[];
}

/** Every run of a word's characters, by where it begins and ends (`parts[from][last]`); terms only for two characters or more. */
function partsOf(chars: readonly string[], asked: readonly string[]): Part[][] {
  return chars.map((_, from) =>
    chars.map((__, last) => {
      const part = chars.slice(from, last + 1).join('');
      return last - from >= 1 ? { part, terms: termsOf(part), places: holdingPlaces(part, asked) } : { part, terms: [], places: [] };
    }),
  );
}

/**
 * Whether a text holds a run whole: only looked for when the record matched every term of it
 * (`matched`), which spares reading the text for most runs of most records.
 */
const holdsPart = (texts: readonly string[], matched: ReadonlySet<string>, { part, terms, places }: Part): boolean =>
  terms.length > 0 && terms.every((t) => matched.has(t)) && standsAloneIn(texts, part, places);

/**
 * How rare a pair of characters must be, beside the pairs on either side of it, to be where two
 * words of a run meet: 港国 of 香港国安法 is in 31 records, 香港 in 308 and 国安 in 397; 兴大 of 复兴大坝
 * in 3, 大坝 in 6. Inside a name the pairs go together: 阿尔及利亚's 尔及 (17) and 及利 (14).
 */
const BOUNDARY_SHARE = 0.5;

/**
 * The terms of a piece of a Chinese word (`piecesOf`) a record holds as words of it, given its text
 * and the terms it matched: all of them where it holds the piece whole (outside the places holding
 * it: `holdingPlaces`), or as words of two characters or more it is made of, each held so (半岛无核化
 * as 半岛 and 无核化); short of that, those of the words it is made of that it holds whole, cut where
 * the pairs show words meet (`BOUNDARY_SHARE`: 香港国安法 is 香港 and 国安法), and those of a run of
 * four characters or more of it held whole (新冠肺炎 of 新冠肺炎疫情). Never those of a pair of
 * characters inside a word: the index's two-character terms also sit across the words of other
 * names, and 吉布提 (Djibouti) held by its pair 吉布 was 纳吉布 (Najib), 利比亚 (Libya) by 利比 and 比亚
 * was 利比里亚 (Liberia), 复兴大坝 by 复兴 and 兴大 was 复兴大臣.
 */
function creditOf(piece: string, asked: readonly string[], counts: WordCounts): PieceReading {
  const chars = [...piece];
  const n = chars.length;
  const parts = partsOf(chars, asked);
  const whole = parts[0]![n - 1]!;
  const pairDf = chars.slice(1).map((c, i) => counts.documentFrequency(cjkTerm(chars[i]! + c)));
  // Pair i joins characters i and i + 1: a cut before character k (2 ≤ k ≤ n - 2) is at pair k - 1.
  const boundary = chars.map((_, k) => k >= 2 && k <= n - 2 && pairDf[k - 1]! <= BOUNDARY_SHARE * Math.min(pairDf[k - 2]!, pairDf[k]!));
  // Where the piece may be read as two words apart: anywhere when no record holds it whole (it is a
  // phrase of the question's, "问了香港什么"); else where they go together (`goTogether`).
  const heldWhole = counts.holdingAll(whole.terms).some(sayerOf(piece, asked));
  const apart = chars.map((_, k) => k >= 2 && k <= n - 2 && (!heldWhole || goTogether(parts[0]![k - 1]!.terms, parts[k]![n - 1]!.terms, counts)));
  // The runs of four characters or more, shorter than the piece.
  const runs = parts.flatMap((row, from) => row.filter((_, last) => last - from + 1 >= 4 && last - from + 1 < n));
  // Whether the text holds the run from `from` to `to` whole, or as words of two characters or more.
  const holdsIn = (texts: readonly string[], matched: ReadonlySet<string>): ((from: number, to: number) => boolean) => {
    const held = new Map<Part, boolean>();
    const holds = (from: number, to: number): boolean => {
      const part = parts[from]![to - 1]!;
      let is = held.get(part);
      if (is !== undefined) return is;
      is = holdsPart(texts, matched, part);
      for (let cut = from + 2; !is && cut <= to - 2; cut++) is = apart[cut]! && holds(from, cut) && holds(cut, to);
      held.set(part, is);
      return is;
    };
    return holds;
  };
  const credit = (texts: readonly string[], matched: ReadonlySet<string>): readonly string[] => {
    const holds = holdsIn(texts, matched);
    if (holds(0, n)) return whole.terms;
    const credited = new Set<string>();
    const credit = (from: number, to: number): void => {
      const part = parts[from]![to - 1]!;
      if (holdsPart(texts, matched, part)) {
        for (const t of part.terms) credited.add(t);
        return;
      }
      for (let k = from + 2; k <= to - 2; k++) {
        if (!boundary[k] || !apart[k]) continue;
        credit(from, k);
        credit(k, to);
      }
    };
    credit(0, n);
    for (const run of runs) if (holdsPart(texts, matched, run)) for (const t of run.terms) credited.add(t);
    return [...credited];
  };
  const everyTerm = new Set(whole.terms);
  return { credit, says: (texts) => holdsIn(texts, everyTerm)(0, n) };
}

/** How a record holds a piece of a Chinese word (`creditOf`). */
interface PieceReading {
  /** The piece's terms it holds as words of it. */
  credit: (texts: readonly string[], matched: ReadonlySet<string>) => readonly string[];
  /** Whether it says the piece: whole, or as the words it is made of, each whole. */
  says: (texts: readonly string[]) => boolean;
}

/** What the index holds of a Chinese question's words: `heldWordTerms` reads it. */
export interface WordCounts {
  documentFrequency: (term: string) => number;
  /** The records holding every one of these terms. */
  holdingAll: (terms: readonly string[]) => readonly IndexedRecord[];
  /** How many records the index holds. */
  documentCount: number;
}

/**
 * How many times more often than chance two words must stand in one record to be read apart as a
 * word they make together that some record holds whole (`GO_TOGETHER`): 香港 and 国安法, 半岛 and
 * 无核化, 南海 and 仲裁 are found together many times as often as chance would put them there, and a
 * record holding them apart is on the word's topic; 两国 ("the two countries", in one record in five)
 * and 方案 ("plan") are not, and 两国方案 (the two-state solution) read as them anywhere was 68
 * exchanges, 15 of them saying it.
 */
const GO_TOGETHER = 2;

/** Whether the records holding both words are `GO_TOGETHER` times as many as chance would give. */
function goTogether(left: readonly string[], right: readonly string[], counts: WordCounts): boolean {
  if (left.length === 0 || right.length === 0 || counts.documentCount === 0) return false;
  const held = (terms: readonly string[]): number => counts.holdingAll(terms).length;
  const chance = (held(left) * held(right)) / counts.documentCount;
  return held([...left, ...right]) >= GO_TOGETHER * chance;
}

/** Whether a word is all Chinese characters (no Latin letters or digits beside them: 华为5G). */
const allChinese = (word: string): boolean => cjkRuns(word).join('') === word;

/**
 * A record's question and answer, as written and, where they write a name in a form the index reads as
 * another (`aliases.ts`), in that form too: 冠状病毒 is held in 新型冠状病毒, 藏南 in 阿鲁纳恰尔邦. A word
 * is looked for in each (joined, they are copied for each record read). The outlet that asked, as the
 * page names it (彭博社), too: the index holds it as an English record's outlet is held, so 彭博社 finds
 * Bloomberg's questions as "Bloomberg" does; read apart, it left out all 19 (hunt-H #3). A word only
 * part of the outlet's name (香港 of 香港中评社) is no match there (`byAskerWordsOnly`).
 */
const textsOf = (r: IndexedRecord): readonly string[] => {
  const written = r.question ? [r.question, r.answer] : [r.answer];
  const read = written.map(chineseCanonicalNames);
  const texts = read.every((text, i) => text === written[i]) ? written : [...written, ...read];
  return r.outlet && hasCjk(r.outlet) ? [...texts, r.outlet] : texts;
};

/** Whether `word` stands in one of `texts` other than inside one of `places` (`standsAlone`). */
const standsAloneIn = (texts: readonly string[], word: string, places: readonly string[]): boolean => texts.some((text) => standsAlone(text, word, places));

/**
 * Whether a record says a typed word: a Chinese one whole, and outside the places holding it
 * (`holdingPlaces`: 马里 not in 索马里 alone, unless the question asks for 索马里 too, in `asked`), a
 * Latin one as a word (any case; Chinese may stand right beside it: 华为5G), in its question or answer.
 */
export function sayerOf(word: string, asked: readonly string[] = []): (record: IndexedRecord) => boolean {
  if (allChinese(word)) {
    // In any of its names' forms (`aliases.ts`: 藏南 is said by 所谓“阿鲁纳恰尔邦”), as `textsOf` reads the record.
    const read = chineseCanonicalNames(word);
    const places = holdingPlaces(read, asked.map(chineseCanonicalNames));
    return (r) => standsAloneIn(textsOf(r), read, places);
  }
  if (hasCjk(word)) return (r) => r.answer.includes(word) || (r.question ?? '').includes(word);
  const pattern = wholeWord(word, 'iu', String.raw`\p{Script=Latin}\p{N}`);
  return (r) => pattern.test(r.answer) || pattern.test(r.question ?? '');
}

/**
 * A word cut at the pairs of characters no record holds, the pieces of one character left out: 疫情溯源
 * is 疫情 and 溯源, which no page writes side by side (`joiningTerms`), each held on its own; the 呗 of
 * 疫情溯源呗 is no word to look for; 复兴大坝 is one piece, every pair of it held somewhere.
 */
function piecesOf(word: string, documentFrequency: (term: string) => number): string[] {
  const chars = [...word];
  const pieces: string[] = [];
  let from = 0;
  for (let i = 1; i <= chars.length; i++) {
    if (i < chars.length && documentFrequency(cjkTerm(chars[i - 1]! + chars[i]!)) > 0) continue;
    if (i - from >= 2) pieces.push(chars.slice(from, i).join(''));
    from = i;
  }
  return pieces;
}

/**
 * Whether a word no page writes opens with a numeral alone, no page writing it beside the next: the
 * 四 of 四边机制 (the Quad's "quadrilateral mechanism"), which the pages' 双边机制 and 多边机制 lack. Left
 * out as a stray (`piecesOf`), it left a word of theirs, 边机制. At the end such a character may be one
 * the question adds (疫情溯源呗), and is left out.
 */
function opensAlone(word: string, documentFrequency: (term: string) => number): boolean {
  const [first, second] = [...word];
  return second !== undefined && NUMERALS.includes(first!) && documentFrequency(cjkTerm(first! + second)) === 0;
}

/** The numerals that open a word counting what it names (四边机制, 三方会谈); another character alone there may be the question's (问疫情溯源). */
const NUMERALS = '一二三四五六七八九十两双多';

/**
 * Whether a Chinese word a question types is a word its count must find said (`wordSayer`): one some
 * record writes whole (武汉非正式会晤), or one of at most six characters with a pair no page writes side
 * by side (疫情溯源: 疫情 and 溯源), or written beside Latin letters or digits (华为5G); not a run every pair of
 * which pages write but none whole, a phrase of the question's (香港什么), whose every match is counted.
 */
export function countedWord(word: string, counts: WordCounts): boolean {
  if (!allChinese(word)) return true;
  const chars = [...chineseCanonicalNames(word)];
  if (chars.length <= CHINESE_WORD_CHARS && chars.slice(1).some((c, i) => counts.documentFrequency(cjkTerm(chars[i]! + c)) === 0)) return true;
  return recordsWritingWhole(word, counts, 1) > 0;
}

/**
 * How many records write a Chinese word whole, in any of its names' forms (`sayerOf`), counted up to
 * `atMost`: only those holding every term of it are read, and none when a term is in no record.
 */
export function recordsWritingWhole(word: string, counts: WordCounts, atMost: number): number {
  const terms = termsOf(chineseCanonicalNames(word));
  if (terms.length === 0 || terms.some((t) => counts.documentFrequency(t) === 0)) return 0;
  const says = sayerOf(word);
  let n = 0;
  for (const r of counts.holdingAll(terms)) if (says(r) && ++n >= atMost) break;
  return n;
}

/**
 * Whether a record says a word a Chinese question types, as a count counts it and as the search
 * holds a word of three characters or more (`heldWordTerms`): whole, or as the words it is made of,
 * each whole (`creditOf`), every piece of it (`piecesOf`: 疫情溯源 is said by 疫情 and 溯源). 中巴经济走廊
 * is not said by an exchange on 孟中印缅经济走廊, nor 穆罕默德军 (Jaish-e-Mohammed) by one on Crown Prince
 * 穆罕默德: the search finds them by a run of four characters of the word, a count does not count them.
 * A word opening with a numeral alone (`opensAlone`) no record says. Of a word of two characters,
 * or Latin, `sayerOf`. `asked`: the question's words, as `heldWordTerms` reads them.
 */
export function wordSayer(word: string, asked: readonly string[], counts: WordCounts): (record: IndexedRecord) => boolean {
  // Chinese beside Latin letters or digits (华为5G, G20峰会): each part said, as words apart are.
  if (hasCjk(word) && !allChinese(word)) {
    const latin = cjkRuns(word).reduce((rest, run) => rest.replace(run, ' '), word).split(' ').filter(Boolean);
    const parts = [...cjkRuns(word), ...latin].map((part) => wordSayer(part, asked, counts));
    return (r) => parts.every((says) => says(r));
  }
  const read = allChinese(word) ? chineseCanonicalNames(word) : word;
  if (!allChinese(word) || [...read].length < 3) return sayerOf(word, asked);
  if (opensAlone(read, counts.documentFrequency)) return () => false;
  const pieces = piecesOf(read, counts.documentFrequency).map((piece) => creditOf(piece, asked, counts));
  if (pieces.length === 0) return () => false;
  return (r) => {
    const texts = textsOf(r);
    return pieces.every((piece) => piece.says(texts));
  };
}

/** Whether some record says a word (`wordSayer`): only one holding every term of its pieces may. */
function saidAnywhere(word: string, asked: readonly string[], counts: WordCounts): boolean {
  const read = chineseCanonicalNames(word);
  const terms = piecesOf(read, counts.documentFrequency).flatMap((piece) => termsOf(piece));
  const says = wordSayer(word, asked, counts);
  return terms.length > 0 && counts.holdingAll(terms).some(says);
}

/**
 * For a Chinese question, the terms of its matches a record holds as words of it: those of a word
 * of three characters or more, or of one a longer place holds (马里 in 索马里), only as far as the
 * record holds the word or words of it (`creditOf`, each piece of it apart: `piecesOf`); the gate then
 * weighs what is left as it weighs any terms. Null when the question has no such word. 吉布提
 * (Djibouti) found the three exchanges that only say 纳吉布 (Najib) by its pair 吉布, which outweighed
 * 布提; 马里 (Mali) ten that only say 索马里 (Somalia). Those are left out, not counted as the word's.
 */
export function heldWordTerms(
  text: string, counts: WordCounts, searched: ReadonlySet<string>,
): ((record: IndexedRecord, matched: readonly string[]) => string[]) | null {
  const { documentFrequency } = counts;
  // Each name in the form the records are read in (`textsOf`): 阿鲁纳恰尔邦 as 藏南.
  const asked = typedWords(text).map((w) => (allChinese(w) ? chineseCanonicalNames(w) : w));
  const checked = asked
    .filter((w) => allChinese(w) && ([...w].length >= 3 || holdingPlaces(w, asked).length > 0))
    .map((word) => {
      const pieces = piecesOf(word, documentFrequency);
      // A word no record says, whole or as its words, is a word no record holds, as an English word can be: its pieces
      // name other things (巴拉科特, Balakot: 巴拉 and 科特, in 斯科特 Morrison; 沙漠蝗虫: 沙漠 and 蝗虫, which no page writes together).
      const nowhere = [...word].length >= 3 && !saidAnywhere(word, asked, counts);
      return { word, terms: termsOf(word), nowhere, pieces: pieces.map((piece) => creditOf(piece, asked, counts).credit) };
    });
  if (checked.length === 0) return null;
  // A term also of a word held as its pairs (台湾 of "台湾 台湾大选") is not left out with another.
  const free = new Set(asked.filter((w) => !checked.some((c) => c.word === w)).flatMap((w) => termsOf(w)));
  // Terms the search does not weigh (too common) are never matched: a run holding one is read in the text all the same.
  const unweighed = checked.flatMap(({ terms }) => terms).filter((t) => !searched.has(t));
  return (record, matched) => {
    const texts = textsOf(record);
    const matchedOrUnweighed = new Set([...matched, ...unweighed]);
    const held = new Set<string>();
    const unheld = new Set<string>();
    for (const { terms, pieces, nowhere } of checked) {
      const credited = new Set(nowhere ? [] : pieces.flatMap((credit) => credit(texts, matchedOrUnweighed)));
      for (const t of terms) (credited.has(t) ? held : unheld).add(t);
    }
    return unheld.size === 0 ? [...matched] : matched.filter((t) => !unheld.has(t) || held.has(t) || free.has(t));
  };
}

/** The matches with their terms as `held` gives them (`heldWordTerms`), those left with none left out. */
export function withWordsHeld<M extends { matched: string[] }>(matches: readonly M[], held: (match: M) => string[]): M[] {
  const out: M[] = [];
  for (const m of matches) {
    const matched = held(m);
    if (matched.length === m.matched.length) out.push(m);
    else if (matched.length > 0) out.push({ ...m, matched });
  }
  return out;
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
  const says = words.map((w) => sayerOf(w, words));
  return { words, ids: new Set(records.filter((r) => says.every((said) => said(r))).map((r) => r.id)) };
}
