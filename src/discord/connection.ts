import { DefaultRestOptions, DiscordAPIError, DiscordjsErrorCodes, HTTPError } from 'discord.js';
import pRetry from 'p-retry';

/** Attempts in all at logging in and at deploying the commands, when the network fails. */
export const DISCORD_ATTEMPTS = 5;

/** How a call to Discord is tried again after a network failure: attempts in all, and the first wait (it doubles). */
export interface DiscordRetry {
  attempts: number;
  firstDelayMs: number;
  /** Ends the waiting (shutdown): the call then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Codes of the failures that say nothing of the token: the host could not be reached or answered badly. */
const NETWORK_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EPIPE']);

/** Why a call to Discord failed, in the terms a user acts on. */
export type DiscordFailure =
  /** The network or Discord's side (DNS, refused, reset, time-out, 5xx): asking again may work; `detail` e.g. `ECONNREFUSED`, `HTTP 503`. */
  | { kind: 'network'; detail: string }
  /** Discord said the token is not valid (401). */
  | { kind: 'token' }
  | { kind: 'other'; detail: string };

function errorCode(err: unknown): string | undefined {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = e?.code ?? e?.cause?.code;
  return typeof code === 'string' ? code : undefined;
}

export function classifyDiscordFailure(err: unknown): DiscordFailure {
  const code = errorCode(err);
  if ((err instanceof DiscordAPIError && err.status === 401) || code === DiscordjsErrorCodes.TokenInvalid) return { kind: 'token' };
  if (err instanceof HTTPError && err.status >= 500) return { kind: 'network', detail: `HTTP ${err.status}` };
  if (err instanceof DiscordAPIError && err.status >= 500) return { kind: 'network', detail: `HTTP ${err.status}` };
  if (code && (NETWORK_CODES.has(code) || code.startsWith('UND_ERR_'))) return { kind: 'network', detail: code };
  const name = (err as Error | null)?.name;
  if (name === 'AbortError' || name === 'TimeoutError') return { kind: 'network', detail: 'timed out' };
  return { kind: 'other', detail: err instanceof Error ? err.message : String(err) };
}

/** The host of Discord's REST API the client talks to (`discord.com`, or the one DISCORD_API_URL names). */
export function discordHost(apiUrl: string | undefined): string {
  return new URL(apiUrl ?? DefaultRestOptions.api).host;
}

/**
 * Runs `call`, trying again with doubling waits while it fails for a network reason (never for a
 * refused token or a request Discord rejects); says each retry through `onRetry`. Throws the last
 * failure, which carries `attemptNumber` (p-retry's) for `describeDiscordFailure`.
 */
export function withDiscordRetries<T>(call: () => Promise<T>, retry: DiscordRetry, host: string, onRetry: (line: string) => void): Promise<T> {
  return pRetry(call, {
    retries: Math.max(0, retry.attempts - 1),
    minTimeout: retry.firstDelayMs,
    factor: 2,
    randomize: false,
    ...(retry.signal ? { signal: retry.signal } : {}),
    shouldRetry: (err) => classifyDiscordFailure(err).kind === 'network',
    onFailedAttempt: (err) => {
      const failure = classifyDiscordFailure(err);
      if (failure.kind !== 'network' || err.retriesLeft === 0) return;
      const wait = retry.firstDelayMs * 2 ** (err.attemptNumber - 1);
      onRetry(`could not reach ${host} (${failure.detail}); retrying in ${formatWait(wait)} (attempt ${err.attemptNumber + 1} of ${retry.attempts})`);
    },
  });
}

function formatWait(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}

/** What a failure to reach Discord means and what to do, in one line. */
export function describeDiscordFailure(err: unknown, host: string): string {
  const attempts = Number((err as { attemptNumber?: unknown } | null)?.attemptNumber ?? 1);
  const failure = classifyDiscordFailure(err);
  if (failure.kind === 'token') {
    return 'Discord refused the token (401 Unauthorized): check DISCORD_TOKEN (Discord Developer Portal → your application → Bot → Reset Token)';
  }
  if (failure.kind === 'network') {
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    return `could not reach ${host} (${failure.detail})${tries}: a network problem (connection, DNS, proxy or firewall, or Discord itself), not the token; check the connection and try again`;
  }
  return failure.detail;
}
