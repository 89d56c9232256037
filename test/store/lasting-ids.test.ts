import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { afterAll, describe, expect, it } from 'vitest';
import { openSearch } from '../../src/search/open.js';
import type { SpoxSearch } from '../../src/search/types.js';
import { buildIndex } from '../../src/store/build.js';
import type { IndexedRecord } from '../../src/store/types.js';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';
import { bilingualSample } from '../seed-sources.js';

/**
 * Ids that last (src/store/lasting-ids.ts): when a page the index holds is revised, each exchange
 * that was there keeps its id, one added takes a number the briefing never had, and the id of one
 * removed is retired. On real pages, revised by taking an exchange's paragraphs out or putting them back.
 */

/** The question and answer of each exchange of a page, in order. */
function exchangeTexts(file: string): string[] {
  const [outcome] = parseTranscriptFiles([file]);
  if (!outcome?.ok) throw new Error(`${file} did not parse`);
  return outcome.transcript.records.flatMap((r) => (r.kind === 'exchange' ? [`${r.question.join('\n\n')}\n→ ${r.answer.join('\n\n')}`] : []));
}

/**
 * Writes `page` without the paragraphs (`<p>` elements) of its `k`-th exchange (1-based): those whose
 * visible text is one of its paragraphs, after a label (`Q:`, `Lin Jian:`); checked against the
 * parse: every other exchange is there as it was.
 */
function removeExchange(page: string, k: number): void {
  const [outcome] = parseTranscriptFiles([page]);
  if (!outcome?.ok) throw new Error(`${page} did not parse`);
  const exchange = outcome.transcript.records.filter((r) => r.kind === 'exchange')[k - 1]!;
  const paragraphs = [...(exchange.kind === 'exchange' ? exchange.question : []), ...exchange.answer];
  const visible = (element: string): string => decodeHTML(element.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
  const ofExchange = (element: string): boolean => {
    const text = visible(element);
    return paragraphs.some((p) => text.endsWith(p) && text.length - p.length < 30);
  };
  const before = exchangeTexts(page);
  writeFileSync(page, readFileSync(page, 'utf8').replace(/<p\b[^>]*>[\s\S]*?<\/p>/gi, (element) => (ofExchange(element) ? '' : element)));
  expect(exchangeTexts(page)).toEqual(before.filter((_, i) => i !== k - 1));
}

const textOf = (r: IndexedRecord | undefined): string | undefined => (r ? `${r.question}\n→ ${r.answer}` : undefined);
const exchangesOf = (search: SpoxSearch, key: string): IndexedRecord[] => search.briefing(key)!.records.filter((r) => r.kind === 'exchange');
const pageWith = (folder: string, text: string): string =>
  join(folder, readdirSync(folder).find((f) => f.endsWith('.shtml') && readFileSync(join(folder, f), 'utf8').includes(text))!);

describe('an index run keeps the ids of a revised briefing\'s exchanges', () => {
  const sample = bilingualSample(['2019-03-06']);
  const root = mkdtempSync(join(tmpdir(), 'spox-lasting-ids-'));
  const english = pageWith(join(sample.dir, 'en'), 'March 6, 2019');
  const chinese = pageWith(join(sample.dir, 'zh'), '2019年3月6日');
  const [englishServed, chineseServed] = [readFileSync(english, 'utf8'), readFileSync(chinese, 'utf8')];
  const index = async (name: string): Promise<SpoxSearch> => {
    await buildIndex({ sources: [sample.dir], indexDir: join(root, name), embedder: null });
    return openSearch(join(root, name), { embedder: null });
  };
  afterAll(() => {
    sample.remove();
    rmSync(root, { recursive: true, force: true });
  });

  it('gives an exchange added to an English page a new number; every other keeps its id, its text, its follow-up link and its Chinese original', async () => {
    writeFileSync(english, englishServed);
    writeFileSync(chinese, chineseServed);
    // The page as first served without its 12th exchange, which the Ministry then added: the 7 after it would move.
    removeExchange(english, 12);
    const before = await index('added');
    const held = exchangesOf(before, '2019-03-06');
    expect(held.map((r) => r.id)).toEqual(Array.from({ length: 18 }, (_, i) => `2019-03-06#${i + 1}`));
    expect(held.filter((r) => r.zh).length).toBeGreaterThan(12);

    writeFileSync(english, englishServed);
    const after = await index('added');
    for (const r of held) {
      const now = after.record(r.id);
      expect(textOf(now), r.id).toBe(textOf(r));
      expect(now!.zh?.id, r.id).toBe(r.zh?.id);
      expect(now!.followup, r.id).toBe(r.followup);
    }
    // In the briefing's order, the one added stands 12th, under the number after the highest: #19.
    const ids = exchangesOf(after, '2019-03-06').map((r) => r.id);
    expect(ids).toEqual([...held.slice(0, 11).map((r) => r.id), '2019-03-06#19', ...held.slice(11).map((r) => r.id)]);
    expect(after.briefing('2019-03-06')!.summary.retiredIds).toBeUndefined();
    // A follow-up after it names the exchange it follows by that exchange's lasting id.
    const followUp = exchangesOf(after, '2019-03-06').find((r) => r.followup === '2019-03-06#12')!;
    expect(textOf(followUp)).toBe(textOf(held[12]));

    // A clean build of the same page numbers it 1…19 in order (nothing to keep), with the same texts and the same Chinese originals.
    const clean = await index('added-clean');
    const cleanIds = exchangesOf(clean, '2019-03-06');
    expect(cleanIds.map((r) => r.id)).toEqual(Array.from({ length: 19 }, (_, i) => `2019-03-06#${i + 1}`));
    exchangesOf(after, '2019-03-06').forEach((r, i) => {
      expect(textOf(r)).toBe(textOf(cleanIds[i]));
      expect(r.zh?.id, r.id).toBe(cleanIds[i]!.zh?.id);
      expect(r.followup && textOf(after.record(r.followup)), r.id).toBe(cleanIds[i]!.followup && textOf(clean.record(cleanIds[i]!.followup!)));
    });
    expect(after.record('2019-03-06#19')!.zh).toBeDefined(); // linked to the Chinese exchange the page always had
  });

  it('retires the id of an exchange removed from a Chinese page: no exchange takes it again, not even the same one put back', async () => {
    writeFileSync(english, englishServed);
    writeFileSync(chinese, chineseServed);
    const before = await index('removed');
    const held = exchangesOf(before, 'zh-2019-03-06');
    expect(held).toHaveLength(18);
    const englishBefore = exchangesOf(before, '2019-03-06');

    removeExchange(chinese, 18);
    const after = await index('removed');
    expect(after.record('zh-2019-03-06#18')).toBeUndefined();
    expect(after.briefing('zh-2019-03-06')!.summary.retiredIds).toEqual(['zh-2019-03-06#18']);
    for (const r of held.slice(0, 17)) expect(textOf(after.record(r.id)), r.id).toBe(textOf(r));
    // The English exchanges keep their links to the Chinese ones still there; none links to the id retired.
    for (const r of englishBefore) {
      const link = after.record(r.id)!.zh?.id;
      expect(link).not.toBe('zh-2019-03-06#18');
      if (r.zh && r.zh.id !== 'zh-2019-03-06#18') expect(link, r.id).toBe(r.zh.id);
    }

    // Put back by a later revision: a new number, past the one retired.
    writeFileSync(chinese, chineseServed);
    const back = await index('removed');
    expect(back.record('zh-2019-03-06#18')).toBeUndefined();
    expect(textOf(back.record('zh-2019-03-06#19'))).toBe(textOf(held[17]));
    expect(back.briefing('zh-2019-03-06')!.summary.retiredIds).toEqual(['zh-2019-03-06#18']);
  });

  it('keeps the id of an exchange corrected in place, in English and in Chinese', async () => {
    writeFileSync(english, englishServed);
    writeFileSync(chinese, chineseServed);
    const before = await index('corrected');
    const [en, zh] = [before.record('2019-03-06#3')!, before.record('zh-2019-03-06#3')!];
    expect(en.answer).toContain('micrograms per cubic meter');
    expect(zh.answer).toContain('微克/米³');
    writeFileSync(english, englishServed.replace('micrograms per cubic meter', 'micrograms per cubic metre'));
    writeFileSync(chinese, chineseServed.replace('微克/米³', '微克/立方米'));
    const after = await index('corrected');
    expect(after.record('2019-03-06#3')!.answer).toBe(en.answer.replace('micrograms per cubic meter', 'micrograms per cubic metre'));
    expect(after.record('zh-2019-03-06#3')!.answer).toBe(zh.answer.replace('微克/米³', '微克/立方米'));
    expect(exchangesOf(after, '2019-03-06').map((r) => r.id)).toEqual(exchangesOf(before, '2019-03-06').map((r) => r.id));
    expect(after.record('2019-03-06#3')!.zh?.id).toBe(en.zh?.id);
  });
});

describe('a twin briefing (DATEb) revised', () => {
  const root = mkdtempSync(join(tmpdir(), 'spox-lasting-twin-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('keeps its ids under its own key, and its twin is left as it was', async () => {
    // The two translations of April 29, 2019, with their manifest rows (publication order: DATE, then DATEb).
    const pages = join(root, 'en');
    mkdirSync(pages);
    const [header, ...rows] = readFileSync('seeds/mfa-en/MANIFEST.tsv', 'utf8').trim().split('\n');
    const twins = ['t1659619.shtml', 't1660057.shtml'];
    for (const file of twins) copyFileSync(join('seeds/mfa-en', file), join(pages, file));
    writeFileSync(join(pages, 'MANIFEST.tsv'), [header, ...rows.filter((row) => twins.includes(row.split('\t')[0]!))].join('\n') + '\n');
    const indexDir = join(root, 'index');
    await buildIndex({ sources: [pages], indexDir, embedder: null });
    const before = await openSearch(indexDir, { embedder: null });
    const [first, second] = [exchangesOf(before, '2019-04-29'), exchangesOf(before, '2019-04-29b')];
    expect(second).toHaveLength(12);

    removeExchange(join(pages, twins[1]!), 2);
    await buildIndex({ sources: [pages], indexDir, embedder: null });
    const after = await openSearch(indexDir, { embedder: null });
    expect(exchangesOf(after, '2019-04-29b').map((r) => r.id)).toEqual(second.filter((r) => r.id !== '2019-04-29b#2').map((r) => r.id));
    for (const r of second) expect(textOf(after.record(r.id)), r.id).toBe(r.id === '2019-04-29b#2' ? undefined : textOf(r));
    expect(after.briefing('2019-04-29b')!.summary.retiredIds).toEqual(['2019-04-29b#2']);
    expect(exchangesOf(after, '2019-04-29').map(textOf)).toEqual(first.map(textOf));
  });
});

describe('a rebuild with CURRENT removed (the repair a damaged index\'s message gives)', () => {
  const sample = bilingualSample(['2019-03-06']);
  const root = mkdtempSync(join(tmpdir(), 'spox-lasting-rebuild-'));
  const english = pageWith(join(sample.dir, 'en'), 'March 6, 2019');
  const served = readFileSync(english, 'utf8');
  const indexDir = join(root, 'index');
  const index = async (): Promise<{ search: SpoxSearch; lines: string[] }> => {
    const lines: string[] = [];
    await buildIndex({ sources: [sample.dir], indexDir, embedder: null, log: (line) => lines.push(line) });
    return { search: await openSearch(indexDir, { embedder: null }), lines };
  };
  const generation = (): string => join(indexDir, readFileSync(join(indexDir, 'CURRENT'), 'utf8').trim());
  afterAll(() => {
    sample.remove();
    rmSync(root, { recursive: true, force: true });
  });

  it('keeps the ids and retired ids of a revised briefing, from the generation CURRENT named, even when its records.jsonl is cut short', async () => {
    // First served without its 12th exchange; then revised: the 12th added (#19), the 3rd removed (#3 retired).
    removeExchange(english, 12);
    await index();
    writeFileSync(english, served);
    removeExchange(english, 3);
    const { search: revised } = await index();
    const ids = exchangesOf(revised, '2019-03-06').map((r) => r.id);
    expect(ids).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 19, 12, 13, 14, 15, 16, 17, 18].map((n) => `2019-03-06#${n}`));
    const texts = exchangesOf(revised, '2019-03-06').map(textOf);
    const expectKept = (search: SpoxSearch): void => {
      expect(exchangesOf(search, '2019-03-06').map((r) => r.id)).toEqual(ids);
      expect(exchangesOf(search, '2019-03-06').map(textOf)).toEqual(texts);
      expect(search.briefing('2019-03-06')!.summary.retiredIds).toEqual(['2019-03-06#3']);
      expect(search.record('2019-03-06#3')).toBeUndefined();
    };

    // A plain `rm CURRENT` rebuild.
    rmSync(join(indexDir, 'CURRENT'));
    const plain = await index();
    expectKept(plain.search);
    expect(plain.lines.filter((l) => l.startsWith('warning:'))).toEqual([]);

    // The damaged index's repair: its records.jsonl cut short (a copy: the file is shared with the generations before).
    const records = join(generation(), 'records.jsonl');
    const bytes = readFileSync(records);
    rmSync(records);
    writeFileSync(records, bytes.subarray(0, bytes.length >> 1));
    rmSync(join(indexDir, 'CURRENT'));
    const repaired = await index();
    expectKept(repaired.search);
    expect(repaired.lines.filter((l) => l.startsWith('warning:'))).toEqual([]);
  });

  it('says that the ids may name other exchanges now when no generation the index made can be read', async () => {
    for (const name of readdirSync(indexDir).filter((f) => f.startsWith('gen-'))) rmSync(join(indexDir, name), { recursive: true });
    rmSync(join(indexDir, 'CURRENT'));
    const { search, lines } = await index();
    expect(lines).toContain('warning: the ids the previous index gave could not be read (no index generation it made can be read any more): ' +
      'each exchange is numbered as its page numbers it, so an id handed out before a revision of its page may now name another exchange');
    expect(exchangesOf(search, '2019-03-06').map((r) => r.id)).toEqual(Array.from({ length: 18 }, (_, i) => `2019-03-06#${i + 1}`));
  });
});
