import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSearch } from '../../src/search/open.js';
import { buildIndex } from '../../src/store/build.js';
import { IndexDamagedError } from '../../src/store/damaged-index.js';
import { staleIndexReason } from '../../src/store/index-manifest.js';
import { currentGeneration } from '../../src/store/layout.js';
import { FAKE_TOKEN } from '../discord/fake-token.js';

const root = mkdtempSync(join(tmpdir(), 'spox-damaged-'));
const indexDir = join(root, 'index');
/** An extra source the index remembers, with a space in its name: the rebuild command must name it, quoted. */
const extra = join(root, 'my briefings');
let generation: string;
let pristine: string;

beforeAll(async () => {
  mkdirSync(extra);
  copyFileSync('seeds/mfa-en/t1558711.shtml', join(extra, 't1558711.shtml'));
  await buildIndex({ sources: ['seeds/site-2026', extra], indexDir, embedder: null });
  generation = currentGeneration(indexDir)!;
  pristine = join(root, 'pristine');
  cpSync(generation, pristine, { recursive: true });
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Damages one file of the committed generation (a fresh copy, not the hard-linked original), runs `check`, then puts it back. */
async function withDamaged(file: string, damage: (path: string) => void, check: () => Promise<void> | void): Promise<void> {
  const path = join(generation, file);
  rmSync(path);
  copyFileSync(join(pristine, file), path);
  damage(path);
  try {
    await check();
  } finally {
    rmSync(path);
    copyFileSync(join(pristine, file), path);
  }
}

const rebuild = (): string => `Rebuild it from its sources: rm ${indexDir}/CURRENT && npm run index -- seeds/site-2026 '${extra}'`;
const damaged = (file: string, problem: string): string =>
  `the index in ${indexDir}/ is damaged: ${basename(generation)}/${file}: ${problem}. ${rebuild()}`;

describe('a damaged index', () => {
  it('is refused when opened, naming the file, what is wrong and the command that rebuilds it', async () => {
    const cases: [string, (path: string) => void, string | RegExp][] = [
      ['records.jsonl', (p) => truncateSync(p, 100), /^it ends at byte 100, but its records run to byte \d+ \(cut short\)$/],
      ['record-fields.jsonl', (p) => writeFileSync(p, 'garbage\n'), /^line 1: Unexpected token .* is not valid JSON$/],
      ['briefings.jsonl', (p) => truncateSync(p, 50), /^line 1: Unterminated string in JSON at position 50$/],
      ['lexical.json', (p) => writeFileSync(p, '<html>'), /^Unexpected token .* is not valid JSON$/],
      ['lexical.bin', (p) => truncateSync(p, 1000), 'it is shorter than lexical.json says (postingStart)'],
    ];
    for (const [file, damage, problem] of cases) {
      await withDamaged(file, damage, async () => {
        const error = await openSearch(indexDir, { embedder: null }).then(() => null, (e: unknown) => e);
        expect(error, file).toBeInstanceOf(IndexDamagedError);
        const { message } = error as IndexDamagedError;
        expect(message.startsWith(`the index in ${indexDir}/ is damaged: ${basename(generation)}/${file}: `), message).toBe(true);
        expect(message.endsWith(`. ${rebuild()}`), message).toBe(true);
        expect((error as IndexDamagedError).problem).toMatch(typeof problem === 'string' ? new RegExp(`^${problem.replace(/[()]/g, '\\$&')}$`) : problem);
      });
    }
  });

  it('says the same when a record damaged after opening is shown', async () => {
    const search = await openSearch(indexDir, { embedder: null });
    const { id } = search.latestBriefing()!.records[0]!;
    await withDamaged('records.jsonl', (p) => writeFileSync(p, readFileSync(p, 'utf8').replace(/"answer":"/g, '"answer":}')), async () => {
      const fresh = await openSearch(indexDir, { embedder: null });
      expect(() => fresh.record(id)!.answer).toThrow(IndexDamagedError);
      expect(() => fresh.record(id)!.answer).toThrow(/^the index in .* is damaged: gen-[^/]+\/records\.jsonl: the record at byte \d+ is not JSON \(.*\)\. Rebuild it from its sources: rm /);
    });
  });

  it('ask and the bot\'s start-up print that one message; the command it gives rebuilds an index that opens', async () => {
    const path = join(generation, 'lexical.bin');
    rmSync(path);
    copyFileSync(join(pristine, 'lexical.bin'), path);
    truncateSync(path, 1000);
    const expected = damaged('lexical.bin', 'it is shorter than lexical.json says (postingStart)');
    const env = { ...process.env, SPOX_INDEX_DIR: indexDir, SPOX_OFFLINE: '1', SPOX_MODEL_CACHE: join(root, 'cache'), SPOX_DATA_DIR: join(root, 'data') };
    const ask = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', 'Huawei'], { encoding: 'utf8', env });
    expect(ask.status).toBe(1);
    expect(ask.stderr).toContain(`ask failed: ${expected}\n`);
    const bot = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bot.ts'], { encoding: 'utf8', env: { ...env, DISCORD_TOKEN: FAKE_TOKEN }, timeout: 60_000 });
    expect(bot.status).toBe(1);
    expect(bot.stderr).toContain(`bot: ${expected}\n`);

    // The command: CURRENT removed, then an index run of the sources it names (npm run index adds seeds/ itself).
    rmSync(join(indexDir, 'CURRENT'));
    await buildIndex({ sources: ['seeds/site-2026', extra], indexDir, embedder: null });
    const repaired = await openSearch(indexDir, { embedder: null });
    expect(repaired.info().briefings).toBe(4);
  }, 120_000);

  it('with a manifest that cannot be read, is named as damaged (and rebuilt by npm run index or ask)', async () => {
    const path = join(currentGeneration(indexDir)!, 'manifest.json');
    const before = readFileSync(path, 'utf8');
    rmSync(path);
    writeFileSync(path, before.slice(0, 100));
    expect(staleIndexReason(indexDir)).toBe(
      `the index in ${indexDir}/ is damaged (${basename(currentGeneration(indexDir)!)}/manifest.json: Unterminated string in JSON at position 100)`,
    );
  });
});
