import { ButtonBuilder, ButtonStyle } from 'discord.js';
import { safeLinkUrl } from '../answers/links.js';
import { encodeQuoteRef } from '../answers/quote-ref.js';
import { TRANSCRIPT_LINK_LABEL } from '../answers/wording.js';
import type { QuoteSpan } from '../search/types.js';
import type { IndexedRecord } from '../store/types.js';
import { customId, PREFIX } from './custom-ids.js';
import { LIMITS } from './limits.js';

/**
 * The custom id of a quote button: the record and the quote's sentence offsets, so it works for
 * anyone for as long as the message exists. Offsets that would not fit 100 characters are dropped:
 * the button then cites the whole answer (cut to whole sentences when long).
 */
export function quoteButtonId(prefix: string, record: IndexedRecord, spans: QuoteSpan[]): string {
  const id = customId(prefix, encodeQuoteRef({ recordId: record.id, spans }));
  return id.length <= LIMITS.customId ? id : customId(prefix, encodeQuoteRef({ recordId: record.id, spans: [] }));
}

/**
 * The link to the official transcript, one name everywhere: none when the URL is not one a link may
 * hold (`safeLinkUrl`; an index built by an older version may hold any), so a card never breaks.
 */
export function transcriptButtons(url: string | null | undefined): ButtonBuilder[] {
  const safe = safeLinkUrl(url);
  return safe ? [new ButtonBuilder().setLabel(TRANSCRIPT_LINK_LABEL).setStyle(ButtonStyle.Link).setURL(safe)] : [];
}

/** 中文原文: the Chinese original aligned with an English record, shown privately (`zh:RECORD`). */
export function chineseButton(record: IndexedRecord): ButtonBuilder {
  return new ButtonBuilder().setCustomId(customId(PREFIX.chinese, record.id)).setLabel('中文原文').setStyle(ButtonStyle.Secondary);
}

/** English: the English exchange aligned with a Chinese record, shown privately (`en:RECORD`). */
export function englishButton(record: IndexedRecord): ButtonBuilder {
  return new ButtonBuilder().setCustomId(customId(PREFIX.english, record.id)).setLabel('English').setStyle(ButtonStyle.Secondary);
}

/**
 * Full answer (optional), Cite, Footnote, the transcript link and 中文原文 (an English record aligned
 * with an original) or English (a Chinese record aligned with an English exchange, `english`) for
 * one quote: five at most, one row.
 */
export function quoteButtons(record: IndexedRecord, spans: QuoteSpan[], options: { fullAnswer: boolean; english?: boolean }): ButtonBuilder[] {
  const buttons: ButtonBuilder[] = [];
  if (options.fullAnswer) {
    buttons.push(new ButtonBuilder().setCustomId(quoteButtonId(PREFIX.full, record, spans)).setLabel('Full answer').setStyle(ButtonStyle.Primary));
  }
  buttons.push(
    new ButtonBuilder().setCustomId(quoteButtonId(PREFIX.cite, record, spans)).setLabel('Cite').setStyle(ButtonStyle.Secondary),
    new ButtonBuilder().setCustomId(quoteButtonId(PREFIX.footnote, record, spans)).setLabel('Footnote').setStyle(ButtonStyle.Secondary),
  );
  buttons.push(...transcriptButtons(record.url));
  if (record.zh) buttons.push(chineseButton(record));
  else if (options.english) buttons.push(englishButton(record));
  return buttons;
}
