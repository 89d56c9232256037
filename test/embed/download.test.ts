import { env } from '@xenova/transformers';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEmbedder } from '../../src/embed/embedder.js';
import { TINY_DIMENSION } from '../../scripts/make-tiny-model.js';

const FIXTURE = path.resolve('test/fixtures/tiny-model');
const MODEL = 'spox/tiny-model';

/** A stand-in for the hub on loopback: serves the tiny model at /spox/tiny-model/resolve/main/<file>. */
function serveTinyModel(requests: string[]): Promise<Server> {
  const server = createServer((req, res) => {
    const url = req.url ?? '';
    requests.push(url);
    const prefix = `/${MODEL}/resolve/main/`;
    const file = path.join(FIXTURE, decodeURIComponent(url.slice(prefix.length)));
    if (!url.startsWith(prefix) || !file.startsWith(FIXTURE) || !existsSync(file)) {
      res.writeHead(404).end('Entry not found');
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, { 'Content-Length': body.length }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('loadEmbedder downloading a hub model once', () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'spox-download-cache-'));
  const requests: string[] = [];
  let server: Server;
  const remoteHost = env.remoteHost;

  beforeAll(async () => {
    server = await serveTinyModel(requests);
    env.remoteHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    env.remoteHost = remoteHost;
    await new Promise((resolve) => server.close(resolve));
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('downloads into the cache, saying what and how big', async () => {
    const lines: string[] = [];
    const load = await loadEmbedder({ model: MODEL, cacheDir, offline: false }, (l) => lines.push(l));
    expect(load.ok).toBe(true);
    if (!load.ok) return;
    expect(load.embedder.dimension).toBe(TINY_DIMENSION);
    expect(lines[0]).toBe(`${MODEL} is not cached yet: downloading it once`);
    expect(lines).toContain(`downloaded ${MODEL}/onnx/model_quantized.onnx (28 KB)`);
    expect(lines).toContain(`downloaded ${MODEL}/config.json (1 KB)`);
    const cached = readFileSync(path.join(cacheDir, MODEL, 'onnx/model_quantized.onnx'));
    expect(cached.equals(readFileSync(path.join(FIXTURE, 'onnx/model_quantized.onnx')))).toBe(true);
  });

  it('then loads from the cache quietly, without a request', async () => {
    const before = requests.length;
    const lines: string[] = [];
    const load = await loadEmbedder({ model: MODEL, cacheDir, offline: false }, (l) => lines.push(l));
    expect(load.ok).toBe(true);
    expect(lines).toEqual([]);
    expect(requests.slice(before)).toEqual([]);
  });

  it('and offline from the cache', async () => {
    const before = requests.length;
    const load = await loadEmbedder({ model: MODEL, cacheDir, offline: true });
    expect(load.ok).toBe(true);
    if (!load.ok) return;
    const [vector] = await load.embedder.embed(['the people of china']);
    expect(vector?.length).toBe(TINY_DIMENSION);
    expect(requests.slice(before)).toEqual([]);
  });

  it('a model the hub does not have is a clean failure', async () => {
    const load = await loadEmbedder({ model: 'spox/missing-model', cacheDir, offline: false });
    expect(load).toMatchObject({ ok: false, reason: expect.stringMatching(/^no model spox\/missing-model could be downloaded: Could not locate file/) });
    if (!load.ok) expect(load.hint).toMatch(/check SPOX_MODEL/);
  });
});
