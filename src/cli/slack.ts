import './load-env.js';
import { redactor } from '../discord/redact.js';
import { IndexFollower } from '../search/index-follower.js';
import { openSearch } from '../search/open.js';
import { SwappableSearch } from '../search/swappable.js';
import { readManifest, staleIndexReason } from '../store/index-manifest.js';
import { currentGeneration } from '../store/layout.js';
import { createSlackApp } from '../slack/app.js';
import { describeSlackNetworkFailure, slackHost } from '../slack/connection.js';
import { readSlackConfigOrReport, slackSecrets } from '../slack/config.js';
import { postSlackNews } from '../slack/news.js';
import { EVENTS_PATH } from '../slack/manifest.js';
import { loadModelOrWarn } from './model.js';
import { dataDirFromEnv } from '../sync/settings.js';
import { readSyncStatus, readSyncStatusOfIndex } from '../sync/status.js';

/** How long shutdown waits for requests being answered. */
const DRAIN_MS = 5_000;

/** When the index in use was built (`2026-11-28 21:04 UTC`), or null. */
function indexBuiltAt(indexDir: string): string | null {
  const generation = currentGeneration(indexDir);
  if (!generation) return null;
  const builtAt = readManifest(generation)?.builtAt;
  return builtAt ? builtAt.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC') : null;
}

/** The last sync from the Ministry's site when there was one, else when the index was built. */
function lastUpdate(indexDir: string, dataDir: string): string | null {
  const sync = readSyncStatus(dataDir).lastSync;
  if (sync) return `${sync.at.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC')} (sync from ${sync.site})`;
  return indexBuiltAt(indexDir);
}

/** Runs the Slack app until SIGINT/SIGTERM; resolves with the exit code. */
async function main(): Promise<number> {
  const config = readSlackConfigOrReport(process.env);
  if (!config) return 1;
  const redact = redactor(slackSecrets(config));
  const log = (line: string): void => console.log(`${new Date().toISOString()} ${redact(line)}`);
  const warn = (line: string): void => console.error(`${new Date().toISOString()} ${redact(line)}`);

  const indexDir = config.SPOX_INDEX_DIR;
  const unusable = staleIndexReason(indexDir);
  if (unusable) {
    console.error(`Cannot start: ${unusable}. Run \`npm run index\` to build it from the bundled transcripts, then start the app again.`);
    return 1;
  }
  const embedder = await loadModelOrWarn(warn);
  const dataDir = dataDirFromEnv();
  const open = () => openSearch(indexDir, { embedder, log: warn, dataDir, warm: true });
  const loaded = await open();
  const swappable = new SwappableSearch(loaded);
  const search = swappable.search;
  const info = search.info();
  log(`index ${indexDir}/: ${info.briefings} briefings (${info.firstDate} to ${info.lastDate}), ${info.exchanges} exchanges; ${info.mode} search`);
  process.on('unhandledRejection', (reason) => warn(`unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));

  const slack = createSlackApp({
    search,
    mode: config.SLACK_MODE,
    botToken: config.SLACK_BOT_TOKEN,
    ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}),
    ...(config.SLACK_SIGNING_SECRET ? { signingSecret: config.SLACK_SIGNING_SECRET } : {}),
    ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}),
    rateLimit: config.SPOX_RATE_LIMIT,
    retry: { attempts: config.SLACK_CONNECT_ATTEMPTS, firstDelayMs: config.SLACK_RETRY_DELAY_MS },
    log: warn,
    lastUpdate: () => lastUpdate(indexDir, dataDir),
    syncStatus: () => readSyncStatusOfIndex(dataDir, indexDir),
  });
  // Answers from the newest index another process committed (`npm run sync` from cron, `npm run index`).
  const newsChannel = config.SLACK_NEWS_CHANNEL;
  const follower = new IndexFollower({
    search: swappable, indexVersion: () => currentGeneration(indexDir), open, log,
    ...(newsChannel ? { announce: (briefing, chinese) => postSlackNews(slack.app.client, newsChannel, briefing, chinese) } : {}),
  }, loaded);
  follower.start();

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string): void => {
      if (stopping) return;
      stopping = true;
      log(`${signal}: finishing open requests, then closing the ${config.SLACK_MODE === 'socket' ? 'socket' : 'HTTP server'}`);
      const drained = Promise.race([slack.idle(), new Promise((r) => setTimeout(r, DRAIN_MS).unref())]);
      void drained
        .then(() => follower.stop())
        .then(() => slack.stop())
        .then(
          () => {
            log('stopped');
            resolve(0);
          },
          (err: unknown) => {
            warn(`stopping: ${err instanceof Error ? err.message : String(err)}`);
            resolve(1);
          },
        );
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
    slack.start(config.SLACK_MODE === 'http' ? { port: config.SLACK_PORT } : undefined).then(
      (port) =>
        log(config.SLACK_MODE === 'http' ? `listening on port ${port}: requests to ${EVENTS_PATH}` : 'connected to Slack in Socket Mode'),
      (err: unknown) => {
        if (stopping) return; // stop() ends the run
        const network = describeSlackNetworkFailure(err, slackHost(config.SLACK_API_URL));
        if (network) {
          warn(`could not start the Slack app: ${network}`);
          resolve(1);
          return;
        }
        warn(`could not start the Slack app: ${err instanceof Error ? err.message : String(err)}`);
        warn(
          config.SLACK_MODE === 'socket'
            ? 'check SLACK_BOT_TOKEN (OAuth & Permissions → Bot User OAuth Token) and SLACK_APP_TOKEN (Basic Information → App-Level Tokens, scope connections:write)'
            : `check SLACK_BOT_TOKEN (OAuth & Permissions → Bot User OAuth Token), and that port ${config.SLACK_PORT} is free`,
        );
        resolve(1);
      },
    );
  });
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`slack: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
