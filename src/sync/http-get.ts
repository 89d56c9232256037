import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { gunzipSync, inflateSync } from 'node:zlib';

/**
 * One GET over node:http(s) with a keep-alive agent per protocol. Node's global `fetch` (undici)
 * costs about four times the CPU of a request on loopback and 50 ms to load, which made a sync of
 * 100 pages cost a fifth of their parsing and indexing; this client does what the sync needs only.
 */
export interface HttpAnswer {
  /** Where the redirects ended. */
  url: string;
  status: number;
  headers: IncomingMessage['headers'];
  body: Uint8Array;
}

/** The body grew past the limit the caller set. */
export class TooLargeError extends Error {
  override name = 'TooLargeError';
}

export interface HttpGetOptions {
  headers: Record<string, string>;
  /** Ends the request, redirects and body included. */
  signal: AbortSignal;
  maxBytes: number;
  maxRedirects?: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export class HttpClient {
  private readonly agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: 1 }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: 1 }),
  };

  async get(url: string, options: HttpGetOptions): Promise<HttpAnswer> {
    let current = url;
    for (let hop = 0; ; hop++) {
      const answer = await this.once(current, options);
      const location = answer.headers.location;
      if (!REDIRECTS.has(answer.status) || !location) return answer;
      if (hop >= (options.maxRedirects ?? 5)) throw new Error(`more than ${options.maxRedirects ?? 5} redirects`);
      current = new URL(location, current).href;
    }
  }

  /** Closes the kept-alive connections. */
  close(): void {
    for (const agent of Object.values(this.agents)) agent.destroy();
  }

  private once(url: string, { headers, signal, maxBytes }: HttpGetOptions): Promise<HttpAnswer> {
    const target = new URL(url);
    const module = target.protocol === 'https:' ? https : target.protocol === 'http:' ? http : null;
    if (!module) return Promise.reject(new Error(`not an http(s) URL: ${url}`));
    return new Promise((resolve, reject) => {
      const fail = (err: Error): void => reject(signal.aborted ? timeoutError(signal) : err);
      const request = module.get(target, { agent: this.agents[target.protocol as 'http:'], headers: { ...headers, 'accept-encoding': 'gzip, deflate' }, signal }, (response) => {
        const status = response.statusCode ?? 0;
        if (REDIRECTS.has(status) || status >= 400) {
          response.resume(); // the body is not needed; read it off so the connection is reused
          response.on('end', () => resolve({ url, status, headers: response.headers, body: new Uint8Array() }));
          response.on('error', fail);
          return;
        }
        const declared = Number(response.headers['content-length'] ?? 0);
        if (declared > maxBytes) {
          response.destroy();
          reject(new TooLargeError(`the page is ${declared} bytes, too large to be a transcript`));
          return;
        }
        const chunks: Buffer[] = [];
        let bytes = 0;
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (bytes > maxBytes) {
            response.destroy();
            reject(new TooLargeError(`the page is over ${maxBytes} bytes, too large to be a transcript`));
            return;
          }
          chunks.push(chunk);
        });
        response.on('error', fail);
        response.on('end', () => {
          try {
            resolve({ url, status, headers: response.headers, body: decompress(Buffer.concat(chunks), response.headers['content-encoding']) });
          } catch (err) {
            reject(new Error(`the page's ${response.headers['content-encoding']} encoding is damaged: ${(err as Error).message}`));
          }
        });
      });
      request.on('error', fail);
    });
  }
}

function decompress(body: Buffer, encoding: string | undefined): Uint8Array {
  const name = encoding?.trim().toLowerCase();
  if (name === 'gzip' || name === 'x-gzip') return gunzipSync(body);
  if (name === 'deflate') return inflateSync(body);
  return body;
}

function timeoutError(signal: AbortSignal): Error {
  const reason = signal.reason as Error | undefined;
  return reason instanceof Error ? reason : Object.assign(new Error('timed out'), { name: 'TimeoutError' });
}
