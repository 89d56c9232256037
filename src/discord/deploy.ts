import { REST, Routes, type RESTOptions } from 'discord.js';

export interface DeployOptions {
  token: string;
  clientId: string;
  /** One server (instant) when set; every server the app is in otherwise. */
  guildId?: string | undefined;
  definitions: unknown[];
  rest?: Partial<RESTOptions>;
}

/** Registers (replaces) the application's commands with Discord. */
export async function deployCommands(options: DeployOptions): Promise<{ count: number; scope: string }> {
  const rest = new REST(options.rest ?? {}).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.clientId, options.guildId)
    : Routes.applicationCommands(options.clientId);
  const registered = (await rest.put(route, { body: options.definitions })) as unknown[];
  return { count: registered.length, scope: options.guildId ? `server ${options.guildId}` : 'all servers (global)' };
}
