import type { IncomingHttpHeaders } from 'node:http';
import { Worker } from 'node:worker_threads';

/**
 * GETs through the HTTP client of `http-worker.mjs`, in a worker thread: a request costs this
 * thread a message each way, so the sync parses one page while the next is being received (on
 * loopback, node:http took about 1 ms of CPU a page, as much as a fifth of parsing and indexing it).
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

export interface HttpGetOptions {
  headers: Record<string, string>;
  /** Ends the request, redirects and body included, counted from when the worker sends it. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects?: number;
}

type WorkerAnswer =
  | { id: number; ok: true; url: string; status: number; headers: IncomingHttpHeaders; body: ArrayBuffer }
  | { id: number; ok: false; error: { name: string; message: string; code?: string } };

interface Waiting {
  resolve: (answer: HttpAnswer) => void;
  reject: (err: Error) => void;
}

/** The worker's error as this thread's: a network error keeps its code, a size error its class. */
function errorOf({ name, message, code }: { name: string; message: string; code?: string }): Error {
  if (name === 'TooLargeError') return new TooLargeError(message);
  return Object.assign(new Error(message), { name, ...(code ? { code } : {}) });
}

export class HttpClient {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;

  get(url: string, { headers, timeoutMs, maxBytes, maxRedirects = 5 }: HttpGetOptions): Promise<HttpAnswer> {
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<HttpAnswer>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.ref(); // held open while a request is out, never after
      worker.postMessage({ id, url, headers, timeoutMs, maxBytes, maxRedirects });
    });
  }

  /** Stops the worker and its kept-alive connections. */
  close(): void {
    const worker = this.worker;
    this.worker = null;
    for (const id of [...this.waiting.keys()]) this.settle(id)?.reject(new Error('the HTTP client was closed'));
    void worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    // Plain JavaScript: none of this process's flags (tsx's loader costs a worker a quarter of a second).
    const worker = new Worker(new URL('./http-worker.mjs', import.meta.url), { execArgv: [] });
    worker.unref();
    worker.on('message', (answer: WorkerAnswer) => {
      const waiting = this.settle(answer.id);
      if (!waiting) return; // closed meanwhile
      if (answer.ok) waiting.resolve({ url: answer.url, status: answer.status, headers: answer.headers, body: new Uint8Array(answer.body) });
      else waiting.reject(errorOf(answer.error));
    });
    worker.on('error', (err) => {
      // The worker died (it should not): every request out fails with its error, the next starts a new one.
      if (this.worker === worker) this.worker = null;
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
