import { z } from 'zod';

/** Settings every chat adapter (Discord, Slack) reads the same way: the index and the query limit. */
export const botSettingsShape = {
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
    .describe('Searches (Discord /ask, Slack /spox, and "What did China say?") each user may run per minute. Default: 6.'),
};

/** The first wait, in ms, before a chat service is tried again after a network failure (it doubles each time). */
export function retryDelayMs(description: string) {
  return z
    .string()
    .regex(/^\d+$/, 'must be a whole number of milliseconds')
    .transform(Number)
    .pipe(z.number().int().min(1, 'must be at least 1').max(600_000, 'must be at most 600000 (10 minutes)'))
    .default(1000)
    .describe(description);
}
