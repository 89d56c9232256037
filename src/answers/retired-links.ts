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

/**
 * The addresses the research corpus gives its 2023 pairs (`/eng/xwfw_665399/s2510_665401/2511_665403/
 * 202301/t20230110_11005338.html`): a scheme between SITE.md's era 2 and today's `/eng/xw/fyrbt/`,
 * which SITE.md does not list, so whether the site still serves it is not known here. Given as the
 * corpus gives it, with that said, so that a desk checks the link before printing it (review40 #7).
 */
const UNLISTED_ENGLISH_PAGE = /^https?:\/\/www\.(?:fmprc|mfa)\.gov\.cn\/eng\/xwfw_665399\/s2510_665401\/2511_665403\/\d{6}\/t\d{8}_\d+\.html$/;

/** Said beside such a link, wherever it is shown. */
export const UNLISTED_LINK_WORDS = 'a 2023 address of the Ministry’s that its site today is not known to serve; check that it opens';

/** What to say beside a transcript's link: that it is retired, that it is of an unlisted scheme, or nothing. */
export function linkNote(url: string | null | undefined): string | null {
  if (isRetiredLink(url)) return RETIRED_LINK_WORDS;
  return url != null && UNLISTED_ENGLISH_PAGE.test(url) ? UNLISTED_LINK_WORDS : null;
}
