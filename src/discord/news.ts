import { EmbedBuilder, Routes, type Client } from 'discord.js';
import { briefingNews } from '../answers/news.js';
import type { Briefing } from '../search/types.js';
import { CARD_COLOR } from './cards.js';
import { escapeVerbatim } from './markdown.js';
import { noMentions } from './payloads.js';
import { escapedLabel, plainLabel } from './text-fit.js';
import { LIMITS } from './limits.js';

const QUESTION_CHARS = 300;

/**
 * The post announcing a newly indexed briefing (`briefingNews`): its title (linked), date,
 * spokesperson, number of exchanges and the opening words of its first questions, verbatim, and a
 * link to its Chinese original when that is indexed. A message body for Discord's create-message
 * route, mentions off.
 */
export function newsMessageBody(briefing: Briefing, chinese?: Briefing): object {
  const news = briefingNews(briefing, chinese);
  const questions = news.firstQuestions.map(({ outlet, question }) => `• ${outlet ? `${escapeVerbatim(outlet)}: ` : ''}${escapedLabel(question, QUESTION_CHARS)}`);
  const embed = new EmbedBuilder()
    .setColor(CARD_COLOR)
    .setTitle(plainLabel(news.title, LIMITS.embedTitle))
    .addFields(
      { name: 'Date', value: news.date, inline: true },
      { name: 'Spokesperson', value: escapedLabel(news.spokesperson, 200), inline: true },
      { name: 'Exchanges', value: String(news.exchanges), inline: true },
    )
    .setFooter({ text: `${news.key} · /briefing date: ${news.key} lists every exchange` });
  if (news.chinese) embed.addFields({ name: 'Chinese original', value: news.chinese.url ? `[${news.chinese.key}](${news.chinese.url})` : news.chinese.key });
  if (questions.length > 0) embed.setDescription(`**First questions**\n${questions.join('\n')}`);
  if (news.url) embed.setURL(news.url);
  return { content: news.headline, embeds: [embed.toJSON()], allowed_mentions: noMentions() };
}

/** Posts the announcement of a new briefing (and its Chinese original) in a channel, through the bot's own REST client. */
export async function postNews(client: Client, channelId: string, briefing: Briefing, chinese?: Briefing): Promise<void> {
  await client.rest.post(Routes.channelMessages(channelId), { body: newsMessageBody(briefing, chinese) });
}
