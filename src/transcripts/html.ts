import { Parser } from 'htmlparser2';
import type { SourceLine } from './types.js';
import { collapseWhitespace } from './text.js';

/** What a Ministry transcript page holds once the page chrome is set aside. */
export interface PageContent {
  /** The page's own title: `<meta name="ArticleTitle">`, the visible header, or `<title>` without the site's suffix. */
  title: string;
  /** Null when the page has no transcript body (`div.content`, `div.content_text`, `div.news_content`, the Chinese `div.news-main`). */
  lines: SourceLine[] | null;
  /**
   * Whether the markup holds `</html>`; a page cut short does not. What follows it is the server's
   * (a cache's comment, a counter's script) and no sign of a cut: refused, such a page was never indexed (hunt-I #4).
   */
  complete: boolean;
  /** Publication date (`<meta name="PubDate">` or the `.xltime` shown under the title), ISO; null when absent. */
  published: string | null;
  /** Links to transcript pages (`…/t1728695.shtml`, `…/t20260817_12005503.html`): many on a listing page. */
  transcriptLinks: number;
}

/**
 * The class of the element holding the transcript: the 2018-2020 template, the 2021+ English ones,
 * and today's Chinese one (`div.news-main#News_Body_Txt_A`; see SITE.md).
 */
const BODY_CLASSES = ['content', 'content_text', 'news_content', 'news-main'];
/** The Chinese site's transcript body by its id, whatever its class. */
const BODY_ID = 'News_Body_Txt_A';
/** `<title>` ends with the site's name on the current template. */
const SITE_SUFFIX = /\s*_\s*Ministry of Foreign Affairs\b.*$/;
const TRANSCRIPT_LINK = /\/t\d{6,}(?:_\d+)?\.s?html?$/;

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
  let articleTitle: string | null = null;
  let headerTitle: string | null = null;
  let published: string | null = null;
  /** Text of the element being read for the header title or the time shown under it. */
  let capture: { what: 'header' | 'time'; depth: number; text: string } | null = null;
  let transcriptLinks = 0;
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
        if (name === 'meta') {
          const meta = (attribs.name ?? '').toLowerCase();
          if (meta === 'articletitle' && attribs.content) articleTitle ??= attribs.content;
          if (meta === 'pubdate' && attribs.content) published ??= isoDay(attribs.content);
        }
        if (name === 'a' && TRANSCRIPT_LINK.test(attribs.href ?? '')) transcriptLinks++;
        if (!capture && !sawContent && hasClass(attribs, 'news_header_title') && headerTitle === null) capture = { what: 'header', depth: 0, text: '' };
        if (!capture && !sawContent && hasClass(attribs, 'xltime') && published === null) capture = { what: 'time', depth: 0, text: '' };
        if (capture) capture.depth++;
        // The transcript ends before `<div style="clear:both;">` on the current English template,
        // and at `div.news-foot` on the Chinese one.
        if (contentOpen && name === 'div' && (/clear\s*:\s*both/i.test(attribs.style ?? '') || hasClass(attribs, 'news-foot'))) {
          endLine(true);
          contentOpen = false;
        }
        const isContent = !sawContent && name === 'div' && (BODY_CLASSES.some((c) => hasClass(attribs, c)) || attribs.id === BODY_ID);
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
        if (capture) capture.text += text;
        if (inTitle) title += text;
        else if (contentOpen && hiddenDepth === 0) segments.push({ text, bold: boldDepth > 0 });
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (capture && --capture.depth === 0) {
          if (capture.what === 'header') headerTitle = collapseWhitespace(capture.text);
          else published = isoDay(capture.text);
          capture = null;
        }
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
  const pageTitle = articleTitle ?? headerTitle ?? title.replace(SITE_SUFFIX, '');
  return {
    title: collapseWhitespace(pageTitle),
    lines: sawContent ? lines : null,
    complete: /<\/html\s*>/i.test(html),
    published,
    transcriptLinks,
  };
}

/** `2026-08-17 20:30` → `2026-08-17`; null when the text holds no such date. */
function isoDay(text: string): string | null {
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
