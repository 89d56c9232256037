import { MessageFlags, SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext, SlashCommand } from '../src/discord/command.js';
import { checkFilters } from '../src/answers/filter-input.js';
import { LIMITS } from '../src/discord/limits.js';
import { notice } from '../src/discord/payloads.js';
import { answerWithSearch } from '../src/discord/search-reply.js';
import { plainLabel } from '../src/discord/text-fit.js';
import type { SearchFilters } from '../src/search/types.js';

const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription("Search the spokesperson's answers; quoted verbatim with the official transcript")
  .addStringOption((o) =>
    o.setName('question').setDescription('What to look for, e.g. Taiwan arms sales, or "exact phrase"').setRequired(true).setMaxLength(300),
  )
  .addStringOption((o) => o.setName('from').setDescription('Earliest briefing date, YYYY-MM-DD').setMinLength(10).setMaxLength(10))
  .addStringOption((o) => o.setName('to').setDescription('Latest briefing date, YYYY-MM-DD').setMinLength(10).setMaxLength(10))
  .addStringOption((o) => o.setName('spokesperson').setDescription('Only answers by this spokesperson').setAutocomplete(true))
  .addStringOption((o) => o.setName('outlet').setDescription('Only questions from this outlet').setAutocomplete(true))
  .addStringOption((o) =>
    o
      .setName('sort')
      .setDescription('Best match first (default), or newest first; "latest" in the question also sorts newest first')
      .addChoices({ name: 'relevance (best match first)', value: 'relevance' }, { name: 'newest first', value: 'newest' }),
  )
  .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer (default: everyone in the channel)'));

/** The filters from the options, or the first problem with them. */
function readFilters(interaction: ChatInputCommandInteraction): { filters: SearchFilters } | { problem: string } {
  return checkFilters({
    from: interaction.options.getString('from'),
    to: interaction.options.getString('to'),
    spokesperson: interaction.options.getString('spokesperson'),
    outlet: interaction.options.getString('outlet'),
  });
}

/** Index values containing what was typed, those starting with it first. */
export function suggest(values: string[], typed: string): { name: string; value: string }[] {
  const needle = typed.trim().toLowerCase();
  const matching = values.filter((v) => v.toLowerCase().includes(needle));
  const starts = matching.filter((v) => v.toLowerCase().startsWith(needle));
  const rest = matching.filter((v) => !v.toLowerCase().startsWith(needle));
  return [...starts, ...rest]
    .filter((v) => v.length <= LIMITS.choiceName)
    .slice(0, LIMITS.choices)
    .map((v) => ({ name: plainLabel(v, LIMITS.choiceName), value: v }));
}

export default {
  kind: 'slash',
  data,
  searches: true,
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const query = interaction.options.getString('question', true).trim();
    const read = readFilters(interaction);
    if ('problem' in read) {
      await interaction.reply({ ...notice(read.problem), flags: MessageFlags.Ephemeral });
      return;
    }
    const isPrivate = interaction.options.getBoolean('private') ?? false;
    await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
    const sort = interaction.options.getString('sort');
    await answerWithSearch(interaction, ctx, query, read.filters, sort === 'newest' || sort === 'relevance' ? sort : undefined);
  },
  async autocomplete(interaction: AutocompleteInteraction, ctx: BotContext) {
    const focused = interaction.options.getFocused(true);
    const values = focused.name === 'spokesperson' ? ctx.search.spokespeople() : focused.name === 'outlet' ? ctx.search.outlets() : [];
    await interaction.respond(suggest(values, focused.value));
  },
} satisfies SlashCommand;
