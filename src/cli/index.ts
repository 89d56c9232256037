import './load-env.js';
import { parseArgs } from 'node:util';
import { indexDirFromEnv } from '../store/layout.js';
import { runIndexBuild } from './ensure-index.js';
import { loadModelOrWarn } from './model.js';

const USAGE = 'usage: npm run index [-- <extra transcript files or folders…>]';

async function main(): Promise<number> {
  let positionals: string[];
  try {
    ({ positionals } = parseArgs({ allowPositionals: true, options: {} }));
  } catch (err) {
    console.error(`index: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const indexDir = indexDirFromEnv();
  const started = performance.now();
  const embedder = await loadModelOrWarn();
  const report = await runIndexBuild(indexDir, embedder, positionals);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const vectors = report.model
    ? `vectors (${report.model}): ${report.embedded} transcripts embedded, ${report.reused} reused` +
      (report.withoutVectors ? `, ${report.withoutVectors} without vectors` : '')
    : 'no vectors (lexical search only)';
  console.log(
    `indexed ${report.transcripts} transcripts, ${report.records} records into ${indexDir}/ in ${seconds}s; ${vectors}` +
      (report.removed ? `; ${report.removed} removed` : '') +
      (report.failures.length ? `; ${report.failures.length} files failed (see above)` : ''),
  );
  return report.failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err: Error) => {
    console.error(`index failed: ${err.message}\nThe previous index (if any) is unchanged.`);
    process.exitCode = 1;
  },
);
