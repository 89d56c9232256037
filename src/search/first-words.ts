import { outsideQuotes } from './query.js';
import { termsOf } from './terms.js';
import { SPEAKING } from './time-words.js';

/** Speaking, as a question asking when it first happened words it ("first mentioned", "first brought up"). */
const SPOKE = String.raw`(?:${SPEAKING}|raised?|brought\s+up|addressed|discussed|talked\s+about|spoke\s+(?:about|of|on)|referred\s+to|reacted)`;
/** What was said, as a noun ("the first mention of", "earliest comments on"). */
const SAYING = String.raw`(?:mentions?|comments?|references?|remarks?|responses?|reactions?|statements?)`;

/**
 * Words asking when something was first said ("first mentioned", "the first time", "earliest",
 * "first comment on"): they say when, not what, so they are no search terms; the answer is sorted
 * oldest first. "first" beside anything else stays a word ("the first phase trade deal", "first
 * lady"). Searched, "first" and "mention" let exchanges holding only them answer "When did the
 * Foreign Ministry first mention COVID-19?" (the first date shown was of 2018), and kept out the
 * first exchanges on the coronavirus, which say neither word.
 */
const FIRST_WORDS = new RegExp(
  String.raw`\b(?:(?:(?:for\s+)?the\s+)?(?:very\s+)?first\s+time|first\s+(?:ever\s+)?${SPOKE}(?:\s+(?:of|on|about|to))?|(?:the\s+)?(?:very\s+)?(?:first|earliest)\s+${SAYING}(?:\s+(?:of|on|about|to))?|earliest)\b`,
  'gi',
);

/**
 * In a question read as asking when something was first said, its verb of saying elsewhere ("the
 * first time the spokesperson mentioned Meng Wanzhou") frames it too: searched, "mentioned" let an
 * exchange on Meng Hongwei that mentions something lead the answer. Not "state" ("Islamic State").
 */
const SAYING_VERB = /\b(?:mention(?:ed)?|say|said|comment(?:ed)?|raised?|brought\s+up|talk(?:ed)?\s+about|discussed|spoke\s+(?:about|of|on)|respond(?:ed)?|react(?:ed)?|referred\s+to)\b(?:\s+(?:of|on|about|to)\b)?/gi;

export interface EarliestIntent {
  /** The question without the words asking when it was first said (quoted phrases kept as written). */
  query: string;
  /** Whether it asked when something was first said. */
  earliest: boolean;
}

/** Reads a question asking when something was first said (`FIRST_WORDS`); one made only of those words keeps them. */
export function earliestIntent(query: string): EarliestIntent {
  let earliest = false;
  const withoutFirst = outsideQuotes(query, (part) =>
    part.replace(FIRST_WORDS, () => {
      earliest = true;
      return ' ';
    }));
  if (!earliest) return { query, earliest: false };
  const stripped = outsideQuotes(withoutFirst, (part) => part.replace(SAYING_VERB, ' '))
    .replace(/\s+/g, ' ')
    .replace(/\s+([?.!,])/g, '$1')
    .trim();
  if (termsOf(stripped).length === 0) return { query, earliest: false };
  return { query: stripped, earliest };
}
