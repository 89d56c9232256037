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
 * A terminal's escape sequences: a control sequence (`ESC [2J`, `ESC [31m`), an operating-system
 * command or other string (`ESC ]8;;http://…` up to BEL or `ESC \`, or up to white space when it
 * never ends, so the words after it stay), and the short ones (`ESC c`, `ESC (B`).
 */
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\u0007\u001b\s]*(?:\u0007|\u001b\\)?|[ -/]*[0-~]?)/g;

/** C0 controls but tab and the line breaks, DEL, C1 controls (U+0085 NEL…), the line and paragraph separators. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Characters that show nothing: the soft hyphen, the combining grapheme joiner, the Mongolian vowel
 * separator, zero-width spaces and joiners, the word joiner and invisible operators (U+2060–2064), the
 * byte-order mark. Echoed, they make a look-alike (`@\u2063everyone`); inside a word ("Hua\u200bwei")
 * they are no part of it. (The index reads its own text's invisibles in `search/terms.ts`.)
 */
const INVISIBLE = /[\u00ad\u034f\u180e\u200b-\u200d\u2060-\u2064\ufeff]/g;

/**
 * What a person typed (a question, a topic, a filter's value, an id), as text spox may search and
 * echo: bidirectional controls, invisible characters and terminal escape sequences left out, any
 * other control character (NUL, ESC, U+0085) a space. Echoed back, a right-to-left override would
 * reverse the rest of the bot's own line, an escape sequence clear a terminal or colour it, and a
 * NUL be refused by a stricter API; none is part of a word. Tabs and line breaks stay (white space).
 */
export function typedText(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, ' ').replace(CONTROLS, ' ').replace(BIDI, '').replace(INVISIBLE, '');
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
