import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/store/build.js';
import { createGeneration, currentGeneration, removeStaleGenerations, RETIRED_GENERATION_GRACE_MS } from '../../src/store/layout.js';
import { workspace } from './fixtures.js';

describe('clean-up removes only what this index made', () => {
  const ws = workspace(3);
  afterAll(() => ws.cleanup());
  const build = (graceMs?: number) => buildIndex({ sources: [ws.sources], indexDir: ws.indexDir, embedder: null, graceMs });

  it("never removes a user's folder named like a generation, even one listed in the state file by hand", async () => {
    await build();
    const reports = join(ws.indexDir, 'gen-2024-reports');
    mkdirSync(reports);
    writeFileSync(join(reports, 'notes.txt'), 'mine');
    const statePath = join(ws.indexDir, 'generations.json');
    const state = JSON.parse(readFileSync(statePath, 'utf8')) as { generations: object[] };
    const forged = [{ name: 'gen-2024-reports', createdAt: '2024-01-01T00:00:00Z', committedAt: null, retiredAt: null },
      { name: '../escape', createdAt: '2024-01-01T00:00:00Z', committedAt: null, retiredAt: null }];
    writeFileSync(statePath, JSON.stringify({ generations: [...state.generations, ...forged] }));
    await build(0);
    await build(0);
    expect(readFileSync(join(reports, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readdirSync(ws.indexDir).filter((f) => f.startsWith('gen-')).sort()).toEqual(
      ['gen-2024-reports', currentGeneration(ws.indexDir)!.slice(ws.indexDir.length + 1)].sort(),
    );
  });

  it('removes the folder of a run that died before its switch, and a replaced one after the grace period', async () => {
    const dead = createGeneration(ws.indexDir); // as a run killed while writing leaves it
    writeFileSync(join(dead, 'records.jsonl'), '{"id": "2018');
    const replaced = currentGeneration(ws.indexDir)!;
    ws.addPage(3); // a run that changes nothing keeps its generation (update.test.ts)
    await build();
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(join(replaced, 'manifest.json'))).toBe(true); // a reader may still be opening it

    removeStaleGenerations(ws.indexDir, { now: Date.now() + RETIRED_GENERATION_GRACE_MS - 60_000 });
    expect(existsSync(replaced)).toBe(true);
    // A run that finds nothing to change still tidies (here with no grace period).
    const current = currentGeneration(ws.indexDir);
    expect((await build(0)).unchanged).toBe(true);
    expect([existsSync(replaced), currentGeneration(ws.indexDir)]).toEqual([false, current]);
    expect(existsSync(join(currentGeneration(ws.indexDir)!, 'manifest.json'))).toBe(true);
  });

  it('keeps a replaced generation for the grace period when the run that switched to it died before recording the switch', async () => {
    await build();
    const switched = currentGeneration(ws.indexDir)!;
    // The state file as a run killed between renaming CURRENT and recording it leaves it (or one that could not write it).
    const statePath = join(ws.indexDir, 'generations.json');
    const state = JSON.parse(readFileSync(statePath, 'utf8')) as { generations: { name: string; committedAt: string | null }[] };
    writeFileSync(statePath, JSON.stringify({ generations: state.generations.map((g) => (join(ws.indexDir, g.name) === switched ? { ...g, committedAt: null } : g)) }));
    ws.addPage(4);
    await build();
    expect(currentGeneration(ws.indexDir)).not.toBe(switched);
    expect(existsSync(join(switched, 'manifest.json'))).toBe(true); // a reader may have just read CURRENT naming it

    removeStaleGenerations(ws.indexDir, { now: Date.now() + RETIRED_GENERATION_GRACE_MS });
    expect(existsSync(switched)).toBe(false);
  });

  it('adopts the current generation of an index made before the state file, and nothing else', async () => {
    const legacy = workspace(2);
    try {
      await buildIndex({ sources: [legacy.sources], indexDir: legacy.indexDir, embedder: null });
      const old = currentGeneration(legacy.indexDir)!;
      const stray = join(legacy.indexDir, 'gen-mx0abc-1-abcdef');
      mkdirSync(stray);
      writeFileSync(join(legacy.indexDir, 'generations.json'), 'not json'); // as if absent or damaged
      legacy.addPage(2);
      await buildIndex({ sources: [legacy.sources], indexDir: legacy.indexDir, embedder: null, graceMs: 0 });
      expect(existsSync(old)).toBe(false);
      expect(existsSync(stray)).toBe(true);
    } finally {
      legacy.cleanup();
    }
  });
});
