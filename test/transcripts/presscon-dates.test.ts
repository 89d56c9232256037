import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failedWords } from '../../src/cli/ensure-index.js';
import { readCsv, type CsvRecord } from '../../src/transcripts/csv.js';
import type { FileOutcome } from '../../src/transcripts/corpus.js';
import { readPressConFile } from '../../src/transcripts/presscon.js';
import { writtenDateConfirmed, writtenDateDisagreement } from '../../src/transcripts/presscon-dates.js';
import { outcomeToJson } from '../../src/transcripts/json.js';
import type { Transcript } from '../../src/transcripts/types.js';
import { SHARED_CORPUS } from '../shared-corpus.js';

const CSV = 'seeds/presscon/cmfa-presscon-v4-ukraine.csv';
const XLSX = `${SHARED_CORPUS}/presscon/cmfa-presscon-v4-ukraine.xlsx`;
const dir = mkdtempSync(join(tmpdir(), 'spox-presscon-dates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const records = [...readCsv(readFileSync(CSV, 'utf8'))] as CsvRecord[];
const header = records[0]!.cells;
const col = (name: string) => header.indexOf(name);
const cellOf = (row: number, name: string) => records[row - 1]!.cells[col(name)]!;
const transcriptsOf = (outcomes: FileOutcome[]): Omit<Transcript, 'file'>[] => outcomes.flatMap((o) => (o.ok ? [(({ file: _f, ...t }) => t)(o.transcript)] : []));
const warningsOf = (outcomes: FileOutcome[]) => outcomes.flatMap((o) => (o.ok ? o.warnings ?? [] : []));
const failuresOf = (outcomes: FileOutcome[]) => outcomes.flatMap((o) => (o.ok ? [] : [{ file: o.file, error: o.error }]));

/** The sample written again as a .csv (every cell quoted), each row's cells as `edit` makes them. */
function rewritten(name: string, edit: (cells: string[], row: number) => string[], head: (cells: string[]) => string[] = (c) => c): string {
  const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
  const lines = records.map((r) => (r.row === 1 ? head([...r.cells]) : edit([...r.cells], r.row)).map(quote).join(','));
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  return file;
}

let fromCsv: FileOutcome[];
beforeAll(async () => {
  fromCsv = await readPressConFile(CSV);
});

describe('dates the sheet itself contradicts (explore33b W6, M4)', () => {
  it('names the sample\'s misdated row, 9411 (2014-01-12, really 2015-01-12), once, and imports it as the corpus dates it', async () => {
    // The real row: its question is about a meeting in Berlin "on January 12" to prepare a Normandy-format meeting (2015).
    expect(cellOf(22, 'id_orig')).toBe('9411');
    expect(cellOf(22, 'date')).toBe('2014-01-12');
    expect(cellOf(22, 'question')).toMatch(/Normandy/);
    const misdated = warningsOf(fromCsv).filter((w) => w.includes('contradicts'));
    expect(misdated).toEqual([
      `${CSV}: 1 row is dated in a way the sheet itself contradicts: row 22 (9411, 2014-01-12): its link (t1227486) is numbered after 2014-12-31's (t1225027), ` +
        'and 2014-01-12 was a Sunday; imported as dated (the corpus\'s own date): check it against the Ministry\'s page before citing the date',
    ]);
    // Not named: 2022-10-09, a Sunday the Ministry briefed on (a working day in China), row 75's month "Febuary", the 2002 pages numbered a few apart out of order.
    expect(cellOf(447, 'date')).toBe('2022-10-09');
    expect(cellOf(75, 'month')).toBe('Febuary');
    expect(misdated[0]).not.toMatch(/2022-10-09|row 75 |2002-/);
    // The corpus's text and date stay as they are.
    expect(transcriptsOf(fromCsv).find((t) => t.key === 'pc-2014-01-12')?.records).toHaveLength(1);
    // The .xlsx (dates as date cells) says the same of the same row.
    const fromXlsx = await readPressConFile(XLSX);
    expect(warningsOf(fromXlsx).filter((w) => w.includes('contradicts'))).toEqual([misdated[0]!.replace(CSV, XLSX)]);
    const doubtedWhy = "its link (t1227486) is numbered after 2014-12-31's (t1225027), and 2014-01-12 was a Sunday";
    // The record itself carries why (explore37 #1), so every card and citation of it can say so: it alone of the 666 (659 pairs, closings and late exchanges cut from their cells).
    for (const outcomes of [fromCsv, fromXlsx]) {
      const doubted = transcriptsOf(outcomes).flatMap((t) => t.records).filter((r) => r.source?.dateDoubted);
      expect(doubted.map((r) => [r.id, r.source])).toEqual([['pc-2014-01-12#1', {
        corpus: 'CMFA PressCon v4', excerpt: false,
        dateDoubted: doubtedWhy,
      }]]);
    }
    expect(transcriptsOf(fromCsv).flatMap((t) => t.records)).toHaveLength(666);
    // `parse --json` gives it as `date_doubted`, beside the corpus and `excerpt`; no other record has the key.
    const json = fromCsv.map((o) => outcomeToJson(o) as { records?: { id: string; source: object }[] }).flatMap((o) => o.records ?? []);
    expect(json.find((r) => r.id === 'pc-2014-01-12#1')!.source).toEqual({ corpus: 'CMFA PressCon v4', excerpt: false, date_doubted: doubtedWhy });
    expect(json.filter((r) => 'date_doubted' in r.source).map((r) => r.id)).toEqual(['pc-2014-01-12#1']);
  });

  it('names a row whose day, month or year column disagrees with its date', async () => {
    expect([cellOf(2, 'date'), cellOf(2, 'year')]).toEqual(['2002-11-19', '2002']);
    const file = rewritten('year.csv', (cells, row) => {
      if (row === 2) cells[col('year')] = '2003';
      if (row === 10) cells[col('month')] = 'March';
      return cells;
    });
    const outcomes = await readPressConFile(file);
    const [warning, ...more] = warningsOf(outcomes).filter((w) => w.includes('contradicts'));
    expect(more).toEqual([]);
    expect(warning).toContain(`3 rows are dated in a way the sheet itself contradicts: row 2 (${cellOf(2, 'id_split')}, 2002-11-19): its year column says 2003; ` +
      `row 10 (${cellOf(10, 'id_split')}, ${cellOf(10, 'date')}): its month column says March; row 22 (9411, 2014-01-12)`);
    // Rows 2 and 10 are imported as before, their records saying why their date is doubted.
    const doubts = (o: FileOutcome[]) => new Map(transcriptsOf(o).flatMap((t) => t.records).flatMap((r) => (r.source?.dateDoubted ? [[r.id, r.source.dateDoubted]] : [])));
    expect(doubts(outcomes)).toEqual(new Map([
      [`pc-${cellOf(2, 'date')}#1`, 'its year column says 2003'], [`pc-${cellOf(10, 'date')}#1`, 'its month column says March'], ...doubts(fromCsv),
    ]));
    const undoubted = (o: FileOutcome[]) => JSON.stringify(transcriptsOf(o)).replace(/,"dateDoubted":"[^"]*"/g, '');
    expect(undoubted(outcomes)).toBe(undoubted(fromCsv));
  });

  it('names a row dated after today, whose cells all agree, and its record says so (hunt-O #5: imported silently, it was the latest briefing)', async () => {
    const file = rewritten('future.csv', (cells, row) => {
      if (row === 661) {
        cells[col('date')] = '2090-01-05';
        cells[col('day')] = '5';
        cells[col('month')] = 'January';
        cells[col('year')] = '2090';
      }
      return cells;
    });
    const outcomes = await readPressConFile(file);
    const [warning] = warningsOf(outcomes).filter((w) => w.includes('contradicts'));
    expect(warning).toMatch(new RegExp(`row 661 \\(${cellOf(661, 'id_split')}, 2090-01-05\\): it is after today \\(\\d{4}-\\d{2}-\\d{2} in Beijing\\)`));
    const future = transcriptsOf(outcomes).find((t) => t.date === '2090-01-05')!;
    expect(future.records[0]!.source?.dateDoubted).toMatch(/^it is after today \(\d{4}-\d{2}-\d{2} in Beijing\)/);
  });

  it('names a row whose day, month or year column holds no date at all, and imports it as its date column dates it (explore38)', async () => {
    expect(warningsOf(fromCsv).filter((w) => w.includes('cannot be read'))).toEqual([]); // row 75's "Febuary" is read as February
    const file = rewritten('words.csv', (cells, row) => {
      if (row === 2) cells[col('year')] = 'twenty';
      if (row === 10) [cells[col('day')], cells[col('month')]] = ['3rd', 'Jnuary'];
      return cells;
    });
    const outcomes = await readPressConFile(file);
    expect(warningsOf(outcomes).filter((w) => w.includes('cannot be read'))).toEqual([
      `${file}: 2 rows have date columns that cannot be read: row 2 (${cellOf(2, 'id_split')}, 2002-11-19): its year column holds “twenty”, which is no year; ` +
        `row 10 (${cellOf(10, 'id_split')}, ${cellOf(10, 'date')}): its day column holds “3rd”, which is no day, and its month column holds “Jnuary”, which is no month; ` +
        'imported as dated (the date column), which those cells do not check',
    ]);
    // Nothing else changes: the same records, and no date doubted that the sheet does not contradict.
    expect(JSON.stringify(transcriptsOf(outcomes))).toBe(JSON.stringify(transcriptsOf(fromCsv)));
  });
});

describe('a date column in another format (explore33b C2)', () => {
  const us = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y: string, m: string, d: string) => `${Number(m)}/${Number(d)}/${y}`);

  it('reads a date cell written m/d/yyyy as the row\'s day, month and year columns say, which agree with it, and says so once', async () => {
    const file = rewritten('excel.csv', (cells) => {
      cells[col('date')] = us(cells[col('date')]!);
      return cells;
    });
    const outcomes = await readPressConFile(file);
    // Every row had been refused, with a line telling how to save the file again (hunt-I b).
    expect(failuresOf(outcomes)).toEqual([]);
    expect(JSON.stringify(transcriptsOf(outcomes))).toBe(JSON.stringify(transcriptsOf(fromCsv)));
    const name = (row: number) => `row ${row} (${cellOf(row, 'id_split')}, ${cellOf(row, 'date')})`;
    expect(warningsOf(outcomes).filter((w) => w.includes('not YYYY-MM-DD'))).toEqual([
      // The 659 answered: the two rows answered "-" are not indexed (`unanswered`).
      `${file}: 659 rows' date cells are written m/d/yyyy ("11/19/2002", as Excel writes a date in a US locale), not YYYY-MM-DD: ` +
        `read as the day, month and year columns say, which agree with each: ${[2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map(name).join(', ')}, and 649 more`,
    ]);
    // A cell the columns do not confirm is no date read: a month's name of another month, or another number beside them.
    const month = cellOf(2, 'month');
    expect(writtenDateConfirmed('19 November 2002', { day: '19', month, year: '2002' })).toBe('2002-11-19');
    expect(writtenDateConfirmed('19.11.2002', { day: '19', month, year: '2002' })).toBe('2002-11-19');
    expect(writtenDateConfirmed('11/19/02', { day: '19', month, year: '2002' })).toBe('2002-11-19');
    expect(writtenDateConfirmed('11/19/03', { day: '19', month, year: '2002' })).toBeNull();
    for (const cell of ['19 December 2002', '11/19/2003', '11/19/2002 10', '11/2002', 'soon']) {
      expect(writtenDateConfirmed(cell, { day: '19', month, year: '2002' }), cell).toBeNull();
    }
    expect(writtenDateConfirmed('11/19/2002', { day: '19', month: '', year: '2002' })).toBeNull();
  });

  it('says a sheet holds both orders where its rows\' columns tell day first and month first, and reads a year of two digits (hunt-M)', async () => {
    const eu = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y: string, m: string, d: string) => `${Number(d)}/${Number(m)}/${y}`);
    const mixed = rewritten('mixed.csv', (cells, row) => {
      cells[col('date')] = row <= 3 ? eu(cells[col('date')]!) : us(cells[col('date')]!);
      return cells;
    });
    const read = await readPressConFile(mixed);
    expect(failuresOf(read)).toEqual([]);
    expect(JSON.stringify(transcriptsOf(read))).toBe(JSON.stringify(transcriptsOf(fromCsv)));
    expect(warningsOf(read).find((w) => w.includes('not YYYY-MM-DD'))).toContain(': 659 rows\' date cells are written both day first and month first ("19/11/2002", …), not YYYY-MM-DD');
    const short = rewritten('short-years.csv', (cells) => {
      cells[col('date')] = us(cells[col('date')]!).replace(/\/\d\d(\d\d)$/, '/$1');
      return cells;
    });
    const shortRead = await readPressConFile(short);
    expect(failuresOf(shortRead)).toEqual([]);
    expect(JSON.stringify(transcriptsOf(shortRead))).toBe(JSON.stringify(transcriptsOf(fromCsv)));
  });

  it('names the column that disagrees with a row\'s written date, that row alone, where the sheet\'s other rows are read (hunt-M)', async () => {
    const file = rewritten('excel-disagreeing.csv', (cells, row) => {
      cells[col('date')] = us(cells[col('date')]!);
      if (row === 52) cells[col('year')] = String(Number(cells[col('year')]) + 1);
      if (row === 61) cells[col('day')] = String((Number(cells[col('day')]) % 28) + 1);
      return cells;
    });
    const outcomes = await readPressConFile(file);
    const columns = (row: number, changed: 'year' | 'day', value: string) => {
      const said = { day: cellOf(row, 'day'), month: cellOf(row, 'month'), year: cellOf(row, 'year'), [changed]: value };
      return `(${said.day} ${said.month} ${said.year})`;
    };
    const year = String(Number(cellOf(52, 'year')) + 1);
    const day = String((Number(cellOf(61, 'day')) % 28) + 1);
    expect(failuresOf(outcomes).map((f) => f.error)).toEqual([
      `row 52 (${cellOf(52, 'id_split')}, ${us(cellOf(52, 'date'))}): date "${us(cellOf(52, 'date'))}" and its day, month and year columns ${columns(52, 'year', year)} disagree: ` +
        `its year column says ${year}, which the date cell does not hold; the row is skipped: correct whichever is wrong and import the file again`,
      `row 61 (${cellOf(61, 'id_split')}, ${us(cellOf(61, 'date'))}): date "${us(cellOf(61, 'date'))}" and its day, month and year columns ${columns(61, 'day', day)} disagree: ` +
        `its day column says ${day}, which the date cell does not hold; the row is skipped: correct whichever is wrong and import the file again`,
    ]);
    expect(transcriptsOf(outcomes).flatMap((t) => t.records)).toHaveLength(transcriptsOf(fromCsv).flatMap((t) => t.records).length - 2);
    // Where no column's value is in the cell, nothing is said of the cell's parts: the columns may be of another row.
    expect(writtenDateDisagreement('11/19/2002', { day: '3', month: '4', year: '2005' })).toBeNull();
    expect(writtenDateDisagreement('11/19/2002', { day: '19', month: 'November', year: '2002' })).toBeNull();
    expect(writtenDateDisagreement('11/19/2002', { day: '19', month: 'December', year: '2002' })).toBe('its month column says December, which the date cell does not hold');
  });

  it('says once that every row\'s date is written m/d/yyyy, naming the first rows, where no day, month and year columns confirm it', async () => {
    const file = rewritten('excel-undated.csv', (cells) => {
      cells[col('date')] = us(cells[col('date')]!);
      cells[col('day')] = '';
      return cells;
    });
    const failures = failuresOf(await readPressConFile(file));
    expect(failures).toHaveLength(1);
    const name = (row: number) => `row ${row} (${cellOf(row, 'id_split')}, ${us(cellOf(row, 'date'))})`;
    expect(failures[0]!.error).toBe(
      '661 rows skipped: their date cells are written m/d/yyyy ("11/19/2002", as Excel writes a date in a US locale), not YYYY-MM-DD: ' +
        `${[2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map(name).join(', ')}, and 651 more; ` +
        'format the date column as yyyy-mm-dd (in Excel: Format Cells → Custom → yyyy-mm-dd), save the file as CSV UTF-8 and import it again',
    );
    expect(failedWords(failures)).toBe('; 661 rows skipped in 1 spreadsheet (see above)');
  });

  it('tells d/m/yyyy by a day past 12, and reads a date cell exported with a midnight time as its date', async () => {
    const european = rewritten('european.csv', (cells) => {
      cells[col('date')] = cells[col('date')]!.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3.$2.$1');
      return cells;
    });
    const read = await readPressConFile(european);
    expect(failuresOf(read)).toEqual([]);
    expect(warningsOf(read).find((w) => w.includes('not YYYY-MM-DD'))).toMatch(/: 659 rows' date cells are written d\.m\.yyyy \("19\.11\.2002", as Excel writes a date in a European locale\)/);
    const unconfirmed = rewritten('european-undated.csv', (cells) => {
      cells[col('date')] = cells[col('date')]!.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3.$2.$1');
      cells[col('year')] = '';
      return cells;
    });
    expect(failuresOf(await readPressConFile(unconfirmed))[0]!.error).toMatch(/^661 rows skipped: their date cells are written d\.m\.yyyy \("19\.11\.2002", as Excel writes a date in a European locale\)/);
    const midnight = rewritten('midnight.csv', (cells) => {
      cells[col('date')] = `${cells[col('date')]} 00:00:00`;
      return cells;
    });
    const outcomes = await readPressConFile(midnight);
    expect(failuresOf(outcomes)).toEqual([]);
    expect(transcriptsOf(outcomes)).toEqual(transcriptsOf(fromCsv));
  });
});

describe('Excel date serials (the streamed .xlsx gives them now and then)', () => {
  const serial = (iso: string) => String((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);

  it('reads a serial whose row\'s day, month and year columns say the same day as that day, in a .csv and an .xlsx', async () => {
    expect(serial('2002-11-19')).toBe('37579');
    const file = rewritten('serials.csv', (cells) => {
      cells[col('date')] = serial(cells[col('date')]!);
      return cells;
    });
    const outcomes = await readPressConFile(file);
    expect(failuresOf(outcomes)).toEqual([]);
    expect(transcriptsOf(outcomes)).toEqual(transcriptsOf(fromCsv));

    // The workbook as exceljs's streaming reader sometimes sees it: numbers in the date column.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    for (const r of records) sheet.addRow(r.row === 1 ? r.cells : r.cells.map((c, i) => (i === col('date') ? Number(serial(c)) : c)));
    const xlsx = join(dir, 'serials.xlsx');
    await workbook.xlsx.writeFile(xlsx);
    const fromWorkbook = await readPressConFile(xlsx);
    expect(failuresOf(fromWorkbook)).toEqual([]);
    expect(transcriptsOf(fromWorkbook).map((t) => [t.key, t.records.length])).toEqual(transcriptsOf(fromCsv).map((t) => [t.key, t.records.length]));
  });

  it('refuses a serial the day, month and year columns do not confirm, naming it and what they say', async () => {
    const disagreeing = rewritten('serial-disagrees.csv', (cells, row) => {
      cells[col('date')] = serial(cells[col('date')]!);
      if (row === 5) cells[col('day')] = String(Number(cells[col('day')]) + 1);
      return cells;
    });
    const outcomes = await readPressConFile(disagreeing);
    const said = `${Number(cellOf(5, 'day')) + 1} ${cellOf(5, 'month')} ${cellOf(5, 'year')}`;
    expect(failuresOf(outcomes)).toEqual([{
      file: disagreeing,
      error: `row 5 (${cellOf(5, 'id_split')}, ${serial(cellOf(5, 'date'))}): date "${serial(cellOf(5, 'date'))}" is not YYYY-MM-DD (its day, month and year columns say ${said}); the row is skipped`,
    }]);
    expect(transcriptsOf(outcomes).flatMap((t) => t.records)).toHaveLength(transcriptsOf(fromCsv).flatMap((t) => t.records).length - 1);

    // Without the day, month and year columns nothing confirms a serial: every row is refused, the serial's date named.
    const drop = new Set([col('day'), col('month'), col('year')]);
    const bare = rewritten('serial-bare.csv', (cells) => {
      cells[col('date')] = serial(cells[col('date')]!);
      return cells.filter((_, i) => !drop.has(i));
    }, (cells) => cells.filter((_, i) => !drop.has(i)));
    const refused = failuresOf(await readPressConFile(bare));
    expect(refused).toHaveLength(1);
    expect(refused[0]!.error).toMatch(/^661 rows skipped: their date cells are written numbers \("37579": an Excel date serial, 2002-11-19, as a date cell formatted General is saved\), not YYYY-MM-DD: row 2 /);
  });
});

describe('empty cells past the header (explore33b C3)', () => {
  it('reads rows that end with empty cells the header lacks as the rows they are; a row whose extra cell holds text is still skipped', async () => {
    const file = rewritten('trailing.csv', (cells, row) => [...cells, row === 30 ? 'stray' : '', '']);
    const outcomes = await readPressConFile(file);
    expect(failuresOf(outcomes)).toEqual([{ file, error: 'row 30: it has 26 columns, the header 24; the row is skipped' }]);
    expect(transcriptsOf(outcomes).flatMap((t) => t.records)).toHaveLength(transcriptsOf(fromCsv).flatMap((t) => t.records).length - 1);
    // A header that ends with empty cells the rows lack: the same.
    const wide = rewritten('wide-header.csv', (cells) => cells, (cells) => [...cells, '', '']);
    const read = await readPressConFile(wide);
    expect(failuresOf(read)).toEqual([]);
    expect(transcriptsOf(read)).toEqual(transcriptsOf(fromCsv));
  });
});
