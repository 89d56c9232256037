import { REST, Routes, type RESTOptions } from 'discord.js';
import { withNetworkRetries, type NetworkRetry } from '../util/network-retry.js';
import { DISCORD_ATTEMPTS, discordHost, discordRetryable } from './connection.js';

export interface DeployOptions {
  token: string;
  clientId: string;
  /** One server (instant) when set; every server the app is in otherwise. */
  guildId?: string | undefined;
  definitions: unknown[];
  rest?: Partial<RESTOptions>;
  /** Network failures are retried this way (default: 5 attempts, from 1 s). */
  retry?: NetworkRetry;
  /** Said before each retry. */
  onRetry?: (line: string) => void;
}

/** Registers (replaces) the application's commands with Discord. */
export async function deployCommands(options: DeployOptions): Promise<{ count: number; scope: string }> {
  // The retries are withNetworkRetries' alone, so that the attempts said are the attempts made.
  const rest = new REST({ retries: 0, ...options.rest }).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.clientId, options.guildId)
    : Routes.applicationCommands(options.clientId);
  const retry = options.retry ?? { attempts: DISCORD_ATTEMPTS, firstDelayMs: 1000 };
  const put = (): Promise<unknown[]> => rest.put(route, { body: options.definitions }) as Promise<unknown[]>;
  const registered = await withNetworkRetries(put, retry, discordHost(options.rest?.api), discordRetryable, options.onRetry ?? (() => {}));
  return { count: registered.length, scope: options.guildId ? `server ${options.guildId}` : 'all servers (global)' };
}
