import { webApi } from '@slack/bolt';
import { withNetworkRetries, type NetworkRetry } from '../util/network-retry.js';
import { slackRetryable } from './connection.js';

/** A file to post in a channel: its bytes, name, the title Slack shows and the text read out for it. */
export interface ChannelFile {
  data: Buffer;
  filename: string;
  title: string;
  altText: string;
}

/**
 * What became of an upload: `missing-scope` (the app was installed without `scope`, e.g.
 * `files:write`), `not-member` (the bot is not in the channel), `failed` (Slack refused it for
 * another reason, or could not be reached: `detail` says which).
 */
export type UploadOutcome =
  | { ok: true }
  | { ok: false; reason: 'missing-scope'; scope: string }
  | { ok: false; reason: 'not-member' }
  | { ok: false; reason: 'failed'; detail: string };

export type UploadToChannel = (channelId: string, file: ChannelFile) => Promise<UploadOutcome>;

/** Three attempts, 250 ms then 500 ms apart: the sharer is waiting. */
export const UPLOAD_RETRY: Omit<NetworkRetry, 'signal'> = { attempts: 3, firstDelayMs: 250 };

/** The scope uploading needs; said when Slack's answer does not name it. */
export const FILES_SCOPE = 'files:write';

/**
 * Uploads files into a channel with `files.uploadV2` (files.getUploadURLExternal, the bytes POSTed
 * to the URL it gives, then files.completeUploadExternal with the channel). `client` should retry
 * nothing itself: a network failure or 5xx is tried again here, each retry logged, then reported.
 */
export function channelUploader(client: webApi.WebClient, host: string, log: (line: string) => void, retry = UPLOAD_RETRY): UploadToChannel {
  return async (channelId, file) => {
    try {
      await withNetworkRetries(
        () => client.filesUploadV2({ channel_id: channelId, file: file.data, filename: file.filename, title: file.title, alt_text: file.altText }),
        retry,
        host,
        slackRetryable,
        log,
      );
      return { ok: true };
    } catch (err) {
      return uploadFailure(err);
    }
  };
}

function uploadFailure(err: unknown): UploadOutcome {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === webApi.ErrorCode.PlatformError) {
    const data = (err as webApi.WebAPIPlatformError).data as { error: string; needed?: unknown };
    // `needed` names the scope the call lacks; a scope is a plain word (`files:write`), nothing else is echoed.
    const needed = typeof data.needed === 'string' && /^[a-z:._-]{1,40}$/.test(data.needed) ? data.needed : FILES_SCOPE;
    if (data.error === 'missing_scope') return { ok: false, reason: 'missing-scope', scope: needed };
    if (data.error === 'not_in_channel' || data.error === 'channel_not_found') return { ok: false, reason: 'not-member' };
    return { ok: false, reason: 'failed', detail: `Slack answered ${data.error}` };
  }
  const network = slackRetryable(err);
  if (network) return { ok: false, reason: 'failed', detail: `Slack could not be reached (${network})` };
  return { ok: false, reason: 'failed', detail: err instanceof Error ? err.message : String(err) };
}
