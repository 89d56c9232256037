/**
 * `npm run bench [-- --scales 1,10,25,50] [--json]`: the index at the bundled corpus (1x) and at
 * synthetic multiples of it (every transcript replicated with dates shifted by the corpus’s span of years, with
 * MiniLM-sized random vectors, 1.5 a record). Every figure comes from a fresh child process
 * (bench/child.ts): build without a model, vectors written through Vectra, a bot-like process's load
 * time, resident memory and warm query latency (lexical, and hybrid excluding the query's embedding),
 * vector search against a plain typed-array scan, one new briefing added at 25x or less (as a new page
 * file indexed by `buildIndex` over the corpus written as files, and parsed in memory with the rest), and the
 * whole `npm run ask -- "Huawei"` process at 1x in lexical mode. Figures, not assertions: these
 * machines are shared and noisy. With `--json` the last line is
 * `{"scales":[{"scale","records","load_ms","lexical_p95_ms","hybrid_p95_ms","rss_mb","scan_ratio"}]}`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { median, round } from './stats.js';

const GOALS = {
  ask_cpu_s_1x: 0.8, ask_peak_rss_mb_1x: 200,
  load_ms_25x: 2000, hybrid_p95_ms_25x: 50, lexical_p95_ms_25x: 30, rss_mb_25x: 600,
  scan_ratio: 1.5, build_s_25x: 60, update_s_25x: 2,
};
/** Heap room for the children: the builder at 50x and more needs more than Node's default. */
const NODE_OPTIONS = '--max-old-space-size=12288';

type Json = Record<string, unknown>;

function child(args: string[]): Json {
  const run = spawnSync(process.execPath, [NODE_OPTIONS, '--import', 'tsx', 'bench/child.ts', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`bench child ${args.join(' ')} failed (exit ${run.status ?? run.signal}):\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as Json;
}

/**
 * CPU seconds and peak RSS of the whole `npm run ask` process tree, by /usr/bin/time: the median of 7
 * runs after one unmeasured. Where the environment sets NODE_EXTRA_CA_CERTS, every Node process (npm's
 * and ask's) reads and parses that certificate file as it starts, whatever it does after (about 50 ms
 * of CPU each on the 2-core machine here, for a 0.2 MB file of 144 certificates): the runs then
 * alternate with runs without it, and both figures are given.
 */
function askProcess(indexDir: string, emptyCache: string): Json {
  if (!existsSync('/usr/bin/time')) return { unavailable: '/usr/bin/time is not installed' };
  const env: NodeJS.ProcessEnv = { ...process.env, SPOX_INDEX_DIR: indexDir, SPOX_OFFLINE: '1', SPOX_MODEL_CACHE: emptyCache };
  // As after `npm ci`, which compiles: with sources newer than dist/, ask would compile on the fly (0.5 s more).
  const build = spawnSync('npm', ['run', '-s', 'build'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stderr}`);
  const extraCaCerts = process.env.NODE_EXTRA_CA_CERTS;
  const { NODE_EXTRA_CA_CERTS: _, ...withoutExtra } = env;
  const envs = { as_set: env, ...(extraCaCerts ? { without_extra_ca_certs: withoutExtra } : {}) };
  const runs = new Map<string, { cpu_s: number; peak_rss_mb: number; wall_s: number }[]>(Object.keys(envs).map((k) => [k, []]));
  for (let i = 0; i < 8; i++) {
    for (const [name, runEnv] of Object.entries(envs)) {
      const run = spawnSync('/usr/bin/time', ['-f', 'TIME %U %S %M %e', 'npm', 'run', '-s', 'ask', '--', 'Huawei'], { env: runEnv, encoding: 'utf8' });
      const line = /TIME ([\d.]+) ([\d.]+) (\d+) ([\d.]+)/.exec(run.stderr);
      if (run.status !== 0 || !line) throw new Error(`npm run ask failed:\n${run.stderr}`);
      if (!run.stdout.includes('Huawei')) throw new Error(`npm run ask did not answer:\n${run.stdout}`);
      if (i > 0) runs.get(name)!.push({ cpu_s: Number(line[1]) + Number(line[2]), peak_rss_mb: Math.round(Number(line[3]) / 1024), wall_s: Number(line[4]) });
    }
  }
  const medians = (name: string): Json => {
    const of = runs.get(name)!;
    return { cpu_s: round(median(of.map((r) => r.cpu_s)), 2), peak_rss_mb: median(of.map((r) => r.peak_rss_mb)), wall_s: round(median(of.map((r) => r.wall_s)), 2) };
  };
  return {
    mode: 'lexical (SPOX_OFFLINE=1, no cached model)',
    ...medians('as_set'),
    ...(extraCaCerts ? { without_extra_ca_certs: medians('without_extra_ca_certs'), extra_ca_certs: extraCaCerts } : {}),
  };
}

function measureScale(scale: number, root: string): Json {
  const dir = join(root, `${scale}x`);
  mkdirSync(dir);
  try {
    const built = child(['build', String(scale), dir]);
    const lexical = child(['serve', dir, 'lexical']);
    const hybrid = child(['serve', dir, 'hybrid']);
    const scan = child(['scan', dir]);
    const result: Json = { scale, ...built, lexical, hybrid, scan };
    if (scale === 1) result.ask = askProcess(join(dir, 'index'), join(root, 'empty-model-cache'));
    if (scale <= 25) {
      // The real path (`npm run index` over the files, one new page among them), and the in-memory one.
      result.files = child(['prepare-files', String(scale), dir]);
      result.update = child(['update-files', String(scale), dir]);
      result.update_in_memory = child(['update', String(scale), dir]);
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function goalLines(results: Json[]): string[] {
  const at = (scale: number): Json | undefined => results.find((r) => r.scale === scale);
  const lines: string[] = [];
  const check = (name: string, value: unknown, goal: number): void => {
    if (typeof value !== 'number') return;
    lines.push(`${value <= goal ? 'met    ' : 'NOT met'}  ${name}: ${value} (goal under ${goal})`);
  };
  const one = at(1);
  const ask = one?.ask as Json | undefined;
  check('ask "Huawei" whole process at 1x, CPU s', ask?.cpu_s, GOALS.ask_cpu_s_1x);
  check('ask "Huawei" whole process at 1x, peak RSS MB', ask?.peak_rss_mb, GOALS.ask_peak_rss_mb_1x);
  const withoutExtra = ask?.without_extra_ca_certs as Json | undefined;
  check(`ask "Huawei" whole process at 1x, CPU s, without NODE_EXTRA_CA_CERTS (set here to ${String(ask?.extra_ca_certs)})`, withoutExtra?.cpu_s, GOALS.ask_cpu_s_1x);
  const s25 = at(25);
  if (s25) {
    check('25x hybrid load ms', (s25.hybrid as Json).load_ms, GOALS.load_ms_25x);
    check('25x hybrid query p95 ms (no inference)', (s25.hybrid as Json).p95_ms, GOALS.hybrid_p95_ms_25x);
    check('25x lexical query p95 ms', (s25.lexical as Json).p95_ms, GOALS.lexical_p95_ms_25x);
    check('25x bot-like RSS with vectors MB', (s25.hybrid as Json).rss_mb, GOALS.rss_mb_25x);
    check('25x build without a model s', s25.build_s, GOALS.build_s_25x);
    check('25x update, one new page file (npm run index) s', (s25.update as Json | undefined)?.update_s, GOALS.update_s_25x);
  }
  for (const r of results) check(`${r.scale}x scan_ratio`, (r.scan as Json).scan_ratio, GOALS.scan_ratio);
  return lines;
}

function table(results: Json[]): string {
  const rows = [['scale', 'records', 'vectors', 'build s', 'load ms (cpu)', 'lexical p95 (cpu)', 'hybrid p95 (cpu)', 'RSS lexical', 'RSS hybrid', 'scan ratio', 'update s', 'update in memory s', 'disk MB']];
  for (const r of results) {
    const [l, h, s] = [r.lexical as Json, r.hybrid as Json, r.scan as Json];
    rows.push([
      `${r.scale}x`, r.records, r.vectors, r.build_s, `${h.load_ms} (${h.load_cpu_ms})`, `${l.p95_ms} (${l.p95_cpu_ms})`, `${h.p95_ms} (${h.p95_cpu_ms})`,
      l.rss_mb, h.rss_mb, s.scan_ratio, (r.update as Json | undefined)?.update_s ?? '-', (r.update_in_memory as Json | undefined)?.update_s ?? '-',
      (r.disk_mb as Json).with_vectors,
    ].map(String));
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((cell, i) => cell.padStart(widths[i]!)).join('  ')).join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scales: { type: 'string', default: '1,10,25,50' }, json: { type: 'boolean', default: false } } });
  const scales = values.scales.split(',').map((s) => Number(s.trim()));
  if (scales.some((s) => !Number.isInteger(s) || s < 1)) throw new Error(`--scales takes whole numbers from 1, like 1,25; got "${values.scales}"`);
  const root = mkdtempSync(join(tmpdir(), 'spox-bench-'));
  mkdirSync(join(root, 'empty-model-cache'));
  const results: Json[] = [];
  try {
    for (const scale of scales) {
      console.error(`bench: ${scale}x …`);
      results.push(measureScale(scale, root));
      console.error(`bench: ${JSON.stringify(results[results.length - 1])}`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  // Wall times stretch when other work shares the cores: the load average says how busy it was.
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, memory_gb: round(totalmem() / 2 ** 30, 1), node: process.version, load_average: loadavg().map((l) => round(l, 1)) };
  if (!values.json) {
    console.log(JSON.stringify({ machine, goals: GOALS, results }, null, 1));
    console.log(`\n${table(results)}\n`);
    if (results.find((r) => r.scale === 1)?.ask) console.log(`ask "Huawei" at 1x (whole npm process, lexical): ${JSON.stringify(results.find((r) => r.scale === 1)!.ask)}`);
    for (const line of goalLines(results)) console.log(line);
    return;
  }
  console.log(JSON.stringify({ machine, goals: GOALS, results }));
  for (const line of goalLines(results)) console.log(`# ${line}`);
  const summary = results.map((r) => ({
    scale: r.scale, records: r.records, load_ms: (r.hybrid as Json).load_ms, lexical_p95_ms: (r.lexical as Json).p95_ms,
    hybrid_p95_ms: (r.hybrid as Json).p95_ms, rss_mb: (r.hybrid as Json).rss_mb, scan_ratio: (r.scan as Json).scan_ratio,
  }));
  console.log(JSON.stringify({ scales: summary }));
}

await main();
