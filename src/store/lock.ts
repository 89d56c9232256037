import { randomUUID } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * One writer at a time per index folder. The lock is the file `LOCK`, made by hard-linking a file
 * that already holds its owner (pid, process start time, host, start of the run): `link` fails when
 * `LOCK` exists, so taking it is atomic and a reader never sees it half-written.
 *
 * A lock is stale when its owner is gone: no process with its pid, or one that started at another
 * time (the pid was reused). A stale lock is removed under a second, short-lived lock (`LOCK.break`)
 * after checking again that it is still the same stale lock, so two waiters never remove a live one.
 * A run killed by Ctrl-C or `kill -9` therefore never blocks the next one.
 */
const LOCK_FILE = 'LOCK';
const BREAK_FILE = 'LOCK.break';
const POLL_MS = 150;

export interface LockOwner {
  pid: number;
  /** ISO time the run took the lock. */
  startedAt: string;
  host: string;
  /** The owner process's start (from /proc), to tell a reused pid; null where unknown. */
  processStart: string | null;
  /** Tells this holder from any other, so a process only ever removes its own lock. */
  token: string;
}

export class IndexBusyError extends Error {
  override name = 'IndexBusyError';
  constructor(readonly indexDir: string, readonly owner: LockOwner) {
    super(`another index run (${describeOwner(owner)}) is writing to ${indexDir}/; not waiting for it`);
  }
}

export interface LockOptions {
  /** false: throw IndexBusyError instead of waiting for the running writer. Default true. */
  wait?: boolean;
  /** Called when the run starts waiting, and again if another writer takes its turn first. */
  onWait?: (owner: LockOwner) => void;
}

/** `pid 123, started at 2026-11-28T22:10:03.000Z` (and the host when it is another machine). */
export function describeOwner(owner: LockOwner): string {
  return `pid ${owner.pid}, started at ${owner.startedAt}${owner.host !== hostname() ? ` on ${owner.host}` : ''}`;
}

/** The start time of a process, from /proc (Linux); null where it cannot be had. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime) counts from the field after the command name, which may hold spaces.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

const ownStart = processStart(process.pid);
/** Tokens of the locks this process holds (two writers in one process wait for each other too). */
const held = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by another user
  }
}

function isStale(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return false; // cannot tell: the owner's machine decides
  if (owner.pid === process.pid && owner.processStart === ownStart) return !held.has(owner.token);
  if (!isAlive(owner.pid)) return true;
  const start = processStart(owner.pid);
  return owner.processStart !== null && start !== null && start !== owner.processStart;
}

function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' && typeof owner.token === 'string' ? owner : null;
  } catch {
    return null;
  }
}

const sameOwner = (a: LockOwner | null, b: LockOwner | null): boolean => a !== null && b !== null && a.token === b.token;

/** Creates `path` holding `owner`, atomically; false when it exists. */
function createExclusive(indexDir: string, path: string, owner: LockOwner): boolean {
  const temp = join(indexDir, `LOCK.${process.pid}.${owner.token}.tmp`);
  writeFileSync(temp, JSON.stringify(owner));
  try {
    linkSync(temp, path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    unlinkSync(temp);
  }
}

function removeIfOwnedBy(path: string, owner: LockOwner): void {
  if (sameOwner(readOwner(path), owner)) unlinkSync(path);
}

/** Removes `LOCK` if it is still the stale lock of `stale`; another waiter may have done it first. */
function breakStaleLock(indexDir: string, stale: LockOwner): void {
  const breakPath = join(indexDir, BREAK_FILE);
  const breaker = newOwner();
  if (!createExclusive(indexDir, breakPath, breaker)) {
    // Another waiter is breaking it; only a breaker that died mid-way (a few system calls) leaves it.
    const other = readOwner(breakPath);
    if (other && isStale(other)) removeIfOwnedBy(breakPath, other);
    return;
  }
  try {
    const lockPath = join(indexDir, LOCK_FILE);
    if (sameOwner(readOwner(lockPath), stale)) unlinkSync(lockPath);
  } finally {
    removeIfOwnedBy(breakPath, breaker);
  }
}

function newOwner(): LockOwner {
  return { pid: process.pid, startedAt: new Date().toISOString(), host: hostname(), processStart: ownStart, token: randomUUID() };
}

/** Takes the index's write lock, waiting for (or refusing, with `wait: false`) a running writer. */
async function acquire(indexDir: string, options: LockOptions): Promise<LockOwner> {
  mkdirSync(indexDir, { recursive: true });
  const lockPath = join(indexDir, LOCK_FILE);
  let announced: string | null = null;
  let unreadable = 0;
  for (;;) {
    const mine = newOwner();
    held.add(mine.token);
    if (createExclusive(indexDir, lockPath, mine)) return mine;
    held.delete(mine.token);
    const owner = readOwner(lockPath);
    if (owner === null) {
      // Released meanwhile, most often. A LOCK spox did not write (it always holds its owner) is
      // not for this run to remove.
      if (++unreadable > 20 && existsSync(lockPath)) {
        throw new Error(`${lockPath} was not written by an index run; delete it if no index run is going on`);
      }
      await sleep(POLL_MS);
      continue;
    }
    if (isStale(owner)) {
      breakStaleLock(indexDir, owner);
      continue;
    }
    if (options.wait === false) throw new IndexBusyError(indexDir, owner);
    if (announced !== owner.token) {
      announced = owner.token;
      options.onWait?.(owner);
    }
    await sleep(POLL_MS + Math.random() * POLL_MS);
  }
}

/** Never throws: it runs after the work, whose outcome it must not replace. */
function release(indexDir: string, owner: LockOwner): void {
  held.delete(owner.token);
  try {
    removeIfOwnedBy(join(indexDir, LOCK_FILE), owner);
    removeDeadTempFiles(indexDir);
  } catch {
    // Already gone (the folder removed meanwhile): nothing to release.
  }
}

/** Temp files of lock attempts by processes that died between writing and removing them. */
function removeDeadTempFiles(indexDir: string): void {
  let entries: string[];
  try {
    entries = readdirSync(indexDir);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = /^LOCK\.(\d+)\.[0-9a-f-]{36}\.tmp$/.exec(entry)?.[1];
    if (pid && Number(pid) !== process.pid && !isAlive(Number(pid))) rmSync(join(indexDir, entry), { force: true });
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` holding the index's write lock; every writer of the index goes through here. */
export async function withIndexLock<T>(indexDir: string, options: LockOptions, work: () => Promise<T>): Promise<T> {
  const owner = await acquire(indexDir, options);
  try {
    return await work();
  } finally {
    release(indexDir, owner);
  }
}
