import { ActionRowBuilder, type MessageActionRowComponentBuilder } from 'discord.js';
import type { OtherVersion, QuoteSpan } from '../search/types.js';
import type { IndexedRecord } from '../store/types.js';
import { fullAnswerEmbeds } from './cards.js';
import { spoxMessage, type SpoxMessage } from './payloads.js';
import { chineseButton, quoteButtons, transcriptButtons } from './quote-buttons.js';

export interface RecordMessageOptions {
  /** The exchange in full (question first), or just the answer. */
  withQuestion: boolean;
  /** Cite and Footnote buttons for this quote (no spans: the whole answer); none when omitted. */
  cite?: { spans: QuoteSpan[] };
  /** The exchange a follow-up follows, shown above its question. */
  followed?: IndexedRecord;
  /** The briefing's other transcripts in the record's language (`SpoxSearch.otherVersions`), named below the answer. */
  otherVersions?: readonly OtherVersion[];
}

/**
 * A record in full, as one or more messages: the question (with `withQuestion`) and the whole answer
 * split over embeds, the briefing's other transcripts named below it. The last message carries Cite and
 * Footnote (when asked for), the transcript link and, for an English record with an aligned original, 中文原文.
 */
export function recordMessages(record: IndexedRecord, options: RecordMessageOptions): SpoxMessage[] {
  const groups = fullAnswerEmbeds(record, { withQuestion: options.withQuestion, followed: options.followed, otherVersions: options.otherVersions });
  const buttons = options.cite
    ? quoteButtons(record, options.cite.spans, { fullAnswer: false })
    : [...transcriptButtons(record.url), ...(record.zh ? [chineseButton(record)] : [])];
  return groups.map((embeds, i) =>
    spoxMessage({
      embeds,
      components:
        i === groups.length - 1 && buttons.length > 0
          ? [new ActionRowBuilder<MessageActionRowComponentBuilder>().addComponents(buttons)]
          : [],
    }),
  );
}
