import { ErrorCode, type App, type RespondArguments, type RespondFn } from '@slack/bolt';
import { networkFailure, withNetworkRetries, type NetworkRetry } from '../util/network-retry.js';
import type { SlackMessage } from './limits.js';

/** Sends one answer through a response URL: ephemeral, or replacing the message a button is on, or for the whole channel. */
export type Reply = (message: SlackMessage, options?: { replace?: boolean; inChannel?: boolean }) => Promise<void>;

/** A response URL that failed for good: an in-channel post (Share) is not turned into a private one, so the caller says so. */
export class ResponseUrlFailed extends Error {
  constructor(readonly original: unknown) {
    super(`the response URL refused the message: ${original instanceof Error ? original.message : String(original)}`);
  }
}

/** Three attempts, 250 ms then 500 ms apart: a response URL lives 30 minutes, the user is waiting. */
export const RESPOND_RETRY: Omit<NetworkRetry, 'signal'> = { attempts: 3, firstDelayMs: 250 };

/**
 * Why a response-URL post is worth trying again: the connection failed or broke, Slack answered
 * 5xx or 429; null when Slack answered no for good (404: an expired or unknown URL).
 */
export function respondRetryable(err: unknown): string | null {
  if ((err as { code?: unknown } | null)?.code === ErrorCode.RespondError) {
    const status = (err as { statusCode?: unknown }).statusCode;
    return typeof status === 'number' && (status >= 500 || status === 429) ? `HTTP ${status}` : null;
  }
  return networkFailure(err);
}

export interface ReplyTarget {
  respond: RespondFn;
  /** The Web API, for the fallback: the bot's `chat.postEphemeral` to the user in the channel. */
  client: App['client'];
  channelId: string | null;
  userId: string;
  log: (line: string) => void;
  retry?: Omit<NetworkRetry, 'signal'>;
}

/**
 * The answer through the response URL, retried on a network failure or 5xx; when the URL stays
 * dead, the same message reaches the user privately through `chat.postEphemeral` (a card that was
 * to replace another arrives as a new one). An in-channel post is never made private: it throws
 * `ResponseUrlFailed` for the caller to say that it could not share.
 */
export function replyThrough(target: ReplyTarget): Reply {
  return async (message, options = {}) => {
    const args = {
      text: message.text,
      blocks: message.blocks,
      response_type: options.inChannel ? 'in_channel' : 'ephemeral',
      replace_original: options.replace ?? false,
    } as RespondArguments;
    try {
      await withNetworkRetries(() => target.respond(args), target.retry ?? RESPOND_RETRY, 'the response URL', respondRetryable, target.log);
      return;
    } catch (err) {
      if (options.inChannel) throw new ResponseUrlFailed(err);
      if (!target.channelId) throw err;
      target.log(`the response URL failed (${respondRetryable(err) ?? (err instanceof Error ? err.message : String(err))}); answering user ${target.userId} through chat.postEphemeral`);
    }
    await target.client.chat.postEphemeral({ channel: target.channelId, user: target.userId, text: message.text, blocks: message.blocks as never });
  };
}
