import { readFileSync } from 'node:fs';

/**
 * Tables that are pure functions of the code and its reviewed lists (the index terms of the listed
 * names, of the reporters' words), which a one-shot `ask` would otherwise work out at every start by
 * tokenizing thousands of names: some 50-80 ms of its CPU. `npm run build` computes every table
 * registered here into `precomputed.json` beside this module in dist/ (scripts/build.mjs, which
 * removes dist/ first, so the file is never older than the code). Run from the TypeScript sources
 * (tests, tsx), or without the file, each table is computed on first use, as before.
 */
export interface PrecomputedTable<T> {
  readonly name: string;
  /** The table: the build's copy when there is one, else computed once. */
  get(): T;
}

const FILE_NAME = 'precomputed.json';
const computers = new Map<string, () => unknown>();
let stored: Record<string, unknown> | null | undefined;

/** A table computed by `compute` (its value must survive JSON unchanged), registered for the build under `name`. */
export function precomputedTable<T>(name: string, compute: () => T): PrecomputedTable<T> {
  if (computers.has(name)) throw new Error(`precomputed table "${name}" is registered twice`);
  computers.set(name, compute);
  let value: T | undefined;
  return {
    name,
    get() {
      if (value === undefined) value = (storedTables()?.[name] as T | undefined) ?? compute();
      return value;
    },
  };
}

/** Every registered table, computed (the build writes this as `precomputed.json`). */
export function computeAllTables(): Record<string, unknown> {
  return Object.fromEntries([...computers].map(([name, compute]) => [name, compute()]));
}

/** Where the build writes the tables: beside this module, so only the compiled code in dist/ finds them. */
export function precomputedFile(): URL {
  return new URL(`./${FILE_NAME}`, import.meta.url);
}

function storedTables(): Record<string, unknown> | null {
  if (stored === undefined) stored = readStoredTables(precomputedFile());
  return stored;
}

/** The tables of a build's file; null when it is absent (the sources run through tsx) or unreadable: each is computed instead. */
export function readStoredTables(file: URL): Record<string, unknown> | null {
  try {
    const tables: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return tables !== null && typeof tables === 'object' && !Array.isArray(tables) ? (tables as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
