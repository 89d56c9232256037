import './load-env.js';
import { readEmbedSettings } from '../embed/settings.js';
import { indexDirFromEnv } from '../store/layout.js';
import { parseRecheckDays, parseSyncSite, parseSyncLangs, readSyncSettings, type SyncLang } from '../sync/settings.js';
import { reportText } from '../sync/report-lines.js';
import { readSyncState, SyncStateError } from '../sync/state.js';
import { runSync, SyncBusyError } from '../sync/sync.js';
import { SEEDS_DIR } from './ensure-index.js';
import { loadModelOrWarn } from './model.js';
import { errorLine, errorLines, joinNegativeValues, outputLine } from './output.js';
import { createProgress } from './progress.js';
import { isoDateProblem } from '../util/iso-date.js';
import { parseCommandArgs } from './options.js';

const USAGE = 'usage: npm run sync -- [--site URL] [--langs en|zh|en,zh] [--since YYYY-MM-DD] [--max-pages N] [--recheck-days N] [--retry-given-up] [--json]';

async function main(): Promise<number> {
  const parsed = parseCommandArgs('sync', USAGE, {
    args: joinNegativeValues(process.argv.slice(2), ['--recheck-days', '--max-pages']),
    options: {
      site: { type: 'string' }, langs: { type: 'string' }, since: { type: 'string' }, 'max-pages': { type: 'string' },
      'recheck-days': { type: 'string' }, 'retry-given-up': { type: 'boolean', default: false }, json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (!parsed) return 2;
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  const { values } = parsed;
  let siteGiven: URL | undefined;
  if (values.site !== undefined) {
    try {
      siteGiven = new URL(parseSyncSite(values.site));
    } catch (err) {
      errorLine(`sync: --site ${(err as Error).message}`);
      return 2;
    }
  }
  const sinceProblem = values.since === undefined ? null : isoDateProblem(values.since);
  if (sinceProblem) {
    const exists = sinceProblem === 'does not exist' ? ' that exists' : '';
    errorLine(`sync: --since must be a date written YYYY-MM-DD${exists}, not "${values.since}"${exists && ', which does not exist'}`);
    return 2;
  }
  const maxPages = values['max-pages'] === undefined ? undefined : Number(values['max-pages']);
  if (maxPages !== undefined && (!Number.isInteger(maxPages) || maxPages < 1)) {
    errorLine(`sync: --max-pages must be a whole number of at least 1, not "${values['max-pages']}"`);
    return 2;
  }
  let langs: SyncLang[] | undefined;
  if (values.langs !== undefined) {
    try {
      langs = parseSyncLangs(values.langs);
    } catch (err) {
      errorLine(`sync: --langs ${(err as Error).message}`);
      return 2;
    }
  }
  let recheckDays: number | undefined;
  if (values['recheck-days'] !== undefined) {
    try {
      recheckDays = parseRecheckDays(values['recheck-days']);
    } catch (err) {
      errorLine(`sync: --recheck-days ${(err as Error).message}`);
      return 2;
    }
  }
  let settings;
  let indexDir: string;
  try {
    // The options win over SPOX_SYNC_LANGS, SPOX_SYNC_SITE and SPOX_SYNC_RECHECK_DAYS, which are then not checked.
    settings = readSyncSettings({
      ...process.env, ...(langs ? { SPOX_SYNC_LANGS: undefined } : {}), ...(siteGiven ? { SPOX_SYNC_SITE: undefined } : {}),
      ...(recheckDays !== undefined ? { SPOX_SYNC_RECHECK_DAYS: undefined } : {}),
    });
  } catch (err) {
    errorLines((err as Error).message); // one line per setting, each value quoted
    return 2;
  }
  try {
    indexDir = indexDirFromEnv();
    // Checked before anything is asked: a bad SPOX_OFFLINE or SPOX_MODEL is a setting to fix, not a run to finish.
    readEmbedSettings();
  } catch (err) {
    errorLine((err as Error).message);
    return 2;
  }

  const progress = createProgress('embedding');
  // Stopped by a cron timeout or Ctrl-C: what becomes of the work is said, as a run that ends says it (hunt-O (b): it
  // had exited 143 or 130 without a word). Each step writes whole or not at all, so the next run finishes the work.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      progress.stop();
      errorLine(`sync: stopped by ${signal}: the pages kept so far stay in the data folder, and the next sync (or npm run index) indexes them; the index is as the last finished run left it`);
      process.exit(code);
    });
  }
  let outcome;
  try {
    // A state file that cannot be read stops the run before the model loads; runSync reads it again under its lock.
    readSyncState(settings.SPOX_DATA_DIR);
    const embedder = await loadModelOrWarn();
    outcome = await runSync({
      site: (siteGiven ?? new URL(settings.SPOX_SYNC_SITE)).href, langs: langs ?? settings.SPOX_SYNC_LANGS, since: values.since, maxPages,
      recheckDays: recheckDays ?? settings.SPOX_SYNC_RECHECK_DAYS, retryGivenUp: values['retry-given-up'],
      dataDir: settings.SPOX_DATA_DIR, indexDir, sources: [SEEDS_DIR], embedder,
      fetcher: { minIntervalMs: settings.SPOX_SYNC_DELAY_MS },
      log: errorLine,
      progress: (done, total) => progress.update(done, total),
    });
  } catch (err) {
    if (err instanceof SyncBusyError) {
      errorLine(`sync: ${err.message}; try again when it has finished`);
      return 1;
    }
    if (err instanceof SyncStateError) {
      errorLine(`sync: ${err.message}. Nothing was downloaded or written, and the file is left as it is.`);
      return 1;
    }
    throw err;
  } finally {
    progress.stop();
  }
  const { report } = outcome;
  if (values.json) {
    console.log(JSON.stringify(report));
  } else {
    for (const line of reportText(report)) outputLine(line);
  }
  if (outcome.siteUnreadable) {
    errorLine(`sync: could not read any listing of ${report.site} (see the failures above)`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err: Error) => {
    errorLine(`sync failed: ${err.message}`);
    console.error('The data folder and the index are unchanged or complete; run it again to finish.');
    process.exitCode = 1;
  },
);
