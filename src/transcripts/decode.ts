import { decodeDeclaredCharset } from './charset.js';
import { TranscriptError } from './errors.js';
import { utf16Encoding } from '../util/unicode-text.js';

/** Transcript pages are tens of kilobytes; anything this large is not one. */
export const MAX_TRANSCRIPT_BYTES = 4 * 1024 * 1024;

/** Throws when a file of `size` bytes is too large to be a transcript. */
export function checkTranscriptSize(size: number): void {
  if (size > MAX_TRANSCRIPT_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    throw new TranscriptError(`file is ${mb} MB; a transcript is at most ${MAX_TRANSCRIPT_BYTES / 1024 / 1024} MB`);
  }
}

/** Checks that bytes are a plausible transcript file and returns them as text: UTF-8, or the charset a page declares when its bytes are not UTF-8. */
export function decodeTranscript(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new TranscriptError('empty file');
  checkTranscriptSize(bytes.length);
  if (utf16Encoding(bytes)) {
    throw new TranscriptError(
      'UTF-16 text (it starts with a UTF-16 byte-order mark)',
      'save it as UTF-8; a PressCon sheet saved as Excel\'s "Unicode Text" (.txt or .csv) is imported when its first row is the corpus\'s header row, tab-separated',
    );
  }
  // Searched as a Buffer (memchr): a plain Uint8Array's includes() walks the page in JavaScript.
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(0)) throw new TranscriptError('binary file (it contains NUL bytes), not a transcript');
  const declared = decodeDeclaredCharset(bytes);
  if (declared !== null) return declared;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    if (looksLikeHtml(lossy)) {
      throw new TranscriptError(
        'not UTF-8 text, and no other charset declared in a <meta> tag',
        'save the page as UTF-8, or whole with its <head>',
      );
    }
    // A pasted text has no <meta> to declare anything: where, and what to do.
    const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
    throw new TranscriptError(`not UTF-8 text: line ${line} holds bytes that are not UTF-8 (saved as Windows-1252, GBK or another encoding?)`, 'save the file as UTF-8');
  }
}

/** Whether text is a saved page (HTML), not text pasted from one. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype|<html|<head|<body|<\?xml|<!--)/i.test(text.slice(0, 1024));
}
