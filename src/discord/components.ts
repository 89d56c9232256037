import { MessageFlags } from 'discord.js';
import { followedOf } from '../answers/question-heading.js';
import { citation, type CitationFormat } from '../answers/citation.js';
import { decodeQuoteRef, quoteOfRef } from '../answers/quote-ref.js';
import { decodePosition, isResultId } from '../answers/result-list.js';
import type { IndexedRecord } from '../store/types.js';
import { chineseCounterpart, englishCounterpart } from '../search/bilingual.js';
import type { BotContext, ComponentInteraction, ComponentRoute } from './command.js';
import { PREFIX } from './custom-ids.js';
import { LIMITS } from './limits.js';
import { escapeVerbatim } from './markdown.js';
import { notice } from './payloads.js';
import { recordMessages } from './record-message.js';
import { replyPrivately, sendMessages } from './respond.js';
import { plural } from '../answers/wording.js';
import { brokenReferenceText, isRecordReference, missingRecordText, opensOtherLanguage, quoteMismatchText } from '../answers/button-refs.js';
import { goneText, holdsMatch, matchIdAt } from '../answers/held-matches.js';
import {
  DISCORD_WORDS, EXPIRED_RESULT, listMessage, pickedMessage, resultMessage, sharedMessage,
} from './result-message.js';

/** A button spox did not make (damaged, or another app's): it names nothing spox can read. */
const NOT_A_BUTTON = brokenReferenceText('/ask', '/quote');

/** A record a button names that the index does not hold: gone with a rebuild, or never a reference. */
async function missingRecord(interaction: ComponentInteraction, id: string | undefined, ctx: BotContext): Promise<void> {
  if (!isRecordReference(id)) return replyPrivately(interaction, notice(NOT_A_BUTTON));
  const text = missingRecordText(id, escapeVerbatim(id), (key) => ctx.search.briefing(key)?.summary, { ask: '/ask', quote: '/quote', briefing: '/briefing' });
  await replyPrivately(interaction, notice(text));
}

/** The record and quote a button carries, or a private reply saying why there is none. */
async function quoteFromButton(interaction: ComponentInteraction, encoded: string | undefined, ctx: BotContext) {
  const ref = encoded ? decodeQuoteRef(encoded) : null;
  const record = ref ? ctx.search.record(ref.recordId) : undefined;
  if (!ref || !record) {
    await missingRecord(interaction, ref?.recordId, ctx);
    return undefined;
  }
  const quote = quoteOfRef(record, ref.spans);
  if (!quote) {
    const id = escapeVerbatim(record.id);
    await replyPrivately(interaction, notice(quoteMismatchText(id, `/quote ${id}`)));
    return undefined;
  }
  return { record, ...quote };
}

/** Whether the card clicked is a private (ephemeral) one. */
function onPrivateCard(interaction: ComponentInteraction): boolean {
  return interaction.message.flags.has(MessageFlags.Ephemeral);
}

/** Cards already shared (`RESULT.INDEX`), so that a card is posted once, however often Share is clicked. */
const sharedCards = new Set<string>();
const MAX_SHARED = 10_000;

/** Previous / next card (only the user who searched; the card is updated in place), or list page. */
const page: ComponentRoute = {
  prefix: PREFIX.page,
  async handle(interaction, [position = ''], ctx: BotContext) {
    const at = decodePosition(position);
    if (!at) return replyPrivately(interaction, notice(NOT_A_BUTTON));
    const result = ctx.results.get(at.resultId);
    if (!result) return replyPrivately(interaction, notice(EXPIRED_RESULT));
    if (at.view === 'list') return void (await interaction.update(listMessage(result, at.index, ctx.search) ?? notice(goneText(result, ctx.search, DISCORD_WORDS))));
    if (interaction.user.id !== result.userId) {
      return replyPrivately(interaction, notice('Only the person who ran this search can page through it. Use “List all” to see every match, or run /ask yourself.'));
    }
    // A card past the last match was never shown: the button is not spox's, as Slack says too.
    if (at.index >= result.total) return replyPrivately(interaction, notice(NOT_A_BUTTON));
    const index = at.index;
    // The index was rebuilt without this match since the search: said to the pager alone, the card left as it is.
    if (!holdsMatch(result, index, ctx.search)) return replyPrivately(interaction, notice(goneText(result, ctx.search, DISCORD_WORDS, matchIdAt(result, index))));
    await interaction.update(resultMessage(result, index, ctx.search, onPrivateCard(interaction) ? { share: sharedCards.has(`${result.id}.${index}`) ? 'done' : 'offered' } : {}));
  },
};

/** Every match of a result as a paged list, privately, for whoever clicks. */
const list: ComponentRoute = {
  prefix: PREFIX.list,
  async handle(interaction, [position = ''], ctx) {
    const at = decodePosition(position);
    if (!at) return replyPrivately(interaction, notice(NOT_A_BUTTON));
    const result = ctx.results.get(at.resultId);
    if (!result) return replyPrivately(interaction, notice(EXPIRED_RESULT));
    await replyPrivately(interaction, listMessage(result, at.index, ctx.search) ?? notice(goneText(result, ctx.search, DISCORD_WORDS)));
  },
};

/** The list's menu: the chosen match as a card, privately. */
const pick: ComponentRoute = {
  prefix: PREFIX.pick,
  menu: true,
  async handle(interaction, [resultId = ''], ctx) {
    // A menu's id on a button (the dispatcher answers those: `menu`), narrowed for the types.
    if (!interaction.isStringSelectMenu()) return replyPrivately(interaction, notice(NOT_A_BUTTON));
    if (!isResultId(resultId)) return replyPrivately(interaction, notice(NOT_A_BUTTON));
    const result = ctx.results.get(resultId);
    if (!result) return replyPrivately(interaction, notice(EXPIRED_RESULT));
    // The value is a position among the result's matches, as the list gave it.
    const value = interaction.values[0] ?? '';
    const index = /^\d{1,6}$/.test(value) ? Number(value) : -1;
    if (index < 0 || index >= result.matches.length) {
      return replyPrivately(interaction, notice(`That choice is not one of this search's ${plural(result.matches.length, 'match', 'matches')}. Open the list again with List all.`));
    }
    if (!holdsMatch(result, index, ctx.search)) return replyPrivately(interaction, notice(goneText(result, ctx.search, DISCORD_WORDS, matchIdAt(result, index))));
    await replyPrivately(interaction, pickedMessage(result, index, ctx.search)!);
  },
};

/** The whole answer of a record, privately, over as many embeds as it needs, citing the same quote. */
const fullAnswer: ComponentRoute = {
  prefix: PREFIX.full,
  async handle(interaction, [encoded], ctx) {
    const quote = await quoteFromButton(interaction, encoded, ctx);
    if (!quote) return;
    const messages = recordMessages(quote.record, { withQuestion: false, cite: { spans: quote.spans }, ...ctx.search.otherVersions(quote.record) });
    await sendMessages(interaction, messages, { ephemeral: true });
  },
};

function citeRoute(prefix: string, format: CitationFormat): ComponentRoute {
  return {
    prefix,
    async handle(interaction, [encoded], ctx) {
      const quote = await quoteFromButton(interaction, encoded, ctx);
      if (!quote) return;
      const text = citation(quote.record, quote.spans, { format, maxChars: LIMITS.content, escape: escapeVerbatim, ...ctx.search.otherVersions(quote.record) });
      // Plain text, so it pastes as it reads; the link is not unfurled into a preview.
      await interaction.reply({ ...notice(text), flags: MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds });
    },
  };
}

/** A briefing's select menu: the chosen exchange in full, privately. */
const openRecord: ComponentRoute = {
  prefix: PREFIX.open,
  menu: true,
  async handle(interaction, _args, ctx) {
    if (!interaction.isStringSelectMenu()) return replyPrivately(interaction, notice(NOT_A_BUTTON));
    const recordId = interaction.values[0];
    const record = recordId ? ctx.search.record(recordId) : undefined;
    if (!record) return missingRecord(interaction, recordId, ctx);
    const messages = recordMessages(record, { withQuestion: true, cite: { spans: [] }, followed: followedOf(record, ctx.search), ...ctx.search.otherVersions(record) });
    await sendMessages(interaction, messages, { ephemeral: true });
  },
};

/**
 * A record's counterpart in the other language (`counterpart`), in full, privately, verbatim, with
 * its own link and Cite; `none` says why there is none.
 */
function counterpartRoute(
  prefix: string,
  language: 'en' | 'zh',
  counterpart: (search: BotContext['search'], record: IndexedRecord) => IndexedRecord | undefined,
  none: (recordId: string) => string,
): ComponentRoute {
  return {
    prefix,
    async handle(interaction, [recordId], ctx) {
      const record = recordId ? ctx.search.record(recordId) : undefined;
      if (!record) return missingRecord(interaction, recordId, ctx);
      if (!opensOtherLanguage(record, language)) return replyPrivately(interaction, notice(NOT_A_BUTTON));
      const other = counterpart(ctx.search, record);
      if (!other) return replyPrivately(interaction, notice(none(escapeVerbatim(record.id))));
      const messages = recordMessages(other, { withQuestion: true, cite: { spans: [] }, followed: followedOf(other, ctx.search), ...ctx.search.otherVersions(other) });
      await sendMessages(interaction, messages, { ephemeral: true });
    },
  };
}

/** 中文原文: the Chinese original of an English exchange. */
const chineseOriginal = counterpartRoute(PREFIX.chinese, 'zh', chineseCounterpart, (id) => `No Chinese original of ${id} is in the index.`);
/** English: the English exchange aligned with a Chinese one. */
const englishExchange = counterpartRoute(PREFIX.english, 'en', englishCounterpart, (id) => `No English exchange aligned with ${id} is in the index.`);


/**
 * Share on a private card: its asker posts it to the channel, once. The private card is updated
 * first (the button disabled), then the card is posted publicly as the interaction's follow-up.
 */
const share: ComponentRoute = {
  prefix: PREFIX.share,
  async handle(interaction, [position = ''], ctx) {
    const at = decodePosition(position);
    if (at?.view !== 'card') return replyPrivately(interaction, notice(NOT_A_BUTTON));
    const result = ctx.results.get(at.resultId);
    if (!result) return replyPrivately(interaction, notice(EXPIRED_RESULT));
    if (interaction.user.id !== result.userId) return replyPrivately(interaction, notice('Only the person who ran this search can share its cards.'));
    // Never a card the asker was not shown: one past the last match is refused, not the last one shared.
    if (at.index >= result.total) return replyPrivately(interaction, notice(NOT_A_BUTTON));
    const index = at.index;
    const key = `${result.id}.${index}`;
    if (sharedCards.has(key)) return replyPrivately(interaction, notice('This card is already shared to the channel.'));
    if (!holdsMatch(result, index, ctx.search)) return replyPrivately(interaction, notice(goneText(result, ctx.search, DISCORD_WORDS, matchIdAt(result, index))));
    if (sharedCards.size >= MAX_SHARED) sharedCards.clear();
    sharedCards.add(key);
    try {
      await interaction.update(resultMessage(result, index, ctx.search, { share: 'done' }));
      await interaction.followUp(sharedMessage(result, index, ctx.search, interaction.user.id));
    } catch (err) {
      sharedCards.delete(key); // not posted: Share may be tried again
      throw err;
    }
  },
};

/** Every button and select menu spox puts on its messages. */
export const COMPONENT_ROUTES: ComponentRoute[] = [
  page, list, pick, fullAnswer, citeRoute(PREFIX.cite, 'plain'), citeRoute(PREFIX.footnote, 'footnote'),
  citeRoute(PREFIX.legacyCite, 'plain'), openRecord, chineseOriginal, englishExchange, share,
];
