import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** A Web API call or a response-URL message the app sent, as the fake received it. */
export interface Received {
  /** `chat.postMessage`, …, or `respond` for a message to a response URL. */
  method: string;
  /** For `respond`: which response URL (the part after /respond/). */
  target?: string;
  body: Record<string, unknown>;
  /** The Authorization header of a Web API call (which token the app used). */
  authorization?: string;
  at: number;
}

/** A file's bytes as POSTed to the upload URL `files.getUploadURLExternal` handed out. */
export interface Uploaded {
  fileId: string;
  /** The multipart field's bytes (the Web API client sends the file as the form field `body`). */
  bytes: Buffer;
  at: number;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The file field of a multipart/form-data body, read as fetch's own Request reads it. */
async function multipartFile(bytes: Buffer, type: string | undefined): Promise<Buffer> {
  const form = await new Request('http://127.0.0.1/', { method: 'POST', headers: { 'content-type': type ?? '' }, body: new Uint8Array(bytes) }).formData();
  const file = form.get('body');
  if (!(file instanceof Blob)) throw new Error('no file field "body" in the upload');
  return Buffer.from(await file.arrayBuffer());
}

/** A Web API body: JSON, or form fields whose values may themselves be JSON (blocks, view). */
function parseBody(text: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes('application/json')) return JSON.parse(text) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    try {
      out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    } catch {
      out[key] = value;
    }
  }
  return out;
}

/**
 * The Slack side on loopback: the Web API at `/api/METHOD` (every call recorded; answers can be
 * set per method), and response URLs at `/respond/ID`, recording what Bolt sends there.
 */
export class FakeSlack {
  readonly received: Received[] = [];
  /** The files POSTed to upload URLs, in order. */
  readonly uploads: Uploaded[] = [];
  private uploadFailures = 0;
  private fileIds = 0;
  private readonly answers = new Map<string, Record<string, unknown>>();
  private readonly failures = new Map<string, number>();
  private server: Server | null = null;
  private port = 0;
  private sockets: WebSocketServer | null = null;
  /** Socket Mode: the app's open connection, and what it sent over it (acks, by envelope id). */
  socket: WebSocket | null = null;
  readonly socketAcks = new Map<string, Record<string, unknown>>();
  /** How each Socket Mode connection ended: the close code the app sent. */
  readonly socketCloses: number[] = [];

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void readBody(req).then(async (bytes) => {
        const text = bytes.toString('utf8');
        const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
        const upload = /^\/upload\/(F\w+)$/.exec(path);
        if (upload) {
          if (this.uploadFailures > 0) {
            this.uploadFailures--;
            res.writeHead(500).end();
            return;
          }
          this.uploads.push({ fileId: upload[1]!, bytes: await multipartFile(bytes, req.headers['content-type']), at: Date.now() });
          res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${bytes.length}`);
          return;
        }
        const respond = /^\/respond\/([\w-]+)$/.exec(path);
        if (respond) {
          const left = this.failures.get(respond[1]!) ?? 0;
          if (left > 0) {
            this.failures.set(respond[1]!, left - 1);
            res.writeHead(500).end();
            return;
          }
          this.received.push({ method: 'respond', target: respond[1]!, body: JSON.parse(text) as Record<string, unknown>, at: Date.now() });
          res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
          return;
        }
        const api = /^\/api\/([\w.]+)$/.exec(path);
        if (!api) {
          res.writeHead(404).end();
          return;
        }
        const method = api[1]!;
        this.received.push({ method, body: parseBody(text, req.headers['content-type']), authorization: req.headers.authorization ?? '', at: Date.now() });
        const answer = this.answers.get(method) ?? this.defaultAnswer(method, this.received.at(-1)!.body);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    // Socket Mode: apps.connections.open hands out this URL; Slack greets with "hello", then sends envelopes.
    this.answers.set('apps.connections.open', { ok: true, url: `ws://127.0.0.1:${this.port}/socket` });
    this.sockets = new WebSocketServer({ server: this.server, path: '/socket' });
    this.sockets.on('connection', (socket) => {
      this.socket = socket;
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { envelope_id: string; payload?: Record<string, unknown> };
        this.socketAcks.set(message.envelope_id, message.payload ?? {});
      });
      socket.on('close', (code) => this.socketCloses.push(code));
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0SPOX' } }));
    });
  }

  /**
   * What a Web API method answers unless told otherwise: `auth.test` names the bot; the two upload
   * methods work as Slack's do, `files.getUploadURLExternal` handing out an upload URL on this server.
   */
  private defaultAnswer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    if (method === 'auth.test') return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0001' };
    if (method === 'files.getUploadURLExternal') {
      const fileId = `F${String(++this.fileIds).padStart(6, '0')}`;
      return { ok: true, upload_url: `http://127.0.0.1:${this.port}/upload/${fileId}`, file_id: fileId };
    }
    if (method === 'files.completeUploadExternal') return { ok: true, files: body.files };
    return { ok: true };
  }

  /** The next `count` POSTs to an upload URL fail with HTTP 500. */
  failUploads(count: number): void {
    this.uploadFailures = count;
  }

  /** Socket Mode: sends an envelope (`slash_commands`, `interactive`, `events_api`) to the connected app. */
  sendEnvelope(envelopeId: string, type: string, payload: Record<string, unknown>): void {
    if (!this.socket) throw new Error('no Socket Mode connection');
    this.socket.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api' }));
  }

  /** The Web API base URL for `SLACK_API_URL`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A response URL for a payload; what is sent there is recorded under `id`. */
  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/respond/${id}`;
  }

  /** Makes a Web API method answer this from now on (e.g. `{ ok: false, error: 'not_in_channel' }`); null: as by default again. */
  answer(method: string, body: Record<string, unknown> | null): void {
    if (body) this.answers.set(method, body);
    else this.answers.delete(method);
  }

  /** The next `count` messages to this response URL fail with HTTP 500 (an expired or broken URL). */
  failNext(target: string, count: number): void {
    this.failures.set(target, count);
  }

  responses(target: string): Record<string, unknown>[] {
    return this.received.filter((r) => r.method === 'respond' && r.target === target).map((r) => r.body);
  }

  calls(method: string): Record<string, unknown>[] {
    return this.received.filter((r) => r.method === method).map((r) => r.body);
  }

  async close(): Promise<void> {
    for (const client of this.sockets?.clients ?? []) client.terminate();
    this.sockets?.close();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** Slack's request signature: `v0=` HMAC-SHA256 of `v0:TIMESTAMP:BODY` with the signing secret. */
export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SentRequest {
  status: number;
  body: string;
  /** When the app's HTTP answer (the ack) arrived. */
  at: number;
}

/** POSTs a body to the app as Slack would: signed with `secret` at `timestamp` unless told otherwise. */
export async function postToApp(
  url: string,
  body: string,
  contentType: string,
  sign: { secret: string; timestamp?: number } | null,
): Promise<SentRequest> {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (sign) {
    const timestamp = sign.timestamp ?? Math.floor(Date.now() / 1000);
    headers['x-slack-request-timestamp'] = String(timestamp);
    headers['x-slack-signature'] = signature(sign.secret, timestamp, body);
  }
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, body: await response.text(), at: Date.now() };
}

/** Waits (bounded) until `check` returns a value; fails with `what` otherwise. */
export async function waitFor<T>(what: string, check: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
