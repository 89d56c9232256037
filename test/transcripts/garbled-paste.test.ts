import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/store/build.js';
import { parseTranscriptFiles, type FileOutcome } from '../../src/transcripts/corpus.js';
import { SHARED_CORPUS } from '../shared-corpus.js';

// A pasted transcript (.txt) already garbled by a wrong encoding, made here from the real paste.
const PASTE = 'seeds/plain-text/t20260817_12005503.txt';
const text = readFileSync(PASTE, 'utf8');
const lines = text.split('\n');
const linesBeyondAscii = lines.flatMap((line, i) => (/[^\x00-\x7f]/.test(line) ? [i + 1] : []));
const dir = mkdtempSync(join(tmpdir(), 'spox-garbled-paste-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string): string => {
  const file = join(dir, name);
  writeFileSync(file, content, 'utf8');
  return file;
};
const only = (file: string): FileOutcome => {
  const [outcome, ...rest] = parseTranscriptFiles([file]);
  expect(rest).toEqual([]);
  return outcome!;
};

describe('a pasted transcript (.txt) already garbled by a wrong encoding', () => {
  it('starts from real pastes that parse clean, without a warning', () => {
    expect(linesBeyondAscii.length).toBeGreaterThan(10);
    // The shared copy has no MANIFEST.tsv, so its undated statement is not read; the others are.
    const outcomes = parseTranscriptFiles(['seeds/plain-text', `${SHARED_CORPUS}/plain-text`]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(5);
    expect(outcomes.flatMap((o) => (o.ok ? o.warnings ?? [] : [o.error]))).toEqual([
      expect.stringMatching(/^the title carries no full date and neither the page nor a manifest gives one/),
    ]);
  });

  it('is refused when every line beyond ASCII is garbled, naming the first lines and what they hold', () => {
    const n = linesBeyondAscii.length;
    const cases = {
      // Windows-1252 read as UTF-8 with replacement; UTF-8 read as Windows-1252 (a strict converter: U+FFFD for its undefined bytes) and as Latin-1.
      'replacement.txt': new TextDecoder('utf-8').decode(iconv.encode(text, 'win1252')),
      'windows-1252.txt': iconv.decode(Buffer.from(text, 'utf8'), 'win1252'),
      'latin-1.txt': Buffer.from(text, 'utf8').toString('latin1'),
    };
    for (const [name, garbled] of Object.entries(cases)) {
      const outcome = only(write(name, garbled));
      expect(outcome.ok, name).toBe(false);
      const error = outcome.ok ? '' : outcome.error;
      expect(error).toMatch(new RegExp(
        `^garbled text: ${n} lines, every one of the ${n} that hold a character beyond ASCII, hold text garbled by a wrong encoding: ` +
        `line ${linesBeyondAscii[0]}: "…Ministry Spokesperson Lin Jian(\uFFFD|â€™|â\\\\x80\\\\x99)s Regular Press…"`, // Latin-1's C1 controls shown escaped
      ));
      expect(error).toContain(`, line ${linesBeyondAscii[9]}, and ${n - 10} more; the file was read in a wrong encoding and saved again (`);
      expect(error).toMatch(/; nothing of it is indexed, since its quotes would not be the Ministry's text: copy the transcript from the Ministry's page again, into a file saved as UTF-8$/);
    }
  });

  it('is indexed as it is, with a warning naming the line, when one line is garbled', async () => {
    const line = linesBeyondAscii.find((n) => lines[n - 1]!.includes('é'))!;
    const garbled = lines.map((l, i) => (i + 1 === line ? l.replace('é', 'Ã©') : l)).join('\n');
    const folder = join(dir, 'one-line');
    mkdirSync(folder);
    const file = join(folder, 'paste.txt');
    writeFileSync(file, garbled);
    const outcome = only(file);
    const warning = `${file}: 1 line holds text garbled by a wrong encoding: line ${line}: "`;
    expect(outcome.ok && outcome.warnings).toEqual([expect.stringContaining(warning)]);
    expect(outcome.ok && outcome.warnings![0]).toMatch(/\("Ã©": é read as Windows-1252\); indexed as the file holds it, since the Ministry's own text may hold such a character: check it against the Ministry's page before quoting$/);
    // Verbatim: the paste's text as it holds it, every other record as the real paste's.
    const real = only(PASTE);
    const records = (o: FileOutcome) => (o.ok ? o.transcript.records.map((r) => JSON.stringify(r)) : []);
    const differing = records(outcome).filter((r, i) => r !== records(real)[i]);
    expect(differing).toHaveLength(1);
    expect(differing[0]).toContain('Ã©');

    const log: string[] = [];
    await buildIndex({ sources: [folder], indexDir: join(dir, 'index'), embedder: null, log: (l) => log.push(l) });
    expect(log.filter((l) => l.startsWith('warning: '))).toEqual([expect.stringContaining(`warning: ${warning}`)]);
  }, 60_000);
});
