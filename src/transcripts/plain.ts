import { beyondAscii, firstGarbling, garbledFile, type GarbledPart } from '../util/garbled-text.js';
import { TranscriptError } from './errors.js';
import type { SourceLine } from './types.js';
import { collapseWhitespace } from './text.js';

/** A transcript as text copied from the Ministry's site: breadcrumb, title, paragraphs, trailer. */
export interface PlainContent {
  title: string | null;
  lines: SourceLine[];
}

const BREADCRUMB = /^Home\s*>/;
const TITLE = /Spokesperson\b.*\bon\b/;
const TRAILER = /^<?\s*(Suggest to a friend|Print)\s*>?$/i;
/**
 * A label a rich-text-to-Markdown copy wrapped in emphasis: `**CRI:** …`, `**Wang Wenbin**: …`,
 * `__Q:__ …`. The marks are the converter's, not the Ministry's: the label is read as the page's bold one.
 */
const MARKDOWN_LABEL = /^(\*\*|__)([^*_:：]{1,60}?)\s*(?:([:：])\s*\1|\1\s*([:：]))\s*(?=\S)/;

/** A line as the page gave it: a label out of its Markdown emphasis, bold; other text as pasted. */
function plainLine(row: string): SourceLine {
  const m = MARKDOWN_LABEL.exec(row);
  if (!m) return { text: row, bold: null, paragraphStart: true };
  return { text: `${m[2]!.trim()}${m[3] ?? m[4]} ${row.slice(m[0].length)}`, bold: true, paragraphStart: true };
}

export function readPlainText(text: string): PlainContent {
  const rows = text.split(/\r?\n/).map(collapseWhitespace).filter((row) => row !== '');
  let start = 0;
  while (start < rows.length && BREADCRUMB.test(rows[start]!)) start++;
  const title = start < rows.length && TITLE.test(rows[start]!) ? rows[start]! : null;
  if (title !== null) start++;
  const lines: SourceLine[] = [];
  for (const row of rows.slice(start)) {
    if (TRAILER.test(row)) break;
    lines.push(plainLine(row));
  }
  return { title, lines };
}

/**
 * A pasted text's lines garbled by a wrong encoding (U+FFFD, UTF-8 read as Windows-1252), as the
 * research corpus's rows are judged: throws a TranscriptError when the garbling runs through the text,
 * and returns the warning that names a few such lines (indexed as they are); null when there are none.
 */
export function garbledPasteWarning(text: string): string | null {
  const parts: GarbledPart[] = [];
  let linesBeyondAscii = 0;
  text.split(/\r?\n/).forEach((line, i) => {
    if (beyondAscii(line)) linesBeyondAscii++;
    const garbling = firstGarbling(line);
    if (garbling) parts.push({ name: `line ${i + 1}`, text: line, garbling });
  });
  const damage = garbledFile(parts, linesBeyondAscii, 'line', 'indexed');
  if (damage?.throughout) throw new TranscriptError(`garbled text: ${damage.refusal}`, "copy the transcript from the Ministry's page again, into a file saved as UTF-8");
  return damage?.warning ?? null;
}
