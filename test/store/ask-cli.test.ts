import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'spox-ask-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `npm run ask` as a fresh clone runs it offline: no index yet, no model in the cache. */
function ask(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], {
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
    const keys = ['id', 'date', 'spokesperson', 'outlet', 'question', 'answer', 'quote', 'url', 'score', 'lang'];
    expect(response.results.every((r) => Object.keys(r).join() === keys.join() || Object.keys(r).join() === [...keys, 'zh'].join())).toBe(true);
    expect(response.results.every((r) => /Huawei/.test(`${r.question} ${r.answer}`) && r.lang === 'en')).toBe(true);
    // English results of the years both sites cover carry the Chinese original of the same exchange.
    const aligned = response.results.filter((r) => r.zh !== undefined) as { zh: Record<string, unknown> }[];
    expect(aligned.length).toBeGreaterThan(0);
    for (const { zh } of aligned) {
      expect(Object.keys(zh)).toEqual(['question', 'answer', 'url', 'id', 'confidence']);
      expect(zh.answer).toMatch(/[\u4e00-\u9fff]/);
      expect(zh.url).toMatch(/^https:\/\/www\.fmprc\.gov\.cn\/web\//);
    }
  }, 300_000); // the first run builds the whole index, 1,200 pages in two languages (~25 s of CPU)

  it('answers a Chinese query with Chinese exchanges that contain it', () => {
    const run = ask(['孟晚舟', '--json', '--k', '3']);
    expect(run.status).toBe(0);
    const response = JSON.parse(run.stdout) as { results: { lang: string; question: string; answer: string; url: string }[] };
    expect(response.results).toHaveLength(3);
    expect(response.results.every((r) => r.lang === 'zh' && `${r.question}${r.answer}`.includes('孟晚舟') && r.url.includes('/web/'))).toBe(true);
  });

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
