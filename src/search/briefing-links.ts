/** The Ministry's two hosts, which serve the same pages (`sync/settings.ts`), with or without "www.". */
const MINISTRY_HOST = /^(?:www\.)?(?:fmprc|mfa)\.gov\.cn$/i;

/**
 * A transcript's link as links are compared: its host (the Ministry's two as one) and its path,
 * whatever its scheme, query or fragment and however many slashes end it; null for what is no
 * http(s) link. A desk pastes the page it reads, `http://` or `https://`, from either host.
 */
export function linkKey(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = MINISTRY_HOST.test(url.hostname) ? 'mfa.gov.cn' : url.hostname.toLowerCase().replace(/^www\./, '');
  return `${host}${url.pathname.replace(/\/+$/, '')}`;
}
