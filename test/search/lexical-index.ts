import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIndex } from '../../src/store/build.js';

/** Builds a lexical-only index of the bundled transcripts in a temp folder; returns it and its cleanup. */
export async function buildSeedIndex(prefix: string): Promise<{ dir: string; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  await buildIndex({ sources: ['seeds'], indexDir: dir, embedder: null });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
