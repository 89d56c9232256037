import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { timelinePng } from '../src/answers/chart.js';
import { filterWordsIn, timelineFilterWordsText } from '../src/answers/inline-filters.js';
import { notATimelineTopic } from '../src/answers/timeline-topic.js';
import { searchTimeline } from '../src/answers/timeline.js';
import type { BotContext, SlashCommand } from '../src/discord/command.js';
import { notice } from '../src/discord/payloads.js';
import { noResultsMessage, searchableRequest } from '../src/discord/search-reply.js';
import { timelineMessage } from '../src/discord/timeline-message.js';
import { checkSearchRequest, MAX_QUOTED_QUERY_CHARS } from '../src/search/request.js';

// The topic is checked as /ask's question is, so Discord lets it be as long as /ask's (and /spox timeline's).
const data = new SlashCommandBuilder()
  .setName('timeline')
  .setDescription('How often a topic came up, month by month, with its first and last time and busiest months')
  .addStringOption((o) => o.setName('topic').setDescription('The topic, e.g. Meng Wanzhou, or "exact phrase"').setRequired(true).setMaxLength(MAX_QUOTED_QUERY_CHARS));

export default {
  kind: 'slash',
  data,
  searches: true,
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    // The same check as /ask's question, the option named as /timeline names it.
    const checked = checkSearchRequest({ question: interaction.options.getString('topic', true) }, (field) => `\`${field === 'question' ? 'topic' : field}\``);
    // Filter words as typed, before mentions and links are left out (`lang:<!here>`), as /spox timeline reads them.
    const words = checked.ok ? filterWordsIn(checked.query) : [];
    if (words.length > 0) {
      const examples = { timeline: (topic: string) => `\`/timeline topic: ${topic}\``, search: '`/ask question: Meng Wanzhou outlet:Reuters`' };
      await interaction.reply({ ...notice(timelineFilterWordsText(words, examples)), flags: MessageFlags.Ephemeral });
      return;
    }
    const notATopic = checked.ok ? notATimelineTopic(checked.query, (typed) => `\`/ask question: ${typed}\``) : null;
    if (notATopic) {
      await interaction.reply({ ...notice(notATopic), flags: MessageFlags.Ephemeral });
      return;
    }
    const read = await searchableRequest(interaction, checked);
    if (!read) return;
    const topic = read.query;
    await interaction.deferReply();
    const response = await ctx.search.search(topic, { k: 0, wordsTogether: true, comparedAsSpan: true });
    if (response.total === 0) {
      await interaction.deleteReply();
      await interaction.followUp({ ...noResultsMessage(response, ctx), flags: MessageFlags.Ephemeral });
      return;
    }
    const timeline = searchTimeline(ctx.search, topic, response);
    await interaction.editReply(timelineMessage(timeline, await timelinePng(timeline), response.mode));
  },
} satisfies SlashCommand;
