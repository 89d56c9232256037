import { wholeWord } from '../util/regexp.js';
import { capitalsReadIn, listedWordsIn } from './capitals-read.js';
import type { MatchRef } from './types.js';

/**
 * The capitals read with the names of several words (`PHRASE_ALIASES` in aliases.ts), as the
 * country each stands for; the others are `CAPITALS`.
 */
const CAPITALS_OF_NAMES: Readonly<Record<string, string>> = { washington: 'US', pyongyang: 'DPRK', seoul: 'ROK', london: 'UK' };

/** A capital a topic writes, as typed, and the country its index term is. */
export interface CapitalNamed {
  typed: string;
  country: string;
}

/**
 * The capitals a count's topic writes ("How many times did China mention Pyongyang?"), once each, as
 * typed. The index reads each as its country (at index time too), so a count of the term counts every
 * exchange on the country: "Pyongyang" 275, where 19 write it (explore38 M2).
 */
export function capitalsNamed(topic: string): CapitalNamed[] {
  return [
    ...capitalsReadIn(topic).map(({ typed, read }) => ({ typed, country: read })),
    ...listedWordsIn(topic, CAPITALS_OF_NAMES).map(({ typed, listed }) => ({ typed, country: listed })),
  ];
}

/**
 * The matches marked `unwritten` that do not write every capital named (as a word, in any case): a
 * count counts the place the question names, not every exchange on its country (`countedMatches`).
 */
export function markedUnwritten<M extends MatchRef>(matches: readonly M[], capitals: readonly CapitalNamed[], textOf: (id: string) => string): M[] {
  if (capitals.length === 0) return [...matches];
  const patterns = capitals.map((c) => wholeWord(c.typed, 'iu'));
  return matches.map((m) => {
    const text = textOf(m.id);
    return patterns.every((p) => p.test(text)) ? m : { ...m, unwritten: true as const };
  });
}
