import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * A full disk, as a file-size limit (`ulimit -f`, RLIMIT_FSIZE) gives it: a write cut short, then
 * EFBIG. `npm run index` and `ask` run as the user runs them, in a folder whose `seeds/` holds three
 * bundled pages, with the limit set a little above the size of the index's `records.jsonl`, which the
 * update appends to (hard-linked to the previous generation's).
 */
const SEED_PAGES = 'seeds/mfa-en';
const TSX = import.meta.resolve('tsx');
const root = mkdtempSync(join(tmpdir(), 'spox-full-disk-'));
const indexDir = join(root, 'index');
const env = { ...process.env, SPOX_OFFLINE: '1', SPOX_INDEX_DIR: indexDir, SPOX_DATA_DIR: join(root, 'data'), SPOX_MODEL_CACHE: join(root, 'cache') };
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs a command of src/cli/ in `root` through bash, under a file-size limit of `blocks` KiB when given (SIGXFSZ ignored, so a write fails instead of killing). */
function run(script: string, args: string[], blocks?: number): { status: number | null; stdout: string; stderr: string } {
  const quote = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`;
  const node = [process.execPath, '--import', TSX, resolve('src/cli', script), ...args].map(quote).join(' ');
  const limit = blocks === undefined ? '' : `trap '' XFSZ; ulimit -f ${blocks}; `;
  return spawnSync('bash', ['-c', `${limit}exec ${node}`], { cwd: root, env, encoding: 'utf8' });
}

const current = (): string => readFileSync(join(indexDir, 'CURRENT'), 'utf8').trim();

describe('an index run on a full disk', () => {
  it('fails naming the file and the cause, leaves CURRENT and the previous records as they were, and ask answers from them', () => {
    const pages = readdirSync(SEED_PAGES).filter((f) => f.endsWith('.shtml')).sort();
    for (const [folder, files] of [['seeds', pages.slice(0, 3)], ['more', pages.slice(3, 4)]] as const) {
      mkdirSync(join(root, folder));
      for (const file of ['MANIFEST.tsv', ...files]) copyFileSync(join(SEED_PAGES, file), join(root, folder, file));
    }
    const first = run('index.ts', []);
    expect(first.stdout, first.stderr).toMatch(/^indexed 3 transcripts, /);
    const before = current();
    const records = join(indexDir, before, 'records.jsonl');
    const bytes = readFileSync(records);

    // Room for two more KiB of records.jsonl; the page added brings more.
    const full = run('index.ts', ['more'], Math.floor(bytes.length / 1024) + 2);
    expect(full.status, full.stdout).toBe(1);
    expect(full.stdout).toBe('');
    expect(full.stderr).toMatch(new RegExp(
      `index failed: could not write ${indexDir}/gen-[^/]+/records\\.jsonl: the file would pass the largest size this process may write \\(EFBIG: .*\\) ` +
      `after \\d+ of \\d+ bytes were written\\. The index in ${indexDir}/ is as it was \\(the new one was not switched in\\)`));
    expect(current()).toBe(before);
    // The file it shares with the new generation is cut back: byte for byte as it was. The new generation is gone.
    expect(readFileSync(records).equals(bytes)).toBe(true);
    expect(readdirSync(indexDir).filter((f) => f.startsWith('gen-'))).toEqual([before]);

    const ask = run('ask.ts', ['Libya model']);
    expect(ask.status, ask.stderr).toBe(0);
    expect(ask.stdout).toContain('[2018-05-17#3]');

    // With room again, the same run adds the page.
    const again = run('index.ts', ['more']);
    expect(again.stdout, again.stderr).toMatch(/^indexed 4 transcripts, /);
    expect(statSync(join(indexDir, current(), 'records.jsonl')).size).toBeGreaterThan(bytes.length + 2048);
  }, 120_000);
});
