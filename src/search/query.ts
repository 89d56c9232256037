import { replaceAtWordStart } from './cjk.js';
import { leftBesideDates } from './framing.js';
import { distinctPhrases, phraseOf, withLongForms, type Phrase } from './phrase.js';
import { withoutInvisibles } from './terms.js';
import { outsideQuotes, QUOTED, QUOTED_PART } from './quoted-parts.js';

/** A user's query split into free words and the exact phrases written in quotes. */
export interface ParsedQuery {
  /** The whole query without quote marks, a phrase's contractions written out (`withLongForms`): what the rankers read. */
  text: string;
  /** Phrases that must occur in the exchange, as they are matched (`phrase.ts`). */
  phrases: Phrase[];
}

export function parseQuery(query: string): ParsedQuery {
  const phrases: Phrase[] = [];
  const text = query.replace(QUOTED, (_, ...groups: (string | undefined)[]) => {
    const written = groups.slice(0, 4).find((g) => g !== undefined)!;
    const phrase = phraseOf(written, true);
    if (phrase) phrases.push(phrase);
    return ` ${withLongForms(written)} `;
  });
  return { text: text.replace(/["“”「」『』]/g, ' ').replace(/\s+/g, ' ').trim(), phrases: distinctPhrases(phrases) };
}

/** The query with each quoted phrase's marks left out, its words kept: what its words find without them. */
export function withoutPhraseMarks(query: string): string {
  return query.replace(QUOTED, (_, ...groups: (string | undefined)[]) => ` ${groups.slice(0, 4).find((g) => g !== undefined)!} `)
    .replace(/["“”「」『』]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A quoted phrase held out of a reading: a word no reading takes for a date or a framing, between private-use marks. */
const HELD = /\uE000phrase(\d+)\uE000/g;

/**
 * `read` applied to the query with each quoted phrase, quote marks included, held out as a word no
 * reading takes (the dates of "back in China. Since 2018, the US has" are the Ministry's words, not
 * the time of the talk), and the phrases put back as written in the query it returns.
 */
export function readOutsideQuotes<T extends { query: string }>(query: string, read: (text: string) => T | null): T | null {
  const held: string[] = [];
  const text = query.split(QUOTED_PART).map((part, i) => (i % 2 === 1 ? `\uE000phrase${held.push(part) - 1}\uE000` : part)).join('');
  if (held.length === 0) return read(query);
  const found = read(text);
  return found && { ...found, query: found.query.replace(HELD, (_, n: string) => held[Number(n)]!) };
}

/** The query with each quoted phrase, quote marks included, masked by as many U+0001 (no letter, digit or space): what is read outside them, at the same offsets. */
export function quotedMasked(query: string): string {
  return query.split(QUOTED_PART).map((part, i) => (i % 2 === 1 ? '\u0001'.repeat(part.length) : part)).join('');
}

/**
 * The quote marks of French, German and Russian around a phrase («…», „…“, »…«), as the curly double
 * quotes every reader of a question knows: unread, «one country two systems» found 339 exchanges
 * holding its words anywhere, the phrase 66. A mark left unpaired stays as typed.
 */
const OTHER_QUOTES = /«\s*([^«»]+?)\s*»|»\s*([^«»]+?)\s*«|„\s*([^„“”"]+?)\s*[“”"]/g;

/**
 * A question as typed, made comparable: full-width letters and digits read as ASCII (NFKC: "Ｆ－１６"
 * is "F-16"), invisible characters pasted into a word removed, dashes read as hyphens, other
 * languages' quote marks as curly double quotes (`OTHER_QUOTES`), white space (a non-breaking space
 * too) collapsed. Nothing of a transcript is changed by it.
 */
export function normalizeQuestion(text: string): string {
  return withoutInvisibles(text.normalize('NFKC'))
    .replace(/[‐‑‒–—]/g, '-')
    .replace(OTHER_QUOTES, (_, ...groups: (string | undefined)[]) => `“${groups.slice(0, 3).find((g) => g !== undefined)!}”`)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The topic of a question put to the bot, without its framing: "What did China say about the
 * Dalai Lama?" → "the Dalai Lama". Embedded with the framing, every query would resemble every
 * question asked at a briefing ("What is China's response to …"), lifting unrelated exchanges over
 * the similarity floor.
 */
const FRAMING = [
  /^\s*what\s+(?:did|does|do|has|have|is|was)\s+(?:china|beijing|the\s+(?:chinese\s+)?(?:foreign\s+)?(?:ministry|government|spokesperson|side))(?:'s|’s)?\s+(?:say|said|think|comment|stance|position|view|response|reaction)?\s*(?:about|on|of|regarding|to|towards?)?\s+/i,
  /^\s*(?:china|beijing)(?:'s|’s)\s+(?:position|stance|view|response|reaction|comments?)\s+(?:on|to|about|regarding)\s+/i,
  /^\s*how\s+(?:did|does|has)\s+(?:china|beijing)\s+(?:respond(?:ed)?|react(?:ed)?)\s+to\s+/i,
];

export function topicOf(text: string): string {
  let topic = text;
  for (const pattern of FRAMING) topic = topic.replace(pattern, '');
  topic = topic.replace(/[?.!\s]+$/, '').trim();
  return topic || text;
}

/**
 * Words asking for the newest position ("latest", "most recent", "now", "current", "still", "this
 * week", "in past years", 最新 …), with the "thing" after them ("the most recent thing China said about
 * the Philippines": searched, "thing" put a 2019 exchange saying "things" first): they say when, not what, so they are no search terms; the
 * answer is sorted newest first, and told how old the newest briefing is (`outsideNote`).
 * Only words outside quoted phrases count.
 */
const LATEST_WORDS =
  /\b(?:(?:(?:the\s+)?(?:very\s+)?latest|most\s+recent)(?:\s+(?:things?|words?))?|most\s+recently|recently|lately|nowadays|right\s+now|now|currently|current(?!\s+(?:account|affairs)\b)|still|(?<!\b(?:USA|Russia)\s+)today|these\s+days|(?:this|last|the\s+past)\s+(?:week|month|year)(?!['’]s\b|\s+of\b)|(?:in|over|during)\s+(?:the\s+)?(?:past|last|recent)\s+(?:few\s+|several\s+|couple\s+of\s+)?(?:days|weeks|months|years)|in\s+recent\s+(?:days|weeks|months|years)|so\s+far|any\s*more|newest|(?:what['’]?s|what\s+is|anything)\s+new(?:\s+(?:on|about|with|regarding))?)\b/gi;
/** The same in Chinese, where a word begins (`replaceAtWordStart`: 日本月球 holds no 本月): 最新, 最近, 目前, 今年, 上周 … */
// 今日俄罗斯 (RT), 今日美国 (USA Today), 今日头条 (Toutiao) are names.
const LATEST_WORDS_ZH = /最新|最近|近期|近日|近来|目前|当前|现在|如今|今天|今日(?!俄罗斯|美国|头条)|本周(?![一二三四五六日天])|这周(?![一二三四五六日天])|上周(?![一二三四五六日天])|本月|这个月|上个月|今年/g;

export interface TimeIntent {
  /** The query without the time words (quoted phrases kept as written). */
  query: string;
  /** Whether the query asked for the latest position. */
  latest: boolean;
}

export function timeIntent(query: string): TimeIntent {
  let latest = false;
  // A quoted phrase keeps its words; strip only outside them.
  const stripped = outsideQuotes(query, (part) =>
    replaceAtWordStart(
      part.replace(LATEST_WORDS, () => {
        latest = true;
        return ' ';
      }),
      LATEST_WORDS_ZH,
      () => {
        latest = true;
        return ' ';
      },
    ))
    .replace(/\s+/g, ' ')
    .replace(/\s+([?.!,])/g, '$1')
    .trim();
  // A query made only of time words ("latest") keeps them: there is nothing else to search. Who was
  // asked is something ("What did the spokesperson say today?": `leftBesideDates`).
  if (!latest || !leftBesideDates(stripped)) return { query, latest: false };
  return { query: stripped, latest };
}
