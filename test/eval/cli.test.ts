import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const TSX = path.resolve('node_modules/.bin/tsx');

function evalCli(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(TSX, ['src/cli/eval.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, SPOX_OFFLINE: '1', ...env },
    timeout: 230_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run eval', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'spox-eval-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('indexes the fixed corpus, runs lexical-only, reports both halves, and says why hybrid is n/a', () => {
    const indexDir = path.join(dir, 'index');
    // dalai-lama and none-evergrande are in the tuning half, meng-wanzhou and none-aukus held out.
    const only = ['dalai-lama', 'none-evergrande', 'meng-wanzhou', 'none-aukus'].flatMap((id) => ['--only', id]);
    const { code, stdout, stderr } = evalCli(['--json', '--index', indexDir, ...only], { SPOX_MODEL: path.join(dir, 'no-such-model') });
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/Indexing the 442 transcripts of eval\/corpus\.txt/);
    const report = JSON.parse(stdout) as {
      queries: Record<string, number>;
      corpus: { list: string; transcripts: number };
      modes: {
        lexical: {
          available: boolean;
          summary: Record<string, { queries: number; success: number | null; emptyRate: number | null }>;
          splits: Record<string, Record<string, { queries: number; success: number | null }> & { emptyTopicQueries: number }>;
          heldoutGoals: { goal: string; met: boolean }[];
        };
        hybrid: { available: boolean; reason: string };
      };
    };
    expect(report.queries).toEqual({ keyword: 2, paraphrase: 0, semantic: 0, none: 2 });
    expect(report.corpus).toEqual({ list: 'eval/corpus.txt', transcripts: 442 });
    expect(report.modes.lexical.available).toBe(true);
    expect(report.modes.lexical.summary.keyword?.success).toBe(1); // "Meng Wanzhou" is in 71 exchanges
    expect(report.modes.lexical.splits.tuning?.keyword?.queries).toBe(1);
    expect(report.modes.lexical.splits.heldout?.keyword?.queries).toBe(1);
    expect(report.modes.lexical.splits.heldout?.emptyTopicQueries).toBe(0);
    expect(report.modes.lexical.heldoutGoals.map((g) => g.goal)).toContain('no in-corpus query answered with nothing');
    expect(report.modes.hybrid.available).toBe(false);
    expect(report.modes.hybrid.reason).toMatch(/^model unavailable: /);

    // The table form, on the index just built; only the held-out half.
    const table = evalCli(['--index', indexDir, '--split', 'heldout', ...only], { SPOX_MODEL: path.join(dir, 'no-such-model') });
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/HELD-OUT half \(never tuned on\): 2 queries/);
    expect(table.stdout).not.toMatch(/TUNING half/);
    expect(table.stdout).toMatch(/keyword \(1 queries\)\s+lexical\s+hybrid/);
    expect(table.stdout).toMatch(/precision@5\s+\d\.\d{3}\s+n\/a \(model unavailable: /);
    expect(table.stdout).toMatch(/held-out targets, lexical: keyword P@5 ≥ 0\.85: /);
    expect(table.stderr).not.toMatch(/Indexing/); // the index built above is current
  }, 180_000);

  it('embeds the evaluation index when the model loads, and fills the hybrid column', () => {
    // On 12 of the listed transcripts (December 2018, when Meng Wanzhou was arrested), to keep the
    // test short; the fixture model's vectors are arbitrary, so only the code path is checked.
    const list = path.join(dir, 'corpus.txt');
    const files = readFileSync('eval/corpus.txt', 'utf8').split('\n').filter((l) => l.startsWith('seeds/'));
    writeFileSync(list, `${files.slice(115, 127).join('\n')}\n`);
    const { code, stdout, stderr } = evalCli(['--json', '--corpus', list, '--index', path.join(dir, 'small'), '--only', 'meng-wanzhou'], {
      SPOX_MODEL: path.resolve('test/fixtures/tiny-model'),
    });
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/Indexing the 12 transcripts[\s\S]*embedding: \d+\/\d+/);
    const report = JSON.parse(stdout) as {
      modes: { hybrid: { available: boolean; outcomes: { id: string; mode: string; precision: number }[] } };
    };
    expect(report.modes.hybrid.available).toBe(true);
    expect(report.modes.hybrid.outcomes.map((o) => [o.id, o.mode])).toEqual([['meng-wanzhou', 'hybrid']]);
    expect(report.modes.hybrid.outcomes[0]?.precision).toBeGreaterThanOrEqual(0);
  }, 240_000);

  it('--rules counts relevant records without an index', () => {
    const { code, stdout } = evalCli(['--rules', '--json', '--only', 'dalai-lama', '--index', path.join(dir, 'unused')]);
    expect(code).toBe(0);
    expect(existsSync(path.join(dir, 'unused'))).toBe(false);
    const report = JSON.parse(stdout) as { records: number; queries: { id: string; matches: number }[]; problems: string[] };
    expect(report.queries).toEqual([{ id: 'dalai-lama', kind: 'keyword', matches: 6, inQuestion: 6 }]);
    expect(report.records).toBeGreaterThan(4000);
    expect(report.problems).toEqual([]);
  });

  it('refuses bad arguments with exit code 2', () => {
    expect(evalCli(['--frobnicate']).code).toBe(2);
    const unknown = evalCli(['--only', 'no-such-query', '--rules']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no query with id "no-such-query"/);
    expect(evalCli(['--queries', path.join(dir, 'missing.json')]).stderr).toMatch(/cannot read query set/);
    const split = evalCli(['--split', 'test', '--rules']);
    expect(split.code).toBe(2);
    expect(split.stderr).toMatch(/--split must be one of tuning, heldout, fresh, fresh2, not "test"/);
  });
});
