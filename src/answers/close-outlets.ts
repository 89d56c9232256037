import { englishSpellings } from '../transcripts/zh/outlets.js';
import { editDistance } from '../util/edit-distance.js';

/** A word in this many of the index's outlet names or more ("News", "China", "Agency") tells none apart. */
const COMMON_IN = 3;
/** What a typed word that is such a common word, or comes close to one, counts for. */
const COMMON_WEIGHT = 0.25;
/** What each word of a name that no typed word came close to takes off ("of Pakistan" of "Associated Press of Pakistan"). */
const UNTYPED_WEIGHT = 0.1;
/** The least score of a close name: one word typed, two of the name's not. */
const CLOSE = 1 - UNTYPED_WEIGHT * 2;
/** Words of a name that take nothing off when not typed. */
const FUNCTION_WORDS = new Set(['the', 'of', 'and']);

const wordsOf = (name: string): string[] => name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Edits allowed between a typed word and a word of a name: none under three letters, two from seven. */
export function editsAllowed(word: string): number {
  return word.length < 3 ? 0 : word.length < 7 ? 1 : 2;
}

/**
 * The index's outlets closest to a name that matches none of them ("Rueters": Reuters, Reuters TV;
 * "Globe and Mial": The Globe and Mail; "China Centrl Television": CCTV, as the outlet table spells it
 * "China Central Television"), best first, each as the index writes it, with the spelling that came
 * close beside it where that is another (`CCTV (China Central Television)`). A word typed counts when
 * it is a word of the name or a slip of one (`editDistance`); one that many outlets' names hold
 * ("News") counts for little, so "Fox News" is close to none; each word of the name not typed takes a
 * little off, so "Asociated Press" is the Associated Press, not the Associated Press of Pakistan.
 * Those of the best score; empty when none is close, or for a name in Chinese (a part of a Chinese
 * name already matches).
 */
export function closeOutlets(wanted: string, outlets: readonly string[]): string[] {
  const typed = wordsOf(wanted);
  if (typed.length === 0 || /\p{Script=Han}/u.test(wanted)) return [];
  const english = outlets.filter((o) => !/\p{Script=Han}/u.test(o));
  const uses = new Map<string, number>();
  for (const name of english) for (const word of new Set(wordsOf(name))) uses.set(word, (uses.get(word) ?? 0) + 1);
  const scored: { label: string; score: number }[] = [];
  for (const name of english) {
    let best = { score: -Infinity, spelling: name };
    let own = -Infinity;
    for (const spelling of [name, ...englishSpellings(name)]) {
      const words = wordsOf(spelling);
      const reached = new Set<string>();
      let score = 0;
      for (const word of typed) {
        const close = words.find((w) => w === word || editDistance(word, w, editsAllowed(word)) !== null);
        if (!close) continue;
        reached.add(close);
        score += Math.max(uses.get(close) ?? 0, uses.get(word) ?? 0) >= COMMON_IN ? COMMON_WEIGHT : 1;
      }
      score -= words.filter((w) => !reached.has(w) && !FUNCTION_WORDS.has(w)).length * UNTYPED_WEIGHT;
      if (spelling === name) own = score;
      if (score > best.score) best = { score, spelling };
    }
    // The spelling that came close is said beside the name only where the name itself did not.
    if (best.score >= CLOSE) scored.push({ label: own >= CLOSE ? name : `${name} (${best.spelling})`, score: best.score });
  }
  const top = Math.max(0, ...scored.map((s) => s.score));
  return scored.filter((s) => s.score === top).map((s) => s.label);
}
