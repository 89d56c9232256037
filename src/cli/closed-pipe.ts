/**
 * Output piped into a reader that stops early (`npm run ask -- Huawei --k 50 | head -1`) closes the
 * pipe: the rest is not wanted, so the command ends quietly, as `cat` would, instead of with an
 * EPIPE stack trace.
 */
export function endQuietlyWhenPipeCloses(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
}
