import { EmbedBuilder, MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { CARD_COLOR } from '../src/discord/cards.js';
import type { SlashCommand } from '../src/discord/command.js';
import { spoxMessage } from '../src/discord/payloads.js';
import { DESCRIBE_TIP, MISSING_TIP, SPEAKER_TIP } from '../src/answers/wording.js';

const USAGE: [string, string][] = [
  ['/ask question [from] [to] [spokesperson] [outlet] [sort] [private]', 'Search the answers. `/ask question: Taiwan arms sales from: 2019-01-01`. Says how many exchanges match and from when to when; `sort: newest first` (or "latest" in the question) puts the newest first, `sort: oldest first` (or "first mentioned") the oldest. The filters may be typed in the question too, as in Slack: `/ask question: Huawei by:"Hua Chunying" from:2019-01-01`. Put words in "quotes" for an exact phrase. ' + SPEAKER_TIP + ' ' + DESCRIBE_TIP + ' ' + MISSING_TIP + ' Previous / Next page through every match; **List all** lists them; **Full answer** shows the whole answer; **Cite** gives a paste-ready citation, **Footnote** a Chicago-style note.'],
  ['Asking in Chinese · 中文', 'A question in Chinese (`/ask question: 香港国安法`, or 华春莹 as the spokesperson) searches the Chinese transcripts, one in English the English ones. A card of an English exchange has **中文原文**: its Chinese original; a card of a Chinese exchange has **English**: the English exchange aligned with it. Both open privately, verbatim, with their own link and Cite.'],
  ['/timeline topic', 'How often a topic came up, month by month (a chart), with the first and last time and the busiest months\' briefings. `/timeline topic: Meng Wanzhou`'],
  ['/briefing date', 'One press conference: who asked what, with a menu to open any exchange. `/briefing date: 2020-05-22`'],
  ['/latest', 'The newest briefing in the index, as /briefing shows it.'],
  ['/quote id', 'One exchange in full, by the id every card shows. `/quote id: 2020-05-22#3`'],
  ['/about', 'What the index covers and how it searches.'],
  ['Apps → What did China say?', 'Right-click (or long-press) a message: searches with its text; only you see the answer. **Share to channel** posts a card of a private answer (this one, or `/ask … private: True`) to the channel, once.'],
];

export default {
  kind: 'slash',
  data: new SlashCommandBuilder().setName('help').setDescription('How to use spox'),
  async execute(interaction: ChatInputCommandInteraction) {
    const embed = new EmbedBuilder()
      .setColor(CARD_COLOR)
      .setTitle('spox commands')
      .setDescription('Quotes are verbatim from the official transcripts; the id in each footer opens the exchange with /quote.')
      .addFields(USAGE.map(([name, value]) => ({ name, value })));
    await interaction.reply({ ...spoxMessage({ embeds: [embed] }), flags: MessageFlags.Ephemeral });
  },
} satisfies SlashCommand;
