import { DefaultRestOptions, DiscordAPIError, DiscordjsErrorCodes, HTTPError } from 'discord.js';
import { networkFailure, unreachableLine } from '../util/network-retry.js';

/** Attempts in all at logging in and at deploying the commands, when the network fails. */
export const DISCORD_ATTEMPTS = 5;

/** Why a call to Discord failed, in the terms a user acts on. */
export type DiscordFailure =
  /** The network or Discord's side (DNS, refused, reset, time-out, 5xx): asking again may work; `detail` e.g. `ECONNREFUSED`, `HTTP 503`. */
  | { kind: 'network'; detail: string }
  /** Discord said the token is not valid (401). */
  | { kind: 'token' }
  | { kind: 'other'; detail: string };

export function classifyDiscordFailure(err: unknown): DiscordFailure {
  const code = (err as { code?: unknown } | null)?.code;
  if ((err instanceof DiscordAPIError && err.status === 401) || code === DiscordjsErrorCodes.TokenInvalid) return { kind: 'token' };
  if ((err instanceof HTTPError || err instanceof DiscordAPIError) && err.status >= 500) return { kind: 'network', detail: `HTTP ${err.status}` };
  const network = networkFailure(err);
  if (network) return { kind: 'network', detail: network };
  return { kind: 'other', detail: err instanceof Error ? err.message : String(err) };
}

/** For `withNetworkRetries`: what makes a Discord call worth trying again. */
export function discordRetryable(err: unknown): string | null {
  const failure = classifyDiscordFailure(err);
  return failure.kind === 'network' ? failure.detail : null;
}

/** The host of Discord's REST API the client talks to (`discord.com`, or the one DISCORD_API_URL names). */
export function discordHost(apiUrl: string | undefined): string {
  return new URL(apiUrl ?? DefaultRestOptions.api).host;
}

/** What a failure to reach Discord means and what to do, in one line. */
export function describeDiscordFailure(err: unknown, host: string): string {
  const failure = classifyDiscordFailure(err);
  if (failure.kind === 'token') {
    return 'Discord refused the token (401 Unauthorized): check DISCORD_TOKEN (Discord Developer Portal → your application → Bot → Reset Token)';
  }
  if (failure.kind === 'network') return unreachableLine(host, failure.detail, err, 'Discord', 'the token');
  return failure.detail;
}
