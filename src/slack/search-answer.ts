import { rateLimitedText } from '../answers/notices.js';
import { HITS_PER_SEARCH, storeResponse } from '../answers/result-store.js';
import { searchedAs } from '../answers/searched-as.js';
import { nothingRelevantText } from '../answers/totals.js';
import type { SearchFilters, SearchResponse, SearchSort } from '../search/types.js';
import type { Reply, SlackContext } from './app.js';
import { echoedLabel } from './blocks.js';
import { noticeMessage, resultCard } from './cards.js';
import type { SlackMessage } from './limits.js';

/** Counts a search against the user's limit; false (after saying so) when over it. */
export async function withinLimit(userId: string, reply: Reply, ctx: SlackContext): Promise<boolean> {
  const decision = ctx.rateLimiter.take(userId);
  if (decision.ok) return true;
  await reply(noticeMessage(rateLimitedText(decision.retryAfterMs)));
  return false;
}

/** Nothing relevant: what was searched, over which dates, and how to widen it (`nothingRelevantText`), for the asker alone. */
export function nothingRelevantMessage(response: SearchResponse, ctx: Pick<SlackContext, 'search'>): SlackMessage {
  return noticeMessage(nothingRelevantText(ctx.search, response, (t) => echoedLabel(t, 300)));
}

/** Searches and answers the asker privately with the first card, or says that nothing is relevant and over which dates. */
export async function answerWithSearch(
  asked: { userId: string; query: string; filters: SearchFilters; sort?: SearchSort },
  reply: Reply,
  ctx: SlackContext,
): Promise<void> {
  const { userId, filters, sort } = asked;
  const { query, note } = searchedAs(ctx.search, asked.query, filters, sort);
  const response = await ctx.search.search(query, { filters, k: HITS_PER_SEARCH, ...(sort ? { sort } : {}) });
  if (response.hits.length === 0) return reply(nothingRelevantMessage(response, ctx));
  const result = storeResponse(ctx.results, { userId, query, filters, searchedNote: note }, response, ctx.search);
  await reply(resultCard(result, 0, ctx.search));
}
