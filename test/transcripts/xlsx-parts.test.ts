import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPressConFile } from '../../src/transcripts/presscon.js';
import { damagedXlsxPart } from '../../src/transcripts/xlsx-parts.js';
import { SHARED_CORPUS } from '../shared-corpus.js';
import { zipEntries, zipInOrder } from './zip-order.js';

const XLSX = `${SHARED_CORPUS}/presscon/cmfa-presscon-v4-ukraine.xlsx`;
const dir = mkdtempSync(join(tmpdir(), 'spox-xlsx-parts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The real workbook with one part cut to its first half, zipped whole again. */
function withPartCut(part: string): string {
  const parts = [...zipEntries(readFileSync(XLSX))];
  expect(parts.map(([name]) => name)).toContain(part);
  const file = join(dir, `${part.replaceAll('/', '_')}.xlsx`);
  writeFileSync(file, zipInOrder(parts.map(([name, bytes]) => [name, name === part ? bytes.subarray(0, bytes.length >> 1) : bytes] as const)));
  return file;
}

const SAVE_AGAIN = 'open the original in Excel and save it again (or export it as CSV UTF-8), then import that copy';

describe('a workbook whose zip is whole but a part inside is cut (hunt-I #8)', () => {
  it('is refused naming the part and what is wrong with it, not with exceljs\'s internals', async () => {
    for (const [part, role, root] of [
      ['xl/worksheets/sheet1.xml', "a sheet's rows and cells", 'worksheet'],
      ['xl/workbook.xml', 'the list of sheets', 'workbook'],
    ] as const) {
      const file = withPartCut(part);
      // Before: `could not be read as a spreadsheet: Cannot set properties of undefined (setting 'sheetNo')`.
      expect(await readPressConFile(file), part).toEqual([{
        file, ok: false, error: `could not be read as a spreadsheet: its part ${part} (${role}) is cut short: it ends before </${root}>; ${SAVE_AGAIN}`,
      }]);
    }
  });

  it('finds no damage in the real workbook, nor in one zipped again whole', async () => {
    expect(await damagedXlsxPart(XLSX)).toBeNull();
    const again = join(dir, 'again.xlsx');
    writeFileSync(again, zipInOrder([...zipEntries(readFileSync(XLSX))]));
    expect(await damagedXlsxPart(again)).toBeNull();
  });
});
