import { webApi } from '@slack/bolt';
import { networkFailure, unreachableLine } from '../util/network-retry.js';

/** Where the Web API is reached unless SLACK_API_URL says otherwise. */
export const SLACK_API_DEFAULT = 'https://slack.com/api/';

/** The host of the Slack Web API the app talks to. */
export function slackHost(apiUrl: string | undefined): string {
  return new URL(apiUrl ?? SLACK_API_DEFAULT).host;
}

/**
 * For `withNetworkRetries`: why a Web API call is worth trying again (the host could not be reached,
 * the connection broke or timed out, a 5xx), or null (Slack answered: `invalid_auth` and the like).
 */
export function slackRetryable(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === webApi.ErrorCode.RequestError) return networkFailure(err) ?? (err as webApi.WebAPIRequestError).original?.message ?? 'request failed';
  if (code === webApi.ErrorCode.HTTPError) {
    const status = (err as webApi.WebAPIHTTPError).statusCode;
    return status >= 500 ? `HTTP ${status}` : null;
  }
  return networkFailure(err);
}

/** A start-up failure that is the network's, in one line; null for one Slack answered (a token to check). */
export function describeSlackNetworkFailure(err: unknown, host: string): string | null {
  const why = slackRetryable(err);
  return why === null ? null : unreachableLine(host, why, err, 'Slack', 'the tokens');
}
