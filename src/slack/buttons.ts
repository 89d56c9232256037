import { brokenReferenceText, goneRecordText, isRecordReference, quoteMismatchText } from '../answers/button-refs.js';
import { decodeQuoteRef, quoteOfRef } from '../answers/quote-ref.js';
import { chineseCounterpart, englishCounterpart } from '../search/bilingual.js';
import type { QuoteSpan } from '../search/types.js';
import type { IndexedRecord } from '../store/types.js';
import { ACTION } from './actions.js';
import type { Reply, SlackContext } from './app.js';
import { escapedLabel } from './blocks.js';
import { citationMessage, noticeMessage, recordMessages, sharedCard } from './cards.js';
import type { SlackMessage } from './limits.js';
import { SLASH_COMMAND } from './manifest.js';
import { ResponseUrlFailed } from './reply.js';

export interface ButtonClick {
  actionId: string;
  value: string;
  userId: string;
  channelId: string | null;
  /** The message the button is on (its card), when Slack says. */
  messageTs: string | null;
}

/** A button value spox did not make (empty, or tampered with): no id to name. */
export const NOT_A_BUTTON = brokenReferenceText(SLASH_COMMAND, `${SLASH_COMMAND} quote`);

/** A record a button names that the index does not hold: gone with a rebuild, or never a reference. */
function missingRecordText(id: string | undefined): string {
  return isRecordReference(id) ? goneRecordText(escapedLabel(id, 40), SLASH_COMMAND) : NOT_A_BUTTON;
}

/**
 * What became of a post to the channel with the bot token: `posted`; `not-member` (the bot is not
 * in the channel, or may not see it: the response URL may still post); `archived` or `restricted`
 * (nothing will post there).
 */
export type PostOutcome = 'posted' | 'not-member' | 'archived' | 'restricted';
export type PostToChannel = (message: SlackMessage) => Promise<PostOutcome>;

const CANNOT_POST: Record<'archived' | 'restricted', string> = {
  archived: 'spox can’t post in this channel: it is archived. Share the card in another channel, or copy its *Cite*.',
  restricted: 'spox can’t post in this channel: posting is restricted there (to some members, or to threads). Ask a channel manager, or copy the card’s *Cite*.',
};
const NOT_MEMBER = `spox can’t post in this channel: it is not a member, and Slack refused the post. Invite it (\`/invite @spox\`) and share again, or copy the card’s *Cite*.`;

/** The record and quote a button carries, or null after saying privately why there is none. */
async function quoteOf(value: string, reply: Reply, ctx: SlackContext): Promise<{ record: IndexedRecord; spans: QuoteSpan[]; quote: string } | null> {
  const ref = decodeQuoteRef(value);
  const record = ref ? ctx.search.record(ref.recordId) : undefined;
  if (!ref || !record) {
    await reply(noticeMessage(missingRecordText(ref?.recordId)));
    return null;
  }
  const quote = quoteOfRef(record, ref.spans);
  if (!quote) {
    const id = escapedLabel(record.id, 40);
    await reply(noticeMessage(quoteMismatchText(id, `\`${SLASH_COMMAND} quote ${id}\``)));
    return null;
  }
  return { record, ...quote };
}

/**
 * A click on a card's button (its paging and list are `answerResultAction`'s). Full answer, Cite
 * and 中文原文 answer the clicker privately; Share to channel posts the card for everyone.
 */
export async function answerButton(click: ButtonClick, reply: Reply, post: PostToChannel, ctx: SlackContext): Promise<void> {
  switch (click.actionId) {
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
      // Once per card and user: a second press (or a double click, answered at the same time) posts nothing.
      const key = `${click.userId}\0${click.channelId ?? ''}\0${click.messageTs ?? ''}\0${click.value}`;
      if (ctx.shared.get(key)) return reply(noticeMessage('You have already shared this card to the channel.'));
      ctx.shared.set(key, true);
      let shared = false;
      try {
        shared = await share(click.value, reply, post, ctx);
      } finally {
        if (!shared) ctx.shared.set(key, false);
      }
      if (shared) await reply(noticeMessage('Shared to the channel.'));
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

/** Share to channel: true once the card is in the channel; otherwise false, the user told privately why not. */
async function share(value: string, reply: Reply, post: PostToChannel, ctx: SlackContext): Promise<boolean> {
  const quoted = await quoteOf(value, reply, ctx);
  if (!quoted) return false;
  const card = sharedCard(quoted.record, quoted.spans, quoted.quote, ctx.search.info().mode, hasEnglish(quoted.record, ctx));
  const outcome = await post(card);
  if (outcome === 'archived' || outcome === 'restricted') {
    await reply(noticeMessage(CANNOT_POST[outcome]));
    return false;
  }
  if (outcome === 'not-member') {
    // Where the bot is not a member, the response URL can still post the card in the channel.
    try {
      await reply(card, { inChannel: true });
    } catch (err) {
      if (!(err instanceof ResponseUrlFailed)) throw err;
      ctx.log(`share of ${quoted.record.id}: the bot is not in the channel and ${err.message}`);
      await reply(noticeMessage(NOT_MEMBER));
      return false;
    }
  }
  return true;
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
  if (!record) return reply(noticeMessage(missingRecordText(recordId)));
  const other = counterpart(ctx.search, record);
  if (!other) return reply(noticeMessage(none(escapedLabel(record.id, 40))));
  for (const message of recordMessages(other, { withQuestion: true, share: false, english: hasEnglish(other, ctx) })) await reply(message);
}
