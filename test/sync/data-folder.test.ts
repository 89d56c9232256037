import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFolder, pagesIn, relativePathFor } from '../../src/sync/data-folder.js';
import { readSyncSettings } from '../../src/sync/settings.js';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';
import { SHARED_CORPUS } from '../shared-corpus.js';

const CONFERENCE = '/eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html';
const page = readFileSync(`${SHARED_CORPUS}/site-2026/pages${CONFERENCE}`);
let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('DataFolder', () => {
  it('keeps a page at its URL path with a manifest row the indexer reads (URL for the citation)', () => {
    root = mkdtempSync(join(tmpdir(), 'spox-data-'));
    const data = new DataFolder(root);
    const file = data.keep(`https://www.mfa.gov.cn${CONFERENCE}`, page, 'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on August 17, 2026');
    expect(file).toBe(join(root, CONFERENCE));
    expect(readFileSync(file)).toEqual(page);
    expect(data.has(`https://www.fmprc.gov.cn${CONFERENCE}`)).toBe(true); // either host: the same page
    expect(new DataFolder(root).size).toBe(1);
    const [outcome] = parseTranscriptFiles([root]);
    expect(outcome).toMatchObject({ ok: true });
    if (outcome?.ok) expect(outcome.transcript.url).toBe(`https://www.mfa.gov.cn${CONFERENCE}`);
  });

  it('after a kill: removes half-written pages, forgets rows whose file is gone, and never joins a torn row to the next', () => {
    root = mkdtempSync(join(tmpdir(), 'spox-data-'));
    const data = new DataFolder(root);
    data.keep(`https://www.mfa.gov.cn${CONFERENCE}`, page, 'first');
    const folder = join(root, '/eng/xw/fyrbt/lxjzh/202608');
    writeFileSync(join(folder, '.t20260810_12001539.html.999.part'), page.subarray(0, 100));
    appendFileSync(join(folder, 'MANIFEST.tsv'), 't20260810_12001539.html\thttps://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202608/t20260810_12001539.html\t2026'); // torn, no file
    const reopened = new DataFolder(root);
    expect(readdirSync(folder).filter((f) => f.endsWith('.part'))).toEqual([]);
    expect(reopened.size).toBe(1);
    reopened.keep('https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202608/t20260810_12001539.html', page, 'second');
    const rows = readFileSync(join(folder, 'MANIFEST.tsv'), 'utf8').split('\n');
    expect(rows.filter((r) => r.endsWith('\tsecond'))).toHaveLength(1);
    expect(rows.find((r) => r.endsWith('\tsecond'))!.startsWith('t20260810_12001539.html\t')).toBe(true);
    expect(new DataFolder(root).size).toBe(2);
  });

  it('refuses URL paths that are no safe file names', () => {
    expect(() => relativePathFor('https://www.mfa.gov.cn/eng/a%2F..%2F..%2Fetc/t1.html')).toThrow(/cannot be kept as a file name/);
    expect(() => relativePathFor('https://www.mfa.gov.cn/')).toThrow(/cannot be kept/);
    expect(relativePathFor('https://www.mfa.gov.cn/eng/../eng/xw/t1.html')).toBe('eng/xw/t1.html');
  });

  it('knows the URLs of the bundled pages, so a seeded briefing is not downloaded twice', () => {
    const known = pagesIn(['seeds', 'no-such-folder']).urlPaths;
    expect(known.has('eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html')).toBe(true);
    expect(known.has('mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml')).toBe(true);
    expect(existsSync('no-such-folder')).toBe(false);
  });
});

describe('sync settings', () => {
  it('defaults, and names a bad value', () => {
    expect(readSyncSettings({})).toEqual({ SPOX_DATA_DIR: 'data', SPOX_SYNC_DELAY_MS: 1000, SPOX_SYNC_SITE: 'https://www.mfa.gov.cn', SPOX_SYNC_LANGS: ['en'], SPOX_SYNC_RECHECK_DAYS: 2 });
    expect(readSyncSettings({ SPOX_SYNC_DELAY_MS: '2500', SPOX_DATA_DIR: '/srv/spox', SPOX_SYNC_LANGS: 'zh, EN', SPOX_SYNC_SITE: 'http://mirror.example:8080', SPOX_SYNC_RECHECK_DAYS: '0' })).toEqual({
      SPOX_DATA_DIR: '/srv/spox', SPOX_SYNC_DELAY_MS: 2500, SPOX_SYNC_SITE: 'http://mirror.example:8080', SPOX_SYNC_LANGS: ['en', 'zh'], SPOX_SYNC_RECHECK_DAYS: 0,
    });
    expect(() => readSyncSettings({ SPOX_SYNC_SITE: 'ftp://mfa.gov.cn' })).toThrow(/SPOX_SYNC_SITE must be an http\(s\) URL such as https:\/\/www.mfa.gov.cn/);
    expect(readSyncSettings({ SPOX_SYNC_LANGS: 'zh' }).SPOX_SYNC_LANGS).toEqual(['zh']);
    expect(() => readSyncSettings({ SPOX_SYNC_DELAY_MS: 'fast' })).toThrow(/SPOX_SYNC_DELAY_MS must be a whole number of milliseconds/);
    // The value quoted, as the other settings' are, and a data folder that is a file named (hunt-O (b): "EEXIST … mkdir", and "run it again").
    expect(() => readSyncSettings({ SPOX_SYNC_DELAY_MS: '-5' })).toThrow('SPOX_SYNC_DELAY_MS must be a whole number of milliseconds, not "-5"');
    expect(() => readSyncSettings({ SPOX_SYNC_DELAY_MS: '600001' })).toThrow('SPOX_SYNC_DELAY_MS must be at most 600000 (10 minutes), not "600001"');
    expect(() => readSyncSettings({ SPOX_DATA_DIR: 'package.json' })).toThrow('SPOX_DATA_DIR must be a folder (created if missing), not "package.json", which is a file');
    expect(() => readSyncSettings({ SPOX_SYNC_LANGS: 'en,,zh' })).toThrow('SPOX_SYNC_LANGS must be en, zh or en,zh (comma-separated), not "en,,zh"');
    expect(readSyncSettings({ SPOX_SYNC_RECHECK_DAYS: ' 7 ' }).SPOX_SYNC_RECHECK_DAYS).toBe(7);
    for (const bad of ['two', '-1', '1.5', '32']) {
      expect(() => readSyncSettings({ SPOX_SYNC_RECHECK_DAYS: bad })).toThrow(`SPOX_SYNC_RECHECK_DAYS must be a whole number of days from 0 (no recheck) to 31, not "${bad}"`);
    }
  });
});
