// @ts-check
/**
 * The Ministry's hosts, in one place for every part that asks: which links of a listing are items
 * and which redirects the sync follows (src/sync), and which URLs may stand as a transcript's
 * official link (source-url.ts). Plain JavaScript because the sync's HTTP worker loads it without
 * tsx (see src/sync/http-worker.mjs).
 */

/** The Ministry's sites: each serves the same pages (SITE.md); their subdomains are the Ministry's too. */
export const MINISTRY_DOMAINS = /** @type {const} */ (['mfa.gov.cn', 'fmprc.gov.cn']);

/**
 * Whether `hostname` is one of the Ministry's hosts (`www.mfa.gov.cn`, `fmprc.gov.cn`, `cs.mfa.gov.cn`, …).
 * @param {string} hostname
 * @returns {boolean}
 */
export function isMinistryHost(hostname) {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return MINISTRY_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/**
 * Whether `url` is on the site `site` is on: the same host (either scheme), or another host of the
 * Ministry's when `site` is one of them.
 * @param {URL} url
 * @param {URL} site
 * @returns {boolean}
 */
export function onSameSite(url, site) {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return url.host === site.host || (isMinistryHost(url.hostname) && isMinistryHost(site.hostname));
}
