import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'spox-ask-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `npm run ask` as a fresh clone runs it offline: no index yet, no model in the cache. */
function ask(args: string[], script = 'src/cli/ask.ts') {
  return spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, SPOX_INDEX_DIR: join(root, 'index'), SPOX_OFFLINE: '1', SPOX_MODEL_CACHE: join(root, 'cache') },
  });
}

describe('npm run ask', () => {
  it('builds the missing index first, says semantic search is off, and answers in lexical mode', () => {
    const run = ask(['What did China say about Huawei?', '--json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/No index in .* yet: building it from seeds\/ first/);
    expect(run.stderr).toMatch(/semantic search is off/);
    const response = JSON.parse(run.stdout) as { query: string; mode: string; took_ms: number; results: Record<string, unknown>[] };
    expect(response.mode).toBe('lexical');
    expect(response.results).toHaveLength(5);
    expect(Object.keys(response.results[0]!)).toEqual(['id', 'date', 'spokesperson', 'outlet', 'question', 'answer', 'quote', 'url', 'score']);
    expect(response.results.every((r) => /Huawei/.test(`${r.question} ${r.answer}`))).toBe(true);
    // How many exchanges match, from when to when, and in which order.
    const totals = response as unknown as { sort: string; total: number; first: string; last: string };
    expect(totals.sort).toBe('relevance');
    expect(totals.total).toBeGreaterThan(5);
    expect(totals.first <= totals.last).toBe(true);
    for (const r of response.results) expect(r.date as string >= totals.first && (r.date as string) <= totals.last).toBe(true);
  }, 180_000);

  it('sorts newest first with --sort newest and when the question asks for the latest; prints the totals', () => {
    const file = join(root, 'latest.txt');
    writeFileSync(file, 'Meng Wanzhou\nlatest on Meng Wanzhou\n');
    const [plain, latest] = ask(['--queries-file', file]).stdout.trim().split('\n').map(
      (l) => JSON.parse(l) as { sort: string; total: number; last: string; results: { date: string }[] },
    );
    expect(plain!.sort).toBe('relevance');
    expect(latest!.sort).toBe('newest');
    expect(latest!.total).toBe(plain!.total);
    const dates = latest!.results.map((r) => r.date);
    expect(dates[0]).toBe(latest!.last);
    expect(dates).toEqual([...dates].sort().reverse());

    const human = ask(['Meng Wanzhou', '--sort', 'newest', '--k', '1']);
    expect(human.stdout).toMatch(/^\d+ exchanges, 20\d\d-\d\d-\d\d → 20\d\d-\d\d-\d\d; latest first$/m);
    expect(human.stdout).toContain(`1. ${latest!.last} · `);
  }, 180_000);

  it('npm run timeline prints the months and the busiest briefings, and writes the chart as a PNG', () => {
    const out = join(root, 'meng.png');
    const run = ask(['Meng Wanzhou', '--out', out], 'src/cli/timeline.ts');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d+ exchanges; first 2018-\d\d-\d\d, last 20\d\d-\d\d-\d\d\.$/m);
    expect(run.stdout).toMatch(/^2018-12 +\d+ +█+$/m);
    expect(run.stdout).toMatch(/Busiest months:\n  20\d\d-\d\d: \d+ exchanges\n    20\d\d-\d\d-\d\d\S* \(\d+\)  https:\/\/www\.fmprc\.gov\.cn\//);
    const png = readFileSync(out);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([960, 400]);
    const bad = ask(['Meng Wanzhou', '--out', 'chart.svg'], 'src/cli/timeline.ts');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--out must name a .png file');
  }, 180_000);

  it('prints readable results with filters, and one JSON line per query from --queries-file', () => {
    const human = ask(['Meng Wanzhou', '--from', '2019-01-01', '--to', '2019-01-31', '--k', '2']);
    expect(human.status).toBe(0);
    expect(human.stdout).toMatch(/^1\. 2019-01-\d\d · /m);
    expect(human.stdout).toMatch(/https:\/\/www\.fmprc\.gov\.cn\//);
    expect(human.stdout).not.toMatch(/^3\. /m);

    const file = join(root, 'queries.txt');
    writeFileSync(file, 'Huawei 5G\nDalai Lama\n');
    const batch = ask(['--queries-file', file]);
    const lines = batch.stdout.trim().split('\n').map((l) => JSON.parse(l) as { query: string; took_ms: number });
    expect(lines.map((l) => l.query)).toEqual(['Huawei 5G', 'Dalai Lama']);
    expect(lines.every((l) => typeof l.took_ms === 'number')).toBe(true);
  });

  it('names the bad option', () => {
    const run = ask(['Huawei', '--from', '12/05/2019']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--from must be a date written YYYY-MM-DD, not "12\/05\/2019"/);
  });
});
