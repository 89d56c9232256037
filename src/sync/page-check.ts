import { decodeTranscript } from '../transcripts/decode.js';
import { TranscriptError } from '../transcripts/errors.js';
import { parseTranscript } from '../transcripts/parse.js';
import type { Transcript } from '../transcripts/types.js';
import type { FetchedPage } from './fetcher.js';

export type PageVerdict =
  | { ok: true; transcript: Transcript }
  /** `moved`: the URL redirects to another page that holds no transcript; asking again will not help. */
  | { ok: false; reason: string; moved: boolean };

/** The page the site serves (with status 200) for old URLs and during maintenance: "系统维护". */
export function isMaintenancePage(html: string): boolean {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '';
  return /系统维护|system maintenance/i.test(title) || (html.length < 20_000 && /系统维护中|System maintenance\. Please visit later/i.test(html));
}

function samePage(a: string, b: string): boolean {
  return new URL(a).pathname === new URL(b).pathname;
}

/**
 * Whether a downloaded page is a transcript: a status of 200 proves nothing on this site, so the
 * page must parse as one. Otherwise the reason, in one line.
 */
export function checkPage(page: FetchedPage, file: string, hints: { date: string | null }): PageVerdict {
  const moved = !samePage(page.url, page.finalUrl);
  const where = moved ? ` (redirected to ${page.finalUrl})` : '';
  let text: string;
  try {
    text = decodeTranscript(page.body);
  } catch (err) {
    const reason = err instanceof TranscriptError && err.message === 'empty file' ? 'empty page' : (err as Error).message;
    return { ok: false, reason: `not a transcript: ${reason}${where}`, moved };
  }
  if (isMaintenancePage(text)) {
    return { ok: false, reason: `not a transcript: the site's "system maintenance" page${where}`, moved };
  }
  try {
    return { ok: true, transcript: parseTranscript(file, text, { url: page.url, date: hints.date }) };
  } catch (err) {
    if (!(err instanceof TranscriptError)) throw err;
    return { ok: false, reason: `not a transcript: ${err.message}${where}`, moved };
  }
}
