// @ts-check
/**
 * The sync's HTTP client, run in a worker thread (http-get.ts starts it), so that sending requests,
 * reading answers and writing pages to disk never take the thread that parses the pages: one GET
 * over node:http(s) with a keep-alive agent per protocol, redirects followed, gzip and deflate read,
 * a size limit held while the body is read, and a 2xx body written to `saveTo` when asked. Plain
 * JavaScript because a worker cannot load TypeScript through tsx on Node 20. `getAndSave` also runs
 * on the calling thread while the worker is starting.
 *
 * In:  { id, url, headers, timeoutMs, maxBytes, maxRedirects, saveTo? }   the time-out covers redirects and body
 * Out: { ready: true }                                               once, when the worker takes requests
 *      { id, ok: true, url, status, headers, body }                  body: an ArrayBuffer, transferred
 *      { id, ok: false, error: { name, message, code } }              name 'TimeoutError' when it timed out
 */
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { parentPort, workerData } from 'node:worker_threads';
import { gunzipSync, inflateSync } from 'node:zlib';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 1 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 1 }),
};
/** @param {string} message */
const tooLarge = (message) => Object.assign(new Error(message), { name: 'TooLargeError' });

/**
 * @param {Buffer} body
 * @param {string | undefined} encoding
 * @returns {Buffer}
 */
function decompress(body, encoding) {
  const name = encoding?.trim().toLowerCase();
  if (name === 'gzip' || name === 'x-gzip') return gunzipSync(body);
  if (name === 'deflate') return inflateSync(body);
  return body;
}

/**
 * @typedef {{ url: string, status: number, headers: http.IncomingHttpHeaders, body: Buffer }} Answer
 * @param {string} url
 * @param {{ headers: Record<string, string>, maxBytes: number, signal: AbortSignal }} options
 * @returns {Promise<Answer>}
 */
function once(url, { headers, maxBytes, signal }) {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : target.protocol === 'http:' ? http : null;
  if (!client) return Promise.reject(new Error(`not an http(s) URL: ${url}`));
  const agent = agents[/** @type {'http:' | 'https:'} */ (target.protocol)];
  return new Promise((resolve, reject) => {
    const fail = (/** @type {Error} */ err) => reject(signal.aborted ? signal.reason : err);
    const request = client.get(target, { agent, headers: { ...headers, 'accept-encoding': 'gzip, deflate' }, signal }, (response) => {
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status) || status >= 400) {
        response.resume(); // the body is not needed; read it off so the connection is reused
        response.on('end', () => resolve({ url, status, headers: response.headers, body: Buffer.alloc(0) }));
        response.on('error', fail);
        return;
      }
      const declared = Number(response.headers['content-length'] ?? 0);
      if (declared > maxBytes) {
        response.destroy();
        reject(tooLarge(`the page is ${declared} bytes, too large to be a transcript`));
        return;
      }
      /** @type {Buffer[]} */
      const chunks = [];
      let bytes = 0;
      response.on('data', (/** @type {Buffer} */ chunk) => {
        bytes += chunk.length;
        if (bytes > maxBytes) {
          response.destroy();
          reject(tooLarge(`the page is over ${maxBytes} bytes, too large to be a transcript`));
          return;
        }
        chunks.push(chunk);
      });
      response.on('error', fail);
      response.on('end', () => {
        try {
          resolve({ url, status, headers: response.headers, body: decompress(Buffer.concat(chunks), response.headers['content-encoding']) });
        } catch (err) {
          reject(new Error(`the page's ${response.headers['content-encoding']} encoding is damaged: ${/** @type {Error} */ (err).message}`));
        }
      });
    });
    request.on('error', fail);
  });
}

/**
 * @param {{ url: string, headers: Record<string, string>, maxBytes: number, maxRedirects: number }} ask
 * @param {AbortSignal} signal
 * @returns {Promise<Answer>}
 */
async function get({ url, headers, maxBytes, maxRedirects }, signal) {
  let current = url;
  for (let hop = 0; ; hop++) {
    const answer = await once(current, { headers, maxBytes, signal });
    const location = answer.headers.location;
    if (!REDIRECTS.has(answer.status) || !location) return answer;
    if (hop >= maxRedirects) throw new Error(`more than ${maxRedirects} redirects`);
    current = new URL(location, current).href;
  }
}

/**
 * @typedef {{ url: string, headers: Record<string, string>, timeoutMs: number, maxBytes: number, maxRedirects: number, saveTo?: string }} Ask
 * @param {Ask} ask
 * @returns {Promise<Answer>}
 */
export async function getAndSave(ask) {
  const answer = await get(ask, AbortSignal.timeout(ask.timeoutMs));
  if (ask.saveTo && answer.status >= 200 && answer.status < 300) {
    try {
      writeFileSync(ask.saveTo, answer.body);
    } catch (err) {
      // Not the site's fault: named as what it is, and not retried (http-get.ts).
      throw Object.assign(new Error(`could not write ${ask.saveTo}: ${/** @type {Error} */ (err).message}`), { name: 'SaveError' });
    }
  }
  return answer;
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

/** What http-get.ts gives the worker it starts (a module imported in any other thread stays passive). */
export const WORKER_MARK = 'spox-http-worker';

if (workerData === WORKER_MARK && parentPort) {
  const port = parentPort;
  port.on('message', (/** @type {any} */ message) => {
    getAndSave(message).then(
      (answer) => {
        const body = ownBuffer(answer.body);
        port.postMessage({ id: message.id, ok: true, url: answer.url, status: answer.status, headers: answer.headers, body }, [body]);
      },
      (/** @type {Error & { code?: string }} */ err) => {
        port.postMessage({ id: message.id, ok: false, error: { name: err.name, message: err.message, code: err.code } });
      },
    );
  });
  port.postMessage({ ready: true });
}
