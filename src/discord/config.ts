import { z } from 'zod';
import { botSettingsShape } from '../config/bot-settings.js';
import { ConfigError, readEnvSettings, readEnvSettingsOrReport } from '../config/env.js';

const SNOWFLAKE = /^\d{17,20}$/;
/** A bot token: three dot-separated base64url parts. */
const TOKEN = /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/;

/**
 * The Discord bot's settings, read from the environment (and `.env`). Each field's description says
 * what it is, where to get it, and its default: the one source for `.env.example` and for errors.
 */
export const discordConfigSchema = z.object({
  DISCORD_TOKEN: z
    .string()
    .regex(TOKEN, 'does not look like a bot token (three parts separated by dots)')
    .describe(
      'Bot token, secret (never logged). Get it at Discord Developer Portal → your application → Bot → Reset Token. Required to run the bot and to deploy commands.',
    ),
  DISCORD_CLIENT_ID: z
    .string()
    .regex(SNOWFLAKE, 'must be the numeric application id')
    .optional()
    .describe(
      'Application id, needed by `npm run deploy-commands`. Get it at Discord Developer Portal → your application → General Information → Application ID.',
    ),
  DISCORD_GUILD_ID: z
    .string()
    .regex(SNOWFLAKE, 'must be a numeric server id')
    .optional()
    .describe(
      'Optional: deploy the commands to this one server (instantly) instead of globally. Get it in Discord: User Settings → Advanced → Developer Mode on, then right-click the server → Copy Server ID. Default: unset (global).',
    ),
  ...botSettingsShape,
});

export type DiscordConfig = z.output<typeof discordConfigSchema>;
export type ConfigVariable = keyof typeof discordConfigSchema.shape;

export { ConfigError };

/** Reads and checks the settings; an empty variable counts as unset. Throws ConfigError. */
export function readDiscordConfig(env: NodeJS.ProcessEnv, options: { require?: ConfigVariable[] } = {}): DiscordConfig {
  return readEnvSettings(discordConfigSchema, env, options);
}

/** For entry points: the settings, or null after printing what is wrong (names only, never values). */
export function readDiscordConfigOrReport(env: NodeJS.ProcessEnv, options: { require?: ConfigVariable[] } = {}): DiscordConfig | null {
  return readEnvSettingsOrReport(() => readDiscordConfig(env, options));
}
