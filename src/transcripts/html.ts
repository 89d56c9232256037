import { Parser } from 'htmlparser2';
import type { SourceLine } from './types.js';
import { collapseWhitespace } from './text.js';

/** What a Ministry transcript page holds once the page chrome is set aside. */
export interface PageContent {
  title: string;
  /** Null when the page has no `<div class="content">`: not a transcript page of this template. */
  lines: SourceLine[] | null;
  /** Whether the markup ends with `</html>`; a page cut short does not. */
  complete: boolean;
}

/** Elements whose start or end begins a new paragraph of text. */
const BLOCK = new Set(['p', 'div', 'li', 'tr', 'td', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'blockquote']);
const HIDDEN = new Set(['script', 'style', 'noscript']);

function isBoldElement(name: string, attribs: Record<string, string>): boolean {
  if (name === 'b' || name === 'strong') return true;
  const style = attribs.style;
  return style !== undefined && /font-weight\s*:\s*(bold|[6-9]00)/i.test(style);
}

function hasClass(attribs: Record<string, string>, cls: string): boolean {
  return (attribs.class ?? '').split(/\s+/).includes(cls);
}

/**
 * Streams the page once: the `<title>`, and the text of `<div class="content">` as lines (a
 * paragraph, or a `<br>`-separated part of one), each with whether most of it is bold. `normalize`
 * is the white-space rule for a line's text (Chinese pages keep their full-width spaces).
 */
export function readPage(html: string, normalize: (text: string) => string = collapseWhitespace): PageContent {
  let title = '';
  let inTitle = false;
  let sawContent = false;
  const lines: SourceLine[] = [];

  // One entry per open element: is it bold, is it hidden, is it the content div.
  const open: { bold: boolean; hidden: boolean; content: boolean }[] = [];
  let boldDepth = 0;
  let hiddenDepth = 0;
  let contentOpen = false;

  let segments: { text: string; bold: boolean }[] = [];
  let paragraphStart = true;

  const endLine = (newParagraph: boolean): void => {
    const text = normalize(segments.map((s) => s.text).join(''));
    if (text) {
      let boldChars = 0;
      let allChars = 0;
      for (const s of segments) {
        const n = s.text.replace(/\s+/g, '').length;
        allChars += n;
        if (s.bold) boldChars += n;
      }
      lines.push({ text, bold: boldChars * 2 > allChars, paragraphStart });
      paragraphStart = newParagraph;
    } else if (newParagraph) {
      paragraphStart = true;
    }
    segments = [];
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'title' && !sawContent) inTitle = true;
        const isContent = !sawContent && name === 'div' && hasClass(attribs, 'content');
        const entry = { bold: isBoldElement(name, attribs), hidden: HIDDEN.has(name), content: isContent };
        open.push(entry);
        if (entry.bold) boldDepth++;
        if (entry.hidden) hiddenDepth++;
        if (isContent) {
          sawContent = true;
          contentOpen = true;
        }
        if (contentOpen) {
          if (name === 'br') endLine(false);
          else if (BLOCK.has(name)) endLine(true);
        }
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (contentOpen && hiddenDepth === 0) segments.push({ text, bold: boldDepth > 0 });
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        const entry = open.pop();
        if (!entry) return;
        if (entry.bold) boldDepth--;
        if (entry.hidden) hiddenDepth--;
        if (contentOpen && BLOCK.has(name)) endLine(true);
        if (entry.content) contentOpen = false;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return {
    title: collapseWhitespace(title),
    lines: sawContent ? lines : null,
    complete: /<\/html\s*>\s*$/i.test(html),
  };
}
