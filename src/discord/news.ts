import { EmbedBuilder, Routes, type Client } from 'discord.js';
import { safeLinkUrl } from '../answers/links.js';
import type { Briefing } from '../search/types.js';
import { CARD_COLOR } from './cards.js';
import { escapeVerbatim } from './markdown.js';
import { noMentions } from './payloads.js';
import { escapedLabel, plainLabel } from './text-fit.js';
import { LIMITS } from './limits.js';

/** How many questions a news post opens with. */
const FIRST_QUESTIONS = 3;
const QUESTION_CHARS = 300;

/**
 * The post announcing a newly indexed briefing: its title (linked), date, spokesperson, number of
 * exchanges and the opening words of its first questions, verbatim, and a link to its Chinese
 * original when that is indexed. A message body for Discord's create-message route, mentions off.
 */
export function newsMessageBody(briefing: Briefing, chinese?: Briefing): object {
  const { summary, records } = briefing;
  const exchanges = records.filter((r) => r.kind === 'exchange');
  const questions = exchanges.slice(0, FIRST_QUESTIONS).map((r) => {
    const asker = r.outlet ? `${escapeVerbatim(r.outlet)}: ` : '';
    return `• ${asker}${escapedLabel(r.question!.replace(/\s+/g, ' '), QUESTION_CHARS)}`;
  });
  const embed = new EmbedBuilder()
    .setColor(CARD_COLOR)
    .setTitle(plainLabel(summary.title, LIMITS.embedTitle))
    .addFields(
      { name: 'Date', value: summary.date, inline: true },
      { name: 'Spokesperson', value: escapedLabel(summary.spokesperson, 200), inline: true },
      { name: 'Exchanges', value: String(exchanges.length), inline: true },
    )
    .setFooter({ text: `${summary.key} · /briefing date: ${summary.key} lists every exchange` });
  const original = safeLinkUrl(chinese?.summary.url);
  if (chinese) embed.addFields({ name: 'Chinese original', value: original ? `[${chinese.summary.key}](${original})` : chinese.summary.key });
  if (questions.length > 0) embed.setDescription(`**First questions**\n${questions.join('\n')}`);
  const link = safeLinkUrl(summary.url);
  if (link) embed.setURL(link);
  return { content: `New briefing indexed: ${summary.date}`, embeds: [embed.toJSON()], allowed_mentions: noMentions() };
}

/** Posts the announcement of a new briefing (and its Chinese original) in a channel, through the bot's own REST client. */
export async function postNews(client: Client, channelId: string, briefing: Briefing, chinese?: Briefing): Promise<void> {
  await client.rest.post(Routes.channelMessages(channelId), { body: newsMessageBody(briefing, chinese) });
}
