import { ActionRowBuilder, ButtonBuilder, ButtonStyle, type MessageActionRowComponentBuilder } from 'discord.js';
import type { IndexedRecord } from '../store/types.js';
import { fullAnswerEmbeds } from './cards.js';
import { customId, PREFIX } from './custom-ids.js';
import { spoxMessage, type SpoxMessage } from './payloads.js';

/** 中文原文: the Chinese original aligned with an English record, shown privately. */
export function chineseButton(record: IndexedRecord): ButtonBuilder {
  return new ButtonBuilder().setCustomId(customId(PREFIX.chinese, record.id)).setLabel('中文原文').setStyle(ButtonStyle.Secondary);
}

/**
 * A record in full, as one or more messages: the question (with `withQuestion`) and the whole answer
 * split over embeds. The last message carries Cite (when asked for) and the source link.
 */
export function recordMessages(record: IndexedRecord, options: { withQuestion: boolean; cite: boolean }): SpoxMessage[] {
  const groups = fullAnswerEmbeds(record, { withQuestion: options.withQuestion });
  const buttons: ButtonBuilder[] = [];
  if (options.cite) {
    buttons.push(new ButtonBuilder().setCustomId(customId(PREFIX.citeRecord, record.id)).setLabel('Cite').setStyle(ButtonStyle.Secondary));
  }
  if (record.url) buttons.push(new ButtonBuilder().setLabel('Source').setStyle(ButtonStyle.Link).setURL(record.url));
  if (record.zh) buttons.push(chineseButton(record));
  return groups.map((embeds, i) =>
    spoxMessage({
      embeds,
      components:
        i === groups.length - 1 && buttons.length > 0
          ? [new ActionRowBuilder<MessageActionRowComponentBuilder>().addComponents(buttons)]
          : [],
    }),
  );
}
