import { MessageFlags, SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { readAskRequest, type AskRequest } from '../src/discord/ask-request.js';
import { answerWithRecord } from '../src/discord/quote-reply.js';
import { answerWithBriefing, answerWithLatest } from '../src/discord/briefing-reply.js';
import { briefingAsked } from '../src/answers/briefing-asked.js';
import { exchangeIdIn } from '../src/answers/quote-ref.js';
import { typedText } from '../src/util/printable.js';
import type { BotContext, SlashCommand } from '../src/discord/command.js';
import { LIMITS } from '../src/discord/limits.js';
import { answerWithSearch, searchableRequest } from '../src/discord/search-reply.js';
import { plainLabel } from '../src/discord/text-fit.js';
import { SPOKESPEOPLE_ZH } from '../src/transcripts/zh/names.js';
import { isTypedSort } from '../src/answers/inline-filters.js';
import { englishSpellings } from '../src/transcripts/zh/outlets.js';
import { MAX_NAME_CHARS, MAX_QUOTED_QUERY_CHARS } from '../src/search/request.js';
import { simplifiedChinese } from '../src/search/chinese-question.js';
import { nameMatches, spokespersonMatches } from '../src/search/filters.js';

const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription("Search the spokesperson's answers; quoted verbatim with the official transcript")
  .addStringOption((o) =>
    o.setName('question').setDescription('What to look for, e.g. Taiwan arms sales, or "exact phrase"').setRequired(true).setMaxLength(MAX_QUOTED_QUERY_CHARS),
  )
  .addStringOption((o) => o.setName('from').setDescription('Earliest briefing date, YYYY-MM-DD').setMinLength(10).setMaxLength(10))
  .addStringOption((o) => o.setName('to').setDescription('Latest briefing date, YYYY-MM-DD').setMinLength(10).setMaxLength(10))
  .addStringOption((o) => o.setName('spokesperson').setDescription('Only answers by this spokesperson').setAutocomplete(true).setMaxLength(MAX_NAME_CHARS))
  .addStringOption((o) => o.setName('outlet').setDescription('Only questions from this outlet').setAutocomplete(true).setMaxLength(MAX_NAME_CHARS))
  .addStringOption((o) =>
    o
      .setName('sort')
      .setDescription('Best match first (default), newest or oldest first; "latest" or "first" in the question sort too')
      .addChoices(
        { name: 'relevance (best match first)', value: 'relevance' },
        { name: 'newest first', value: 'newest' },
        { name: 'oldest first', value: 'oldest' },
      ),
  )
  .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer (default: everyone in the channel)'));

/** The query, filters and order from the options and the question's filter words, or the problem with them. */
function readRequest(interaction: ChatInputCommandInteraction, ctx: BotContext): AskRequest {
  const sort = interaction.options.getString('sort');
  return readAskRequest(
    {
      question: interaction.options.getString('question', true),
      from: interaction.options.getString('from'),
      to: interaction.options.getString('to'),
      spokesperson: interaction.options.getString('spokesperson'),
      outlet: interaction.options.getString('outlet'),
      sort: sort !== null && isTypedSort(sort) ? sort : null,
    },
    ctx.search,
  );
}

/** Whether none of the options that narrow a search (dates, spokesperson, outlet, order) was given. */
function noFilterGiven(interaction: ChatInputCommandInteraction): boolean {
  return ['from', 'to', 'spokesperson', 'outlet', 'sort'].every((name) => interaction.options.getString(name) === null);
}

/** A value to offer and how it is shown (and matched): `Hua Chunying 华春莹` for `Hua Chunying`. */
interface Offer {
  value: string;
  shown: string;
}

/**
 * Index values the filter would match with what was typed (`matches`: the start of a word, "hua" not
 * Geng Shuang; Traditional characters as Simplified, 華春 as 华春), those whose shown form starts with
 * it first; every value while nothing is typed.
 */
export function suggest(offers: Offer[], typed: string, matches: (value: string, wanted: string) => boolean): { name: string; value: string }[] {
  const wanted = simplifiedChinese(typed.trim());
  const needle = wanted.toLowerCase();
  const matching = needle ? offers.filter((o) => matches(o.value, wanted)) : offers;
  const starts = matching.filter((o) => o.shown.toLowerCase().startsWith(needle));
  const rest = matching.filter((o) => !o.shown.toLowerCase().startsWith(needle));
  return [...starts, ...rest]
    .filter((o) => o.value.length <= LIMITS.choiceName)
    .slice(0, LIMITS.choices)
    .map((o) => ({ name: plainLabel(o.shown, LIMITS.choiceName), value: o.value }));
}

/** The index's spokespeople with their Chinese names, as the Chinese pages write them, so 华 finds Hua Chunying. */
function spokespersonOffers(names: string[]): Offer[] {
  const chinese = new Map([...SPOKESPEOPLE_ZH].map(([zh, en]) => [en, zh]));
  return names.map((value) => ({ value, shown: chinese.has(value) ? `${value} ${chinese.get(value)}` : value }));
}

/**
 * The index's outlets with the outlet table's other English spellings that the index holds under no
 * name of its own, so "China Central" finds `CCTV · China Central Television` (`zh/outlets.ts`).
 */
function outletOffers(names: string[]): Offer[] {
  const held = new Set(names.map((n) => n.toLowerCase()));
  return names.map((value) => {
    const others = englishSpellings(value).filter((s) => !held.has(s.toLowerCase()));
    return { value, shown: [value, ...new Set(others)].join(' · ') };
  });
}

export default {
  kind: 'slash',
  data,
  searches: true,
  async execute(interaction: ChatInputCommandInteraction, ctx: BotContext) {
    const isPrivate = interaction.options.getBoolean('private') ?? false;
    // An exchange id pasted as the question (every card shows one): that exchange, as /quote opens it.
    const question = typedText(interaction.options.getString('question', true));
    const id = exchangeIdIn(question);
    if (id) return answerWithRecord(interaction, ctx, id, { ephemeral: isPrivate });
    // A date alone, a transcript's link, or the latest, with no other option: that briefing, as /briefing and /latest open it.
    const briefingWanted = noFilterGiven(interaction) ? briefingAsked(question, ctx.search) : null;
    if (briefingWanted) {
      return 'latest' in briefingWanted ? answerWithLatest(interaction, ctx, { ephemeral: isPrivate }) : answerWithBriefing(interaction, ctx, briefingWanted, { ephemeral: isPrivate });
    }
    const request = readRequest(interaction, ctx);
    const read = await searchableRequest(interaction, request);
    if (!read) return;
    await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
    await answerWithSearch(interaction, ctx, read.query, read.filters, request.ok ? request.sort : undefined);
  },
  async autocomplete(interaction: AutocompleteInteraction, ctx: BotContext) {
    const focused = interaction.options.getFocused(true);
    const choices = focused.name === 'spokesperson'
      ? suggest(spokespersonOffers(ctx.search.spokespeople()), focused.value, spokespersonMatches)
      : focused.name === 'outlet' ? suggest(outletOffers(ctx.search.outlets()), focused.value, nameMatches) : [];
    await interaction.respond(choices);
  },
} satisfies SlashCommand;
