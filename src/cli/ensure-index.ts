import { plural } from '../util/plural.js';
import type { Embedder } from '../embed/embedder.js';
import { existsSync } from 'node:fs';
import type { BuildFailure, BuildOptions, BuildReport } from '../store/build.js';
import { staleIndexReason } from '../store/index-manifest.js';
import { type EveryRunSources, sourceId } from '../store/sources.js';
import { dataDirFromEnv } from '../sync/settings.js';
import { errorLine } from './output.js';
import { createProgress } from './progress.js';

/** The bundled transcripts, always indexed. */
export const SEEDS_DIR = 'seeds';

/** The sources every index build reads: seeds/, and the synced pages when there are any. */
export function defaultSources(): string[] {
  const dataDir = dataDirFromEnv();
  return existsSync(dataDir) ? [SEEDS_DIR, dataDir] : [SEEDS_DIR];
}

/** The default sources as a refused `--forget` names them, with what to do instead for the synced pages. */
function everyRunSources(): EveryRunSources {
  const dataDir = dataDirFromEnv();
  return new Map([
    [sourceId(SEEDS_DIR), { what: `${SEEDS_DIR}/, the bundled corpus` }],
    [sourceId(dataDir), {
      what: 'the folder `npm run sync` saves the Ministry\'s pages in (SPOX_DATA_DIR)',
      instead: `to stop indexing those pages, move the folder away, then run \`npm run index -- --forget ${dataDir}\``,
    }],
  ]);
}

/** One line per failure: what could not be read, why, and what the index kept from it. */
export function failureLine(f: BuildFailure): string {
  const kept = f.kept.length === 0 ? '' : f.kept.length === 1
    ? `; transcript ${f.kept[0]} indexed from it before is kept as it was`
    : `; the ${f.kept.length} transcripts indexed from it before are kept as they were`;
  return `error: ${f.file}: ${f.error}${kept}`;
}

export type IndexRunOptions = Pick<BuildOptions, 'forget' | 'wait' | 'onlyWhenStale'>;

/**
 * Builds the index from seeds/, the sources it remembers and `extra` paths, reporting progress,
 * waiting for another writer and failures on stderr. Every command that writes the index runs this
 * (or buildIndex, which takes the same lock).
 */
export async function runIndexBuild(
  indexDir: string,
  embedder: Embedder | null,
  extra: string[] = [],
  options: IndexRunOptions = {},
): Promise<BuildReport> {
  // The index writer (parsers, alignment) is loaded only by a run that writes: asking loads none of it.
  const { buildIndex } = await import('../store/build.js');
  const progress = createProgress('embedding');
  try {
    const report = await buildIndex({
      ...options,
      sources: [...defaultSources(), ...extra],
      everyRun: everyRunSources(),
      indexDir,
      embedder,
      log: errorLine,
      progress: (done, total) => progress.update(done, total),
    });
    for (const f of report.failures) errorLine(failureLine(f));
    return report;
  } finally {
    progress.stop();
  }
}

/** For commands that need an index: builds it first when there is none (or it is outdated), saying so. */
export async function ensureIndex(indexDir: string, embedder: Embedder | null): Promise<void> {
  const reason = staleIndexReason(indexDir);
  if (!reason) return;
  errorLine(`${reason.replace(/^./, (c) => c.toUpperCase())}: building it from ${SEEDS_DIR}/ first.`);
  // Another command may be building it right now: then this waits, and builds only if still needed.
  await runIndexBuild(indexDir, embedder, [], { onlyWhenStale: true });
}

/**
 * `; 1 file or folder failed; 4 rows skipped in 1 spreadsheet (see above)`: a sheet's bad rows are
 * failures of those rows, the rest of the sheet indexed, not of the file.
 */
export function failedWords(failures: readonly { file: string; error: string }[]): string {
  const rows = failures.filter((f) => ROW_FAILURE.test(f.error) || ROWS_FAILURE.test(f.error));
  const files = failures.length - rows.length;
  const skipped = rows.reduce((n, f) => n + Number(ROWS_FAILURE.exec(f.error)?.[1] ?? 1), 0);
  const parts = [
    ...(files > 0 ? [`${files === 1 ? '1 file or folder' : `${files} files or folders`} failed`] : []),
    ...(rows.length > 0 ? [`${plural(skipped, 'row')} skipped in ${plural(new Set(rows.map((f) => f.file)).size, 'spreadsheet')}`] : []),
  ];
  return parts.length > 0 ? `; ${parts.join('; ')} (see above)` : '';
}
/** A sheet's row skipped (`row 104 (27153_1, 2022-02-30): …`), and rows skipped for one shared problem (`661 rows skipped: …`). */
const ROW_FAILURE = /^row \d+(?: \([^)]*\))?: /;
const ROWS_FAILURE = /^(\d+) rows skipped: /;
