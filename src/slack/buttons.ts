import { decodeQuoteRef, quoteOfRef } from '../answers/quote-ref.js';
import { decodePosition } from '../answers/result-list.js';
import { chineseCounterpart, englishCounterpart } from '../search/bilingual.js';
import type { QuoteSpan } from '../search/types.js';
import type { IndexedRecord } from '../store/types.js';
import { ACTION } from './actions.js';
import type { Reply, SlackContext } from './app.js';
import { escapedLabel } from './blocks.js';
import { citationMessage, noticeMessage, recordMessages, resultCard, sharedCard } from './cards.js';
import type { SlackMessage } from './limits.js';
import { SLASH_COMMAND } from './manifest.js';

export interface ButtonClick {
  actionId: string;
  value: string;
  userId: string;
  channelId: string | null;
}

export const EXPIRED_RESULT = `This result has expired. Run ${SLASH_COMMAND} again to search.`;

/** Posts a message to the channel with the bot token; false when the bot may not post there. */
export type PostToChannel = (message: SlackMessage) => Promise<boolean>;

/** The record and quote a button carries, or null after saying privately why there is none. */
async function quoteOf(value: string, reply: Reply, ctx: SlackContext): Promise<{ record: IndexedRecord; spans: QuoteSpan[]; quote: string } | null> {
  const ref = decodeQuoteRef(value);
  const record = ref ? ctx.search.record(ref.recordId) : undefined;
  if (!ref || !record) {
    await reply(noticeMessage(`Exchange ${escapedLabel(ref?.recordId ?? value, 40)} is not in the index any more. Run ${SLASH_COMMAND} again.`));
    return null;
  }
  const quote = quoteOfRef(record, ref.spans);
  if (!quote) {
    await reply(noticeMessage(`The transcript of ${escapedLabel(record.id, 40)} has changed since this card was made. Open it again with \`${SLASH_COMMAND} quote ${escapedLabel(record.id, 40)}\`.`));
    return null;
  }
  return { record, ...quote };
}

/**
 * A click on a card's button. Previous / Next replace the card (the asker's own ephemeral card);
 * Full answer, Cite and 中文原文 answer the clicker privately; Share to channel posts the card for everyone.
 */
export async function answerButton(click: ButtonClick, reply: Reply, post: PostToChannel, ctx: SlackContext): Promise<void> {
  switch (click.actionId) {
    case ACTION.previous:
    case ACTION.next: {
      const at = decodePosition(click.value);
      const result = at && at.view === 'card' ? ctx.results.get(at.resultId) : undefined;
      if (!at || !result) return reply(noticeMessage(EXPIRED_RESULT));
      if (result.userId !== click.userId) return reply(noticeMessage(`Only the person who ran this search can page through it. Run ${SLASH_COMMAND} yourself.`));
      const index = Math.min(Math.max(0, at.index), result.total - 1);
      return reply(resultCard(result, index, ctx.search), { replace: true });
    }
    case ACTION.fullAnswer: {
      const quoted = await quoteOf(click.value, reply, ctx);
      if (!quoted) return;
      for (const message of recordMessages(quoted.record, { withQuestion: false, share: false, english: hasEnglish(quoted.record, ctx) })) await reply(message);
      return;
    }
    case ACTION.cite: {
      const quoted = await quoteOf(click.value, reply, ctx);
      if (quoted) await reply(citationMessage(quoted.record, quoted.spans));
      return;
    }
    case ACTION.share: {
      const quoted = await quoteOf(click.value, reply, ctx);
      if (!quoted) return;
      const card = sharedCard(quoted.record, quoted.spans, quoted.quote, ctx.search.info().mode, hasEnglish(quoted.record, ctx));
      // Where the bot is not a member, the response URL can still post the card in the channel.
      if (!(await post(card))) await reply(card, { inChannel: true });
      await reply(noticeMessage('Shared to the channel.'));
      return;
    }
    case ACTION.chinese:
      return showCounterpart(click.value, chineseCounterpart, (id) => `No Chinese original of ${id} is in the index.`, reply, ctx);
    case ACTION.english:
      return showCounterpart(click.value, englishCounterpart, (id) => `No English exchange aligned with ${id} is in the index.`, reply, ctx);
    default:
      throw new Error(`no handler for button ${click.actionId}`);
  }
}

/** Whether a Chinese record has an English exchange aligned with it (its English button). */
function hasEnglish(record: IndexedRecord, ctx: SlackContext): boolean {
  return englishCounterpart(ctx.search, record) !== undefined;
}

/**
 * A record's counterpart in the other language (`counterpart`), in full, privately, verbatim, with
 * its link, Cite and the button back; `none` says why there is none.
 */
async function showCounterpart(
  recordId: string,
  counterpart: (search: SlackContext['search'], record: IndexedRecord) => IndexedRecord | undefined,
  none: (recordId: string) => string,
  reply: Reply,
  ctx: SlackContext,
): Promise<void> {
  const record = ctx.search.record(recordId);
  if (!record) return reply(noticeMessage(`Exchange ${escapedLabel(recordId, 40)} is not in the index any more. Run ${SLASH_COMMAND} again.`));
  const other = counterpart(ctx.search, record);
  if (!other) return reply(noticeMessage(none(escapedLabel(record.id, 40))));
  for (const message of recordMessages(other, { withQuestion: true, share: false, english: hasEnglish(other, ctx) })) await reply(message);
}
