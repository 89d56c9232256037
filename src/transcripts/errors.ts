/** A transcript file that cannot be read; the message says why, in one line, without the path. */
export class TranscriptError extends Error {
  override name = 'TranscriptError';
}
