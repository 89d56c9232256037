/** Where a question quotes a phrase: the marks read as quoting, and its parts outside them. */

/**
 * Single quotes, curly or straight, around several words (a headline's ‘the biggest threat to world
 * peace’): an opening mark where no letter or digit stands before it, a closing one where none
 * follows, and inside, words with a space between them. An apostrophe within a word ("China’s",
 * "don't") neither opens nor closes one; one ending a word ("the countries’ interests") closes it.
 */
const WORD_IN_SINGLE = "(?:[^‘’'\\s]|[’'](?=[\\p{L}\\p{N}]))+";
const single = (open: '(' | '(?:'): string => `(?<![\\p{L}\\p{N}])[‘']${open}${WORD_IN_SINGLE}(?:\\s+${WORD_IN_SINGLE})+)[’'](?![\\p{L}\\p{N}])`;
/**
 * A quoted phrase: in double quotes, straight or curly, in the corner brackets Taiwan and Hong Kong
 * write for them (「香港国安法」, 『一国两制』), or in single quotes around several words (`single`).
 */
export const QUOTED = new RegExp(`["“”]([^"“”]+)["“”]|「([^「」]+)」|『([^『』]+)』|${single('(')}`, 'gu');
export const QUOTED_PART = new RegExp(`(["“”][^"“”]*["“”]|「[^「」]*」|『[^『』]*』|${single('(?:')})`, 'u');

/**
 * The query with `change` applied to the text outside its quoted phrases (which stay as written);
 * `first` and `last` say whether a part begins or ends the query.
 */
export function outsideQuotes(query: string, change: (part: string, at: { first: boolean; last: boolean }) => string): string {
  const parts = query.split(QUOTED_PART);
  return parts.map((part, i) => (i % 2 === 1 ? part : change(part, { first: i === 0, last: i === parts.length - 1 }))).join('');
}
