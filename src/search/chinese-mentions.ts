import type { IndexedRecord } from '../store/types.js';
import { cjkRuns, hasCjk } from './cjk.js';
import { countedWord, sayerOf, typedWords, wordSayer, type WordCounts } from './chinese-words.js';
import type { TopicMentions } from './lexical-ranking.js';
import { chineseCanonicalNames, termsOf } from './terms.js';
import type { ChineseWordsRead, MatchRef } from './types.js';

/**
 * Which matches of a Chinese question mention its topic, as `LexicalRanker.topicMentions` reads an
 * English one's, for a timeline's count, a count asked and a first or last answer's order alike: those
 * saying every word it types (`typedWords`), each whole or as the words it is made of (`wordSayer`).
 * The count then counts them as it counts an English topic's matches holding every word (`counted.ts`:
 * one rule for both languages). The search finds a word of three characters or more by a run of four of
 * its characters too, which a count must not count: “穆罕默德军被提到多少次” (Jaish-e-Mohammed) counted
 * 32 exchanges, 23 of them on Crown Prince 穆罕默德, where 9 write 穆罕默德军; 中巴经济走廊 (CPEC) 97,
 * 14 of them on other corridors (孟中印缅经济走廊), where 83 write it. Null for a question of one word of
 * one or two characters, which every match says, or of none.
 *
 * `searched`: the terms searched; a Latin word is one of the words only when its terms are among them
 * (as `sayingEveryWord` reads them: "假新闻 fake news" searches no "news").
 */
export function chineseTopicMentions(
  text: string, matches: readonly MatchRef[], recordOf: (id: string) => IndexedRecord, counts: WordCounts, searched: readonly string[],
): TopicMentions | null {
  // Of any length (武汉非正式会晤, the Wuhan informal summit, is seven characters), but no phrase (`countedWord`).
  const words = typedWords(text, Infinity).filter((w) => (hasCjk(w) ? countedWord(w, counts) : termsOf(w).every((t) => searched.includes(t))));
  if (words.length === 0 || (words.length === 1 && [...words[0]!].length < 3)) return null;
  // Each name in the form the records are read in (`wordSayer` reads 阿鲁纳恰尔邦 as 藏南).
  const asked = words.map((w) => (hasCjk(w) ? chineseCanonicalNames(w) : w));
  const sayers = words.map((w) => wordSayer(w, asked, counts));
  const every = new Set(matches.filter((m) => {
    const r = recordOf(m.id);
    return sayers.every((says) => says(r));
  }).map((m) => m.id));
  return { terms: words, ids: every, every };
}

/**
 * The words of a Chinese question, of three characters or more, that matches say as the words they
 * are made of, apart, beside matches that write them whole: `耿爽 朝鲜半岛` finds 199 of his exchanges, 117
 * writing 朝鲜半岛 and 82 its words apart (朝鲜 … 半岛无核化: on the peninsula, `wordSayer`). The answer
 * says so, as it says a run it split (hunt-H #5); a quoted word is found written whole only. Words
 * `read` already says how it read are left to that.
 */
export function wordsSaidApart(
  text: string, matches: readonly MatchRef[], recordOf: (id: string) => IndexedRecord, counts: WordCounts, read: readonly ChineseWordsRead[] = [],
): ChineseWordsRead[] {
  if (matches.length === 0) return [];
  const words = typedWords(text).filter((w) => cjkRuns(w).join('') === w && [...w].length >= 3 && !read.some((r) => r.written === w));
  const asked = words.map(chineseCanonicalNames);
  return words.flatMap((word): ChineseWordsRead[] => {
    const whole = sayerOf(word, asked);
    const says = wordSayer(word, asked, counts);
    let holding = 0;
    let apart = 0;
    for (const m of matches) {
      const r = recordOf(m.id);
      if (whole(r)) holding++;
      else if (says(r)) apart++;
    }
    return holding > 0 && apart > 0 ? [{ written: word, searched: word, as: 'apart', heldWhole: holding, apart }] : [];
  });
}
