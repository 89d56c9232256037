import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { message } from './raw-interactions.js';

/** One request discord.js sent, as the fake API received it. */
export interface RecordedRequest {
  method: string;
  /** Decoded path without the query string, e.g. `/api/v10/webhooks/1/tok/messages/@original`. */
  path: string;
  query: string;
  headers: IncomingMessage['headers'];
  body: any;
  /** Files sent as multipart/form-data (attachments), with their bytes. */
  files: { field: string; filename: string; contentType: string; data: Buffer }[];
}

/** Splits a multipart/form-data body into its JSON payload and its files. */
function parseMultipart(raw: Buffer, contentType: string): { body: any; files: RecordedRequest['files'] } {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const marker = Buffer.from(`--${boundary?.[1] ?? boundary?.[2] ?? ''}`);
  const files: RecordedRequest['files'] = [];
  let body: any = null;
  let at = raw.indexOf(marker);
  while (at >= 0) {
    const next = raw.indexOf(marker, at + marker.length);
    if (next < 0) break;
    const part = raw.subarray(at + marker.length + 2, next - 2); // skip CRLF after the marker and before the next
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    const data = part.subarray(split + 4);
    const field = /name="([^"]*)"/.exec(head)?.[1] ?? '';
    const filename = /filename="([^"]*)"/.exec(head)?.[1];
    if (field === 'payload_json') body = JSON.parse(data.toString('utf8'));
    else if (filename !== undefined) files.push({ field, filename, contentType: /content-type:\s*(\S+)/i.exec(head)?.[1] ?? '', data: Buffer.from(data) });
    at = next;
  }
  return { body, files };
}

/** Bounds: the fake API refuses big bodies and keeps only the latest requests. */
const MAX_BODY_BYTES = 1_000_000;
const MAX_RECORDED = 500;

/** A plausible message object, as Discord returns it for a webhook edit or follow-up. */
function messageJson(body: any, id: string): object {
  return message({ id, content: body?.content, embeds: body?.embeds, components: body?.components, flags: body?.flags });
}

/**
 * Discord's HTTP API, faked on loopback: interaction callbacks answer 204, webhook edits and
 * follow-ups answer with a message, command registration echoes the commands. Everything is recorded.
 */
export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  private server: Server | undefined;
  private nextId = 500000000000000000n;
  /** Scripted answers, tried before the routes: the first that matches and has times left. */
  private readonly scripted: { method: string; path: RegExp; status: number; body: unknown; times: number }[] = [];

  get api(): string {
    const address = this.server?.address() as AddressInfo | null | undefined;
    if (!address) throw new Error('fake Discord is not listening');
    return `http://127.0.0.1:${address.port}/api`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.serve(req, res));
    this.server.maxConnections = 32;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    this.server = undefined;
  }

  /** Forget what was recorded and scripted (between tests). */
  clear(): void {
    this.requests.length = 0;
    this.scripted.length = 0;
  }

  /** Answers `times` requests matching method and path with this status and JSON body (e.g. 503, or 401 for a bad token). */
  answer(method: string, path: RegExp, status: number, body: unknown, times = Infinity): void {
    this.scripted.push({ method, path, status, body, times });
  }

  /** The requests one interaction caused, found by its token in the path. */
  requestsFor(interaction: { token: string }): RecordedRequest[] {
    return this.requests.filter((r) => r.path.includes(`/${interaction.token}`));
  }

  /** Requests whose path ends with the suffix (or matches the pattern). */
  find(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        res.writeHead(413).end();
        return;
      }
      chunks.push(chunk);
    }
    const raw = Buffer.concat(chunks);
    const [rawPath = '', query = ''] = (req.url ?? '').split('?');
    const path = decodeURIComponent(rawPath); // discord.js sends `@original` as `%40original`
    const contentType = req.headers['content-type'] ?? '';
    const { body, files } = contentType.startsWith('multipart/form-data')
      ? parseMultipart(raw, contentType)
      : { body: raw.length ? JSON.parse(raw.toString('utf8')) : null, files: [] };
    this.requests.push({ method: req.method ?? '', path, query, headers: req.headers, body, files });
    if (this.requests.length > MAX_RECORDED) this.requests.shift();

    const json = (status: number, payload: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
    };
    const scripted = this.scripted.find((a) => a.times > 0 && a.method === req.method && a.path.test(path));
    if (scripted) {
      scripted.times--;
      json(scripted.status, scripted.body);
    } else if (req.method === 'POST' && /^\/api\/v10\/interactions\/[^/]+\/[^/]+\/callback$/.test(path)) {
      res.writeHead(204).end();
    } else if (req.method === 'PATCH' && /^\/api\/v10\/webhooks\/[^/]+\/[^/]+\/messages\/[^/]+$/.test(path)) {
      json(200, messageJson(body, String(this.nextId++)));
    } else if (req.method === 'DELETE' && /^\/api\/v10\/webhooks\/[^/]+\/[^/]+\/messages\/[^/]+$/.test(path)) {
      res.writeHead(204).end();
    } else if (req.method === 'POST' && /^\/api\/v10\/webhooks\/[^/]+\/[^/]+$/.test(path)) {
      json(200, messageJson(body, String(this.nextId++)));
    } else if (req.method === 'POST' && /^\/api\/v10\/channels\/\d+\/messages$/.test(path)) {
      json(200, messageJson(body, String(this.nextId++)));
    } else if (req.method === 'PUT' && /^\/api\/v10\/applications\/[^/]+(\/guilds\/[^/]+)?\/commands$/.test(path)) {
      json(200, (body as object[]).map((c, i) => ({ ...c, id: String(this.nextId + BigInt(i)), version: '1' })));
    } else {
      json(404, { message: 'Unknown route', code: 0 });
    }
  }
}
