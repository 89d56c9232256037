import { z } from 'zod';

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
  SPOX_INDEX_DIR: z
    .string()
    .min(1)
    .default('index')
    .describe('Folder of the search index that `npm run index` builds; relative to the project root. Default: index.'),
  SPOX_RATE_LIMIT: z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(1, 'must be at least 1').max(1000, 'must be at most 1000'))
    .default(6)
    .describe('Searches (/ask and "What did China say?") each user may run per minute. Default: 6.'),
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
});

export type DiscordConfig = z.output<typeof discordConfigSchema>;
export type ConfigVariable = keyof typeof discordConfigSchema.shape;

/** A setting is missing or malformed; the message names it, says where to get it, and never shows its value. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

function describeVariable(name: ConfigVariable): string {
  return discordConfigSchema.shape[name].description ?? '';
}

function problemLine(name: ConfigVariable, problem: string): string {
  return `${name} ${problem}. ${describeVariable(name)}`;
}

/** Reads and checks the settings; an empty variable counts as unset. Throws ConfigError. */
export function readDiscordConfig(env: NodeJS.ProcessEnv, options: { require?: ConfigVariable[] } = {}): DiscordConfig {
  const raw: Record<string, string> = {};
  for (const name of Object.keys(discordConfigSchema.shape)) {
    const value = env[name]?.trim();
    if (value) raw[name] = value;
  }
  const parsed = discordConfigSchema.safeParse(raw);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0]) as ConfigVariable;
      // Only our own wording: zod's message for a missing value would otherwise be generic.
      problems.push(problemLine(name, raw[name] === undefined ? 'is not set' : issue.message));
    }
  }
  for (const name of options.require ?? []) {
    if (raw[name] === undefined && !problems.some((p) => p.startsWith(`${name} `))) problems.push(problemLine(name, 'is not set'));
  }
  if (problems.length > 0 || !parsed.success) {
    throw new ConfigError(`Configuration problem (set it in .env or the environment):\n${problems.map((p) => `- ${p}`).join('\n')}`);
  }
  return parsed.data;
}

/** For entry points: the settings, or null after printing what is wrong (names only, never values). */
export function readDiscordConfigOrReport(env: NodeJS.ProcessEnv, options: { require?: ConfigVariable[] } = {}): DiscordConfig | null {
  try {
    return readDiscordConfig(env, options);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    return null;
  }
}
