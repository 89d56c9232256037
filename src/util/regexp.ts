/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `word` as a whole word: no letter or digit right before or after it (`within`, a character class's
 * inside, says what continues a word: Latin letters alone let Chinese stand beside a word, "华为5G").
 * `flags` must hold `u`; `g` to replace or count every one.
 */
export function wholeWord(word: string, flags: string, within = String.raw`\p{L}\p{N}`): RegExp {
  return new RegExp(`(?<![${within}])${escapeRegExp(word)}(?![${within}])`, flags);
}
