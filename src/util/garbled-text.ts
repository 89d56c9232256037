import iconv from 'iconv-lite';
import { namedThenCounted, plural } from './plural.js';
import { printable } from './printable.js';
import { utf8SequenceLength } from './unicode-text.js';

/**
 * Text that is valid UTF-8 yet already damaged by a wrong decoding, saved again: U+FFFD (�) where a
 * decoder lost a character (a Windows code page read as UTF-8), and "mojibake", UTF-8 read as
 * Windows-1252 (or Latin-1), each byte of a character beyond ASCII shown as a character of its own
 * ("’" as "â€™", "é" as "Ã©"), as Excel shows a UTF-8 `.csv` that lacks its byte-order mark.
 */

/**
 * Each character a byte 0x80–0xFF shows as when read as Windows-1252 or as Latin-1 (which differ on
 * 0x80–0x9F: "€‚ƒ„…" against the C1 controls; the five bytes Windows-1252 leaves undefined have only
 * their C1 control), and the byte.
 */
const BYTE_OF = new Map<string, number>();
for (let byte = 0x80; byte <= 0xff; byte++) {
  BYTE_OF.set(String.fromCharCode(byte), byte);
  const windows = iconv.decode(Buffer.from([byte]), 'win1252');
  if (windows !== '\uFFFD') BYTE_OF.set(windows, byte);
}

const shownAs = (from: number, to: number): string =>
  [...BYTE_OF].filter(([, b]) => b >= from && b <= to).map(([c]) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

/**
 * A UTF-8 sequence as those characters: a lead byte (0xC2–0xDF, 0xE0–0xEF, 0xF0–0xF4 for 2, 3 and 4
 * bytes) and its continuation bytes (0x80–0xBF), checked as UTF-8 after. "â€" alone is the start of a
 * character of U+2000–U+203F (curly quotes, dashes) whose last byte Windows-1252 does not define (” is
 * E2 80 9D) and a converter dropped; no language writes "â€". U+FFFD last: "â€�" is one garbling.
 */
const CONTINUATION = `[${shownAs(0x80, 0xbf)}]`;
const GARBLING = new RegExp(
  `[${shownAs(0xe0, 0xef)}]${CONTINUATION}{2}|[${shownAs(0xf0, 0xf4)}]${CONTINUATION}{3}|[${shownAs(0xc2, 0xdf)}]${CONTINUATION}|\u00e2\u20ac|\uFFFD`,
  'g',
);

/** One garbling in a text. */
export interface Garbling {
  /** Where it starts in the text. */
  index: number;
  /** What the text holds there: U+FFFD, or the characters that a UTF-8 sequence's bytes show as. */
  held: string;
  /** The character those bytes are in UTF-8; null for U+FFFD and for "â€", whose last byte is lost. */
  meant: string | null;
}

/** The first garbling in `text`, or null. */
export function firstGarbling(text: string): Garbling | null {
  GARBLING.lastIndex = 0;
  for (let m = GARBLING.exec(text); m !== null; m = GARBLING.exec(text)) {
    const held = m[0];
    if (held === '\uFFFD' || held === '\u00e2\u20ac') return { index: m.index, held, meant: null };
    const bytes = Uint8Array.from(held, (c) => BYTE_OF.get(c)!);
    if (utf8SequenceLength(bytes, 0) === bytes.length) return { index: m.index, held, meant: Buffer.from(bytes).toString('utf8') };
    GARBLING.lastIndex = m.index + 1; // not UTF-8 (an overlong form…): the next character may start one
  }
  return null;
}

export const beyondAscii = (text: string): boolean => /[^\x00-\x7f]/.test(text);

/** A garbling with the text around it, and what it is: `"…joint communiqu� on the 19th…" (U+FFFD (�): a character lost)`. */
function garblingShown(text: string, g: Garbling): string {
  const from = Math.max(0, g.index - 30);
  const to = Math.min(text.length, g.index + g.held.length + 15);
  const context = `${from > 0 ? '…' : ''}${printable(text.slice(from, to))}${to < text.length ? '…' : ''}`;
  const held = printable(g.held);
  const what = g.held === '\uFFFD'
    ? 'U+FFFD: a character lost'
    : g.meant === null
      ? `"${held}": the start of a curly quote or dash read as Windows-1252`
      : `"${held}": ${printable(g.meant)} read as Windows-1252`;
  return `"${context}" (${what})`;
}

/** A part of a file (a sheet's row, a text's line) that holds a garbling. */
export interface GarbledPart {
  /** How a message names it: `row 64 (1723_2, 2014-03-03)`, `line 12`. */
  name: string;
  /** The text that holds the garbling (the cell, the line). */
  text: string;
  garbling: Garbling;
}

/**
 * Garbled text runs through a file (every quote from it is suspect) when at least 3 of its parts, and
 * at least half of those that hold any character beyond ASCII, are garbled: a wrong decoding garbles
 * every such character, while the Ministry's own text may hold one odd character here and there.
 */
const THROUGHOUT = { parts: 3, share: 0.5 };

/** The parts named, and the text around the first garblings: ten at most, with "and N more". */
const NAMED = 10;
const SHOWN = 3;

/**
 * What a file's garbled parts say of it: whether the garbling runs through it; the words that refuse
 * the file (`477 rows, every one of the 477 that hold a character beyond ASCII, hold text garbled by a
 * wrong encoding: row 64 (…): "…" (…), …, and 467 more; the file was read in a wrong encoding and saved
 * again (…); nothing of it is imported, since …`, for the caller to end with how to fix it), or else
 * the words that warn of a few parts, taken as they are; and whether any is UTF-8 read as Windows-1252
 * (not U+FFFD only). Null when there is none.
 */
export function garbledFile(
  parts: GarbledPart[], partsBeyondAscii: number, unit: 'row' | 'line', taken: 'imported' | 'indexed',
): { throughout: boolean; refusal: string; warning: string; misread: boolean } | null {
  if (parts.length === 0) return null;
  const throughout = parts.length >= THROUGHOUT.parts && parts.length >= partsBeyondAscii * THROUGHOUT.share;
  const share = !throughout ? '' : parts.length === partsBeyondAscii
    ? `, every one of the ${partsBeyondAscii} that hold a character beyond ASCII,`
    : ` of the ${partsBeyondAscii} that hold a character beyond ASCII`;
  const named = parts.map((p, i) => (i < SHOWN ? `${p.name}: ${garblingShown(p.text, p.garbling)}` : p.name));
  const words = `${plural(parts.length, unit)}${share} ${parts.length === 1 ? 'holds' : 'hold'} text garbled by a wrong encoding: ${namedThenCounted(named, NAMED)}`;
  const lost = parts.some((p) => p.garbling.held === '\uFFFD');
  const misread = parts.some((p) => p.garbling.held !== '\uFFFD');
  const cause = [
    ...(lost ? ['a file in a Windows code page read as UTF-8 has U+FFFD (�) for each character beyond ASCII'] : []),
    ...(misread ? ['UTF-8 read as Windows-1252 shows each character beyond ASCII as two or three ("’" as "â€™")'] : []),
  ].join('; ');
  const them = parts.length === 1 ? 'it' : 'them';
  return {
    throughout,
    refusal: `${words}; the file was read in a wrong encoding and saved again (${cause}); nothing of it is ${taken}, since its quotes would not be the Ministry's text`,
    warning: `${words}; ${taken} as the file holds ${them}, since the Ministry's own text may hold such a character: check ${them} against the Ministry's page before quoting`,
    misread,
  };
}
