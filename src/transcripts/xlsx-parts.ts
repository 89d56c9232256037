import { readFile } from 'node:fs/promises';
import { unpack, zipParts } from '../util/zip-parts.js';

/**
 * Why a workbook whose zip is whole cannot be read, told by its parts: exceljs, meeting a part cut
 * short or garbled inside a complete zip, fails with its own internals ("Cannot set properties of
 * undefined (setting 'sheetNo')"), which say nothing to whoever has the file. Read only after exceljs
 * failed, so reading the whole file here costs nothing on a good one.
 */

/** What a part of a workbook holds, for the message. */
function partRole(name: string): string {
  if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) return "a sheet's rows and cells";
  if (name === 'xl/sharedStrings.xml') return "the text of the workbook's cells";
  if (name === 'xl/workbook.xml') return 'the list of sheets';
  if (name === 'xl/styles.xml') return "the cells' formats";
  return '';
}

/** The name of an XML text's root element; null when it has none. */
function rootElement(xml: string): string | null {
  return /<([A-Za-z_][\w.:-]*)/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>/g, ''))?.[1] ?? null;
}

/** What is wrong with one XML part's bytes; null when it reads as a whole document. */
function xmlProblem(bytes: Buffer): string | null {
  const xml = bytes.toString('utf8').trimEnd();
  const root = rootElement(xml);
  if (root === null) return 'holds no XML';
  if (xml.endsWith(`</${root}>`) || new RegExp(`<${root}\\b[^>]*/>$`).test(xml)) return null;
  return `is cut short: it ends before </${root}>`;
}

/**
 * The first damaged part of the `.xlsx` at `file`, said as `its part xl/worksheets/sheet1.xml (a
 * sheet's rows and cells) is cut short: it ends before </worksheet>`; null when every XML part
 * unpacks and closes its root element, or the zip directory cannot be read here.
 */
export async function damagedXlsxPart(file: string): Promise<string | null> {
  for (const part of zipParts(await readFile(file)) ?? []) {
    if (!/\.(xml|rels)$/.test(part.name)) continue;
    const role = partRole(part.name);
    const said = `its part ${part.name}${role ? ` (${role})` : ''}`;
    if (part.packed === null) return `${said} is missing from where the zip directory says it lies`;
    let bytes: Buffer;
    try {
      bytes = unpack(part);
    } catch (err) {
      return `${said} cannot be unpacked (${(err as Error).message})`;
    }
    const problem = xmlProblem(bytes);
    if (problem) return `${said} ${problem}`;
  }
  return null;
}
