import type { CapitalNamed } from './capitals-counted.js';
import { isStatementId } from './statements.js';
import type { CountAsked, MatchRef, WordsCounted } from './types.js';

/**
 * The matches a count counts, a timeline's and a question's asking how many times alike ("How many
 * times did China mention the EU-China summit?"): of a topic of several words (`SearchResponse.topicWords`),
 * those holding every one when any does, since those holding some alone may be another topic ("Hong
 * Kong national security law": 50 of 298 held all four words; counting the 298 charted Hong Kong, busiest
 * in July 2019, before the law was proposed; "the EU-China summit" was counted as every exchange saying
 * "EU", 193, where 30 say "EU" and "summit"); else every match, with what was counted.
 * Of a topic naming a capital the index reads as its country (`capitals`), those writing it, when any
 * does: "Pyongyang" counted the 275 exchanges on the DPRK, where 19 write it (`MatchRef.unwritten`).
 */
export function countedMatches<M extends MatchRef>(
  matches: readonly M[], topicWords: readonly string[] | undefined, capitals: readonly CapitalNamed[] = [],
): { matches: readonly M[]; wordsCounted?: WordsCounted } {
  const written = matches.filter((m) => !m.unwritten);
  const capitalsLeft = written.length > 0 ? matches.length - written.length : 0;
  const counted = capitalsLeft > 0 ? written : matches;
  // None writes the capital: every match on its country is counted, and the answer says so (`left` 0).
  const capitalsWords = capitals.length > 0 && matches.length > written.length
    ? { capitals: { names: [...capitals], left: capitalsLeft } }
    : {};
  const words = countedWords(counted, topicWords);
  if (!words.wordsCounted && !capitalsWords.capitals) return { matches: counted };
  return { matches: words.matches, wordsCounted: { ...(words.wordsCounted ?? { words: [], all: capitalsLeft > 0, left: 0 }), ...capitalsWords } };
}

function countedWords<M extends MatchRef>(matches: readonly M[], topicWords: readonly string[] | undefined): { matches: readonly M[]; wordsCounted?: WordsCounted } {
  if (!topicWords) return { matches };
  const whole = matches.filter((m) => !m.partial);
  if (whole.length === matches.length) return { matches };
  if (whole.length === 0) return { matches, wordsCounted: { words: topicWords, all: false, left: 0 } };
  const together = whole.filter((m) => !m.apart).length;
  const someApart = together > 0 && together < whole.length ? { together } : {};
  return { matches: whole, wordsCounted: { words: topicWords, all: true, left: matches.length - whole.length, ...someApart } };
}

/**
 * What a question asking how many times counted (`SearchResponse.countAsked`): the `matches` counted
 * of the topic `searched` (as the question was searched: "Hong Kong?", `"high level" visits?`, said
 * without its quote marks and end mark) and the briefings they are from, in the questions of `outlets`
 * alone when any. An answer of none says it plainly ("0 questions from Bloomberg on “Galwan”"), not
 * only that nothing relevant was found.
 */
export function countAskedOf(searched: string, matches: readonly Pick<MatchRef, 'id' | 'date'>[], outlets: readonly string[] | null | undefined): CountAsked {
  const topic = searched.replace(/["“”「」『』]/gu, '').replace(/[\s?？.。!！,，]+$/u, '').replace(/\s+/g, ' ').trim();
  const briefings = new Set(matches.filter((m) => !isStatementId(m.id)).map((m) => m.date)).size;
  return { total: matches.length, briefings, topic, ...(outlets?.length ? { outlets: [...outlets] } : {}) };
}
