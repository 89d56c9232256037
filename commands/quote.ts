import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext, SlashCommand } from '../src/discord/command.js';
import { chineseCounterpart } from '../src/search/bilingual.js';
import { escapeVerbatim } from '../src/discord/markdown.js';
import { notice } from '../src/discord/payloads.js';
import { recordMessages } from '../src/discord/record-message.js';
import { sendMessages } from '../src/discord/respond.js';
import { plainLabel } from '../src/discord/text-fit.js';
import { unheldRecordText } from '../src/answers/button-refs.js';
import { typedId } from '../src/answers/quote-ref.js';
import { typedText } from '../src/util/printable.js';

const data = new SlashCommandBuilder()
  .setName('quote')
  .setDescription('One exchange in full: the question and the whole answer')
  .addStringOption((o) =>
    o.setName('id').setDescription('Exchange id from a card footer, e.g. 2020-05-22#3').setRequired(true).setMaxLength(40),
  );

export default {
  kind: 'slash',
  data,
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const id = typedId(typedText(interaction.options.getString('id', true)));
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
    const followed = record.followup ? ctx.search.record(record.followup) : undefined;
    // An English exchange and, below it, its Chinese original when one is aligned.
    const chinese = chineseCounterpart(ctx.search, record);
    const messages = [
      ...recordMessages(record, { withQuestion: true, cite: { spans: [] }, followed }),
      ...(chinese ? recordMessages(chinese, { withQuestion: true, cite: { spans: [] }, followed: chinese.followup ? ctx.search.record(chinese.followup) : undefined }) : []),
    ];
    await sendMessages(interaction, messages, { ephemeral: false });
  },
} satisfies SlashCommand;
