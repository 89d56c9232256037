import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/store/build.js';
import { currentGeneration } from '../../src/store/layout.js';
import { readRecordStore } from '../../src/store/records-file.js';

const PAGE = 'seeds/mfa-en/t1559978.shtml'; // 2018-05-16
const root = mkdtempSync(join(tmpdir(), 'spox-keys-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder holding the bundled pages with their manifest (a page as the bundled seeds are), and an index. */
function setUp(name: string): { pages: string; added: string; indexDir: string } {
  const base = join(root, name);
  const pages = join(base, 'pages');
  const added = join(base, 'added');
  mkdirSync(pages, { recursive: true });
  mkdirSync(added, { recursive: true });
  for (const page of ['t1558711.shtml', 't1559978.shtml', 't1560357.shtml']) copyFileSync(join('seeds/mfa-en', page), join(pages, page));
  copyFileSync('seeds/mfa-en/MANIFEST.tsv', join(pages, 'MANIFEST.tsv'));
  return { pages, added, indexDir: join(base, 'index') };
}

async function build(sources: string[], indexDir: string): Promise<{ log: string[]; files: Map<string, string>; records: string[] }> {
  const log: string[] = [];
  await buildIndex({ sources, indexDir, embedder: null, log: (l) => log.push(l) });
  const store = readRecordStore(currentGeneration(indexDir)!);
  const manifest = JSON.parse(readFileSync(join(currentGeneration(indexDir)!, 'manifest.json'), 'utf8')) as { transcripts: Record<string, { file: string }> };
  return { log, files: new Map(Object.entries(manifest.transcripts).map(([key, t]) => [key, t.file])), records: store.records.map((r) => r.id) };
}

describe('a copy of a page under another name', () => {
  it('is not indexed again: one line says which file it copies', async () => {
    const { pages, added, indexDir } = setUp('copy');
    const copy = join(added, 'copy-of-t1559978.html');
    copyFileSync(PAGE, copy);
    const first = await build([pages, added], indexDir);
    expect([...first.files.keys()].sort()).toEqual(['2018-05-11', '2018-05-16', '2018-05-17']);
    expect(first.files.get('2018-05-16')).toBe(join(pages, 't1559978.shtml'));
    expect(first.log.filter((l) => l.includes('copy-of'))).toEqual([
      `warning: ${copy} is a copy of ${join(pages, 't1559978.shtml')} (same date, language and exchanges): not indexed again`,
    ]);
    expect(first.records.filter((id) => id.startsWith('2018-05-16b'))).toEqual([]);
  });

  it('with a manifest row that sorts it first, still gives way to the page of the source read first', async () => {
    const { pages, added, indexDir } = setUp('manifest');
    copyFileSync(PAGE, join(added, 't1559978.shtml'));
    const [header, row] = readFileSync('seeds/mfa-en/MANIFEST.tsv', 'utf8').split('\n').filter((r) => /^(file|t1559978\.shtml)\t/.test(r));
    expect(row).toMatch(/^t1559978\.shtml\thttps:/);
    writeFileSync(join(added, 'MANIFEST.tsv'), `${header}\n${row}\n`); // its only row: order 0, before the page's 1
    const first = await build([pages, added], indexDir);
    expect(first.files.get('2018-05-16')).toBe(join(pages, 't1559978.shtml'));
    expect(first.files.has('2018-05-16b')).toBe(false);
    expect(first.log).toContain(
      `warning: ${join(added, 't1559978.shtml')} is a copy of ${join(pages, 't1559978.shtml')} (same date, language and exchanges): not indexed again`,
    );
  });

  it('added later, even sorting before the page, takes nothing from it', async () => {
    const { pages, added, indexDir } = setUp('later');
    const before = await build([pages], indexDir);
    copyFileSync(PAGE, join(added, '0-copy.shtml'));
    const after = await build([pages, added], indexDir);
    expect(after.files).toEqual(before.files);
    expect(after.records).toEqual(before.records);
    expect(after.log.some((l) => l.includes('0-copy.shtml is a copy of'))).toBe(true);
  });
});

describe('a folder that repeats the bundled pages (explore33b C7)', () => {
  it('is said in one line, counted and a few named, the full list in the index folder\'s copies.tsv; a few copies are still said one by one', async () => {
    const { pages, added, indexDir } = setUp('folder-copies');
    const names = ['t1558711.shtml', 't1559978.shtml', 't1560357.shtml'];
    for (const page of names) copyFileSync(join('seeds/mfa-en', page), join(added, page));
    copyFileSync('seeds/mfa-en/t1560672.shtml', join(pages, 't1560672.shtml'));
    copyFileSync('seeds/mfa-en/t1560672.shtml', join(added, 't1560672.shtml'));
    const many = await build([pages, added], indexDir);
    const list = join(indexDir, 'copies.tsv');
    expect(many.log.filter((l) => l.includes('cop'))).toEqual([
      `warning: 4 files of ${added} are copies of files of ${pages} (same date, language and exchanges), not indexed again: ` +
        `t1558711.shtml, t1559978.shtml, t1560357.shtml, and 1 more; every copy is listed in ${list}`,
    ]);
    expect(readFileSync(list, 'utf8')).toBe(`copy\toriginal\n${[...names, 't1560672.shtml'].map((n) => `${join(added, n)}\t${join(pages, n)}\n`).join('')}`);
    // Three or fewer: each its own line, as before; a run that finds none removes the list.
    rmSync(join(added, 't1560672.shtml'));
    const few = await build([pages, added], indexDir);
    expect(few.log.filter((l) => l.includes('cop'))).toEqual(names.map((n) =>
      `warning: ${join(added, n)} is a copy of ${join(pages, n)} (same date, language and exchanges): not indexed again`));
    for (const n of names) rmSync(join(added, n));
    await build([pages, added], indexDir);
    expect(() => readFileSync(list)).toThrow(/ENOENT/);
  });
});

describe('briefing keys', () => {
  it('never move to a newly added file: a new second briefing of the date takes the next free suffix', async () => {
    // Pages without a manifest are keyed in file-name order: the one added later sorts first.
    const { added, indexDir } = setUp('stable');
    const folder = join(root, 'stable', 'plain');
    mkdirSync(folder);
    copyFileSync(PAGE, join(folder, 'z-first.shtml'));
    const first = await build([folder], indexDir);
    expect(first.files.get('2018-05-16')).toBe(join(folder, 'z-first.shtml'));

    // A revised translation of the same briefing: the same date, other text.
    writeFileSync(join(added, 'a-revised.shtml'), readFileSync(PAGE, 'utf8').replace('A: ', 'A: Indeed. '));
    const second = await build([folder, added], indexDir);
    expect(second.files.get('2018-05-16')).toBe(join(folder, 'z-first.shtml'));
    expect(second.files.get('2018-05-16b')).toBe(join(added, 'a-revised.shtml'));
    expect(second.records.filter((id) => id.startsWith('2018-05-16#'))).toEqual(first.records.filter((id) => id.startsWith('2018-05-16#')));

    // And stays so run after run.
    const third = await build([folder, added], indexDir);
    expect(third.files).toEqual(second.files);

    // A briefing whose file is renamed keeps its key; a page that replaces a removed one does not take the removed one's.
    renameSync(join(folder, 'z-first.shtml'), join(folder, 'renamed.shtml'));
    const renamed = await build([folder, added], indexDir);
    expect(renamed.files.get('2018-05-16')).toBe(join(folder, 'renamed.shtml'));
    expect(renamed.files.get('2018-05-16b')).toBe(join(added, 'a-revised.shtml'));
    expect(renamed.records).toEqual(third.records);
    rmSync(join(folder, 'renamed.shtml'));
    writeFileSync(join(folder, 'another.shtml'), readFileSync(PAGE, 'utf8').replace('A: ', 'A: Well, '));
    const replaced = await build([folder, added], indexDir);
    expect([...replaced.files.keys()].sort()).toEqual(['2018-05-16b', '2018-05-16c']);
    expect(replaced.files.get('2018-05-16c')).toBe(join(folder, 'another.shtml'));
  });
});

describe('a pasted copy that gives way to the page of the same briefing', () => {
  it('hands the page its key, though its text differs, so ids handed out still name it (explore27 #6)', async () => {
    const base = join(root, 'paste');
    const pasted = join(base, 'pasted');
    const synced = join(base, 'synced');
    const indexDir = join(base, 'index');
    const name = 't20260817_12005503';
    const rowOf = (manifest: string, file: string): string => {
      const [header, row] = readFileSync(manifest, 'utf8').split('\n').filter((r) => r.startsWith('file\t') || r.startsWith(`${file}\t`));
      return `${header}\n${row}\n`;
    };
    mkdirSync(pasted, { recursive: true });
    mkdirSync(synced, { recursive: true });
    // A paste that stops short of the page's last paragraph: the same briefing, not the same text.
    const lines = readFileSync(`seeds/plain-text/${name}.txt`, 'utf8').trimEnd().split('\n');
    writeFileSync(join(pasted, `${name}.txt`), `${lines.slice(0, -1).join('\n')}\n`);
    writeFileSync(join(pasted, 'MANIFEST.tsv'), rowOf('seeds/plain-text/MANIFEST.tsv', `${name}.txt`));
    const before = await build([pasted], indexDir);
    expect(before.files.get('2026-08-17')).toBe(join(pasted, `${name}.txt`));

    copyFileSync(`seeds/site-2026/${name}.html`, join(synced, `${name}.html`));
    writeFileSync(join(synced, 'MANIFEST.tsv'), rowOf('seeds/site-2026/MANIFEST.tsv', `${name}.html`));
    const after = await build([pasted, synced], indexDir);
    expect(after.files.get('2026-08-17')).toBe(join(synced, `${name}.html`));
    expect([...after.files.keys()]).not.toContain('2026-08-17b');
    for (const id of before.records) expect(after.records).toContain(id);
    // And keeps it on the next run.
    expect((await build([pasted, synced], indexDir)).files).toEqual(after.files);
  });
});
