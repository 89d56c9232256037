import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { declaredCharset } from '../../../src/transcripts/charset.js';
import { parseTranscriptFiles } from '../../../src/transcripts/corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'spox-gbk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A real Chinese page as the site served it in GBK: the same markup, bytes and declared charset changed. */
function asGbk(file: string, charset: string): Buffer {
  const html = readFileSync(file, 'utf8').replace(/charset=UTF-8/gi, `charset=${charset}`);
  return iconv.encode(html, 'gbk');
}

describe('Chinese pages in GBK', () => {
  const original = 'seeds/mfa-zh/t1784776.shtml'; // 2020-06-01, Zhao Lijian
  const files = [join(dir, 'gbk.shtml'), join(dir, 'gb2312.shtml')];
  writeFileSync(files[0]!, asGbk(original, 'gbk'));
  writeFileSync(files[1]!, asGbk(original, 'gb2312'));

  it('reads the charset the page declares', () => {
    expect(declaredCharset(readFileSync(join(dir, 'gbk.shtml')))).toBe('gbk');
    expect(declaredCharset(readFileSync(original))).toBe('utf-8');
  });

  it('decodes a page declared GBK or GB2312 into exactly the records of its UTF-8 original', () => {
    const [utf8] = parseTranscriptFiles([original]);
    const decoded = files.map((f) => parseTranscriptFiles([f])[0]!); // one at a time: two pages of a date are keyed a and b
    expect(utf8?.ok).toBe(true);
    expect(decoded.map((o) => o.ok)).toEqual([true, true]);
    for (const o of decoded) {
      if (!o.ok || !utf8?.ok) continue;
      expect(o.transcript.records).toEqual(utf8.transcript.records);
      expect(o.transcript.records.length).toBeGreaterThan(10);
    }
  });
});
