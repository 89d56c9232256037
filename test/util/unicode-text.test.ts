import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeUnicodeText, firstNonUtf8Byte, NotUnicodeTextError } from '../../src/util/unicode-text.js';

const bytes = readFileSync('seeds/presscon/cmfa-presscon-v4-ukraine.csv');
const text = bytes.toString('utf8');

describe('decodeUnicodeText', () => {
  it('reads UTF-8 (its mark dropped) and UTF-16 of either byte order by its mark, to the same text', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    const marked = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    expect(decodeUnicodeText(bytes)).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeUnicodeText(marked)).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeUnicodeText(le)).toEqual({ text, encoding: 'UTF-16LE' });
    expect(decodeUnicodeText(be)).toEqual({ text, encoding: 'UTF-16BE' });
  });

  it('throws, with the offset, on the first byte that is not UTF-8, and on NUL bytes without a UTF-16 mark', () => {
    const windows = iconv.encode(text, 'win1252');
    const firstBeyondAscii = windows.findIndex((b) => b >= 0x80);
    expect(firstBeyondAscii).toBeGreaterThan(0);
    expect(() => decodeUnicodeText(windows)).toThrow(expect.objectContaining({ reason: 'not-utf8', offset: firstBeyondAscii }));
    expect(() => decodeUnicodeText(Buffer.from(text, 'utf16le'))).toThrow(expect.objectContaining({ reason: 'nul', offset: 1 }));
    expect(() => decodeUnicodeText(Buffer.from([0xff, 0xfe, 0x41]))).toThrow(NotUnicodeTextError);
  });
});

describe('firstNonUtf8Byte', () => {
  it('passes well-formed UTF-8 and finds overlong forms, surrogates, code points past U+10FFFF and cut sequences', () => {
    expect(firstNonUtf8Byte(bytes)).toBe(-1);
    const ok = Buffer.from('ok ’', 'utf8');
    for (const bad of [[0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x80], [0x80], [0xff]]) {
      const sample = Buffer.concat([ok, Buffer.from(bad), ok]);
      expect(firstNonUtf8Byte(sample)).toBe(ok.length);
      expect(Buffer.from(sample.toString('utf8'), 'utf8').equals(sample)).toBe(false); // Node's own decoder refuses it too
    }
  });
});
