// @ts-check
// EXPERIMENT: a worker (started by the HTTP worker) that checks and parses the pages the HTTP worker hands it, and answers the main thread on `port`.
import { parentPort, workerData } from 'node:worker_threads';
import { loadCompiledParser } from './worker-parse.mjs';

if (workerData?.mark === 'spox-parse-worker' && parentPort) {
  /** @type {import('node:worker_threads').MessagePort} */
  const port = workerData.port;
  /** @type {import('./worker-parse.mjs').CompiledParser | null} */
  let parser = null;
  const loaded = await loadCompiledParser(workerData.root);
  if ('unavailable' in loaded) port.postMessage({ parser: false, reason: loaded.unavailable });
  else {
    parser = loaded;
    port.postMessage({ parser: true });
  }
  parentPort.on('message', (/** @type {any} */ message) => {
    const { parse, ...answer } = message;
    let checked;
    if (parser && parse) {
      try {
        const body = new Uint8Array(answer.body);
        const verdict = parser.checkPage({ url: answer.askedUrl, finalUrl: answer.url, status: answer.status, body });
        checked = verdict.ok ? { ok: true, outcome: parser.parsedOutcome(parse.file, body, parse.hints, verdict.text) } : { ok: false, reason: verdict.reason, moved: verdict.moved };
      } catch {
        checked = undefined;
      }
    }
    delete answer.askedUrl;
    port.postMessage({ ...answer, checked }, [answer.body]);
  });
}
