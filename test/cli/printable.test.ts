import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { printable } from '../../src/util/printable.js';

const EVIL = 'evil\x1b[31mFAKE\nerror: 441 transcripts removed\x1b[0m';
const SHOWN = 'evil\\x1b[31mFAKE\\nerror: 441 transcripts removed\\x1b[0m';
const root = mkdtempSync(join(tmpdir(), 'spox-printable-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, SPOX_INDEX_DIR: join(root, 'index'), SPOX_OFFLINE: '1', SPOX_MODEL_CACHE: join(root, 'cache'), SPOX_DATA_DIR: join(root, 'data') },
  });

/** No escape sequence and no line made by a name: every line printed is one the tool wrote. */
function expectNoForgedLine(output: string): void {
  expect(output).not.toContain('\x1b');
  expect(output).not.toMatch(/^error: 441/m);
}

describe('messages naming a file show its control characters escaped', () => {
  it('printable escapes line breaks, ESC, C1 and bidirectional controls, and nothing else', () => {
    expect(printable(EVIL)).toBe(SHOWN);
    expect(printable('a\rb\tc\u0085d\u202ee\u2028f')).toBe('a\\rb\\tc\\x85d\\u202ee\\u2028f');
    expect(printable('seeds/mfa-zh/外交部 t1.shtml — “ok”')).toBe('seeds/mfa-zh/外交部 t1.shtml — “ok”');
  });

  it('npm run parse: a page and an empty file named with ESC and a line break', () => {
    const folder = join(root, 'parse');
    mkdirSync(folder);
    copyFileSync('seeds/mfa-en/t1558711.shtml', join(folder, `${EVIL}.html`));
    writeFileSync(join(folder, `${EVIL}-empty.html`), '');
    const result = run('src/cli/parse.ts', [folder]);
    expect(result.status).toBe(1);
    expectNoForgedLine(result.stdout + result.stderr);
    expect(result.stdout).toContain(`${join(folder, SHOWN)}.html`);
    expect(result.stderr).toContain(`error: ${join(folder, SHOWN)}-empty.html: empty file`);
  });

  it('npm run index: a path named with them', () => {
    const result = run('src/cli/index.ts', [join(root, `${EVIL}.html`)]);
    expect(result.status).toBe(1);
    expectNoForgedLine(result.stdout + result.stderr);
    expect(result.stderr).toContain(`error: ${join(root, SHOWN)}.html: no such file or folder; not added to the sources`);
  });

  it('npm run sync: an option holding them', () => {
    const result = run('src/cli/sync.ts', ['--since', EVIL]);
    expect(result.status).toBe(2);
    expectNoForgedLine(result.stdout + result.stderr);
    expect(result.stderr).toContain(SHOWN);
  });
});
