import { z } from 'zod';
import { botSettingsShape, retryDelayMs } from '../config/bot-settings.js';
import { ConfigError, readEnvSettings, readEnvSettingsOrReport } from '../config/env.js';

/** The Slack app's own variables; each description says what it is, where to get it, and its default. */
export const slackVariablesSchema = z.object({
  SLACK_BOT_TOKEN: z
    .string()
    .regex(/^xoxb-[\w-]{10,}$/, 'does not look like a bot token (it starts with xoxb-)')
    .describe(
      'Bot User OAuth Token, secret (never logged). Get it at api.slack.com/apps → your app → OAuth & Permissions → Install to Workspace → Bot User OAuth Token (xoxb-…). Always required.',
    ),
  SLACK_MODE: z
    .enum(['socket', 'http'], { message: 'must be socket or http' })
    .default('socket')
    .describe(
      'socket: connect out to Slack over a WebSocket (Socket Mode; no public URL needed, works behind a firewall). http: receive requests at http://HOST:SLACK_PORT/slack/events (a hosted setup with a public HTTPS URL). Default: socket.',
    ),
  SLACK_APP_TOKEN: z
    .string()
    .regex(/^xapp-[\w-]{10,}$/, 'does not look like an app-level token (it starts with xapp-)')
    .optional()
    .describe(
      'App-level token with the connections:write scope, secret (never logged). Get it at api.slack.com/apps → your app → Basic Information → App-Level Tokens → Generate Token and Scopes. Required in socket mode.',
    ),
  SLACK_SIGNING_SECRET: z
    .string()
    .regex(/^[0-9a-f]{16,}$/i, 'does not look like a signing secret (hexadecimal)')
    .optional()
    .describe(
      'Signing secret that proves a request came from Slack, secret (never logged). Get it at api.slack.com/apps → your app → Basic Information → App Credentials → Signing Secret. Required in http mode.',
    ),
  SLACK_PORT: z
    .string()
    .regex(/^\d+$/, 'must be a port number')
    .transform(Number)
    .pipe(z.number().int().min(1, 'must be at least 1').max(65535, 'must be at most 65535'))
    .default(3000)
    .describe('http mode: the port the app listens on (requests go to /slack/events). Default: 3000.'),
  SLACK_NEWS_CHANNEL: z
    .string()
    .regex(/^[CG][A-Z0-9]{8,}$/, 'must be a channel id such as C0123456789')
    .optional()
    .describe(
      'Optional: post one message per new briefing the index gains (date, spokesperson, exchanges, first questions, link) in this channel, as the Discord bot does. The app checks the committed index every minute, so run `npm run sync` from cron. Get the id in Slack: open the channel → its name → About → Channel ID (C…); invite the app there (/invite @spox). Default: unset (no posts).',
    ),
  SLACK_CONNECT_ATTEMPTS: z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(1, 'must be at least 1').max(20, 'must be at most 20'))
    .default(5)
    .describe(
      'Optional: attempts at reaching Slack when the app starts; after a network failure (unreachable host, refused or reset connection, time-out, 5xx) it waits SLACK_RETRY_DELAY_MS, doubling each time, and after the last attempt it stops with exit code 1. Default: 5.',
    ),
  SLACK_RETRY_DELAY_MS: retryDelayMs('Optional: the first wait, in ms, before trying Slack again at start (it doubles each time). Default: 1000.'),
  SLACK_API_URL: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL such as https://slack.com/api/' })
    .transform((url) => (url.endsWith('/') ? url : `${url}/`))
    .optional()
    .describe('Optional: where the Slack Web API is reached instead of https://slack.com/api/ (a proxy, or a test server). Default: unset.'),
});

export const slackConfigSchema = slackVariablesSchema.extend(botSettingsShape);

export type SlackConfig = z.output<typeof slackConfigSchema>;

/** The token the chosen mode needs besides the bot token. */
function modeRequires(env: NodeJS.ProcessEnv): 'SLACK_APP_TOKEN' | 'SLACK_SIGNING_SECRET' | null {
  const mode = env.SLACK_MODE?.trim() || 'socket';
  if (mode === 'socket') return 'SLACK_APP_TOKEN';
  if (mode === 'http') return 'SLACK_SIGNING_SECRET';
  return null; // the schema reports the bad mode
}

/** Reads and checks the Slack settings, including the token the mode needs. Throws ConfigError. */
export function readSlackConfig(env: NodeJS.ProcessEnv): SlackConfig {
  const needed = modeRequires(env);
  return readEnvSettings(slackConfigSchema, env, { require: needed ? [needed] : [] });
}

export function readSlackConfigOrReport(env: NodeJS.ProcessEnv): SlackConfig | null {
  return readEnvSettingsOrReport(() => readSlackConfig(env));
}

/** The secrets of a configuration, for redacting log lines. */
export function slackSecrets(config: SlackConfig): string[] {
  return [config.SLACK_BOT_TOKEN, config.SLACK_APP_TOKEN, config.SLACK_SIGNING_SECRET].filter((s): s is string => Boolean(s));
}

export { ConfigError };
