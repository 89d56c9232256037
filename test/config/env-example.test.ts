import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderEnvExample } from '../../scripts/env-example.js';
import { discordConfigSchema } from '../../src/discord/config.js';
import { embedSettingsSchema } from '../../src/embed/settings.js';
import { syncSettingsSchema } from '../../src/sync/settings.js';
import { slackConfigSchema } from '../../src/slack/config.js';

describe('.env.example', () => {
  it('is what the settings schemas generate (run scripts/env-example.ts after changing one)', () => {
    expect(readFileSync('.env.example', 'utf8')).toBe(renderEnvExample());
  });

  it('documents every variable that is validated', () => {
    const text = readFileSync('.env.example', 'utf8');
    for (const name of [...Object.keys(discordConfigSchema.shape), ...Object.keys(embedSettingsSchema.shape), ...Object.keys(syncSettingsSchema.shape), ...Object.keys(slackConfigSchema.shape)]) {
      expect(text).toMatch(new RegExp(`^(# )?${name}=$`, 'm'));
    }
  });
});
