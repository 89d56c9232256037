import { ActionRowBuilder, ButtonBuilder, ButtonStyle, type MessageActionRowComponentBuilder } from 'discord.js';
import type { SearchFilters } from '../search/types.js';
import { hitCard } from './cards.js';
import { customId, PREFIX } from './custom-ids.js';
import { chineseButton } from './record-message.js';
import { notice, spoxMessage, type SpoxMessage } from './payloads.js';
import type { StoredResult } from './result-store.js';
import { escapedLabel } from './text-fit.js';

/** The filters as a label: `from 2019-01-01 · outlet Reuters`. */
export function filtersLabel(filters: SearchFilters): string {
  const parts: string[] = [];
  if (filters.from) parts.push(`from ${filters.from}`);
  if (filters.to) parts.push(`to ${filters.to}`);
  if (filters.spokesperson) parts.push(`spokesperson ${filters.spokesperson}`);
  if (filters.outlet) parts.push(`outlet ${filters.outlet}`);
  return parts.join(' · ');
}

function searchedFor(query: string, filters: SearchFilters): string {
  const narrowed = filtersLabel(filters);
  return `Results for “${escapedLabel(query, 300)}”${narrowed ? ` (${escapedLabel(narrowed, 300)})` : ''}`;
}

/** One hit of a stored result with its buttons: previous/next, Full answer, Cite, and the source. */
export function resultMessage(result: StoredResult, index: number): SpoxMessage {
  const hit = result.hits[index];
  if (!hit) throw new RangeError(`result ${result.id} has no hit ${index}`);
  const total = result.hits.length;
  const buttons: ButtonBuilder[] = [];
  if (total > 1) {
    buttons.push(
      new ButtonBuilder()
        .setCustomId(customId(PREFIX.page, result.id, index - 1, 'p'))
        .setLabel('Previous')
        .setStyle(ButtonStyle.Secondary)
        .setDisabled(index === 0),
      new ButtonBuilder()
        .setCustomId(customId(PREFIX.page, result.id, index + 1, 'n'))
        .setLabel('Next')
        .setStyle(ButtonStyle.Secondary)
        .setDisabled(index === total - 1),
    );
  }
  buttons.push(
    new ButtonBuilder().setCustomId(customId(PREFIX.full, hit.record.id)).setLabel('Full answer').setStyle(ButtonStyle.Primary),
    new ButtonBuilder().setCustomId(customId(PREFIX.citeHit, result.id, index)).setLabel('Cite').setStyle(ButtonStyle.Secondary),
  );
  if (hit.record.url) buttons.push(new ButtonBuilder().setLabel('Source').setStyle(ButtonStyle.Link).setURL(hit.record.url));
  return spoxMessage({
    content: searchedFor(result.query, result.filters),
    embeds: [hitCard(hit, { index, total, mode: result.mode })],
    components: [
      new ActionRowBuilder<MessageActionRowComponentBuilder>().addComponents(buttons),
      // A row holds five buttons: the Chinese original gets its own.
      ...(hit.record.zh ? [new ActionRowBuilder<MessageActionRowComponentBuilder>().addComponents(chineseButton(hit.record))] : []),
    ],
  });
}

/** Nothing relevant: say so, and how to widen the search. */
export function noResultsMessage(query: string, filters: SearchFilters): SpoxMessage {
  const narrowed = filtersLabel(filters);
  const hint = narrowed
    ? 'Try widening the dates, dropping a filter, or different wording.'
    : 'Try different or fewer words.';
  return notice(
    `Nothing relevant found for “${escapedLabel(query, 300)}”${narrowed ? ` (${escapedLabel(narrowed, 300)})` : ''}. ${hint}`,
  );
}

export const EXPIRED_RESULT = 'This result has expired. Run /ask again to search.';
