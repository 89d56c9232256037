import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FAKE_TOKEN } from './fake-token.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const TOKEN = FAKE_TOKEN;
/** An empty working folder: no .env, no index. */
const cwd = mkdtempSync(join(tmpdir(), 'spox-cli-'));

afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** Runs a CLI with only the given variables (plus PATH), from the empty folder. */
function run(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(TSX, [join(ROOT, script), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout + result.stderr, stdout: result.stdout };
}

describe('npm start (src/cli/bot.ts)', () => {
  it('stops with one message naming a missing DISCORD_TOKEN', () => {
    const { code, out } = run('src/cli/bot.ts', [], {});
    expect(code).toBe(1);
    expect(out).toContain('DISCORD_TOKEN is not set');
    expect(out).toContain('Reset Token');
  });

  it('never prints a malformed token', () => {
    const secret = 'malformed-secret-value-that-must-not-leak';
    const { code, out } = run('src/cli/bot.ts', [], { DISCORD_TOKEN: secret });
    expect(code).toBe(1);
    expect(out).toContain('DISCORD_TOKEN does not look like a bot token');
    expect(out).not.toContain(secret);
  });

  it('says to run `npm run index` when there is no index, and exits non-zero without printing the token', () => {
    const { code, out } = run('src/cli/bot.ts', [], { DISCORD_TOKEN: TOKEN, SPOX_INDEX_DIR: join(cwd, 'no-index') });
    expect(code).toBe(1);
    expect(out).toContain('npm run index');
    expect(out).not.toContain(TOKEN);
  });
});

describe('npm run deploy-commands (src/cli/deploy-commands.ts)', () => {
  it('--dry-run prints every command definition as JSON, with no token', () => {
    const { code, stdout } = run('src/cli/deploy-commands.ts', ['--dry-run'], {});
    expect(code).toBe(0);
    const definitions = JSON.parse(stdout) as { name: string; type: number; options?: { name: string; autocomplete?: boolean }[] }[];
    expect(definitions.map((d) => d.name).sort()).toEqual(['about', 'ask', 'briefing', 'help', 'latest', 'quote', 'timeline', 'What did China say?'].sort());
    expect(definitions.find((d) => d.name === 'What did China say?')!.type).toBe(3);
    const ask = definitions.find((d) => d.name === 'ask')!;
    expect(ask.options!.map((o) => o.name)).toEqual(['question', 'from', 'to', 'spokesperson', 'outlet', 'sort', 'private']);
    const sort = ask.options!.find((o) => o.name === 'sort') as unknown as { choices: { value: string }[] };
    expect(sort.choices.map((c) => c.value)).toEqual(['relevance', 'newest', 'oldest']);
    const timeline = definitions.find((d) => d.name === 'timeline')!;
    expect(timeline.options!.map((o) => o.name)).toEqual(['topic']);
    expect(ask.options!.filter((o) => o.autocomplete).map((o) => o.name)).toEqual(['spokesperson', 'outlet']);
  });

  it('without --dry-run, names a missing DISCORD_CLIENT_ID and does not print the token', () => {
    const { code, out } = run('src/cli/deploy-commands.ts', [], { DISCORD_TOKEN: TOKEN });
    expect(code).toBe(1);
    expect(out).toContain('DISCORD_CLIENT_ID is not set');
    expect(out).not.toContain(TOKEN);
  });
});
