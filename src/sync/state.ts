import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
  /** Listed URLs that redirect elsewhere and hold no transcript (old-scheme pages): not asked again. */
  moved: Record<string, { to: string; reason: string; at: string }>;
  /**
   * Listed URLs whose page was a copy of a briefing already indexed (the site re-posted it): not
   * kept, so that the data folder holds only what the index holds, and not asked again.
   */
  copies: Record<string, { url: string; at: string }>;
  /** By URL path: pages that failed, asked for again by every run until kept or given up (see retry-policy.ts). */
  pending: Record<string, FailedPage>;
  /** By URL path: pages given up after failing on too many runs; not asked again (an entry moved back to `pending` is asked once more). */
  gaveUp: Record<string, FailedPage & { at: string }>;
  /** By section path: a walk that stopped before the known part of its listing (capped, limited, a listing page failed). */
  unfinished: Record<string, UnfinishedWalk>;
}

export const SYNC_STATE_FILE = 'sync-state.json';

function emptyState(): SyncState {
  return { lastSync: null, moved: {}, copies: {}, pending: {}, gaveUp: {}, unfinished: {} };
}

export function readSyncState(dataDir: string): SyncState {
  const path = join(dataDir, SYNC_STATE_FILE);
  if (!existsSync(path)) return emptyState();
  try {
    const state = JSON.parse(readFileSync(path, 'utf8')) as Partial<SyncState>;
    return {
      lastSync: state.lastSync ?? null, moved: state.moved ?? {}, copies: state.copies ?? {},
      pending: state.pending ?? {}, gaveUp: state.gaveUp ?? {}, unfinished: state.unfinished ?? {},
    };
  } catch {
    return emptyState(); // unreadable: start afresh rather than stop syncing
  }
}

/** Replaces the state file in one rename. */
export function writeSyncState(dataDir: string, state: SyncState): void {
  const path = join(dataDir, SYNC_STATE_FILE);
  const temp = join(dataDir, `.${SYNC_STATE_FILE}.${process.pid}.part`);
  writeFileSync(temp, JSON.stringify(state, null, 1) + '\n');
  renameSync(temp, path);
}
