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

export function readPlainText(text: string): PlainContent {
  const rows = text.split(/\r?\n/).map(collapseWhitespace).filter((row) => row !== '');
  let start = 0;
  while (start < rows.length && BREADCRUMB.test(rows[start]!)) start++;
  const title = start < rows.length && TITLE.test(rows[start]!) ? rows[start]! : null;
  if (title !== null) start++;
  const lines: SourceLine[] = [];
  for (const row of rows.slice(start)) {
    if (TRAILER.test(row)) break;
    lines.push({ text: row, bold: null, paragraphStart: true });
  }
  return { title, lines };
}
