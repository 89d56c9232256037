import pRetry, { AbortError } from 'p-retry';
import { MAX_TRANSCRIPT_BYTES } from '../transcripts/decode.js';
import { USER_AGENT } from './settings.js';

export interface FetcherOptions {
  /** Least time between the starts of two requests (retries included). */
  minIntervalMs: number;
  /** Per request, body included. */
  timeoutMs?: number;
  /** Further attempts after a network error or a 5xx answer. */
  retries?: number;
  /** First back-off; it doubles with each retry. */
  retryDelayMs?: number;
  userAgent?: string;
  /** Said once per failed attempt that will be retried. */
  log?: (line: string) => void;
}

/** What the site answered, after any redirects. */
export interface FetchedPage {
  url: string;
  /** Where the redirects ended; equals `url` when there were none. */
  finalUrl: string;
  status: number;
  body: Uint8Array;
}

/** The site answered with an error status that retrying will not change (or kept failing). */
export class HttpStatusError extends Error {
  override name = 'HttpStatusError';
  constructor(readonly status: number, url: string) {
    super(`HTTP ${status} for ${url}`);
  }
}

/** A request failed for good: the message is one line naming the cause. */
export class FetchFailure extends Error {
  override name = 'FetchFailure';
  constructor(message: string, readonly status: number | null) {
    super(message);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function describe(err: unknown, timeoutMs: number): string {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError') return `timed out after ${timeoutMs / 1000} s`;
  if (e instanceof HttpStatusError) return e.message.replace(/ for .*/, '');
  if (!(e instanceof TypeError)) return e.message;
  const cause = e.cause?.code ?? e.cause?.message;
  return `network error (${cause ?? e.message})`;
}

/**
 * A polite HTTP client for one site: one request at a time, at least `minIntervalMs` apart, an
 * identifying User-Agent, a time-out, and retries with doubling back-off on network errors and 5xx.
 */
export class PoliteFetcher {
  private queue: Promise<unknown> = Promise.resolve();
  private lastStart = 0;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly retryDelayMs: number;
  /** Requests actually sent, retries included. */
  requests = 0;

  constructor(private readonly options: FetcherOptions) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retries = options.retries ?? 3;
    this.retryDelayMs = options.retryDelayMs ?? 2_000;
  }

  /** GETs `url`; throws FetchFailure once retries are spent (or at once on a 4xx). */
  get(url: string): Promise<FetchedPage> {
    const next = this.queue.then(() => this.withRetries(url));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async withRetries(url: string): Promise<FetchedPage> {
    try {
      return await pRetry(() => this.attempt(url), {
        retries: this.retries,
        minTimeout: this.retryDelayMs,
        factor: 2,
        randomize: false,
        onFailedAttempt: (error) => {
          if (error.retriesLeft > 0) {
            this.options.log?.(`${url}: ${describe(error, this.timeoutMs)}; retrying (attempt ${error.attemptNumber + 1} of ${this.retries + 1})`);
          }
        },
      });
    } catch (err) {
      const status = err instanceof HttpStatusError ? err.status : null;
      const tries = status !== null && status < 500 ? '' : ` (after ${this.retries + 1} attempts)`;
      throw new FetchFailure(`${describe(err, this.timeoutMs)}${tries}`, status);
    }
  }

  private async attempt(url: string): Promise<FetchedPage> {
    const wait = this.lastStart + this.options.minIntervalMs - Date.now();
    if (wait > 0) await sleep(wait);
    this.lastStart = Date.now();
    this.requests++;
    const response = await fetch(url, {
      headers: { 'user-agent': this.options.userAgent ?? USER_AGENT, accept: 'text/html,application/xhtml+xml' },
      redirect: 'follow',
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (response.status >= 500) {
      await response.body?.cancel();
      throw new HttpStatusError(response.status, url); // retried
    }
    if (response.status >= 400) {
      await response.body?.cancel();
      throw new AbortError(new HttpStatusError(response.status, url)); // not retried
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_TRANSCRIPT_BYTES) {
      await response.body?.cancel();
      throw new AbortError(new Error(`the page is ${declared} bytes, too large to be a transcript`));
    }
    const body = new Uint8Array(await response.arrayBuffer());
    return { url, finalUrl: response.url || url, status: response.status, body };
  }
}
