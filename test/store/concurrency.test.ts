import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSearch } from '../../src/search/open.js';
import { buildIndex } from '../../src/store/build.js';
import { currentGeneration } from '../../src/store/layout.js';
import { IndexBusyError, withIndexLock } from '../../src/store/lock.js';
import { workspace } from './fixtures.js';

interface JobResult {
  id: number;
  ok: boolean;
  transcripts?: number;
  error?: string;
  owner?: { pid: number };
  lines: string[];
}

/** A long-lived second process writing the index through buildIndex (test/store/index-worker.ts). */
class Worker {
  private next = 0;
  private readonly pending = new Map<number, (r: JobResult) => void>();
  private constructor(private readonly child: ChildProcess, readonly pid: number) {
    child.on('message', (m: JobResult) => this.pending.get(m.id)?.(m));
  }

  static start(): Promise<Worker> {
    const child = fork('test/store/index-worker.ts', [], { execArgv: ['--import', 'tsx'] });
    return new Promise((resolve) => child.once('message', (m: { ready: number }) => resolve(new Worker(child, m.ready))));
  }

  run(job: { indexDir: string; sources: string[]; wait?: boolean; delayMs?: number; toggle?: [string, string] }): Promise<JobResult> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.child.send({ wait: true, delayMs: 0, ...job, id });
    });
  }

  stop(): void {
    this.child.kill();
  }
}

/** Everything a reader gets from the committed index, less what differs between identical builds. */
function contents(indexDir: string): object {
  const generation = currentGeneration(indexDir)!;
  const manifest = JSON.parse(readFileSync(join(generation, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  delete manifest.builtAt;
  return { manifest, records: readFileSync(join(generation, 'records.jsonl'), 'utf8'), briefings: readFileSync(join(generation, 'briefings.jsonl'), 'utf8'),
    lexical: readFileSync(join(generation, 'lexical.json'), 'utf8'), postings: readFileSync(join(generation, 'lexical.bin')).toString('base64') };
}

/** The index folder is tidy: no lock left, every generation folder recorded in the state file, CURRENT among them. */
function expectTidy(indexDir: string): void {
  expect(existsSync(join(indexDir, 'LOCK'))).toBe(false);
  const state = JSON.parse(readFileSync(join(indexDir, 'generations.json'), 'utf8')) as { generations: { name: string }[] };
  const folders = readdirSync(indexDir).filter((f) => f.startsWith('gen-')).sort();
  expect(state.generations.map((g) => g.name).sort()).toEqual(folders);
  expect(folders).toContain(readFileSync(join(indexDir, 'CURRENT'), 'utf8').trim());
  expect(readdirSync(indexDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
}

const ws = workspace(6);
const extra = join(ws.root, 'extra');
let reference: { full: object; small: object };
let workers: [Worker, Worker];

beforeAll(async () => {
  mkdirSync(extra);
  for (const page of readdirSync(ws.sources).filter((f) => f.endsWith('.shtml')).sort().slice(4)) {
    renameSync(join(ws.sources, page), join(extra, page));
  }
  workers = await Promise.all([Worker.start(), Worker.start()]);
  const clean = async (name: string, sources: string[]): Promise<object> => {
    const indexDir = join(ws.root, name);
    await buildIndex({ sources, indexDir, embedder: null });
    return contents(indexDir);
  };
  reference = { full: await clean('clean-full', [ws.sources, extra]), small: await clean('clean-small', [ws.sources]) };
});
afterAll(() => {
  for (const w of workers ?? []) w.stop();
  ws.cleanup();
});

const delay = (): number => Math.floor(Math.random() * 150);

describe('two index runs at once', () => {
  it('20 pairs (a plain run, and one adding a folder) leave the index a clean build makes, each run saying what happened', async () => {
    const [a, b] = workers;
    let waited = 0;
    for (let pair = 0; pair < 20; pair++) {
      const indexDir = join(ws.root, `pairs-${pair}`);
      const [plain, adding] = await Promise.all([
        a.run({ indexDir, sources: [ws.sources], delayMs: delay() }),
        b.run({ indexDir, sources: [ws.sources, extra], delayMs: delay() }),
      ]);
      expect(plain).toMatchObject({ ok: true });
      expect(adding).toMatchObject({ ok: true, transcripts: 6 });
      // A run that waited names the other; the plain run sees the added folder only if it ran second.
      for (const [result, other] of [[plain, b], [adding, a]] as const) {
        for (const line of result.lines) expect(line).toMatch(new RegExp(`^waiting for the index run of pid ${other.pid}, started at \\d{4}-`));
      }
      if (plain.lines.length > 0) expect(plain.transcripts).toBe(6);
      if (adding.lines.length > 0) expect(plain.transcripts).toBe(4);
      waited += plain.lines.length + adding.lines.length;
      expect(contents(indexDir)).toEqual(reference.full);
      expectTidy(indexDir);
    }
    expect(waited).toBeGreaterThan(0);
  });

  it('with wait: false, the second writer refuses, naming the first, and changes nothing', async () => {
    const [a, b] = workers;
    for (let pair = 0; pair < 5; pair++) {
      const indexDir = join(ws.root, `no-wait-${pair}`);
      const [plain, adding] = await Promise.all([
        a.run({ indexDir, sources: [ws.sources], wait: false, delayMs: delay() }),
        b.run({ indexDir, sources: [ws.sources, extra], wait: false, delayMs: delay() }),
      ]);
      for (const [result, other] of [[plain, b], [adding, a]] as const) {
        if (!result.ok) {
          expect(result.owner?.pid).toBe(other.pid);
          expect(result.error).toMatch(new RegExp(`another index run \\(pid ${other.pid}, started at .*\\) is writing to`));
        }
      }
      expect(plain.ok || adding.ok).toBe(true);
      expect(contents(indexDir)).toEqual(adding.ok ? reference.full : reference.small);
      expectTidy(indexDir);
    }
  });

  it('two writers in one process (a scheduled sync and a manual run in the bot) take turns', async () => {
    const indexDir = join(ws.root, 'one-process');
    const lines: string[] = [];
    const reports = await Promise.all([
      buildIndex({ sources: [ws.sources], indexDir, embedder: null }),
      buildIndex({ sources: [ws.sources, extra], indexDir, embedder: null, log: (l) => lines.push(l) }),
    ]);
    expect(reports.map((r) => r.transcripts)).toEqual([4, 6]);
    expect(lines).toEqual([expect.stringMatching(`^waiting for the index run of pid ${process.pid},`)]);
    expect(contents(indexDir)).toEqual(reference.full);
  });
});

describe('a lock left by a run that died', () => {
  it('is taken over at once: its pid is gone, or belongs to a process started at another time', async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    for (const owner of [
      { pid: dead, processStart: null },
      { pid: 1, processStart: 'not-the-start-of-pid-1' }, // the pid was reused by another process
    ]) {
      const indexDir = join(ws.root, `stale-${owner.pid}`);
      mkdirSync(indexDir);
      writeFileSync(join(indexDir, 'LOCK'), JSON.stringify({ ...owner, startedAt: '2026-01-01T00:00:00.000Z', host: hostname(), token: 'x' }));
      const lines: string[] = [];
      const report = await buildIndex({ sources: [ws.sources], indexDir, embedder: null, wait: false, log: (l) => lines.push(l) });
      expect(report.transcripts).toBe(4);
      expect(lines).toEqual([]);
      expectTidy(indexDir);
    }
  });

  it('is not taken over when it belongs to a live process', async () => {
    const indexDir = join(ws.root, 'live');
    mkdirSync(indexDir);
    const owner = { pid: process.ppid, processStart: null, startedAt: '2026-01-01T00:00:00.000Z', host: hostname(), token: 'y' };
    writeFileSync(join(indexDir, 'LOCK'), JSON.stringify(owner));
    await expect(buildIndex({ sources: [ws.sources], indexDir, embedder: null, wait: false })).rejects.toThrow(IndexBusyError);
    expect(currentGeneration(indexDir)).toBeNull();
  });
});

describe('readers during rebuilds', () => {
  it('opening the index in a loop while another process rebuilds it 10 times never fails', async () => {
    const indexDir = join(ws.root, 'readers');
    await buildIndex({ sources: [ws.sources], indexDir, embedder: null });
    const page = readdirSync(ws.sources).find((f) => f.endsWith('.shtml'))!;
    const [inside, outside] = [join(ws.sources, page), join(ws.root, page)];
    const seen = new Set<number>();
    const generations = new Set<string>();
    const failures: string[] = [];
    const open = async (): Promise<number | null> => {
      const generation = currentGeneration(indexDir);
      if (generation === null) failures.push('no current generation');
      else generations.add(generation);
      try {
        const briefings = (await openSearch(indexDir, { embedder: null })).info().briefings;
        seen.add(briefings);
        return briefings;
      } catch (err) {
        failures.push((err as Error).message);
        return null;
      }
    };
    // The rebuilds are asked for one at a time, each moving the page out of its folder or back, and the
    // reader opens the index in a loop while each runs (at least once, however fast the writer), then
    // once after it: so the test does not hang on how fast either side happens to be.
    expect(await open()).toBe(4);
    const after: (number | null)[] = [];
    for (let i = 0; i < 10; i++) {
      let done = false;
      const rebuild = workers[0].run({ indexDir, sources: [ws.sources], toggle: i % 2 === 0 ? [inside, outside] : [outside, inside] })
        .finally(() => (done = true));
      do {
        await open();
        await new Promise((r) => setImmediate(r));
      } while (!done);
      expect(await rebuild).toMatchObject({ ok: true, transcripts: i % 2 === 0 ? 3 : 4 });
      after.push(await open());
    }
    expect(failures).toEqual([]);
    expect(after).toEqual([3, 4, 3, 4, 3, 4, 3, 4, 3, 4]);
    // Every open saw one whole generation: with the page, or without it.
    expect([...seen].sort()).toEqual([3, 4]);
    // A generation a reader has found stays whole on disk for the grace period, however slow the reader:
    // the first one and each rebuild's.
    expect(generations.size).toBe(11);
    for (const generation of generations) expect(existsSync(join(generation, 'lexical.json'))).toBe(true);
  });
});

/** The command-line tools, run as a user runs them: a project folder with its own small seeds/. */
describe('npm run index and ask, concurrently', () => {
  const project = join(ws.root, 'project');
  const tsx = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/esm/index.mjs')).href;
  const cli = (name: string, args: string[]) => {
    const child = spawn(process.execPath, ['--import', tsx, join(process.cwd(), `src/cli/${name}.ts`), ...args], {
      cwd: project,
      env: { ...process.env, SPOX_INDEX_DIR: 'index', SPOX_OFFLINE: '1', SPOX_MODEL_CACHE: join(project, 'no-cache') },
    });
    const out = { stdout: '', stderr: '', pid: child.pid! };
    child.stdout.on('data', (d: Buffer) => (out.stdout += d));
    child.stderr.on('data', (d: Buffer) => (out.stderr += d));
    const exit = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
    return { out, exit };
  };
  beforeAll(() => {
    mkdirSync(project);
    cpSync(ws.sources, join(project, 'seeds'), { recursive: true });
    cpSync(extra, join(project, 'extra'), { recursive: true });
  });

  it('two `ask`s on a missing index: one builds it, the other waits and uses it', async () => {
    const runs = [cli('ask', ['Huawei', '--json']), cli('ask', ['trade', '--json'])];
    const codes = await Promise.all(runs.map((r) => r.exit));
    expect(codes).toEqual([0, 0]);
    for (const [i, run] of runs.entries()) {
      expect((JSON.parse(run.out.stdout) as { mode: string }).mode).toBe('lexical');
      const waiting = /waiting for the index run of pid (\d+)/.exec(run.out.stderr);
      if (waiting) expect(Number(waiting[1])).toBe(runs[1 - i]!.out.pid);
    }
    const state = JSON.parse(readFileSync(join(project, 'index', 'generations.json'), 'utf8')) as { generations: unknown[] };
    expect(state.generations).toHaveLength(1); // built once
  });

  it('a run started while another writer holds the lock waits for it, or with --no-wait exits 2 naming it', async () => {
    let released = false;
    const waiting = cli('index', ['extra']);
    const refusing = cli('index', ['--no-wait']);
    await withIndexLock(join(project, 'index'), {}, async () => {
      expect(await refusing.exit).toBe(2);
      expect(refusing.out.stderr).toContain(`another index run (pid ${process.pid}, started at `);
      expect(refusing.out.stderr).toContain('not waiting (--no-wait). Nothing was changed.');
      while (!waiting.out.stderr.includes('waiting for the index run')) await new Promise((r) => setTimeout(r, 50));
      expect(waiting.out.stderr).toContain(`waiting for the index run of pid ${process.pid}, started at `);
      released = true;
    });
    expect(released).toBe(true);
    expect(await waiting.exit).toBe(0);
    expect(waiting.out.stdout).toMatch(/^indexed 6 transcripts, \d+ records into index\//);
    expect((JSON.parse(readFileSync(join(currentGeneration(join(project, 'index'))!, 'manifest.json'), 'utf8')) as { sources: string[] }).sources)
      .toEqual(['seeds', 'extra']);
  });

  it('an index run that can read nothing exits 1 and says the index is as it was', async () => {
    const before = readFileSync(join(project, 'index', 'CURRENT'), 'utf8');
    renameSync(join(project, 'seeds'), join(project, 'seeds-away'));
    renameSync(join(project, 'extra'), join(project, 'extra-away'));
    const run = cli('index', []);
    expect(await run.exit).toBe(1);
    expect(run.out.stderr).toMatch(/error: seeds: no such file or folder/);
    expect(run.out.stderr).toMatch(/index failed: no transcript could be read .*; the index in index\/ is as it was/);
    expect(readFileSync(join(project, 'index', 'CURRENT'), 'utf8')).toBe(before);
  });
});
