import type { IndexedRecord } from '../store/types.js';
import { SPOKESPEOPLE_ZH } from '../transcripts/zh/names.js';
import { englishSpellings, otherLanguageNames, sameTableOutlet } from '../transcripts/zh/outlets.js';
import { LruCache } from '../util/lru.js';
import { respelledNames } from './speaker.js';
import type { SearchFilters } from './types.js';

/**
 * Whether a name matches a filter value, case-insensitively: each word written begins a word of the
 * name ("hua", "Hua Chun", "reuters"), or each word of the name is written ("Bloomberg News" for
 * Bloomberg). A fragment inside a word is no match: "Hua" is not Geng Shuang, "AP" not The Paper.
 * Chinese has no spaces between words: a Chinese value matches where the name contains it.
 * An outlet's name also matches where its name in the other language does (`zh/outlets.ts`):
 * "Reuters" finds the questions the Chinese pages give to 路透社, and 路透社 those of Reuters; and
 * where the table gives it another English spelling: "Agence France-Presse" finds AFP's, "SCMP"
 * the South China Morning Post's; "ABC" the Australian Broadcasting Corporation's, as ABC Australia.
 * Where the table knows both names, it alone decides: "Associated Press" holds the words of
 * "Associated Press of Pakistan", another agency.
 */
export function nameMatches(name: string, wanted: string): boolean {
  return sameTableOutlet(name, wanted) ?? [name, ...otherLanguageNames(name), ...englishSpellings(name)].some((written) => writtenNameMatches(written, wanted));
}

/** `nameMatches` for the name as written, in its own language only. */
function writtenNameMatches(name: string, wanted: string): boolean {
  if (/\p{Script=Han}/u.test(wanted)) return name.toLowerCase().includes(wanted.trim().toLowerCase());
  const written = wordsIn(wanted);
  if (written.length === 0) return false;
  const nameWords = wordsIn(name).map((w) => w.toLowerCase());
  const wantedWords = written.map((w) => w.toLowerCase());
  // "The Times" names a paper by its whole name: its words begin the name, in order ("the global times" is
  // Global Times), and "Times" inside another's ("The New York Times", "Global Times") is not it.
  if (wantedWords[0] === 'the' && wantedWords.length > 1) {
    const own = nameWords[0] === 'the' ? nameWords.slice(1) : nameWords;
    return wantedWords.slice(1).every((w, i) => own[i]?.startsWith(w) === true);
  }
  // An acronym is a whole word: "AP" is not APP.
  const found = (word: string, lower: string): boolean =>
    /^\p{Lu}{2,}$/u.test(word) ? nameWords.includes(lower) : nameWords.some((w) => w.startsWith(lower));
  return written.every((w, i) => found(w, wantedWords[i]!)) || nameWords.every((w) => wantedWords.includes(w));
}

/**
 * Whether a spokesperson matches a filter value, which may be written in Chinese, whole or in part
 * ("华春莹" and "华" are Hua Chunying).
 */
export function spokespersonMatches(spokesperson: string, wanted: string): boolean {
  const value = wanted.trim();
  if (!/\p{Script=Han}/u.test(value)) return writtenNameMatches(spokesperson, value) || writtenNameMatches(spokesperson, respelledValue(spokesperson, value));
  if (spokesperson.includes(value)) return true;
  for (const [chinese, english] of SPOKESPEOPLE_ZH) if (english === spokesperson && chinese.includes(value)) return true;
  return false;
}

// Filters are matched record by record: each value is respelled once per spokesperson.
const respelledValues = new LruCache<string, string>(1024);

/**
 * The value with the spokesperson's name read where the question's text reads it (`respelledNames`):
 * a slip of a letter of the given name ("Zhao Lijan"), its syllables apart ("hua chun ying").
 */
function respelledValue(spokesperson: string, value: string): string {
  const key = `${spokesperson}\u0000${value}`;
  let respelled = respelledValues.get(key);
  if (respelled === undefined) {
    respelled = respelledNames(value, [spokesperson], () => false).query;
    respelledValues.set(key, respelled);
  }
  return respelled;
}

/** The words of a name or filter value, as written (not the search terms of terms.ts). */
function wordsIn(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Whether a record passes the filters, as `SearchFilters` documents them. */
export function matchesFilters(record: Pick<IndexedRecord, 'date' | 'spokesperson' | 'outlet'> & Partial<Pick<IndexedRecord, 'occasion'>>, filters: SearchFilters | undefined): boolean {
  if (!filters) return true;
  if (filters.occasion && record.occasion !== filters.occasion) return false;
  if (filters.from && record.date < filters.from) return false;
  if (filters.to && record.date > filters.to) return false;
  if (filters.spokesperson && !spokespersonMatches(record.spokesperson, filters.spokesperson)) return false;
  return outletMatches(record.outlet, filters);
}

/** Whether an asker (null: none named) passes the outlet filters: `outlet`, and any one of `outlets`. */
export function outletMatches(outlet: string | null, filters: Pick<SearchFilters, 'outlet' | 'outlets'>): boolean {
  if (!filters.outlet && !filters.outlets) return true;
  if (outlet === null) return false;
  return (!filters.outlet || nameMatches(outlet, filters.outlet)) && (!filters.outlets || filters.outlets.some((wanted) => nameMatches(outlet, wanted)));
}
