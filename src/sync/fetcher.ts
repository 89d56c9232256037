import pRetry, { AbortError } from 'p-retry';
import { MAX_TRANSCRIPT_BYTES } from '../transcripts/decode.js';
import { HttpClient, SaveError, TooLargeError } from './http-get.js';
import { USER_AGENT } from './settings.js';

export interface FetcherOptions {
  /** Least time from the end of one request to the start of the next (retries included). */
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
  const e = err as Error;
  if (e.name === 'TimeoutError') return `timed out after ${timeoutMs / 1000} s`;
  if (e instanceof HttpStatusError) return e.message.replace(/ for .*/, '');
  const code = (e as { code?: string }).code;
  return code ? `network error (${code})` : e.message;
}

/**
 * A polite HTTP client for one site: one request at a time, at least `minIntervalMs` apart, an
 * identifying User-Agent, a time-out, and retries with doubling back-off on network errors and 5xx.
 */
export class PoliteFetcher {
  private queue: Promise<unknown> = Promise.resolve();
  private lastEnd = 0;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly retryDelayMs: number;
  private readonly http = new HttpClient();
  /** Requests actually sent, retries included. */
  requests = 0;

  constructor(private readonly options: FetcherOptions) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retries = options.retries ?? 3;
    this.retryDelayMs = options.retryDelayMs ?? 2_000;
  }

  /** Closes kept-alive connections (they never hold the process open). */
  close(): void {
    this.http.close();
  }

  /**
   * GETs `url`; throws FetchFailure once retries are spent (or at once on a 4xx). `saveTo`: a file
   * the body of the page is written to as it is answered (off this thread).
   */
  get(url: string, { saveTo }: { saveTo?: string } = {}): Promise<FetchedPage> {
    const next = this.queue.then(() => this.withRetries(url, saveTo));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async withRetries(url: string, saveTo: string | undefined): Promise<FetchedPage> {
    let attempts = 0;
    try {
      return await pRetry(() => (attempts++, this.attempt(url, saveTo)), {
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
      const tries = attempts > 1 ? ` (after ${attempts} attempts)` : '';
      throw new FetchFailure(`${describe(err, this.timeoutMs)}${tries}`, status);
    }
  }

  private async attempt(url: string, saveTo: string | undefined): Promise<FetchedPage> {
    const wait = this.lastEnd + this.options.minIntervalMs - Date.now();
    if (wait > 0) await sleep(wait);
    this.requests++;
    let response;
    try {
      response = await this.http.get(url, {
        headers: { 'user-agent': this.options.userAgent ?? USER_AGENT, accept: 'text/html,application/xhtml+xml' },
        timeoutMs: this.timeoutMs,
        maxBytes: MAX_TRANSCRIPT_BYTES,
        saveTo,
      });
    } catch (err) {
      if (err instanceof TooLargeError || err instanceof SaveError) throw new AbortError(err);
      throw err;
    } finally {
      // Spaced from the end, not the start: the site sees the gap whatever the time in transit.
      this.lastEnd = Date.now();
    }
    if (response.status >= 500) throw new HttpStatusError(response.status, url); // retried
    if (response.status < 200 || response.status >= 300) {
      throw new AbortError(new HttpStatusError(response.status, url)); // not retried
    }
    return { url, finalUrl: response.url, status: response.status, body: response.body };
  }
}
