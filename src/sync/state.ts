import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
}

export const SYNC_STATE_FILE = 'sync-state.json';

export function readSyncState(dataDir: string): SyncState {
  const path = join(dataDir, SYNC_STATE_FILE);
  if (!existsSync(path)) return { lastSync: null, moved: {}, copies: {} };
  try {
    const state = JSON.parse(readFileSync(path, 'utf8')) as Partial<SyncState>;
    return { lastSync: state.lastSync ?? null, moved: state.moved ?? {}, copies: state.copies ?? {} };
  } catch {
    return { lastSync: null, moved: {}, copies: {} }; // unreadable: start afresh rather than stop syncing
  }
}

/** Replaces the state file in one rename. */
export function writeSyncState(dataDir: string, state: SyncState): void {
  const path = join(dataDir, SYNC_STATE_FILE);
  const temp = join(dataDir, `.${SYNC_STATE_FILE}.${process.pid}.part`);
  writeFileSync(temp, JSON.stringify(state, null, 1) + '\n');
  renameSync(temp, path);
}
