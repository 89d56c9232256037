import { statSync } from 'node:fs';
import { z } from 'zod';
import { quoted } from '../util/printable.js';

/** The Ministry's site; `www.fmprc.gov.cn` serves the same pages. */
export const DEFAULT_SITE = 'https://www.mfa.gov.cn';
/** The sites a sync can read: the Ministry's English site, and its Chinese one. */
export const SYNC_LANGS = ['en', 'zh'] as const;
export type SyncLang = (typeof SYNC_LANGS)[number];

/**
 * `en`, `zh` or `en,zh` (either order, spaces allowed) → the languages, each once; otherwise an
 * Error whose message says what is wrong with the value (the caller names the option or variable).
 */
export function parseSyncLangs(value: string): SyncLang[] {
  const parts = value.split(',').map((p) => p.trim().toLowerCase());
  const bad = parts.filter((p) => !(SYNC_LANGS as readonly string[]).includes(p));
  if (bad.length > 0) throw new Error(`must be en, zh or en,zh (comma-separated), not ${quoted(value)}`);
  return SYNC_LANGS.filter((l) => parts.includes(l));
}

/** Days before the newest kept briefing whose kept pages each sync asks for again (0: none). */
export const DEFAULT_RECHECK_DAYS = 2;
/** The widest recheck window: each day in it costs every run a request or two. */
export const MAX_RECHECK_DAYS = 31;

/**
 * A whole number of days from 0 to MAX_RECHECK_DAYS (spaces around it allowed); otherwise an Error
 * whose message says what is wrong with the value (the caller names the option or variable).
 */
export function parseRecheckDays(value: string): number {
  const text = value.trim();
  const days = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
  if (!(days <= MAX_RECHECK_DAYS)) throw new Error(`must be a whole number of days from 0 (no recheck) to ${MAX_RECHECK_DAYS}, not ${quoted(value)}`);
  return days;
}

/**
 * An http(s) URL (the Ministry's site, a mirror or a proxy in front of it), as given; otherwise an
 * Error whose message says what is wrong with the value (the caller names the option or variable).
 */
export function parseSyncSite(value: string): string {
  let protocol: string | null = null;
  try {
    protocol = new URL(value).protocol;
  } catch {
    // not a URL: said below
  }
  if (protocol !== 'http:' && protocol !== 'https:') throw new Error(`must be an http(s) URL such as ${DEFAULT_SITE}, not ${quoted(value)}`);
  return value;
}

/** A setting read by one of the parsers above, whose error message becomes the setting's. */
function parsedBy<T>(parse: (value: string) => T) {
  return z.string().transform((value, ctx) => {
    try {
      return parse(value);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message });
      return z.NEVER;
    }
  });
}

/**
 * A folder for the synced pages, created when missing; not an existing file: "EEXIST … mkdir" had been
 * said of it, with advice to run the sync again (hunt-O (b)).
 */
function parseDataDir(value: string): string {
  let stats;
  try {
    stats = statSync(value);
  } catch {
    return value; // missing: the first sync creates it
  }
  if (!stats.isDirectory()) throw new Error(`must be a folder (created if missing), not ${quoted(value)}, which is a file`);
  return value;
}

/** The pause between requests, in whole milliseconds up to 10 minutes; the value quoted when it is not one (hunt-O (b)). */
function parseDelay(value: string): number {
  if (!/^\d+$/.test(value)) throw new Error(`must be a whole number of milliseconds, not ${quoted(value)}`);
  const ms = Number(value);
  if (ms > 600_000) throw new Error(`must be at most 600000 (10 minutes), not ${quoted(value)}`);
  return ms;
}

/** Sent with every request, so the site's operators can tell who is asking and how to reach us. */
export const USER_AGENT = 'spox-sync/0.1 (+https://github.com/spox; verbatim quotes of the spokesperson; one request a second)';

/**
 * The sync's settings, read from the environment (and `.env`). Each description is the one source
 * for `.env.example` and for error messages.
 */
export const syncSettingsSchema = z.object({
  SPOX_DATA_DIR: parsedBy(parseDataDir)
    .default('data')
    .describe('Folder where `npm run sync` keeps the pages it downloads (mirroring their URL paths, with MANIFEST.tsv files) and sync-state.json. Default: data.'),
  SPOX_SYNC_DELAY_MS: parsedBy(parseDelay)
    .default(1000)
    .describe('Least time from the end of one request to the Ministry\'s site to the start of the next, in milliseconds (one request at a time). Default: 1000.'),
  SPOX_SYNC_SITE: parsedBy(parseSyncSite)
    .default(DEFAULT_SITE)
    .describe(`The Ministry's site the sync reads (a mirror or a proxy in front of it): the bot's scheduled sync uses it too. \`npm run sync -- --site\` overrides it. Default: ${DEFAULT_SITE}.`),
  SPOX_SYNC_LANGS: parsedBy(parseSyncLangs)
    .default(['en'])
    .describe('Which of the Ministry\'s sites the sync reads: en (the English press conferences and remarks), zh (the Chinese press conferences), or en,zh. `npm run sync -- --langs` overrides it. Default: en.'),
  SPOX_SYNC_RECHECK_DAYS: parsedBy(parseRecheckDays)
    .default(DEFAULT_RECHECK_DAYS)
    .describe(`How many days before the newest briefing kept the sync asks again for the kept pages, to take in the Ministry's corrections at the same URL (0: never). \`npm run sync -- --recheck-days\` overrides it. Default: ${DEFAULT_RECHECK_DAYS}.`),
});

export type SyncSettings = z.output<typeof syncSettingsSchema>;

/** Reads the sync settings; an empty variable counts as unset. Throws with a message naming the variable. */
export function readSyncSettings(env: NodeJS.ProcessEnv = process.env): SyncSettings {
  const raw: Record<string, string> = {};
  for (const name of Object.keys(syncSettingsSchema.shape)) {
    const value = env[name]?.trim();
    if (value) raw[name] = value;
  }
  const parsed = syncSettingsSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const name = String(i.path[0]) as keyof typeof syncSettingsSchema.shape;
      return `- ${name} ${i.message}. ${syncSettingsSchema.shape[name].description ?? ''}`;
    });
    throw new Error(`Configuration problem (set it in .env or the environment):\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Where synced pages live: `SPOX_DATA_DIR`, default `data/`. */
export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.SPOX_DATA_DIR?.trim() || 'data';
}
