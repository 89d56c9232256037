import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

/** A stream that says it is a terminal (or not), collecting what is written. */
function stream(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  let text = '';
  const s = Object.assign(new PassThrough(), { isTTY, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  s.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream: s as unknown as NodeJS.WriteStream, text: () => text };
}

describe('createProgress', () => {
  it('draws a bar with count and rate on a terminal (cli-progress, loaded when needed)', () => {
    const out = stream(true);
    const progress = createProgress('embedding', out.stream);
    progress.update(3, 10);
    progress.update(10, 10);
    progress.stop();
    expect(out.text()).toMatch(/embedding \[[█░]+\] 3\/10 \| [\d.]+\/s/);
    expect(out.text()).toContain('10/10');
  });

  it('writes a plain line every tenth elsewhere', () => {
    const out = stream(false);
    const progress = createProgress('embedding', out.stream);
    for (let done = 0; done <= 100; done++) progress.update(done, 100);
    const lines = out.text().trim().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[10]).toMatch(/^embedding: 100\/100 \(/);
  });
});
