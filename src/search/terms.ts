import { stemmer } from 'stemmer';
import { cjkTerm, expandCjk, hasCjk } from './cjk.js';

/**
 * Words that carry no topic: English function words, and the framing of a question to the bot
 * ("What did China say about …"). The capitalised "US" is the country and is kept (see below).
 */
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have having
  he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
  nor not now of off on once only or other our ours ourselves out over own same she should so some such than
  that the their theirs them themselves then there these they this those through to too under until up very
  was we were what when where which while who whom why will with would you your yours yourself yourselves
  say said says saying tell told comment comments position stance view views response respond reaction
  china's spokesperson regarding concerning`.split(/\s+/),
);

/**
 * Word tokens of a text (letters and digits), with "U.S." and "United States" read as "US"; Chinese
 * runs cut into two-character terms (cjk.ts), never kept as one clause-long term.
 */
export function tokenize(text: string): string[] {
  return expandCjk(
    text
      .replace(/\bU\.S\.(?=\W|$)|\bUnited States\b/g, 'US')
      .match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [],
  );
}

// Stemming dominates indexing time and the vocabulary is small: each distinct token is stemmed once.
const termCache = new Map<string, string | null>();

/** The index term for one token, or null when it carries no topic. */
export function normalizeTerm(token: string): string | null {
  let term = termCache.get(token);
  if (term === undefined) {
    term = computeTerm(token);
    termCache.set(token, term);
  }
  return term;
}

function computeTerm(token: string): string | null {
  if (hasCjk(token)) return cjkTerm(token); // no case, no stem; one character is a word
  if (token === 'US' || token === 'USA') return 'usa';
  // An acronym that spells a function word is a name: "WHO" is the organisation, not "who".
  if (/^[A-Z]{2,}$/.test(token) && STOP_WORDS.has(token.toLowerCase())) return `${token.toLowerCase()}_`;
  let term = token.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
  if (term.length < 2 && !/\d/.test(term)) return null;
  if (STOP_WORDS.has(term)) return null;
  if (/^\d+$/.test(term)) return term;
  return stemmer(term);
}

/** Distinct index terms of a text, in first-seen order. */
export function termsOf(text: string): string[] {
  const seen = new Set<string>();
  for (const token of tokenize(text)) {
    const term = normalizeTerm(token);
    if (term) seen.add(term);
  }
  return [...seen];
}
