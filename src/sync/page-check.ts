import { decodeTranscript } from '../transcripts/decode.js';
import { TranscriptError } from '../transcripts/errors.js';
import { readPage } from '../transcripts/html.js';
import { collapseWhitespace } from '../transcripts/text.js';
import type { FetchedPage } from './fetcher.js';

export type PageVerdict =
  /** `text`: the page decoded, for the parse. */
  | { ok: true; text: string }
  /**
   * `moved`: the URL redirects to a page that holds no transcript; for a URL of a retired scheme,
   * asking again will not help (`movedForGood`, retry-policy.ts).
   */
  | { ok: false; reason: string; moved: boolean };

/** The page the site serves (with status 200) for old URLs and during maintenance: "系统维护". */
export function isMaintenancePage(html: string): boolean {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '';
  return /系统维护|system maintenance/i.test(title) || (html.length < 20_000 && /系统维护中|System maintenance\. Please visit later/i.test(html));
}

/**
 * What the site's template holds, sentence by sentence, while a transcript is not posted yet ("This
 * content is being updated. Please check back later.", 内容更新中，敬请期待). A page whose text is
 * these and nothing else is no transcript yet, though the parser would read it as the spokesperson's
 * one statement.
 */
const PLACEHOLDERS: RegExp[] = [
  /\b(?:this|the)\s+(?:content|page|article|transcript|text)\s+(?:is|will\s+be)\s+(?:(?:currently|still)\s+)?(?:being\s+)?(?:updated|prepared|edited|uploaded|compiled|published|posted|released)(?:\s+(?:soon|shortly|later))?/gi,
  /\b(?:content|page|transcript|text)\s+(?:is\s+)?(?:coming\s+soon|under\s+construction|(?:being|to\s+be)\s+(?:updated|published|posted|released))/gi,
  /\b(?:coming\s+soon|under\s+construction|to\s+be\s+(?:updated|published|posted|released))/gi,
  /\bplease\s+(?:check|come|visit|try)\s+(?:back\s+|again\s+)?(?:later|soon)/gi,
  /\bstay\s+tuned/gi,
  /(?:内容|页面|文章|正文)?(?:正在)?(?:更新|维护|整理|编辑)中/g,
  /(?:内容|页面|文章|正文)?正在(?:更新|维护|整理|编辑)/g,
  /敬请期待|请稍后再?(?:访问|查看|浏览)|(?:待|即将)(?:更新|发布)/g,
];
const ANY_PLACEHOLDER = new RegExp(PLACEHOLDERS.map((re) => re.source).join('|'), 'i');

/**
 * The page's text when it is only a placeholder (`PLACEHOLDERS`, around the page's own title and a
 * date), else null. Only a page with such words anywhere is read for it.
 */
export function placeholderText(html: string): string | null {
  if (!ANY_PLACEHOLDER.test(html)) return null;
  const page = readPage(html);
  if (page.lines === null || page.lines.length === 0) return null;
  const text = collapseWhitespace(page.lines.map((l) => l.text).join(' '));
  if (text.length > 500) return null;
  if (!ANY_PLACEHOLDER.test(text)) return null;
  let rest = page.title ? text.split(page.title).join(' ') : text;
  for (const re of PLACEHOLDERS) rest = rest.replace(re, ' ');
  rest = rest.replace(/\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/g, ' ');
  return /[\p{L}\p{N}]/u.test(rest) ? null : text;
}

export function samePage(a: string, b: string): boolean {
  return new URL(a).pathname === new URL(b).pathname;
}

/**
 * `not a transcript: it is a listing page (…)`: why a page the parser refused is no transcript, said
 * once (the parser's own reason starts "not a Ministry transcript page").
 */
export function notATranscript(parseError: string, prefix = 'not a transcript'): string {
  return `${prefix}: ${parseError.replace(/^not a Ministry transcript page: /, '')}`;
}

/**
 * The checks a downloaded page must pass before it is kept: a status of 200 proves nothing on this
 * site. Cheap on purpose: whether a kept page is a transcript is decided by the one parse the
 * indexer makes, run as the page arrives (a page that does not parse is dropped and reported, see sync.ts).
 */
export function checkPage(page: FetchedPage): PageVerdict {
  const redirected = !samePage(page.url, page.finalUrl);
  const where = redirected ? ` (redirected to ${page.finalUrl})` : '';
  let text: string;
  try {
    text = decodeTranscript(page.body);
  } catch (err) {
    // The problem without a file's advice ("save it as UTF-8"): nobody here saved the page.
    const reason = !(err instanceof TranscriptError) ? (err as Error).message : err.problem === 'empty file' ? 'empty page' : err.problem;
    return { ok: false, reason: `not a transcript: ${reason}${where}`, moved: redirected };
  }
  if (isMaintenancePage(text)) {
    return { ok: false, reason: `not a transcript: the site's "system maintenance" page${where}`, moved: redirected };
  }
  if (!/<p[\s>]/i.test(text) && !/\n\s*\S/.test(text)) {
    return { ok: false, reason: `not a transcript: the page has no paragraphs${where}`, moved: redirected };
  }
  // The Ministry posts the page before its transcript: asked again, never taken for a move.
  const placeholder = placeholderText(text);
  if (placeholder !== null) {
    const quoted = placeholder.length > 120 ? `${placeholder.slice(0, 119)}…` : placeholder;
    return { ok: false, reason: `not a transcript yet: the page holds only a placeholder ("${quoted}")${where}`, moved: false };
  }
  return { ok: true, text };
}
