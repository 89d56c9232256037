import { env } from '@xenova/transformers';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { loadEmbedder } from '../../src/embed/embedder.js';

const cacheDir = mkdtempSync(path.join(tmpdir(), 'spox-empty-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe('loadEmbedder when the model cannot be had', () => {
  it('offline with an empty cache: says so, and never touches the network', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const lines: string[] = [];
    const load = await loadEmbedder({ model: 'Xenova/all-MiniLM-L6-v2', cacheDir, offline: true }, (l) => lines.push(l));
    expect(load.ok).toBe(false);
    if (load.ok) return;
    expect(load.reason).toMatch(/SPOX_OFFLINE/);
    expect(load.reason).toContain('Xenova/all-MiniLM-L6-v2');
    expect(load.reason).not.toContain('\n');
    expect(load.hint).toMatch(/download Xenova\/all-MiniLM-L6-v2 \(~23 MB\) into .*, or set SPOX_MODEL to a local model folder/);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(lines).toEqual([]);
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it('online without a network: reports the failed download instead of throwing, promptly', async () => {
    const started = Date.now();
    // Every fetch fails the way it does without a network (DNS lookup refused).
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(() =>
      Promise.reject(new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND huggingface.co') })),
    );
    const load = await loadEmbedder({ model: 'Xenova/no-such-model', cacheDir, offline: false });
    expect(fetchSpy).toHaveBeenCalled();
    expect(load).toMatchObject({ ok: false, reason: expect.stringMatching(/could not download Xenova\/no-such-model: fetch failed \(getaddrinfo ENOTFOUND/) });
    if (!load.ok) expect(load.hint).toMatch(/connect once to download Xenova\/no-such-model into/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('online, with the real fetch refused: fails cleanly', async () => {
    // A loopback port nobody listens on stands in for an unreachable hub.
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const remoteHost = env.remoteHost;
    env.remoteHost = `http://127.0.0.1:${port}/`;
    try {
      const load = await loadEmbedder({ model: 'Xenova/no-such-model', cacheDir, offline: false });
      expect(load).toMatchObject({ ok: false, reason: expect.stringMatching(/^could not download Xenova\/no-such-model: fetch failed \(.*ECONNREFUSED/) });
    } finally {
      env.remoteHost = remoteHost;
    }
  });

  it('a local folder that does not exist', async () => {
    const load = await loadEmbedder({ model: './test/fixtures/no-such-model', cacheDir, offline: false });
    expect(load).toMatchObject({ ok: false, reason: expect.stringMatching(/model folder .*no-such-model does not exist/) });
  });

  it('a local folder that is not a model', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const load = await loadEmbedder({ model: './test/embed', cacheDir, offline: false });
    expect(load).toMatchObject({ ok: false, reason: expect.stringMatching(/^model folder test\/embed has no \S+\.json$/) });
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
