import type { ChatInputCommandInteraction, MessageContextMenuCommandInteraction } from 'discord.js';
import type { SearchFilters } from '../search/types.js';
import type { BotContext } from './command.js';
import { noResultsMessage, resultMessage } from './result-message.js';

/** Hits shown per search (paged one card at a time). */
export const HITS_PER_SEARCH = 5;

/**
 * Runs a search for a deferred interaction and edits the reply into the first card (or says that
 * nothing matched). The hits are kept so the card can be paged and cited.
 */
export async function answerWithSearch(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  ctx: BotContext,
  query: string,
  filters: SearchFilters,
): Promise<void> {
  const response = await ctx.search.search(query, { filters, k: HITS_PER_SEARCH });
  if (response.hits.length === 0) {
    await interaction.editReply(noResultsMessage(query, filters));
    return;
  }
  const result = ctx.results.add({ userId: interaction.user.id, query, filters, mode: response.mode, hits: response.hits });
  await interaction.editReply(resultMessage(result, 0));
}
