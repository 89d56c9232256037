import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildChineseSite, ZH_SECTION, type ChineseFixturePage } from '../../scripts/build-zh-site-fixture.js';
import { chineseCounterpart } from '../../src/search/bilingual.js';
import { openSearch } from '../../src/search/open.js';
import { runSyncInChild, TSX_LOADER } from '../../src/sync/child.js';
import { runSync, type SyncOptions } from '../../src/sync/sync.js';
import { decodeTranscript } from '../../src/transcripts/decode.js';
import { parseTranscript } from '../../src/transcripts/parse.js';
import { FakeSite, SITE_PAGES } from './fake-site.js';

/**
 * The Chinese site on loopback, beside the English reconstruction. No page of today's Chinese site
 * could be recovered here: the Chinese pages are built by scripts/build-zh-site-fixture.ts from real
 * briefings bundled in seeds/mfa-zh (their paragraphs copied verbatim into the template SITE.md
 * documents), not pages the live site served.
 */
const zhRoot = mkdtempSync(join(tmpdir(), 'spox-zh-site-'));
const pages: ChineseFixturePage[] = buildChineseSite(zhRoot);
const site = new FakeSite([SITE_PAGES, zhRoot]);
const byDate = (date: string): ChineseFixturePage => pages.find((p) => p.date === date)!;
const ZH_TRANSCRIPTS = /^\/web\/fyrbt_673021\/jzhsl_673025\/\d{6}\/t\d+_\d+\.shtml$/;
const EN_TRANSCRIPTS = /^\/eng\/xw\/fyrbt\/\w+\/\d{6}\/t\d+_\d+\.html$/;
/** The English page of 2019-01-25, as bundled (seeds/mfa-en), whose exchanges were aligned by hand. */
const ENGLISH_FILE = 't1632577.shtml';
const handAligned = (JSON.parse(readFileSync('test/fixtures/zh-alignment.json', 'utf8')) as {
  briefings: Record<string, Record<string, string | null>>;
}).briefings['2019-01-25']!;

let root: string;
beforeAll(() => site.start());
afterAll(async () => {
  await site.stop();
  rmSync(zhRoot, { recursive: true, force: true });
});
beforeEach(() => {
  site.reset();
  root = mkdtempSync(join(tmpdir(), 'spox-zh-sync-'));
  return () => rmSync(root, { recursive: true, force: true });
});

/** A folder holding one bundled page with its manifest row: a source indexed with the data folder. */
function bundledSource(seeds: string, file: string, name: string): string {
  const dir = join(root, name);
  mkdirSync(dir);
  const [header, ...rows] = readFileSync(join(seeds, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  copyFileSync(join(seeds, file), join(dir, file));
  writeFileSync(join(dir, 'MANIFEST.tsv'), `${header}\n${rows.find((r) => r.startsWith(`${file}\t`))}\n`);
  return dir;
}
const englishSource = (): string => bundledSource('seeds/mfa-en', ENGLISH_FILE, 'en');

function sync(extra: Partial<SyncOptions> = {}) {
  return runSync({
    site: site.origin, dataDir: join(root, 'data'), indexDir: join(root, 'index'), sources: [], embedder: null,
    fetcher: { minIntervalMs: 0, retries: 1, retryDelayMs: 5, timeoutMs: 2_000 },
    ...extra,
  });
}

/** The records a bundled page parses into, without their file and URL. */
function seedRecords(page: ChineseFixturePage) {
  return parseTranscript(page.seedFile, decodeTranscript(readFileSync(page.seedFile))).records;
}

describe('sync of the Chinese site (SPOX_SYNC_LANGS=en,zh)', () => {
  it('keeps the Chinese press conferences as served, indexes them verbatim, finds them in Chinese, and aligns them with the English exchanges of the same date', async () => {
    const { report, siteUnreadable } = await sync({ langs: ['en', 'zh'], sources: [englishSource()] });

    expect(siteUnreadable).toBe(false);
    // English: 2 press-conference items + 1 old-scheme link + 1 statement; Chinese: 3 briefings on 2 listing pages.
    expect(report).toMatchObject({ listed: 7, new: 7, fetched: 6 });
    expect(report.failed.map((f) => f.url)).toEqual([`${site.origin}/mfa_eng/xwfw_665399/s2510_665401/2511_665403/202102/t20210226_9170740.html`]);
    expect(site.hits.get(`${ZH_SECTION}index.shtml`)).toBe(1);
    expect(site.hits.get(`${ZH_SECTION}index_1.shtml`)).toBe(1);
    expect(site.count(ZH_TRANSCRIPTS)).toBe(3);

    // Kept byte for byte (the GB18030 page too) at the path of its URL, with its manifest row.
    for (const page of pages) {
      expect(readFileSync(join(root, 'data', page.path))).toEqual(readFileSync(join(zhRoot, page.path)));
      const folder = page.path.slice(0, page.path.lastIndexOf('/') + 1);
      const rows = readFileSync(join(root, 'data', folder, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((r) => r.split('\t'));
      expect(rows).toContainEqual([page.path.slice(folder.length), site.origin + page.path, expect.any(String), page.title]);
    }

    const search = await openSearch(join(root, 'index'), { embedder: null });
    expect(report.indexed).toEqual({ transcripts: 7, records: search.info().exchanges + search.info().statements });
    for (const page of pages) {
      const briefing = search.briefing(`zh-${page.date}`)!;
      expect(briefing.summary).toMatchObject({ title: page.title, date: page.date, url: site.origin + page.path });
      // The same words as the bundled page of the old template: nothing lost, nothing added (no footer).
      const expected = seedRecords(page);
      expect(briefing.records.map((r) => [r.id, r.question, r.answer])).toEqual(
        expected.map((r) => [r.id, r.kind === 'exchange' ? r.question.join('\n\n') : null, r.answer.join('\n\n')]),
      );
    }
    expect(search.briefing('zh-2016-11-15')!.summary.spokesperson).toBe('Geng Shuang');

    // A two-character Chinese query finds the synced Chinese exchanges that contain it.
    const containing = pages.flatMap((p) => search.briefing(`zh-${p.date}`)!.records)
      .filter((r) => `${r.question ?? ''}${r.answer}`.includes('华为')).map((r) => r.id);
    expect(containing.length).toBeGreaterThan(0);
    const huawei = await search.search('华为', { k: 5 });
    expect(huawei.hits.map((h) => h.record.id).sort()).toEqual(containing.sort());
    for (const hit of huawei.hits) expect(hit.record).toMatchObject({ lang: 'zh', key: 'zh-2019-03-06' });

    // The bundled English exchanges of 2019-01-25 carry their synced Chinese originals, as aligned by hand.
    const english = search.briefing('2019-01-25')!;
    expect(english.summary.spokesperson).toBe('Hua Chunying');
    const aligned = Object.fromEntries(english.records.map((r) => [r.id, r.zh?.id ?? null]));
    expect(aligned).toEqual(handAligned);
    const first = english.records.find((r) => r.zh)!;
    expect(chineseCounterpart(search, first)?.url).toBe(site.origin + byDate('2019-01-25').path);
  });

  it('downloads nothing again on a second run and stops paging at the first listing page with nothing new', async () => {
    const first = await sync({ langs: ['en', 'zh'] });
    expect(first.report.fetched).toBe(6);
    site.reset();

    const second = await sync({ langs: ['en', 'zh'] });
    expect(second.report).toMatchObject({ listed: 5, new: 0, fetched: 0, failed: [], reindexed: false }); // the first listing page of each section
    expect(site.count(ZH_TRANSCRIPTS)).toBe(0);
    expect(site.count(EN_TRANSCRIPTS)).toBe(0);
    expect(site.hits.get(`${ZH_SECTION}index.shtml`)).toBe(1);
    expect(site.hits.get(`${ZH_SECTION}index_1.shtml`)).toBeUndefined();
  });

  it('reads the Chinese site alone with zh, and the English one alone by default; --since reads the Chinese titles\' dates', async () => {
    const recent = await sync({ langs: ['zh'], since: '2019-02-01', dataDir: join(root, 'since-data'), indexDir: join(root, 'since-index') });
    expect(recent.report).toMatchObject({ listed: 2, new: 1, fetched: 1 }); // 2019-03-06 only; index_1.shtml not read
    expect(site.hits.get(`${ZH_SECTION}index_1.shtml`)).toBeUndefined();
    expect(site.hits.get(byDate('2019-01-25').path)).toBeUndefined();

    site.reset();
    const zh = await sync({ langs: ['zh'] });
    expect(zh.report).toMatchObject({ listed: 3, new: 3, fetched: 3, failed: [], indexed: { transcripts: 3 } });
    expect(site.count(/^\/eng\//)).toBe(0);

    site.reset();
    const en = await sync();
    expect(en.report).toMatchObject({ listed: 4, new: 4, fetched: 3 });
    expect(site.count(/^\/web\/fyrbt_673021\//)).toBe(0);
    expect(en.report.indexed.transcripts).toBe(6); // the Chinese pages kept by the first run stay indexed
  });

  it('does not download a briefing bundled under its old URL again: the site lists it at a new one, with the same title', async () => {
    const bundled = byDate('2019-03-06');
    const { report } = await sync({ langs: ['zh'], sources: [bundledSource('seeds/mfa-zh', bundled.seedFile.split('/').pop()!, 'zh')] });
    expect(report).toMatchObject({ listed: 3, new: 2, fetched: 2, failed: [], indexed: { transcripts: 3 } });
    expect(site.hits.get(bundled.path)).toBeUndefined();
    expect(site.count(ZH_TRANSCRIPTS)).toBe(2);
    const search = await openSearch(join(root, 'index'), { embedder: null });
    expect(search.briefing('zh-2019-03-06b')).toBeUndefined(); // one briefing of that date, the bundled page
    expect(search.briefing('zh-2019-03-06')!.summary.url).toBe('https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1643437.shtml');
  });
});

describe('npm run sync with SPOX_SYNC_LANGS and --langs', () => {
  const CLI = resolve('src/cli/sync.ts');
  const environment = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
    ...process.env, SPOX_DATA_DIR: join(root, 'data'), SPOX_INDEX_DIR: join(root, 'index'), SPOX_OFFLINE: '1',
    SPOX_MODEL_CACHE: join(root, 'cache'), SPOX_SYNC_DELAY_MS: '0', ...extra,
  });
  const run = (args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stderr: string }> =>
    new Promise((done) => {
      const child = spawn(process.execPath, ['--import', TSX_LOADER, CLI, ...args], { cwd: root, env: environment(env) });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('close', (code) => done({ code, stderr }));
    });

  it('the bot\'s scheduled sync (a child with the environment) reads the Chinese site when SPOX_SYNC_LANGS says so', async () => {
    mkdirSync(join(root, 'seeds')); // nothing bundled in this working folder
    const report = await runSyncInChild(['--site', site.origin], { cwd: root, env: environment({ SPOX_SYNC_LANGS: 'zh' }) });
    expect(report).toMatchObject({ listed: 3, new: 3, fetched: 3, failed: [], indexed: { transcripts: 3 } });
    expect(site.count(/^\/eng\//)).toBe(0);
  }, 60_000);

  it('rechecks the most recent briefings of each language synced, each by its own newest date', async () => {
    await sync({ langs: ['en', 'zh'] });
    site.reset();
    // The newest Chinese briefing (2019-03-06) is years before the newest English one, and still rechecked.
    const both = await sync({ langs: ['en', 'zh'], recheckDays: 2 });
    expect(both.report).toMatchObject({ rechecked: [`${site.origin}/eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html`, site.origin + byDate('2019-03-06').path], revised: [], failed: [], reindexed: false });
    expect([site.count(EN_TRANSCRIPTS), site.count(ZH_TRANSCRIPTS)]).toEqual([1, 1]);

    // A run without Chinese asks for no Chinese page.
    site.reset();
    const english = await sync({ langs: ['en'], recheckDays: 2 });
    expect(english.report.rechecked).toEqual([`${site.origin}/eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html`]);
    expect(site.count(ZH_TRANSCRIPTS)).toBe(0);
  });

  it('refuses a bad value, naming the variable or the option and the value', async () => {
    const variable = await run(['--site', site.origin], { SPOX_SYNC_LANGS: 'en,fr' });
    expect(variable.code).toBe(2);
    expect(variable.stderr).toContain('SPOX_SYNC_LANGS must be en, zh or en,zh (comma-separated), not "en,fr"');
    const option = await run(['--site', site.origin, '--langs', 'chinese']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('--langs must be en, zh or en,zh (comma-separated), not "chinese"');
    expect(site.hits.size).toBe(0); // refused before any request
  }, 60_000);
});
