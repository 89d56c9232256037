import {
  ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder, StringSelectMenuBuilder, StringSelectMenuOptionBuilder,
  type MessageActionRowComponentBuilder,
} from 'discord.js';
import { followedOf } from '../answers/question-heading.js';
import { filtersWords } from '../answers/filters.js';
import type { BotWords } from '../answers/held-matches.js';
import { encodePosition, heldListPage, listFooter, listOptionLabel, listRowHead, listTitle } from '../answers/result-list.js';
import { totalsLine } from '../answers/totals.js';
import { englishCounterpart } from '../search/bilingual.js';
import type { SpoxSearch } from '../search/types.js';
import { CARD_COLOR, hitCard } from './cards.js';
import { customId, PREFIX } from './custom-ids.js';
import { LIMITS } from './limits.js';
import { escapeVerbatim } from './markdown.js';
import { spoxMessage, type SpoxMessage } from './payloads.js';
import { quoteButtons } from './quote-buttons.js';
import { matchAt, type StoredResult } from '../answers/result-store.js';
import { escapedLabel, plainLabel } from './text-fit.js';

type Lookup = Pick<SpoxSearch, 'record' | 'quoteFor' | 'englishOf'>;

/** The filters as a label: `from 2019-01-01 · outlet Reuters`. */
export const filtersLabel = filtersWords;

/** `Results for “Taiwan” (from 2019-01-01) — 37 exchanges, 2018-12-06 → 2020-06-22; latest first`, and the result's note on dates. */
function heading(result: StoredResult, what = 'Results'): string {
  const narrowed = filtersLabel(result.filters);
  const escape = (t: string): string => escapedLabel(t, 300);
  const line = `${what} for “${escape(result.query)}”${narrowed ? ` (${escape(narrowed)})` : ''} — ${totalsLine(result, escape)}`;
  return result.note ? `${line}\n${result.note}` : line;
}

function row(...components: MessageActionRowComponentBuilder[]): ActionRowBuilder<MessageActionRowComponentBuilder> {
  return new ActionRowBuilder<MessageActionRowComponentBuilder>().addComponents(components);
}

/** How Discord names its search command and escapes an id, in what it says of matches the index no longer holds (`goneText`). */
export const DISCORD_WORDS: BotWords = { ask: '/ask', escape: escapeVerbatim };

export interface CardOptions {
  /**
   * A private card's Share button (only its asker sees it, and may post it to the channel):
   * `offered`, or `done` once posted (disabled); none when omitted.
   */
  share?: 'offered' | 'done';
}

/**
 * One match of a stored result as a card: Previous / Next through every match and the list of all
 * of them, then Full answer, Cite, Footnote and the transcript for this quote (and Share, `options.share`).
 * The match must be one the index holds (`holdsMatch`).
 */
export function resultMessage(result: StoredResult, index: number, search: Lookup, options: CardOptions = {}): SpoxMessage {
  const hit = matchAt(result, index, search);
  if (!hit) throw new RangeError(`result ${result.id} has no match ${index}`);
  const total = result.total;
  const followed = followedOf(hit.record, search);
  const rows: ActionRowBuilder<MessageActionRowComponentBuilder>[] = [];
  if (total > 1) {
    const at = (i: number): string => encodePosition({ resultId: result.id, view: 'card', index: i });
    rows.push(
      row(
        new ButtonBuilder().setCustomId(customId(PREFIX.page, at(Math.max(0, index - 1)), 'p')).setLabel('Previous').setStyle(ButtonStyle.Secondary).setDisabled(index === 0),
        new ButtonBuilder().setCustomId(customId(PREFIX.page, at(Math.min(total - 1, index + 1)), 'n')).setLabel('Next').setStyle(ButtonStyle.Secondary).setDisabled(index >= total - 1),
        new ButtonBuilder()
          .setCustomId(customId(PREFIX.list, encodePosition({ resultId: result.id, view: 'list', index: 0 })))
          .setLabel(plainLabel(`List all ${total}`, LIMITS.buttonLabel))
          .setStyle(ButtonStyle.Secondary),
      ),
    );
  }
  rows.push(row(...quoteButtons(hit.record, hit.spans, { fullAnswer: true, english: englishCounterpart(search, hit.record) !== undefined })));
  if (options.share) rows.push(row(shareButton(result, index, options.share === 'done')));
  return spoxMessage({
    content: heading(result),
    embeds: [hitCard(hit, { index, total, mode: result.mode }, followed)],
    components: rows,
  });
}

/** Share: posts this card to the channel (`share:c.RESULT.INDEX`); once shared, disabled. */
function shareButton(result: StoredResult, index: number, shared: boolean): ButtonBuilder {
  return new ButtonBuilder()
    .setCustomId(customId(PREFIX.share, encodePosition({ resultId: result.id, view: 'card', index })))
    .setLabel(shared ? 'Shared to the channel' : 'Share to channel')
    .setStyle(ButtonStyle.Primary)
    .setDisabled(shared);
}

/**
 * A shared card, as the channel sees it: the heading, the card and its quote buttons, and who shared
 * it (a mention shown as a name; mentions never ping).
 */
export function sharedMessage(result: StoredResult, index: number, search: Lookup, userId: string): SpoxMessage {
  const card = pickedMessage(result, index, search);
  if (!card) throw new RangeError(`result ${result.id} has no match ${index}`);
  return { ...card, content: `${heading(result)}\nShared by <@${userId}>` };
}

/** Room for each list line in the embed. */
const LINE_CHARS = 380;

/**
 * One page of every match the index holds: date · spokesperson · asker · the question's first
 * words, a menu to open any of them as a card, and Previous / Next page. Numbered by position among
 * all matches, as the cards' footers are; when the index was rebuilt without some since the search,
 * the title says how many of them are listed. Null when it holds none of them (`goneText`).
 */
export function listMessage(result: StoredResult, page: number, search: Lookup): SpoxMessage | null {
  const shown = heldListPage(result, page, search);
  if (!shown) return null;
  const position = (i: number): number => shown.positions[i]!;
  const lines = shown.rows.map((r, i) => {
    const head = `**${position(i) + 1}.** ${escapeVerbatim(listRowHead(r))}`;
    return head + escapedLabel(r.opening, Math.max(20, LINE_CHARS - head.length));
  });
  const embed = new EmbedBuilder()
    .setColor(CARD_COLOR)
    .setTitle(plainLabel(listTitle(shown), LIMITS.embedTitle))
    .setDescription(lines.join('\n'))
    .setFooter({ text: listFooter(shown, DISCORD_WORDS.ask) });
  const rows: ActionRowBuilder<MessageActionRowComponentBuilder>[] = [
    row(
      new StringSelectMenuBuilder()
        .setCustomId(customId(PREFIX.pick, result.id))
        .setPlaceholder(plainLabel(`Open one (${position(0) + 1}–${position(shown.rows.length - 1) + 1})`, 150))
        .addOptions(
          shown.rows.map((r, i) =>
            new StringSelectMenuOptionBuilder()
              .setLabel(plainLabel(listOptionLabel(r, position(i)), LIMITS.optionLabel))
              .setDescription(plainLabel(r.opening, LIMITS.optionDescription))
              .setValue(String(position(i))),
          ),
        ),
    ),
  ];
  if (shown.pages > 1) {
    const at = (p: number): string => encodePosition({ resultId: result.id, view: 'list', index: p });
    rows.push(
      row(
        new ButtonBuilder().setCustomId(customId(PREFIX.page, at(Math.max(0, shown.page - 1)), 'p')).setLabel('Previous page').setStyle(ButtonStyle.Secondary).setDisabled(shown.page === 0),
        new ButtonBuilder().setCustomId(customId(PREFIX.page, at(Math.min(shown.pages - 1, shown.page + 1)), 'n')).setLabel('Next page').setStyle(ButtonStyle.Secondary).setDisabled(shown.page >= shown.pages - 1),
      ),
    );
  }
  return spoxMessage({ content: heading(result, 'All matches'), embeds: [embed], components: rows });
}

/** One match opened from the list: its card with the quote's buttons, no paging. */
export function pickedMessage(result: StoredResult, index: number, search: Lookup): SpoxMessage | undefined {
  const hit = matchAt(result, index, search);
  if (!hit) return undefined;
  const followed = followedOf(hit.record, search);
  return spoxMessage({
    embeds: [hitCard(hit, { index, total: result.total, mode: result.mode }, followed)],
    components: [row(...quoteButtons(hit.record, hit.spans, { fullAnswer: true, english: englishCounterpart(search, hit.record) !== undefined }))],
  });
}

export const EXPIRED_RESULT = 'This list of results has expired (results are kept for a day). Run /ask again to search; Cite and Full answer keep working.';

export { matchAt };
