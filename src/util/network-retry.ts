import pRetry from 'p-retry';

/** How a call over the network is tried again: attempts in all, the first wait (it doubles), and a signal that ends the waiting. */
export interface NetworkRetry {
  attempts: number;
  firstDelayMs: number;
  /** Aborted (shutdown): the call rejects with the signal's reason, without another attempt. */
  signal?: AbortSignal;
}

/** Error codes of a host that could not be reached, or a connection that broke: asking again may work. */
const NETWORK_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EPIPE']);

/**
 * The network failure behind an error, in a word (`ECONNREFUSED`, `EAI_AGAIN`, `UND_ERR_SOCKET`,
 * `timed out`), looking through the errors it wraps (`cause`, and `original` as Slack's client
 * names it: fetch's "fetch failed" hides the code there); null when it is no network failure.
 */
export function networkFailure(err: unknown): string | null {
  let current = err as { code?: unknown; name?: unknown; cause?: unknown; original?: unknown } | null | undefined;
  for (let depth = 0; current && depth < 4; depth++) {
    const code = current.code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || code.startsWith('UND_ERR_'))) return code;
    if (current.name === 'AbortError' || current.name === 'TimeoutError') return 'timed out';
    current = (current.cause ?? current.original) as typeof current;
  }
  return null;
}

/** How many attempts a failure from `withNetworkRetries` took (1 when it was not retried). */
export function attemptsMade(err: unknown): number {
  const attempts = (err as { attemptNumber?: unknown } | null)?.attemptNumber;
  return typeof attempts === 'number' ? attempts : 1;
}

/**
 * Runs `call`, and while it fails for a reason `retryable` names (`ECONNREFUSED`, `HTTP 503`; null:
 * not worth asking again), tries again after doubling waits, saying each retry in one line naming
 * the host. Throws the last failure, or the signal's reason once aborted.
 */
export function withNetworkRetries<T>(
  call: () => Promise<T>,
  retry: NetworkRetry,
  host: string,
  retryable: (err: unknown) => string | null,
  onRetry: (line: string) => void,
): Promise<T> {
  return pRetry(call, {
    retries: Math.max(0, retry.attempts - 1),
    minTimeout: retry.firstDelayMs,
    factor: 2,
    randomize: false,
    ...(retry.signal ? { signal: retry.signal } : {}),
    shouldRetry: (err) => retryable(err) !== null,
    onFailedAttempt: (err) => {
      const why = retryable(err);
      if (why === null || err.retriesLeft === 0) return;
      const wait = retry.firstDelayMs * 2 ** (err.attemptNumber - 1);
      onRetry(`could not reach ${host} (${why}); retrying in ${wait < 1000 ? `${wait} ms` : `${Math.round(wait / 100) / 10} s`} (attempt ${err.attemptNumber + 1} of ${retry.attempts})`);
    },
  });
}

/**
 * `could not reach slack.com (ENOTFOUND) after 5 attempts: a network problem (…, or Slack itself),
 * not the tokens; …`: a failure that is the network's, in one line, the same for every service.
 */
export function unreachableLine(host: string, why: string, err: unknown, service: string, credentials: string): string {
  const attempts = attemptsMade(err);
  const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
  return `could not reach ${host} (${why})${tries}: a network problem (connection, DNS, proxy or firewall, or ${service} itself), not ${credentials}; check the connection and try again`;
}
