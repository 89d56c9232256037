import type { Embedder } from '../embed/embedder.js';
import { buildIndex, staleIndexReason, type BuildReport } from '../store/build.js';
import { existsSync } from 'node:fs';
import { dataDirFromEnv } from '../sync/settings.js';
import { createProgress } from './progress.js';

/** The bundled transcripts, always indexed. */
export const SEEDS_DIR = 'seeds';

/** The sources every index build reads: seeds/, and the synced pages when there are any. */
export function defaultSources(): string[] {
  const dataDir = dataDirFromEnv();
  return existsSync(dataDir) ? [SEEDS_DIR, dataDir] : [SEEDS_DIR];
}

/** Builds the index from the default sources (and `extra` paths), reporting progress and failures on stderr. */
export async function runIndexBuild(indexDir: string, embedder: Embedder | null, extra: string[] = []): Promise<BuildReport> {
  const progress = createProgress('embedding');
  try {
    const report = await buildIndex({
      sources: [...defaultSources(), ...extra],
      indexDir,
      embedder,
      log: (line) => console.error(line),
      progress: (done, total) => progress.update(done, total),
    });
    for (const f of report.failures) console.error(`error: ${f.file}: ${f.error}`);
    return report;
  } finally {
    progress.stop();
  }
}

/** For commands that need an index: builds it first when there is none (or it is outdated), saying so. */
export async function ensureIndex(indexDir: string, embedder: Embedder | null): Promise<void> {
  const reason = staleIndexReason(indexDir);
  if (!reason) return;
  console.error(`${reason.replace(/^./, (c) => c.toUpperCase())}: building it from ${SEEDS_DIR}/ first.`);
  await runIndexBuild(indexDir, embedder);
}
