import { Worker } from 'node:worker_threads';
import { MAX_TRANSCRIPT_BYTES } from '../transcripts/decode.js';
import { PoliteQueue, WORKER_MARK, type Conditions, type Politeness, type Validators } from './http-worker.mjs';
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
  /** The longest `Retry-After` (of a 429 or 503) waited out; a site asking for longer ends the run's requests. Default 120 s. */
  maxRetryAfterMs?: number;
  userAgent?: string;
  /** Said once per failed attempt that will be retried. */
  log?: (line: string) => void;
}

export type { Conditions, Validators };

/** What the site answered, after any redirects. */
export interface FetchedPage {
  url: string;
  /** Where the redirects ended; equals `url` when there were none. */
  finalUrl: string;
  /** A 2xx, or 304 (and an empty body) to a conditional request: the page is as it was. */
  status: number;
  body: Uint8Array;
  /** The answer's ETag and Last-Modified, for a later conditional request. */
  validators: Validators;
}

/**
 * A request failed for good: the message is one line naming the cause. `refused`: the site's answer
 * will be the same next time (a 4xx other than 429, a redirect off the site or in a loop, a page too
 * large), unlike a time-out, a network error, a 5xx or a 429.
 */
export class FetchFailure extends Error {
  override name = 'FetchFailure';
  constructor(message: string, readonly status: number | null, readonly refused = false) {
    super(message);
  }
}

interface Ask {
  id: number;
  url: string;
  saveTo?: string;
  conditions?: Conditions;
  resolve: (page: FetchedPage) => void;
  reject: (err: Error) => void;
}

/** How a request ended (`url`: where its redirects ended); `attempts` counts the requests it sent. */
type Outcome =
  | { ok: true; url: string; status: number; body: Uint8Array; validators: Validators; attempts: number }
  | { ok: false; message: string; status: number | null; refused: boolean; attempts: number };

type WorkerAnswer =
  | { ready: true }
  | { id: number; retrying: string }
  | ({ id: number } & Omit<Outcome & { ok: true }, 'body'> & { body: ArrayBuffer })
  | ({ id: number } & (Outcome & { ok: false }));

/**
 * A polite HTTP client for one site (the rules are `PoliteQueue`'s, in http-worker.mjs), whose
 * requests run in a worker thread: `get` may be called for every page at once, and the worker
 * works through them one at a time while this thread parses what has arrived (on loopback, sending
 * a request and writing its page took a fifth of the time of parsing and indexing it). Until the
 * worker has started (some 80 ms) requests run here, one at a time, through the same queue code.
 */
export class PoliteFetcher {
  private readonly rules: Politeness;
  private readonly here: PoliteQueue;
  private worker: Worker | null = null;
  private ready = false;
  private started: Promise<void> = Promise.resolve();
  /** Asked, and not yet sent here or handed to the worker, in order. */
  private readonly pending: Ask[] = [];
  private runningHere = false;
  private isClosed = false;
  /** Handed to the worker, by id. */
  private readonly waiting = new Map<number, Ask>();
  private nextId = 0;
  /** Requests actually sent, retries included. */
  requests = 0;
  /** Requests run on this thread (while the worker started) and by the worker. */
  readonly sent = { here: 0, worker: 0 };

  constructor(private readonly options: FetcherOptions) {
    this.rules = {
      minIntervalMs: options.minIntervalMs,
      timeoutMs: options.timeoutMs ?? 30_000,
      retries: options.retries ?? 3,
      retryDelayMs: options.retryDelayMs ?? 2_000,
      ...(options.maxRetryAfterMs !== undefined ? { maxRetryAfterMs: options.maxRetryAfterMs } : {}),
      headers: { 'user-agent': options.userAgent ?? USER_AGENT, accept: 'text/html,application/xhtml+xml' },
      maxBytes: MAX_TRANSCRIPT_BYTES,
    };
    this.here = new PoliteQueue(this.rules);
    this.start();
  }

  /**
   * GETs `url` after every request asked before it; throws FetchFailure once retries are spent (or
   * at once on a 4xx). `saveTo`: a file the body of a 2xx answer is written to (off this thread).
   * `conditions`: a conditional GET (If-None-Match, If-Modified-Since), answered 304 when unchanged.
   */
  get(url: string, { saveTo, conditions }: { saveTo?: string; conditions?: Conditions } = {}): Promise<FetchedPage> {
    return this.getAll([{ url, saveTo, conditions }])[0]!;
  }

  /** `get` for each, in order, handed to the worker together. */
  getAll(requests: { url: string; saveTo?: string; conditions?: Conditions }[]): Promise<FetchedPage>[] {
    if (this.isClosed) return requests.map(() => Promise.reject(new Error('the HTTP client was closed')));
    if (!this.worker) this.start();
    const answers = requests.map(({ url, saveTo, conditions }) => new Promise<FetchedPage>((resolve, reject) => {
      this.pending.push({ id: this.nextId++, url, saveTo, conditions, resolve, reject });
    }));
    this.pump();
    return answers;
  }

  /** Resolves once requests go to the worker. */
  whenReady(): Promise<void> {
    return this.started;
  }

  /** Stops the worker and its kept-alive connections; what was asked and not answered fails, and so does what is asked after. */
  close(): void {
    this.isClosed = true;
    const worker = this.worker;
    this.worker = null;
    this.ready = false;
    const closed = new Error('the HTTP client was closed');
    for (const ask of this.pending.splice(0)) ask.reject(closed);
    for (const id of [...this.waiting.keys()]) this.settle(id)?.reject(closed);
    void worker?.terminate();
  }

  /** Sends what is pending: all of it to a ready worker, else the next one here, once this thread's last has ended. */
  private pump(): void {
    if (this.runningHere) return;
    if (this.ready && this.worker && this.pending.length > 0) {
      this.handOver(this.worker, this.pending.splice(0));
      return;
    }
    const ask = this.pending.shift();
    if (!ask) return;
    this.runningHere = true;
    this.sent.here++;
    this.here.get(ask.url, { saveTo: ask.saveTo, conditions: ask.conditions, onRetry: this.options.log }).then(
      (answer) => this.settleWith(ask, { ok: true, ...answer }),
      (failure: Omit<Outcome & { ok: false }, 'ok'>) => this.settleWith(ask, { ok: false, ...failure }),
    ).finally(() => {
      this.runningHere = false;
      this.pump();
    });
  }

  /** One message for all of them: a message to a busy worker can cost this thread half a millisecond. */
  private handOver(worker: Worker, asks: Ask[]): void {
    for (const ask of asks) this.waiting.set(ask.id, ask);
    this.sent.worker += asks.length;
    worker.ref(); // held open while a request is out, never after
    // Spaced from this thread's last request as well as from the worker's, and told what the site said of coming back.
    const { lastEnd: previousEnd, notBefore, sentAway } = this.here;
    worker.postMessage(asks.map(({ id, url, saveTo, conditions }) => ({ id, url, saveTo, conditions, previousEnd, notBefore, sentAway })));
  }

  private start(): void {
    // Plain JavaScript: none of this process's flags (tsx's loader costs a worker a quarter of a second).
    const worker = new Worker(new URL('./http-worker.mjs', import.meta.url), { execArgv: [], workerData: { mark: WORKER_MARK, rules: this.rules } });
    worker.unref();
    let markReady = (): void => {};
    this.started = new Promise((resolve) => (markReady = resolve));
    worker.on('message', (answer: WorkerAnswer) => {
      if ('ready' in answer) {
        if (this.worker === worker) this.ready = true;
        markReady();
        this.pump();
        return;
      }
      if ('retrying' in answer) {
        this.options.log?.(answer.retrying);
        return;
      }
      const ask = this.settle(answer.id);
      if (!ask) return; // closed meanwhile
      this.settleWith(ask, answer.ok ? { ...answer, body: Buffer.from(answer.body) } : answer);
    });
    // The worker stopped (it should not): the requests it held fail, each reported as its page's
    // failure; those not handed to it yet run here, and the next request starts another worker.
    const stopped = (why: string): void => {
      if (this.worker !== worker) return; // closed, or already replaced
      this.worker = null;
      this.ready = false;
      for (const id of [...this.waiting.keys()]) this.settle(id)?.reject(new FetchFailure(`the HTTP worker thread stopped (${why})`, null));
      this.pump();
    };
    worker.on('error', (err) => stopped(err.message));
    worker.on('exit', (code) => stopped(`exit code ${code}`));
    this.worker = worker;
  }

  /** Answers a request with how it ended, on this thread or in the worker. */
  private settleWith(ask: Ask, outcome: Outcome): void {
    this.requests += outcome.attempts;
    if (outcome.ok) ask.resolve({ url: ask.url, finalUrl: outcome.url, status: outcome.status, body: outcome.body, validators: outcome.validators });
    else ask.reject(new FetchFailure(outcome.message, outcome.status, outcome.refused));
  }

  /** Takes a request off the waiting list; the worker may rest once none is out. */
  private settle(id: number): Ask | undefined {
    const ask = this.waiting.get(id);
    this.waiting.delete(id);
    if (this.waiting.size === 0) this.worker?.unref();
    return ask;
  }
}
