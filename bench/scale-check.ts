/**
 * `npm run bench:scale -- 100`: that building, loading and querying complete at a synthetic scale
 * beyond the benchmark's (default 100x): the index built without a model, MiniLM-sized vectors added
 * through Vectra, then a bot-like process loads it and answers 40 lexical and 40 hybrid queries.
 * Each step runs in a fresh process (bench/child.ts) and prints its figures; exit 1 if one fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scale = Number(process.argv[2] ?? 100);
if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a whole number from 1, not "${process.argv[2]}"`);
const dir = mkdtempSync(join(tmpdir(), `spox-scale-${scale}x-`));

function step(name: string, args: string[]): boolean {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--max-old-space-size=16384', '--import', 'tsx', 'bench/child.ts', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) {
    console.log(`${name}: FAILED after ${seconds} s (exit ${run.status ?? run.signal})\n${run.stderr}`);
    return false;
  }
  console.log(`${name}: ok in ${seconds} s (process) ${run.stdout.trim().split('\n').pop()}`);
  return true;
}

try {
  const ok =
    step(`${scale}x build + vectors`, ['build', String(scale), dir]) &&
    step(`${scale}x load + lexical queries`, ['serve', dir, 'lexical', '40']) &&
    step(`${scale}x load + hybrid queries`, ['serve', dir, 'hybrid', '40']);
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
