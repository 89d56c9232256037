import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/store/build.js';
import { currentGeneration } from '../../src/store/layout.js';
import { readRecordStore } from '../../src/store/records-file.js';
import { parseTranscriptFiles, type FileOutcome } from '../../src/transcripts/corpus.js';
import { readCsv } from '../../src/transcripts/csv.js';
import { isSpreadsheetFile, readPressConFile } from '../../src/transcripts/presscon.js';
import { parseSourceFiles } from '../../src/transcripts/sources.js';
import { escapeRegExp as escape } from '../../src/util/regexp.js';
import { SHARED_CORPUS } from '../shared-corpus.js';

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

describe('a PressCon .csv cut short (hunt-I #3)', () => {
  it('is refused whole where it ends mid-row or mid-cell with no line end, and a remembered one keeps its briefings', async () => {
    // Cut inside the answer of a row halfway down: a copy or download stopped partway.
    const rowStart = text.indexOf('\n', Math.floor(text.length / 2)) + 1;
    const midRow = text.slice(0, text.indexOf(',', rowStart) + 1);
    const midCell = text.slice(0, text.indexOf(',"', rowStart) + 20);
    for (const [name, cut, where] of [['mid-row.csv', midRow, /after \d+ columns of the header's \d+/], ['mid-cell.csv', midCell, /inside a quoted cell/]] as const) {
      const outcomes = await readPressConFile(write(name, Buffer.from(cut)));
      expect(outcomes, name).toEqual([{ file: join(dir, name), ok: false, error: expect.stringMatching(/^cut short: it ends in row \d+, /) }]);
      expect((outcomes[0] as { error: string }).error, name).toMatch(where);
    }
    // The whole file without its last line end is no cut: read as it is.
    expect(contentOf(await readPressConFile(write('no-last-newline.csv', Buffer.from(text.trimEnd()))))).toEqual(contentOf(fromUtf8));

    const indexDir = join(dir, 'index-cut');
    const copy = join(dir, 'remembered.csv');
    copyFileSync(CSV, copy);
    await buildIndex({ sources: ['seeds/site-2026', copy], indexDir, embedder: null });
    const records = () => readRecordStore(currentGeneration(indexDir)!).records;
    const before = records();
    writeFileSync(copy, midRow);
    const turned = await buildIndex({ sources: ['seeds/site-2026', copy], indexDir, embedder: null });
    expect(turned.failures).toEqual([{ file: copy, error: expect.stringMatching(/^cut short: /), kept: expect.any(Array) }]);
    expect(turned.failures[0]!.kept).toHaveLength(324);
    // Before, the rows up to the cut were taken as the sheet's whole, and the briefings after it removed.
    expect(records()).toEqual(before);
  }, 60_000);
});

describe('a PressCon .csv separated by semicolons (Excel\'s "CSV" where the decimal mark is a comma)', () => {
  it('is read as the comma-separated file is (hunt-I b: it was said to lack every column)', async () => {
    // The rows as exceljs reads them, written again with semicolons: another program's writer, not the import's reader.
    const workbook = new ExcelJS.Workbook();
    await workbook.csv.readFile(CSV, { map: (v: string) => v });
    const semicolons = (await workbook.csv.writeBuffer({ formatterOptions: { delimiter: ';' } })).toString();
    expect(semicolons.split('\n')[0]).toMatch(/^id_orig;id_split;id;link;/);
    const file = write('semicolons.csv', Buffer.from(semicolons));
    expect(contentOf(await readPressConFile(file))).toEqual(contentOf(fromUtf8));
  });
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

describe('a PressCon sheet saved as Excel\'s "Unicode Text" under its own name, .txt', () => {
  /** The sample as "Unicode Text" holds it: the rows as exceljs reads them, written again tab-separated, UTF-16LE with its mark. */
  async function unicodeText(): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    await workbook.csv.readFile(CSV, { map: (v: string) => v });
    const tabbed = (await workbook.csv.writeBuffer({ formatterOptions: { delimiter: '\t' } })).toString();
    expect(tabbed.split('\n')[0]).toMatch(/^id_orig\tid_split\tid\tlink\t/);
    return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tabbed, 'utf16le')]);
  }
  const paste = readFileSync('seeds/plain-text/000_4d07b25c1c8cc511.txt', 'utf8');

  it('is read as the sheet it is, and indexed; a pasted transcript named .txt stays a paste, in UTF-16 too', async () => {
    const folder = join(dir, 'unicode-text');
    mkdirSync(folder);
    const sheet = join(folder, 'CMFA_PressCon_v4.txt');
    writeFileSync(sheet, await unicodeText());
    const pasted = join(folder, 'pasted.txt');
    writeFileSync(pasted, paste);
    // A paste saved by Notepad as "Unicode": UTF-16 with the same mark, but no PressCon header.
    const pastedUtf16 = join(folder, 'pasted-unicode.txt');
    writeFileSync(pastedUtf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(paste, 'utf16le')]));
    expect([sheet, pasted, pastedUtf16].map(isSpreadsheetFile)).toEqual([true, false, false]);
    expect(contentOf(await readPressConFile(sheet))).toEqual(contentOf(fromUtf8));

    // npm run parse reads the folder so; the paste in UTF-16 is told to be saved as UTF-8, as before.
    const parsed = await parseSourceFiles([folder]);
    const utf16Error = /^UTF-16 text \(it starts with a UTF-16 byte-order mark\): save it as UTF-8; a PressCon sheet saved as Excel's "Unicode Text" \(\.txt or \.csv\) is imported when its first row is the corpus's header row, tab-separated$/;
    expect(parsed.filter((o) => !o.ok)).toEqual([{ file: pastedUtf16, ok: false, error: expect.stringMatching(utf16Error) }]);
    expect(contentOf(parsed.filter((o) => o.ok && o.file === sheet))).toEqual(contentOf(fromUtf8));
    expect(parsed.filter((o) => o.ok && o.file === pasted).map((o) => o.ok && o.transcript)).toEqual(
      parseTranscriptFiles(['seeds/plain-text/000_4d07b25c1c8cc511.txt']).map((o) => o.ok && { ...o.transcript, file: pasted }),
    );

    const indexDir = join(dir, 'unicode-text-index');
    const first = await buildIndex({ sources: [folder], indexDir, embedder: null });
    expect(first.failures).toEqual([{ file: pastedUtf16, error: expect.stringMatching(utf16Error), kept: [] }]);
    expect(first.transcripts).toBe(324 + 1);
    const records = readRecordStore(currentGeneration(indexDir)!).records;
    expect(records.filter((r) => r.key.startsWith('pc-'))).toHaveLength(659 + 4 + 3); // and the 4 closing statements and 3 exchanges after the conference cut from their cells
    expect(records.find((r) => r.id === 'pc-2023-03-14#2')).toMatchObject({ source: { corpus: 'CMFA PressCon v4', excerpt: expect.any(Boolean) } });
    // Unchanged, the sheet and the paste are both carried over unread on the next run.
    const again = await buildIndex({ sources: [], indexDir, embedder: null });
    expect(again).toMatchObject({ transcripts: 325, carried: 325 });
  }, 60_000);
});

describe('a PressCon .csv that is UTF-8 but already garbled by a wrong encoding', () => {
  // The sample's rows as the sheet numbers them (header = 1), and those whose imported cells hold a character beyond ASCII.
  const [header, ...records] = [...readCsv(text)].map((r) => ('cells' in r ? r.cells : []));
  const col = (name: string) => header!.indexOf(name);
  const rowsBeyondAscii = records.flatMap((cells, i) =>
    ['question', 'answer', 'spokesperson', 'who_asked'].some((c) => /[^\x00-\x7f]/.test(cells[col(c)]!)) ? [i + 2] : []);
  const nameOf = (row: number) => `row ${row} (${records[row - 2]![col('id_split')]}, ${records[row - 2]![col('date')]})`;
  const warningsOf = (outcomes: FileOutcome[]) => outcomes.flatMap((o) => (o.ok ? o.warnings ?? [] : []));
  const errorOf = (outcomes: FileOutcome[]) => (outcomes.length === 1 && !outcomes[0]!.ok ? outcomes[0]!.error : `imported: ${outcomes.length} outcomes`);
  /** The sample's lines, `rows` of them (sheet numbers) passed through `garble`. */
  const withRows = (rows: number[], garble: (line: string) => string): string =>
    text.split('\n').map((line, i) => (rows.includes(i + 1) ? garble(line) : line)).join('\n');
  // UTF-8 read as Windows-1252 (iconv: its undefined bytes become U+FFFD, as a strict converter does) or as Latin-1, saved as UTF-8.
  const asWindows1252 = (s: string) => iconv.decode(Buffer.from(s, 'utf8'), 'win1252');
  const asLatin1 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
  // Windows-1252 read as UTF-8 with replacement, saved as UTF-8: each character beyond ASCII a U+FFFD.
  const replaced = (s: string) => new TextDecoder('utf-8').decode(iconv.encode(s, 'win1252'));

  it('starts from a sample whose 477 rows beyond ASCII are clean, .csv and .xlsx alike', async () => {
    expect(records).toHaveLength(661);
    expect(rowsBeyondAscii).toHaveLength(477);
    expect(rowsBeyondAscii[0]).toBe(64);
    for (const outcomes of [fromUtf8, await readPressConFile(`${SHARED_CORPUS}/presscon/cmfa-presscon-v4-ukraine.xlsx`)]) {
      expect(outcomes.filter((o) => !o.ok)).toEqual([]);
      expect(warningsOf(outcomes).filter((w) => w.includes('garbled'))).toEqual([]);
    }
  });

  it('is refused whole when every row beyond ASCII is garbled: U+FFFD, UTF-8 read as Windows-1252 and as Latin-1', async () => {
    const cases = [
      { name: 'replacement.csv', bytes: Buffer.from(replaced(text), 'utf8'), held: '\uFFFD' },
      { name: 'excel-mojibake.csv', bytes: Buffer.from(asWindows1252(text), 'utf8'), held: 'Ã©' },
      { name: 'latin1-mojibake.csv', bytes: Buffer.from(asLatin1(text), 'utf8'), held: 'Ã©' },
    ];
    for (const { name, bytes, held } of cases) {
      const file = write(name, bytes);
      const error = errorOf(await readPressConFile(file));
      expect(error, name).toMatch(new RegExp(
        `^garbled text: 477 rows, every one of the 477 that hold a character beyond ASCII, hold text garbled by a wrong encoding: ` +
        `${escape(nameOf(64))}: "…ies signed the joint communiqu${held}`,
      ));
      // The first ten rows are named, the rest counted.
      expect(error).toContain(`${nameOf(rowsBeyondAscii[9]!)}, and 467 more; the file was read in a wrong encoding and saved again (`);
      expect(error).toContain('nothing of it is imported, since its quotes would not be the Ministry\'s text: import the corpus\'s own file instead');
      expect(error.includes('Data → From Text/CSV')).toBe(held !== '\uFFFD');
      expect(error).not.toContain('\n');
    }
  });

  it('is imported with a warning naming the rows when a few are garbled: the Ministry\'s own text may hold an odd character', async () => {
    const few = rowsBeyondAscii.slice(0, 3);
    const file = write('three-rows.csv', Buffer.from(withRows(few, asWindows1252), 'utf8'));
    const outcomes = await readPressConFile(file);
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(324);
    const warning = warningsOf(outcomes).find((w) => w.includes('garbled'));
    expect(warning).toMatch(new RegExp(`^${escape(file)}: 3 rows hold text garbled by a wrong encoding: ${escape(nameOf(few[0]!))}: "…ies signed the joint communiquÃ© on`));
    expect(warning).toContain(`, ${nameOf(few[2]!)}: "`);
    expect(warning).toMatch(/; imported as the file holds them, since the Ministry's own text may hold such a character: check them against the Ministry's page before quoting$/);
    // Quoted as the file holds it: the verbatim rule alters nothing.
    const quoted = outcomes.flatMap((o) => (o.ok ? o.transcript.records : [])).find((r) => r.answer.join(' ').includes('communiquÃ©'));
    expect(quoted?.id).toBe(`pc-${records[few[0]! - 2]![col('date')]}#1`);
  });

  it('is refused when 3 rows or more are garbled and they are half of the rows beyond ASCII, not when fewer', async () => {
    const sheet = (rows: number[], garbled: number[]) => {
      const lines = text.split('\n');
      return Buffer.from([lines[0], ...rows.map((r) => (garbled.includes(r) ? replaced(lines[r - 1]!) : lines[r - 1]))].join('\n'), 'utf8');
    };
    const [a, b, c, d] = rowsBeyondAscii as [number, number, number, number];
    const two = await readPressConFile(write('two-of-two.csv', sheet([a, b], [a, b])));
    expect(warningsOf(two)).toEqual([expect.stringMatching(/: 2 rows hold text garbled by a wrong encoding: row 2 \(.*, row 3 \(/)]);
    const threeOfFour = await readPressConFile(write('three-of-four.csv', sheet([a, b, c, d], [a, b, c])));
    expect(errorOf(threeOfFour)).toMatch(/^garbled text: 3 rows of the 4 that hold a character beyond ASCII hold text garbled by a wrong encoding: row 2 \(/);
    const threeOfSeven = await readPressConFile(write('three-of-seven.csv', sheet(rowsBeyondAscii.slice(0, 7), [a, b, c])));
    expect(threeOfSeven.filter((o) => !o.ok)).toEqual([]);
    expect(warningsOf(threeOfSeven)).toEqual([expect.stringMatching(/: 3 rows hold text garbled by a wrong encoding: row 2 /)]);
  });

  it('leaves the index as it was: a garbled file is not added to the sources', async () => {
    const indexDir = join(dir, 'garbled-index');
    const first = await buildIndex({ sources: ['seeds/site-2026'], indexDir, embedder: null });
    expect(first.failures).toEqual([]);
    const records = () => readRecordStore(currentGeneration(indexDir)!).records;
    const before = records();
    const garbled = write('garbled-for-index.csv', Buffer.from(asWindows1252(text), 'utf8'));
    const added = await buildIndex({ sources: ['seeds/site-2026', garbled], indexDir, embedder: null });
    expect(added.failures).toEqual([{ file: garbled, error: expect.stringMatching(/^garbled text: 477 rows, .*; not added to the sources$/), kept: [] }]);
    expect(added.sources).not.toContain(garbled);
    expect(records()).toEqual(before);
  }, 60_000);
});
