/**
 * Chinese (and Japanese kana) text for the lexical index: it has no spaces, so a run of ideographs
 * is cut into overlapping two-character terms — `关于华为的问题` → 关于 于华 华为 为的 的问 问题 — and a
 * query of two characters (`华为`) is one term that every record containing it holds. A run of one
 * character is a term of its own. Measured against `Intl.Segmenter('zh')` words on Chinese queries
 * (`npm run bench:cjk`): the segmenter splits names it does not know (华为 → 华/为, 孟晚舟 → 孟/晚/舟) and
 * segments the same words differently in different contexts, so bigrams rank better here.
 */
const CJK_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

/** Whether a token holds any Chinese character. */
export function hasCjk(token: string): boolean {
  return CJK_CHAR.test(token);
}

/** The runs of ideographs (and kana) in a text, in order. */
export function cjkRuns(text: string): string[] {
  return [...text.matchAll(CJK_RUN)].map((m) => m[0]);
}

/** Two-character terms of a run of ideographs (the run itself when it is one character). */
export function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** Made on first use: loading ICU's Chinese dictionary costs every process ~20 ms, needed only by bench/cjk.ts and a Chinese time word. */
let segmenter: Intl.Segmenter | undefined;

/** The dictionary words `Intl.Segmenter('zh')` finds in a run (the alternative measured by bench/cjk.ts). */
export function segmenterWords(run: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(run)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * `text` with each match of `pattern` (global) that begins a dictionary word (`Intl.Segmenter('zh')`)
 * replaced: Chinese has no spaces, so a time word like 本月 or 今年 is also the middle of others
 * (日本|月球, 至今|年底), which must stay whole. The segmenter is loaded only when something matches.
 */
export function replaceAtWordStart(text: string, pattern: RegExp, by: (match: string, ...groups: (string | undefined)[]) => string): string {
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return text;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const starts = new Set([...segmenter.segment(text)].map((s) => s.index));
  return text.replace(pattern, (match: string, ...rest: unknown[]) => {
    // The groups come first, then the match's offset.
    const offsetAt = rest.findIndex((x) => typeof x === 'number');
    return starts.has(rest[offsetAt] as number) ? by(match, ...(rest.slice(0, offsetAt) as (string | undefined)[])) : match;
  });
}

/**
 * Splits one letter-and-digit token of mixed scripts (`2019年7月10日`, `特朗普17日表示`) into its
 * non-Chinese parts, kept whole, and the terms of its Chinese runs.
 */
export function cjkTokens(token: string, cut: (run: string) => string[] = bigrams): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of token.matchAll(CJK_RUN)) {
    if (m.index > last) out.push(token.slice(last, m.index));
    out.push(...cut(m[0]));
    last = m.index + m[0].length;
  }
  if (last < token.length) out.push(token.slice(last));
  return out;
}

const isCjkUnit = (c: number): boolean =>
  (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/**
 * The tokens `cjkTokens` cuts a word into, in order, without making a string of each Chinese one: a
 * Chinese token comes as a number, its first character's code × 0x10000 + its second's (0 for a run
 * of one character; `cjkKeyToken` gives the string back), the others as strings. For the index build,
 * where a string per bigram and a lookup of it by string were most of the time.
 */
export function forEachCjkToken(word: string, chinese: (key: number) => void, other: (token: string) => void): void {
  let last = 0;
  for (let at = 0; at < word.length; ) {
    if (!isCjkUnit(word.charCodeAt(at))) {
      at++;
      continue;
    }
    if (at > last) other(word.slice(last, at));
    let end = at + 1;
    while (end < word.length && isCjkUnit(word.charCodeAt(end))) end++;
    if (end - at === 1) chinese(word.charCodeAt(at) * 0x10000);
    for (let i = at; i + 1 < end; i++) chinese(word.charCodeAt(i) * 0x10000 + word.charCodeAt(i + 1));
    last = at = end;
  }
  if (last < word.length) other(word.slice(last));
}

/** The token of a `forEachCjkToken` number. */
export function cjkKeyToken(key: number): string {
  const second = key % 0x10000;
  const first = (key - second) / 0x10000;
  return second === 0 ? String.fromCharCode(first) : String.fromCharCode(first, second);
}

/**
 * The index term of a Chinese token: its code points in hex after `~` (华为 → `~534e4e3a`), which no
 * English term can spell. (Chosen when MiniSearch's radix tree held the terms, which scanned thousands
 * of ideographs under its root one by one; the index's own sorted term list does not mind either way.)
 */
export function cjkTerm(token: string): string {
  let term = '~';
  for (const ch of token) term += ch.codePointAt(0)!.toString(16).padStart(4, '0');
  return term;
}

/** Whether an index term is a Chinese token's (`cjkTerm`). */
export function isCjkTerm(term: string): boolean {
  return term.startsWith('~');
}

/** Tokens with every Chinese one cut into terms; a text without Chinese comes back as it was. */
export function expandCjk(tokens: string[]): string[] {
  return tokens.some(hasCjk) ? tokens.flatMap((t) => (hasCjk(t) ? cjkTokens(t) : [t])) : tokens;
}
