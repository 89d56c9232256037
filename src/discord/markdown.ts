/**
 * Markdown escaping that shows text exactly as written: every character Discord's Markdown could
 * act on gets a backslash, and a backslash before punctuation always renders as the character.
 */

/** Characters that act anywhere in a line: emphasis, code, spoilers, mentions, masked links. */
const INLINE = /[\\*_~`|<>[\]]/g;
/** Characters that act at the start of a line: headings, quotes, lists, subtext. */
const LINE_START = /^([ \t]*)([#+-])/gm;
const NUMBERED = /^([ \t]*\d+)([.)])/gm;

export function escapeVerbatim(text: string): string {
  return text.replace(INLINE, '\\$&').replace(LINE_START, '$1\\$2').replace(NUMBERED, '$1\\$2');
}

/** What Discord shows for escaped text: a backslash before punctuation is dropped. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([^0-9A-Za-z\s])/g, '$1');
}
