import { isUtf8 } from 'node:buffer';

/** How a text file was encoded: UTF-8, or UTF-16 in the byte order its byte-order mark says. */
export type UnicodeEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';

/** Why bytes are not text `decodeUnicodeText` takes, and where. */
export class NotUnicodeTextError extends Error {
  override name = 'NotUnicodeTextError';
  constructor(
    /**
     * `nul`: NUL bytes and no UTF-16 byte-order mark (UTF-16 saved without its mark, or not a text file);
     * `not-utf8`: a byte UTF-8 does not allow (an 8-bit code page such as Windows-1252 or GBK);
     * `bad-utf16`: a UTF-16 byte-order mark, then what is not UTF-16 (half a character, a lone surrogate).
     */
    readonly reason: 'nul' | 'not-utf8' | 'bad-utf16',
    /** The byte offset of the first NUL or the first byte that is not UTF-8; null for `bad-utf16`. */
    readonly offset: number | null,
  ) {
    super(reason === 'nul' ? 'it holds NUL bytes' : reason === 'not-utf8' ? 'it is not UTF-8' : 'it is not valid UTF-16');
  }
}

/** The UTF-16 byte order that a file's byte-order mark says, or null when it starts with none. */
export function utf16Encoding(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  return bytes[0] === 0xff && bytes[1] === 0xfe ? 'UTF-16LE' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'UTF-16BE' : null;
}

/**
 * A text file's text: UTF-16 (little- or big-endian) when it starts with the byte-order mark that
 * says so (what Windows editors and Excel's "Unicode Text" save), else UTF-8 (a UTF-8 mark dropped).
 * Nothing is guessed and nothing replaced: other bytes throw NotUnicodeTextError, for the caller to
 * word, since read as UTF-8 they would become U+FFFD (�) in the text.
 */
export function decodeUnicodeText(bytes: Uint8Array): { text: string; encoding: UnicodeEncoding } {
  const encoding = utf16Encoding(bytes);
  if (encoding) {
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2)), encoding };
    } catch {
      throw new NotUnicodeTextError('bad-utf16', null);
    }
  }
  const nul = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0);
  if (nul >= 0) throw new NotUnicodeTextError('nul', nul);
  if (!isUtf8(bytes)) throw new NotUnicodeTextError('not-utf8', firstNonUtf8Byte(bytes));
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'UTF-8' };
}

/**
 * The length of the well-formed UTF-8 sequence that starts at `bytes[i]` (RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF), or 0 when none starts there.
 */
export function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  if (lead < 0x80) return 1;
  const cont = (k: number, low = 0x80, high = 0xbf): boolean => i + k < bytes.length && bytes[i + k]! >= low && bytes[i + k]! <= high;
  if (lead >= 0xc2 && lead <= 0xdf) return cont(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, low, high) && cont(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const [low, high] = lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, low, high) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** The offset of the first byte that is not part of well-formed UTF-8; -1 when there is none. */
export function firstNonUtf8Byte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}
