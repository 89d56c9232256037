/**
 * Runs an index build and kills its own process with SIGKILL (as `kill -9` would) once `killAfter`
 * chunks are embedded: a crash in the middle of the slow step.
 * Usage: node --import tsx test/store/crash-child.ts <indexDir> <sources> <killAfter>
 */
import { buildIndex } from '../../src/store/build.js';
import { tinyEmbedder } from './fixtures.js';

const [indexDir, sources, killAfter] = process.argv.slice(2) as [string, string, string];
const embedder = await tinyEmbedder();
await buildIndex({
  sources: [sources],
  indexDir,
  embedder,
  progress: (done) => {
    if (done >= Number(killAfter)) process.kill(process.pid, 'SIGKILL');
  },
});
console.log('finished without being killed');
