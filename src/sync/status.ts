import { join, resolve } from 'node:path';
import { readManifest, type IndexManifest } from '../store/index-manifest.js';
import { currentGeneration } from '../store/layout.js';
import { titleDate } from '../transcripts/manifest.js';
import { namedThenCounted, plural } from '../util/plural.js';
import { keptPages } from './data-folder.js';
import { itemDate } from './listing-item.js';
import { statePath } from './retry-policy.js';
import { readSyncState, SYNC_STATE_FILE, SyncStateError, type FailedPage, type SyncState } from './state.js';

/** What `ask --about` and the bots' /about tell of the sync, from the data folder's `sync-state.json`. */
export interface SyncStatus {
  file: string;
  lastSync: SyncState['lastSync'];
  /** Listed pages that failed: still asked for again by every sync. */
  pending: FailedPage[];
  /** Listed pages given up: not asked again. */
  gaveUp: FailedPage[];
  /**
   * Pages the sync kept that the index does not hold (nor leaves out as copies): kept by a sync that
   * stopped before its index run; the next sync indexes them. Empty when no index was given.
   */
  keptNotIndexed: { url: string; date: string | null }[];
  /** The file exists but cannot be read (what is wrong, and what to do); the rest is then empty. */
  unreadable: string | null;
}

/**
 * The sync state through the sync's own reader; a file that cannot be read is said, not thrown.
 * With the manifest of the index, also the kept pages it does not hold (`keptNotIndexed`).
 */
export function readSyncStatus(dataDir: string, indexed: IndexManifest | null = null): SyncStatus {
  const file = join(dataDir, SYNC_STATE_FILE);
  try {
    const state = readSyncState(dataDir);
    const held = new Set(Object.values(indexed?.transcripts ?? {}).map((t) => resolve(t.file)));
    const keptNotIndexed = indexed === null ? [] : keptPages(dataDir)
      .filter((page) => !held.has(resolve(page.file)) && !(statePath(page.url) in state.copies))
      .map((page) => ({ url: page.url, date: titleDate(page.title) }));
    return { file, lastSync: state.lastSync, pending: Object.values(state.pending), gaveUp: Object.values(state.gaveUp), keptNotIndexed, unreadable: null };
  } catch (err) {
    if (!(err instanceof SyncStateError)) throw err;
    return { file, lastSync: null, pending: [], gaveUp: [], keptNotIndexed: [], unreadable: err.message };
  }
}

/** The sync state with the kept pages the index in `indexDir` does not hold: what `ask --about` and the bots' /about tell. */
export function readSyncStatusOfIndex(dataDir: string, indexDir: string): SyncStatus {
  return readSyncStatus(dataDir, readManifest(currentGeneration(indexDir)));
}

/** Pages named in a list; the rest are counted. */
const NAMED = 3;

/** A failure's first words: `HTTP 500 (after 4 attempts)` → `HTTP 500`, `not a transcript: …` → `not a transcript`. */
function failureWords(error: string): string {
  return error.split(/ \(|: /)[0]!;
}

/** `2026-08-24 (HTTP 500), 2026-08-21 (HTTP 404), and 2 more`: newest first, by the briefing's date (a page without one by its URL's path). */
function pagesWords(pages: { url: string; date: string | null; why?: string }[]): string {
  const dated = pages
    .map((p) => ({ date: p.date ?? new URL(p.url).pathname, why: p.why }))
    .sort((a, b) => b.date.localeCompare(a.date));
  return namedThenCounted(dated.map((p) => (p.why ? `${p.date} (${p.why})` : p.date)), NAMED);
}

/** A failed page as `pagesWords` names it. */
const failedWords = (p: FailedPage): { url: string; date: string | null; why: string } => ({ url: p.url, date: itemDate(p), why: failureWords(p.error) });

/**
 * The listed pages no sync could get, in the words `ask --about`, Discord's /about and Slack's
 * `/spox about` use: how many, a few named by date, and where to look and how to ask again.
 * Null when there are none; `unknown: …` when the state file cannot be read. In a chat (`inChat`)
 * the server's paths are not shown: the file is named within the data folder, and why it cannot be
 * read is left to the bot's log.
 */
export function notIndexedWords(status: SyncStatus, inChat = false): string | null {
  const file = inChat ? `the data folder's ${SYNC_STATE_FILE}` : status.file;
  if (status.unreadable) return `unknown: ${inChat ? `${file} cannot be read (the bot's log says why)` : status.unreadable}`;
  const { pending, gaveUp, keptNotIndexed: kept } = status;
  const said: string[] = [];
  if (kept.length > 0) {
    const them = kept.length === 1 ? 'it' : 'them';
    said.push(`${plural(kept.length, 'page')} the sync kept, by a run that stopped before indexing ${them}: ${pagesWords(kept)}; the next sync indexes ${them}.`);
  }
  if (pending.length + gaveUp.length > 0) {
    const groups = [
      ...(gaveUp.length ? [`given up ${pagesWords(gaveUp.map(failedWords))}`] : []),
      ...(pending.length ? [`still asked for by every sync ${pagesWords(pending.map(failedWords))}`] : []),
    ];
    const lists = [gaveUp.length ? '"gaveUp"' : '', pending.length ? '"pending"' : ''].filter(Boolean).join(' and ');
    const again = gaveUp.length ? '; to ask for the given-up pages again: npm run sync -- --retry-given-up' : '';
    said.push(
      `${plural(pending.length + gaveUp.length, 'listed page')} the sync could not get: ${groups.join('; ')}. ` +
      `Their URLs and errors are under ${lists} in ${file}${again}.`,
    );
  }
  return said.length > 0 ? said.join(' ') : null;
}
