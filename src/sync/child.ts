import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SyncReport } from './sync.js';

const SYNC_CLI = fileURLToPath(new URL('../cli/sync.ts', import.meta.url));
/** tsx's loader by absolute URL, so a child runs TypeScript whatever its working folder. */
export const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
/** Enough for any report; output past it is cut (the report is the last line). */
const MAX_OUTPUT = 4 * 1024 * 1024;

/**
 * Runs `npm run sync -- --json` in a child process, so parsing and indexing never hold up the
 * bot's event loop, and resolves with its report. Its lines on stderr are logged as they come, so
 * when it prints no report (another sync running, a sync-state.json that cannot be read, a crash)
 * the log says why, and it rejects saying its exit code.
 */
export function runSyncInChild(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; log?: (line: string) => void; signal?: AbortSignal } = {},
): Promise<SyncReport> {
  // The CLI says `sync: ` before its own messages, as the bot's log does before every line of the child's.
  const log = (line: string): void => (options.log ?? (() => {}))(`sync: ${line.replace(/^sync: /, '')}`);
  return new Promise((resolve, reject) => {
    // Aborting sends SIGTERM: a sync stopped at any point leaves the data folder and index consistent.
    const child = spawn(process.execPath, ['--import', TSX_LOADER, SYNC_CLI, '--json', ...args], {
      env: options.env ?? process.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], signal: options.signal, killSignal: 'SIGTERM',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout.length < MAX_OUTPUT) stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const lines = stderr.split('\n');
      stderr = lines.pop()!;
      for (const line of lines) if (line.trim()) log(line);
    });
    child.on('error', (err) => reject(err.name === 'AbortError' ? new Error('sync stopped') : err));
    child.on('close', (code) => {
      if (stderr.trim()) log(stderr.trim());
      const last = stdout.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(last) as SyncReport);
      } catch {
        reject(new Error(`sync exited with code ${code} without a report`));
      }
    });
  });
}
