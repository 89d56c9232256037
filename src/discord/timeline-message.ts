import { AttachmentBuilder, EmbedBuilder } from 'discord.js';
import { safeLinkUrl } from '../answers/links.js';
import { timelineSummary, type Timeline } from '../answers/timeline.js';
import { modeWords, plural } from '../answers/wording.js';
import type { SearchMode } from '../search/types.js';
import { CARD_COLOR } from './cards.js';
import { LIMITS } from './limits.js';
import { escapeVerbatim } from './markdown.js';
import { spoxMessage, type SpoxMessage } from './payloads.js';
import { escapedLabel } from './text-fit.js';

export const CHART_FILE = 'timeline.png';

const TITLE_TAIL = ' over time: exchanges per month';

/** A topic asked as one phrase in quotes (`"national security law"`), without them: the title quotes it. */
function unquoted(topic: string): string {
  const m = /^["“”](?<inner>[^"“”]+)["“”]$/.exec(topic.trim());
  return m?.groups?.inner ?? topic;
}

/** A date linked to its transcript when the link is known: `[2019-05-16](https://…)`. */
function linkedDate(date: string, url: string | null): string {
  const safe = safeLinkUrl(url);
  return safe ? `[${date}](${safe})` : date;
}

/** The chart as an attachment shown in the embed, the first and last time, and the busiest months' briefings. */
export function timelineMessage(timeline: Timeline, png: Buffer, mode: SearchMode): SpoxMessage & { files: AttachmentBuilder[] } {
  const busiest = timeline.busiest.map((m) => {
    const briefings = m.briefings.map((b) => linkedDate(b.date, b.url)).join(' · ');
    return `**${m.month}**: ${plural(m.count, 'exchange')} — ${briefings}`;
  });
  let description = `${escapeVerbatim(timelineSummary(timeline, plural))}\n\n**Busiest months** (open a briefing):\n${busiest.join('\n')}`;
  if (description.length > LIMITS.embedDescription) description = `${description.slice(0, LIMITS.embedDescription - 1).replace(/\n[^\n]*$/, '')}\n…`;
  const embed = new EmbedBuilder()
    .setColor(CARD_COLOR)
    .setTitle(`“${escapedLabel(unquoted(timeline.topic), LIMITS.embedTitle - TITLE_TAIL.length - 2)}”${TITLE_TAIL}`)
    .setDescription(description)
    .setImage(`attachment://${CHART_FILE}`)
    .setFooter({ text: `${timeline.months[0]?.month ?? ''} → ${timeline.months[timeline.months.length - 1]?.month ?? ''} · ${modeWords(mode)}` });
  return { ...spoxMessage({ embeds: [embed] }), files: [new AttachmentBuilder(png, { name: CHART_FILE })] };
}
