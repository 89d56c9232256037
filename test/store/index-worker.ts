/**
 * A second process that writes the index on request, as `npm run index`, `ask`'s first build or the
 * scheduled sync would: through buildIndex, so through the same lock. Kept alive between runs so that
 * many concurrent pairs stay fast. Messages in: { id, indexDir, sources, wait, delayMs, toggle? };
 * out: { id, ok, transcripts | error, owner?, lines }.
 */
import { renameSync } from 'node:fs';
import { buildIndex } from '../../src/store/build.js';
import { IndexBusyError } from '../../src/store/lock.js';

interface Job {
  id: number;
  indexDir: string;
  sources: string[];
  wait: boolean;
  delayMs: number;
  /** Move this page (from, to) before the build, so that it changes the index (for readers racing rebuilds). */
  toggle?: [from: string, to: string];
}

process.on('message', (job: Job) => {
  void (async () => {
    const lines: string[] = [];
    await new Promise((r) => setTimeout(r, job.delayMs));
    try {
      if (job.toggle) renameSync(...job.toggle);
      const { transcripts } = await buildIndex({ sources: job.sources, indexDir: job.indexDir, embedder: null, wait: job.wait, log: (l) => lines.push(l) });
      process.send!({ id: job.id, ok: true, transcripts, lines });
    } catch (err) {
      process.send!({ id: job.id, ok: false, error: (err as Error).message, owner: err instanceof IndexBusyError ? err.owner : undefined, lines });
    }
  })();
});
process.send!({ ready: process.pid });
