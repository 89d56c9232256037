import { randomBytes } from 'node:crypto';
import type { SearchFilters, SearchHit, SearchMode } from '../search/types.js';

/** One /ask (or context-menu) search kept so its card can be paged and cited. */
export interface StoredResult {
  id: string;
  /** Only this user may page through the hits. */
  userId: string;
  query: string;
  filters: SearchFilters;
  mode: SearchMode;
  hits: SearchHit[];
}

export interface ResultStoreOptions {
  /** How long a result can be paged after the search. Default 30 minutes. */
  ttlMs?: number;
  /** Results kept at most; the oldest go first. Default 1000. */
  maxEntries?: number;
  now?: () => number;
}

/** Search results in memory, each for a limited time. */
export class ResultStore {
  private readonly entries = new Map<string, { result: StoredResult; expires: number }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: ResultStoreOptions = {}) {
    this.ttlMs = options.ttlMs ?? 30 * 60_000;
    this.maxEntries = options.maxEntries ?? 1000;
    this.now = options.now ?? Date.now;
  }

  add(result: Omit<StoredResult, 'id'>): StoredResult {
    const stored = { ...result, id: randomBytes(6).toString('base64url') };
    this.entries.set(stored.id, { result: stored, expires: this.now() + this.ttlMs });
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(key);
    }
    return stored;
  }

  /** The result, or undefined when it never existed or has expired. */
  get(id: string): StoredResult | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(id);
      return undefined;
    }
    return entry.result;
  }

  get size(): number {
    return this.entries.size;
  }
}
