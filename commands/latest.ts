import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { briefingMessage } from '../src/discord/briefing-message.js';
import type { BotContext, SlashCommand } from '../src/discord/command.js';
import { notice } from '../src/discord/payloads.js';
import { NO_BRIEFINGS_YET } from '../src/search/coverage.js';

export default {
  kind: 'slash',
  data: new SlashCommandBuilder().setName('latest').setDescription('The newest briefing in the index, to open any exchange'),
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const briefing = ctx.search.latestBriefing();
    if (!briefing) {
      await interaction.reply({ ...notice(NO_BRIEFINGS_YET), flags: MessageFlags.Ephemeral });
      return;
    }
    await interaction.reply(briefingMessage(briefing));
  },
} satisfies SlashCommand;
