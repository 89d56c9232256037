import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'spox-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const realPage = readFileSync('seeds/mfa-en/t1558711.shtml');
// "外交部发言人" in GBK, as the Ministry's Chinese pages are encoded.
const gbk = Buffer.from([0xcd, 0xe2, 0xbd, 0xbb, 0xb2, 0xbf, 0xb7, 0xa2, 0xd1, 0xd4, 0xc8, 0xcb]);

const cases: Record<string, { bytes: Buffer; error: RegExp }> = {
  'empty.shtml': { bytes: Buffer.alloc(0), error: /^empty file$/ },
  'listing.shtml': { bytes: readFileSync('test/fixtures/listing-page.shtml'), error: /not a Ministry transcript page/ },
  'truncated.shtml': { bytes: realPage.subarray(0, Math.floor(realPage.length * 0.6)), error: /truncated HTML/ },
  'chinese-gbk.shtml': {
    // GBK that does not say so (a page declaring its charset is decoded: test/transcripts/zh/gbk.test.ts).
    bytes: Buffer.concat([Buffer.from('<html><head><title>'), gbk, Buffer.from('</title></head><body><p>'), gbk, Buffer.from('</p></body></html>')]),
    error: /not UTF-8/,
  },
  'huge.shtml': { bytes: Buffer.alloc(20 * 1024 * 1024, 'a'), error: /20\.0 MB/ },
  'binary.html': { bytes: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), error: /binary file/ },
  'notes.txt': { bytes: Buffer.from('Some notes of mine\n\nNothing to do with a briefing.\n'), error: /no title/ },
  // A date no calendar holds in a pasted title (hunt-I #5: indexed as 2025-02-30).
  'no-such-day.txt': {
    bytes: Buffer.from(readFileSync('seeds/plain-text/000_4d07b25c1c8cc511.txt', 'utf8').replace(/on February 26, 2021/, 'on February 30, 2021')),
    error: /^the title's date 2021-02-30 does not exist: ".*on February 30, 2021": correct the date in its title line$/,
  },
  // A pasted transcript saved by Notepad as "Unicode": named as UTF-16, not as a binary file.
  'unicode.txt': {
    bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync('seeds/plain-text/000_4d07b25c1c8cc511.txt', 'utf8'), 'utf16le')]),
    error: /^UTF-16 text \(it starts with a UTF-16 byte-order mark\): save it as UTF-8; /,
  },
  // A pasted transcript saved by an editor as Windows-1252: no <meta> to speak of, the line named (explore32c C5).
  'windows-1252.txt': {
    bytes: iconv.encode(readFileSync('seeds/plain-text/t20260817_12005503.txt', 'utf8'), 'win1252'),
    error: new RegExp(`^not UTF-8 text: line ${readFileSync('seeds/plain-text/t20260817_12005503.txt', 'utf8').split('\n').findIndex((l) => /[^\x00-\x7f]/.test(l)) + 1} holds bytes that are not UTF-8 \\(saved as Windows-1252, GBK or another encoding\\?\\): save the file as UTF-8$`),
  },
};
for (const [name, { bytes }] of Object.entries(cases)) writeFileSync(join(dir, name), bytes);
copyFileSync('seeds/mfa-en/t1558711.shtml', join(dir, 'good.shtml'));
// What a cache or a counter adds after </html> is no cut (hunt-I #4: refused as "truncated HTML", never indexed).
writeFileSync(join(dir, 'trailed.shtml'), Buffer.concat([realPage, Buffer.from('\n<!-- cached by edge 2026-08-18 -->\n<script>count()</script>\n')]));

describe('bad input', () => {
  const outcomes = parseTranscriptFiles([dir, join(dir, 'missing.shtml')]);
  const byName = new Map(outcomes.map((o) => [o.file.slice(dir.length + 1), o]));

  for (const [name, { error }] of Object.entries(cases)) {
    it(`reports ${name} with a one-line reason`, () => {
      const outcome = byName.get(name);
      expect(outcome?.ok).toBe(false);
      if (outcome && !outcome.ok) {
        expect(outcome.error).toMatch(error);
        expect(outcome.error).not.toContain('\n');
      }
    });
  }

  it('still parses the good file beside them, and names a missing path', () => {
    const good = byName.get('good.shtml');
    expect(good?.ok && good.transcript.records.length).toBeGreaterThan(5);
    const trailed = byName.get('trailed.shtml');
    const texts = (o: typeof good) => (o?.ok ? o.transcript.records.map((r) => ({ text: JSON.stringify({ ...r, id: undefined }) })) : null);
    expect(trailed?.ok).toBe(true);
    expect(texts(trailed)).toEqual(texts(good));
    expect(byName.get('missing.shtml')).toEqual({ file: join(dir, 'missing.shtml'), ok: false, error: 'no such file or folder' });
  });
});

describe('npm run parse', () => {
  const cli = ['node_modules/.bin/tsx', 'src/cli/parse.ts'];

  it('prints one JSON object per file, errors naming the file, and exits 1 when any failed', () => {
    const run = spawnSync(cli[0]!, [cli[1]!, '--json', dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(Object.keys(cases).length + 2);
    const good = lines.find((l) => l.ok === true)!;
    expect(Object.keys(good)).toEqual(['file', 'ok', 'title', 'date', 'spokesperson', 'url', 'occasion', 'records']);
    const record = (good.records as Record<string, unknown>[])[1]!;
    expect(Object.keys(record)).toEqual(['id', 'kind', 'outlet', 'followup', 'question', 'answer', 'spokesperson', 'source']);
    expect(record.answer).toContain('\n\n'); // paragraphs joined with a blank line
    const failed = lines.filter((l) => l.ok === false);
    expect(failed.every((l) => typeof l.error === 'string' && String(l.file).startsWith(dir))).toBe(true);
  });

  it('prints a line per transcript and a summary, exit 0 when all parse', () => {
    const out = execFileSync(cli[0]!, [cli[1]!, 'seeds/plain-text'], { encoding: 'utf8' });
    expect(out).toMatch(/^2021-02-26 {2}Wang Wenbin +13 exchanges, 0 statements/m);
    expect(out).toMatch(/^3 transcripts ok, 0 failed$/m);
  });
});
