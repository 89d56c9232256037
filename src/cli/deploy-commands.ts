import './load-env.js';
import { DiscordAPIError } from 'discord.js';
import { readDiscordConfigOrReport } from '../discord/config.js';
import { classifyDiscordFailure, describeDiscordFailure, DISCORD_ATTEMPTS, discordHost } from '../discord/connection.js';
import { deployCommands } from '../discord/deploy.js';
import { commandDefinitions, loadCommands } from '../discord/loader.js';
import { redactor } from '../discord/redact.js';
import { parseCommandArgs } from './options.js';

const USAGE = 'usage: npm run deploy-commands [-- --dry-run]';

async function main(): Promise<number> {
  const args = parseCommandArgs('deploy-commands', USAGE, { options: { 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
  if (!args) return 2;
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  const dryRun = args.values['dry-run'];
  const definitions = commandDefinitions(await loadCommands());
  if (dryRun) {
    // The definitions exactly as they would be sent; no token, no network.
    process.stdout.write(`${JSON.stringify(definitions, null, 2)}\n`);
    return 0;
  }

  const config = readDiscordConfigOrReport(process.env, { require: ['DISCORD_CLIENT_ID'] });
  if (!config) return 1;
  const redact = redactor([config.DISCORD_TOKEN]);
  const host = discordHost(config.DISCORD_API_URL);
  try {
    const { count, scope } = await deployCommands({
      token: config.DISCORD_TOKEN,
      clientId: config.DISCORD_CLIENT_ID!,
      guildId: config.DISCORD_GUILD_ID,
      definitions,
      ...(config.DISCORD_API_URL ? { rest: { api: config.DISCORD_API_URL } } : {}),
      retry: { attempts: DISCORD_ATTEMPTS, firstDelayMs: config.DISCORD_RETRY_DELAY_MS },
      onRetry: (line) => console.error(redact(`deploy-commands: ${line}`)),
    });
    console.log(`Registered ${count} commands for ${scope}.`);
    if (!config.DISCORD_GUILD_ID) console.log('Global commands can take a few minutes to show up in every server.');
    return 0;
  } catch (err) {
    const failure = classifyDiscordFailure(err);
    if (err instanceof DiscordAPIError && failure.kind === 'other') {
      const hint = err.status === 403 || err.status === 404 ? ' Check DISCORD_CLIENT_ID and DISCORD_GUILD_ID, and that the app is in that server.' : '';
      console.error(redact(`Discord refused the commands (HTTP ${err.status}): ${err.message}.${hint}`));
    } else {
      console.error(redact(`deploy-commands: ${describeDiscordFailure(err, host)}`));
    }
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`deploy-commands: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
