import { escapeRegExp } from '../util/regexp.js';
import type ExcelJS from 'exceljs';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { MONTH_NAMES } from '../util/calendar.js';
import { isoDateProblem } from '../util/iso-date.js';
import { beyondAscii, firstGarbling, garbledFile, type GarbledPart } from '../util/garbled-text.js';
import { namedThenCounted, plural } from '../util/plural.js';
import { printableBytes } from '../util/printable.js';
import { decodeUnicodeText, NotUnicodeTextError, utf16Encoding } from '../util/unicode-text.js';
import type { FileOutcome } from './corpus.js';
import { headerSeparator, isCsvProblem, readCsv, type CsvProblem, type CsvRecord } from './csv.js';
import { columnsConfirm, doubtedDates, suspectDatesWords, unreadableColumnsWords, writtenDateConfirmed, writtenDateDisagreement } from './presscon-dates.js';
import { TranscriptError } from './errors.js';
import { UNKNOWN_SPOKESPERSON } from './unknown-spokesperson.js';
import { sourceUrlProblem } from './source-url.js';
import { markupIn, markupText } from './cell-markup.js';
import { damagedXlsxPart } from './xlsx-parts.js';
import { collapseWhitespace } from './text.js';
import { ASTERISK_RUN } from './turns.js';
import type { Exchange, Statement, Transcript, TranscriptRecord } from './types.js';

/** exceljs takes ~0.4 s to load: only a run that reads a spreadsheet pays it. */
const loadExcelJS = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

/**
 * CMFA PressCon (Mochtak & Turcsanyi 2021): the researchers' corpus of the Ministry's regular press
 * conferences as question/answer pairs, one a row, distributed as `.xlsx` (and converted to `.csv`).
 * Its pairs become one transcript per date, keyed `pc-DATE` so no id can collide with a parsed page's.
 */
export const PRESSCON_CORPUS = 'CMFA PressCon v4';
/** How the corpus asks to be cited (its README). */
export const PRESSCON_CITATION =
  'Mochtak & Turcsanyi, "Studying Chinese Foreign Policy Narratives: Introducing the Ministry of Foreign Affairs ' +
  'Press Conferences Corpus", Journal of Chinese Political Science 26(4), 2021, doi:10.1007/s11366-021-09762-3';
export const PRESSCON_KEY_PREFIX = 'pc-';

/** Columns a file must have to be read as PressCon (the others — lemmas, entities, sentiment — are not used). */
const REQUIRED_COLUMNS = ['id_split', 'spokesperson', 'date', 'question', 'answer'] as const;
/**
 * Columns read where the sheet has them: a sheet that lost one (a column deleted to save space) is
 * imported, its rows cited without a link or naming no asker, said once for the file. It had been
 * refused whole, every pair lost to a column a citation can do without.
 */
const CITATION_COLUMNS = ['link', 'who_asked'] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof CITATION_COLUMNS)[number];

export const SPREADSHEET_EXTENSIONS = new Set(['.xlsx', '.csv']);

/**
 * A file read as a PressCon sheet: an `.xlsx` or `.csv`, or a `.txt` that is a sheet saved as
 * Excel's "Unicode Text" (`isUnicodeTextSheet`); any other `.txt` is a pasted transcript.
 */
export function isSpreadsheetFile(file: string): boolean {
  const extension = extname(file).toLowerCase();
  return SPREADSHEET_EXTENSIONS.has(extension) || (extension === '.txt' && isUnicodeTextSheet(file));
}

/** How much of a `.txt` is read to find its first line: the corpus's header row is some 180 characters. */
const HEADER_BYTES = 8192;

/**
 * Whether a `.txt` is a PressCon sheet that Excel saved as "Unicode Text": UTF-16 with its byte-order
 * mark, and a first line whose tab-separated cells name every column the import reads. Only its
 * first bytes are read (opened without blocking, as a page is: a FIFO named `.txt` cannot hang the
 * run); a file that cannot be read is no sheet, and the page reader says what is wrong with it.
 */
export function isUnicodeTextSheet(file: string): boolean {
  let head: Buffer;
  try {
    const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      if (!fstatSync(fd).isFile()) return false;
      head = Buffer.alloc(HEADER_BYTES);
      head = head.subarray(0, readSync(fd, head, 0, HEADER_BYTES, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  const encoding = utf16Encoding(head);
  if (!encoding) return false;
  const text = new TextDecoder(encoding).decode(head.subarray(2, head.length - (head.length % 2)));
  const firstLine = text.split(/\r?\n/, 1)[0]!;
  if (headerSeparator(firstLine) !== '\t') return false;
  const columns = firstLine.split('\t').map((c) => c.trim().replace(/^"(.*)"$/, '$1').toLowerCase());
  return REQUIRED_COLUMNS.every((c) => columns.includes(c));
}

/** One row as the spreadsheet numbers it (the header is row 1), its cells as text. */
interface SheetRow {
  row: number;
  cells: string[];
  /** A `.csv` row holds every column it was written with (an `.xlsx` row leaves out trailing empty cells), so its count can be checked. */
  counted?: boolean;
  /** A `.csv` row that could not be read: the column whose quote is not closed. */
  unclosedQuote?: number;
}

/** A cell's value as text: what the spreadsheet shows, dates as YYYY-MM-DD. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return String(value.text);
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  return ''; // an error value (#N/A …)
}

function rowCells(values: ExcelJS.CellValue[] | { [key: string]: ExcelJS.CellValue }): string[] {
  // exceljs numbers cells from 1; index 0 is empty.
  const list = Array.isArray(values) ? values.slice(1) : [];
  return Array.from(list, (v) => cellText(v));
}

/**
 * The file's size; throws unless the file ends with a zip directory that lies inside it. exceljs's
 * streaming reader waits forever on a cut-short `.xlsx` (a partial download), so that is checked first.
 */
async function checkZipComplete(file: string): Promise<number> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const tail = Buffer.alloc(Math.min(size, 22 + 0xffff)); // the end record, after a comment of at most 64 KB
    await handle.read(tail, 0, tail.length, size - tail.length);
    const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const directoryEnd = end >= 0 && end + 22 <= tail.length ? tail.readUInt32LE(end + 16) + tail.readUInt32LE(end + 12) : Infinity;
    if (directoryEnd > size - tail.length + end) {
      throw new Error('not a complete .xlsx file (its zip directory is missing: cut short, or not a spreadsheet)');
    }
    return size;
  } finally {
    await handle.close();
  }
}

/** A worksheet's name and rows (exceljs numbers rows from 1), whichever way the workbook was read. */
interface Sheet {
  name?: string;
  rows: AsyncIterable<Pick<ExcelJS.Row, 'number' | 'values'>> | Iterable<Pick<ExcelJS.Row, 'number' | 'values'>>;
}

/**
 * Workbooks up to this size are read whole. exceljs's streaming reader now and then gives a date cell
 * as its serial number (37579 for 2002-11-19): in 2 of 25 reads of the bundled sample as written, more
 * with its parts in another order, every row then refused as undated; and it fails on some orders
 * (exceljs issue #962). Read whole, the sample gave its dates in every one of 30 reads. The full
 * corpus (some 31,000 rows, over 20 MB) is streamed all the same, as its size needs: a serial there
 * is read as its date where the row's day, month and year cells say the same day (`confirmedSerialDate`).
 */
const READ_WHOLE_BYTES = 4 * 1024 * 1024;

/** What to do with a workbook damaged inside: the copy is bad, not the import. */
const SAVE_AGAIN = 'open the original in Excel and save it again (or export it as CSV UTF-8), then import that copy';

/** The rows of the sheet that holds the pairs of an `.xlsx` (the full corpus has some 31,000 rows). */
async function* xlsxRows(file: string): AsyncGenerator<SheetRow> {
  const size = await checkZipComplete(file);
  const excel = await loadExcelJS();
  if (size <= READ_WHOLE_BYTES) {
    yield* pairRows(loadedSheets(excel, file));
    return;
  }
  let yielded = false;
  try {
    for await (const row of pairRows(streamedSheets(excel, file))) {
      yielded = true;
      yield row;
    }
  } catch (err) {
    // exceljs's streaming reader fails on a workbook whose zip holds xl/workbook.xml after a sheet it
    // reads at once (exceljs issue #962: "Cannot read properties of undefined (reading 'sheets')");
    // exceljs itself may write one so under load. Such a workbook is read whole instead.
    if (yielded || !(err instanceof TypeError) || !/\bsheets\b/.test(err.message)) throw err;
    yield* pairRows(loadedSheets(excel, file));
  }
}

/** Each worksheet as a stream: rows are read as they come, as the full corpus needs. */
async function* streamedSheets(excel: typeof ExcelJS, file: string): AsyncGenerator<Sheet> {
  const reader = new excel.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore',
  });
  for await (const sheet of reader) yield { name: (sheet as { name?: string }).name, rows: sheet };
}

/** Each worksheet of a workbook read whole, its rows that hold something, as the stream gives them. */
async function* loadedSheets(excel: typeof ExcelJS, file: string): AsyncGenerator<Sheet> {
  const workbook = new excel.Workbook();
  await workbook.xlsx.readFile(file);
  for (const worksheet of workbook.worksheets) {
    const rows: ExcelJS.Row[] = [];
    worksheet.eachRow((row: ExcelJS.Row) => rows.push(row));
    yield { name: worksheet.name, rows };
  }
}

/**
 * The rows of the first sheet that opens with the corpus's header row: a workbook someone added a
 * sheet of notes to before it still imports. Each sheet's rows are read through, as the stream needs.
 */
async function* pairRows(sheets: AsyncIterable<Sheet>): AsyncGenerator<SheetRow> {
  const passed: { name: string; rows: SheetRow[] }[] = [];
  for await (const sheet of sheets) {
    const name = sheet.name ?? `Sheet${passed.length + 1}`;
    let first: SheetRow | null = null;
    let isPairs = false;
    for await (const row of sheet.rows) {
      const read = { row: row.number, cells: rowCells(row.values) };
      if (first === null && read.cells.some((c) => c.trim() !== '')) {
        first = read;
        isPairs = missingColumns(read.cells).length === 0;
      }
      if (isPairs) yield read;
    }
    if (isPairs) return;
    passed.push({ name, rows: first ? [first] : [] });
  }
  // No sheet holds the pairs: one sheet is told what its first row lacks, as a .csv is; several are named.
  if (passed.length === 1) {
    yield* passed[0]!.rows;
    return;
  }
  throw new TranscriptError(`not a ${PRESSCON_CORPUS} workbook: none of its ${passed.length} sheets (${passed.map((p) => `"${p.name}"`).join(', ')}) opens with the columns ${REQUIRED_COLUMNS.join(', ')}`);
}

/** The columns the import reads that a header row does not name. */
function missingColumns(cells: string[]): Column[] {
  const header = cells.map((c) => c.trim().toLowerCase());
  return REQUIRED_COLUMNS.filter((c) => !header.includes(c));
}

/** How to fix a `.csv` that is not Unicode text, for the message that refuses it. */
const SAVE_AS_UTF8 = 'save it as UTF-8 (in Excel: File → Save As → "CSV UTF-8 (Comma delimited)") and import it again';
/** What a refused file is told, before how to fix it. */
const REFUSED = 'nothing of it is imported, since its quotes would not be the Ministry\'s text';
/** How to fix a sheet whose text was garbled by a wrong encoding: no conversion gives back a lost character. */
const IMPORT_THE_ORIGINAL = 'import the corpus\'s own file instead (its .xlsx, or the .csv as it was before it was opened and saved again)';
/** Where the garbling is UTF-8 read as Windows-1252: how Excel comes to do it, and how to open such a file rightly. */
const EXCEL_READS_UTF8 = 'Excel reads a .csv without a UTF-8 byte-order mark as Windows-1252: open one through Data → From Text/CSV, file origin "65001: Unicode (UTF-8)"';

/**
 * Why a `.csv`'s bytes are refused, and where: read as UTF-8, a file saved in an 8-bit code page would
 * put U+FFFD (�) in the quotes, and which code page it is (Windows-1252, GBK…) cannot be told for sure.
 */
function notUnicodeWords(err: NotUnicodeTextError, bytes: Buffer): string {
  if (err.reason === 'bad-utf16') return `it starts with a UTF-16 byte-order mark but is not valid UTF-16 (cut short, or a broken character); ${REFUSED}: ${SAVE_AS_UTF8}`;
  if (err.reason === 'nul') return `it holds NUL bytes and no UTF-16 byte-order mark (UTF-16 saved without its mark, or not a text file); ${REFUSED}: ${SAVE_AS_UTF8}`;
  const at = err.offset!;
  const before = bytes.subarray(0, at).toString('utf8'); // well-formed: the first bad byte is at `at`
  const line = before.split('\n').length;
  // The row a spreadsheet shows: the record that holds the byte (a quoted cell may span lines).
  const text = bytes.toString('utf8');
  let row = 1;
  for (const record of readCsv(text, headerSeparator(text))) {
    if (record.start > before.length) break;
    row = record.row;
  }
  const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
  const lineEnd = bytes.indexOf(0x0a, at) < 0 ? bytes.length : bytes.indexOf(0x0a, at);
  const from = Math.max(lineStart, at - 40);
  const to = Math.min(lineEnd, at + 20);
  const context = `${from > lineStart ? '…' : ''}${printableBytes(bytes.subarray(from, to)).replace(/\\r$/, '')}${to < lineEnd ? '…' : ''}`;
  return `not UTF-8: row ${row}${line === row ? '' : ` (line ${line})`} holds bytes that are not UTF-8 ("${context}"), as a file saved in a Windows code page ` +
    `(Excel's plain "CSV (Comma delimited)") does; ${REFUSED}: ${SAVE_AS_UTF8}`;
}

/**
 * A `.csv` (RFC 4180 quoting; tab-separated when its header row is, as Excel's "Unicode Text" saves it),
 * UTF-8 or UTF-16 with its byte-order mark, every cell kept as the text it holds; a row with a quote
 * left open is reported and reading goes on. Other bytes throw a TranscriptError: the file is refused.
 */
async function* csvRows(file: string): AsyncGenerator<SheetRow> {
  const bytes = await readFile(file);
  let text: string;
  try {
    text = decodeUnicodeText(bytes).text;
  } catch (err) {
    if (err instanceof NotUnicodeTextError) throw new TranscriptError(notUnicodeWords(err, bytes));
    throw err;
  }
  const items = [...readCsv(text, headerSeparator(text))];
  const cut = cutShortWords(text, items);
  if (cut) throw new TranscriptError(cut);
  for (const item of items) {
    yield isCsvProblem(item) ? { row: item.row, cells: [], unclosedQuote: item.column } : { row: item.row, cells: item.cells, counted: true };
  }
}

/**
 * Why a CSV was cut short, or null: it ends with no line end in a row short of the header's columns,
 * or inside a quoted cell, as a copy or download stopped partway does. Read, its rows were taken as
 * the sheet's whole and the briefings after the cut removed from the index (hunt-I #3); refused, the
 * file's rows indexed before are kept, as for an .xlsx cut short.
 */
function cutShortWords(text: string, items: readonly (CsvRecord | CsvProblem)[]): string | null {
  if (/[\r\n]$/.test(text) || items.length < 2) return null;
  const header = items[0]!;
  const last = items.at(-1)!;
  if (isCsvProblem(header)) return null;
  let width = header.cells.length;
  while (width > 0 && header.cells[width - 1]!.trim() === '') width--;
  const short = isCsvProblem(last) || last.cells.length < width;
  if (!short) return null;
  const where = isCsvProblem(last) ? 'inside a quoted cell' : `after ${plural(last.cells.length, 'column')} of the header's ${width}`;
  return `cut short: it ends in row ${last.row}, ${where}, with no line end (a copy or download stopped partway?); not read, and what was indexed from it before is kept: export or copy the sheet again`;
}

/** One question/answer pair of the corpus, checked. */
interface Pair {
  row: number;
  date: string;
  exchange: Omit<Exchange, 'kind' | 'id' | 'position'>;
  /** The closing announcement the answer's cell holds after the page's line of asterisks (`cutAtSeparator`). */
  closing: Omit<Statement, 'kind' | 'id' | 'position'> | null;
  /** The exchange after the press conference the answer's cell runs on into (`cutAtLateQuestion`). */
  late: Omit<Exchange, 'kind' | 'id' | 'position'> | null;
  /** The answer's cell ended with the editor's sentence telling that the next row's question was asked after the conference (`cutAtRaisedAfter`). */
  raisesNext?: true;
  link: string | null;
  idSplit: string;
  /** The `day`, `month` and `year` cells, where the sheet has those columns (checked against the date: presscon-dates.ts). */
  columns: Partial<Record<DateColumn, string>>;
  /** The HTML its question or answer cell held (`<b>`, `&amp;`), read as a page's text is (cell-markup.ts). */
  markup?: string[];
  /** Its `who_asked` is "Follow-up": it follows the question before it (`followedRow`). */
  followsUp?: true;
  /** Its date cell as written, not YYYY-MM-DD, read as its `day`, `month` and `year` cells say (`writtenDateConfirmed`). */
  dateWritten?: string;
}

/** Columns that repeat a row's date, read only to check it. */
const DATE_COLUMNS = ['day', 'month', 'year'] as const;
type DateColumn = (typeof DATE_COLUMNS)[number];

/** A row that is skipped, and why. */
interface RowProblem {
  problem: string;
  /** Rows whose problem is the same form of one cell (a date written `m/d/yyyy`, 26 columns) are said together: that form. */
  shared?: string;
  /** The cell of that form. */
  value?: string;
  /** For a date problem: the date the row's `day`, `month` and `year` cells give (`19 November 2002`). */
  columnsSay?: string;
  /** The problem says what became of the row itself. */
  said?: boolean;
}

/** A row whose answer cell holds no answer (`-`): not an exchange, but it keeps its number among the pairs of its date. */
interface Unanswered {
  row: number;
  date: string;
  idSplit: string;
  /** What the answer cell holds, trimmed. */
  cell: string;
}

/** Cell text as paragraphs: the corpus's own line breaks, white space collapsed (the verbatim rule). */
function paragraphs(text: string): string[] {
  return text.split(/\r?\n/).map(collapseWhitespace).filter((p) => p !== '');
}

/**
 * A few cells keep the transcript's speaker label: the spokesperson's with a sequence number
 * ("48_Zhao Lijian: …"), or "A:" and "Q:" ("A:We have learnt with deep grief …"); labels are not
 * the speaker's words, so they come off, as the page parser takes labels off.
 */
function withoutLabel(text: string[], label: RegExp): string[] {
  const [first, ...rest] = text;
  if (first === undefined) return text;
  const stripped = first.replace(label, '');
  return stripped === '' ? rest : [stripped, ...rest];
}

/**
 * The answer of a cell that holds the page's line of asterisks inline ("… instead of resorting to
 * military means. *** As we mark International Children's Day today …", pc-2022-06-01#2): it ends at
 * the run of asterisks, and what follows is the closing announcement, kept whole as the closing
 * statement the page parser reads after such a line (turns.ts). A run with no words on one side of
 * it cuts nothing.
 */
function cutAtSeparator(answer: string[]): { answer: string[]; closing: string[] } {
  const at = answer.findIndex((p) => ASTERISK_RUN.test(p));
  if (at < 0) return { answer, closing: [] };
  const [first, ...rest] = answer[at]!.split(ASTERISK_RUN);
  const before = [...answer.slice(0, at), first!].map(collapseWhitespace).filter((p) => p !== '');
  const after = [...rest, ...answer.slice(at + 1)].flatMap((p) => p.split(ASTERISK_RUN)).map(collapseWhitespace).filter((p) => p !== '');
  return before.length > 0 && after.length > 0 ? { answer: before, closing: after } : { answer, closing: [] };
}

/** The sentence that tells of a question asked after the conference, and the words that introduce the question. */
const LATE_QUESTION = /(?<=^|[.!?"”]\s)After the (?:regular )?press conference, (?:a|some) (?:journalist|reporter) asked(?: the following question:| that)?\s*/;

/**
 * The answer of a cell that runs on into an exchange held after the conference ("… for your
 * reference. After the regular press conference, some reporter asked that on June 20, the Ukrainian
 * President … What is China's comment on this? Spokesperson Hua Chunying said that China welcomes …",
 * pc-2014-06-23#1): the answer ends before that sentence, and the late question and its answer, from
 * the spokesperson's name on, are an exchange of their own; the sentence telling of it is no one's
 * words, as the page parser drops such notes. A late question the cell gives no answer to is cut off
 * and not indexed: it is not the spokesperson's answer to the question before.
 */
function cutAtLateQuestion(answer: string[], spokesperson: string): { answer: string[]; late: { question: string[]; answer: string[] } | null } {
  const at = answer.findIndex((p) => LATE_QUESTION.test(p));
  if (at < 0 || spokesperson === UNKNOWN_SPOKESPERSON) return { answer, late: null };
  const found = LATE_QUESTION.exec(answer[at]!)!;
  const before = [...answer.slice(0, at), answer[at]!.slice(0, found.index)].map(collapseWhitespace).filter((p) => p !== '');
  if (before.length === 0) return { answer, late: null };
  const told = [answer[at]!.slice(found.index + found[0].length), ...answer.slice(at + 1)].join('\n');
  const reply = new RegExp(`(?<=[?.!"”]\\s)(?:Spokesperson )?${escapeRegExp(spokesperson)}(?=:| said\\b| remarked\\b)`).exec(told);
  if (!reply) return { answer: before, late: null };
  const question = paragraphs(told.slice(0, reply.index).trim().replace(/^["“]\s*|\s*["”]$/g, ''));
  const replied = withoutLabel(paragraphs(told.slice(reply.index)), new RegExp(`^${escapeRegExp(spokesperson)}\\s*:\\s*`));
  return question.length > 0 && replied.length > 0 ? { answer: before, late: { question, answer: replied } } : { answer: before, late: null };
}

/**
 * The editor's sentence a cell's answer ends with, telling that the next row's question was asked after
 * the conference ("… no grounds whatsoever. The following question was raised after the press
 * conference.", pc-2022-03-17#12): the corpus split the page there, and left the editor's words with the
 * answer before. No one's words: cut off, and the next pair is marked as asked after (`Pair.raisesNext`).
 */
const RAISED_AFTER_TOLD = /(?<=^|[.!?"”]\s)(?:After the (?:regular )?press conference, )?[Tt]he following questions? (?:was|were) raised(?: by (?:a|some) (?:journalists?|reporters?))?(?: after the (?:regular )?press conference)?[.:]?\s*$/;

/** The answer without the editor's sentence it ends with (`RAISED_AFTER_TOLD`), and whether it held one; an answer of nothing else is kept. */
function cutAtRaisedAfter(answer: string[]): { answer: string[]; raisesNext: boolean } {
  const last = answer[answer.length - 1];
  const told = last === undefined ? null : RAISED_AFTER_TOLD.exec(last);
  if (!told) return { answer, raisesNext: false };
  const kept = [...answer.slice(0, -1), last!.slice(0, told.index).trimEnd()].filter((p) => p !== '');
  return kept.length > 0 ? { answer: kept, raisesNext: true } : { answer, raisesNext: false };
}

const answerLabel = (spokesperson: string): RegExp => new RegExp(`^(?:(\\d+_)?${escapeRegExp(spokesperson)}|A)\\s*:\\s*`);
const QUESTION_LABEL = /^Q\s*:\s*/;

/**
 * Where the corpus has no answer to a question it writes `-` (two rows of the sample); an empty cell,
 * other punctuation alone or "N/A" says the same. None is the spokesperson's words.
 */
function isNoAnswer(answer: string[]): boolean {
  const text = answer.join(' ');
  return !/[\p{L}\p{N}]/u.test(text) || /^(?:n\/?a|nan|null)\.?$/i.test(text);
}

/** The end of a sentence, before any closing quotes or brackets: an answer that ends otherwise ("…But I can t") was cut short in the corpus. */
const SENTENCE_END = /[.!?。！？…][\p{Pf}\p{Pe}"']*$/u;

/** The cells a row's pair is made of, each quoted or shown as it is: where a garbled encoding would be published. */
const IMPORTED_CELLS = ['question', 'answer', 'spokesperson', 'who_asked'] as const satisfies readonly Column[];
/**
 * The most characters a cell may hold: ten times the longest answer of the corpus's own rows (10,641,
 * pc-2022-08-05#1). A cell past it is no answer a spokesperson gave but a broken export, and quoting
 * it would hold up every search that reaches it.
 */
export const MAX_CELL_CHARS = 100_000;

/** A date cell as a text export of a date cell writes it, at midnight (`2002-11-19 00:00:00`): the date is exact. */
const MIDNIGHT = /^(\d{4}-\d{2}-\d{2})[ T]00:00(?::00(?:\.0+)?)?Z?$/;

/** A whole Excel date serial (`37579`), as a date cell formatted General, or exceljs's streaming reader now and then, gives it. */
const DATE_SERIAL = /^\d{5}$/;

/**
 * The date a serial date cell stands for, when the row's `day`, `month` and `year` cells all say that
 * same day: the sheet then says its date twice, once in words, and the serial is no guess. Without
 * those columns, or where they say another day, the cell is refused as not YYYY-MM-DD.
 */
function confirmedSerialDate(cell: string, columns: Pair['columns']): string | null {
  if (!DATE_SERIAL.test(cell)) return null;
  const date = serialDate(Number(cell));
  return columnsConfirm(date, columns) ? date : null;
}

/** Checks one row; returns the pair, the row without an answer, or what is wrong with it. */
function readPair(cells: Record<Column, string>, row: number, columns: Pair['columns']): Pair | Unanswered | RowProblem {
  const cell = cells.date.trim();
  if (!cell) return { problem: 'no date' };
  const exact = MIDNIGHT.exec(cell)?.[1] ?? confirmedSerialDate(cell, columns);
  const confirmed = exact || isoDateProblem(cell) === null ? null : writtenDateConfirmed(cell, columns);
  const date = exact ?? confirmed ?? cell;
  const dateProblem = isoDateProblem(date);
  if (dateProblem) {
    const said = columnsDate(columns);
    const disagreement = confirmed === null && dateProblem === 'is not YYYY-MM-DD' ? writtenDateDisagreement(cell, columns) : null;
    if (disagreement) {
      // The row's own cells disagree, not the sheet's form: named alone, since the other rows were read.
      return { problem: `date "${cell.slice(0, 30)}" and its day, month and year columns (${said}) disagree: ${disagreement}; the row is skipped: correct whichever is wrong and import the file again`, columnsSay: said!, said: true };
    }
    const problem = `date "${date.slice(0, 30)}" ${dateProblem}${said ? ` (its day, month and year columns say ${said})` : ''}`;
    const columnsSay = said ? { columnsSay: said } : {};
    return dateProblem === 'is not YYYY-MM-DD' ? { problem, shared: dateShape(date), value: date, ...columnsSay } : { problem, ...columnsSay };
  }
  const markup = [...new Set([...markupIn(cells.question), ...markupIn(cells.answer)])];
  const plain = (cell: string) => (markup.length > 0 ? markupText(cell) : cell);
  const question = withoutLabel(paragraphs(plain(cells.question)), QUESTION_LABEL);
  if (question.length === 0) return { problem: 'the question is empty' };
  const named = collapseWhitespace(cells.spokesperson);
  const spokesperson = named === '' || named.toLowerCase() === 'missing' ? UNKNOWN_SPOKESPERSON : named;
  const cut = cutAtSeparator(withoutLabel(paragraphs(plain(cells.answer)), answerLabel(spokesperson)));
  const { answer: told, late } = cutAtLateQuestion(cut.answer, spokesperson);
  const { answer, raisesNext } = late ? { answer: told, raisesNext: false } : cutAtRaisedAfter(told);
  const { closing } = cut;
  const idSplit = cells.id_split.trim();
  if (isNoAnswer(answer)) return { row, date, idSplit, cell: collapseWhitespace(cells.answer) };
  const link = cells.link.trim();
  const linkProblem = link === '' ? null : sourceUrlProblem(link);
  if (linkProblem) return { problem: `link ${JSON.stringify(link.slice(0, 120))} refused (${linkProblem})` };
  const asker = collapseWhitespace(cells.who_asked);
  const followsUp = /^follow[- ]?up$/i.test(asker);
  // The corpus splits a multi-topic answer into pairs numbered `1723_1`, `1723_2`, each an excerpt;
  // a text that stops mid-sentence was cut short in it.
  const source = (text: string[]): Exchange['source'] => ({ corpus: PRESSCON_CORPUS, excerpt: /_\d+$/.test(idSplit) || !SENTENCE_END.test(text[text.length - 1]!) });
  return {
    row,
    date,
    idSplit,
    link: link || null,
    columns,
    exchange: {
      // "Follow-up" marks a question that follows the one before: its asker is that one's (`toTranscript`).
      outlet: asker === '' || asker === '-' || followsUp ? null : asker,
      followup: null,
      question,
      answer,
      spokesperson,
      source: source(answer),
    },
    closing: closing.length > 0 ? { answer: closing, spokesperson, source: source(closing) } : null,
    late: late ? { outlet: null, followup: null, raisedAfter: true, question: late.question, answer: late.answer, spokesperson, source: source(late.answer) } : null,
    ...(raisesNext ? { raisesNext: true as const } : {}),
    ...(markup.length > 0 ? { markup } : {}),
    ...(followsUp ? { followsUp: true as const } : {}),
    ...(confirmed ? { dateWritten: cell } : {}),
  };
}

/** A row as messages name it: `row 511 (27153_1, 2023-03-14)`. */
const rowName = (r: { row: number; idSplit: string; date: string }): string =>
  `row ${r.row}${r.idSplit || r.date ? ` (${[r.idSplit, r.date].filter(Boolean).join(', ')})` : ''}`;

/** The date a row's `day`, `month` and `year` cells give (`19 November 2002`), or null when one is missing or empty. */
function columnsDate(columns: Pair['columns']): string | null {
  const [day, month, year] = DATE_COLUMNS.map((c) => columns[c]?.trim() ?? '');
  return day && month && year ? `${day} ${month} ${year}` : null;
}

/** The form of a date cell that is not YYYY-MM-DD, as a key shared by the rows written so: digits and words as their kind. */
const dateShape = (date: string): string => `date ${date.replace(/\d+/g, 'N').replace(/\p{L}+/gu, 'a')}`;

/** An Excel date serial's date (`37579` → 2002-11-19): days since 1899-12-30, as Excel counts. */
const serialDate = (serial: number): string => new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);

/**
 * How the date cells of several rows are written, said once (Excel saves a `.csv` with dates as its
 * locale shows them): `m/d/yyyy ("11/19/2002", …)`. Day and month are told apart by a number past 12.
 */
function dateFormWords(dates: string[]): string {
  const example = `"${dates[0]!.slice(0, 30)}"`;
  const parts = dates.map((d) => /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(d)).filter((m) => m !== null);
  if (parts.length === dates.length) {
    const sep = /^\d+(\D)/.exec(dates[0]!)![1]!;
    const firstIsDay = parts.some((m) => Number(m[1]) > 12);
    const secondIsDay = parts.some((m) => Number(m[2]) > 12);
    const form = firstIsDay && secondIsDay ? `a mix of m${sep}d${sep}yyyy and d${sep}m${sep}yyyy`
      : firstIsDay === secondIsDay ? `m${sep}d${sep}yyyy or d${sep}m${sep}yyyy (no number past 12 tells which)` : firstIsDay ? `d${sep}m${sep}yyyy` : `m${sep}d${sep}yyyy`;
    return `${form} (${example}, as Excel writes a date in a ${firstIsDay ? 'European' : 'US'} locale)`;
  }
  if (dates.every((d) => /^\d{5}(?:\.\d+)?$/.test(d))) {
    return `numbers (${example}: an Excel date serial, ${serialDate(Number(dates[0]))}, as a date cell formatted General is saved)`;
  }
  if (dates.every((d) => /^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}/.test(d))) return `with a time of day (${example})`;
  return `as ${example}`;
}

/** What rows sharing a problem are told, once: the problem, then the rows named (the first ten). */
function sharedWords(shared: string, rows: SkippedRow[]): string {
  const names = namesListed(rows.map((r) => r.name));
  if (shared.startsWith('date ')) {
    const first = rows[0]!.columnsSay;
    return `${plural(rows.length, 'row')} skipped: their date cells are written ${dateFormWords(rows.map((r) => r.value!))}, not YYYY-MM-DD` +
      `${first ? ` (the first one's day, month and year columns say ${first})` : ''}: ${names}; ` +
      'format the date column as yyyy-mm-dd (in Excel: Format Cells → Custom → yyyy-mm-dd), save the file as CSV UTF-8 and import it again';
  }
  return `${plural(rows.length, 'row')} skipped: ${rows[0]!.problem.replace(/^it has/, 'each has')}: ${names}`;
}

/** A row skipped, by name (`row 104 (27153_1, 2022-02-30)`). */
interface SkippedRow extends RowProblem {
  row: number;
  name: string;
}

/** How many rows must share a problem for it to be said once (fewer are each said alone). */
const SHARED_ROWS = 3;

/**
 * The failures of a file's skipped rows: one line a row, `row 104 (27153_1, 2022-02-30): what is
 * wrong; the row is skipped`, except where SHARED_ROWS or more share one form of a cell (a date column
 * Excel wrote m/d/yyyy; a column count): those are one line, in the place of the first of them.
 */
function skippedRowLines(skipped: SkippedRow[]): { row: number; error: string }[] {
  const groups = new Map<string, typeof skipped>();
  for (const s of skipped) if (s.shared) groups.set(s.shared, [...(groups.get(s.shared) ?? []), s]);
  return skipped.flatMap((s) => {
    const group = s.shared ? groups.get(s.shared)! : null;
    if (!group || group.length < SHARED_ROWS) return [{ row: s.row, error: `${s.name}: ${s.problem}${s.said ? '' : '; the row is skipped'}` }];
    return group[0] === s ? [{ row: s.row, error: sharedWords(s.shared!, group) }] : [];
  });
}

/**
 * The rows without an answer, for the report: how many, what their cells hold, and which rows (the
 * first ten, with their `id_split` and date).
 */
function unansweredWords(rows: Unanswered[]): string {
  const held = [...new Set(rows.map((r) => (r.cell === '' ? 'an empty cell' : JSON.stringify(r.cell.slice(0, 20)))))];
  return `${plural(rows.length, 'row')} ${rows.length === 1 ? 'holds' : 'hold'} no answer, only ${held.join(' or ')}: ` +
    `${listedRows(rows)}; not indexed, since a placeholder is not the spokesperson's words`;
}

/** The first ten rows by name, and how many more. */
function listedRows(rows: { row: number; idSplit: string; date: string }[]): string {
  return namesListed(rows.map(rowName));
}

/** The first ten names, and how many more. */
function namesListed(names: string[]): string {
  return namedThenCounted(names, 10);
}

/**
 * The imported rows whose citation lacks a part, for the report: no spokesperson named (an empty cell
 * or the corpus's `missing`), or no link to the official transcript. They are indexed; a reporter
 * citing one should know the name or the link has to be found elsewhere.
 */
function citationGapWords(pairs: Pair[], lacking: readonly string[]): string[] {
  const named = (p: Pair) => ({ row: p.row, idSplit: p.idSplit, date: p.date });
  const unnamed = pairs.filter((p) => p.exchange.spokesperson === UNKNOWN_SPOKESPERSON).map(named);
  // A sheet without the column is said once (`LACKING_WORDS`), not row by row.
  const unlinked = lacking.includes('link') ? [] : pairs.filter((p) => p.link === null).map(named);
  return [
    ...(unnamed.length > 0
      ? [`${plural(unnamed.length, 'row names', 'rows name')} no spokesperson (an empty cell or "missing"): ${listedRows(unnamed)}; indexed, cited with the name "not recorded"`]
      : []),
    ...(unlinked.length > 0 ? [`${plural(unlinked.length, 'row has', 'rows have')} no link: ${listedRows(unlinked)}; indexed, cited without a link to the official transcript`] : []),
  ];
}

/**
 * The rows whose question or answer held HTML, for the report: what the markup was, and which rows.
 * Their text is read as a page's, and no tag or entity is quoted; the tool that wrote the cells may
 * also have cut or changed the words, so the quotes are to be checked against the Ministry's page.
 */
function markupWords(pairs: Pair[]): string[] {
  const marked = pairs.filter((p) => p.markup);
  if (marked.length === 0) return [];
  const forms = namedThenCounted([...new Set(marked.flatMap((p) => p.markup!))], 5);
  return [`${plural(marked.length, 'row holds', 'rows hold')} HTML in the question or answer (${forms}), not the plain text the corpus gives: ${listedRows(marked)}; ` +
    'read as a page\'s text is read (tags dropped, scripts left out, entities such as &amp; decoded): check their quotes against the Ministry\'s page before citing them'];
}

/** The rows whose date cell was read through their day, month and year cells (`Pair.dateWritten`), said once: how the cells are written, and which rows. */
function writtenDatesWords(pairs: Pair[]): string[] {
  const written = pairs.filter((p) => p.dateWritten);
  if (written.length === 0) return [];
  // Which number is the day, each row's columns tell: a sheet may hold both orders (hunt-M: it was said to be m/d/yyyy throughout).
  const orders = new Set(written.map((p) => dayOrMonthFirst(p.dateWritten!, p.date)));
  const form = orders.has('day') && orders.has('month') ? `both day first and month first ("${written[0]!.dateWritten!.slice(0, 30)}", …)` : dateFormWords(written.map((p) => p.dateWritten!));
  return [`${plural(written.length, "row's date cell is", "rows' date cells are")} written ${form}, not YYYY-MM-DD: ` +
    `read as the day, month and year columns say, which agree with ${written.length === 1 ? 'it' : 'each'}: ${listedRows(written)}`];
}

/** Whether a date cell's first number is the day or the month of `date` (YYYY-MM-DD), or null where it does not tell. */
function dayOrMonthFirst(cell: string, date: string): 'day' | 'month' | null {
  const [first, second] = (cell.match(/\d+/g) ?? []).map(Number);
  const [, month, day] = date.split('-').map(Number);
  if (first === undefined || second === undefined || day === month) return null;
  return first === day && second === month ? 'day' : first === month && second === day ? 'month' : null;
}

/** What a sheet without a citation column is told (`CITATION_COLUMNS`). */
const LACKING_WORDS: Record<(typeof CITATION_COLUMNS)[number], string> = {
  link: 'its first row has no column link: every row is indexed, cited without a link to the official transcript',
  who_asked: 'its first row has no column who_asked: every row is indexed, its question naming no asker',
};

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function titleFor(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `Regular Press Conference on ${MONTH_NAMES[m - 1]} ${d}, ${y} (${PRESSCON_CORPUS})`;
}

/**
 * The pairs of one date, in the file's order, as one transcript: `pc-DATE#n` for the date's n-th row,
 * so a row without an answer leaves its number unused and the ids after it stay as they were; a
 * closing announcement cut from a row's cell follows that row's exchange as `pc-DATE#s2` (`#s2b` …
 * should another row hold one), and an exchange after the conference cut from row n's cell as
 * `pc-DATE#nb`; each counts in the positions after it. Null when no row of the date has an answer.
 */
function toTranscript(file: string, date: string, rows: (Pair | Unanswered)[], doubted: ReadonlyMap<number, string>): Transcript | null {
  const key = `${PRESSCON_KEY_PREFIX}${date}`;
  // A question after one whose answer told of it (`Pair.raisesNext`) was raised after the conference;
  // not a row the corpus numbers before it, added at the sheet's end (`numberedBefore`).
  const pairs = rows.flatMap((p, i) => ('exchange' in p ? [{ ...withDoubt(p, doubted.get(p.row)), n: i + 1 }] : []))
    .map((p, i, all) => (i > 0 && all[i - 1]!.raisesNext && !numberedBefore(p, all[i - 1]!) ? { ...p, exchange: { ...p.exchange, raisedAfter: true as const } } : p));
  if (pairs.length === 0) return null;
  const named = pairs.map((p) => p.exchange.spokesperson).filter((s) => s !== UNKNOWN_SPOKESPERSON);
  const url = mostCommon(pairs.flatMap((p) => (p.link ? [p.link] : []))) ?? null;
  // A follow-up is asked by whoever asked the question it follows, as a page's "Follow-up:" is (turns.ts);
  // each row followed is numbered lower, so the chain ends.
  const askerOf = (p: (typeof pairs)[number]): string | null => {
    const before = p.followsUp ? followedRow(p, pairs) : undefined;
    return before ? askerOf(before) : p.exchange.outlet;
  };
  const followed = (p: (typeof pairs)[number]) => {
    const before = p.followsUp ? followedRow(p, pairs) : undefined;
    return before ? { ...p, exchange: { ...p.exchange, followup: `${key}#${before.n}`, outlet: askerOf(before) } } : p;
  };
  let closings = 0;
  return {
    file,
    title: titleFor(date),
    date,
    key,
    spokesperson: mostCommon(named) ?? UNKNOWN_SPOKESPERSON,
    occasion: 'press-conference',
    url,
    records: pairs.map(followed).map((p) => withOwnLink(p, url)).flatMap(({ exchange, closing, late, n }) => {
      const records: TranscriptRecord[] = [{ kind: 'exchange', id: `${key}#${n}`, position: n + closings, ...exchange }];
      if (closing) {
        const id = `${key}#s2${closings === 0 ? '' : String.fromCharCode(98 + closings - 1)}`;
        closings++;
        records.push({ kind: 'statement', id, position: n + closings, ...closing });
      }
      if (late) {
        closings++;
        records.push({ kind: 'exchange', id: `${key}#${n}b`, position: n + closings, ...late });
      }
      return records;
    }),
  };
}

/**
 * The row a "Follow-up" row follows: the one of its date the corpus numbers just before it (24734
 * follows 24733, whichever of the sheet's rows it stands after), the last part of a split one. None
 * where that number is not in the sheet (a sample that left it out): a follow-up linked to another
 * question would say it followed up what it did not. They had been shown as any unnamed question.
 */
function followedRow<P extends Pick<Pair, 'idSplit'>>(pair: P, rows: readonly P[]): P | undefined {
  const own = splitNumber(pair.idSplit);
  if (!own) return undefined;
  const parts = rows.flatMap((r) => {
    const id = splitNumber(r.idSplit);
    return id?.row === own.row - 1 ? [{ r, part: id.part }] : [];
  });
  return parts.sort((a, b) => a.part - b.part).at(-1)?.r;
}

/** An `id_split` as its numbers: `24733` → row 24733, part 0; `1723_2` → row 1723, part 2; null for any other. */
function splitNumber(idSplit: string): { row: number; part: number } | null {
  const m = /^(\d+)(?:_(\d+))?$/.exec(idSplit.trim());
  return m ? { row: Number(m[1]), part: Number(m[2] ?? 0) } : null;
}

/**
 * Whether the corpus numbers `pair` before `other` (`id_split` 24734 before 24738): a row the sheet
 * holds after another, though asked before it. The sample's 24734, a follow-up of 2022-03-17 added at
 * the file's end, came after the row telling that the next question was raised after the conference,
 * and was cited as raised after it (hunt-J #2).
 */
function numberedBefore(pair: Pick<Pair, 'idSplit'>, other: Pick<Pair, 'idSplit'>): boolean {
  const [a, b] = [splitNumber(pair.idSplit), splitNumber(other.idSplit)];
  return a !== null && b !== null && a.row < b.row;
}

/** A pair linked to another page than its date's (`RecordSource.url`), each of its records' `source` naming that page. */
function withOwnLink<P extends Pair>(pair: P, url: string | null): P {
  if (pair.link === null || pair.link === url) return pair;
  const link = <T extends { source?: Exchange['source'] }>(part: T): T => ({ ...part, source: { ...part.source!, url: pair.link! } });
  return { ...pair, exchange: link(pair.exchange), closing: pair.closing && link(pair.closing), late: pair.late && link(pair.late) };
}

/** A pair whose date the sheet contradicts, each of its records' `source` saying why (`RecordSource.dateDoubted`). */
function withDoubt(pair: Pair, why: string | undefined): Pair {
  if (why === undefined) return pair;
  const doubt = <T extends { source?: Exchange['source'] }>(part: T): T => ({ ...part, source: { ...part.source!, dateDoubted: why } });
  return { ...pair, exchange: doubt(pair.exchange), closing: pair.closing && doubt(pair.closing), late: pair.late && doubt(pair.late) };
}

/**
 * Reads a PressCon `.xlsx` or `.csv`: one outcome per date (a transcript), one per malformed row
 * (`row N: what is wrong`), or one for the file when it cannot be read or lacks the corpus's columns.
 * Rows without an answer are named in a warning on the first transcript, not failures.
 */
export async function readPressConFile(file: string): Promise<FileOutcome[]> {
  const skipped: SkippedRow[] = [];
  const byDate = new Map<string, (Pair | Unanswered)[]>();
  const unanswered: Unanswered[] = [];
  // A sheet merged from two exports repeats rows: a pair already read (its date, question and answer) is
  // not an exchange given twice, and would count twice in every total.
  const seen = new Map<string, number>();
  const repeated: { row: number; first: number }[] = [];
  const garbled: GarbledPart[] = [];
  let rowsBeyondAscii = 0;
  /** The citation columns the sheet lacks (`CITATION_COLUMNS`). */
  let lacking: (typeof CITATION_COLUMNS)[number][] = [];
  try {
    let columns: Map<Column, number> | null = null;
    let dateColumns = new Map<DateColumn, number>();
    let header: string[] = [];
    /** The header's named columns: cells past them that are empty are a deleted column's leftovers, not a malformed row. */
    let width = 0;
    // A `.csv`, or a `.txt` saved as Excel's "Unicode Text", is text; only an `.xlsx` is a workbook.
    const rows = extname(file).toLowerCase() === '.xlsx' ? xlsxRows(file) : csvRows(file);
    for await (const { row, cells, counted, unclosedQuote } of rows) {
      if (unclosedQuote !== undefined) {
        const where = header[unclosedQuote] ? `its ${header[unclosedQuote]} field (column ${unclosedQuote + 1})` : `its column ${unclosedQuote + 1}`;
        skipped.push({ row, name: `row ${row}`, problem: `the quote that opens ${where} is never closed; the row is skipped, reading goes on at the next line`, said: true });
        continue;
      }
      if (cells.every((c) => c.trim() === '')) continue;
      if (columns && counted && (cells.length < width || cells.slice(header.length).some((c) => c.trim() !== ''))) {
        // Its cells may be shifted: the row is named by its number alone.
        skipped.push({ row, name: `row ${row}`, problem: `it has ${plural(cells.length, 'column')}, the header ${width}`, shared: `columns ${cells.length}` });
        continue;
      }
      if (!columns) {
        header = cells.map((c) => c.trim().toLowerCase());
        const missing = missingColumns(cells);
        if (missing.length > 0) {
          return [{
            file, ok: false,
            error: `not a ${PRESSCON_CORPUS} sheet: its first row lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
          }];
        }
        columns = new Map([...REQUIRED_COLUMNS, ...CITATION_COLUMNS].map((c) => [c, header.indexOf(c)]));
        lacking = CITATION_COLUMNS.filter((c) => !header.includes(c));
        dateColumns = new Map(DATE_COLUMNS.flatMap((c) => (header.includes(c) ? [[c, header.indexOf(c)] as const] : [])));
        width = header.length;
        while (width > 0 && header[width - 1] === '') width--;
        continue;
      }
      const named = Object.fromEntries([...columns].map(([c, i]) => [c, cells[i] ?? ''])) as Record<Column, string>;
      const name = rowName({ row, idSplit: named.id_split.trim(), date: named.date.trim().slice(0, 30) });
      const oversize = IMPORTED_CELLS.find((c) => named[c].length > MAX_CELL_CHARS);
      if (oversize) {
        skipped.push({ row, name, problem: `its ${oversize} cell holds ${named[oversize].length.toLocaleString('en-US')} characters, more than the ${MAX_CELL_CHARS.toLocaleString('en-US')} any answer could (a broken export?)` });
        continue;
      }
      const imported = IMPORTED_CELLS.map((c) => named[c]);
      if (imported.some(beyondAscii)) rowsBeyondAscii++;
      const garbledCell = imported.map((text) => ({ text, garbling: firstGarbling(text) })).find((c) => c.garbling !== null);
      if (garbledCell) garbled.push({ name: rowName({ row, idSplit: named.id_split.trim(), date: named.date.trim() }), text: garbledCell.text, garbling: garbledCell.garbling! });
      const pair = readPair(named, row, Object.fromEntries([...dateColumns].map(([c, i]) => [c, cells[i] ?? ''])));
      if ('problem' in pair) {
        skipped.push({ row, name, ...pair });
        continue;
      }
      if (!('exchange' in pair)) unanswered.push(pair);
      else {
        const key = JSON.stringify([pair.date, pair.exchange.question, pair.exchange.answer]);
        const first = seen.get(key);
        if (first !== undefined) {
          repeated.push({ row, first });
          continue;
        }
        seen.set(key, row);
      }
      const sameDay = byDate.get(pair.date);
      if (sameDay) sameDay.push(pair);
      else byDate.set(pair.date, [pair]);
    }
    if (!columns) return [{ file, ok: false, error: `empty sheet: no ${PRESSCON_CORPUS} header row` }];
  } catch (err) {
    if (err instanceof TranscriptError) return [{ file, ok: false, error: err.message }];
    const damaged = extname(file).toLowerCase() === '.xlsx' ? await damagedXlsxPart(file).catch(() => null) : null;
    if (damaged) return [{ file, ok: false, error: `could not be read as a spreadsheet: ${damaged}; ${SAVE_AGAIN}` }];
    return [{ file, ok: false, error: `could not be read as a spreadsheet: ${oneLine((err as Error).message)}` }];
  }
  const failures = skippedRowLines(skipped).map(({ row, error }): FileOutcome => ({ file, ok: false, error, row }));
  const damage = garbledFile(garbled, rowsBeyondAscii, 'row', 'imported');
  if (damage?.throughout) {
    return [{ file, ok: false, error: `garbled text: ${damage.refusal}: ${IMPORT_THE_ORIGINAL}${damage.misread ? `; ${EXCEL_READS_UTF8}` : ''}` }];
  }
  const pairs = [...byDate.values()].flat().filter((p): p is Pair => 'exchange' in p);
  const dated = pairs.map(({ row, idSplit, date, link, columns }) => ({ row, idSplit, date, link, ...columns }));
  const doubted = doubtedDates(dated);
  const doubtedRows = new Map([...doubted].map(([r, why]) => [r.row, why]));
  const transcripts = [...byDate.keys()].sort().flatMap((date): FileOutcome[] => {
    const transcript = toTranscript(file, date, byDate.get(date)!, doubtedRows);
    return transcript ? [{ file, ok: true, transcript }] : [];
  });
  if (transcripts.length === 0 && (failures.length === 0 || unanswered.length > 0)) {
    // A header and nothing under it (an export cut short, the wrong sheet saved): said, not imported as nothing.
    const error = unanswered.length === 0
      ? `holds the ${PRESSCON_CORPUS} header row but no rows under it: nothing to import`
      : `nothing to import: ${unansweredWords(unanswered)}`;
    return [...failures, { file, ok: false, error }];
  }
  const misdated = suspectDatesWords(doubted);
  const unreadDates = unreadableColumnsWords(dated);
  const warnings = [
    ...(unanswered.length > 0 ? [`${file}: ${unansweredWords(unanswered)}`] : []),
    ...lacking.map((column) => `${file}: ${LACKING_WORDS[column]}`),
    ...citationGapWords(pairs, lacking).map((words) => `${file}: ${words}`),
    ...markupWords(pairs).map((words) => `${file}: ${words}`),
    ...writtenDatesWords(pairs).map((words) => `${file}: ${words}`),
    ...(misdated ? [`${file}: ${misdated}`] : []),
    ...(unreadDates ? [`${file}: ${unreadDates}`] : []),
    ...(repeated.length > 0 ? [`${file}: ${repeatedWords(repeated)}`] : []),
    ...(damage ? [`${file}: ${damage.warning}`] : []), // a few rows: the Ministry's own text may hold an odd character
  ];
  const first = transcripts.find((o) => o.ok);
  if (first?.ok && warnings.length > 0) first.warnings = warnings;
  return [...transcripts, ...failures];
}

/** `2 rows repeat an earlier row's date, question and answer, and were skipped: row 44 (as row 5), row 45 (as row 9)`, the first ten named. */
function repeatedWords(rows: { row: number; first: number }[]): string {
  const named = namesListed(rows.map((r) => `row ${r.row} (as row ${r.first})`));
  return `${plural(rows.length, 'row repeats', 'rows repeat')} an earlier row's date, question and answer, and ${rows.length > 1 ? 'were' : 'was'} skipped: ${named}`;
}

function oneLine(text: string): string {
  return collapseWhitespace(text).slice(0, 200);
}
