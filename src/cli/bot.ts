import './load-env.js';
import { Events } from 'discord.js';
import { createBot } from '../discord/client.js';
import { describeDiscordFailure, DISCORD_ATTEMPTS, discordHost, discordRetryable } from '../discord/connection.js';
import { readDiscordConfigOrReport } from '../discord/config.js';
import { loadCommands } from '../discord/loader.js';
import { redactor } from '../discord/redact.js';
import { postNews } from '../discord/news.js';
import { ScheduledSync } from '../discord/scheduled-sync.js';
import { IndexFollower } from '../search/index-follower.js';
import { openSearch } from '../search/open.js';
import { SwappableSearch } from '../search/swappable.js';
import { staleIndexReason } from '../store/index-manifest.js';
import { currentGeneration } from '../store/layout.js';
import { runSyncInChild } from '../sync/child.js';
import { dataDirFromEnv } from '../sync/settings.js';
import { readSyncStatusOfIndex } from '../sync/status.js';
import { withNetworkRetries } from '../util/network-retry.js';
import { loadModelOrWarn } from './model.js';

/** How long shutdown waits for interactions being answered. */
const DRAIN_MS = 5_000;

function indexUnusable(reason: string): string {
  return `Cannot start: ${reason}. Run \`npm run index\` to build it from the bundled transcripts, then start the bot again.`;
}

/** Runs the bot until SIGINT/SIGTERM; resolves with the exit code. */
async function main(): Promise<number> {
  const config = readDiscordConfigOrReport(process.env);
  if (!config) return 1;
  const redact = redactor([config.DISCORD_TOKEN]);
  const log = (line: string): void => console.log(`${new Date().toISOString()} ${redact(line)}`);
  const warn = (line: string): void => console.error(`${new Date().toISOString()} ${redact(line)}`);

  const indexDir = config.SPOX_INDEX_DIR;
  const unusable = staleIndexReason(indexDir);
  if (unusable) {
    console.error(indexUnusable(unusable));
    return 1;
  }
  const dataDir = dataDirFromEnv();
  const embedder = await loadModelOrWarn(warn);
  const open = () => openSearch(indexDir, { embedder, log: warn, dataDir, warm: true });
  const loaded = await open();
  const swappable = new SwappableSearch(loaded);
  const search = swappable.search;
  const info = search.info();
  log(`index ${indexDir}/: ${info.briefings} briefings (${info.firstDate} to ${info.lastDate}), ${info.exchanges} exchanges; ${info.mode} search${info.model ? ` with ${info.model}` : ''}`);

  // The dispatcher answers every interaction's failure; anything else is logged, never fatal.
  process.on('unhandledRejection', (reason) => warn(`unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));

  const commands = await loadCommands();
  const { client, dispatcher } = createBot({
    search, commands, rateLimit: config.SPOX_RATE_LIMIT, log: warn, syncStatus: () => readSyncStatusOfIndex(dataDir, indexDir),
    ...(config.DISCORD_API_URL ? { rest: { api: config.DISCORD_API_URL } } : {}),
  });
  client.once(Events.ClientReady, (ready) => log(`ready as ${ready.user.tag}: ${[...commands.keys()].join(', ')}`));

  const newsChannel = config.DISCORD_NEWS_CHANNEL;
  // Also follows an index committed by another process (`npm run sync` from cron, `npm run index`).
  const follower = new IndexFollower({
    search: swappable,
    indexVersion: () => currentGeneration(indexDir),
    open,
    ...(newsChannel ? { announce: (briefing, chinese) => postNews(client, newsChannel, briefing, chinese) } : {}),
    log,
  }, loaded);
  follower.start();
  const stopSync = new AbortController();
  const schedule = config.SPOX_SYNC_EVERY === undefined ? null : new ScheduledSync({
    everyMs: config.SPOX_SYNC_EVERY,
    sync: () => runSyncInChild([], { log, signal: stopSync.signal }),
    follower,
    log,
  });
  if (schedule) {
    schedule.start();
    log(`sync every ${config.SPOX_SYNC_EVERY! / 60_000} minutes${newsChannel ? `, news posted in channel ${newsChannel}` : ''}`);
  }

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stopLogin = new AbortController();
    const stop = (signal: string): void => {
      if (stopping) return;
      stopping = true;
      stopLogin.abort();
      log(`${signal}: finishing open interactions, then disconnecting`);
      const drained = Promise.race([dispatcher.idle(), new Promise((r) => setTimeout(r, DRAIN_MS).unref())]);
      stopSync.abort();
      void drained.then(() => schedule?.stop()).then(() => follower.stop()).then(() => client.destroy()).then(() => resolve(0));
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
    // A network failure is tried again (the token is only blamed when Discord refuses it); then the bot stops.
    const host = discordHost(config.DISCORD_API_URL);
    const retry = { attempts: DISCORD_ATTEMPTS, firstDelayMs: config.DISCORD_RETRY_DELAY_MS, signal: stopLogin.signal };
    withNetworkRetries(() => client.login(config.DISCORD_TOKEN), retry, host, discordRetryable, warn).catch((err: unknown) => {
      if (stopping) return; // stop() ends the run
      warn(`could not connect to Discord: ${describeDiscordFailure(err, host)}`);
      void client.destroy().then(() => resolve(1));
    });
  });
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`bot: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
