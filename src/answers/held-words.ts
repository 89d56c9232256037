import { searchesChinese } from '../search/bilingual.js';
import { plural } from '../util/plural.js';

/**
 * How an answer names what the index holds for a question: the language of the briefings it searches,
 * and dates held only as a research corpus's pairs. Here, not in `span.ts`, so that `tenures.ts`,
 * whose note `span.ts` says, reads them without importing it back.
 */

/** `Chinese ` for a question in Chinese, which searches the Chinese briefings (`SpoxSearch.coverage`), else ''. */
export function languageWord(query: string): string {
  return searchesChinese(query) ? 'Chinese ' : '';
}

export const LANGUAGE_NAMES = { en: 'English', zh: 'Chinese' } as const;

/** The language of the briefings a question searches (`SpoxSearch.coverage`), as `languageWord` reads it. */
export function questionLanguage(query: string): 'en' | 'zh' {
  return languageWord(query) ? 'zh' : 'en';
}

/** The language a question does not search. */
export function otherLanguage(query: string): 'en' | 'zh' {
  return questionLanguage(query) === 'zh' ? 'en' : 'zh';
}

/** Files named in an imported-only note at most; the others are counted. */
const CORPUS_STRETCHES_NAMED = 2;

/**
 * `only as the pairs imported from x.csv, which may not hold every exchange`: how the index holds
 * dates, or a briefing, it has no transcript of, only a research corpus's pairs. Every answer that
 * says so (a timeline, "nothing found", a count, a briefing) says it in these words.
 */
export function importedPairsWords(files: readonly string[], escape: (text: string) => string = (t) => t): string {
  const all = [...new Set(files)];
  const named = all.slice(0, CORPUS_STRETCHES_NAMED).map((f) => escape(f)).join(', ') +
    (all.length > CORPUS_STRETCHES_NAMED ? ` and ${plural(all.length - CORPUS_STRETCHES_NAMED, 'other file')}` : '');
  return `only as the pairs imported from ${named}, which may not hold every exchange`;
}
