/**
 * Which URLs may stand as a transcript's "official transcript" link: one rule for every way a URL
 * comes in (a folder's MANIFEST.tsv, a PressCon row) and for every renderer that makes it a link.
 */

import { isMinistryHost, MINISTRY_DOMAINS } from './ministry-hosts.mjs';

/**
 * The machine itself: a sync of a local mirror (`--site http://127.0.0.1:8080`, as the tests' copy
 * of the site) keeps its pages' URLs, which cannot send a reader to anyone else's site.
 */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/** White space, or a character that could end or open a link's markup (Markdown, Slack's `<url|text>`, HTML). */
const UNSAFE_CHARACTER = /[\s()<>[\]{}|\\^"'`]/u;

/** The Wayback Machine's copy of a page: `http://web.archive.org/web/20030907084940/http://www.fmprc.gov.cn:80/…` (PressCon's pre-2018 links). */
const ARCHIVED = /^\/web\/\d{1,14}[a-z_]*\/(https?:\/\/.+)$/i;

/**
 * What is wrong with `url` as a link to a transcript, or null when it is fine: it must be http(s),
 * hold no white space or link-markup character, and lead to the Ministry's site (or the Wayback
 * Machine's copy of a page of it, or the machine itself).
 */
export function sourceUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'it is not a URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `it is not an http(s) URL (${parsed.protocol})`;
  // Only printable ASCII: a control, format or bidirectional character (U+202E), a zero-width space
  // or an ideographic full stop passes URL parsing but shows a link as another address.
  const outside = /[^\x21-\x7e\s]/u.exec(url);
  if (outside) return `it contains the character U+${outside[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}, which a link should not hold`;
  if (!/^https?:\/\//i.test(url)) return 'it does not start with http:// or https://';
  // The brackets of the IPv6 loopback (`http://[::1]:8080/…`, a local mirror) are the host's own.
  const unsafe = UNSAFE_CHARACTER.exec(url.replace(/^https?:\/\/\[::1\]/i, ''));
  if (unsafe) return `it contains ${/\s/u.test(unsafe[0]) ? 'white space' : `the character ${unsafe[0]}`}, which a link cannot hold`;
  if (parsed.username || parsed.password) return 'it carries a user name or password';
  if (isMinistryHost(parsed.hostname) || isLoopback(parsed.hostname)) return null;
  const archived = parsed.hostname === 'web.archive.org' ? ARCHIVED.exec(parsed.pathname + parsed.search) : null;
  if (archived) {
    try {
      if (isMinistryHost(new URL(archived[1]!).hostname)) return null;
    } catch {
      // not an archived URL after all
    }
  }
  return `${parsed.hostname} is not the Ministry's site (${MINISTRY_DOMAINS.join(', ')})`;
}

/** `url` when it may be a transcript's link (sourceUrlProblem finds nothing wrong), else null. */
export function safeSourceUrl(url: string | null | undefined): string | null {
  return url && sourceUrlProblem(url) === null ? url : null;
}
