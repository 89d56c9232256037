/**
 * Prints `.env.example` from the zod schemas that validate the settings, so the example, the
 * error messages and the types never disagree. `npx tsx scripts/env-example.ts > .env.example`
 */
import type { z } from 'zod';
import { discordConfigSchema } from '../src/discord/config.js';
import { embedSettingsSchema } from '../src/embed/settings.js';
import { syncSettingsSchema } from '../src/sync/settings.js';
import { slackVariablesSchema } from '../src/slack/config.js';

function section(title: string, schema: z.ZodObject): string[] {
  const lines = [`# --- ${title} ---`];
  for (const [name, field] of Object.entries(schema.shape)) {
    lines.push('', ...wrap(field.description ?? '').map((l) => `# ${l}`));
    lines.push(field.safeParse(undefined).success ? `# ${name}=` : `${name}=`);
  }
  return lines;
}

function wrap(text: string, width = 98): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function renderEnvExample(): string {
  return [
    '# spox settings: copy to .env and fill in. Generated from the zod schemas by scripts/env-example.ts.',
    '# Optional settings are commented out; their defaults are in their descriptions.',
    '',
    ...section('Discord bot (npm start, npm run deploy-commands); SPOX_INDEX_DIR and SPOX_RATE_LIMIT apply to Slack too', discordConfigSchema),
    '',
    ...section('Slack app (npm run slack; also reads SPOX_INDEX_DIR and SPOX_RATE_LIMIT above)', slackVariablesSchema),
    '',
    ...section('Embedding model (npm run index, ask, eval, start)', embedSettingsSchema),
    '',
    ...section('Sync from the Ministry\'s site (npm run sync, and the bot\'s SPOX_SYNC_EVERY)', syncSettingsSchema),
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(renderEnvExample());
