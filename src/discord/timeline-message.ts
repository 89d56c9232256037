import { AttachmentBuilder, EmbedBuilder } from 'discord.js';
import { CHART_FILE } from '../answers/chart.js';
import { busiestMonthsText, timelineFooter, timelineSummary, timelineTitle, type Timeline } from '../answers/timeline.js';
import { plural } from '../answers/wording.js';
import type { SearchMode } from '../search/types.js';
import { CARD_COLOR } from './cards.js';
import { LIMITS } from './limits.js';
import { escapeVerbatim } from './markdown.js';
import { spoxMessage, type SpoxMessage } from './payloads.js';
import { escapedLabel } from './text-fit.js';

export { CHART_FILE };

/** The chart as an attachment shown in the embed, the first and last time, and the busiest months' briefings. */
export function timelineMessage(timeline: Timeline, png: Buffer, mode: SearchMode): SpoxMessage & { files: AttachmentBuilder[] } {
  const busiest = busiestMonthsText(timeline, { bold: (text) => `**${text}**`, link: (label, url) => `[${label}](${url})` });
  let description = `${escapeVerbatim(timelineSummary(timeline, plural))}\n\n${busiest.heading}\n${busiest.lines.join('\n')}`;
  if (description.length > LIMITS.embedDescription) description = `${description.slice(0, LIMITS.embedDescription - 1).replace(/\n[^\n]*$/, '')}\n…`;
  const embed = new EmbedBuilder()
    .setColor(CARD_COLOR)
    .setTitle(timelineTitle(timeline.topic, LIMITS.embedTitle, escapedLabel))
    .setDescription(description)
    .setImage(`attachment://${CHART_FILE}`)
    .setFooter({ text: timelineFooter(timeline, mode) });
  return { ...spoxMessage({ embeds: [embed] }), files: [new AttachmentBuilder(png, { name: CHART_FILE })] };
}
