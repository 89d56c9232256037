import { Client, Events, GatewayIntentBits, type RESTOptions } from 'discord.js';
import type { BotContext, SpoxCommand } from './command.js';
import { COMPONENT_ROUTES } from './components.js';
import { Dispatcher } from './dispatcher.js';
import { noMentions } from './payloads.js';
import { RateLimiter } from '../answers/rate-limit.js';
import { ResultStore } from '../answers/result-store.js';
import { SearchQueue } from '../answers/search-queue.js';

export interface BotParts {
  search: BotContext['search'];
  commands: Map<string, SpoxCommand>;
  /** Searches per user per minute. */
  rateLimit: number;
  log: (line: string) => void;
  /** REST settings for discord.js (tests point `api` at a local server). */
  rest?: Partial<RESTOptions>;
  /** Paging state; a default store (30 minutes) when omitted. */
  results?: ResultStore;
  /** Clock for the rate limit; Date.now when omitted. */
  now?: () => number;
  syncStatus?: BotContext['syncStatus'];
}

/**
 * A discord.js client that answers interactions through one dispatcher. Only the Guilds intent:
 * slash commands and components need no privileged intents. Mentions are off for every message.
 */
export function createBot(parts: BotParts): { client: Client; dispatcher: Dispatcher } {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: noMentions(),
    ...(parts.rest ? { rest: parts.rest } : {}),
  });
  // Searches run one at a time, each interaction acknowledged before the next starts (`SearchQueue`).
  const searches = new SearchQueue();
  const dispatcher = new Dispatcher({
    commands: parts.commands,
    components: COMPONENT_ROUTES,
    searches,
    ctx: {
      search: searches.queued(parts.search), results: parts.results ?? new ResultStore(), log: parts.log,
      ...(parts.syncStatus ? { syncStatus: parts.syncStatus } : {}),
    },
    rateLimiter: new RateLimiter({ limit: parts.rateLimit, ...(parts.now ? { now: parts.now } : {}) }),
  });
  client.on(Events.InteractionCreate, (interaction) => void dispatcher.handle(interaction));
  client.on(Events.Error, (error) => parts.log(`discord client error: ${error.message}`));
  client.on(Events.Warn, (message) => parts.log(`discord client warning: ${message}`));
  return { client, dispatcher };
}
