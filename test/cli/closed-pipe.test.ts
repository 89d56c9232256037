import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const MODULE = resolve('src/cli/closed-pipe.ts');

/** Runs a command that prints many lines through `endQuietlyWhenPipeCloses` (or not), closing its output after the first chunk, as `| head -1` does. */
function printIntoClosedPipe(quiet: boolean): Promise<{ code: number | null; stderr: string }> {
  const script = `
    ${quiet ? `const { endQuietlyWhenPipeCloses } = await import(${JSON.stringify(MODULE)}); endQuietlyWhenPipeCloses();` : ''}
    for (let i = 0; i < 20000; i++) { console.log('line ' + i + ' of an answer'); await new Promise((r) => setImmediate(r)); }
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  return new Promise((done) => child.on('close', (code) => done({ code, stderr })));
}

describe('a command whose output is piped into a reader that stops early', () => {
  it('ends quietly with status 0 instead of an EPIPE stack trace', async () => {
    const bare = await printIntoClosedPipe(false);
    expect(bare.stderr).toContain('EPIPE');
    const quiet = await printIntoClosedPipe(true);
    expect(quiet).toEqual({ code: 0, stderr: '' });
  }, 30_000);
});
