import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The index is a series of generations: each run writes a complete new `gen-…` folder beside the
 * current one and then swaps the one-line `CURRENT` file by an atomic rename. A run killed at any
 * point leaves `CURRENT` naming the previous, complete generation.
 */
const CURRENT_FILE = 'CURRENT';
const GENERATION_PREFIX = 'gen-';
export const MANIFEST_FILE = 'manifest.json';
export const RECORDS_FILE = 'records.json';
export const LEXICAL_FILE = 'lexical.json';
/** The Chinese records' lexical index: loaded only when a query is in Chinese (it is five times the English one). */
export const LEXICAL_ZH_FILE = 'lexical-zh.json';
export const VECTORS_DIR = 'vectors';

/** The folder of the committed generation, or null when there is none (or it is damaged). */
export function currentGeneration(indexDir: string): string | null {
  let name: string;
  try {
    name = readFileSync(join(indexDir, CURRENT_FILE), 'utf8').trim();
  } catch {
    return null;
  }
  const dir = join(indexDir, name);
  return name.startsWith(GENERATION_PREFIX) && existsSync(join(dir, MANIFEST_FILE)) ? dir : null;
}

export function createGeneration(indexDir: string): string {
  mkdirSync(indexDir, { recursive: true });
  const name = `${GENERATION_PREFIX}${Date.now().toString(36)}-${process.pid}`;
  const dir = join(indexDir, name);
  mkdirSync(dir);
  return dir;
}

/** Writes a file and flushes it to disk before returning. */
export function writeFileDurable(path: string, data: string | Uint8Array): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes `generationDir` the index: the one step that changes what readers see. */
export function commitGeneration(indexDir: string, generationDir: string): void {
  const name = generationDir.slice(generationDir.lastIndexOf(GENERATION_PREFIX));
  const temp = join(indexDir, `${CURRENT_FILE}.${process.pid}.tmp`);
  writeFileDurable(temp, name + '\n');
  renameSync(temp, join(indexDir, CURRENT_FILE));
}

/** Removes generations other than the current one: older ones, and those of runs that died. */
export function removeStaleGenerations(indexDir: string): void {
  const current = currentGeneration(indexDir);
  for (const entry of readdirSync(indexDir)) {
    const path = join(indexDir, entry);
    const stale = entry.startsWith(GENERATION_PREFIX) && path !== current;
    if (stale || /^CURRENT\.\d+\.tmp$/.test(entry)) rmSync(path, { recursive: true, force: true });
  }
}

/** Where the index lives: `SPOX_INDEX_DIR`, default `index/` in the working folder. */
export function indexDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.SPOX_INDEX_DIR?.trim() || 'index';
}
