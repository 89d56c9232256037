import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIndex } from '../../src/store/build.js';
import { ENGLISH_SEEDS } from '../seed-sources.js';

/** Builds a lexical-only index of the bundled transcripts in a temp folder; returns it and its cleanup. */
export async function buildSeedIndex(prefix: string): Promise<{ dir: string; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  await buildIndex({ sources: ENGLISH_SEEDS, indexDir: dir, embedder: null }); // the Chinese pages: test/search/chinese.test.ts
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
