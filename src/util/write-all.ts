import { writeSync } from 'node:fs';

/**
 * A write that did not put all its bytes on disk: a full disk (ENOSPC), a file-size limit (EFBIG),
 * a used-up quota (EDQUOT), or a write the system cut short. The message names the file and the cause.
 */
export class WriteFailedError extends Error {
  override name = 'WriteFailedError';
  constructor(readonly path: string, readonly problem: string) {
    super(`could not write ${path}: ${problem}`);
  }
}

/** What a failed write's error code means, in words, with the code. */
const CAUSES: Record<string, string> = {
  ENOSPC: 'the disk is full (ENOSPC)',
  EFBIG: 'the file would pass the largest size this process may write (EFBIG: a file-size limit such as `ulimit -f`, or the file system\'s)',
  EDQUOT: 'the disk quota is used up (EDQUOT)',
};

/** `error` (met writing `path`) as a WriteFailedError, saying how much of the write was done when `done` of `total` bytes are given. */
export function writeFailure(path: string, error: unknown, written?: { done: number; total: number }): WriteFailedError {
  if (error instanceof WriteFailedError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const cause = (code && CAUSES[code]) ?? (error instanceof Error ? error.message : String(error));
  const part = written && written.done > 0 ? ` after ${written.done} of ${written.total} bytes were written` : '';
  return new WriteFailedError(path, cause + part);
}

/**
 * Writes all of `data` to `fd` (the file `path`, named when it fails) at its current position:
 * `writeSync` may write fewer bytes than asked (a disk filling up, a file-size limit reached), so
 * it is called again for the rest, and a write that makes no progress, or fails, throws a WriteFailedError.
 */
export function writeAll(fd: number, data: string | Uint8Array, path: string): void {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  for (let done = 0; done < bytes.length; ) {
    let written: number;
    try {
      written = writeSync(fd, bytes, done, bytes.length - done);
    } catch (error) {
      throw writeFailure(path, error, { done, total: bytes.length });
    }
    if (written <= 0) throw new WriteFailedError(path, `the system wrote only ${done} of ${bytes.length} bytes (a short write: the disk is probably full)`);
    done += written;
  }
}
