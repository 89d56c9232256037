import { safeSourceUrl } from '../transcripts/source-url.js';

/**
 * A URL safe to show as a link: http(s) on the Ministry's site, no white space or characters that
 * could end a link's markup (the rule every source URL is checked by when indexed, applied again so
 * that an index built by an older version cannot break a card or forge a link).
 */
export function safeLinkUrl(url: string | null | undefined): string | null {
  return safeSourceUrl(url);
}
