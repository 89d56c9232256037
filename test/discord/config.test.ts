import { describe, expect, it } from 'vitest';
import { ConfigError, discordConfigSchema, readDiscordConfig } from '../../src/discord/config.js';
import { FAKE_TOKEN } from './fake-token.js';

const TOKEN = FAKE_TOKEN;

function problem(env: Record<string, string>, options?: Parameters<typeof readDiscordConfig>[1]): string {
  try {
    readDiscordConfig(env, options);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a configuration error');
}

describe('Discord configuration', () => {
  it('applies the defaults', () => {
    expect(readDiscordConfig({ DISCORD_TOKEN: TOKEN })).toEqual({ DISCORD_TOKEN: TOKEN, SPOX_INDEX_DIR: 'index', SPOX_RATE_LIMIT: 6, DISCORD_RETRY_DELAY_MS: 1000 });
    expect(readDiscordConfig({ DISCORD_TOKEN: TOKEN, SPOX_RATE_LIMIT: '12', DISCORD_GUILD_ID: '123456789012345678' })).toMatchObject({
      SPOX_RATE_LIMIT: 12,
      DISCORD_GUILD_ID: '123456789012345678',
    });
  });

  it('names a missing DISCORD_TOKEN and says where to get it', () => {
    const message = problem({});
    expect(message).toContain('DISCORD_TOKEN is not set');
    expect(message).toContain('Discord Developer Portal → your application → Bot → Reset Token');
    expect(problem({ DISCORD_TOKEN: '   ' })).toContain('DISCORD_TOKEN is not set');
  });

  it('names a malformed token without ever showing it', () => {
    const secret = 'not-a-token-but-secret-material-1234567890';
    const message = problem({ DISCORD_TOKEN: secret });
    expect(message).toContain('DISCORD_TOKEN does not look like a bot token');
    expect(message).not.toContain(secret);
  });

  it('names malformed numbers and ids, and the variables an entry point requires', () => {
    expect(problem({ DISCORD_TOKEN: TOKEN, SPOX_RATE_LIMIT: 'lots' })).toContain('SPOX_RATE_LIMIT must be a whole number');
    expect(problem({ DISCORD_TOKEN: TOKEN, SPOX_RATE_LIMIT: '0' })).toContain('SPOX_RATE_LIMIT must be at least 1');
    expect(problem({ DISCORD_TOKEN: TOKEN, DISCORD_GUILD_ID: 'my server' })).toContain('DISCORD_GUILD_ID must be a numeric server id');
    expect(problem({ DISCORD_TOKEN: TOKEN, DISCORD_RETRY_DELAY_MS: 'soon' })).toContain('DISCORD_RETRY_DELAY_MS must be a whole number of milliseconds');
    expect(problem({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: 'discord.com' })).toContain('DISCORD_API_URL must be an http(s) URL');
    const missingId = problem({ DISCORD_TOKEN: TOKEN }, { require: ['DISCORD_CLIENT_ID'] });
    expect(missingId).toContain('DISCORD_CLIENT_ID is not set');
    expect(missingId).toContain('General Information → Application ID');
  });

  it('documents every variable at the schema, with its default', () => {
    for (const [name, field] of Object.entries(discordConfigSchema.shape)) {
      expect(field.description, name).toMatch(/\w{3,}/);
    }
    expect(discordConfigSchema.shape.SPOX_RATE_LIMIT.description).toContain('Default: 6');
    expect(discordConfigSchema.shape.SPOX_INDEX_DIR.description).toContain('Default: index');
  });
});
