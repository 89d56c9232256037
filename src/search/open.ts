import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Embedder } from '../embed/embedder.js';
import type { IndexManifest } from '../store/index-manifest.js';
import { currentGeneration, MANIFEST_FILE } from '../store/layout.js';
import { openRecordStore } from '../store/records-file.js';
import { VectorStore } from '../store/vectors.js';
import { SearchEngine, type EngineParts } from './engine.js';
import { CHINESE_FILES, readLexicalIndex } from './lexical-file.js';
import type { LexicalIndex } from './lexical.js';

export class IndexMissingError extends Error {
  override name = 'IndexMissingError';
  constructor(indexDir: string) {
    super(`no index in ${indexDir}/: run \`npm run index\` to build it from seeds/`);
  }
}

export interface OpenOptions {
  /** The query embedder; null (or a model other than the index's) means lexical mode. */
  embedder: Embedder | null;
  /** Says why the index opens in lexical mode although it has vectors. */
  log?: (line: string) => void;
  fusion?: EngineParts['fusion'];
  /** The sync's data folder (to tell synced sources apart); default `data`. */
  dataDir?: string;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Loads the committed index generation into memory, once. */
export async function openSearch(indexDir: string, options: OpenOptions): Promise<SearchEngine> {
  const generation = currentGeneration(indexDir);
  if (!generation) throw new IndexMissingError(indexDir);
  const manifest = readJson<IndexManifest>(join(generation, MANIFEST_FILE));
  const { records, briefings } = openRecordStore(generation);
  // Each lexical index knows its records (the English and the Chinese ones, in store order), so a search filters them by document number.
  const lexical = readLexicalIndex(generation);
  lexical.useRecords(records.filter((r) => r.lang !== 'zh'));
  const chineseLexical = existsSync(join(generation, CHINESE_FILES.header))
    ? (): LexicalIndex => {
      const index = readLexicalIndex(generation, CHINESE_FILES);
      index.useRecords(records.filter((r) => r.lang === 'zh'));
      return index;
    }
    : undefined;

  let embedder = options.embedder;
  if (embedder && manifest.model !== embedder.model) {
    options.log?.(
      manifest.model
        ? `the index's vectors are from ${manifest.model}, not ${embedder.model}: lexical search only until \`npm run index\` re-embeds`
        : 'the index has no vectors yet: lexical search only until `npm run index` runs with the model available',
    );
    embedder = null;
  }
  // Lexical mode never reads the vectors.
  const vectors = embedder ? await VectorStore.open(generation) : null;
  const sourceFiles = Object.fromEntries(Object.entries(manifest.transcripts).map(([key, t]) => [key, t.file]));
  return new SearchEngine({ records, briefings, lexical, chineseLexical, vectors, embedder, fusion: options.fusion, sourceFiles, dataDir: options.dataDir });
}
