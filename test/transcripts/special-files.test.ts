import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';

/** Files that are not regular files: reading a FIFO blocks until someone writes to it, forever. */
const dir = mkdtempSync(join(tmpdir(), 'spox-special-'));
const fifo = join(dir, 'x.html');
const socket = join(dir, 'y.htm');
const linkToFifo = join(dir, 'z.shtml');
let server: Server;

beforeAll(async () => {
  copyFileSync('seeds/mfa-en/t1558711.shtml', join(dir, 'good.shtml'));
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  symlinkSync(fifo, linkToFifo);
  server = createServer();
  await new Promise<void>((resolve) => server.listen(socket, resolve));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('only regular files are read', () => {
  it('skips a FIFO, a socket and a link to a FIFO with a message each, and parses the rest', () => {
    const outcomes = parseTranscriptFiles([dir, fifo]);
    const failures = new Map(outcomes.flatMap((o) => (o.ok ? [] : [[o.file, o.error] as const])));
    expect(failures.get(fifo)).toBe('a FIFO (named pipe), not a regular file: skipped');
    expect(failures.get(socket)).toBe('a socket, not a regular file: skipped');
    expect(failures.get(linkToFifo)).toMatch(/FIFO/);
    expect(outcomes.filter((o) => o.ok).map((o) => o.file)).toEqual([join(dir, 'good.shtml')]);
  });

  it('`npm run parse` on a FIFO named x.html returns at once, naming it', () => {
    const run = spawnSync('node_modules/.bin/tsx', ['src/cli/parse.ts', fifo, join(dir, 'good.shtml')], { encoding: 'utf8', timeout: 60_000 });
    expect(run.signal).toBeNull(); // not killed by the timeout: it did not hang
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`error: ${fifo}: a FIFO (named pipe), not a regular file: skipped`);
    expect(run.stdout).toMatch(/^1 transcript ok, 1 failed$/m);
  });
});

describe('a file or folder whose name is not UTF-8', () => {
  // Latin-1 names, as an old archive or a Windows copy leaves them: "café.shtml" with é as the one byte 0xE9.
  const latin1 = (name: string): Buffer => Buffer.from(name, 'latin1');
  const folder = mkdtempSync(join(tmpdir(), 'spox-names-'));
  const nameOf = (name: string): Buffer => Buffer.concat([Buffer.from(`${folder}/`), latin1(name)]);
  beforeAll(() => {
    copyFileSync('seeds/mfa-en/t1558711.shtml', join(folder, 'good.shtml'));
    copyFileSync('seeds/mfa-en/t1558711.shtml', nameOf('café.shtml'));
    mkdirSync(nameOf('dossié'));
    copyFileSync('seeds/mfa-en/t1558711.shtml', Buffer.concat([nameOf('dossié'), Buffer.from('/inside.shtml')]));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const notUtf8 = 'its name is not valid UTF-8 (the bytes shown as \\xNN), so it cannot be opened by that name: skipped; rename it in UTF-8 to index it';

  it('is reported as such (not as missing), its name escaped, and the rest is read', () => {
    const outcomes = parseTranscriptFiles([folder]);
    expect(outcomes.filter((o) => !o.ok)).toEqual([
      { file: join(folder, 'caf\\xe9.shtml'), ok: false, error: notUtf8 },
      { file: join(folder, 'dossi\\xe9'), ok: false, error: notUtf8 },
    ]);
    expect(outcomes.filter((o) => o.ok).map((o) => o.file)).toEqual([join(folder, 'good.shtml')]);
  });

  it('given on the command line, is said not to be UTF-8 (Node.js has already replaced its bad byte)', () => {
    const run = spawnSync('sh', ['-c', `node_modules/.bin/tsx src/cli/parse.ts "${folder}/caf$(printf '\\351').shtml" "${folder}/good.shtml"`], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`error: ${folder}/caf\uFFFD.shtml: no such file or folder: its name, as given, is not valid UTF-8`);
    expect(run.stdout).toMatch(/^1 transcript ok, 1 failed$/m);
  });
});
