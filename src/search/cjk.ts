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

/** Two-character terms of a run of ideographs (the run itself when it is one character). */
export function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** Made on first use: loading ICU's Chinese dictionary costs every process ~20 ms, and only bench/cjk.ts uses it. */
let segmenter: Intl.Segmenter | undefined;

/** The dictionary words `Intl.Segmenter('zh')` finds in a run (the alternative measured by bench/cjk.ts). */
export function segmenterWords(run: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(run)].filter((s) => s.isWordLike).map((s) => s.segment);
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

/** Tokens with every Chinese one cut into terms; a text without Chinese comes back as it was. */
export function expandCjk(tokens: string[]): string[] {
  return tokens.some(hasCjk) ? tokens.flatMap((t) => (hasCjk(t) ? cjkTokens(t) : [t])) : tokens;
}
