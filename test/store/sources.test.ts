import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIndex, NothingReadError, type BuildOptions } from '../../src/store/build.js';
import { currentGeneration } from '../../src/store/layout.js';
import { planSources, SourceError } from '../../src/store/sources.js';
import { workspace } from './fixtures.js';
import { readRecordStore } from '../../src/store/records-file.js';

/** What the committed index holds: record id → answer, and the manifest's sources and files. */
function snapshot(indexDir: string): { records: Map<string, string>; sources: string[]; files: Record<string, string> } {
  const generation = currentGeneration(indexDir)!;
  const { records } = readRecordStore(generation);
  const manifest = JSON.parse(readFileSync(join(generation, 'manifest.json'), 'utf8')) as {
    sources: string[]; transcripts: Record<string, { file: string }>;
  };
  return {
    records: new Map(records.map((r) => [r.id, r.answer])),
    sources: manifest.sources,
    files: Object.fromEntries(Object.entries(manifest.transcripts).map(([k, t]) => [k, t.file])),
  };
}

const keysFrom = (files: Record<string, string>, path: string): string[] =>
  Object.entries(files).filter(([, f]) => f.startsWith(path)).map(([k]) => k).sort();

/** Lets an unprivileged user work in `root` (call before taking rights away from a file in it). */
function openUp(root: string): void {
  spawnSync('chmod', ['-R', 'a+rwX', root]);
}

/** Runs `work` as an unprivileged user when the tests run as root (root reads any folder, whatever its mode). */
async function unprivileged<T>(work: () => Promise<T>): Promise<T> {
  if (process.getuid?.() !== 0) return work();
  process.setegid!(65534);
  process.seteuid!(65534);
  try {
    return await work();
  } finally {
    process.seteuid!(0);
    process.setegid!(0);
  }
}

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

/** A workspace with `sources/` (4 bundled pages) and `extra/` (2 more, in a sub-folder `extra/more/`). */
function setup() {
  const ws = workspace(6);
  cleanups.push(ws.cleanup);
  const extra = join(ws.root, 'extra');
  mkdirSync(join(extra, 'more'), { recursive: true });
  const pages = readdirSync(ws.sources).filter((f) => f.endsWith('.shtml')).sort();
  for (const page of pages.slice(4)) renameSync(join(ws.sources, page), join(extra, 'more', page));
  cpSync(join(ws.sources, 'MANIFEST.tsv'), join(extra, 'more', 'MANIFEST.tsv'));
  const lines: string[] = [];
  const build = (options: Partial<BuildOptions> = {}) =>
    buildIndex({ sources: [ws.sources], indexDir: ws.indexDir, embedder: null, log: (l) => lines.push(l), ...options });
  return { ws, extra, pages, lines, build };
}

describe('sources are remembered', () => {
  it('a plain re-run reads an extra folder indexed before, and --forget removes it, saying so', async () => {
    const { ws, extra, build, lines } = setup();
    const first = await build({ sources: [ws.sources, extra] });
    expect(first.transcripts).toBe(6);
    const withExtra = snapshot(ws.indexDir);
    expect(keysFrom(withExtra.files, extra)).toHaveLength(2);

    const plain = await build();
    expect(plain).toMatchObject({ transcripts: 6, removed: 0 });
    expect(plain.sources.sort()).toEqual([ws.sources, extra].sort());
    expect(snapshot(ws.indexDir).records).toEqual(withExtra.records);

    // An outdated index rebuilt for `ask` (only when stale) reads them too.
    const manifestPath = join(currentGeneration(ws.indexDir)!, 'manifest.json');
    writeFileSync(manifestPath, JSON.stringify({ ...JSON.parse(readFileSync(manifestPath, 'utf8')), parserVersion: 0 }));
    expect(await build({ onlyWhenStale: true })).toMatchObject({ transcripts: 6, removed: 0 });
    expect(await build({ onlyWhenStale: true })).toMatchObject({ upToDate: true });

    await expect(build({ forget: [join(ws.root, 'elsewhere')] })).rejects.toThrow(SourceError);
    await expect(build({ forget: [ws.sources] })).rejects.toThrow(/both given to index and to forget/);
    const forgotten = await build({ forget: [extra] });
    expect(forgotten).toMatchObject({ transcripts: 4, removed: 2, forgotten: [{ source: extra, transcripts: 2 }] });
    expect(lines).toContain(`forgot ${extra}: its 2 transcripts were removed from the index`);
    expect(snapshot(ws.indexDir).sources).toEqual([ws.sources]);
    expect(keysFrom(snapshot(ws.indexDir).files, extra)).toEqual([]);
  });
});

describe('messages', () => {
  it('say seeds/ cannot be forgotten, as every run indexes it, not that it was given twice (explore32a F16)', () => {
    expect(() => planSources(['seeds', 'extra'], ['seeds'], ['seeds'])).toThrow('seeds is seeds/, the bundled corpus, which every run indexes: it cannot be forgotten');
    expect(() => planSources(['seeds', 'extra'], ['seeds', 'extra'], ['extra'])).toThrow('extra is both given to index and to forget');
  });

  it('say the sync\'s folder cannot be forgotten while it is there, and what to do instead (explore32c, session 33)', () => {
    const everyRun = new Map([['seeds', { what: 'seeds/, the bundled corpus' }], ['data', { what: 'the sync\'s folder', instead: 'move it away first' }]]);
    expect(() => planSources(['seeds', 'data'], ['seeds', 'data'], ['data'], everyRun)).toThrow('data is the sync\'s folder, which every run indexes: it cannot be forgotten; move it away first');
    // Moved away, it is no longer given, and is forgotten.
    expect(planSources(['seeds', 'data'], ['seeds'], ['data'], everyRun)).toEqual({ read: ['seeds'], forgotten: ['data'] });
  });

  it('say "its transcript was removed" of one', async () => {
    const { ws, extra, build, lines } = setup();
    rmSync(join(extra, 'more', readdirSync(join(extra, 'more')).find((f) => f.endsWith('.shtml'))!));
    await build({ sources: [ws.sources, extra] });
    await build({ forget: [extra] });
    expect(lines).toContain(`forgot ${extra}: its transcript was removed from the index`);
  });
});

describe('a mistyped path', () => {
  it('is reported by name and never remembered, and the rest of the run is indexed (hunt-I b); a remembered path that has gone is still only reported', async () => {
    const { ws, extra, build } = setup();
    await build({ sources: [ws.sources] });
    const typo = join(ws.root, 'does-not-exist');
    // Before, the whole run was refused: extra, named beside the typo, was not indexed.
    const run = await build({ sources: [ws.sources, extra, typo] });
    expect(run.failures).toEqual([{ file: typo, error: 'no such file or folder; not added to the sources', kept: [] }]);
    expect(run.sources.sort()).toEqual([ws.sources, extra].sort());
    expect(snapshot(ws.indexDir).sources.sort()).toEqual([ws.sources, extra].sort());
    const plain = await build();
    expect(plain.failures).toEqual([]);
    expect(plain.sources.sort()).toEqual([ws.sources, extra].sort());
  });

  it('makes npm run index exit 1 naming it, having indexed the rest', () => {
    const { ws } = setup();
    const typo = join(ws.root, 'does-not-exist');
    const env = { ...process.env, SPOX_INDEX_DIR: ws.indexDir, SPOX_OFFLINE: '1', SPOX_MODEL_CACHE: join(ws.root, 'cache') };
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', typo], { encoding: 'utf8', env });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`error: ${typo}: no such file or folder; not added to the sources`);
    expect(run.stdout).toMatch(/^indexed \d+ transcripts, .*; 1 file or folder failed \(see above\)$/m);
    expect(currentGeneration(ws.indexDir)).not.toBeNull();
  });
});

describe('a new path that exists but holds no readable transcript', () => {
  it('is reported by name as not added to the sources, and never remembered; the rest is indexed', async () => {
    const { ws, build } = setup();
    await build();
    const empty = join(ws.root, 'empty.html');
    writeFileSync(empty, '');
    const junk = join(ws.root, 'junk');
    mkdirSync(junk);
    writeFileSync(join(junk, 'a.shtml'), '');
    writeFileSync(join(junk, 'b.txt'), readFileSync('seeds/presscon/README.md', 'utf8'));
    const run = await build({ sources: [ws.sources, '/dev/null', empty, junk] });
    expect(run.failures).toEqual([
      { file: '/dev/null', error: 'a device, not a regular file: skipped; not added to the sources', kept: [] },
      { file: empty, error: 'empty file; not added to the sources', kept: [] },
      { file: join(junk, 'a.shtml'), error: 'empty file', kept: [] },
      { file: join(junk, 'b.txt'), error: expect.any(String), kept: [] },
      { file: junk, error: 'nothing in it could be read as a transcript (2 files failed, see above); not added to the sources', kept: [] },
    ]);
    expect(run.transcripts).toBe(4);
    expect(run.sources).toEqual([ws.sources]);
    expect(snapshot(ws.indexDir).sources).toEqual([ws.sources]);
    // So a plain re-run neither reads nor reports them again.
    expect((await build()).failures).toEqual([]);
  });
});

describe('a failure never removes', () => {
  it('keeps what an unreadable sub-folder held, and reports the folder', async () => {
    const { ws, extra, build } = setup();
    await build({ sources: [ws.sources, extra] });
    const before = snapshot(ws.indexDir);
    const locked = join(extra, 'more');
    openUp(ws.root);
    chmodSync(locked, 0);
    const report = await unprivileged(() => build());
    chmodSync(locked, 0o755);
    const failure = report.failures.find((f) => f.file === locked)!;
    expect(failure.error).toMatch(/folder could not be read \(EACCES/);
    expect(failure.kept.sort()).toEqual(keysFrom(before.files, extra));
    expect(report).toMatchObject({ transcripts: 6, removed: 0 });
    expect(snapshot(ws.indexDir).records).toEqual(before.records);
  });

  it('keeps an indexed transcript that became empty, unreadable or a FIFO, naming it and why', async () => {
    const { ws, build, pages } = setup();
    await build();
    const before = snapshot(ws.indexDir);
    const [emptied, unreadable, piped] = pages.slice(0, 3).map((p) => join(ws.sources, p)) as [string, string, string];
    writeFileSync(emptied, '');
    openUp(ws.root);
    chmodSync(unreadable, 0);
    rmSync(piped);
    expect(spawnSync('mkfifo', [piped]).status).toBe(0);

    const report = await unprivileged(() => build());
    const byFile = new Map(report.failures.map((f) => [f.file, f]));
    expect(byFile.get(emptied)).toMatchObject({ error: 'empty file', kept: [expect.any(String)] });
    expect(byFile.get(unreadable)?.error).toMatch(/could not be read: EACCES/);
    expect(byFile.get(piped)?.error).toMatch(/a FIFO \(named pipe\), not a regular file/);
    for (const file of [emptied, unreadable, piped]) {
      const key = byFile.get(file)!.kept[0]!;
      expect(before.files[key]).toBe(file);
    }
    expect(report).toMatchObject({ transcripts: 4, removed: 0 });
    expect(snapshot(ws.indexDir).records).toEqual(before.records);
  });

  it('keeps what a missing extra folder held until it is forgotten', async () => {
    const { ws, extra, build } = setup();
    await build({ sources: [ws.sources, extra] });
    const before = snapshot(ws.indexDir);
    renameSync(extra, `${extra}-moved`);
    const report = await build();
    expect(report.failures).toEqual([{ file: extra, error: 'no such file or folder', kept: keysFrom(before.files, extra) }]);
    expect(snapshot(ws.indexDir).records).toEqual(before.records);
    expect((await build({ forget: [extra] })).removed).toBe(2);
  });

  it('keeps what a source held when it lists no transcript any more (an unmounted drive), until it is forgotten', async () => {
    const { ws, extra, build } = setup();
    await build({ sources: [ws.sources, extra] });
    const before = snapshot(ws.indexDir);
    rmSync(join(extra, 'more'), { recursive: true });
    const report = await build();
    expect(report.failures).toEqual([
      { file: extra, error: 'no transcript files in it any more (it had 2); to remove them, --forget it', kept: keysFrom(before.files, extra) },
    ]);
    expect(snapshot(ws.indexDir).records).toEqual(before.records);
    expect(await build({ forget: [extra] })).toMatchObject({ removed: 2, failures: [] });
  });

  it('a run that can read nothing changes nothing and throws', async () => {
    const { ws, build } = setup();
    await build();
    const generation = currentGeneration(ws.indexDir);
    const state = readFileSync(join(ws.indexDir, 'generations.json'), 'utf8');
    rmSync(ws.sources, { recursive: true });
    await expect(build()).rejects.toThrow(NothingReadError);
    expect(currentGeneration(ws.indexDir)).toBe(generation);
    expect(readFileSync(join(ws.indexDir, 'generations.json'), 'utf8')).toBe(state);
  });
});
