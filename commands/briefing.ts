import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { briefingMessage, noBriefingMessage } from '../src/discord/briefing-message.js';
import type { BotContext, SlashCommand } from '../src/discord/command.js';
import { nearestKeys, readBriefingKey } from '../src/answers/dates.js';
import { notice } from '../src/discord/payloads.js';

const data = new SlashCommandBuilder()
  .setName('briefing')
  .setDescription('The exchanges of one regular press conference, to open any of them')
  .addStringOption((o) =>
    o.setName('date').setDescription('Briefing date, YYYY-MM-DD (2019-04-29b: a second transcript; zh-, pc-: Chinese, imported)').setRequired(true).setMaxLength(14),
  );

/** How many nearby dates to offer when there was no briefing that day. */
const NEAREST = 5;

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
    const { date, key } = named;
    const briefing = ctx.search.briefing(key);
    if (!briefing) {
      await interaction.reply({ ...noBriefingMessage(raw, nearestKeys(ctx.search, named, NEAREST)), flags: MessageFlags.Ephemeral });
      return;
    }
    // The Chinese transcript of the same day, linked beside the English one.
    const chinese = briefing.summary.lang === 'zh' ? undefined : ctx.search.briefing(`zh-${briefing.summary.date}`);
    const message = briefingMessage(briefing, chinese?.summary.url ?? null);
    // Two transcripts of one day (a revised translation): say where the other one is.
    const other = key !== date ? undefined : ctx.search.briefing(`${date}b`);
    await interaction.reply(other ? { ...message, content: `Another transcript of this day: /briefing ${other.summary.key}` } : message);
  },
} satisfies SlashCommand;
