import { z } from 'zod';
import { botSettingsShape, retryDelayMs } from '../config/bot-settings.js';
import { ConfigError, readEnvSettings, readEnvSettingsOrReport } from '../config/env.js';

const SNOWFLAKE = /^\d{17,20}$/;
const DURATION = /^(\d+)\s*(m|h|d)$/i;
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
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
  SPOX_SYNC_EVERY: z
    .string()
    .regex(DURATION, 'must be a duration such as 30m, 1h or 1d')
    .transform((v) => {
      const [, n, unit] = DURATION.exec(v)!;
      return Number(n) * UNIT_MS[unit!.toLowerCase() as keyof typeof UNIT_MS];
    })
    .pipe(z.number().min(10 * 60_000, 'must be at least 10m (be polite to the Ministry\'s site)').max(7 * 86_400_000, 'must be at most 7d'))
    .optional()
    .describe(
      "Optional: the bot runs `npm run sync` this often (e.g. 1h; at least 10m), without blocking commands, and reloads the index when new briefings arrive. Default: unset (no schedule).",
    ),
  DISCORD_NEWS_CHANNEL: z
    .string()
    .regex(SNOWFLAKE, 'must be a numeric channel id')
    .optional()
    .describe(
      'Optional: post one message per new briefing the scheduled sync brings (date, spokesperson, exchanges, first questions, link) in this channel. Get it in Discord: Developer Mode on, then right-click the channel → Copy Channel ID; the bot needs Send Messages and Embed Links there. Default: unset (no posts).',
    ),
  DISCORD_RETRY_DELAY_MS: retryDelayMs(
    'Optional: the first wait, in ms, before trying Discord again after a network failure (unreachable host, refused or reset connection, time-out, 5xx); it doubles each time, 5 attempts in all for logging in and for deploying commands. Default: 1000.',
  ),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL such as https://discord.com/api' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional()
    .describe('Optional: where the Discord REST API is reached instead of https://discord.com/api (a proxy, or a test server). Default: unset.'),
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
