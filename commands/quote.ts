import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext, SlashCommand } from '../src/discord/command.js';
import { answerWithRecord } from '../src/discord/quote-reply.js';
import { typedId } from '../src/answers/quote-ref.js';
import { typedText } from '../src/util/printable.js';

const data = new SlashCommandBuilder()
  .setName('quote')
  .setDescription('One exchange in full: the question and the whole answer')
  .addStringOption((o) =>
    o.setName('id').setDescription('Exchange id from a card footer, e.g. 2020-05-22#3').setRequired(true).setMaxLength(40),
  );

export default {
  kind: 'slash',
  data,
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    await answerWithRecord(interaction, ctx, typedId(typedText(interaction.options.getString('id', true))), { ephemeral: false });
  },
} satisfies SlashCommand;
