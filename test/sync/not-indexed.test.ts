import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TSX_LOADER } from '../../src/sync/child.js';
import { SYNC_STATE_FILE } from '../../src/sync/state.js';
import { asIfFirstFailedDaysAgo, listingWithExtraItems, syncHarness } from './fake-site.js';

const LXJZH = '/eng/xw/fyrbt/lxjzh/';
/** Listed on the first listing page, newest first, and not on the site (404): given up on the second run. */
const MISSING_DAYS = [16, 15, 14, 13];
/** Listed too, and served as a page that is no transcript (a real listing page): pending, asked by every run. */
const DROPPED = `${LXJZH}202608/t20260812_12003333.html`;
const title = (day: number): string => `Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on August ${day}, 2026`;

const { site, root, sync } = syncHarness('spox-not-indexed-', (s) => {
  s.set(`${LXJZH}index.html`, {
    kind: 'body',
    body: listingWithExtraItems('eng/xw/fyrbt/lxjzh/index.html', [
      ...MISSING_DAYS.map((day) => ({ href: `./202608/t202608${day}_1200${day}00.html`, title: title(day), date: `2026-08-${day}` })),
      { href: './202608/t20260812_12003333.html', title: title(12), date: '2026-08-12' },
    ]),
  });
  s.set(DROPPED, { kind: 'body', body: readFileSync('test/fixtures/listing-page.shtml', 'utf8') });
});

/** `npm run ask -- --about` on the test's index and data folder. */
function about(): Promise<{ code: number | null; stdout: string }> {
  const env = {
    ...process.env, SPOX_INDEX_DIR: join(root(), 'index'), SPOX_DATA_DIR: join(root(), 'data'), SPOX_OFFLINE: '1', SPOX_MODEL_CACHE: join(root(), 'cache'),
  };
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', TSX_LOADER, resolve('src/cli/ask.ts'), '--about'], { env });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.on('close', (code) => done({ code, stdout }));
  });
}

describe('ask --about and the listed pages a sync could not get', () => {
  it('counts them, names the newest of each kind by date, and says where they are and how to ask again', async () => {
    await sync();
    asIfFirstFailedDaysAgo(join(root(), 'data')); // a 404 is given up on a run a day after the first
    const second = await sync();
    expect(second.report.gaveUp.map((p) => p.url)).toHaveLength(MISSING_DAYS.length);
    expect(second.report.pending.map((p) => p.url)).toEqual([site.origin + DROPPED]);
    const file = join(root(), 'data', SYNC_STATE_FILE);

    const run = await about();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^last sync: \\S+ from ${site.origin.replace(/[.]/g, '\\.')} \\(0 new pages\\)$`, 'm'));
    expect(run.stdout.split('\n')).toContain(
      'not indexed: 5 listed pages the sync could not get: given up 2026-08-16 (HTTP 404), 2026-08-15 (HTTP 404), 2026-08-14 (HTTP 404), and 1 more; ' +
        'still asked for by every sync 2026-08-12 (not a transcript). ' +
        `Their URLs and errors are under "gaveUp" and "pending" in ${file}; to ask for the given-up pages again: npm run sync -- --retry-given-up.`,
    );
  }, 60_000);

  it('with nothing pending or given up, says nothing of them; with a state file that cannot be read, says so', async () => {
    site.reset(); // the site as reconstructed: nothing fails but the maintenance redirect, remembered as moved
    await sync();
    const quiet = await about();
    expect(quiet.stdout).toMatch(/^last sync: /m);
    expect(quiet.stdout).not.toContain('not indexed');

    const file = join(root(), 'data', SYNC_STATE_FILE);
    const damaged = readFileSync(file, 'utf8').replace('"moved": {', '"moved": {,');
    writeFileSync(file, damaged);
    const run = await about();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('last sync: unknown (see below)\n');
    expect(run.stdout).toContain(`not indexed: unknown: ${file} cannot be read: not valid JSON: `);
    expect(readFileSync(file, 'utf8')).toBe(damaged);
  }, 60_000);
});
