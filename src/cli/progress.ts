import { createRequire } from 'node:module';

/** Loaded when a bar is drawn: a command that builds nothing (most `ask`s) does not pay for it. */
const loadCliProgress = (): typeof import('cli-progress') => createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress');

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/**
 * A bar with count, rate and ETA on a terminal; on a pipe or in CI, a plain line every 10%
 * (and at the end) so logs stay readable.
 */
export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const cliProgress = loadCliProgress();
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {value}/{total} | {rate}/s | ETA {eta_formatted}`, stream, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    let startedAt = 0;
    return {
      update(done, total) {
        if (!started) {
          bar.start(total, done, { rate: '0' });
          started = true;
          startedAt = Date.now();
        }
        const rate = done / Math.max(0.001, (Date.now() - startedAt) / 1000);
        bar.update(done, { rate: rate.toFixed(1) });
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastTenth = -1;
  let startedAt = 0;
  return {
    update(done, total) {
      if (startedAt === 0) startedAt = Date.now(); // the rate counts from the first update, not from set-up
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      const seconds = (Date.now() - startedAt) / 1000;
      const rate = done / Math.max(0.001, seconds);
      const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
      stream.write(`${label}: ${done}/${total} (${rate.toFixed(1)}/s, ETA ${eta}s)\n`);
    },
    stop() {},
  };
}
