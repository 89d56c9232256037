import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readsChinese } from '../../src/embed/languages.js';
import { buildIndex } from '../../src/store/build.js';
import { currentGeneration, LEXICAL_FILE, LEXICAL_ZH_FILE, LEXICAL_ZH_POSTINGS_FILE } from '../../src/store/layout.js';
import { openRecordStore, readRecordStore, writeRecordStore } from '../../src/store/records-file.js';
import { bilingualSample } from '../seed-sources.js';
import { indexContents, tinyEmbedder } from './fixtures.js';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

describe('Chinese records in the index', () => {
  const sample = bilingualSample(['2019-05-20', '2020-06-15']);
  const indexDir = mkdtempSync(join(tmpdir(), 'spox-store-zh-'));
  afterAll(() => {
    sample.remove();
    rmSync(indexDir, { recursive: true, force: true });
  });

  it('knows which models read Chinese by their names', () => {
    expect(readsChinese('Xenova/all-MiniLM-L6-v2')).toBe(false);
    expect(readsChinese('test/fixtures/tiny-model')).toBe(false);
    expect(readsChinese('Xenova/paraphrase-multilingual-MiniLM-L12-v2')).toBe(true);
    expect(readsChinese('Xenova/bge-m3')).toBe(true);
  });

  it('stores them with the English ones, links each English record to its original, and embeds only the English with an English model', async () => {
    const report = await buildIndex({ sources: [sample.dir], indexDir, embedder: await tinyEmbedder() });
    expect(report.failures).toEqual([]);
    expect(report.withoutVectors).toBe(0);
    const { records, chunkRecords } = await indexContents(indexDir);
    const chinese = records.filter((id) => id.startsWith('zh-'));
    expect(chinese.length).toBeGreaterThan(10);
    expect([...chunkRecords].some((id) => id.startsWith('zh-'))).toBe(false);
    expect(records.filter((id) => !id.startsWith('zh-')).every((id) => chunkRecords.has(id))).toBe(true);

    const generation = currentGeneration(indexDir)!;
    const stored = readRecordStore(generation);
    const english = stored.records.filter((r) => r.lang === 'en');
    expect(english.length).toBeGreaterThan(10);
    expect(english.every((r) => r.zh?.id === `zh-${r.id}`)).toBe(true); // these two briefings have the same turns on both sites
    // A search process keeps the language and the link in memory with the other short fields.
    const opened = openRecordStore(generation).records;
    expect(opened.map((r) => [r.id, r.lang, r.zh?.id])).toEqual(stored.records.map((r) => [r.id, r.lang, r.zh?.id]));
    expect(opened.find((r) => r.lang === 'zh')).toMatchObject({ occasion: 'press-conference' });
    // Two lexical indexes: English queries never load the Chinese one.
    const lexicalEn = readFileSync(join(generation, LEXICAL_FILE), 'utf8');
    expect(lexicalEn).not.toContain('zh-2019-05-20#1');
    expect(readFileSync(join(generation, LEXICAL_ZH_FILE), 'utf8')).toContain('zh-2019-05-20#1');
    expect(readFileSync(join(generation, LEXICAL_ZH_POSTINGS_FILE)).length).toBeGreaterThan(0);
  });

  it('takes an unchanged Chinese lexical index from the previous generation, and rebuilds it when a Chinese page changes', async () => {
    const previous = currentGeneration(indexDir)!;
    const marked = readFileSync(join(previous, LEXICAL_ZH_FILE), 'utf8').replace('"records":', '"reused":1,"records":');
    writeFileSync(join(previous, LEXICAL_ZH_FILE), marked);
    await buildIndex({ sources: [sample.dir], indexDir, embedder: null });
    expect(readFileSync(join(currentGeneration(indexDir)!, LEXICAL_ZH_FILE), 'utf8')).toContain('"reused":1');

    const zhPage = readdirSync(join(sample.dir, 'zh')).find((f) => f.endsWith('.shtml'))!;
    rmSync(join(sample.dir, 'zh', zhPage));
    await buildIndex({ sources: [sample.dir], indexDir, embedder: null });
    const rebuilt = readFileSync(join(currentGeneration(indexDir)!, LEXICAL_ZH_FILE), 'utf8');
    expect(rebuilt).not.toContain('"reused":1');
    expect(JSON.parse(rebuilt).records).toBeGreaterThan(5);
  });
});

describe('aligning only the dates that changed', () => {
  const dates = ['2019-01-25', '2019-05-20', '2020-06-15'];
  const sample = bilingualSample(dates);
  const indexDir = mkdtempSync(join(tmpdir(), 'spox-store-zh-align-'));
  afterAll(() => {
    sample.remove();
    rmSync(indexDir, { recursive: true, force: true });
  });

  it('keeps the stored links of unchanged dates and aligns again the date whose pages changed', async () => {
    await buildIndex({ sources: [sample.dir], indexDir, embedder: null });
    const first = readRecordStore(currentGeneration(indexDir)!).records.filter((r) => r.lang === 'en');
    for (const date of dates) expect(first.filter((r) => r.date === date && r.zh).length, date).toBeGreaterThan(3);
    // Mark the stored links, so that a link taken over is told from one aligned again.
    const stored = readRecordStore(currentGeneration(indexDir)!);
    for (const r of stored.records) if (r.zh) r.zh.confidence = 0.123;
    writeRecordStore(currentGeneration(indexDir)!, stored.briefings, stored.records);

    const changed = readdirSync(join(sample.dir, 'zh')).find((f) => f.endsWith('.shtml') && readFileSync(join(sample.dir, 'zh', f), 'utf8').includes('2020年6月15日'))!;
    // The page and its manifest row go (a row without its file leaves every page of the folder without a URL).
    rmSync(join(sample.dir, 'zh', changed));
    const manifest = join(sample.dir, 'zh', 'MANIFEST.tsv');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').split('\n').filter((row) => !row.startsWith(`${changed}\t`)).join('\n'));
    await buildIndex({ sources: [sample.dir], indexDir, embedder: null });
    const second = readRecordStore(currentGeneration(indexDir)!).records.filter((r) => r.lang === 'en');
    for (const date of dates.slice(0, 2)) {
      const linked = second.filter((r) => r.date === date && r.zh);
      expect(linked.map((r) => r.zh!.id)).toEqual(first.filter((r) => r.date === date && r.zh).map((r) => r.zh!.id));
      expect(linked.every((r) => r.zh!.confidence === 0.123), date).toBe(true);
    }
    expect(second.filter((r) => r.date === '2020-06-15' && r.zh)).toEqual([]);
  });
});
