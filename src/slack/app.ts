import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App, LogLevel, webApi, type Logger, type RespondFn } from '@slack/bolt';
import { errorReference, failureText } from '../answers/notices.js';
import { RateLimiter } from '../answers/rate-limit.js';
import { ResultStore } from '../answers/result-store.js';
import { SearchQueue } from '../answers/search-queue.js';
import type { SpoxSearch } from '../search/types.js';
import type { SyncStatus } from '../sync/status.js';
import { ACTION } from './actions.js';
import { answerButton, type ButtonClick } from './buttons.js';
import { answerCommand } from './command.js';
import { answerResultAction, RESULT_ACTIONS } from './result-actions.js';
import { answerShortcut } from './shortcut.js';
import type { SlackMessage } from './limits.js';
import { SHORTCUT_CALLBACK_ID, SLASH_COMMAND } from './manifest.js';
import { homeView } from './views.js';
import { noticeMessage } from './cards.js';
import { withNetworkRetries } from '../util/network-retry.js';
import { slackHost, slackRetryable } from './connection.js';
import { replyThrough, type Reply } from './reply.js';
import type { PostOutcome } from './buttons.js';
import { LruCache } from '../util/lru.js';
import { channelUploader, type UploadToChannel } from './upload.js';
import { listingActions } from './actionless.js';

export interface SlackAppParts {
  search: SpoxSearch;
  mode: 'socket' | 'http';
  botToken: string;
  /** Socket Mode's app-level token. */
  appToken?: string;
  /** HTTP mode: verifies each request's signature and timestamp. */
  signingSecret?: string;
  /** Web API base URL (tests point it at a loopback fake). */
  apiUrl?: string;
  /** Searches per user per minute. */
  rateLimit: number;
  log: (line: string) => void;
  /** Paging state; a default store (24 hours) when omitted. */
  results?: ResultStore;
  /** Clock for the rate limit; Date.now when omitted. */
  now?: () => number;
  /** When the index was last built or synced, for the Home tab. */
  lastUpdate?: () => string | null;
  /** The data folder's sync state, for `/spox about` (the listed pages a sync could not get). */
  syncStatus?: () => SyncStatus;
  /** Reaching Slack at start: attempts in all and the first wait after a network failure (default 5, 1 s). */
  retry?: { attempts: number; firstDelayMs: number };
  /** A response URL that fails: attempts in all and the first wait (default 3, 250 ms), then chat.postEphemeral. */
  respondRetry?: { attempts: number; firstDelayMs: number };
}

/** What each answer is handed: the index, paging state, the limit and the log. */
export interface SlackContext {
  search: SpoxSearch;
  results: ResultStore;
  rateLimiter: RateLimiter;
  log: (line: string) => void;
  /** The cards each user has shared (Share pressed twice posts once); bounded like the paging state. */
  shared: LruCache<string, boolean>;
  /** Uploads a file into a channel (a shared timeline's chart), with the bot token. */
  upload: UploadToChannel;
  /** The data folder's sync state, for `/spox about`; absent where the app reads none. */
  syncStatus?: () => SyncStatus;
}

export type { Reply };

/**
 * Bolt's log lines through spox's log (where secrets are redacted); debug lines are dropped. The Web
 * API client's "http request failed" (it retries by itself) says which host it could not reach.
 */
function boltLogger(log: (line: string) => void, host: string): Logger {
  let level = LogLevel.INFO;
  const text = (msg: unknown[]): string => msg.map((m) => (m instanceof Error ? m.message : String(m))).join(' ');
  const write = (tag: string) => (...msg: unknown[]) => log(`slack ${tag}: ${text(msg)}`);
  return {
    debug: () => undefined,
    info: write('info'),
    warn: (...msg: unknown[]) =>
      msg[0] === 'http request failed' ? log(`slack warn: could not reach ${host} (${text(msg.slice(1))}); retrying`) : write('warn')(...msg),
    error: write('error'),
    setLevel: (l: LogLevel) => void (level = l),
    getLevel: () => level,
    setName: () => undefined,
  };
}

function errorText(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

export interface SpoxSlackApp {
  app: App;
  /** Checks the bot token, then starts Socket Mode, or the HTTP server (resolving with its port). */
  start(listen?: { port: number; host?: string }): Promise<number | null>;
  /** Settles when every request being answered has been answered. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** The actions of spox's buttons and menus, each answered by its listener. */
const BUTTON_ACTIONS = [...RESULT_ACTIONS, ACTION.fullAnswer, ACTION.cite, ACTION.share, ACTION.chinese, ACTION.english, ACTION.shareTimeline];
const HANDLED_ACTIONS = new Set<string>([...BUTTON_ACTIONS, ACTION.transcript]);

/**
 * The Slack app: `/spox`, the buttons on its cards, the "What did China say?" shortcut and the
 * Home tab, each acknowledged at once and answered through its response URL (or the Web API). A
 * failure is logged with a reference and answered privately with it; the app keeps running.
 */
export function createSlackApp(parts: SlackAppParts): SpoxSlackApp {
  const host = slackHost(parts.apiUrl);
  const logger = boltLogger(parts.log, host);
  const clientOptions = parts.apiUrl ? { slackApiUrl: parts.apiUrl } : {};
  // Initialised in start(): Bolt would otherwise check the token at once, and a refused token
  // would surface as an unhandled rejection besides start()'s own failure.
  const app =
    parts.mode === 'socket'
      ? new App({ token: parts.botToken, appToken: parts.appToken, socketMode: true, clientOptions, logger, deferInitialization: true })
      : new App({ token: parts.botToken, signingSecret: parts.signingSecret, clientOptions, logger, deferInitialization: true });
  listingActions(app);
  // Searches run one at a time, the event loop free between them, so a request that arrives
  // meanwhile is read and acknowledged after the one running (`SearchQueue`); each handler acks first.
  const ctx: SlackContext = {
    search: new SearchQueue().queued(parts.search),
    results: parts.results ?? new ResultStore(),
    rateLimiter: new RateLimiter({ limit: parts.rateLimit, ...(parts.now ? { now: parts.now } : {}) }),
    log: parts.log,
    shared: new LruCache<string, boolean>(2000),
    // A client of its own that retries nothing: Bolt's retries a network failure for half an hour,
    // and the sharer waits; the uploader tries three times, each retry logged, then says why not.
    upload: channelUploader(new webApi.WebClient(parts.botToken, { ...clientOptions, retryConfig: { retries: 0 }, logger: boltLogger(() => undefined, host) }), host, parts.log),
    ...(parts.syncStatus ? { syncStatus: parts.syncStatus } : {}),
  };
  const inFlight = new Set<Promise<void>>();

  /** Runs an answer after its ack; a failure gets a private reply with a reference, and a log line. */
  const guarded = (what: string, reply: Reply | undefined, answer: () => Promise<void>): Promise<void> => {
    const task = answer().catch(async (err: unknown) => {
      const reference = errorReference();
      parts.log(`error ${reference} in ${what}: ${errorText(err)}`);
      if (!reply) return;
      const text = failureText(reference);
      await reply({ text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] }).catch((replyError: unknown) =>
        parts.log(`error ${reference}: the error reply failed too: ${errorText(replyError)}`),
      );
    });
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
    return task;
  };

  /** Replies to a user through a response URL, retried, then privately through the Web API. */
  const replyTo = (respond: RespondFn, client: App['client'], channelId: string | null, userId: string): Reply =>
    replyThrough({ respond, client, channelId, userId, log: parts.log, ...(parts.respondRetry ? { retry: parts.respondRetry } : {}) });

  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    await ack();
    const reply = replyTo(respond, client, command.channel_id || null, command.user_id);
    await guarded(`${SLASH_COMMAND} (user ${command.user_id})`, reply, () =>
      answerCommand(command.text, command.user_id, reply, ctx),
    );
  });

  // A block action no listener below takes (a button a later version renamed, a forged action id, no
  // action at all, no list of actions: `withActionsListed`): acknowledged, and answered as Discord
  // answers a button of another version, rather than left unacknowledged for Slack to time out after
  // 3 s and show its own error.
  app.use(async (args) => {
    const body = args.body as { type?: string; actions?: { action_id?: unknown }[]; user?: { id?: string }; channel?: { id?: string } };
    const actionId = body.actions?.[0]?.action_id;
    if (body.type !== 'block_actions' || (typeof actionId === 'string' && HANDLED_ACTIONS.has(actionId))) return args.next();
    if ('ack' in args && typeof args.ack === 'function') await (args.ack as () => Promise<void>)();
    const named = typeof actionId === 'string' ? JSON.stringify(actionId.slice(0, 80)) : body.actions?.length ? 'with no action id' : 'with no action';
    parts.log(`block action ${named} (user ${body.user?.id ?? 'unknown'}): not one of spox's`);
    if (!('respond' in args) || typeof args.respond !== 'function' || !body.user?.id) return;
    const reply = replyTo(args.respond as RespondFn, args.client, body.channel?.id ?? null, body.user.id);
    await guarded(`block action (user ${body.user.id})`, reply, () => reply(noticeMessage(`This button no longer works; run ${SLASH_COMMAND} again.`)));
  });

  for (const actionId of BUTTON_ACTIONS) {
    app.action({ type: 'block_actions', action_id: actionId }, async ({ action, body, ack, respond, client }) => {
      await ack();
      const click: ButtonClick = {
        actionId,
        // A button's value, or the option chosen in a menu (the list's).
        value: 'selected_option' in action ? (action.selected_option?.value ?? '') : 'value' in action && typeof action.value === 'string' ? action.value : '',
        userId: body.user.id,
        channelId: body.channel?.id ?? null,
        messageTs: body.container?.message_ts ?? body.message?.ts ?? null,
      };
      const reply = replyTo(respond, client, click.channelId, click.userId);
      await guarded(`button ${actionId} (user ${body.user.id})`, reply, () =>
        RESULT_ACTIONS.includes(actionId)
          ? answerResultAction(click, reply, ctx)
          : answerButton(click, reply, (message) => postToChannel(client, click.channelId, message), ctx),
      );
    });
  }
  // The transcript is a link: Slack opens it and still sends the click, which needs only its ack.
  app.action({ type: 'block_actions', action_id: ACTION.transcript }, async ({ ack }) => ack());

  app.shortcut({ type: 'message_action', callback_id: SHORTCUT_CALLBACK_ID }, async ({ shortcut, ack, respond, client }) => {
    await ack();
    const text = shortcut.type === 'message_action' ? (shortcut.message.text ?? '') : '';
    const reply = replyTo(respond, client, shortcut.type === 'message_action' ? shortcut.channel.id : null, shortcut.user.id);
    await guarded(`shortcut (user ${shortcut.user.id})`, reply, () => answerShortcut(text, shortcut.user.id, reply, ctx));
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await guarded(`home tab (user ${event.user})`, undefined, async () => {
      await client.views.publish({ user_id: event.user, view: homeView(ctx.search, parts.lastUpdate?.() ?? null) as never });
    });
  });

  app.error(async (error) => parts.log(`slack error: ${errorText(error)}`));

  let server: Server | null = null;
  const stopping = new AbortController();
  let receiverStarted = false;
  return {
    app,
    async start(listen) {
      // A wrong bot token fails here, once and clearly, rather than on every request later; a Slack
      // that cannot be reached is tried again a bounded number of times (this client retries nothing
      // itself and logs nothing: the retries are said here), then start() fails.
      const check = new webApi.WebClient(parts.botToken, { ...clientOptions, retryConfig: { retries: 0 }, logger: boltLogger(() => undefined, host) });
      const retry = { ...(parts.retry ?? { attempts: 5, firstDelayMs: 1000 }), signal: stopping.signal };
      await withNetworkRetries(() => check.auth.test(), retry, host, slackRetryable, parts.log);
      await app.init();
      if (stopping.signal.aborted) return null;
      const started = await app.start(...(parts.mode === 'socket' ? [] : [{ port: listen?.port ?? 3000, ...(listen?.host ? { host: listen.host } : {}) }]));
      receiverStarted = true;
      if (parts.mode === 'http') server = started as Server;
      if (stopping.signal.aborted) await app.stop(); // stopped while it started
      return server ? (server.address() as AddressInfo).port : null;
    },
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    /** Ends a start in progress; closes the socket or the server only once started (there is nothing to close before). */
    async stop() {
      stopping.abort();
      if (!receiverStarted) return;
      server?.closeIdleConnections();
      await app.stop();
    },
  };
}

/** Slack's answers meaning that posting in the channel is restricted (to some members, to threads, #general to admins): not the bot's doing. */
const RESTRICTED = new Set(['restricted_action', 'restricted_action_read_only_channel', 'restricted_action_thread_only_channel', 'restricted_action_non_threadable_channel', 'posting_to_general_channel_denied']);

/**
 * Share to channel: posts the card with the bot token. `not-member` when the bot is not in the
 * channel (or may not see it), where the response URL may still post; `archived` and `restricted`
 * when nothing will post there.
 */
async function postToChannel(client: App['client'], channelId: string | null, message: SlackMessage): Promise<PostOutcome> {
  if (!channelId) return 'not-member';
  try {
    await client.chat.postMessage({
      channel: channelId,
      text: message.text,
      blocks: message.blocks as never,
      unfurl_links: false,
      unfurl_media: false,
    });
    return 'posted';
  } catch (err) {
    const code = (err as { data?: { error?: string } }).data?.error ?? '';
    if (code === 'not_in_channel' || code === 'channel_not_found') return 'not-member';
    if (code === 'is_archived') return 'archived';
    if (RESTRICTED.has(code)) return 'restricted';
    throw err;
  }
}
