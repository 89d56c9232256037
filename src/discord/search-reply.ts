import { MessageFlags, type ChatInputCommandInteraction, type MessageContextMenuCommandInteraction } from 'discord.js';
import { NOTHING_TO_SEARCH, queryFrom } from '../answers/query-text.js';
import { nothingRelevantText } from '../answers/totals.js';
import type { CheckedRequest } from '../search/request.js';
import type { SearchFilters, SearchResponse, SearchSort } from '../search/types.js';
import { HITS_PER_SEARCH, storeResponse } from '../answers/result-store.js';
import { searchedAs } from '../answers/searched-as.js';
import type { BotContext } from './command.js';
import { escapedLabel } from './text-fit.js';
import { notice, type SpoxMessage } from './payloads.js';
import { resultMessage } from './result-message.js';

export { HITS_PER_SEARCH };

/** Nothing relevant: say so, over which dates, how to widen the search, and what of the question an option overrode. */
export function noResultsMessage(
  response: Pick<SearchResponse, 'query' | 'filters' | 'tooCommon'> & Partial<Pick<SearchResponse, 'missing' | 'withoutUnknown' | 'withoutQuotes' | 'overridden' | 'monthNamed'>>,
  ctx: Pick<BotContext, 'search'>,
): SpoxMessage {
  return notice(nothingRelevantText(ctx.search, response, (t) => escapedLabel(t, 300)));
}

/**
 * Runs a search for a deferred interaction and edits the reply into the first card. Nothing
 * relevant is said privately: a public "thinking…" is removed and the asker alone is told.
 */
export async function answerWithSearch(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  ctx: BotContext,
  query: string,
  filters: SearchFilters,
  sort?: SearchSort,
): Promise<void> {
  const asked = searchedAs(ctx.search, query, filters, sort);
  const response = await ctx.search.search(asked.query, { filters, k: HITS_PER_SEARCH, ...(sort ? { sort } : {}) });
  if (response.hits.length === 0) {
    const message = noResultsMessage(response, ctx);
    if (interaction.ephemeral) {
      await interaction.editReply(message);
    } else {
      await interaction.deleteReply();
      await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
    }
    return;
  }
  const result = storeResponse(ctx.results, { userId: interaction.user.id, query: asked.query, filters, searchedNote: asked.note }, response, ctx.search);
  // A private answer can be shared to the channel by its asker.
  await interaction.editReply(resultMessage(result, 0, ctx.search, interaction.ephemeral ? { share: 'offered' } : {}));
}

/**
 * A checked request's words to search (links, mentions and emoji left out: `queryFrom`) and its
 * filters; or null, after telling the asker privately what is wrong or that nothing is left to search.
 */
export async function searchableRequest(
  interaction: ChatInputCommandInteraction, read: CheckedRequest,
): Promise<{ query: string; filters: SearchFilters } | null> {
  const query = read.ok ? queryFrom(read.query) : '';
  if (!read.ok || !query) {
    await interaction.reply({ ...notice(read.ok ? NOTHING_TO_SEARCH : read.problem), flags: MessageFlags.Ephemeral });
    return null;
  }
  return { query, filters: read.filters };
}
