import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'spox-declared-charset-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ORIGINAL = 'seeds/mfa-en/t1568234.shtml'; // 2018-06-12, Geng Shuang: curly apostrophes in its answers

/** The real page, still UTF-8, with only its <meta> changed to declare `charset`: what an editor's "save as UTF-8" can leave. */
function redeclared(charset: string): string {
  const file = join(dir, `page-${charset}.shtml`);
  writeFileSync(file, readFileSync(ORIGINAL, 'utf8').replace(/charset=utf-8/gi, `charset=${charset}`));
  return file;
}

describe('a UTF-8 page whose <meta> declares another charset', () => {
  const [utf8] = parseTranscriptFiles([ORIGINAL]);

  it.each(['iso-8859-1', 'windows-1252', 'gbk', 'utf-16', 'hex'])('declaring %s is read as the UTF-8 its bytes are, quotes unchanged', (charset) => {
    const [read] = parseTranscriptFiles([redeclared(charset)]);
    expect(utf8?.ok).toBe(true);
    expect(read?.ok ? true : read).toBe(true);
    if (!read?.ok || !utf8?.ok) return;
    expect(JSON.stringify(utf8.transcript.records)).toContain('’');
    expect(read.transcript.records).toEqual(utf8.transcript.records);
  });
});
