import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/store/build.js';
import { currentGeneration } from '../../src/store/layout.js';
import { readRecordStore } from '../../src/store/records-file.js';
import type { FileOutcome } from '../../src/transcripts/corpus.js';
import { readPressConFile } from '../../src/transcripts/presscon.js';

// Damaged copies of the real sample, made here from its bytes: as Excel on Windows saves a sheet
// ("CSV (Comma delimited)": Windows-1252; "Unicode Text": UTF-16LE with its mark, tab-separated).
const CSV = 'seeds/presscon/cmfa-presscon-v4-ukraine.csv';
const text = readFileSync(CSV, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'spox-presscon-encoding-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SAVE_AS = 'save it as UTF-8 (in Excel: File → Save As → "CSV UTF-8 (Comma delimited)") and import it again';
const contentOf = (outcomes: FileOutcome[]) => outcomes.map((o) => (o.ok ? { ...o.transcript, file: '' } : o.error));
const write = (name: string, bytes: Uint8Array): string => {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
};
const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16();

let fromUtf8: FileOutcome[];
beforeAll(async () => {
  fromUtf8 = await readPressConFile(CSV);
});

describe('a PressCon .csv that is not UTF-8 (Windows-1252, as Excel on Windows saves "CSV")', () => {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => /[^\x00-\x7f]/.test(l)); // 0-based: the first line with a character beyond ASCII
  const at = /[^\x00-\x7f]/.exec(lines[line]!)!;
  const byte = iconv.encode(at[0], 'win1252')[0]!.toString(16);
  const shown = `${lines[line]!.slice(at.index - 20, at.index)}\\x${byte}`; // as the message shows the byte

  it('is refused whole, naming the first row holding such a byte, showing it, and saying how to save the file', async () => {
    expect(lines.filter((l) => l !== '')).toHaveLength(662); // the header and 661 rows, one line each: row n is line n
    const file = write('windows-1252.csv', iconv.encode(text, 'win1252'));
    const outcomes = await readPressConFile(file);
    expect(outcomes).toHaveLength(1);
    const [outcome] = outcomes;
    expect(outcome).toMatchObject({ file, ok: false });
    const error = outcome!.ok ? '' : outcome!.error;
    expect(error).toMatch(new RegExp(`^not UTF-8: row ${line + 1} holds bytes that are not UTF-8 \\("…`));
    expect(error).toContain(shown);
    expect(error).toContain('Windows code page');
    expect(error.endsWith(SAVE_AS)).toBe(true);
    expect(error).not.toContain('\uFFFD');
  });

  it('names the row and the line apart where a cell before it spans two lines', async () => {
    // Row 2's answer (quoted) broken after its first sentence: the bad byte is then one line further down, in the same row.
    const [header, second, ...rest] = lines;
    const answerStart = second!.indexOf(',"') + 2;
    const sentenceEnd = second!.indexOf('. ', answerStart);
    expect(sentenceEnd).toBeGreaterThan(answerStart);
    const broken = `${second!.slice(0, sentenceEnd + 1)}\n${second!.slice(sentenceEnd + 2)}`;
    const file = write('windows-1252-two-lines.csv', iconv.encode([header, broken, ...rest].join('\n'), 'win1252'));
    const [outcome] = await readPressConFile(file);
    expect(outcome!.ok ? '' : outcome!.error).toMatch(new RegExp(`^not UTF-8: row ${line + 1} \\(line ${line + 2}\\) holds bytes`));
  });

  it('leaves the index as it was: a new such file is not added, a remembered one that turns so keeps its briefings', async () => {
    const indexDir = join(dir, 'index');
    const copy = join(dir, 'sample.csv');
    copyFileSync(CSV, copy);
    const first = await buildIndex({ sources: ['seeds/site-2026', copy], indexDir, embedder: null });
    expect(first).toMatchObject({ transcripts: 3 + 324, failures: [] });
    const records = () => readRecordStore(currentGeneration(indexDir)!).records;
    const before = records();

    const windows = write('windows.csv', iconv.encode(text, 'win1252'));
    const added = await buildIndex({ sources: ['seeds/site-2026', copy, windows], indexDir, embedder: null });
    expect(added.failures).toEqual([{ file: windows, error: expect.stringMatching(/^not UTF-8: row \d+ holds .*; not added to the sources$/), kept: [] }]);
    expect(added.sources).not.toContain(windows);
    expect(records()).toEqual(before);

    writeFileSync(copy, iconv.encode(text, 'win1252')); // the remembered sample saved again, by Excel on Windows
    const turned = await buildIndex({ sources: ['seeds/site-2026', copy], indexDir, embedder: null });
    expect(turned.failures).toEqual([{ file: copy, error: expect.stringMatching(/^not UTF-8: row \d+ holds /), kept: expect.any(Array) }]);
    expect(turned.failures[0]!.kept).toHaveLength(324);
    expect(records()).toEqual(before);
    expect(records().filter((r) => r.answer.includes('\uFFFD'))).toEqual([]);
  }, 60_000);
});

describe('a PressCon .csv in UTF-16 with its byte-order mark', () => {
  it('is read as the UTF-8 file is: little-endian and tab-separated (Excel\'s "Unicode Text"), big-endian and comma-separated', async () => {
    // The rows as exceljs reads them, written again tab-separated: another program's writer, not the import's reader.
    const workbook = new ExcelJS.Workbook();
    await workbook.csv.readFile(CSV, { map: (v: string) => v });
    const tabbed = (await workbook.csv.writeBuffer({ formatterOptions: { delimiter: '\t' } })).toString();
    expect(tabbed.split('\n')[0]).toMatch(/^id_orig\tid_split\tid\tlink\t/);
    const unicodeText = write('unicode-text.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tabbed, 'utf16le')]));
    const bigEndian = write('utf-16be.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]));
    expect(fromUtf8.filter((o) => !o.ok)).toEqual([]);
    for (const file of [unicodeText, bigEndian]) expect(contentOf(await readPressConFile(file))).toEqual(contentOf(fromUtf8));
  });

  it('is refused, saying so, without its mark or cut in the middle of a character', async () => {
    const noMark = write('utf-16-no-mark.csv', Buffer.from(text, 'utf16le'));
    expect(await readPressConFile(noMark)).toEqual([{
      file: noMark, ok: false,
      error: 'it holds NUL bytes and no UTF-16 byte-order mark (UTF-16 saved without its mark, or not a text file); ' +
        `nothing of it is imported, since its quotes would not be the Ministry's text: ${SAVE_AS}`,
    }]);
    const whole = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const cut = write('utf-16-cut.csv', whole.subarray(0, whole.length - 1));
    expect(await readPressConFile(cut)).toEqual([{
      file: cut, ok: false,
      error: 'it starts with a UTF-16 byte-order mark but is not valid UTF-16 (cut short, or a broken character); ' +
        `nothing of it is imported, since its quotes would not be the Ministry's text: ${SAVE_AS}`,
    }]);
  });
});
