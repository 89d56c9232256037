import type { Reply, SlackContext } from './app.js';
import { noticeMessage } from './cards.js';
import type { SlackMessage } from './limits.js';
import { ResponseUrlFailed } from './reply.js';

/**
 * What became of a post to the channel with the bot token: `posted`; `not-member` (the bot is not
 * in the channel, or may not see it: the response URL may still post); `archived` or `restricted`
 * (nothing will post there).
 */
export type PostOutcome = 'posted' | 'not-member' | 'archived' | 'restricted';
export type PostToChannel = (message: SlackMessage) => Promise<PostOutcome>;

/**
 * What is shared, in the words of the notices when it cannot be: `thing` (`card`), and the way on
 * besides (`, or copy the card’s *Cite*`, or '').
 */
export interface SharedThing {
  thing: string;
  orElse: string;
}

/** Why spox cannot post a shared `thing` in the channel, and what to do. */
function cannotPostText(outcome: 'archived' | 'restricted' | 'not-member', { thing, orElse }: SharedThing): string {
  switch (outcome) {
    case 'archived':
      return `spox can’t post in this channel: it is archived. Share the ${thing} in another channel${orElse}.`;
    case 'restricted':
      return `spox can’t post in this channel: posting is restricted there (to some members, or to threads). Ask a channel manager${orElse}.`;
    case 'not-member':
      return `spox can’t post in this channel: it is not a member, and Slack refused the post. Invite it (\`/invite @spox\`) and share again${orElse}.`;
  }
}

/**
 * Posts what a user shares into the channel: with the bot token, else (the bot not a member) through
 * the response URL. `bot` or `response-url` says how it went in; null when it did not, the sharer
 * told privately why (archived, restricted, or not a member and the response URL refused too).
 */
export async function postShared(
  message: SlackMessage, what: SharedThing & { logName: string }, reply: Reply, post: PostToChannel, ctx: Pick<SlackContext, 'log'>,
): Promise<'bot' | 'response-url' | null> {
  const outcome = await post(message);
  if (outcome === 'posted') return 'bot';
  if (outcome === 'archived' || outcome === 'restricted') {
    await reply(noticeMessage(cannotPostText(outcome, what)));
    return null;
  }
  // Where the bot is not a member, the response URL can still post the message in the channel.
  try {
    await reply(message, { inChannel: true });
    return 'response-url';
  } catch (err) {
    if (!(err instanceof ResponseUrlFailed)) throw err;
    ctx.log(`share of ${what.logName}: the bot is not in the channel and ${err.message}`);
    await reply(noticeMessage(cannotPostText('not-member', what)));
    return null;
  }
}

export const SHARED = 'Shared to the channel.';

/**
 * Runs a share once per `key`: a second press (or a double click, answered at the same time) is told
 * `already` and posts nothing; a share that did not go in (`share` gives null) may be tried again.
 * Once it did, the sharer is told what `share` gives (`SHARED`, or what of it did not go in).
 */
export async function shareOnce(
  key: string, already: string, reply: Reply, ctx: Pick<SlackContext, 'shared'>, share: () => Promise<string | null>,
): Promise<void> {
  if (ctx.shared.get(key)) return reply(noticeMessage(already));
  ctx.shared.set(key, true);
  let said: string | null = null;
  try {
    said = await share();
  } finally {
    if (said === null) ctx.shared.set(key, false);
  }
  if (said !== null) await reply(noticeMessage(said));
}
