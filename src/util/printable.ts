import { utf8SequenceLength } from './unicode-text.js';

/**
 * The bidirectional controls that reorder what is shown after them: the Arabic letter mark, the
 * left-to-right and right-to-left marks, embeddings and overrides (U+202A–202E) and isolates (U+2066–2069).
 */
const BIDI_CONTROLS = '\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069';

/**
 * Characters that would let a file name, an option or a transcript's text rewrite the terminal or
 * pass for another line when printed: C0 and C1 controls (line breaks, ESC, …), DEL, the Unicode
 * line and paragraph separators, and the bidirectional controls.
 */
const UNPRINTABLE = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${BIDI_CONTROLS}]`, 'g');

const BIDI = new RegExp(`[${BIDI_CONTROLS}]`, 'g');

/**
 * What a person typed without its bidirectional controls: echoed back (`Results for “Huawei \u202e sanctions”`),
 * a right-to-left override would reverse the rest of the bot's own line. They are no part of any word.
 */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI, '');
}

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with each such character shown escaped: `\n`, `\r`, `\t`, `\x1b`, `\u202e`. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

/**
 * A value from outside (a setting, an option) quoted for a message: `"abc"`, its line breaks and
 * other controls written as escapes (`"a\nb"`), so that a message of several lines keeps its own.
 */
export function quoted(value: string): string {
  return printable(JSON.stringify(value));
}

/**
 * A file name's bytes as text to print: valid UTF-8 as its characters (escaped as `printable` does),
 * each byte that is not part of valid UTF-8 as `\xNN` (`caf\xe9.shtml` for a Latin-1 name).
 */
export function printableBytes(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; ) {
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      text += printable(Buffer.from(bytes.subarray(i, i + length)).toString('utf8'));
      i += length;
    } else {
      text += `\\x${bytes[i]!.toString(16).padStart(2, '0')}`;
      i++;
    }
  }
  return text;
}

/** Whether bytes are valid UTF-8 (a file name the file system holds as other bytes cannot be opened by its decoded name). */
export { isUtf8 } from 'node:buffer';
