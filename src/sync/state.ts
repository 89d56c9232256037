import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { namedThenCounted } from '../util/plural.js';

/** A listed page whose download failed: what is needed to ask for it again without its listing page. */
export interface FailedPage {
  url: string;
  /** Its title and listed date, as its listing gave them. */
  title: string;
  listedDate: string | null;
  /** The section (`SyncSection.path`) that listed it: asked again only by a run reading that section's language. */
  section: string;
  /** The last failure, in one line. */
  error: string;
  /** Runs on which it failed, and when it failed first. */
  failedRuns: number;
  firstFailedAt: string;
  /** The site refused it outright (a 4xx other than 429, a redirect off the site, a page too large). */
  refused: boolean;
}

/** Where a walk of a section's listing stopped short, for the next walk to read on from. */
export interface UnfinishedWalk {
  /** The last item of the last listing page read: the next walk reads every page down to it, and on past it. */
  readTo: string;
  /** Why the walk stopped there: `--max-pages 1`, `--since 2026-08-20`, or the listing page that failed. */
  reason: string;
  at: string;
}

/** What the data folder remembers between runs, in `sync-state.json`. */
export interface SyncState {
  /** The last run that read the site (even if nothing was new). */
  lastSync: { at: string; site: string; listed: number; fetched: number; failed: number } | null;
  /** Listed URLs of a retired scheme that redirect elsewhere and hold no transcript: not asked again (`movedForGood`, retry-policy.ts). */
  moved: Record<string, { to: string; reason: string; at: string }>;
  /**
   * Listed URLs whose page was a copy of a briefing already indexed, of the date its listing gives (the
   * site re-posted it): not kept, so that the data folder holds only what the index holds, and not asked again.
   */
  copies: Record<string, { url: string; at: string }>;
  /** By URL path: pages that failed, asked for again by every run until kept or given up (see retry-policy.ts). */
  pending: Record<string, FailedPage>;
  /** By URL path: pages given up after failing on too many runs; not asked again (`--retry-given-up`, or an entry moved back to `pending`, asks once more). */
  gaveUp: Record<string, FailedPage & { at: string }>;
  /** By section path: a walk that stopped before the known part of its listing (capped, limited, a listing page failed). */
  unfinished: Record<string, UnfinishedWalk>;
  /** By URL path: the validators the site sent with a kept page, for the recheck's conditional GET (validators.ts). */
  validators: Record<string, PageValidators>;
}

/** What the site said of a page's version (ETag, Last-Modified), and the SHA-256 of the body they describe. */
export interface PageValidators {
  etag: string | null;
  lastModified: string | null;
  sha256: string;
}

export const SYNC_STATE_FILE = 'sync-state.json';

/**
 * The state file's shape, as checked when it is read: each part may be missing (an older file, a
 * fresh start), and an entry may carry more than these fields (one moved by hand from `gaveUp` to
 * `pending` keeps its `at`).
 */
const urlText = z.string().refine((s) => URL.canParse(s), 'must be a full URL');
const timeText = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be a date and time such as 2026-11-28T06:00:00.000Z');
const failedPageSchema = z.looseObject({
  url: urlText, title: z.string(), listedDate: z.string().nullable(), section: z.string(), error: z.string(),
  failedRuns: z.number().int().min(0), firstFailedAt: timeText, refused: z.boolean(),
}) satisfies z.ZodType<FailedPage>;
const stateFileSchema = z.looseObject({
  lastSync: z.looseObject({ at: timeText, site: z.string(), listed: z.number(), fetched: z.number(), failed: z.number() }).nullable().default(null),
  moved: z.record(z.string(), z.looseObject({ to: z.string(), reason: z.string(), at: z.string() })).default({}),
  copies: z.record(z.string(), z.looseObject({ url: z.string(), at: z.string() })).default({}),
  pending: z.record(z.string(), failedPageSchema).default({}),
  gaveUp: z.record(z.string(), failedPageSchema.extend({ at: z.string() })).default({}),
  unfinished: z.record(z.string(), z.looseObject({ readTo: urlText, reason: z.string(), at: z.string() })).default({}),
  validators: z.record(z.string(), z.looseObject({ etag: z.string().nullable(), lastModified: z.string().nullable(), sha256: z.string() })).default({}),
}) satisfies z.ZodType<SyncState>;

function emptyState(): SyncState {
  return { lastSync: null, moved: {}, copies: {}, pending: {}, gaveUp: {}, unfinished: {}, validators: {} };
}

/** A state file that exists but cannot be read: said, and left as it is, rather than replaced by an empty state. */
export class SyncStateError extends Error {
  override name = 'SyncStateError';
  constructor(readonly file: string, readonly problem: string) {
    super(
      `${file} cannot be read: ${problem}. Fix it, or move it away to start afresh (what it remembers is then forgotten: ` +
        'the pages given up or still to ask for again, the URLs that moved or are copies, the listings left partly unread)',
    );
  }
}

/** `… at position 13` → `… at position 13 (line 2, column 12)`, as newer Node versions say it. */
function withLineAndColumn(message: string, text: string): string {
  const at = /at position (\d+)/.exec(message);
  if (!at || /\bline\b/.test(message)) return message;
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  return `${message} (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
}

/** Where in the file an issue is: `"pending" → "/eng/…/t1.html" → "failedRuns"`. */
function issueWords(issue: z.core.$ZodIssue): string {
  const where = issue.path.map((key) => JSON.stringify(String(key))).join(' → ') || 'the file';
  if (/received undefined$/.test(issue.message)) return `${where} is missing`;
  return `${where}: ${issue.message.replace(/^Invalid input: /, '').replace('expected record', 'expected an object')}`;
}

/**
 * The data folder's sync state; a fresh one when the file does not exist. A file that exists but is
 * not valid JSON, or not the shape above, throws SyncStateError: a sync must not replace it with an
 * empty state, and forget what was given up or left unread.
 */
export function readSyncState(dataDir: string): SyncState {
  const path = join(dataDir, SYNC_STATE_FILE);
  if (!existsSync(path)) return emptyState();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new SyncStateError(path, (err as Error).message);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new SyncStateError(path, `not valid JSON: ${withLineAndColumn((err as Error).message, text)}`);
  }
  const checked = stateFileSchema.safeParse(json);
  if (!checked.success) {
    const issues = checked.error.issues;
    throw new SyncStateError(path, `not the shape of a sync state: ${namedThenCounted(issues.map(issueWords), 3, '; ')}`);
  }
  return checked.data;
}

/** Replaces the state file in one rename. */
export function writeSyncState(dataDir: string, state: SyncState): void {
  const path = join(dataDir, SYNC_STATE_FILE);
  const temp = join(dataDir, `.${SYNC_STATE_FILE}.${process.pid}.part`);
  writeFileSync(temp, JSON.stringify(state, null, 1) + '\n');
  renameSync(temp, path);
}
