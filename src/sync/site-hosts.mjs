// @ts-check
/**
 * Which hosts count as the site the sync reads: shared by the listing reader (which links are items)
 * and the HTTP worker (which redirects are followed). Plain JavaScript because the worker loads it
 * without tsx (see http-worker.mjs).
 */

/** The hosts that serve the Ministry's site, the same pages on each (SITE.md). */
const MINISTRY_HOSTS = new Set(['www.mfa.gov.cn', 'mfa.gov.cn', 'www.fmprc.gov.cn', 'fmprc.gov.cn']);

/**
 * Whether `url` is on the site `site` is on: the same host (either scheme), or another host of the
 * Ministry's site when `site` is on one.
 * @param {URL} url
 * @param {URL} site
 * @returns {boolean}
 */
export function onSameSite(url, site) {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return url.host === site.host || (MINISTRY_HOSTS.has(url.hostname) && MINISTRY_HOSTS.has(site.hostname));
}
