import type { IncomingHttpHeaders } from 'node:http';
import { Worker } from 'node:worker_threads';
import { getAndSave, WORKER_MARK } from './http-worker.mjs';

/**
 * GETs through the HTTP client of `http-worker.mjs`, in a worker thread: a request costs this
 * thread a message each way, so the sync parses one page while the next is received and written
 * (on loopback, node:http took about 1 ms of CPU a page and creating its file 0.5 ms, together
 * a fifth of parsing and indexing it). Until the worker has started (some 80 ms) requests run here.
 */
export interface HttpAnswer {
  /** Where the redirects ended. */
  url: string;
  status: number;
  headers: IncomingHttpHeaders;
  body: Uint8Array;
}

/** The body grew past the limit the caller set. */
export class TooLargeError extends Error {
  override name = 'TooLargeError';
}

/** The page arrived but could not be written where the caller asked (a full disk, a folder gone). */
export class SaveError extends Error {
  override name = 'SaveError';
}

export interface HttpGetOptions {
  headers: Record<string, string>;
  /** Ends the request, redirects and body included, counted from when it is sent. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects?: number;
  /** Where to write a 2xx answer's body (decompressed) before answering. */
  saveTo?: string;
}

type WorkerAnswer =
  | { ready: true }
  | { id: number; ok: true; url: string; status: number; headers: IncomingHttpHeaders; body: ArrayBuffer }
  | { id: number; ok: false; error: { name: string; message: string; code?: string } };

interface Waiting {
  resolve: (answer: HttpAnswer) => void;
  reject: (err: Error) => void;
}

/** An error of the client as this module's: a network error keeps its code, a size error its class. */
function errorOf({ name, message, code }: { name: string; message: string; code?: string }): Error {
  if (name === 'TooLargeError') return new TooLargeError(message);
  if (name === 'SaveError') return new SaveError(message);
  return Object.assign(new Error(message), { name, ...(code ? { code } : {}) });
}

export class HttpClient {
  private worker: Worker | null = null;
  private ready = false;
  private started: Promise<void> = Promise.resolve();
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  /** Requests sent from this thread (while the worker was starting) and by the worker. */
  readonly sent = { here: 0, worker: 0 };

  constructor() {
    this.start();
  }

  async get(url: string, { headers, timeoutMs, maxBytes, maxRedirects = 5, saveTo }: HttpGetOptions): Promise<HttpAnswer> {
    const ask = { url, headers, timeoutMs, maxBytes, maxRedirects, saveTo };
    const worker = this.worker ?? this.start();
    if (!this.ready) {
      this.sent.here++;
      try {
        return await getAndSave(ask);
      } catch (err) {
        throw errorOf(err as Error & { code?: string });
      }
    }
    const id = this.nextId++;
    this.sent.worker++;
    return new Promise<HttpAnswer>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.ref(); // held open while a request is out, never after
      worker.postMessage({ id, ...ask });
    });
  }

  /** Resolves once requests go to the worker. */
  whenReady(): Promise<void> {
    return this.started;
  }

  /** Stops the worker and its kept-alive connections. */
  close(): void {
    const worker = this.worker;
    this.worker = null;
    this.ready = false;
    for (const id of [...this.waiting.keys()]) this.settle(id)?.reject(new Error('the HTTP client was closed'));
    void worker?.terminate();
  }

  private start(): Worker {
    // Plain JavaScript: none of this process's flags (tsx's loader costs a worker a quarter of a second).
    const worker = new Worker(new URL('./http-worker.mjs', import.meta.url), { execArgv: [], workerData: WORKER_MARK });
    worker.unref();
    let markReady = (): void => {};
    this.started = new Promise((resolve) => (markReady = resolve));
    worker.on('message', (answer: WorkerAnswer) => {
      if ('ready' in answer) {
        if (this.worker === worker) this.ready = true;
        markReady();
        return;
      }
      const waiting = this.settle(answer.id);
      if (!waiting) return; // closed meanwhile
      if (answer.ok) waiting.resolve({ url: answer.url, status: answer.status, headers: answer.headers, body: new Uint8Array(answer.body) });
      else waiting.reject(errorOf(answer.error));
    });
    worker.on('error', (err) => {
      // The worker died (it should not): every request out fails with its error, the next starts a new one.
      if (this.worker === worker) {
        this.worker = null;
        this.ready = false;
      }
      for (const id of [...this.waiting.keys()]) this.settle(id)?.reject(err);
    });
    this.worker = worker;
    return worker;
  }

  /** Takes a request off the waiting list; the worker may rest once none is out. */
  private settle(id: number): Waiting | undefined {
    const waiting = this.waiting.get(id);
    this.waiting.delete(id);
    if (this.waiting.size === 0) this.worker?.unref();
    return waiting;
  }
}
