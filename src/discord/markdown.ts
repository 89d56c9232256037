/**
 * Markdown escaping that shows text exactly as written: every character Discord's Markdown could
 * act on gets a backslash, and a backslash before punctuation always renders as the character,
 * except inside a web address, which Discord makes a link and shows as written, backslashes included
 * (discord.js #4356, #9950: `c\_138871257.htm` shows, and links, the backslash).
 */

/** Characters that act anywhere in a line: emphasis, code, spoilers, mentions, masked links. */
const INLINE = /[\\*_~`|<>[\]]/g;
/** Characters that act at the start of a line: headings, quotes, lists, subtext. */
const LINE_START = /^([ \t]*)([#+-])/gm;
const NUMBERED = /^([ \t]*\d+)([.)])/gm;

/**
 * A web address as Discord autolinks it (`http(s)://`, then up to white space or `<`, less the
 * trailing `.,:;"')]` it leaves outside the link), here held to the characters a URL may hold
 * (RFC 3986, less `[]`), so that it stops where the address does (before `）`, Chinese text, `|`, a
 * backtick or a backslash) and is never longer than Discord's link. Every character it leaves
 * unescaped is then inside that link, where Markdown does not act, and without `[` or `]` it cannot
 * make a masked link. To be sure of that even where a client ends its links otherwise, it starts
 * only where Discord's link starts for certain (at the start of the text or after a character that
 * is neither a letter nor a digit) and ends on a character that no formatting uses (not `*_~`).
 */
const WEB_ADDRESS = /(?<![A-Za-z0-9])https?:\/\/[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]*[A-Za-z0-9\-/?#@!$&(+=%]/g;

export function escapeVerbatim(text: string): string {
  let escaped = '';
  let from = 0;
  for (const address of text.matchAll(WEB_ADDRESS)) {
    escaped += text.slice(from, address.index).replace(INLINE, '\\$&') + address[0];
    from = address.index + address[0].length;
  }
  escaped += text.slice(from).replace(INLINE, '\\$&');
  // A line never starts inside a web address (it starts with `h`), so these escape text outside one.
  return escaped.replace(LINE_START, '$1\\$2').replace(NUMBERED, '$1\\$2');
}

/** What Discord shows for escaped text: a backslash before punctuation is dropped. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([^0-9A-Za-z\s])/g, '$1');
}
