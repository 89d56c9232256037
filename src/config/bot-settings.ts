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
