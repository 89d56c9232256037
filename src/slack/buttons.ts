import { brokenReferenceText, isRecordReference, missingRecordText as missingRecordWords, opensOtherLanguage, quoteMismatchText } from '../answers/button-refs.js';
import { matchIdAt } from '../answers/held-matches.js';
import { decodeQuoteRef, quoteOfRef } from '../answers/quote-ref.js';
import { chineseCounterpart, englishCounterpart } from '../search/bilingual.js';
import type { QuoteSpan } from '../search/types.js';
import type { IndexedRecord } from '../store/types.js';
import { ACTION } from './actions.js';
import type { Reply, SlackContext } from './app.js';
import { escapedLabel } from './blocks.js';
import { followedOf } from '../answers/question-heading.js';
import { citationMessage, noticeMessage, recordMessages, sharedCard } from './cards.js';
import { SLASH_COMMAND } from './manifest.js';
import { shareTimeline } from './timeline.js';
import { postShared, SHARED, shareOnce, type PostToChannel, type SharedThing } from './share.js';
import { decodeShareValue } from './share-value.js';

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

/** A record a button names that the index does not hold: replaced or retired, gone with a rebuild, or never a reference. */
function missingRecordText(id: string | undefined, ctx: SlackContext): string {
  if (!isRecordReference(id)) return NOT_A_BUTTON;
  return missingRecordWords(id, escapedLabel(id, 40), (key) => ctx.search.briefing(key)?.summary, { ask: SLASH_COMMAND, quote: `${SLASH_COMMAND} quote`, briefing: `${SLASH_COMMAND} briefing` });
}

export type { PostOutcome, PostToChannel } from './share.js';

/** What a card is, in Share's notices when it cannot be posted. */
const CARD: SharedThing = { thing: 'card', orElse: ', or copy the card’s *Cite*' };

/** The record and quote a button carries, or null after saying privately why there is none. */
async function quoteOf(value: string, reply: Reply, ctx: SlackContext): Promise<{ record: IndexedRecord; spans: QuoteSpan[]; quote: string } | null> {
  const ref = decodeQuoteRef(value);
  const record = ref ? ctx.search.record(ref.recordId) : undefined;
  if (!ref || !record) {
    await reply(noticeMessage(missingRecordText(ref?.recordId, ctx)));
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
      for (const message of recordMessages(quoted.record, { withQuestion: false, share: false, english: hasEnglish(quoted.record, ctx), ...ctx.search.otherVersions(quoted.record) })) await reply(message);
      return;
    }
    case ACTION.cite: {
      const quoted = await quoteOf(click.value, reply, ctx);
      if (quoted) await reply(citationMessage(quoted.record, quoted.spans, ctx.search.otherVersions(quoted.record).otherVersions));
      return;
    }
    case ACTION.share: {
      // Once per card and user.
      const key = `${click.userId}\0${click.channelId ?? ''}\0${click.messageTs ?? ''}\0${click.value}`;
      return shareOnce(key, 'You have already shared this card to the channel.', reply, ctx, () => share(click.value, reply, post, ctx));
    }
    case ACTION.shareTimeline:
      return shareTimeline(click, reply, post, ctx);
    case ACTION.chinese:
      return showCounterpart(click.value, 'zh', chineseCounterpart, (id) => `No Chinese original of ${id} is in the index.`, reply, ctx);
    case ACTION.english:
      return showCounterpart(click.value, 'en', englishCounterpart, (id) => `No English exchange aligned with ${id} is in the index.`, reply, ctx);
    default:
      throw new Error(`no handler for button ${click.actionId}`);
  }
}

/**
 * Share to channel: `SHARED` once the card is in the channel; otherwise null, the user told privately
 * why not. Under the search's heading and date note while the search is kept and still holds the card's exchange there.
 */
async function share(value: string, reply: Reply, post: PostToChannel, ctx: SlackContext): Promise<string | null> {
  const { ref, at } = decodeShareValue(value);
  const quoted = await quoteOf(ref, reply, ctx);
  if (!quoted) return null;
  const result = at ? ctx.results.get(at.resultId) : undefined;
  const search = at && result && matchIdAt(result, at.index) === quoted.record.id ? result : undefined;
  const { otherVersions } = ctx.search.otherVersions(quoted.record);
  const card = sharedCard(quoted.record, quoted.spans, quoted.quote, ctx.search.info().mode, hasEnglish(quoted.record, ctx), search, otherVersions, followedOf(quoted.record, ctx.search));
  return (await postShared(card, { ...CARD, logName: quoted.record.id }, reply, post, ctx)) ? SHARED : null;
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
  language: 'en' | 'zh',
  counterpart: (search: SlackContext['search'], record: IndexedRecord) => IndexedRecord | undefined,
  none: (recordId: string) => string,
  reply: Reply,
  ctx: SlackContext,
): Promise<void> {
  const record = ctx.search.record(recordId);
  if (!record) return reply(noticeMessage(missingRecordText(recordId, ctx)));
  if (!opensOtherLanguage(record, language)) return reply(noticeMessage(NOT_A_BUTTON));
  const other = counterpart(ctx.search, record);
  if (!other) return reply(noticeMessage(none(escapedLabel(record.id, 40))));
  for (const message of recordMessages(other, { withQuestion: true, share: false, english: hasEnglish(other, ctx), followed: followedOf(other, ctx.search), ...ctx.search.otherVersions(other) })) await reply(message);
}
