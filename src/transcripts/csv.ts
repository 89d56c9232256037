/**
 * A CSV reader (RFC 4180: comma-separated, or tab-separated as Excel's "Unicode Text" saves; fields in double quotes may hold commas, line breaks and
 * `""` for a quote) that goes on past a malformed record instead of giving up on the file: a quoted
 * field whose quote never closes, or closes in the middle of the field (`"abc"def`), makes its record
 * a problem, and reading resumes at the line after the one the record began on. A quote inside an
 * unquoted field is taken as written.
 */

export interface CsvRecord {
  /** 1-based record number (the header is 1), as a spreadsheet numbers its rows. */
  row: number;
  cells: string[];
  /** Where the record begins in the text (a character offset). */
  start: number;
}

export interface CsvProblem {
  row: number;
  /** 0-based column of the field whose quote is not closed. */
  column: number;
  problem: 'unclosed-quote';
  start: number;
}

export function isCsvProblem(item: CsvRecord | CsvProblem): item is CsvProblem {
  return 'problem' in item;
}

/** The character between fields: a comma, a tab, or a semicolon (Excel's CSV where the decimal mark is a comma). */
export type CsvSeparator = ',' | '\t' | ';';

const isRecordEnd = (c: string | undefined): boolean => c === undefined || c === '\n' || c === '\r';

/**
 * The separator of a file whose first line is a header row: a tab when that line holds tabs and no
 * comma (no column name holds either); a semicolon when it holds semicolons and neither, as Excel
 * writes "CSV" in a locale whose decimal mark is a comma (German, French: read as commas, the header
 * was one cell, and the sheet said to lack every column); else a comma.
 */
export function headerSeparator(text: string): CsvSeparator {
  const lineEnd = text.search(/[\r\n]/);
  const header = lineEnd < 0 ? text : text.slice(0, lineEnd);
  if (header.includes(',')) return ',';
  return header.includes('\t') ? '\t' : header.includes(';') ? ';' : ',';
}

/** Every record of `text` in order, and in its place a problem for each record that cannot be read. */
export function* readCsv(text: string, separator: CsvSeparator = ','): Generator<CsvRecord | CsvProblem> {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark is not part of the first cell
  let row = 0;
  while (i < n) {
    const recordStart = i;
    row++;
    const cells: string[] = [];
    let unclosed: number | null = null;
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        let j = i + 1;
        for (;;) {
          const quote = text.indexOf('"', j);
          if (quote < 0) {
            unclosed = cells.length;
            break;
          }
          cell += text.slice(j, quote);
          if (text[quote + 1] === '"') {
            cell += '"';
            j = quote + 2;
            continue;
          }
          if (text[quote + 1] !== separator && !isRecordEnd(text[quote + 1])) unclosed = cells.length;
          i = quote + 1;
          break;
        }
        if (unclosed !== null) break;
      } else {
        let j = i;
        while (j < n && text[j] !== separator && text[j] !== '\n' && text[j] !== '\r') j++;
        cell = text.slice(i, j);
        i = j;
      }
      cells.push(cell);
      if (text[i] === separator) {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      break;
    }
    if (unclosed !== null) {
      yield { row, column: unclosed, problem: 'unclosed-quote', start: recordStart };
      const lineEnd = text.indexOf('\n', recordStart);
      i = lineEnd < 0 ? n : lineEnd + 1;
      continue;
    }
    yield { row, cells, start: recordStart };
  }
}
