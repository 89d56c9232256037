import { EmbedBuilder, MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { pairsHeldText, pairsOnlyWords, SOURCE_NAMES, sourceEntries } from '../src/answers/sources.js';
import { languageWords, plural } from '../src/answers/wording.js';
import { CARD_COLOR, modeLabel } from '../src/discord/cards.js';
import type { BotContext, SlashCommand } from '../src/discord/command.js';
import { LIMITS } from '../src/discord/limits.js';
import { escapeVerbatim } from '../src/discord/markdown.js';
import { spoxMessage } from '../src/discord/payloads.js';
import { escapedLabel } from '../src/discord/text-fit.js';
import { notIndexedWords } from '../src/sync/status.js';

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

/**
 * Where the quotes come from, as the index holds them: the languages of its transcripts, the
 * briefings imported from a research corpus (not the Ministry's page), and that a card links to the
 * transcript only where its address is known.
 */
export function sourcesText(search: Pick<BotContext['search'], 'languages' | 'sources'>): string {
  const langs = new Set(search.languages().map((l) => l.lang));
  const transcripts = langs.has('en') && langs.has('zh') ? 'English and Chinese (中文) transcripts' : langs.has('zh') ? 'Chinese (中文) transcripts' : 'English transcripts';
  const parts = [
    `Every answer is quoted word for word from the Chinese Foreign Ministry's ${transcripts} of its spokespersons' press conferences, remarks and statements, as the index holds them. Nothing is paraphrased or generated.`,
    "A card links to the Ministry's transcript when the index knows its address; a briefing read from a text file without one has no link.",
  ];
  const pairs = pairsHeldText(search.sources());
  if (pairs) parts.push(escapeVerbatim(pairs));
  return parts.join('\n\n');
}

export default {
  kind: 'slash',
  data: new SlashCommandBuilder().setName('about').setDescription('What the index covers: sources, dates and gaps, last sync, search mode'),
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const info = ctx.search.info();
    const coverage = ctx.search.coverage();
    // As `ask --about` lists them: the bundled PressCon sample is bundled, with what it holds, not an import.
    const summaries = ctx.search.sources();
    const sources = sourceEntries(summaries).map((e) => escapeVerbatim(`${SOURCE_NAMES[e.kind]}: ${plural(e.briefings, 'briefing')}, ${e.from} to ${e.to}${e.held ? `, ${e.held}` : ''}`));
    const languages = ctx.search.languages().map((l) => `${languageWords(l)}${pairsOnlyWords(l, summaries)}`);
    const gaps = coverage.gaps.map((g) => `${g.from} to ${g.to}`);
    const status = ctx.syncStatus?.();
    const last = status?.lastSync;
    const notIndexed = status ? notIndexedWords(status, true) : null;
    const embed = new EmbedBuilder()
      .setColor(CARD_COLOR)
      .setTitle('spox: the Foreign Ministry spokesperson, verbatim')
      .setDescription(sourcesText(ctx.search))
      .addFields(
        { name: 'First briefing', value: coverage.from ?? 'none', inline: true },
        { name: 'Last briefing', value: coverage.to ?? 'none', inline: true },
        { name: 'Briefings', value: String(coverage.briefings), inline: true },
        { name: 'Exchanges', value: String(info.exchanges), inline: true },
        { name: 'Statements', value: String(info.statements), inline: true },
        { name: 'Search mode', value: modeLabel(info.mode), inline: true },
        { name: 'Model', value: info.model ?? 'none (lexical search)', inline: true },
        { name: 'Sources', value: fieldLines(sources, 'none') },
        { name: 'Languages (a question searches the briefings of its own)', value: fieldLines(languages, 'none') },
        { name: 'Gaps (over 30 days without a briefing)', value: fieldLines(gaps, 'none') },
        {
          name: 'Last sync',
          value: last ? `${last.at.slice(0, 16).replace('T', ' ')} UTC` : status?.unreadable ? 'unknown (see below)' : 'never (run `npm run sync`, or set SPOX_SYNC_EVERY)',
        },
        ...(notIndexed ? [{ name: 'Not indexed', value: escapedLabel(notIndexed, LIMITS.fieldValue) }] : []),
      );
    await interaction.reply({ ...spoxMessage({ embeds: [embed] }), flags: MessageFlags.Ephemeral });
  },
} satisfies SlashCommand;
