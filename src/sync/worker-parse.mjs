// @ts-check
/**
 * The parse of a downloaded page in the sync's HTTP worker (http-worker.mjs), so that the thread
 * that keeps the pages parses only some of them. A worker cannot load the TypeScript cheaply (tsx's
 * loader costs it a quarter of a second), so it runs the compiled parser of `npm run build`: the
 * modules beside this one when this one is compiled itself, else the project's dist/ when it is
 * newer than every source file. Otherwise there is no parser here and every page is parsed on the
 * calling thread, as the same code would parse it.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compiledIsFresh } from '../util/build-fresh.mjs';

/**
 * @typedef {object} CompiledParser
 * @property {(page: { url: string, finalUrl: string, status: number, body: Uint8Array }) => ({ ok: true, text: string } | { ok: false, reason: string, moved: boolean })} checkPage
 * @property {(file: string, bytes: Uint8Array, hints: object, decoded?: string) => unknown} parsedOutcome
 */

/**
 * @param {string} projectRoot the folder holding src/, dist/ and tsconfig.json
 * @returns {Promise<CompiledParser | { unavailable: string }>}
 */
export async function loadCompiledParser(projectRoot) {
  const here = fileURLToPath(new URL('.', import.meta.url));
  let compiledSrc;
  if (/[\\/]dist[\\/]src[\\/]sync[\\/]$/.test(here)) {
    compiledSrc = join(here, '..');
  } else {
    if (!compiledIsFresh(projectRoot)) return { unavailable: `no build of the sources in ${join(projectRoot, 'dist')} newer than them (npm run build)` };
    compiledSrc = join(projectRoot, 'dist', 'src');
  }
  const load = (/** @type {string} */ path) => import(pathToFileURL(join(compiledSrc, path)).href);
  try {
    const [corpus, check] = await Promise.all([load('transcripts/corpus.js'), load('sync/page-check.js')]);
    return { checkPage: check.checkPage, parsedOutcome: corpus.parsedOutcome };
  } catch (err) {
    return { unavailable: `the compiled parser did not load: ${/** @type {Error} */ (err).message}` };
  }
}
