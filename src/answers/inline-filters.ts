import { editDistance } from '../util/edit-distance.js';
import { checkSearchRequest } from '../search/request.js';
import type { SearchFilters, SearchSort, SpoxSearch } from '../search/types.js';
import { SPOKESPEOPLE_ZH } from '../transcripts/zh/names.js';
import { englishOutletNames } from '../transcripts/zh/outlets.js';
import { capitalized, outletQuestion } from './wording.js';

/** How results are ordered, as typed after `sort:`. */
export type TypedSort = SearchSort;

/** The orders a person can ask for, in the words they type. */
export const SORT_WORDS: readonly TypedSort[] = ['relevance', 'newest', 'oldest'];

export function isTypedSort(word: string): word is TypedSort {
  return (SORT_WORDS as readonly string[]).includes(word);
}

/** Filter words a person can type after the question, and the filter each one sets. */
const KEYS = { from: 'from', to: 'to', by: 'spokesperson', spokesperson: 'spokesperson', outlet: 'outlet', sort: 'sort' } as const;
type Key = keyof typeof KEYS;

/**
 * `key:value`, `key:"two words"` (straight or curly quotes), at the start or after a space; after a
 * bare value, up to three more words (none a filter word or a quote), which may finish a name. A
 * curly-quoted value stops at the next opening mark: else `by:“a ` typed 7,000 times was scanned to
 * its end from each, for 1.5 s (review33 #10).
 */
const FILTER = /(^|\s)(from|to|by|spokesperson|outlet|sort):(?:"([^"]*)"|“([^“”"]*)[”"]|(\S*)((?:\s+[^\s:"“”]+(?=\s|$)){0,3}))/gi;

/** A word and the full-width colon a Chinese keyboard types (`by：华春莹`), read as `by:`. */
const WORD_WIDE_COLON = /(^|\s)([a-z]+)：/gi;

/** The names the index knows, to read `by:Hua Chunying` without quotes as one name. */
export type KnownNames = Pick<SpoxSearch, 'spokespeople' | 'outlets'>;

/** Every filter word there is, for the message that refuses one that is not. */
const FILTER_LIST = '`from:` and `to:` (a date, YYYY-MM-DD), `by:` (a spokesperson), `outlet:` (who asked) and `sort:` (`newest`, `oldest` or `relevance`)';

/**
 * Words people type as filters elsewhere (search engines, other bots) that spox does not have. Only
 * these, and near misses of spox's own (`form:`), are refused: any other `word:word` is searched as
 * written, so a question may hold a colon (`Article 23: Hong Kong` has a space after it anyway).
 */
const LOOKALIKE_FILTERS = new Set([
  'lang', 'language', 'languages', 'locale', 'date', 'day', 'month', 'year', 'since', 'until', 'till', 'before', 'after',
  'between', 'speaker', 'spokesman', 'spokeswoman', 'spokespeople', 'who', 'asker', 'asked', 'source', 'media', 'press',
  'outlets', 'publication', 'order', 'orderby', 'sortby', 'type', 'kind', 'in', 'on', 'at', 'site', 'author', 'topic',
  'tag', 'country', 'limit', 'page', 'id', 'quote', 'briefing',
]);
const LANGUAGE_WORDS = new Set(['lang', 'language', 'languages', 'locale']);
/**
 * `word:` directly followed by a value (no space), at the start or after a space. Any value: `lang:<!here>`
 * and `lang:@everyone` are look-alike filters too, though the mention is then left out of the words.
 */
const WORD_COLON_VALUE = /(?:^|\s)([a-z]+):(?=\S)/giu;

export interface TypedSearch {
  /** The question without the filter words. */
  query: string;
  filters: SearchFilters;
  sort?: TypedSort;
}

/**
 * Reads `Taiwan arms sales from:2019-01-01 to:2019-12-31 by:"Hua Chunying" outlet:Reuters sort:newest`:
 * the filter words anywhere in the text, the rest is the question. Dates are checked by the same
 * rules as everywhere else (`checkSearchRequest`); a problem names the word as typed.
 */
export function parseTypedSearch(text: string, known?: KnownNames): TypedSearch | { problem: string } {
  const values: Partial<Record<Key, string>> = {};
  let problem: string | null = null;
  const typedQuery = text
    .replace(WORD_WIDE_COLON, (all, lead: string, word: string) => (isFilterLike(word) ? `${lead}${word}:` : all))
    .replace(FILTER, (_all, lead: string, rawKey: string, straight?: string, curly?: string, bare?: string, after = '') => {
      const key = rawKey.toLowerCase() as Key;
      let value = (straight ?? curly ?? bare ?? '').trim();
      let rest = after;
      if (bare && known && KEYS[key] !== 'from' && KEYS[key] !== 'to' && KEYS[key] !== 'sort') {
        const following = after.trim() ? after.trim().split(/\s+/) : [];
        const taken = namePartsAfter(value, following, KEYS[key] === 'outlet' ? outletNames(known) : spokespersonNames(known));
        if (taken > 0) {
          value = [value, ...following.slice(0, taken)].join(hasHan(value) ? '' : ' ');
          rest = ` ${following.slice(taken).join(' ')}`;
        }
      }
      // An opening quote mark with no closing one (else the quoted forms above had matched).
      if (bare && /^["“]/.test(bare)) problem ??= unclosedQuoteText(key);
      else if (!value) problem ??= `\`${key}:\` needs a value, e.g. ${example(key)}.`;
      else if (values[key] !== undefined) problem ??= `\`${key}:\` is given twice.`;
      else values[key] = value;
      return lead + rest;
    })
    .replace(/\s+/g, ' ')
    .trim();
  if (problem) return { problem };
  // An outlet and no words ("outlet:Yonhap") asks for its questions, as "questions from Yonhap" (韩联社的提问) does.
  if (!typedQuery && values.outlet) return parsedSearch(outletQuestion(values.outlet), values);
  if (!typedQuery && Object.keys(values).length > 0) return { problem: 'Give the words to look for as well as the filter words, e.g. `Huawei from:2019-01-01`.' };
  return parsedSearch(typedQuery, values);
}

/** The question and the filter words' values, checked (`checkSearchRequest`). */
function parsedSearch(query: string, values: Partial<Record<Key, string>>): TypedSearch | { problem: string } {
  const unknown = unknownFilterWord(query);
  if (unknown) return { problem: unknown };
  let sort: TypedSort | undefined;
  if (values.sort !== undefined) {
    const wanted = values.sort.toLowerCase();
    if (!isTypedSort(wanted)) return { problem: '`sort:` must be `newest`, `oldest` or `relevance`.' };
    sort = wanted;
  }
  const checked = checkSearchRequest(
    { question: query, from: values.from, to: values.to, spokesperson: values.by ?? values.spokesperson, outlet: values.outlet },
    (field) => (field === 'question' ? 'The question' : `\`${field === 'spokesperson' ? 'by' : field}:\``),
  );
  if (!checked.ok) return { problem: checked.problem };
  return { query: checked.query, filters: checked.filters, ...(sort ? { sort } : {}) };
}

/** The outlets the index holds, and the outlet table's other English spellings of them (`outlet:China Central Television`). */
function outletNames(known: KnownNames): string[] {
  const outlets = known.outlets();
  return [...new Set([...outlets, ...englishOutletNames(outlets)])];
}

/** The spokespeople the index holds, and their Chinese names (`by:华 春莹`). */
function spokespersonNames(known: KnownNames): string[] {
  return [...known.spokespeople(), ...SPOKESPEOPLE_ZH.keys()];
}

const hasHan = (text: string): boolean => /\p{Script=Han}/u.test(text);
const wordsOf = (name: string): string[] => name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * How many of the `following` words finish a name the index knows that `value` begins:
 * `Hua` + `Chunying …` → 1 (Hua Chunying), `Bloomberg` + `News` → 1 (Bloomberg News, though
 * Bloomberg is a name too), `华` + `春莹` → 1. The words taken must be the name's next words in
 * full: `by:Geng Shuang Huawei` leaves Huawei to the question.
 */
function namePartsAfter(value: string, following: string[], names: string[]): number {
  if (!value) return 0;
  for (let n = following.length; n >= 1; n--) {
    const typed = [value, ...following.slice(0, n)];
    if (hasHan(value)) {
      const joined = typed.join('');
      if (typed.every(hasHan) && names.some((name) => name.includes(joined))) return n;
      continue;
    }
    const [first, ...more] = typed.map((w) => w.toLowerCase());
    const found = names.some((name) => {
      const words = wordsOf(name);
      return words.some((word, i) => word.startsWith(first!) && more.every((w, j) => words[i + 1 + j] === w));
    });
    if (found) return n;
  }
  return 0;
}

/** `word:` or `word：` at the start or after a space, and the character after the colon. */
const WORD_COLON = /(?:^|\s)([a-z]+)[:：](\S?)/giu;

/**
 * The filter words typed in `text`, as typed, in order: spox's own (`from:`, `by:`, with or without
 * a value), and the look-alikes and near misses `parseTypedSearch` refuses (`lang:zh`, `form:2019`),
 * for a command that takes no filters. Any other colon is part of the text (`Article 23: Hong Kong`).
 */
export function filterWordsIn(text: string): string[] {
  const found: string[] = [];
  for (const [, word, after] of text.matchAll(WORD_COLON)) {
    const valued = Boolean(after);
    if (word!.toLowerCase() in KEYS || (valued && isFilterLike(word!))) found.push(word!);
  }
  return found;
}

/**
 * What a timeline says when its topic holds filter words (`filterWordsIn`, [a-z] only, so shown as
 * typed): it takes none, but reads dates and a spokesperson written in the topic, as a question's.
 * `timeline` gives the platform's command for a topic, `search` its search narrowed by an outlet.
 */
export function timelineFilterWordsText(words: string[], examples: { timeline: (topic: string) => string; search: string }): string {
  const typed = [...new Set(words)].map((w) => `\`${w}:\``).join(', ');
  // A space after the colon makes a look-alike ("form: 2019") words; spox's own words are refused with one too.
  const lookAlike = words.some((w) => !(w.toLowerCase() in KEYS));
  return `A timeline takes no filter words (${typed} given): write the dates or the spokesperson in the topic, e.g. ${examples.timeline('Meng Wanzhou since 2019')} or ${examples.timeline('Hua Chunying on Meng Wanzhou')}; to narrow by outlet, search instead: ${examples.search}.${lookAlike ? ' To count the word itself, put a space after the colon.' : ''}`;
}

/** A filter word of spox's, one of the look-alikes it refuses, or a near miss of its own. */
function isFilterLike(word: string): boolean {
  const key = word.toLowerCase();
  return key in KEYS || LOOKALIKE_FILTERS.has(key) || Object.keys(KEYS).some((k) => k.length >= 4 && nearMiss(key, k));
}


/**
 * A word left in the question that looks like a filter spox does not have (`lang:zh`,
 * `language:chinese`, `form:2019-01-01`): what to say instead of searching for it; null when none.
 */
function unknownFilterWord(query: string): string | null {
  for (const [, word] of query.matchAll(WORD_COLON_VALUE)) {
    const lookalike = lookalikeFilter(word!);
    if (!lookalike) continue;
    const meant = lookalike.meant ? ` Did you mean \`${lookalike.meant}:\`?` : '';
    const language = lookalike.language
      ? ` ${capitalized(ownLanguageWords((t) => `\`${t}\``))}; a card’s *中文原文* and *English* buttons show the other.`
      : '';
    return `\`${word!}:\` is not a filter word.${meant} The filters are ${FILTER_LIST}.${language} To search for the word itself, put a space after the colon.`;
  }
  return null;
}

/**
 * A word typed as a filter that spox does not have (`lang`, `since`), or a near miss of one of its own
 * (`form`): the filter word it may mean, and whether it asks for a language, which no filter sets
 * (`ownLanguageWords`); null for spox's own filter words and any other word. The bots refuse such
 * a word, and `ask` too.
 */
export function lookalikeFilter(word: string): { meant: string | null; language: boolean } | null {
  const key = word.toLowerCase();
  if (key in KEYS) return null;
  const near = Object.keys(KEYS).find((k) => k.length >= 4 && nearMiss(key, k)) ?? null;
  if (!near && !LOOKALIKE_FILTERS.has(key)) return null;
  return { meant: near, language: LANGUAGE_WORDS.has(key) };
}

/** Why there is no language filter, as every refusal of one says it: `code` marks the example for the platform. */
export function ownLanguageWords(code: (text: string) => string): string {
  return `there is no language filter, since a question searches the briefings of its own language: ask in Chinese (${code('华为')}) for the Chinese pages, in English for the English ones`;
}

function unclosedQuoteText(key: Key): string {
  const name = KEYS[key] === 'spokesperson' ? 'Hua Chunying' : KEYS[key] === 'outlet' ? 'Bloomberg News' : null;
  return `The quote after \`${key}:\` is not closed: put a quote mark at each end of the value${name ? `, e.g. \`${key}:"${name}"\`` : ', or none'}.`;
}

function example(key: Key): string {
  switch (KEYS[key]) {
    case 'from':
    case 'to':
      return `\`${key}:2019-01-01\``;
    case 'spokesperson':
      return `\`${key}:"Hua Chunying"\``;
    case 'outlet':
      return '`outlet:Reuters`';
    case 'sort':
      return '`sort:newest`';
  }
}

/** One letter changed, added, dropped or two swapped: `form` for from, `outelt` for outlet. */
function nearMiss(word: string, target: string): boolean {
  return word !== target && editDistance(word, target, 1) !== null;
}
