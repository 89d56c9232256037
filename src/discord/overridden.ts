import { chineseDatesAsEnglish, simplifiedChinese } from '../search/chinese-question.js';
import { spokespersonMatches } from '../search/filters.js';
import { monthIntent } from '../search/month.js';
import { normalizeQuestion, timeIntent } from '../search/query.js';
import { speakerIntent } from '../search/speaker.js';
import type { SearchFilters } from '../search/types.js';

/** The question as the search reads it before a speaker or a month (the first steps of `readQuestion` in engine.ts). */
function asRead(query: string): string {
  return timeIntent(chineseDatesAsEnglish(simplifiedChinese(normalizeQuestion(query)))).query;
}

/**
 * `only Geng Shuang's answers, as the spokesperson option asks, not Hua Chunying's, whom your
 * question names`, `the dates you gave (from 2020-01-01), not March 2019, which your question
 * names`: what the question asked that an option overrode. The search reads a speaker or a month
 * from the question only when no option gives one (`readQuestion` in engine.ts), so without this a
 * reporter is not told why the answers are not the ones asked for.
 */
export function overridden(
  asked: { query: string; filters: SearchFilters },
  spokespeople: readonly string[],
  escape: (text: string) => string,
): string[] {
  const notes: string[] = [];
  const chosen = asked.filters.spokesperson;
  const read = asRead(asked.query);
  const named = chosen ? speakerIntent(read, spokespeople).spokesperson : null;
  if (chosen && named && !spokespersonMatches(named, chosen)) {
    notes.push(`only ${escape(chosen)}'s answers, as the spokesperson option asks, not ${escape(named)}'s, whom your question names`);
  }
  const month = asked.filters.from || asked.filters.to ? monthIntent(read) : null;
  if (month) {
    const given = [asked.filters.from ? `from ${asked.filters.from}` : '', asked.filters.to ? `to ${asked.filters.to}` : ''].filter(Boolean).join(' ');
    notes.push(`the dates you gave (${given}), not ${escape(month.words)}, which your question names`);
  }
  return notes;
}

/** The overrides after the totals of a heading, each after "; ", or ''. */
export function overriddenNotes(...args: Parameters<typeof overridden>): string {
  return overridden(...args).map((n) => `; ${n}`).join('');
}

/** The overrides as sentences after "nothing relevant", each `Searched …`, or ''. */
export function overriddenSentences(...args: Parameters<typeof overridden>): string {
  return overridden(...args).map((n) => ` Searched ${n}.`).join('');
}
