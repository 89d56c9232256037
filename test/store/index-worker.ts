/**
 * A second process that writes the index on request, as `npm run index`, `ask`'s first build or the
 * scheduled sync would: through buildIndex, so through the same lock. Kept alive between runs so that
 * many concurrent pairs stay fast. Messages in: { id, indexDir, sources, wait, delayMs, rebuilds? };
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
  /** Run this many builds one after the other (for readers racing rebuilds)… */
  rebuilds?: number;
  /** …moving this page out of its source folder and back between them, so each changes the index. */
  toggle?: [inside: string, outside: string];
}

process.on('message', (job: Job) => {
  void (async () => {
    const lines: string[] = [];
    await new Promise((r) => setTimeout(r, job.delayMs));
    try {
      let transcripts = 0;
      for (let i = 0; i < (job.rebuilds ?? 1); i++) {
        if (job.toggle) renameSync(...((i % 2 === 0 ? job.toggle : [...job.toggle].reverse()) as [string, string]));
        transcripts = (await buildIndex({ sources: job.sources, indexDir: job.indexDir, embedder: null, wait: job.wait, log: (l) => lines.push(l) })).transcripts;
      }
      process.send!({ id: job.id, ok: true, transcripts, lines });
    } catch (err) {
      process.send!({ id: job.id, ok: false, error: (err as Error).message, owner: err instanceof IndexBusyError ? err.owner : undefined, lines });
    }
  })();
});
process.send!({ ready: process.pid });
