import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Embedder } from '../embed/embedder.js';
import { readGenerationManifest } from '../store/index-manifest.js';
import { damagedIndex } from '../store/damaged-index.js';
import { currentGeneration, MANIFEST_FILE, RECORDS_FILE, VECTORS_DIR } from '../store/layout.js';
import { keepRecordTextInMemory, openRecordStore } from '../store/records-file.js';
import { VectorStore } from '../store/vectors.js';
import { warmAskerPatterns } from './asker.js';
import { SearchEngine, type EngineParts } from './engine.js';
import { CHINESE_FILES, ENGLISH_FILES, readLexicalIndex } from './lexical-file.js';
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
  /** Today, for dates a question gives relative to it; default the clock. */
  today?: EngineParts['today'];
  /**
   * A long-running process (a bot): compile what the first questions need as soon as it is idle, off
   * their path (`warmAskerPatterns`, `SearchEngine.warm`), and read a records file of at most `RECORD_TEXT_KEPT_BYTES` into
   * memory. Not for a one-question process, which would pay for it (`ask`).
   */
  warm?: boolean;
}

/**
 * The largest records file a long-running process keeps in memory (`keepRecordTextInMemory`): the
 * bundled corpus's is 16 MB (English and Chinese), a synced archive of a few times its size fits, and
 * a larger one is read a line at a time, as a one-question process (`ask`) always reads it.
 */
const RECORD_TEXT_KEPT_BYTES = 96 * 1024 * 1024;

/**
 * Reads one part of a generation; a failure is an IndexDamagedError naming the file (the one the
 * error names, else `file`) and how to rebuild the index.
 */
function reading<T>(generation: string, file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw damagedIndex(generation, file, error);
  }
}

/**
 * Loads the committed index generation into memory, once. A file of it that cannot be read throws
 * IndexDamagedError, whose message names the file and the command that rebuilds the index.
 */
export async function openSearch(indexDir: string, options: OpenOptions): Promise<SearchEngine> {
  const generation = currentGeneration(indexDir);
  if (!generation) throw new IndexMissingError(indexDir);
  const manifest = reading(generation, MANIFEST_FILE, () => readGenerationManifest(generation));
  const { records, briefings } = reading(generation, RECORDS_FILE, () => openRecordStore(generation));
  // Each lexical index knows its records (the English and the Chinese ones, in store order), so a search filters them by document number.
  const lexical = reading(generation, ENGLISH_FILES.header, () => readLexicalIndex(generation));
  lexical.useRecords(records.filter((r) => r.lang !== 'zh'));
  const chineseLexical = existsSync(join(generation, CHINESE_FILES.header))
    ? (): LexicalIndex => {
      const index = reading(generation, CHINESE_FILES.header, () => readLexicalIndex(generation, CHINESE_FILES));
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
  const vectors = embedder ? await VectorStore.open(generation).catch((error: unknown) => {
    throw damagedIndex(generation, VECTORS_DIR, error);
  }) : null;
  const sourceFiles = Object.fromEntries(Object.entries(manifest.transcripts).map(([key, t]) => [key, t.file]));
  const engine = new SearchEngine({ records, briefings, lexical, chineseLexical, vectors, embedder, fusion: options.fusion, sourceFiles, dataDir: options.dataDir, today: options.today });
  if (options.warm) {
    setTimeout(() => {
      keepRecordTextInMemory(records, RECORD_TEXT_KEPT_BYTES);
      warmAskerPatterns(engine.outlets());
      engine.warm();
    }, 0).unref();
  }
  return engine;
}
