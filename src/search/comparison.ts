import { termsOf } from './terms.js';

/**
 * How a question compares two years, beside the years themselves (`yearsComparedIntent` in
 * month.ts): "Was China harsher on Australia in 2020 than in 2018?", "Did China mention Taiwan more
 * in 2019 than in 2018?", "How did its tone differ between 2018 and 2020?". The comparative says how
 * the years compare, which the cards of both years let a reporter judge; searched as a topic word,
 * "harsher" (in no exchange) emptied the answer or let unrelated exchanges in, "tougher" cut
 * Australia's 90 exchanges of those years to 6.
 */

/** Comparatives of tone, strength and frequency, read as the comparison only where two years are compared. */
const COMPARATIVES = new Set(`harsher tougher softer stronger weaker milder sharper blunter firmer stricter sterner angrier
  friendlier unfriendlier warmer colder cooler calmer louder quieter gentler kinder nicer ruder fiercer bolder hotter frostier
  testier pricklier chillier worse better greater bigger higher lower fewer quicker slower faster clearer tighter looser
  closer more less`.split(/\s+/));
/** Words asking for a comparison ("compare", "differ", "the difference"): framing beside two years, as the comparative is. */
const COMPARING = /^(?:compar(?:e|ed|es|ing|ison|isons)|differ(?:s|ed|ence|ences|ent|ently)?|contrast(?:s|ed|ing)?)$/i;
/**
 * A word after "more" or "less" that makes the comparative ("more critical of", "less friendly to",
 * "more often"): an adjective or adverb by its ending, or one of a few without one, followed by a
 * word of relation or by nothing. "more sanctions on" (a noun) stays words.
 */
const ADJECTIVE = /^(?:\p{Ll}+(?:al|ive|ile|ful|ous|ic|ent|ant|ly|ble|ish|ed|ory|ary|ate)|often|harsh|tough|soft|strong|blunt|firm|direct|open|vocal|outspoken|keen|quick|clear)$/u;
const RELATION_AFTER = /^(?:of|on|to|towards?|about|with|against|than|in|over|regarding|at|toward)$/i;

/** Whether a question holds a word that compares (a comparative, "compare", "differ"): "between 2018 and 2020" is then two years compared. */
export function comparesYears(text: string): boolean {
  const tokens = text.split(/(\s+)/);
  return tokens.some((_, i) => i % 2 === 0 && compares(tokens, i));
}

/**
 * Whether the word at `i` of `tokens` (words at even places, the spaces between at odd ones) says how
 * things compare. A comparative is none where it starts a name ("Greater Bay Area", "Lower Mekong
 * Initiative": capitalised before a capitalised word) or the question's noun ("Higher education
 * cooperation in 2018 vs 2020": first, before a word of no relation).
 */
function compares(tokens: readonly string[], i: number): boolean {
  const word = bare(tokens[i]!);
  if (COMPARING.test(word)) return true;
  if (!COMPARATIVES.has(word.toLowerCase())) return false;
  const next = i + 2 < tokens.length && !/[?.!,:;]$/.test(tokens[i]!) ? bare(tokens[i + 2]!) : '';
  if (/^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(next)) return false;
  const first = tokens.slice(0, i).every((t) => bare(t) === '');
  return !(first && /^\p{Ll}/u.test(next) && !RELATION_AFTER.test(next) && !ADJECTIVE.test(next) && !/^(?:than|or|and)$/i.test(next));
}

/**
 * The question (its compared years taken out) without the words that say how the years compare (its
 * spaces left for the caller to tidy), and those words as typed that would have been searched ("more"
 * and "less" are never among them: "less friendly" says “friendly”). As typed when nothing else would
 * be left to search.
 */
export function withoutComparison(text: string): { query: string; words: string[] } {
  const tokens = text.split(/(\s+)/);
  const words: string[] = [];
  const dropped = new Set<number>();
  for (let i = 0; i < tokens.length; i += 2) {
    const word = bare(tokens[i]!);
    const lower = word.toLowerCase();
    if (compares(tokens, i)) {
      dropped.add(i);
      if ((lower === 'more' || lower === 'less') && i + 2 < tokens.length) {
        const next = bare(tokens[i + 2]!);
        const after = i + 4 < tokens.length ? bare(tokens[i + 4]!) : '';
        if (ADJECTIVE.test(next) && (after === '' || RELATION_AFTER.test(after) || /[?.!,]$/.test(tokens[i + 2]!))) dropped.add(i + 2);
      }
    }
  }
  if (dropped.size === 0) return { query: text, words: [] };
  const query = tokens.map((t, i) => (dropped.has(i) ? trailing(t) : t)).join('');
  for (const i of [...dropped].sort((a, b) => a - b)) {
    const word = bare(tokens[i]!);
    if (!/^(?:more|less)$/i.test(word) && termsOf(word).length > 0) words.push(word);
  }
  // Nothing left to search: the comparison is all the question holds, searched as typed.
  if (termsOf(query).length === 0) return { query: text, words: [] };
  return { query, words };
}

/** A token without the punctuation around it. */
function bare(token: string): string {
  return token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** What a dropped token leaves: the marks that end a sentence ("harsher?" leaves "?"; "critical," nothing, or "Was China, of Australia?" was left). */
function trailing(token: string): string {
  return (/[?.!]+$/.exec(token) ?? [''])[0];
}
