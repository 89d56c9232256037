import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { followedOf } from '../answers/question-heading.js';
import { unheldRecordText } from '../answers/button-refs.js';
import { chineseCounterpart } from '../search/bilingual.js';
import type { BotContext } from './command.js';
import { escapeVerbatim } from './markdown.js';
import { notice } from './payloads.js';
import { recordMessages } from './record-message.js';
import { sendMessages } from './respond.js';
import { plainLabel } from './text-fit.js';

/**
 * One exchange in full, as `/quote` answers, and `/ask` when its question is an id alone: the
 * question and the whole answer, its Chinese original below when one is aligned, each with Cite;
 * an id the index does not hold is said privately, with why (a revised transcript) when known.
 */
export async function answerWithRecord(interaction: ChatInputCommandInteraction, ctx: BotContext, id: string, options: { ephemeral: boolean }): Promise<void> {
  const record = ctx.search.record(id);
  if (!record) {
    const shown = escapeVerbatim(plainLabel(id, 40));
    const replaced = unheldRecordText(id, shown, (key) => ctx.search.briefing(key)?.summary, '/briefing');
    await interaction.reply({
      ...notice(replaced ?? `No exchange ${shown} in the index. Ids look like 2020-05-22#3; every card shows its id in the footer.`),
      flags: MessageFlags.Ephemeral,
    });
    return;
  }
  const followed = followedOf(record, ctx.search);
  const chinese = chineseCounterpart(ctx.search, record);
  const messages = [
    ...recordMessages(record, { withQuestion: true, cite: { spans: [] }, followed, ...ctx.search.otherVersions(record) }),
    ...(chinese
      ? recordMessages(chinese, { withQuestion: true, cite: { spans: [] }, followed: followedOf(chinese, ctx.search), ...ctx.search.otherVersions(chinese) })
      : []),
  ];
  await sendMessages(interaction, messages, { ephemeral: options.ephemeral });
}
