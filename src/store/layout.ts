import { randomBytes } from 'node:crypto';
import {
  closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync,
} from 'node:fs';
import { join } from 'node:path';
import { writeAll } from '../util/write-all.js';

/**
 * The index is a series of generations: each run writes a complete new `gen-…` folder beside the
 * current one and then swaps the one-line `CURRENT` file by an atomic rename. A run killed at any
 * point leaves `CURRENT` naming the previous, complete generation.
 *
 * The generations this index made are listed in its own state file, `generations.json`, before
 * their folder is made: clean-up removes only those, never a folder for its name alone. A replaced
 * generation stays on disk for a grace period after the switch, so a reader that has just read
 * `CURRENT` can still load the generation it names.
 *
 * A generation is complete, but need not own its files: an update hard-links from the previous one
 * what it did not change (a lexical index, a year's vector shard) and its `records.jsonl`, to which
 * it appends the lines of new and changed records (records-file.ts). No byte a committed generation
 * reads is ever changed; removing a generation removes its names only.
 *
 * Everything that writes here (generations, `CURRENT`, the state file) runs under the write lock
 * (lock.ts); readers take no lock.
 */
const CURRENT_FILE = 'CURRENT';
const STATE_FILE = 'generations.json';
const GENERATION_PREFIX = 'gen-';
/** The names this index gives its generations; a state entry of any other form is never acted on. */
const GENERATION_NAME = /^gen-[0-9a-z]+-\d+-[0-9a-f]{6}$/;
export const MANIFEST_FILE = 'manifest.json';
export const RECORDS_FILE = 'records.jsonl';
export const RECORD_FIELDS_FILE = 'record-fields.jsonl';
export const BRIEFINGS_FILE = 'briefings.jsonl';
export const LEXICAL_FILE = 'lexical.json';
export const LEXICAL_POSTINGS_FILE = 'lexical.bin';
/** The Chinese records' lexical index: loaded only when a query is in Chinese (it is five times the English one). */
export const LEXICAL_ZH_FILE = 'lexical-zh.json';
export const LEXICAL_ZH_POSTINGS_FILE = 'lexical-zh.bin';
export const VECTORS_DIR = 'vectors';

/** How long a replaced generation stays on disk for readers that opened it just before the switch. */
export const RETIRED_GENERATION_GRACE_MS = 5 * 60_000;

/** The folder of the committed generation, or null when there is none (or it is damaged). */
export function currentGeneration(indexDir: string): string | null {
  const name = currentName(indexDir);
  if (!name) return null;
  const dir = join(indexDir, name);
  return name.startsWith(GENERATION_PREFIX) && existsSync(join(dir, MANIFEST_FILE)) ? dir : null;
}

function currentName(indexDir: string): string | null {
  try {
    return readFileSync(join(indexDir, CURRENT_FILE), 'utf8').trim() || null;
  } catch {
    return null;
  }
}

interface GenerationEntry {
  name: string;
  createdAt: string;
  /** When it became CURRENT; null while it is being written (or its run died). */
  committedAt: string | null;
  /** When another generation replaced it. */
  retiredAt: string | null;
}

/** The generations this index made. An index from before the state file adopts its current one. */
function readState(indexDir: string): GenerationEntry[] {
  try {
    const state = JSON.parse(readFileSync(join(indexDir, STATE_FILE), 'utf8')) as { generations?: GenerationEntry[] };
    return (state.generations ?? []).filter((g) => typeof g.name === 'string' && GENERATION_NAME.test(g.name));
  } catch {
    const name = currentName(indexDir);
    return name && currentGeneration(indexDir) ? [{ name, createdAt: new Date().toISOString(), committedAt: new Date().toISOString(), retiredAt: null }] : [];
  }
}

function writeState(indexDir: string, generations: GenerationEntry[]): void {
  replaceFileDurable(indexDir, STATE_FILE, JSON.stringify({ generations }, null, 1));
}

/**
 * The generations this index made that were current once (a `CURRENT` removed by hand leaves its
 * last one so), newest first: where what it handed out can still be read when `CURRENT` names
 * no usable generation. Folders that are gone are listed too.
 */
export function formerlyCurrentGenerations(indexDir: string): string[] {
  const when = (g: GenerationEntry): number => Date.parse(g.committedAt ?? g.retiredAt ?? g.createdAt) || 0;
  return readState(indexDir)
    .filter((g) => g.committedAt !== null || g.retiredAt !== null)
    .sort((a, b) => when(b) - when(a))
    .map((g) => join(indexDir, g.name));
}

/** Starts a new generation folder, recorded in the state file first so that clean-up knows it as ours. */
export function createGeneration(indexDir: string): string {
  mkdirSync(indexDir, { recursive: true });
  const name = `${GENERATION_PREFIX}${Date.now().toString(36)}-${process.pid}-${randomBytes(3).toString('hex')}`;
  writeState(indexDir, [...readState(indexDir), { name, createdAt: new Date().toISOString(), committedAt: null, retiredAt: null }]);
  const dir = join(indexDir, name);
  mkdirSync(dir);
  return dir;
}

/** Writes a file and flushes it to disk before returning; a write that fails (a full disk) throws a WriteFailedError naming the file. */
export function writeFileDurable(path: string, data: string | Uint8Array): void {
  const fd = openSync(path, 'w');
  try {
    writeAll(fd, data, path);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (names created or renamed in it) to disk. */
export function fsyncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function fsyncTree(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) fsyncTree(join(dir, entry.name));
  fsyncDirectory(dir);
}

/** Replaces `indexDir/name` atomically: a durable temp file renamed over it, then the folder flushed. */
function replaceFileDurable(indexDir: string, name: string, data: string): void {
  const temp = join(indexDir, `${name}.${process.pid}.tmp`);
  writeFileDurable(temp, data);
  renameSync(temp, join(indexDir, name));
  flushAfterRename(indexDir);
}

/** After a rename has happened nothing may throw: the caller would act as if it had not. */
function flushAfterRename(indexDir: string): void {
  try {
    fsyncDirectory(indexDir);
  } catch {
    // The rename stands; only its durability across a power cut is in doubt.
  }
}

/** Makes `generationDir` the index: the one step that changes what readers see. */
export function commitGeneration(indexDir: string, generationDir: string): void {
  const name = generationDir.slice(generationDir.lastIndexOf(GENERATION_PREFIX));
  fsyncTree(generationDir); // its files are flushed as written; their names must be too
  const previous = currentName(indexDir);
  replaceFileDurable(indexDir, CURRENT_FILE, name + '\n');
  const now = new Date().toISOString();
  try {
    writeState(indexDir, readState(indexDir).map((g) =>
      g.name === name ? { ...g, committedAt: now } : g.name === previous ? { ...g, retiredAt: now } : g));
  } catch {
    // The switch is done; clean-up treats a generation it cannot place as just retired.
  }
}

/** Removes a generation this run made and did not commit (its entry too); never the current one. */
export function discardGeneration(indexDir: string, generationDir: string): void {
  if (currentGeneration(indexDir) === generationDir || !removeFolder(generationDir)) return;
  try {
    writeState(indexDir, readState(indexDir).filter((g) => join(indexDir, g.name) !== generationDir));
  } catch {
    // Its folder is gone; the next run drops the entry.
  }
}

export interface CleanupOptions {
  /** Default RETIRED_GENERATION_GRACE_MS. */
  graceMs?: number;
  now?: number;
}

/**
 * Removes this index's generations that no reader can need: those of runs that died before their
 * switch, and those replaced longer than the grace period ago. Only the lock holder calls this, so
 * any generation but `keep` never committed nor retired is a dead run's. Returns the folders removed.
 */
export function removeStaleGenerations(indexDir: string, options: CleanupOptions & { keep?: string } = {}): string[] {
  const graceMs = options.graceMs ?? RETIRED_GENERATION_GRACE_MS;
  const now = options.now ?? Date.now();
  const current = currentName(indexDir);
  const removed: string[] = [];
  const kept: GenerationEntry[] = [];
  const state = readState(indexDir);
  for (const g of state) {
    const path = join(indexDir, g.name);
    // Retired means it was current once, even without a commit time: the run that switched to it died
    // (or could not write this file) before recording the switch. A reader may have it open.
    const wasCurrent = g.committedAt !== null || g.retiredAt !== null;
    const retiredAt = g.retiredAt ?? (wasCurrent ? new Date(now).toISOString() : null);
    const unused = g.name !== current && path !== options.keep &&
      (!wasCurrent || now - Date.parse(retiredAt!) >= graceMs);
    if (unused && removeFolder(path)) removed.push(path);
    else kept.push(g.name === current ? g : { ...g, retiredAt });
  }
  if (JSON.stringify(kept) !== JSON.stringify(state)) writeState(indexDir, kept);
  for (const entry of readdirSync(indexDir, { withFileTypes: true })) {
    const pid = /^(?:CURRENT|generations\.json)\.(\d+)\.tmp$/.exec(entry.name)?.[1];
    if (pid && entry.isFile() && !isRunning(Number(pid))) rmSync(join(indexDir, entry.name), { force: true });
  }
  return removed;
}

function removeFolder(path: string): boolean {
  try {
    if (existsSync(path) && !statSync(path).isDirectory()) return false;
    rmSync(path, { recursive: true, force: true });
    return true;
  } catch {
    return false; // tried again by the next run
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A setting of the index that cannot be used; the message names the variable. */
export class IndexSettingError extends Error {
  override name = 'IndexSettingError';
}

/**
 * Where the index lives: `SPOX_INDEX_DIR`, default `index/` in the working folder (created when
 * missing). Throws IndexSettingError, naming the variable, when it names something other than a folder.
 */
export function indexDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.SPOX_INDEX_DIR?.trim() || 'index';
  let isFolder = true;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    // missing: the first index run creates it
  }
  if (!isFolder) {
    const named = env.SPOX_INDEX_DIR?.trim() ? `SPOX_INDEX_DIR is "${dir}", which` : `SPOX_INDEX_DIR is not set, so the index goes in "${dir}", which`;
    throw new IndexSettingError(`${named} is a file, not a folder: set SPOX_INDEX_DIR to a folder (created if missing)`);
  }
  return dir;
}
