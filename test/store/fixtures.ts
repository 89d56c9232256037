import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEmbedder, type Embedder } from '../../src/embed/embedder.js';
import { currentGeneration } from '../../src/store/layout.js';
import { readRecordStore } from '../../src/store/records-file.js';
import { VectorStore } from '../../src/store/vectors.js';

export const TINY_MODEL = 'test/fixtures/tiny-model';
const SEED_PAGES = 'seeds/mfa-en';

export async function tinyEmbedder(model = TINY_MODEL): Promise<Embedder> {
  const load = await loadEmbedder({ model, cacheDir: '.cache/unused', offline: true });
  if (!load.ok) throw new Error(`tiny model did not load: ${load.reason}`);
  return load.embedder;
}

/** A temp workspace: `sources/` holding the first `pages` bundled pages and the manifest, and `index/`. */
export function workspace(pages: number): { root: string; sources: string; indexDir: string; addPage: (i: number) => string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'spox-store-'));
  const sources = join(root, 'sources');
  mkdirSync(sources);
  copyFileSync(join(SEED_PAGES, 'MANIFEST.tsv'), join(sources, 'MANIFEST.tsv'));
  const all = readdirSync(SEED_PAGES).filter((f) => f.endsWith('.shtml')).sort();
  const addPage = (i: number): string => {
    copyFileSync(join(SEED_PAGES, all[i]!), join(sources, all[i]!));
    return all[i]!;
  };
  for (let i = 0; i < pages; i++) addPage(i);
  return { root, sources, indexDir: join(root, 'index'), addPage, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** What a reader of the committed index sees: its record ids, and the record ids and ids of its vectors. */
export async function indexContents(indexDir: string): Promise<{ records: string[]; chunkRecords: Set<string>; chunkIds: string[] }> {
  const generation = currentGeneration(indexDir)!;
  const records = readRecordStore(generation).records.map((r) => r.id);
  const store = await VectorStore.open(generation);
  const chunks = store?.chunks() ?? [];
  return { records, chunkRecords: new Set(chunks.map((c) => c.metadata.record)), chunkIds: chunks.map((c) => c.id) };
}
