import type { ActionRowBuilder, EmbedBuilder, MessageActionRowComponentBuilder, MessageMentionOptions } from 'discord.js';

/** Nothing in a message may ping anyone: a quote can hold `@everyone` or a mention. */
export function noMentions(): MessageMentionOptions {
  return { parse: [] };
}

/** Every message spox sends: embeds and components built, mentions off. */
export interface SpoxMessage {
  content?: string;
  embeds: EmbedBuilder[];
  components: ActionRowBuilder<MessageActionRowComponentBuilder>[];
  allowedMentions: MessageMentionOptions;
}

export function spoxMessage(parts: Partial<Omit<SpoxMessage, 'allowedMentions'>>): SpoxMessage {
  return {
    ...(parts.content !== undefined ? { content: parts.content } : {}),
    embeds: parts.embeds ?? [],
    components: parts.components ?? [],
    allowedMentions: noMentions(),
  };
}

/** A plain message of spox's own words (a notice, an error), no embeds. */
export function notice(text: string): SpoxMessage {
  return spoxMessage({ content: text });
}
