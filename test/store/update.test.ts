import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/store/build.js';
import { readManifest } from '../../src/store/index-manifest.js';
import {
  BRIEFINGS_FILE, currentGeneration, LEXICAL_FILE, LEXICAL_POSTINGS_FILE, LEXICAL_ZH_FILE, LEXICAL_ZH_POSTINGS_FILE, RECORD_FIELDS_FILE, RECORDS_FILE, VECTORS_DIR,
} from '../../src/store/layout.js';
import { openRecordStore, readRecordStore } from '../../src/store/records-file.js';
import { bilingualSample } from '../seed-sources.js';
import { indexContents, tinyEmbedder } from './fixtures.js';

/** Files an update writes as a clean build does, byte for byte. (Its `records.jsonl` is the previous one with lines appended, and the record fields say where: `expectSameRecords`.) */
const STORED_FILES = [BRIEFINGS_FILE, LEXICAL_FILE, LEXICAL_POSTINGS_FILE, LEXICAL_ZH_FILE, LEXICAL_ZH_POSTINGS_FILE];

/** The two generations hold the same records, in the same order, read whole and as a search process keeps them. */
function expectSameRecords(a: string, b: string): void {
  expect(readRecordStore(a)).toEqual(readRecordStore(b));
  expect(openRecordStore(a).records.map((r) => ({ ...r }))).toEqual(openRecordStore(b).records.map((r) => ({ ...r })));
}

/** Replaces every `from` in a page by `to` (the page changes; it still parses). */
function edit(path: string, from: string, to: string): void {
  const page = readFileSync(path, 'utf8');
  expect(page).toContain(from);
  writeFileSync(path, page.replaceAll(from, to));
}

/** The page of `folder` whose text holds `text`. */
const pageWith = (folder: string, text: string): string =>
  join(folder, readdirSync(folder).find((f) => f.endsWith('.shtml') && readFileSync(join(folder, f), 'utf8').includes(text))!);

/** Copies the pages of one bilingual sample into another, with their manifest rows. */
function addPages(from: string, to: string): void {
  for (const lang of ['en', 'zh']) {
    for (const f of readdirSync(join(from, lang)).filter((f) => f.endsWith('.shtml'))) copyFileSync(join(from, lang, f), join(to, lang, f));
    const manifest = join(to, lang, 'MANIFEST.tsv');
    const rows = readFileSync(join(from, lang, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);
    writeFileSync(manifest, readFileSync(manifest, 'utf8').trimEnd() + '\n' + rows.join('\n') + '\n');
  }
}

/** Removes a page and its manifest row (a row without its file leaves every page of the folder without a URL). */
function remove(page: string): void {
  rmSync(page);
  const manifest = join(page, '..', 'MANIFEST.tsv');
  const name = page.split('/').pop()!;
  writeFileSync(manifest, readFileSync(manifest, 'utf8').split('\n').filter((row) => !row.startsWith(`${name}\t`)).join('\n'));
}

describe('an update writes what a clean build of the same sources writes', () => {
  const sample = bilingualSample(['2019-01-25', '2019-03-06', '2019-05-20', '2020-06-15']);
  const more = bilingualSample(['2020-07-01']);
  const root = mkdtempSync(join(tmpdir(), 'spox-update-'));
  afterAll(() => {
    sample.remove();
    more.remove();
    rmSync(root, { recursive: true, force: true });
  });

  it('with briefings added, changed and removed, in English and in Chinese', async () => {
    const updated = join(root, 'updated');
    await buildIndex({ sources: [sample.dir], indexDir: updated, embedder: null });

    // Added: another date's pages, both languages (with their manifest rows).
    addPages(more.dir, sample.dir);
    // Changed: one English and one Chinese page.
    edit(pageWith(join(sample.dir, 'en'), 'Huawei'), 'Huawei', 'Huawei Technologies');
    edit(pageWith(join(sample.dir, 'zh'), '2019年3月6日'), '中国', '中华');
    // Removed: one English page, and the Chinese page of an unchanged English one (whose records lose their links).
    remove(pageWith(join(sample.dir, 'en'), 'June 15, 2020'));
    remove(pageWith(join(sample.dir, 'zh'), '2019年5月20日'));

    const report = await buildIndex({ sources: [sample.dir], indexDir: updated, embedder: null });
    expect(report.failures).toEqual([]);
    const clean = join(root, 'clean');
    await buildIndex({ sources: [sample.dir], indexDir: clean, embedder: null });

    const [a, b] = [currentGeneration(updated)!, currentGeneration(clean)!];
    const records = readRecordStore(a).records;
    expect(records.some((r) => r.date === '2020-07-01' && r.lang === 'zh')).toBe(true);
    expect(records.some((r) => r.answer.includes('Huawei Technologies'))).toBe(true);
    expect(records.some((r) => r.date === '2020-06-15' && r.lang === 'en')).toBe(false);
    expect(records.filter((r) => r.date === '2019-05-20').map((r) => [r.lang, r.zh])).toEqual(records.filter((r) => r.date === '2019-05-20').map(() => ['en', undefined]));
    for (const file of STORED_FILES) expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), file).toBe(true);
    expectSameRecords(a, b);
  });

  it('carries the unchanged records and postings over from the previous generation instead of writing them again', async () => {
    const indexDir = join(root, 'carried');
    await buildIndex({ sources: [sample.dir], indexDir, embedder: null });
    // Mark the previous generation's files in place (same lengths): a copy keeps the marks, a rewrite would not.
    const previous = currentGeneration(indexDir)!;
    const text = readFileSync(join(previous, RECORDS_FILE), 'utf8');
    expect(text).toContain('Foreign Ministry');
    writeFileSync(join(previous, RECORDS_FILE), text.replaceAll('Foreign Ministry', 'Foreign MINISTRY'));
    const postings = readFileSync(join(previous, LEXICAL_POSTINGS_FILE));
    const header = JSON.parse(readFileSync(join(previous, LEXICAL_FILE), 'utf8')) as { arrays: Record<string, [number, number]> };
    const [offset, length] = header.arrays.frequencies!;
    postings.fill(0, offset, offset + 2 * length).writeUInt16LE(7, offset); // every carried frequency 0 but the first
    writeFileSync(join(previous, LEXICAL_POSTINGS_FILE), postings);

    edit(pageWith(join(sample.dir, 'en'), 'Huawei Technologies'), 'Huawei Technologies', 'Huawei');
    await buildIndex({ sources: [sample.dir], indexDir, embedder: null });
    const next = currentGeneration(indexDir)!;
    expect(readFileSync(join(next, RECORDS_FILE), 'utf8')).toContain('Foreign MINISTRY');
    const after = readFileSync(join(next, LEXICAL_POSTINGS_FILE));
    const arrays = (JSON.parse(readFileSync(join(next, LEXICAL_FILE), 'utf8')) as typeof header).arrays;
    const frequencies = new Uint16Array(after.buffer, after.byteOffset + arrays.frequencies![0], arrays.frequencies![1]);
    const zeros = frequencies.filter((f) => f === 0).length;
    expect(zeros).toBeGreaterThan(frequencies.length / 2); // carried; the changed briefing's postings were counted afresh
    expect(zeros).toBeLessThan(frequencies.length);
  });

  it('reads every source again, with a warning, when the previous record fields cannot be read, and writes what a clean build writes', async () => {
    const indexDir = join(root, 'unreadable-fields');
    await buildIndex({ sources: [sample.dir], indexDir, embedder: null });
    const previous = currentGeneration(indexDir)!;
    writeFileSync(join(previous, RECORD_FIELDS_FILE), readFileSync(join(previous, RECORD_FIELDS_FILE)).subarray(0, 500)); // cut mid-line

    edit(pageWith(join(sample.dir, 'en'), 'Huawei'), 'Huawei', 'Huawei Technologies');
    const lines: string[] = [];
    const report = await buildIndex({ sources: [sample.dir], indexDir, embedder: null, log: (line) => lines.push(line) });
    expect(lines.join('\n')).toMatch(/reading, aligning and writing every briefing again: the previous index's record fields could not be read \(.*record-fields\.jsonl/);
    // Nor the ids it gave (src/store/lasting-ids.ts): each exchange is numbered as its page numbers it, which is said.
    expect(lines.join('\n')).toMatch(/warning: the ids the previous index gave could not be read \(.*record-fields\.jsonl.*\): each exchange is numbered as its page numbers it/);
    expect(report.carried).toBe(0);
    const clean = join(root, 'unreadable-fields-clean');
    await buildIndex({ sources: [sample.dir], indexDir: clean, embedder: null });
    for (const file of STORED_FILES) expect(readFileSync(join(currentGeneration(indexDir)!, file)).equals(readFileSync(join(currentGeneration(clean)!, file))), file).toBe(true);
    expectSameRecords(currentGeneration(indexDir)!, currentGeneration(clean)!);
  });

  it('writes every record again, with a warning, when the previous records cannot be copied', async () => {
    const indexDir = join(root, 'damaged');
    await buildIndex({ sources: [sample.dir], indexDir, embedder: null });
    const previous = currentGeneration(indexDir)!;
    const before = readRecordStore(previous).records;
    writeFileSync(join(previous, RECORDS_FILE), readFileSync(join(previous, RECORDS_FILE)).subarray(0, 1000)); // cut short

    edit(pageWith(join(sample.dir, 'en'), 'Huawei'), 'Huawei', 'Huawei Technologies');
    const lines: string[] = [];
    await buildIndex({ sources: [sample.dir], indexDir, embedder: null, log: (line) => lines.push(line) });
    expect(lines.join('\n')).toMatch(/writing every record again: .*records\.jsonl: ends before byte/);
    expect(lines.join('\n')).toMatch(/warning: the ids the previous index gave could not be read \(.*records\.jsonl.*\): each exchange is numbered as its page numbers it/);
    const after = readRecordStore(currentGeneration(indexDir)!).records;
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    expect(after.filter((r) => r.answer.includes('Huawei Technologies')).length).toBeGreaterThan(0);
  });
});

describe('an update reads only the files that changed', () => {
  const sample = bilingualSample(['2016-11-15', '2019-01-25', '2019-03-06', '2019-05-20', '2020-06-01']);
  const more = bilingualSample(['2020-07-01']);
  const root = mkdtempSync(join(tmpdir(), 'spox-update-carry-'));
  afterAll(() => {
    sample.remove();
    more.remove();
    rmSync(root, { recursive: true, force: true });
  });

  it('carries the briefings of unchanged files unparsed, parses every page of a date that changed, and writes what a clean build writes', async () => {
    const updated = join(root, 'updated');
    const first = await buildIndex({ sources: [sample.dir], indexDir: updated, embedder: null });
    expect(first.carried).toBe(0);
    // Nothing changed: the generation is kept, none is written.
    const again = await buildIndex({ sources: [sample.dir], indexDir: updated, embedder: null });
    expect(again.carried).toBe(first.transcripts);
    expect([again.unchanged, again.generationDir, currentGeneration(updated)]).toEqual([true, first.generationDir, first.generationDir]);
    expect(readdirSync(updated).filter((f) => f.startsWith('gen-'))).toHaveLength(1);

    // A file touched but not changed is parsed again, and nothing else is; its new signature is a new generation.
    const untouched = pageWith(join(sample.dir, 'en'), 'May 20, 2019');
    utimesSync(untouched, new Date(), new Date(Date.now() + 5000));
    const touched = await buildIndex({ sources: [sample.dir], indexDir: updated, embedder: null });
    expect(touched.carried).toBe(first.transcripts - 1);
    expect([touched.unchanged, touched.generationDir === first.generationDir]).toEqual([undefined, false]);

    addPages(more.dir, sample.dir); // a new date, both languages
    // A revised translation of 2019-01-25 published as a second page: it becomes 2019-01-25b beside its unchanged twin.
    const twin = pageWith(join(sample.dir, 'en'), 'January 25, 2019');
    const name = 't9999999.shtml';
    // (its text differs: a page whose exchanges are the same is a copy, not indexed twice: briefing-keys.test.ts)
    writeFileSync(join(sample.dir, 'en', name), readFileSync(twin, 'utf8').replace('A: ', 'A: Indeed, '));
    const manifest = join(sample.dir, 'en', 'MANIFEST.tsv');
    const row = readFileSync(manifest, 'utf8').split('\n').find((r) => r.startsWith(twin.split('/').pop()! + '\t'))!;
    writeFileSync(manifest, readFileSync(manifest, 'utf8').trimEnd() + '\n' + row.replace(/^[^\t]+/, name) + '\n');
    edit(pageWith(join(sample.dir, 'zh'), '2019年3月6日'), '中国', '中华');
    // The Chinese page of an unchanged English one goes: the English is parsed again, without links.
    remove(pageWith(join(sample.dir, 'zh'), '2020年6月1日'));

    const report = await buildIndex({ sources: [sample.dir], indexDir: updated, embedder: null });
    expect(report.failures).toEqual([]);
    // Untouched dates: 2016-11-15 (Chinese only) and 2019-05-20 (both languages).
    expect(report.carried).toBe(3);
    const clean = join(root, 'clean');
    const cleanReport = await buildIndex({ sources: [sample.dir], indexDir: clean, embedder: null });
    expect(report.transcripts).toBe(cleanReport.transcripts);

    const [a, b] = [currentGeneration(updated)!, currentGeneration(clean)!];
    const records = readRecordStore(a).records;
    expect(records.some((r) => r.id === '2019-01-25b#1' && r.answer.length > 0)).toBe(true);
    expect(records.filter((r) => r.date === '2020-06-01').map((r) => [r.lang, r.zh])).toEqual(records.filter((r) => r.date === '2020-06-01').map(() => ['en', undefined]));
    expect(records.some((r) => r.date === '2019-05-20' && r.zh)).toBe(true);
    for (const file of STORED_FILES) expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), file).toBe(true);
    expectSameRecords(a, b);
    const hashes = (dir: string): Record<string, string> =>
      Object.fromEntries(Object.entries(readManifest(dir)!.transcripts).map(([key, entry]) => [key, entry.hash]));
    expect(hashes(a)).toEqual(hashes(b));
  });
});

describe('an update with a model', () => {
  const sample = bilingualSample(['2019-01-25', '2020-06-15']);
  const more = bilingualSample(['2019-05-20']);
  const root = mkdtempSync(join(tmpdir(), 'spox-update-vectors-'));
  afterAll(() => {
    sample.remove();
    more.remove();
    rmSync(root, { recursive: true, force: true });
  });

  it('keeps the vector files of a year it did not change without reading them, and writes the vectors a clean build writes', async () => {
    const embedder = await tinyEmbedder();
    const updated = join(root, 'updated');
    await buildIndex({ sources: [sample.dir], indexDir: updated, embedder });
    const previous = currentGeneration(updated)!;
    const shards = (generation: string): { file: string; items: number }[] =>
      JSON.parse(readFileSync(join(generation, VECTORS_DIR, 'shards.json'), 'utf8')) as { file: string; items: number }[];
    const year2020 = shards(previous).filter((s) => s.file.startsWith('2020-'));
    expect(year2020.length).toBeGreaterThan(0);

    addPages(more.dir, sample.dir); // 2019 changes, 2020 does not
    const report = await buildIndex({ sources: [sample.dir], indexDir: updated, embedder });
    expect(report).toMatchObject({ embedded: 1, reused: 2 });
    const next = currentGeneration(updated)!;
    for (const s of year2020) expect(statSync(join(next, VECTORS_DIR, s.file)).ino).toBe(statSync(join(previous, VECTORS_DIR, s.file)).ino);

    const clean = join(root, 'clean');
    await buildIndex({ sources: [sample.dir], indexDir: clean, embedder });
    const cleanGeneration = currentGeneration(clean)!;
    expect(shards(next)).toEqual(shards(cleanGeneration));
    for (const s of shards(next)) expect(readFileSync(join(next, VECTORS_DIR, s.file)).equals(readFileSync(join(cleanGeneration, VECTORS_DIR, s.file))), s.file).toBe(true);
    expect((await indexContents(updated)).chunkIds).toEqual((await indexContents(clean)).chunkIds);

    // Not read: a 2020 file that could not be decoded any more is taken over as it is by the next update of 2019.
    const file = join(next, VECTORS_DIR, year2020[0]!.file);
    writeFileSync(file, 'not protobuf');
    edit(pageWith(join(sample.dir, 'en'), 'May 20, 2019'), 'the', 'the very');
    await buildIndex({ sources: [sample.dir], indexDir: updated, embedder });
    expect(statSync(join(currentGeneration(updated)!, VECTORS_DIR, year2020[0]!.file)).ino).toBe(statSync(file).ino);
  });
});

describe('an update that only adds briefings newer than every indexed one', () => {
  const sample = bilingualSample(['2019-01-25', '2019-03-06']);
  const more = bilingualSample(['2020-07-01']);
  const older = bilingualSample(['2016-11-15']);
  const root = mkdtempSync(join(tmpdir(), 'spox-update-append-'));
  afterAll(() => {
    for (const s of [sample, more, older]) s.remove();
    rmSync(root, { recursive: true, force: true });
  });

  it('appends them (records, both lexical indexes, vectors) and writes what a clean build writes; an older one takes the general path', async () => {
    const embedder = await tinyEmbedder();
    const updated = join(root, 'updated');
    const first = await buildIndex({ sources: [sample.dir], indexDir: updated, embedder });
    expect(first.appended).toBeUndefined();
    const previous = currentGeneration(updated)!;

    addPages(more.dir, sample.dir); // an English and a Chinese page of a later date
    const report = await buildIndex({ sources: [sample.dir], indexDir: updated, embedder });
    expect(report).toMatchObject({ appended: true, carried: first.transcripts, transcripts: first.transcripts + 2, failures: [] });
    expect(report.embedded).toBeGreaterThan(0);
    const next = currentGeneration(updated)!;
    expect(statSync(join(next, RECORDS_FILE)).ino).toBe(statSync(join(previous, RECORDS_FILE)).ino); // appended to, not written

    const clean = join(root, 'clean');
    await buildIndex({ sources: [sample.dir], indexDir: clean, embedder });
    const cleanGeneration = currentGeneration(clean)!;
    for (const file of STORED_FILES) expect(readFileSync(join(next, file)).equals(readFileSync(join(cleanGeneration, file))), file).toBe(true);
    expectSameRecords(next, cleanGeneration);
    expect(readManifest(next)!.transcripts).toEqual(readManifest(cleanGeneration)!.transcripts);
    const shards = (generation: string): string[] => (JSON.parse(readFileSync(join(generation, VECTORS_DIR, 'shards.json'), 'utf8')) as { file: string }[]).map((s) => s.file);
    expect(shards(next)).toEqual(shards(cleanGeneration));
    expect((await indexContents(updated)).chunkIds).toEqual((await indexContents(clean)).chunkIds);
    const english = readRecordStore(next).records.filter((r) => r.date === '2020-07-01' && r.lang === 'en');
    expect(english.some((r) => r.zh)).toBe(true); // linked to the Chinese page that came with it

    addPages(older.dir, sample.dir); // older than what is indexed: not an append
    const general = await buildIndex({ sources: [sample.dir], indexDir: updated, embedder });
    expect(general.appended).toBeUndefined();
    const cleanAgain = join(root, 'clean-again');
    await buildIndex({ sources: [sample.dir], indexDir: cleanAgain, embedder });
    for (const file of STORED_FILES) expect(readFileSync(join(currentGeneration(updated)!, file)).equals(readFileSync(join(currentGeneration(cleanAgain)!, file))), file).toBe(true);
    expectSameRecords(currentGeneration(updated)!, currentGeneration(cleanAgain)!);
  });
});

describe('an update with a spreadsheet import among the sources', () => {
  const sample = bilingualSample(['2019-01-25', '2019-03-06']);
  const onImportDate = bilingualSample(['2019-04-22']); // a date the PressCon sample holds too
  const root = mkdtempSync(join(tmpdir(), 'spox-update-import-'));
  const sheets = join(root, 'sheets');
  const site = join(root, 'site-2026');
  afterAll(() => {
    for (const s of [sample, onImportDate]) s.remove();
    rmSync(root, { recursive: true, force: true });
  });

  /** The index of `sources` built afresh equals the updated one. */
  async function expectClean(updated: string, sources: string[], name: string): Promise<void> {
    const clean = join(root, name);
    await buildIndex({ sources, indexDir: clean, embedder: null });
    const [a, b] = [currentGeneration(updated)!, currentGeneration(clean)!];
    for (const file of STORED_FILES) expect(readFileSync(join(a, file)).equals(readFileSync(join(b, file))), `${name}: ${file}`).toBe(true);
    expectSameRecords(a, b);
    expect(readManifest(a)!.transcripts).toEqual(readManifest(b)!.transcripts);
  }

  it('carries the imports of an unchanged spreadsheet unread, drops one whose date a new page takes, and reads a changed spreadsheet again', async () => {
    mkdirSync(sheets);
    copyFileSync('seeds/presscon/cmfa-presscon-v4-ukraine.csv', join(sheets, 'presscon.csv'));
    const updated = join(root, 'updated');
    const first = await buildIndex({ sources: [sample.dir, sheets], indexDir: updated, embedder: null });
    const imports = Object.keys(readManifest(currentGeneration(updated)!)!.transcripts).filter((k) => k.startsWith('pc-'));
    expect(imports.length).toBeGreaterThan(300);

    // Newer briefings (2026) in a new folder: appended; every previous briefing, imports included, carried unread.
    cpSync('seeds/site-2026', site, { recursive: true });
    const added = await buildIndex({ sources: [sample.dir, sheets, site], indexDir: updated, embedder: null });
    expect(added).toMatchObject({ appended: true, carried: first.transcripts, failures: [] });
    await expectClean(updated, [sample.dir, sheets, site], 'clean-added');

    // A page of a date the spreadsheet holds: the page wins, the import of that date goes.
    addPages(onImportDate.dir, sample.dir);
    const covered = await buildIndex({ sources: [sample.dir, sheets, site], indexDir: updated, embedder: null });
    expect(covered.appended).toBeUndefined();
    expect(covered.carried).toBeGreaterThan(imports.length - 1); // the imports still carried, not read again
    const keys = Object.keys(readManifest(currentGeneration(updated)!)!.transcripts);
    expect(keys).toContain('2019-04-22');
    expect(keys).not.toContain('pc-2019-04-22');
    await expectClean(updated, [sample.dir, sheets, site], 'clean-covered');

    // The spreadsheet rewritten (one answer edited): read again.
    const csv = join(sheets, 'presscon.csv');
    const text = readFileSync(csv, 'utf8');
    const edited = text.replace('Ukraine', 'Ukraine (edited)');
    expect(edited).not.toBe(text);
    writeFileSync(csv, edited);
    const changed = await buildIndex({ sources: [sample.dir, sheets, site], indexDir: updated, embedder: null });
    expect(changed.carried).toBe(keys.filter((k) => !k.startsWith('pc-')).length); // the pages only: the imports were read again
    expect(readRecordStore(currentGeneration(updated)!).records.some((r) => r.answer.includes('Ukraine (edited)') || r.question?.includes('Ukraine (edited)'))).toBe(true);
    await expectClean(updated, [sample.dir, sheets, site], 'clean-changed');
  });
});
