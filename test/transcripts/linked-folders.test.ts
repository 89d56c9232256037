import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listTranscriptFiles } from '../../src/transcripts/corpus.js';
import { buildIndex } from '../../src/store/build.js';
import { SOURCE_EXTENSIONS } from '../../src/transcripts/sources.js';

const dir = mkdtempSync(join(tmpdir(), 'spox-linked-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PASTES = resolve('seeds/plain-text');
const SAMPLE = 'seeds/presscon/cmfa-presscon-v4-ukraine.csv';

describe('a folder linked inside an indexed folder (explore33b W7)', () => {
  it('is followed: its files are listed as those of the folder given, each once, and a link that would loop or leads nowhere is named', () => {
    const folder = join(dir, 'export');
    mkdirSync(join(folder, 'inner'), { recursive: true });
    symlinkSync(PASTES, join(folder, 'pastes'));
    symlinkSync('..', join(folder, 'inner', 'up'));
    symlinkSync(join(dir, 'nowhere'), join(folder, 'gone'));
    const direct = listTranscriptFiles([PASTES]).files;
    expect(direct.length).toBeGreaterThan(0);
    const { files, failures } = listTranscriptFiles([folder]);
    expect(files).toEqual(direct.map((f) => join(folder, 'pastes', f.slice(PASTES.length + 1))));
    expect(failures).toEqual([
      { file: join(folder, 'gone'), error: `a symbolic link to ${join(dir, 'nowhere')}, which cannot be read (no such file or folder): skipped` },
      { file: join(folder, 'inner', 'up'), error: 'a symbolic link to .., a folder it lies in: skipped, since following it would read that folder again without end' },
    ]);
    // The folder given and the linked one both: each file once, by the path met first.
    expect(listTranscriptFiles([PASTES, folder]).files).toEqual(direct);
  });

  it('gives the index what the linked folder holds (a PressCon sheet), remembered under the folder given', async () => {
    const sheets = join(dir, 'sheets');
    mkdirSync(sheets);
    copyFileSync(SAMPLE, join(sheets, 'sample.csv'));
    const folder = join(dir, 'dropbox');
    mkdirSync(folder);
    symlinkSync(sheets, join(folder, 'presscon'));
    expect(listTranscriptFiles([folder], SOURCE_EXTENSIONS).files).toEqual([join(folder, 'presscon', 'sample.csv')]);
    const report = await buildIndex({ sources: [folder], indexDir: join(dir, 'index'), embedder: null, log: () => {} });
    expect(report.failures).toEqual([]);
    expect(report.transcripts).toBe(324);
    expect(report.sources).toEqual([folder]);
  }, 60_000);
});

describe('the owner file Excel keeps beside an open sheet (hunt-O (b))', () => {
  it('is no transcript: a folder holding ~$sample.xlsx beside the sheet lists the sheet alone, with no failure', () => {
    const folder = join(dir, 'open-in-excel');
    mkdirSync(folder, { recursive: true });
    copyFileSync(SAMPLE, join(folder, 'sample.csv'));
    // What Excel writes while the sheet is open: a few bytes naming who opened it, no spreadsheet.
    writeFileSync(join(folder, '~$sample.xlsx'), Buffer.from('\x07reporter  \x00\x00', 'latin1'));
    expect(listTranscriptFiles([folder], SOURCE_EXTENSIONS)).toEqual({ files: [join(folder, 'sample.csv')], failures: [] });
  });
});
