/**
 * `npm run bench:sync`: what a sync adds to the work it cannot avoid. A loopback copy of the site
 * in its 2026 shape lists 100 real bundled transcripts (ten listing pages); we time
 *   sync:  `runSync` from an empty data folder and index (listings, 100 downloads, pages kept with
 *          their manifest rows, parse, index), with no politeness delay;
 *   index: parsing and indexing the same 100 pages from a folder (`buildIndex`), nothing else;
 * each in a fresh process, alternating, 5 runs each (`--runs N`; wall and CPU time), with no model (lexical) and with the tiny
 * fixture model (embedding included; `--lexical-only` skips it). Prints the medians and the overhead.
 * Figures, not assertions.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEmbedder, type Embedder } from '../src/embed/embedder.js';
import { buildIndex } from '../src/store/build.js';
import { TSX_LOADER } from '../src/sync/child.js';
import { runSync } from '../src/sync/sync.js';
import { median, round } from './stats.js';
import { serveFolder, writeSyntheticSite } from './synthetic-site.js';

const ITEMS = 100;
/** Runs of each kind (`--runs N`, default 5): on a busy machine single runs vary by a third. */
function runCount(): number {
  const at = process.argv.indexOf('--runs');
  if (at < 0) return 5;
  const runs = Number(process.argv[at + 1]);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of runs, not ${JSON.stringify(process.argv[at + 1])}`);
  return runs;
}
const TINY_MODEL = 'test/fixtures/tiny-model';

async function embedderFor(model: string): Promise<Embedder | null> {
  if (model === 'none') return null;
  const load = await loadEmbedder({ model: TINY_MODEL, cacheDir: '.cache/unused', offline: true });
  if (!load.ok) throw new Error(`tiny model did not load: ${load.reason}`);
  return load.embedder;
}

/** Child mode: one timed operation, printing its milliseconds. */
async function measureOne(kind: string, model: string, arg: string): Promise<void> {
  const embedder = await embedderFor(model);
  const work = mkdtempSync(join(tmpdir(), 'spox-bench-sync-run-'));
  try {
    const started = performance.now();
    const cpu = process.cpuUsage();
    if (kind === 'sync') {
      const { report } = await runSync({
        site: arg, dataDir: join(work, 'data'), indexDir: join(work, 'index'), sources: [], embedder,
        fetcher: { minIntervalMs: 0 },
      });
      if (report.fetched !== ITEMS) throw new Error(`expected ${ITEMS} pages, fetched ${report.fetched}: ${JSON.stringify(report.failed)}`);
    } else {
      const built = await buildIndex({ sources: [arg], indexDir: join(work, 'index'), embedder });
      if (built.transcripts !== ITEMS) throw new Error(`expected ${ITEMS} transcripts, indexed ${built.transcripts}`);
    }
    const used = process.cpuUsage(cpu);
    console.log(`${performance.now() - started} ${(used.user + used.system) / 1000}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Wall and CPU milliseconds of one timed operation in a fresh process. */
function child(kind: string, model: string, arg: string): Promise<{ wall: number; cpu: number }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', TSX_LOADER, 'bench/sync.ts', '--measure', kind, model, arg], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (c: Buffer) => (out += c.toString()));
    proc.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${kind} run failed (${code})`));
      const [wall, cpu] = out.trim().split('\n').pop()!.split(' ').map(Number);
      resolve({ wall: wall!, cpu: cpu! });
    });
  });
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'spox-bench-sync-'));
  const siteDir = join(root, 'site');
  const pagesDir = join(root, 'pages');
  const paths = writeSyntheticSite(siteDir, ITEMS);
  // The same pages as a plain folder for the index-only baseline, with a manifest as the sync writes one.
  mkdirSync(pagesDir);
  const rows = ['file\turl\tfetched_at\ttitle'];
  for (const path of paths) {
    const name = path.split('/').pop()!;
    copyFileSync(join(siteDir, path), join(pagesDir, name));
    rows.push(`${name}\thttps://www.mfa.gov.cn${path}\t2026-01-01T00:00:00Z\t`);
  }
  writeFileSync(join(pagesDir, 'MANIFEST.tsv'), rows.join('\n') + '\n');
  if (readdirSync(pagesDir).length !== ITEMS + 1) throw new Error('synthetic site incomplete');

  const server = await serveFolder(siteDir);
  const runs = runCount();
  const report: Record<string, unknown> = { items: ITEMS, listing_pages: Math.ceil(ITEMS / 10), runs, politeness_delay: 'excluded (0 ms)' };
  try {
    const models = process.argv.includes('--lexical-only') ? ['none'] : ['none', 'tiny'];
    for (const model of models) {
      const sync: { wall: number; cpu: number }[] = [];
      const index: { wall: number; cpu: number }[] = [];
      for (let i = 0; i < runs; i++) {
        index.push(await child('index', model, pagesDir));
        sync.push(await child('sync', model, server.origin));
      }
      const figures = (measure: 'wall' | 'cpu'): Record<string, unknown> => {
        const [s, x] = [median(sync.map((r) => r[measure])), median(index.map((r) => r[measure]))];
        return {
          sync_ms_median: round(s), index_ms_median: round(x), sync_overhead_ms: round(s - x),
          sync_overhead_pct: round((100 * (s - x)) / x),
          sync_ms: sync.map((r) => round(r[measure])), index_ms: index.map((r) => round(r[measure])),
        };
      };
      // CPU time of the syncing process is the steadier figure on a busy machine (the site's own work runs in this process).
      report[model === 'none' ? 'lexical' : 'tiny_model'] = { goal_pct: 10, wall: figures('wall'), cpu: figures('cpu') };
    }
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
  console.log(JSON.stringify(report, null, 2));
}

if (process.argv[2] === '--measure') {
  await measureOne(process.argv[3]!, process.argv[4]!, process.argv[5]!);
} else {
  await main();
}
