import { parseTranscriptFiles, listTranscriptFiles, TRANSCRIPT_EXTENSIONS, type FileOutcome } from './corpus.js';
import type { ParsedAhead } from './parsed-ahead.js';
import { isSpreadsheetFile, readPressConFile, SPREADSHEET_EXTENSIONS } from './presscon.js';

/** Transcript files and spreadsheets: what a folder source is listed for. */
export const SOURCE_EXTENSIONS: ReadonlySet<string> = new Set([...TRANSCRIPT_EXTENSIONS, ...SPREADSHEET_EXTENSIONS]);

/**
 * Every source under the given paths: transcript pages and texts (parseTranscriptFiles), and
 * research-corpus spreadsheets (`.xlsx`, `.csv`, a `.txt` saved as Excel's "Unicode Text": presscon.ts), which yield one transcript per date.
 * Failures — a file, or one row of a spreadsheet — are outcomes, never thrown. Pages in `ahead`
 * (parsed as they were downloaded) are not parsed again.
 */
export async function parseSourceFiles(paths: string[], ahead?: ParsedAhead): Promise<FileOutcome[]> {
  const { files, failures } = listTranscriptFiles(paths, SOURCE_EXTENSIONS);
  const spreadsheets = files.filter(isSpreadsheetFile);
  const pages = files.filter((f) => !spreadsheets.includes(f));
  const imported: FileOutcome[] = [];
  for (const file of spreadsheets) imported.push(...(await readPressConFile(file)));
  return [...failures.map((f): FileOutcome => ({ ...f, ok: false })), ...(pages.length ? parseTranscriptFiles(pages, ahead) : []), ...imported];
}
