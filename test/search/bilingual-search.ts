import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { openSearch } from '../../src/search/open.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { buildIndex } from '../../src/store/build.js';
import { bilingualSample } from '../seed-sources.js';

/**
 * A lexical index of the bilingual sample (the days given, or its own; beside the folders `also`),
 * built before the tests around the call and removed after them; `opened` gets its search and folder. The
 * build must read every page.
 */
export function searchOnBilingualSample(
  opened: (search: SearchEngine, indexDir: string) => void, dates?: string[], options: { also?: string[]; today?: () => Date } = {},
): void {
  const sample = bilingualSample(dates);
  const indexDir = mkdtempSync(join(tmpdir(), 'spox-bilingual-index-'));
  beforeAll(async () => {
    const report = await buildIndex({ sources: [sample.dir, ...(options.also ?? [])], indexDir, embedder: null });
    expect(report.failures).toEqual([]);
    opened(await openSearch(indexDir, { embedder: null, ...(options.today ? { today: options.today } : {}) }), indexDir);
  });
  afterAll(() => {
    sample.remove();
    rmSync(indexDir, { recursive: true, force: true });
  });
}
