import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { findBriefing, type BriefingNamed } from '../answers/briefing-asked.js';
import { dateReadText } from '../answers/notices.js';
import { NO_BRIEFINGS_YET } from '../search/coverage.js';
import { briefingMessage, noBriefingMessage } from './briefing-message.js';
import type { BotContext } from './command.js';
import { notice } from './payloads.js';


/**
 * One briefing, as `/briefing` answers, and `/ask` when its question is a date alone: its exchanges
 * to open, the Chinese transcript of the same date linked, the day's other transcript said; a date
 * without one is said privately, with the nearest dates that have one; above either, how a date that
 * could be read two ways was read (`dateReadText`).
 */
export async function answerWithBriefing(
  interaction: ChatInputCommandInteraction, ctx: BotContext, named: BriefingNamed, options: { ephemeral: boolean },
): Promise<void> {
  const found = findBriefing(ctx.search, named);
  if ('nearest' in found) {
    await interaction.reply({ ...noBriefingMessage(named, found.nearest), flags: MessageFlags.Ephemeral });
    return;
  }
  const message = briefingMessage(found.briefing, found.chinese?.summary.url ?? null);
  // Two transcripts of one day (a revised translation): say where the other one is.
  const other = found.other ? `Another transcript of this day: /briefing ${found.other.summary.key}` : null;
  const said = [dateReadText(named), other].filter((line) => line !== null);
  const reply = said.length > 0 ? { ...message, content: said.join('\n') } : message;
  await interaction.reply(options.ephemeral ? { ...reply, flags: MessageFlags.Ephemeral as const } : reply);
}

/** The newest briefing in the index, as `/latest` answers, and `/ask` when its question is "latest" alone. */
export async function answerWithLatest(interaction: ChatInputCommandInteraction, ctx: BotContext, options: { ephemeral: boolean }): Promise<void> {
  const briefing = ctx.search.latestBriefing();
  if (!briefing) {
    await interaction.reply({ ...notice(NO_BRIEFINGS_YET), flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.reply(options.ephemeral ? { ...briefingMessage(briefing), flags: MessageFlags.Ephemeral as const } : briefingMessage(briefing));
}
