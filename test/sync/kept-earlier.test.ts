import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../src/store/index-manifest.js';
import { currentGeneration } from '../../src/store/layout.js';
import { DataFolder } from '../../src/sync/data-folder.js';
import { reportCounts } from '../../src/sync/report-counts.js';
import { reportLines } from '../../src/sync/report-lines.js';
import { aboutMessage } from '../../src/slack/views.js';
import { openSearch } from '../../src/search/open.js';
import { notIndexedWords, readSyncStatus, readSyncStatusOfIndex } from '../../src/sync/status.js';
import { SITE_PAGES, syncHarness } from './fake-site.js';

const REMARKS = '/eng/xw/fyrbt/lxjzh/202608/t20260810_12001539.html';
/** Its title on the listing. */
const REMARKS_TITLE = 'Foreign Ministry Spokesperson Guo Jiakun’s Remarks on August 10, 2026';

const { site, logs, root, sync } = syncHarness('spox-kept-earlier-');
const dataDir = (): string => join(root(), 'data');
const status = (): ReturnType<typeof readSyncStatus> => readSyncStatus(dataDir(), readManifest(currentGeneration(join(root(), 'index'))));

describe('pages a sync kept and stopped before indexing (kill -9 while it held the index lock)', () => {
  it('are named by ask --about, and the next sync indexes them and says so', async () => {
    // A sync that read only the briefings from August 11: the August 17 one kept and indexed.
    const first = await sync({ recheckDays: 0, since: '2026-08-11' });
    expect(first.report).toMatchObject({ fetched: 1, indexedKept: [] });
    expect(first.report.indexed.transcripts).toBe(1);
    expect(notIndexedWords(status())).toBeNull();

    // What a run killed between keeping the August 10 page and indexing it leaves behind.
    const url = site.origin + REMARKS;
    new DataFolder(dataDir()).keep(url, readFileSync(join(SITE_PAGES, REMARKS)), REMARKS_TITLE);
    expect(status().keptNotIndexed).toEqual([{ url, date: '2026-08-10' }]);
    expect(notIndexedWords(status())).toBe('1 page the sync kept, by a run that stopped before indexing it: 2026-08-10; the next sync indexes it.');
    // Without the index's manifest, nothing could be said of them; the bots' /about reads it (session 33).
    expect(readSyncStatus(dataDir()).keptNotIndexed).toEqual([]);
    const bots = readSyncStatusOfIndex(dataDir(), join(root(), 'index'));
    expect(bots.keptNotIndexed).toEqual([{ url, date: '2026-08-10' }]);
    const search = await openSearch(join(root(), 'index'), { embedder: null });
    expect(JSON.stringify(aboutMessage(search, bots).blocks)).toContain('*Not indexed:* 1 page the sync kept, by a run that stopped before indexing it: 2026-08-10');

    site.reset();
    const next = await sync({ recheckDays: 0 });
    // The July 18 statement new (and an old-scheme page that redirects to the maintenance page); the August 10 page not asked for again, indexed, and said.
    expect(next.report).toMatchObject({ new: 2, fetched: 1, indexedKept: [url], reindexed: true });
    expect(next.report.indexed.transcripts).toBe(3);
    expect(site.hits.get(REMARKS)).toBeUndefined();
    expect(reportLines(next.report)).toContain(`indexed now: ${url}: kept by an earlier run that stopped before indexing it`);
    expect(reportCounts(next.report)).toBe('4 listed, 2 new, 1 fetched, 1 indexed that an earlier run kept, 1 failed');
    expect(notIndexedWords(status())).toBeNull();

    // Said once: the run after holds it indexed.
    logs.length = 0;
    site.reset();
    const after = await sync({ recheckDays: 0 });
    expect(after.report).toMatchObject({ fetched: 0, indexedKept: [], reindexed: false });
  });
});
