import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { answerWithBriefing } from '../src/discord/briefing-reply.js';
import type { BotContext, SlashCommand } from '../src/discord/command.js';
import { readBriefingKey } from '../src/answers/dates.js';
import { notice } from '../src/discord/payloads.js';

const data = new SlashCommandBuilder()
  .setName('briefing')
  .setDescription('The exchanges of one regular press conference, to open any of them')
  .addStringOption((o) =>
    o.setName('date').setDescription('Briefing date, YYYY-MM-DD (2019-04-29b: a second transcript; zh-, pc-: Chinese, imported)').setRequired(true).setMaxLength(14),
  );

export default {
  kind: 'slash',
  data,
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const raw = interaction.options.getString('date', true).trim();
    const named = readBriefingKey(raw);
    if ('problem' in named) {
      const problem = named.problem === 'no such date' ? 'There is no such date. ' : '';
      await interaction.reply({ ...notice(`${problem}Give the date as YYYY-MM-DD, e.g. 2020-05-22 (zh-2019-05-29 for a Chinese transcript, pc-2022-03-10 for an imported one).`), flags: MessageFlags.Ephemeral });
      return;
    }
    await answerWithBriefing(interaction, ctx, named, { ephemeral: false });
  },
} satisfies SlashCommand;
