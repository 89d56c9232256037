// @ts-check
/**
 * The sync's HTTP client, run in a worker thread (fetcher.ts starts it), so that waiting for the
 * site, reading answers and writing pages to disk never take the thread that parses the pages.
 * Politeness lives here too, in `PoliteQueue`: one request at a time, spaced from the end of the
 * previous one, an identifying User-Agent, a time-out, retries with doubling back-off on network
 * errors, 5xx and 429 (the queue waits through a back-off: a failing site is not asked anything else
 * meanwhile), and a site's `Retry-After` obeyed: no request goes out before it has passed, and one
 * asking for longer than `maxRetryAfterMs` ends the run's requests at once (the next run asks
 * again). The calling thread hands over every request it will need at once, and the worker works
 * through them while the pages already answered are parsed.
 *
 * Transport: node:http(s) with a keep-alive agent per protocol, redirects followed on the site only
 * (`onSameSite`: a redirect to another host fails the request, not retried), gzip and
 * deflate read, a size limit held while the body is read, a 2xx body written to `saveTo` when asked.
 * Plain JavaScript because a worker cannot load TypeScript through tsx on Node 20. The same queue
 * runs on the calling thread while the worker is starting.
 *
 * workerData: { mark: WORKER_MARK, rules: Politeness }
 * In:  [{ id, url, saveTo?, conditions?, previousEnd?, notBefore?, sentAway? }]  requests in
 *      order; a conditional request's validators; what the calling thread's own queue knows: when its last
 *      request ended, and what the site said of coming back
 * Out: { ready: true }                                        once, when the worker takes requests
 *      { id, retrying: line }                                 a failed attempt that will be retried
 *      { id, ok: true, url, status, body, validators, attempts }  body: an ArrayBuffer, transferred; url: where
 *                                                             redirects ended; status 304 (empty body) only to a
 *                                                             conditional request; validators: the answer's ETag
 *                                                             and Last-Modified, each null when absent
 *      { id, ok: false, message, status, refused, attempts }  the request failed for good, in one line; refused: the
 *                                                             site's answer will be the same next time (see `isRefusal`)
 */
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import pRetry, { AbortError } from 'p-retry';
import { onSameSite } from '../transcripts/ministry-hosts.mjs';

/** What fetcher.ts gives the worker it starts (a module imported in any other thread stays passive). */
export const WORKER_MARK = 'spox-http-worker';

/**
 * @typedef {object} Politeness
 * @property {number} minIntervalMs least time from the end of one request to the start of the next (retries included)
 * @property {number} timeoutMs per attempt, redirects and body included
 * @property {number} retries further attempts after a network error, a 5xx or a 429 answer
 * @property {number} retryDelayMs first back-off; it doubles with each retry
 * @property {Record<string, string>} headers
 * @property {number} maxBytes
 * @property {number} [maxRedirects]
 * @property {number} [maxRetryAfterMs] the longest `Retry-After` waited out (default 120 s); a longer one ends the requests
 */
/** @typedef {{ etag: string | null, lastModified: string | null }} Validators */
/** @typedef {{ ifNoneMatch?: string, ifModifiedSince?: string }} Conditions */
/** @typedef {{ url: string, status: number, body: Buffer, validators: Validators, attempts: number }} Answer */
/** @typedef {{ name: 'FetchFailure', message: string, status: number | null, refused: boolean, attempts: number }} Failure */

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// TLS and zlib are loaded when first needed: the worker is ready sooner (it starts as the sync does).
const require = createRequire(import.meta.url);
/** @type {{ http: typeof http, https?: typeof import('node:https') }} */
const clients = { http };
/** @type {Partial<Record<'http:' | 'https:', http.Agent>>} */
const agents = {};
/** @param {'http:' | 'https:'} protocol */
function clientFor(protocol) {
  const client = protocol === 'https:' ? (clients.https ??= require('node:https')) : clients.http;
  const agent = (agents[protocol] ??= new client.Agent({ keepAlive: true, maxSockets: 1 }));
  return { client, agent };
}
const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The longest `Retry-After` waited out unless the rules say otherwise. */
const DEFAULT_MAX_RETRY_AFTER_MS = 120_000;

const HTTP_DATE_MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/;

/**
 * How long a `Retry-After` header asks to wait, in ms: delay-seconds or an HTTP date; null when
 * absent or unreadable.
 * @param {string | string[] | undefined} value
 * @param {number} now
 * @returns {number | null}
 */
export function retryAfterMs(value, now = Date.now()) {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date in any of its three forms names a month and a time of day; Date.parse alone takes "1.5".
  if (!HTTP_DATE_MONTH.test(text) || !/\b\d\d:\d\d:\d\d\b/.test(text)) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** An answer whose status ends the attempt: 5xx and 429 are retried, other non-2xx are not. */
class StatusError extends Error {
  /**
   * @param {number} status
   * @param {number | null} retryAfter what the answer's `Retry-After` asks, in ms
   */
  constructor(status, retryAfter = null) {
    super(`HTTP ${status}`);
    this.status = status;
    this.retryAfter = retryAfter;
  }
}
/** Not the site's fault or not worth asking again: a page too large, or one that could not be written. */
class FinalError extends Error {}
/** A FinalError that comes of what the site serves at the URL (a redirect off the site or in a loop, a page too large). */
class RefusalError extends FinalError {}

/**
 * Whether the site refused the page in a way the next run would meet again: a 4xx other than 429, or
 * a RefusalError. Time-outs, network errors, 5xx, 429 and a long Retry-After are not refusals.
 * @param {unknown} err
 */
function isRefusal(err) {
  if (err instanceof StatusError) return err.status >= 400 && err.status < 500 && err.status !== 429;
  return err instanceof RefusalError;
}

/**
 * @param {Buffer} body
 * @param {string | undefined} encoding
 * @returns {Buffer}
 */
function decompress(body, encoding) {
  const name = encoding?.trim().toLowerCase();
  if (name === 'gzip' || name === 'x-gzip') return require('node:zlib').gunzipSync(body);
  if (name === 'deflate') return require('node:zlib').inflateSync(body);
  return body;
}

/**
 * @param {string} url
 * @param {{ headers: Record<string, string>, maxBytes: number, signal: AbortSignal }} options
 * @returns {Promise<{ status: number, headers: http.IncomingHttpHeaders, body: Buffer }>}
 */
function once(url, { headers, maxBytes, signal }) {
  const target = new URL(url);
  if (target.protocol !== 'https:' && target.protocol !== 'http:') return Promise.reject(new FinalError(`not an http(s) URL: ${url}`));
  const { client, agent } = clientFor(target.protocol);
  return new Promise((resolve, reject) => {
    const fail = (/** @type {Error} */ err) => reject(signal.aborted ? signal.reason : err);
    const request = client.get(target, { agent, headers: { ...headers, 'accept-encoding': 'gzip, deflate' }, signal }, (/** @type {http.IncomingMessage} */ response) => {
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status) || status >= 400) {
        response.resume(); // the body is not needed; read it off so the connection is reused
        response.on('end', () => resolve({ status, headers: response.headers, body: Buffer.alloc(0) }));
        response.on('error', fail);
        return;
      }
      const declared = Number(response.headers['content-length'] ?? 0);
      if (declared > maxBytes) {
        response.destroy();
        reject(new RefusalError(`the page is ${declared} bytes, too large to be a transcript`));
        return;
      }
      /** @type {Buffer[]} */
      const chunks = [];
      let bytes = 0;
      response.on('data', (/** @type {Buffer} */ chunk) => {
        bytes += chunk.length;
        if (bytes > maxBytes) {
          response.destroy();
          reject(new RefusalError(`the page is over ${maxBytes} bytes, too large to be a transcript`));
          return;
        }
        chunks.push(chunk);
      });
      response.on('error', fail);
      response.on('end', () => {
        try {
          resolve({ status, headers: response.headers, body: decompress(Buffer.concat(chunks), response.headers['content-encoding']) });
        } catch (err) {
          reject(new Error(`the page's ${response.headers['content-encoding']} encoding is damaged: ${/** @type {Error} */ (err).message}`));
        }
      });
    });
    request.on('error', fail);
  });
}

/**
 * The answer's validators, for a later conditional request.
 * @param {http.IncomingHttpHeaders} headers
 * @returns {Validators}
 */
function validatorsOf(headers) {
  const one = (/** @type {string | string[] | undefined} */ value) => (Array.isArray(value) ? value[0] : value)?.trim() || null;
  return { etag: one(headers.etag), lastModified: one(headers['last-modified']) };
}

/**
 * One attempt: the GET with its redirects, then the body written to `saveTo` when it is a 2xx. With
 * `conditions`, a conditional GET: a 304 is an answer (the page is unchanged), not a failure.
 * @param {string} url
 * @param {string | undefined} saveTo
 * @param {Politeness} rules
 * @param {Conditions} [conditions]
 * @returns {Promise<{ url: string, status: number, body: Buffer, validators: Validators }>}
 */
async function attempt(url, saveTo, rules, conditions = {}) {
  const signal = AbortSignal.timeout(rules.timeoutMs);
  const maxRedirects = rules.maxRedirects ?? 5;
  const headers = { ...rules.headers };
  if (conditions.ifNoneMatch) headers['if-none-match'] = conditions.ifNoneMatch;
  if (conditions.ifModifiedSince) headers['if-modified-since'] = conditions.ifModifiedSince;
  const conditional = headers['if-none-match'] !== undefined || headers['if-modified-since'] !== undefined;
  let current = url;
  for (let hop = 0; ; hop++) {
    const answer = await once(current, { headers, maxBytes: rules.maxBytes, signal });
    const location = answer.headers.location;
    if (REDIRECTS.has(answer.status) && location) {
      if (hop >= maxRedirects) throw new RefusalError(`more than ${maxRedirects} redirects`);
      const next = new URL(location, current);
      // Whatever is there would be filed and cited under the site's URL: not asked for at all.
      if (!onSameSite(next, new URL(url))) {
        const by = current === url ? '' : ` by ${current}`;
        throw new RefusalError(`redirected${by} to ${next.href}, off the site read (${new URL(url).host}): not followed`);
      }
      current = next.href;
      continue;
    }
    if (answer.status === 304 && conditional) return { url: current, status: 304, body: Buffer.alloc(0), validators: validatorsOf(answer.headers) };
    if (answer.status < 200 || answer.status >= 300) throw new StatusError(answer.status, retryAfterMs(answer.headers['retry-after']));
    if (saveTo) {
      try {
        writeFileSync(saveTo, answer.body);
      } catch (err) {
        throw new FinalError(`could not write ${saveTo}: ${/** @type {Error} */ (err).message}`);
      }
    }
    return { url: current, status: answer.status, body: answer.body, validators: validatorsOf(answer.headers) };
  }
}

/**
 * A certificate the site's TLS could not be verified by: asking again will not change it.
 * @param {unknown} err
 */
function isCertificateError(err) {
  const code = /** @type {{ code?: unknown }} */ (err)?.code;
  return typeof code === 'string' && /CERT|SELF_SIGNED|UNABLE_TO_(?:GET|VERIFY)|ERR_TLS_/.test(code);
}

/**
 * What went wrong, in one line.
 * @param {unknown} err
 * @param {number} timeoutMs
 */
function describe(err, timeoutMs) {
  const e = /** @type {Error & { code?: string }} */ (err);
  if (e.name === 'TimeoutError') return `timed out after ${timeoutMs / 1000} s`;
  if (e instanceof StatusError || e instanceof FinalError) return e.message;
  if (isCertificateError(e)) return `the site's TLS certificate was not accepted (${e.code})`;
  return e.code ? `network error (${e.code})` : e.message;
}

export class PoliteQueue {
  /** @param {Politeness} rules */
  constructor(rules) {
    this.rules = rules;
    this.lastEnd = 0;
    /** No request before this time (Date.now()): the site said when to come back. */
    this.notBefore = 0;
    /** Set when the site asked for a longer wait than is waited out: every request ends with it. */
    /** @type {string | null} */
    this.sentAway = null;
    /** @type {Promise<unknown>} */
    this.tail = Promise.resolve();
  }

  /**
   * GETs `url` after every request asked before it; resolves with the answer, or rejects with a
   * Failure once retries are spent (at once on a 4xx, a page too large or one that cannot be written).
   * @param {string} url
   * @param {{ saveTo?: string, conditions?: Conditions, previousEnd?: number, notBefore?: number, sentAway?: string | null, onRetry?: (line: string) => void }} [options]
   *   conditions: the validators of a conditional request; previousEnd, notBefore, sentAway: another queue's state for the same
   *   site (the calling thread's, before the worker took over)
   * @returns {Promise<Answer>}
   */
  get(url, { saveTo, conditions, previousEnd = 0, notBefore = 0, sentAway = null, onRetry } = {}) {
    this.notBefore = Math.max(this.notBefore, notBefore);
    this.sentAway ??= sentAway;
    const next = this.tail.then(() => this.withRetries(url, saveTo, previousEnd, onRetry, conditions));
    this.tail = next.catch(() => undefined);
    return next;
  }

  /**
   * @param {string} url
   * @param {string | undefined} saveTo
   * @param {number} previousEnd a request sent elsewhere ended then: spaced from it too
   * @param {((line: string) => void) | undefined} onRetry
   * @param {Conditions} [conditions]
   * @returns {Promise<Answer>}
   */
  async withRetries(url, saveTo, previousEnd, onRetry, conditions) {
    const { rules } = this;
    this.lastEnd = Math.max(this.lastEnd, previousEnd);
    const maxRetryAfter = rules.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
    let attempts = 0;
    const run = async () => {
      if (this.sentAway) throw new AbortError(new FinalError(this.sentAway));
      const wait = Math.max(this.lastEnd + rules.minIntervalMs, this.notBefore) - Date.now();
      if (wait > 0) await sleep(wait);
      attempts++;
      try {
        return await attempt(url, saveTo, rules, conditions);
      } catch (err) {
        if (err instanceof StatusError && err.retryAfter !== null) {
          if (err.retryAfter > maxRetryAfter) {
            this.sentAway = `HTTP ${err.status}: the site asked to wait ${Math.ceil(err.retryAfter / 1000)} s (Retry-After), longer than the ${maxRetryAfter / 1000} s waited out, so this run asks for nothing more`;
            throw new AbortError(new FinalError(this.sentAway));
          }
          this.notBefore = Date.now() + err.retryAfter;
        }
        const retried = err instanceof StatusError ? err.status >= 500 || err.status === 429 : !(err instanceof FinalError) && !isCertificateError(err);
        throw retried ? err : new AbortError(/** @type {Error} */ (err));
      } finally {
        // Spaced from the end, not the start: the site sees the gap whatever the time in transit.
        this.lastEnd = Date.now();
      }
    };
    try {
      const answer = await pRetry(run, {
        retries: rules.retries,
        minTimeout: rules.retryDelayMs,
        factor: 2,
        randomize: false,
        onFailedAttempt: (error) => {
          if (error.retriesLeft > 0) onRetry?.(`${url}: ${describe(error, rules.timeoutMs)}; retrying (attempt ${error.attemptNumber + 1} of ${rules.retries + 1})`);
        },
      });
      return { ...answer, attempts };
    } catch (err) {
      const tries = attempts > 1 ? ` (after ${attempts} attempts)` : '';
      /** @type {Failure} */
      const failure = {
        name: 'FetchFailure', message: `${describe(err, rules.timeoutMs)}${tries}`, status: err instanceof StatusError ? err.status : null, refused: isRefusal(err), attempts,
      };
      throw failure;
    }
  }
}

/**
 * A body of its own (not a slice of Node's shared pool), so that it can be transferred.
 * @param {Buffer} body
 * @returns {ArrayBuffer}
 */
function ownBuffer(body) {
  if (body.byteOffset === 0 && body.byteLength === body.buffer.byteLength && body.buffer instanceof ArrayBuffer) return body.buffer;
  const copy = new Uint8Array(body.byteLength);
  copy.set(body);
  return copy.buffer;
}

if (workerData?.mark === WORKER_MARK && parentPort) {
  const port = parentPort;
  const queue = new PoliteQueue(workerData.rules);
  /** @typedef {{ id: number, url: string, saveTo?: string, conditions?: Conditions, previousEnd?: number, notBefore?: number, sentAway?: string | null }} WorkerAsk */
  const take = (/** @type {WorkerAsk} */ ask) => {
    const onRetry = (/** @type {string} */ line) => port.postMessage({ id: ask.id, retrying: line });
    queue.get(ask.url, { saveTo: ask.saveTo, conditions: ask.conditions, previousEnd: ask.previousEnd, notBefore: ask.notBefore, sentAway: ask.sentAway, onRetry }).then(
      (answer) => {
        const body = ownBuffer(answer.body);
        port.postMessage({ id: ask.id, ok: true, url: answer.url, status: answer.status, body, validators: answer.validators, attempts: answer.attempts }, [body]);
      },
      (/** @type {Failure} */ failure) => {
        port.postMessage({ id: ask.id, ok: false, message: failure.message, status: failure.status, refused: failure.refused, attempts: failure.attempts });
      },
    );
  };
  port.on('message', (/** @type {WorkerAsk[]} */ asks) => {
    for (const ask of asks) take(ask);
  });
  port.postMessage({ ready: true });
}
