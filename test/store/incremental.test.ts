import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Embedder } from '../../src/embed/embedder.js';
import { openSearch } from '../../src/search/open.js';
import { buildIndex } from '../../src/store/build.js';
import { createGeneration, currentGeneration, removeStaleGenerations, RETIRED_GENERATION_GRACE_MS } from '../../src/store/layout.js';
import { readRecordStore } from '../../src/store/records-file.js';
import { indexContents, tinyEmbedder, TINY_MODEL, workspace } from './fixtures.js';

let embedder: Embedder;
beforeAll(async () => {
  embedder = await tinyEmbedder();
});

async function countRecords(indexDir: string, keep: (r: { spokesperson: string; question: string | null; answer: string }) => boolean): Promise<number> {
  const generation = currentGeneration(indexDir)!;
  const { records } = readRecordStore(generation);
  return records.filter(keep).length;
}

/** Every record has vectors, every vector points at a record, and no chunk is stored twice. */
async function expectConsistent(indexDir: string): Promise<string[]> {
  const { records, chunkRecords, chunkIds } = await indexContents(indexDir);
  expect(new Set(records).size).toBe(records.length);
  expect([...chunkRecords].sort()).toEqual([...records].sort());
  expect(new Set(chunkIds).size).toBe(chunkIds.length);
  return records;
}

describe('incremental indexing', () => {
  const ws = workspace(6);
  afterAll(() => ws.cleanup());
  const lines: string[] = [];
  const build = (e: Embedder | null = embedder) =>
    buildIndex({ sources: [ws.sources], indexDir: ws.indexDir, embedder: e, log: (l) => lines.push(l) });

  it('embeds everything the first time', async () => {
    const report = await build();
    expect(report).toMatchObject({ transcripts: 6, embedded: 6, reused: 0, removed: 0, withoutVectors: 0, model: TINY_MODEL });
    await expectConsistent(ws.indexDir);
  });

  it('embeds only an added transcript', async () => {
    const added = ws.addPage(6);
    const report = await build();
    expect(report).toMatchObject({ transcripts: 7, embedded: 1, reused: 6 });
    const records = await expectConsistent(ws.indexDir);
    expect(records.length).toBeGreaterThan(0);
    expect(added).toMatch(/\.shtml$/);
  });

  it('re-embeds a changed transcript and drops a removed one', async () => {
    const files = readdirSync(ws.sources).filter((f) => f.endsWith('.shtml')).sort();
    const changed = join(ws.sources, files[1]!);
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('A: ', 'A: Indeed. '));
    rmSync(join(ws.sources, files[2]!));
    const report = await build();
    expect(report).toMatchObject({ transcripts: 6, embedded: 1, reused: 5, removed: 1 });
    await expectConsistent(ws.indexDir);
  });

  it('rebuilds the vectors when the model changes, saying why', async () => {
    const otherModel = join(ws.root, 'other-model');
    cpSync(TINY_MODEL, otherModel, { recursive: true });
    const other = await tinyEmbedder(otherModel);
    lines.length = 0;
    const report = await build(other);
    expect(report).toMatchObject({ embedded: 6, reused: 0, model: otherModel });
    expect(lines.join('\n')).toMatch(/model changed \(test\/fixtures\/tiny-model → .*other-model\): re-embedding everything/);
    await build(); // back to the tiny model for the next tests
  });

  it('rebuilds everything when the parser version differs, saying why', async () => {
    const manifestPath = join(currentGeneration(ws.indexDir)!, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { parserVersion: number };
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, parserVersion: 0 }));
    lines.length = 0;
    const report = await build();
    expect(lines.join('\n')).toMatch(/parser version changed \(0 → \d+\): rebuilding everything/);
    expect(report).toMatchObject({ embedded: 6, reused: 0 });
  });

  it('keeps the generations it replaced for the grace period only, then just the committed one', () => {
    const generations = () => readdirSync(ws.indexDir).filter((f) => f.startsWith('gen-'));
    expect(generations().length).toBeGreaterThan(1); // replaced moments ago: a reader may be opening one
    removeStaleGenerations(ws.indexDir, { now: Date.now() + RETIRED_GENERATION_GRACE_MS });
    expect(generations()).toHaveLength(1);
    expect(currentGeneration(ws.indexDir)).toBe(join(ws.indexDir, generations()[0]!));
  });
});

describe('a run killed mid-way', () => {
  const ws = workspace(5);
  afterAll(() => ws.cleanup());

  it('leaves the previous index usable, and the next run completes it without duplicates', async () => {
    await buildIndex({ sources: [ws.sources], indexDir: ws.indexDir, embedder });
    const before = await indexContents(ws.indexDir);
    const generationBefore = currentGeneration(ws.indexDir);
    for (let i = 5; i < 9; i++) ws.addPage(i);

    const child = spawnSync(process.execPath, ['--import', 'tsx', 'test/store/crash-child.ts', ws.indexDir, ws.sources, '40'], { encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    expect(child.stdout).not.toContain('finished');

    // The killed run changed nothing a reader sees.
    expect(currentGeneration(ws.indexDir)).toBe(generationBefore);
    expect((await indexContents(ws.indexDir)).records).toEqual(before.records);
    const search = await openSearch(ws.indexDir, { embedder: null });
    expect(search.info().briefings).toBe(5);
    expect(existsSync(join(ws.indexDir, 'embedding-journal.jsonl'))).toBe(true);

    // A half-written generation from a run killed while writing is ignored and cleaned up.
    const torn = createGeneration(ws.indexDir);
    writeFileSync(join(torn, 'records.jsonl'), '{"id": "2018');

    const lines: string[] = [];
    const report = await buildIndex({ sources: [ws.sources], indexDir: ws.indexDir, embedder, log: (l) => lines.push(l) });
    expect(lines.join('\n')).toMatch(/resuming: \d+ vectors from an interrupted run are reused/);
    expect(report).toMatchObject({ transcripts: 9, embedded: 4, reused: 5 });
    const records = await expectConsistent(ws.indexDir);
    expect(records.length).toBeGreaterThan(before.records.length);
    expect(existsSync(torn)).toBe(false);
    expect(existsSync(join(ws.indexDir, 'embedding-journal.jsonl'))).toBe(false);
  });
});

describe('without the model', () => {
  const ws = workspace(4);
  afterAll(() => ws.cleanup());

  it('stores records and the lexical index, and a later run with the model adds the vectors', async () => {
    const offline = await buildIndex({ sources: [ws.sources], indexDir: ws.indexDir, embedder: null });
    expect(offline).toMatchObject({ transcripts: 4, embedded: 0, withoutVectors: 4, model: null });
    const notes: string[] = [];
    const lexical = await openSearch(ws.indexDir, { embedder, log: (l) => notes.push(l) });
    expect(lexical.info().mode).toBe('lexical');
    expect(notes.join('\n')).toMatch(/no vectors yet/);
    expect(lexical.info().exchanges).toBeGreaterThan(20);

    const online = await buildIndex({ sources: [ws.sources], indexDir: ws.indexDir, embedder });
    expect(online).toMatchObject({ embedded: 4, withoutVectors: 0 });
    await expectConsistent(ws.indexDir);
    expect((await openSearch(ws.indexDir, { embedder })).info()).toMatchObject({ mode: 'hybrid', model: TINY_MODEL });
  });
});

describe('hybrid search through the real embedding code', () => {
  const ws = workspace(8);
  afterAll(() => ws.cleanup());

  it('fuses vector hits with lexical ones and applies filters to both', async () => {
    await buildIndex({ sources: [ws.sources], indexDir: ws.indexDir, embedder });
    // The tiny model's similarities are arbitrary: let every vector hit through to exercise fusion.
    const search = await openSearch(ws.indexDir, { embedder, fusion: { minVectorSimilarity: -1 } });
    const lexicalOnly = await openSearch(ws.indexDir, { embedder: null });

    const semanticOnly = await search.search('zzzz qqqq', { k: 5 });
    expect(semanticOnly.mode).toBe('hybrid');
    expect(semanticOnly.hits).toHaveLength(5);
    expect((await lexicalOnly.search('zzzz qqqq')).hits).toEqual([]);
    for (const hit of semanticOnly.hits) expect(hit.quote.length).toBeGreaterThan(0);

    const first = search.info().firstDate!;
    const dated = await search.search('zzzz qqqq', { k: 50, filters: { to: first } });
    expect(dated.hits.length).toBeGreaterThan(0);
    expect(dated.hits.every((h) => h.record.date === first)).toBe(true);

    // A partial, case-insensitive name narrows the vector candidates too (as a Vectra filter).
    const geng = await search.search('zzzz qqqq', { k: 50, filters: { spokesperson: 'geng' } });
    const gengRecords = await countRecords(ws.indexDir, (r) => r.spokesperson === 'Geng Shuang');
    expect(gengRecords).toBeGreaterThan(0);
    expect(geng.hits.length).toBe(Math.min(50, gengRecords));
    expect(geng.hits.every((h) => h.record.spokesperson === 'Geng Shuang')).toBe(true);

    const strict = await openSearch(ws.indexDir, { embedder });
    expect((await strict.search('zzzz qqqq')).hits).toEqual([]);
  });

  it('says which words asked the answer does not hold, looking into the vector-only matches too', async () => {
    await buildIndex({ sources: [ws.sources], indexDir: ws.indexDir, embedder });
    const search = await openSearch(ws.indexDir, { embedder, fusion: { minVectorSimilarity: -1 } });
    const lexicalOnly = await openSearch(ws.indexDir, { embedder: null });
    // Words the lexical rule cannot admit on: every match is a vector-only one.
    const query = 'zzzz qqqq xxxx Huawei Korea';
    expect((await lexicalOnly.search(query)).total).toBe(0);
    const response = await search.search(query, { k: 50 });
    expect(response.total).toBeGreaterThan(0);
    const texts = response.matches.map((m) => { const r = search.record(m.id)!; return `${r.question ?? ''} ${r.answer}`; });
    const inIndex = async (word: string): Promise<boolean> => (await countRecords(ws.indexDir, (r) => new RegExp(`\\b${word}`, 'i').test(`${r.question ?? ''} ${r.answer}`))) > 0;
    expect(response.missing.inNoRecord).toEqual(expect.arrayContaining(['zzzz', 'qqqq']));
    for (const word of ['Huawei', 'Korea']) {
      const held = texts.some((t) => new RegExp(`\\b${word}`, 'i').test(t));
      const where = response.missing.inNoRecord.includes(word) ? 'no record' : response.missing.inNoMatch.includes(word) ? 'no match' : 'held';
      expect(where, word).toBe(held ? 'held' : (await inIndex(word)) ? 'no match' : 'no record');
    }
  });
});
