import { TranscriptError } from './errors.js';

/** Transcript pages are tens of kilobytes; anything this large is not one. */
export const MAX_TRANSCRIPT_BYTES = 4 * 1024 * 1024;

/** Throws when a file of `size` bytes is too large to be a transcript. */
export function checkTranscriptSize(size: number): void {
  if (size > MAX_TRANSCRIPT_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    throw new TranscriptError(`file is ${mb} MB; a transcript is at most ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MB`);
  }
}

/** Checks that bytes are a plausible transcript file and returns them as text. */
export function decodeTranscript(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new TranscriptError('empty file');
  checkTranscriptSize(bytes.length);
  if (bytes.includes(0)) throw new TranscriptError('binary file (it contains NUL bytes), not a transcript');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new TranscriptError(
      'not UTF-8 text (the Ministry\'s Chinese pages are often GBK: save the page as UTF-8, or use the English page)',
    );
  }
}
