import type { LexicalIndex } from './lexical.js';
import { normalizeTerm, tokenize } from './terms.js';
import { editDistance } from '../util/edit-distance.js';

/**
 * "Did you mean": for a word no exchange holds, the index term a slip of the keyboard away from it
 * ("Huwaei" → Huawei, "Xinjaing" → Xinjiang, "Pompoe" → Pompeo, "Zhao Lijan" → Lijian), as the
 * transcripts write it. Only suggested, never searched instead: a word of 2021 the corpus never
 * uses ("Omicron") is often one letter from a word it does ("Micron"), and a quiet substitution would
 * answer a never-discussed topic with look-alikes.
 */

/** Shorter typed terms are too often a letter from several words to guess one. */
const MIN_LENGTH = 5;
/** From this length two slips are allowed, below it one. */
const TWO_EDITS_FROM = 8;
/**
 * A slip of a word reporters type often: a term in fewer records is as likely a slip in the
 * transcripts, or a rare name ("Shen" for "Shein"), as the word meant.
 */
const MIN_RECORDS = 5;

/**
 * The index term closest to a word no record holds (fewest edits, then most records), or null when
 * none is close enough. `forms`: the word's index term and the word as typed, in lower case; both are
 * tried, as a slip can change the stem ("xinjaing" stems to "xinja").
 */
export function closestTerm(forms: readonly string[], index: LexicalIndex): string | null {
  let best: { term: string; edits: number; records: number } | null = null;
  for (const form of new Set(forms)) {
    if (form.length < MIN_LENGTH || /\d/.test(form)) continue;
    const most = form.length >= TWO_EDITS_FROM ? 2 : 1;
    // Slips rarely change the first letter; a prefix dropped makes another word ("decertification").
    for (const candidate of termsStartingWith(index, form[0]!)) {
      if (Math.abs(candidate.length - form.length) > most) continue;
      const edits = editDistance(form, candidate, best ? Math.min(best.edits, most) : most);
      if (edits === null) continue;
      const records = index.documentFrequency(candidate);
      if (records < MIN_RECORDS) continue;
      if (!best || edits < best.edits || (edits === best.edits && records > best.records)) best = { term: candidate, edits, records };
    }
  }
  return best?.term ?? null;
}

// The index's terms by first character, made once per index on its first unknown word.
const byFirst = new WeakMap<LexicalIndex, Map<string, string[]>>();

function termsStartingWith(index: LexicalIndex, first: string): readonly string[] {
  let groups = byFirst.get(index);
  if (!groups) {
    groups = new Map();
    for (const term of index.vocabulary) {
      const group = groups.get(term[0]!);
      if (group) group.push(term);
      else groups.set(term[0]!, [term]);
    }
    byFirst.set(index, groups);
  }
  return groups.get(first) ?? [];
}


/**
 * The word of `text` whose index term is `term`, as written there (a possessive's "'s" left out),
 * when it is itself a slip away from the word `typed`; null when none is. Terms are stems: "Jingping"
 * is one letter from the stem of "Jing", but four from the word. A name typed (capitalised) is never
 * a slip of a word the transcripts write in lower case ("Milei" is no "miles").
 */
export function writtenForm(text: string, term: string, typed: string): string | null {
  const word = typed.toLowerCase();
  const most = word.length >= TWO_EDITS_FROM ? 2 : 1;
  for (const token of tokenize(text)) {
    if (normalizeTerm(token) !== term) continue;
    const written = token.replace(/['’]s$/, '');
    if (/^\p{Lu}/u.test(typed) && !/^\p{Lu}/u.test(written)) return null;
    return editDistance(word, written.toLowerCase(), most) === null ? null : written;
  }
  return null;
}
