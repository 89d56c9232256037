import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedRanges, computeCoverage, corpusOnlyStretches, describeCoverage, gapsOverlapping, gapWords, reachesOutside, sourceKind, stretchesHolding, yearsIn } from '../../src/search/coverage.js';
import { readPressConFile } from '../../src/transcripts/presscon.js';
import { openSearch } from '../../src/search/open.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { buildIndex } from '../../src/store/build.js';
import { TSX_LOADER } from '../../src/sync/child.js';
import { writeSyncState } from '../../src/sync/state.js';
import { readManifest } from '../../src/transcripts/manifest.js';

/** The dates of the bundled 2018-2020 pages, as their manifest gives them. */
const seedDates = [...readManifest('seeds/mfa-en').values()].flatMap((e) => (e.date ? [e.date] : []));

describe('computeCoverage', () => {
  it('gives the span of the bundled pages; the two-week recesses inside it are not gaps', () => {
    const coverage = computeCoverage(seedDates);
    expect(coverage.from).toBe('2018-05-11');
    expect(coverage.briefings).toBe(seedDates.length);
    expect(coverage.to! >= '2020-07-01').toBe(true);
    // Spring Festival and National Day recesses are shorter than 30 days: no gaps inside the span.
    expect(coverage.gaps).toEqual([]);
  });

  it('reports stretches of more than 30 days without a briefing by their first and last day', () => {
    expect(computeCoverage(['2021-02-26', '2026-08-17', '2026-07-18', '2026-08-10']).gaps).toEqual([
      { from: '2021-02-27', to: '2026-07-17' },
    ]);
    expect(computeCoverage(['2020-01-01', '2020-02-02']).gaps).toEqual([{ from: '2020-01-02', to: '2020-02-01' }]); // 31 days without
    expect(computeCoverage(['2020-01-01', '2020-02-01']).gaps).toEqual([]); // 30 days without: not more than 30
    expect(computeCoverage([])).toEqual({ from: null, to: null, briefings: 0, gaps: [] });
  });
});

describe('reachesOutside', () => {
  const coverage = computeCoverage([...seedDates, '2021-02-26']);
  it('notices filters past either end or inside a gap, and years the question names without briefings', () => {
    expect(reachesOutside(coverage, 'Huawei')).toBe(false);
    expect(reachesOutside(coverage, 'Huawei', { from: '2019-01-01', to: '2019-12-31' })).toBe(false);
    expect(reachesOutside(coverage, 'Huawei', { from: '2017-01-01' })).toBe(true);
    expect(reachesOutside(coverage, 'Huawei', { to: '2023-01-01' })).toBe(true);
    expect(reachesOutside(coverage, 'Huawei', { from: '2020-09-01', to: '2020-12-31' })).toBe(true); // inside the gap
    expect(reachesOutside(coverage, 'Pelosi visit to Taiwan in 2022')).toBe(true);
    expect(reachesOutside(coverage, 'trade talks in 2019')).toBe(false);
    expect(yearsIn('from 2019 to 2023, not 1850 or 12019')).toEqual([2019, 2023]);
    // A target year is a word of the topic, no date asked about.
    expect(yearsIn('carbon neutrality by 2060')).toEqual([]);
    expect(yearsIn('peaking by 2030 and the 2021 talks')).toEqual([2021]);
  });

  it('names the span and its gaps in one sentence: the latest three gaps, the others counted', () => {
    expect(describeCoverage(computeCoverage(['2021-02-26', '2026-08-17', '2026-07-18']))).toBe(
      'Searched 3 briefings from 2021-02-26 to 2026-08-17; none from 2021-02-27 to 2026-07-17.',
    );
    expect(describeCoverage(computeCoverage([]))).toBe('The index holds no briefings yet.');
    // One briefing searched (a note on the dates asked names the few held there): counted in the singular, on its day.
    expect(describeCoverage(computeCoverage(['2026-08-17']))).toBe('Searched 1 briefing of 2026-08-17.');
    const sparse = computeCoverage(['2001-01-01', '2003-01-01', '2005-01-01', '2007-01-01', '2009-01-01', '2010-01-01']);
    expect(sparse.gaps).toHaveLength(5);
    expect(describeCoverage(sparse)).toBe(
      'Searched 6 briefings from 2001-01-01 to 2010-01-01; none from 2005-01-02 to 2006-12-31, 2007-01-02 to 2008-12-31, ' +
        '2009-01-02 to 2009-12-31, nor in 2 earlier stretches of more than 30 days.',
    );
    expect(gapWords(sparse.gaps.slice(0, 4))).toContain(', nor in 1 earlier stretch of more than 30 days');
    expect(gapWords(sparse.gaps, Infinity).split(', ')).toHaveLength(5);
  });

  it('names the gaps in the dates asked about: the date filters, the years the question names', () => {
    expect(askedRanges('Huawei')).toEqual([]);
    expect(askedRanges('Pelosi in 2022 and 2023', { from: '2021-05-01' })).toEqual([
      { from: '2021-05-01', to: '9999-12-31' }, { from: '2022-01-01', to: '2022-12-31' }, { from: '2023-01-01', to: '2023-12-31' },
    ]);
    const gappy = computeCoverage(['2018-01-01', '2020-06-30', '2022-01-01', '2026-08-17']);
    expect(gapsOverlapping(gappy, askedRanges('Taiwan in 2024'))).toEqual([{ from: '2022-01-02', to: '2026-08-16' }]);
    expect(gapsOverlapping(gappy, askedRanges('Taiwan', { to: '2019-02-01' }))).toEqual([{ from: '2018-01-02', to: '2020-06-29' }]);
    expect(gapsOverlapping(gappy, askedRanges('Taiwan in 2026'))).toEqual([{ from: '2022-01-02', to: '2026-08-16' }]);
  });
});

describe('sources and the ask command', () => {
  let root: string;
  let search: SearchEngine;
  const sources = ['seeds/plain-text/000_4d07b25c1c8cc511.txt', 'seeds/site-2026', 'seeds/presscon'];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'spox-coverage-'));
    await buildIndex({ sources, indexDir: join(root, 'index'), embedder: null });
    search = await openSearch(join(root, 'index'), { embedder: null, dataDir: join(root, 'data') });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('tells the kinds of source apart by path', () => {
    expect(sourceKind('seeds/mfa-en/t1558711.shtml', 'data')).toBe('bundled');
    expect(sourceKind('data/eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html', 'data')).toBe('synced');
    expect(sourceKind('/tmp/x/data/eng/t1.html', '/tmp/x/data')).toBe('synced');
    expect(sourceKind('seeds/presscon/cmfa-presscon-v4-ukraine.csv', 'data')).toBe('imported');
    expect(sourceKind('/home/me/CMFA_PressCon_v4.xlsx', 'data')).toBe('imported');
    expect(sourceKind('/home/me/briefings/t1.html', 'data')).toBe('added');
    expect(sourceKind('seedsx/t1.html', 'data')).toBe('added');
  });

  it('the engine reports its coverage and its briefings by source', () => {
    const coverage = search.coverage();
    expect(coverage.to).toBe('2026-08-17');
    expect(coverage.briefings).toBe(search.briefingKeys().length);
    const kinds = search.sources().map((s) => s.kind);
    expect(kinds).toEqual(['bundled', 'imported']);
    const bundled = search.sources()[0]!;
    expect(bundled).toMatchObject({ briefings: 4, to: '2026-08-17' });
  });

  it('ask --json carries the coverage; ask --about lists sources, span, gaps and the last sync', async () => {
    mkdirSync(join(root, 'data'));
    writeSyncState(join(root, 'data'), { lastSync: { at: '2026-08-18T06:00:00.000Z', site: 'https://www.mfa.gov.cn', listed: 9, fetched: 1, failed: 0 }, moved: {}, copies: {}, pending: {}, gaveUp: {}, unfinished: {}, validators: {} });
    const env = { ...process.env, SPOX_INDEX_DIR: join(root, 'index'), SPOX_DATA_DIR: join(root, 'data'), SPOX_OFFLINE: '1', SPOX_MODEL_CACHE: join(root, 'cache') };
    const run = (args: string[]): Promise<string> => new Promise((done) => {
      const child = spawn(process.execPath, ['--import', TSX_LOADER, 'src/cli/ask.ts', ...args], { env });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.on('close', () => done(out));
    });
    const [json, about, nothing, withHits] = await Promise.all([
      run(['zzyzx quokka', '--json']), run(['--about']), run(['zzyzx quokka 2023']), run(['Ukraine', '--to', '2027-01-01']),
    ]);
    const response = JSON.parse(json);
    expect(response.results).toEqual([]);
    expect(response.coverage).toEqual(search.coverage());
    expect(about).toContain(`span: ${search.coverage().from} to 2026-08-17`);
    expect(about).toMatch(/^ {2}bundled +4 briefings, 2021-02-26 to 2026-08-17$/m);
    // The bundled PressCon sample is bundled, its briefings held as its pairs only, and what it holds said (explore33b M5).
    const imported = search.sources().find((s) => s.kind === 'imported')!;
    expect(about).toContain(`\n  bundled    ${imported.briefings} briefings, ${imported.from} to ${imported.to}, only as the pairs of seeds/presscon/cmfa-presscon-v4-ukraine.csv, ` +
      'the CMFA PressCon sample bundled with spox: only the pairs that mention Ukraine, not whole briefings\n');
    expect(about).not.toMatch(/^ {2}imported/m);
    expect(about).toContain(`remembered sources (every index run reads them again): ${sources.join(', ')}\n`);
    expect(about).toContain('last sync: 2026-08-18T06:00:00.000Z from https://www.mfa.gov.cn');
    // English pages and the research corpus only: one language, the whole span.
    expect(about).toContain(`languages (a question searches the briefings of its own):\n  English: ${search.coverage().briefings} briefings, ${search.coverage().from} to 2026-08-17; ` +
      `${imported.briefings} of them (${imported.from} to ${imported.to}) only as imported pairs, not whole transcripts\n    gaps: ${gapWords(search.coverage().gaps, Infinity)}\n`);
    expect(nothing).toContain('Nothing relevant found for “zzyzx quokka 2023”');
    // The gap that 2023 falls in is named, whatever else the index lacks.
    const gap2023 = search.coverage().gaps.find((g) => g.from <= '2023-12-31' && g.to >= '2023-01-01')!;
    expect(nothing).toContain(`${gap2023.from} to ${gap2023.to}`);
    expect(nothing).toContain(`in the briefings from ${search.coverage().from} to 2026-08-17`);
    // A date filter past the index's end: the answers come with a note naming the latest gaps.
    const { gaps, briefings, to } = search.coverage();
    expect(gaps.length).toBeGreaterThan(3);
    expect(withHits).toContain(`Note: you asked about dates the index does not hold: it holds briefings up to ${to}. Searched ${briefings} briefings`);
    expect(withHits).toContain(`; none from ${gapWords(gaps)}.\n`);
    expect(withHits.indexOf('Note:')).toBeLessThan(withHits.indexOf('1. '));
  }, 60_000);
});

describe('stretches held only as imported corpus pairs', () => {
  it('runs over the dates whose every briefing was imported, a page of any date ending one', () => {
    const csv = 'seeds/presscon/cmfa-presscon-v4-ukraine.csv';
    const briefings = [
      { date: '2015-01-05', file: csv },
      { date: '2015-03-02', file: csv },
      { date: '2018-05-02', file: 'seeds/mfa-en/t1556590.shtml' },
      { date: '2018-05-02', file: csv },
      { date: '2021-02-26', file: csv },
      { date: '2021-02-26', file: 'seeds/plain-text/x.txt' },
      { date: '2022-03-01', file: csv },
      { date: '2023-12-29', file: '/home/desk/CMFA_PressCon_v4.xlsx' },
      { date: '2026-08-17', file: null },
    ];
    expect(corpusOnlyStretches(briefings)).toEqual([
      { from: '2015-01-05', to: '2015-03-02', files: ['cmfa-presscon-v4-ukraine.csv'] },
      { from: '2022-03-01', to: '2023-12-29', files: ['CMFA_PressCon_v4.xlsx', 'cmfa-presscon-v4-ukraine.csv'] },
    ]);
  });

  it('names, for the dates of some matches, only the files those dates came from (explore33b M6)', async () => {
    // The sample's dates, one of them (2022-02-28) kept from a second sheet that holds one more pair of it.
    const dates = (await readPressConFile('seeds/presscon/cmfa-presscon-v4-ukraine.csv')).flatMap((o) => (o.ok ? [o.transcript.date] : []));
    expect(dates).toContain('2022-02-28');
    const briefings = dates.map((date) => ({ date, file: date === '2022-02-28' ? '/tmp/presscon-fixed.csv' : '/tmp/presscon.csv' }));
    const stretches = corpusOnlyStretches(briefings);
    const spanning = stretches.find((s) => s.from <= '2022-02-28' && '2022-02-28' <= s.to)!;
    expect(spanning.files).toEqual(['presscon-fixed.csv', 'presscon.csv']);
    const of2023 = dates.filter((d) => d.startsWith('2023-'));
    // Cut to the dates it holds (explore33b C6), and named by their own file (M6).
    expect(stretchesHolding(stretches, of2023)).toEqual({ count: of2023.length, stretches: [{ from: of2023[0], to: of2023[of2023.length - 1], files: ['presscon.csv'] }] });
    expect(stretchesHolding(stretches, ['2022-02-28'])!.stretches.map((s) => s.files)).toEqual([['presscon-fixed.csv']]);
    expect(stretchesHolding(stretches, ['2022-02-28', '2023-03-14'])!.stretches).toEqual([{ from: '2022-02-28', to: '2023-03-14', files: spanning.files }]);
    // The stretch itself (what --json gives) is as it was.
    expect(JSON.parse(JSON.stringify(spanning))).toEqual({ from: spanning.from, to: spanning.to, files: spanning.files });
  });
});
