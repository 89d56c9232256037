import { EmbedBuilder, MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { languageWords } from '../src/answers/wording.js';
import { CARD_COLOR, modeLabel } from '../src/discord/cards.js';
import type { BotContext, SlashCommand } from '../src/discord/command.js';
import { LIMITS } from '../src/discord/limits.js';
import { spoxMessage } from '../src/discord/payloads.js';

const SOURCE_NAMES = {
  bundled: 'bundled with spox',
  synced: "synced from the Ministry's site",
  imported: 'imported (CMFA PressCon corpus)',
  added: 'added by hand',
} as const;

/** Lines within a field's limit; what does not fit is counted. */
function fieldLines(lines: string[], empty: string): string {
  if (lines.length === 0) return empty;
  const kept: string[] = [];
  let size = 0;
  for (const [i, line] of lines.entries()) {
    const more = `… and ${lines.length - i} more`;
    if (size + line.length + 1 + more.length > LIMITS.fieldValue) {
      kept.push(more);
      break;
    }
    kept.push(line);
    size += line.length + 1;
  }
  return kept.join('\n');
}

export default {
  kind: 'slash',
  data: new SlashCommandBuilder().setName('about').setDescription('What the index covers: sources, dates and gaps, last sync, search mode'),
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const info = ctx.search.info();
    const coverage = ctx.search.coverage();
    const sources = ctx.search.sources().map((s) => `${SOURCE_NAMES[s.kind]}: ${s.briefings} briefings, ${s.from} to ${s.to}`);
    const gaps = coverage.gaps.map((g) => `${g.from} to ${g.to}`);
    const last = ctx.lastSync?.();
    const embed = new EmbedBuilder()
      .setColor(CARD_COLOR)
      .setTitle('spox: the Foreign Ministry spokesperson, verbatim')
      .setDescription(
        "Every answer is quoted word for word from the Chinese Foreign Ministry's English transcripts of its regular press conferences, with a link to the transcript. Nothing is paraphrased or generated.",
      )
      .addFields(
        { name: 'First briefing', value: coverage.from ?? 'none', inline: true },
        { name: 'Last briefing', value: coverage.to ?? 'none', inline: true },
        { name: 'Briefings', value: String(coverage.briefings), inline: true },
        { name: 'Exchanges', value: String(info.exchanges), inline: true },
        { name: 'Statements', value: String(info.statements), inline: true },
        { name: 'Search mode', value: modeLabel(info.mode), inline: true },
        { name: 'Model', value: info.model ?? 'none (lexical search)', inline: true },
        { name: 'Sources', value: fieldLines(sources, 'none') },
        { name: 'Languages (a question searches the briefings of its own)', value: fieldLines(ctx.search.languages().map(languageWords), 'none') },
        { name: 'Gaps (over 30 days without a briefing)', value: fieldLines(gaps, 'none') },
        { name: 'Last sync', value: last ? `${last.at.slice(0, 16).replace('T', ' ')} UTC` : 'never (run `npm run sync`, or set SPOX_SYNC_EVERY)' },
      );
    await interaction.reply({ ...spoxMessage({ embeds: [embed] }), flags: MessageFlags.Ephemeral });
  },
} satisfies SlashCommand;
