import { Parser } from 'htmlparser2';

/**
 * HTML in a spreadsheet cell. The researchers' corpus holds plain text (no tag or entity in the
 * sample's 661 rows), so markup in a cell came from a tool that copied a page's source: `We <b>firmly
 * oppose</b> … &amp; urge`. Quoted as it stands, that is not the Ministry's text; read as a page's text
 * is read (html.ts), it is.
 */

/** Tags a page's markup uses. A name outside them (`<The Art of War>` for a book's title marks) is text. */
const TAG_NAMES = 'a|b|i|u|s|p|br|hr|em|strong|span|div|font|sup|sub|small|big|center|blockquote|img|table|tbody|thead|tr|td|th|ul|ol|li|h[1-6]|script|style|noscript|iframe';
const TAG = new RegExp(`</?(?:${TAG_NAMES})(?:\\s[^<>]*)?/?>`, 'gi');
const ENTITY = /&(?:amp|nbsp|lt|gt|quot|apos|[lr][sd]quo|[mn]dash|hellip|middot|#\d{2,6}|#x[0-9a-f]{2,5});/gi;

/** Elements that end a paragraph, as on a page. */
const BLOCK = new Set(['p', 'div', 'br', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'blockquote', 'hr']);
/** Elements whose content a reader never sees. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'iframe']);

/** The markup a cell holds, each form once and in the order met (`<b>`, `&amp;`); empty for plain text. */
export function markupIn(text: string): string[] {
  const found = [...text.matchAll(TAG), ...text.matchAll(ENTITY)].sort((a, b) => a.index - b.index);
  return [...new Set(found.map((m) => shortTag(m[0])))];
}

/** `<a href="…">` → `<a>`: the form, not its attributes (a link a transcript supplied is not echoed). */
function shortTag(markup: string): string {
  const tag = /^<(\/?)([a-z0-9]+)/i.exec(markup);
  return tag ? `<${tag[1]}${tag[2]!.toLowerCase()}>` : markup.toLowerCase();
}

/** A cell's text as a page's is read: tags dropped, a block's end a line break, hidden content left out, entities decoded. */
export function markupText(html: string): string {
  let text = '';
  let hidden = 0;
  const parser = new Parser({
    onopentag(name) {
      if (HIDDEN.has(name)) hidden++;
      if (BLOCK.has(name)) text += '\n';
    },
    ontext(data) {
      if (hidden === 0) text += data;
    },
    onclosetag(name) {
      if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
      if (BLOCK.has(name) && name !== 'br' && name !== 'hr') text += '\n'; // void: closed as it opens
    },
  }, { decodeEntities: true });
  // A `<` that opens no tag of TAG_NAMES is text, as markupIn read it (a book's title marks).
  parser.write(html.replace(new RegExp(`<(?!/?(?:${TAG_NAMES})[\\s/>])`, 'gi'), '&lt;'));
  parser.end();
  return text;
}
