import { ApplicationCommandType, ContextMenuCommandBuilder, MessageFlags, type MessageContextMenuCommandInteraction } from 'discord.js';
import type { BotContext, MessageMenuCommand } from '../src/discord/command.js';
import { notice } from '../src/discord/payloads.js';
import { answerWithSearch } from '../src/discord/search-reply.js';
import { messageQuery } from '../src/answers/query-text.js';

const data = new ContextMenuCommandBuilder().setName('What did China say?').setType(ApplicationCommandType.Message);

export default {
  kind: 'message-menu',
  data,
  searches: true,
  /** Searches with the selected message's text; the answer is shown only to the user who asked. */
  async execute(interaction: MessageContextMenuCommandInteraction, ctx: BotContext) {
    const query = messageQuery(interaction.targetMessage.content);
    if (!query) {
      await interaction.reply({ ...notice('That message has no text to search with.'), flags: MessageFlags.Ephemeral });
      return;
    }
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    await answerWithSearch(interaction, ctx, query, {});
  },
} satisfies MessageMenuCommand;
