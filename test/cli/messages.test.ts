import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'spox-messages-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const aFile = join(root, 'not-a-folder');
writeFileSync(aFile, 'x');

const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env, SPOX_INDEX_DIR: join(root, 'index'), SPOX_OFFLINE: '1', SPOX_MODEL_CACHE: join(root, 'cache'),
      SPOX_DATA_DIR: join(root, 'data'), ...env,
    },
  });

describe('command-line messages', () => {
  it('an unknown option is named the same way by every command, with advice that works through npm run', () => {
    for (const [script, command] of [['src/cli/ask.ts', 'ask'], ['src/cli/index.ts', 'index'], ['src/cli/timeline.ts', 'timeline'], ['src/cli/sync.ts', 'sync']]) {
      const result = run(script!, ['--bogus', 'Huawei']);
      expect(result.status).toBe(2);
      const [first, usage] = result.stderr.split('\n');
      expect(first).toBe(`${command}: Unknown option '--bogus'` + (command === 'sync' ? '' : `; text that starts with "-" goes after a second "--": npm run ${command} -- -- "<text>"`));
      expect(usage).toMatch(new RegExp(`^usage: npm run ${command}`));
    }
  });

  it('sync --since 2022-02-30 says the date does not exist', () => {
    const result = run('src/cli/sync.ts', ['--since', '2022-02-30']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('sync: --since must be a date written YYYY-MM-DD that exists, not "2022-02-30", which does not exist');
    expect(run('src/cli/sync.ts', ['--since', '30/02/2022']).stderr.trim()).toBe('sync: --since must be a date written YYYY-MM-DD, not "30/02/2022"');
  });

  it('SPOX_INDEX_DIR naming a file is named in the error, index exits 2 and sync 2 changing nothing', () => {
    const index = run('src/cli/index.ts', [], { SPOX_INDEX_DIR: aFile });
    expect(index.status).toBe(2);
    expect(index.stderr).toContain(`index: SPOX_INDEX_DIR is "${aFile}", which is a file, not a folder: set SPOX_INDEX_DIR to a folder (created if missing). Nothing was changed.`);
    const sync = run('src/cli/sync.ts', [], { SPOX_INDEX_DIR: aFile });
    expect(sync.status).toBe(2);
    expect(sync.stderr).toContain(`SPOX_INDEX_DIR is "${aFile}", which is a file, not a folder`);
  });

  it('ask --queries-file refuses a device, a FIFO and a folder with one line naming it, as index does, reading nothing (explore32a F14)', () => {
    const fifo = join(root, 'queries.fifo');
    execFileSync('mkfifo', [fifo]);
    const folder = mkdtempSync(join(root, 'queries-'));
    for (const [file, kind] of [['/dev/zero', 'a device'], [fifo, 'a FIFO (named pipe)'], [folder, 'a folder']] as const) {
      const result = run('src/cli/ask.ts', ['--queries-file', file]);
      expect(result.status).toBe(2);
      expect(result.stderr.trim()).toBe(`ask: --queries-file ${file} is ${kind}, not a regular file: give a text file of questions, one a line`);
    }
    const missing = run('src/cli/ask.ts', ['--queries-file', join(root, 'none.txt')]);
    expect(missing.stderr.trim()).toBe(`ask: cannot read --queries-file ${join(root, 'none.txt')}: no such file or folder`);
  });

  it('timeline --out refuses a folder and a symbolic link, and a path with ESC is shown escaped (explore32a F2, F15)', () => {
    const target = join(root, 'target.txt');
    writeFileSync(target, 'keep me');
    const link = join(root, 'link.png');
    symlinkSync(target, link);
    const folder = join(root, 'folder.png');
    mkdirSync(folder);
    const viaLink = run('src/cli/timeline.ts', ['Huawei', '--out', link]);
    expect(viaLink.status).toBe(2);
    expect(viaLink.stderr.trim()).toBe(`timeline: --out ${link} is a symbolic link: name the file itself (spox does not write through a link, which would replace the file it points to)`);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    const intoFolder = run('src/cli/timeline.ts', ['Huawei', '--out', folder]);
    expect(intoFolder.status).toBe(2);
    expect(intoFolder.stderr.trim()).toBe(`timeline: --out ${folder} is a folder: name a .png file to write`);
    const escaped = run('src/cli/timeline.ts', ['Huawei', '--out', '/tmp/a\x1b[31mred/x.png']);
    expect(escaped.status).toBe(2);
    expect(escaped.stderr.trim()).toBe('timeline: --out names a file in /tmp/a\\x1b[31mred/, which does not exist');
    const sort = run('src/cli/ask.ts', ['Huawei', '--sort', 'x\x1b[2J']);
    expect(sort.stderr.trim()).toBe('ask: --sort must be relevance, newest or oldest, not "x\\x1b[2J"');
  });
});
