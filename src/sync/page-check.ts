import { decodeTranscript } from '../transcripts/decode.js';
import { TranscriptError } from '../transcripts/errors.js';
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
  return { ok: true, text };
}
