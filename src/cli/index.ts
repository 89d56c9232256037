import './load-env.js';
import { NothingReadError } from '../store/build.js';
import { indexDirFromEnv, IndexSettingError } from '../store/layout.js';
import { describeOwner, IndexBusyError } from '../store/lock.js';
import { SourceError } from '../store/sources.js';
import { failedWords, failureLine, runIndexBuild } from './ensure-index.js';
import { loadModelOrWarn } from './model.js';
import { plural } from '../util/plural.js';
import { WriteFailedError } from '../util/write-all.js';
import { errorLine, outputLine } from './output.js';
import { parseCommandArgs } from './options.js';

const USAGE = `usage: npm run index [-- <extra transcript files or folders…>] [--forget PATH]… [--no-wait]
  seeds/ and every source indexed before are read again; --forget PATH stops indexing a source and
  removes its transcripts; --no-wait exits (code 2) instead of waiting when another index run is going on`;

async function main(): Promise<number> {
  const args = parseCommandArgs('index', USAGE, {
    allowPositionals: true,
    options: { forget: { type: 'string', multiple: true, default: [] }, 'no-wait': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (!args) return 2;
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  const { positionals, values } = args;
  let indexDir: string;
  try {
    indexDir = indexDirFromEnv();
  } catch (err) {
    if (!(err instanceof IndexSettingError)) throw err;
    errorLine(`index: ${err.message}. Nothing was changed.`);
    return 2;
  }
  const started = performance.now();
  const embedder = await loadModelOrWarn();
  let report;
  try {
    report = await runIndexBuild(indexDir, embedder, positionals, { forget: values.forget, wait: !values['no-wait'] });
  } catch (err) {
    if (err instanceof IndexBusyError) {
      errorLine(`index: another index run (${describeOwner(err.owner)}) is writing to ${indexDir}/; not waiting (--no-wait). Nothing was changed.`);
      return 2;
    }
    if (err instanceof SourceError) {
      errorLine(`index: ${err.message}. Nothing was changed.`);
      return 2;
    }
    if (err instanceof WriteFailedError) {
      errorLine(`index failed: ${err.message}. The index in ${indexDir}/ is as it was (the new one was not switched in); free space on the disk (or raise the file-size limit) and run it again.`);
      return 1;
    }
    if (err instanceof NothingReadError) {
      for (const f of err.failures) errorLine(failureLine({ ...f, kept: [] }));
      errorLine(`index failed: ${err.message}; the index in ${indexDir}/ is as it was.`);
      return 1;
    }
    throw err;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const vectors = report.model
    ? `vectors (${report.model}): ${plural(report.embedded, 'transcript')} embedded, ${report.reused} reused` +
      (report.withoutVectors ? `, ${report.withoutVectors} without vectors` : '')
    : 'no vectors (lexical search only)';
  const kept = report.failures.reduce((n, f) => n + f.kept.length, 0);
  outputLine(
    (report.unchanged
      ? `index up to date: nothing changed, so it was kept as it was (${plural(report.transcripts, 'transcript')}, ${plural(report.records, 'record')} in ${indexDir}/, checked in ${seconds}s); ${vectors}`
      : `indexed ${plural(report.transcripts, 'transcript')}, ${plural(report.records, 'record')} into ${indexDir}/ in ${seconds}s; ${vectors}`) +
      (report.sources.length > 1 ? `; sources: ${report.sources.join(', ')}` : '') +
      (report.removed ? `; ${report.removed} removed` : '') +
      (report.carried ? `; ${plural(report.carried, 'briefing')} of unchanged files not read again` : '') +
      failedWords(report.failures) +
      (kept ? `, ${plural(kept, 'transcript')} kept from the previous index` : ''),
  );
  return report.failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err: Error) => {
    errorLine(`index failed: ${err.message}`);
    console.error('The previous index (if any) is unchanged.');
    process.exitCode = 1;
  },
);
