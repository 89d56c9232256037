import { escapeRegExp } from '../util/regexp.js';
import { stemmer } from 'stemmer';
import { LruCache } from '../util/lru.js';
import { CHINESE_NAME_ALIASES, IZE_STEMS, PHRASE_ALIASES, PLACE_WORDS, WORD_ALIASES } from './aliases.js';
import { cjkTerm, expandCjk, hasCjk } from './cjk.js';
import { words } from './words.js';

/**
 * Words that carry no topic: English function words, and the framing of a question to the bot
 * ("What did China say about …"). The capitalised "US" is the country and is kept (see below).
 * The Arabic article of a name ("al-Bashir", "Al Arabiya") is no word of its own: weighed, "al" put
 * three al-Bashir exchanges above the one on Assad asked as "al-Assad" (for "el-Sisi", `ARTICLE_EL`).
 */
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have having
  he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
  nor not now of off on once only or other our ours ourselves out over own same she should so some such than
  that the their theirs them themselves then there these they this those through to too under until up very
  was we were what when where which while who whom why will with would you your yours yourself yourselves
  say said says saying tell told comment comments position stance view views response respond reaction
  china's spokesperson regarding concerning
  al`.split(/\s+/),
);

/** Acronyms that spell a function word and name something in the transcripts (the World Health Organization). */
const NAMED_FUNCTION_WORDS = new Set(['WHO']);

/**
 * Word tokens of a text (letters and digits), with the names of `aliases.ts` read as their
 * canonical form ("United States" → "US", "North Korea" → "DPRK"). A possessive stays on its word
 * ("Kashmir's", cut by `normalizeTerm`); a hyphen splits ("Jong-un" → "Jong", "un", as "Jong Un"), the
 * index also holding a compound as one (`wordsOf`), but not a designation ("F-16" → "F16", and
 * "MH 17" → "MH17").
 * Chinese runs are cut into two-character terms (cjk.ts), never kept as one clause-long term.
 * A change here that changes any term bumps TOKENIZER_VERSION (terms-fingerprint.ts).
 */
export function tokenize(text: string): string[] {
  return expandCjk(wordsApart(text));
}

/**
 * The words of a text as the index holds them: names read as their canonical form, Chinese runs not
 * yet cut, a compound both as its words and as one ("two-state": "two", "state", "twostate"; `COMPOUND`).
 */
export function wordsOf(text: string): string[] {
  return [...wordsApart(text), ...joinedCompounds(text)];
}

/**
 * The words the index holds a text's compounds as, beside their words ("twostate" of "two-state":
 * `COMPOUND`). One written with a capital ("Co-existence", "Co-Existence", "Ing-wen") is held so too,
 * with its mark beside it (`capitalisedCompoundTerm`), by which a question tells a word written at a
 * sentence's start or in a title from a name's. The index counts no field's length by them: a field is
 * as long as its words.
 */
export function joinedCompounds(text: string): string[] {
  const read = namesRead(text);
  if (!/[-‐‑]/.test(read)) return [];
  const joined: string[] = [];
  for (const [compound] of read.matchAll(COMPOUND)) {
    const word = joinedWord(compound, true);
    if (!word || !/^[\p{Lu}\p{Ll}]+$/u.test(word)) continue;
    joined.push(word);
    if (!/^\p{Ll}+$/u.test(word)) joined.push(CAPITALISED + word);
  }
  return joined;
}

/** The compounds of a text as typed, by the joined word the index holds them as ("land-based" → "landbased"). */
export function compoundsAsWritten(text: string): [joined: string, typed: string][] {
  if (!/[-‐‑]/.test(text)) return [];
  const found: [string, string][] = [];
  for (const [compound] of text.matchAll(COMPOUND)) {
    const word = joinedWord(compound, true);
    if (word) found.push([word, compound]);
  }
  return found;
}

/**
 * Marks the term of a compound written with a capital: a token so marked is that term marked
 * (`normalizeTerm`), which no word of a text is, as words are letters and digits.
 */
const CAPITALISED = '^';

/** The term the index holds, beside a compound's joined `term`, for each record writing the compound with a capital. */
export function capitalisedCompoundTerm(term: string): string {
  return CAPITALISED + term;
}

/**
 * Whether a compound whose joined word is `term` is a word rather than a name's: some record holds the
 * term other than as a compound written with a capital, a compound of lower case or one word ("win-win",
 * "coexistence"). "Co-existence" is a word so ("peaceful co-existence" in 7 exchanges), "Ing-wen" and
 * "China-Russia" are no word: no exchange writes "ing-wen" or "ingwen".
 */
export function isCompoundWord(term: string, documentFrequency: (term: string) => number): boolean {
  return documentFrequency(term) > documentFrequency(capitalisedCompoundTerm(term));
}

/** The tokens the index holds of a text (`wordsOf`, and the words of a Chinese name's other form: `chineseFormsReplaced`), Chinese runs cut as `tokenize` cuts them. */
export function indexTokens(text: string): string[] {
  return expandCjk([...wordsOf(text), ...chineseFormsReplaced(text)]);
}

/** The words of a text, names read as their canonical form, before Chinese runs are cut (`tokenize`); a compound as its words only. */
export function wordsApart(text: string): string[] {
  return words(namesRead(text));
}

/**
 * The words of a text as a quoted phrase is matched (`phrase.ts`): as `wordsApart` reads them, but each
 * name of `aliases.ts` read only as the forms that spell its letters (`spellingKey`): "COVID-19",
 * "Covid 19" and "COVID19" are one word, "novel coronavirus" stays itself. A quote asks for the words
 * written; the search, unquoted, for the thing they name.
 */
export function wordsAsSpelt(text: string): string[] {
  return words(namesRead(text, speltNames));
}

/** Whether a text holds a name of `aliases.ts` (of `PHRASE_ALIASES`): where it holds none, `wordsAsSpelt` reads it as `wordsApart` does. */
export function holdsAliasForm(text: string): boolean {
  return ALIAS_MATCHERS.some(({ quick }) => quick.test(text));
}

/** The letters and digits of a name's form, in lower case: what its forms written with other capitals, marks or spaces share. */
export function spellingKey(form: string): string {
  return form.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function namesRead(text: string, names: (text: string) => string = canonicalNames): string {
  const read = joinedNumberedFormats(joinedDesignations(names(withoutInvisibles(text))));
  return /[Ee]l[-‐‑]/.test(read) ? read.replace(ARTICLE_EL, '') : read;
}

/**
 * The article "el" joined to a name ("el-Sisi"): no word of its own, as "al" is not (`STOP_WORDS`). Only
 * so joined: "El Salvador" keeps its word, which the exchanges on Taiwan's diplomatic allies share.
 */
const ARTICLE_EL = /(?<![\p{L}\p{N}])[Ee]l[-‐‑](?=\p{Lu})/gu;

/**
 * Words joined by hyphens ("two-state", "self-defense", "de-escalation", "people-to-people"). The index
 * holds one as its words and as one word (the words joined: "counter-terrorism" is the term of
 * "counterterrorism"), so "terrorism" still finds it (`wordsOf`), whatever its case ("Five Principles of
 * Peaceful Co-existence", "Co-Existence"), where its words after the first are in lower case or
 * capitalised (not "China-US"). A question searches a compound as the one word only (`askedTermsOf`,
 * however it is typed) where that is a word of the transcripts (`isCompoundWord`: some record holds it
 * written in lower case or as one word): searched as its words anywhere, "two-state solution" was 152
 * exchanges (10 say "two-state"), "non-interference" 279 (55). One no record holds ("oil-rich" in a
 * paraphrase) or only written with a capital, a name's ("Tsai Ing-wen", whose spellings the suggestions
 * read: spelling.ts) or two names' ("China-Russia", "anti-China"), is searched as its words, as before.
 * The Arabic article joins no word ("al-Bashir").
 */
const COMPOUND = /(?<![\p{L}\p{N}'’])\p{L}+(?:[-‐‑]\p{L}+)+(?![\p{L}\p{N}]|[-‐‑]\p{N})/gu;
const HYPHENS = /[-‐‑]/g;
const ARTICLE = /^al$/i;

/**
 * A compound's words joined, where its words after the first are in lower case (or, with
 * `capitalised`, capitalised too: "Co-Existence", "Belt-and-Road"; never "China-US") and the first is no
 * article; else null.
 */
function joinedWord(compound: string, capitalised: boolean): string | null {
  const parts = compound.split(HYPHENS);
  const later = capitalised ? /^\p{Lu}?\p{Ll}+$/u : /^\p{Ll}+$/u;
  if (ARTICLE.test(parts[0]!) || !parts.slice(1).every((p) => later.test(p))) return null;
  return parts.join('');
}

/**
 * A question's compounds of words in lower case after the first as their one word where it is a word of
 * the transcripts (`isCompoundWord`): "oil-rich" is "oil" and "rich" where no exchange says it, and so is
 * a name's ("Ing-wen") however typed. One capitalised after the hyphen stays words: the index holds "Cold-War" as
 * "coldwar", but "Cold-War mentality" is also the 57 exchanges writing "Cold War mentality".
 */
function withCompoundsAsked(text: string, documentFrequency: (term: string) => number): string {
  if (!/[-‐‑]/.test(text)) return text;
  return text.replace(COMPOUND, (compound) => {
    const joined = joinedWord(compound, false);
    const term = joined && normalizeTerm(joined);
    return term && isCompoundWord(term, documentFrequency) ? joined! : compound;
  });
}

/**
 * A designation of one to three letters, a hyphen (or dash) and a number (F-16, G-20, S-400, MQ-9,
 * Su-35) is one word, as "G20" and "F16" are: split at the hyphen it was a letter too short to keep
 * and a number that matched dates ("from June 16"). Longer words keep their number apart
 * ("COVID-19" is "COVID" and "19").
 */
const DESIGNATION = /(?<![\p{L}\p{N}])(\p{L}{1,3})[-‐‑–](\d{1,4})(?![\p{N}])/gu;

/**
 * So is one written with a space, when its letters are two or three capitals and its number has one
 * to three digits: "MH 17" (the transcript of 2015-10-14) is "MH17", "COP 24" "COP24", "PM 2.5"
 * "PM2.5". Not a sum or a span ("RMB 10 billion", "USD 20", "the WTO 17 years ago"), nor a year
 * after a name ("UN 2030 Agenda", "APEC 2014"), nor a name that stands alone beside a number ("US
 * 301"), nor a month in capitals ("MAY 20").
 */
const DESIGNATION_APART = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?!(?:US|UK|UN|EU|RMB|USD|CNY|EUR|HKD|JPY|GBP|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\b)(\p{Lu}{2,3}) (\d{1,3})(?![\p{L}\p{N}])` +
    String.raw`(?!(?:[.,]\d+)?\s*(?:%|per\s*cent|percent|(?:years?|months?|weeks?|days?|hours?|minutes?|times|billion|million|trillion|thousand|hundred)\b))`,
  'gu',
);

function joinedDesignations(text: string): string {
  const hyphened = /[-‐‑–]\d/.test(text) ? text.replace(DESIGNATION, '$1$2') : text;
  return /\p{Lu} \d/u.test(hyphened) ? hyphened.replace(DESIGNATION_APART, '$1$2') : hyphened;
}

/**
 * A format named by numbers joined with a plus ("16+1", "17+1", "10+3", "2+2", "C5+1", "1+3+6", and
 * in Chinese "16+1合作", "2＋2") is one word, its plus written out ("16plus1"): split, "17+1" was the
 * numbers 17 and 1, which matched "March 17" and "News 1+1" (89 exchanges; 3 say "16+1" or "17+1"),
 * and "17+1合作" the term "1合作". The first number may follow one or two letters ("C5+1"); each has one or
 * two digits, so a year, a phone number ("+86") or a decimal is no format. Chinese characters may stand
 * right before it (第六次16+1领导人会晤).
 */
const NUMBERED_FORMAT = /(?<![\p{Script=Latin}\p{N}.,+＋])(\p{Script=Latin}{0,2}\d{1,2})((?: ?[+＋] ?\d{1,2}(?![\p{N}]|[.,]\d))+)(?![+＋])/gu;

function joinedNumberedFormats(text: string): string {
  return /\d ?[+＋] ?\d/.test(text) ? text.replace(NUMBERED_FORMAT, (_, first: string, rest: string) => `${first}${rest.replace(/ ?[+＋] ?/g, 'plus')}`) : text;
}

/**
 * Zero-width spaces and joiners, the word joiner, the byte-order mark and the soft hyphen: invisible
 * in a pasted name ("Hua\u200bwei"), they would cut it into two words.
 */
const INVISIBLES = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLES, '');
}

/**
 * One alternation per case mode, longer forms first, each form a whole word; with `quick`, the same
 * forms anywhere, without Unicode mode (nor ſ and K, which Unicode case folding reads as s and k):
 * a text it does not match holds none of them, and it is several times cheaper to run.
 */
function aliasMatcher(caseSensitive: boolean, spelt = false): { pattern: RegExp; quick: RegExp; canonical: Map<string, string>; caseSensitive: boolean } | null {
  const canonical = new Map<string, string>();
  const key = (form: string): string => (caseSensitive ? form : form.toLowerCase());
  for (const alias of PHRASE_ALIASES.filter((a) => Boolean(a.caseSensitive) === caseSensitive)) {
    for (const form of alias.except ?? []) canonical.set(key(form), form);
    for (const form of alias.variants) canonical.set(key(form), spelt ? spellingKey(form) : alias.canonical);
  }
  if (canonical.size === 0) return null;
  const forms = [...canonical.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu');
  const quick = caseSensitive ? new RegExp(forms.join('|')) : new RegExp(`${forms.join('|')}|[\\u017f\\u212a]`, 'i');
  return { pattern, quick, canonical, caseSensitive };
}

const ALIAS_MATCHERS = [aliasMatcher(true), aliasMatcher(false)].flatMap((m) => (m ? [m] : []));
/** The same forms, each read as its spelling (`spellingKey`), for `wordsAsSpelt`. */
const SPELT_MATCHERS = [aliasMatcher(true, true), aliasMatcher(false, true)].flatMap((m) => (m ? [m] : []));

function canonicalNames(text: string): string {
  return namesReplaced(text, ALIAS_MATCHERS);
}

function speltNames(text: string): string {
  return namesReplaced(text, SPELT_MATCHERS);
}

function namesReplaced(text: string, matchers: typeof ALIAS_MATCHERS): string {
  let out = text;
  for (const { pattern, quick, canonical, caseSensitive } of matchers) {
    if (!quick.test(out)) continue;
    out = out.replace(pattern, (form) => canonical.get(caseSensitive ? form : form.toLowerCase()) ?? form);
  }
  return chineseCanonicalNames(out);
}

/**
 * Forms of `CHINESE_NAME_ALIASES` as one pattern, the longer first. Chinese has no spaces to bound a
 * word, so a form is matched wherever it is written, but before the characters that make it part of another word.
 */
function chineseFormsPattern(forms: readonly { form: string; notBefore?: string }[], flags: string): RegExp {
  const sources = [...forms].sort((a, b) => b.form.length - a.form.length).map(({ form, notBefore }) => escapeRegExp(form) + (notBefore ? `(?![${notBefore}])` : ''));
  return new RegExp(sources.join('|'), flags);
}

const CHINESE_NAMES = {
  pattern: chineseFormsPattern(CHINESE_NAME_ALIASES.flatMap(({ variants, notBefore }) => variants.map((form) => ({ form, notBefore }))), 'gu'),
  canonical: new Map(CHINESE_NAME_ALIASES.flatMap((a) => a.variants.map((form) => [form, a.canonical] as const))),
};

/** Each name of `CHINESE_NAME_ALIASES` with all its forms, and a pattern finding the first written. */
const CHINESE_NAME_GROUPS = CHINESE_NAME_ALIASES.map(({ canonical, variants, notBefore }) => ({
  forms: [canonical, ...variants],
  pattern: chineseFormsPattern([{ form: canonical }, ...variants.map((form) => ({ form, notBefore }))], 'u'),
}));

/**
 * The Chinese names of `CHINESE_NAME_ALIASES` a text writes, each as written (its first form) with the
 * other forms it is searched as too (藏南: 阿鲁纳恰尔邦, 阿邦), for the answer to say so; none for text without them.
 */
export function chineseNameForms(text: string): { typed: string; also: string[] }[] {
  if (!hasCjk(text)) return [];
  return CHINESE_NAME_GROUPS.flatMap(({ forms, pattern }) => {
    const typed = pattern.exec(text)?.[0];
    return typed ? [{ typed, also: forms.filter((f) => f !== typed) }] : [];
  });
}

/**
 * The Chinese names of `CHINESE_NAME_ALIASES` a text writes in a form other than the canonical one,
 * as written (新型冠状病毒): the index holds their own terms beside the canonical form's, so 冠状病毒
 * and 卫生组织 still find the records that write 新型冠状病毒 and 世界卫生组织.
 */
export function chineseFormsReplaced(text: string): string[] {
  if (!hasCjk(text)) return [];
  return [...withoutInvisibles(text).matchAll(CHINESE_NAMES.pattern)].flatMap(([form]) => (CHINESE_NAMES.canonical.get(form) !== form ? [form] : []));
}

/** A text with the Chinese names of `aliases.ts` written as their canonical form (阿鲁纳恰尔邦 → 藏南), as the index and the search read it. */
export function chineseCanonicalNames(text: string): string {
  return hasCjk(text) ? text.replace(CHINESE_NAMES.pattern, (form) => CHINESE_NAMES.canonical.get(form) ?? form) : text;
}

/** The names of `aliases.ts` a text writes, by their canonical form, as written: "HongKong" → "Hong Kong". */
export function namesAsWritten(text: string): Map<string, string> {
  const written = new Map<string, string>();
  for (const { pattern, quick, canonical, caseSensitive } of ALIAS_MATCHERS) {
    if (!quick.test(text)) continue;
    for (const [form] of text.matchAll(pattern)) {
      const name = canonical.get(caseSensitive ? form : form.toLowerCase());
      if (name && name !== form && !written.has(name)) written.set(name, form);
    }
  }
  return written;
}

const IZE = new RegExp(`^((?:de|re|un)?(?:${IZE_STEMS.join('|')}))is(e|ed|es|er|ers|ing|ation|ations)$`);

/** A lower-case word in the spelling the index uses (`aliases.ts`: transliterations, British forms). */
export function foldSpelling(word: string): string {
  // Own keys only: "constructor" is a word of the transcripts, not Object.prototype's function.
  return Object.hasOwn(WORD_ALIASES, word) ? WORD_ALIASES[word]! : word.replace(IZE, '$1iz$2');
}

// Stemming dominates indexing time and the vocabulary is small: each distinct token is stemmed once.
// Bounded: a long-running bot sees ever new tokens in queries.
const termCache = new LruCache<string, string | null>(200_000);

/** The index term for one token, or null when it carries no topic. */
export function normalizeTerm(token: string): string | null {
  let term = termCache.get(token);
  if (term === undefined) {
    term = computeTerm(token);
    termCache.set(token, term);
  }
  return term;
}

function computeTerm(written: string): string | null {
  if (written.startsWith(CAPITALISED)) {
    const term = normalizeTerm(written.slice(CAPITALISED.length));
    return term && capitalisedCompoundTerm(term);
  }
  if (hasCjk(written)) return cjkTerm(written); // no case, no stem; one character is a word
  // Full-width letters and digits ("Ｈｕａｗｅｉ", "２０２０", typed with a Chinese input method) are the ASCII ones,
  // and accented Latin letters the plain ones (`withoutAccents`).
  const token = /[^\x00-\x7f]/.test(written) ? withoutAccents(written.normalize('NFKC')) : written;
  if (token === 'US' || token === 'USA') return 'usa';
  // An acronym that spells a function word is a name: "WHO" is the organisation, not "who". Only
  // the ones the transcripts use: in "WHAT DID CHINA SAY ABOUT JAPAN?" or "Huawei AND Meng Wanzhou"
  // the capitals are emphasis.
  // Its possessive too: "WHO's leading role" had been the stop word "who" (13 exchanges of 2020 held the WHO only so; hunt-G #2).
  const bare = token.replace(/['’]s$/, '');
  if (NAMED_FUNCTION_WORDS.has(bare)) return `${bare.toLowerCase()}_`;
  // A pronoun's contraction is a function word: "I'd" had been the term "id", so that "ID" found 283 "I'd like to know" (hunt-N #5), and "she'd" "shed".
  if (CONTRACTION.test(token)) return null;
  let term = foldSpelling(token.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, ''));
  if (term.length < 2 && !/\d/.test(term)) return null;
  if (STOP_WORDS.has(term)) return null;
  if (/^\d+$/.test(term)) return term;
  return OWN_STEMS.get(term) ?? stemmer(term);
}

/** A word with a contraction of "would"/"had", "will", "have", "are" or "am" after its apostrophe ("I'd", "we'll", "they've", "you're", "I'm"). */
const CONTRACTION = /^\p{L}+['’](?:d|ll|ve|re|m)$/iu;

/**
 * Words the stemmer cuts to the stem of a far commoner word of another meaning, given a stem of their
 * own: "internal" and "international" were both "intern", in a quarter of the records, so that "internal
 * affairs" was read as "affairs" alone (378 records of 2019 counted, "Taiwan Affairs Office" among them,
 * where 193 hold both words). "Globalization" was "global": none of the first eight answers to it said
 * "globalization", which 60 records say, among the hundreds saying "global". "Dictator" was "dictat", as "dictate" and
 * "dictation" are: its 8 answers held only those, and the one exchange on a "dictatorship" was not among them (hunt-L #2).
 */
const OWN_STEMS: ReadonlyMap<string, string> = new Map([
  ['internal', 'internal'], ['internally', 'internal'], ['internals', 'internal'],
  ...['globalization', 'globalizations', 'globalize', 'globalized', 'globalizes', 'globalizing'].map((word) => [word, 'globaliz'] as [string, string]),
  ...['dictator', 'dictators', 'dictatorial', 'dictatorship', 'dictatorships'].map((word) => [word, 'dictator'] as [string, string]),
]);

/** Latin letters that are no letter and an accent, read as the plain letters wires write for them. */
const PLAIN_LETTERS: Record<string, string> = { ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ı: 'i' };

/**
 * A word's Latin letters without their accents ("São Tomé" is "Sao Tome", "Erdoğan" "Erdogan",
 * "Vučić" "Vucic"): the transcripts and the wires write a name either way, and each spelling found
 * only the exchanges printing it. Only the term is folded; quotes and phrases keep the letters as written.
 */
export function withoutAccents(word: string): string {
  if (!/[\u00c0-\u024f\u1e00-\u1eff]/.test(word)) return word;
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[øØłŁđĐßæÆœŒı]/g, (c) => PLAIN_LETTERS[c]!).normalize('NFC');
}

/** The index terms of a text in order, repeats kept, a compound as its words only (`termsOf` keeps each once). */
export function termSequence(text: string): string[] {
  const sequence: string[] = [];
  for (const token of expandCjk(wordsApart(text))) {
    const term = normalizeTerm(token);
    if (term) sequence.push(term);
  }
  return sequence;
}

/** Distinct index terms of a text, in first-seen order. */
export function termsOf(text: string): string[] {
  return distinctTerms(expandCjk(wordsApart(text)));
}

/**
 * The terms a question searches (`termsOf`), a compound as its one word only (`COMPOUND`) where that
 * is a word of the records `documentFrequency` counts (`isCompoundWord`).
 */
export function askedTermsOf(text: string, documentFrequency: (term: string) => number): string[] {
  return distinctTerms(expandCjk(words(withCompoundsAsked(namesRead(text), documentFrequency))));
}

/**
 * The terms of a text as its words name a thing (`termsOf`), but a nationality or capital word kept as
 * itself, not read as its country (`PLACE_WORDS`): whether a question names an outlet whole. "The
 * Australian" is named by "Australian" or "The Australian", not by "Australia" or "Canberra", which
 * the search reads as the same term.
 */
export function namedTermsOf(text: string): string[] {
  const seen = new Set<string>();
  for (const token of expandCjk(wordsApart(text))) {
    const word = token.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
    const term = Object.hasOwn(PLACE_WORDS, word) ? `${stemmer(word)}_place` : normalizeTerm(token);
    if (term) seen.add(term);
  }
  return [...seen];
}

function distinctTerms(tokens: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const token of tokens) {
    const term = normalizeTerm(token);
    if (term) seen.add(term);
  }
  return [...seen];
}
