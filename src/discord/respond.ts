import { MessageFlags, type RepliableInteraction } from 'discord.js';
import type { SpoxMessage } from './payloads.js';

/**
 * Sends one or more messages as the answer to an interaction: the first as the reply (or the edit
 * of a deferred reply), the others as follow-ups. Ephemeral replies stay ephemeral throughout.
 */
export async function sendMessages(
  interaction: RepliableInteraction,
  messages: SpoxMessage[],
  options: { ephemeral: boolean },
): Promise<void> {
  const flags = options.ephemeral ? MessageFlags.Ephemeral : undefined;
  for (const [i, message] of messages.entries()) {
    if (i > 0) await interaction.followUp({ ...message, ...(flags ? { flags } : {}) });
    else if (interaction.deferred) await interaction.editReply(message);
    else await interaction.reply({ ...message, ...(flags ? { flags } : {}) });
  }
}

/** A short ephemeral answer (a refusal, a notice) to an interaction not yet answered. */
export async function replyPrivately(interaction: RepliableInteraction, message: SpoxMessage): Promise<void> {
  await interaction.reply({ ...message, flags: MessageFlags.Ephemeral });
}
