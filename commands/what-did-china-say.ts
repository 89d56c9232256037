import { ApplicationCommandType, ContextMenuCommandBuilder, MessageFlags, type MessageContextMenuCommandInteraction } from 'discord.js';
import type { BotContext, MessageMenuCommand } from '../src/discord/command.js';
import { notice } from '../src/discord/payloads.js';
import { answerWithSearch } from '../src/discord/search-reply.js';
import { MAX_QUERY_CHARS } from '../src/search/request.js';

const data = new ContextMenuCommandBuilder().setName('What did China say?').setType(ApplicationCommandType.Message);

/** A long message is searched by its opening words, up to the longest question searched. */
function queryFrom(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_QUERY_CHARS) return flat;
  const cut = flat.lastIndexOf(' ', MAX_QUERY_CHARS);
  return flat.slice(0, cut > 0 ? cut : MAX_QUERY_CHARS);
}

export default {
  kind: 'message-menu',
  data,
  searches: true,
  /** Searches with the selected message's text; the answer is shown only to the user who asked. */
  async execute(interaction: MessageContextMenuCommandInteraction, ctx: BotContext) {
    const query = queryFrom(interaction.targetMessage.content);
    if (!query) {
      await interaction.reply({ ...notice('That message has no text to search with.'), flags: MessageFlags.Ephemeral });
      return;
    }
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    await answerWithSearch(interaction, ctx, query, {});
  },
} satisfies MessageMenuCommand;
