import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext, SlashCommand } from '../src/discord/command.js';
import { answerWithLatest } from '../src/discord/briefing-reply.js';

export default {
  kind: 'slash',
  data: new SlashCommandBuilder().setName('latest').setDescription('The newest briefing in the index, to open any exchange'),
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    await answerWithLatest(interaction, ctx, { ephemeral: false });
  },
} satisfies SlashCommand;
