/**
 * The Ministry's English transcript addresses of 2021 to about 2024
 * (`/mfa_eng/xwfw_665399/s2510_665401/2511_665403/202206/t20220608_10700408.html`), which the site
 * now redirects to its "system maintenance" page (corpus/site-2026/SITE.md, URL era 2). The
 * research corpus gives its 2021-2022 pairs these links. SITE.md gives no rule to the page's
 * address today (early 2022 briefings were re-posted under 2024 addresses of their own), so the
 * link is given as the corpus gives it, the citation's record of the page, and said to be retired.
 */
const RETIRED_ENGLISH_PAGE = /^https?:\/\/www\.(?:fmprc|mfa)\.gov\.cn\/mfa_eng\/xwfw_665399\/s2510_665401\/2511_665403\/\d{6}\/t\d{8}_\d+\.html$/;

/** Said beside such a link, wherever it is shown. */
export const RETIRED_LINK_WORDS = 'this 2021-2024 address of the Ministry’s now opens its maintenance page; a web archive may hold the page';

/** Whether `url` is one of those retired addresses. */
export function isRetiredLink(url: string | null | undefined): boolean {
  return url != null && RETIRED_ENGLISH_PAGE.test(url);
}
