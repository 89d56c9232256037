import { EmbedBuilder, MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { CARD_COLOR, modeLabel } from '../src/discord/cards.js';
import type { BotContext, SlashCommand } from '../src/discord/command.js';
import { spoxMessage } from '../src/discord/payloads.js';

export default {
  kind: 'slash',
  data: new SlashCommandBuilder().setName('about').setDescription('What the index covers: dates, briefings, exchanges, search mode'),
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const info = ctx.search.info();
    const embed = new EmbedBuilder()
      .setColor(CARD_COLOR)
      .setTitle('spox: the Foreign Ministry spokesperson, verbatim')
      .setDescription(
        "Every answer is quoted word for word from the Chinese Foreign Ministry's English transcripts of its regular press conferences, with a link to the transcript. Nothing is paraphrased or generated.",
      )
      .addFields(
        { name: 'First briefing', value: info.firstDate ?? 'none', inline: true },
        { name: 'Last briefing', value: info.lastDate ?? 'none', inline: true },
        { name: 'Briefings', value: String(info.briefings), inline: true },
        { name: 'Exchanges', value: String(info.exchanges), inline: true },
        { name: 'Statements', value: String(info.statements), inline: true },
        { name: 'Search mode', value: modeLabel(info.mode), inline: true },
        { name: 'Model', value: info.model ?? 'none (lexical search)', inline: true },
      );
    await interaction.reply({ ...spoxMessage({ embeds: [embed] }), flags: MessageFlags.Ephemeral });
  },
} satisfies SlashCommand;
