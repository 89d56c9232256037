import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSyncState, SYNC_STATE_FILE, SyncStateError } from '../../src/sync/state.js';
import { asIfFirstFailedDaysAgo, listingWithExtraItem, syncHarness } from './fake-site.js';

const LXJZH = '/eng/xw/fyrbt/lxjzh/';
const OLD_SCHEME = '/mfa_eng/xwfw_665399/s2510_665401/2511_665403/202102/t20210226_9170740.html';
/** Listed, and not on the site (404): pending after one run, given up after two. */
const MISSING = `${LXJZH}202608/t20260816_12004444.html`;

const { site, root, sync } = syncHarness('spox-sync-state-', (s) =>
  s.set(`${LXJZH}index.html`, {
    kind: 'body',
    body: listingWithExtraItem('eng/xw/fyrbt/lxjzh/index.html', './202608/t20260816_12004444.html', 'Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on August 16, 2026', '2026-08-16'),
  }),
);

/** Every file under `dir` (hidden ones too) with a hash of its bytes. */
function files(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else found[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return found;
}

/** The run's failure, or null when it ran. */
const refusal = (): Promise<SyncStateError | null> => sync().then(() => null, (err: unknown) => err as SyncStateError);

describe('a sync-state.json that exists but cannot be read', () => {
  it('stops the sync before anything is asked or written, names the file, what is wrong and what to do, and leaves it as it is', async () => {
    await sync(); // remembers the maintenance redirect (moved) and the missing page (pending)
    const file = join(root(), 'data', SYNC_STATE_FILE);
    const good = readFileSync(file, 'utf8');
    expect(good).toContain('"moved": {');

    // A hand edit (the README says to move entries by hand) that leaves a stray comma.
    const damaged = good.replace('"moved": {', '"moved": {,');
    writeFileSync(file, damaged);
    const before = files(root());
    site.hits.clear();
    const error = await refusal();
    expect(error).toBeInstanceOf(SyncStateError);
    const line = damaged.slice(0, damaged.indexOf('{,')).split('\n').length;
    expect(error!.message).toContain(`${file} cannot be read: not valid JSON: `);
    expect(error!.message).toMatch(new RegExp(`\\(line ${line},? column \\d+\\)\\. Fix it, or move it away to start afresh`));
    expect(site.count(/./)).toBe(0);
    expect(files(root())).toEqual(before); // the state file's bytes, the pages, the index; no lock left behind

    // Valid JSON, but not a sync state: which entry, which field.
    const state = JSON.parse(good);
    state.pending[MISSING].failedRuns = '1';
    const wrong = JSON.stringify(state, null, 1);
    writeFileSync(file, wrong);
    const shape = await refusal();
    expect(shape?.message).toContain(`${file} cannot be read: not the shape of a sync state: "pending" → "${MISSING}" → "failedRuns": expected number, received string.`);
    expect(site.count(/./)).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(wrong);

    // Fixed, it is read on: the moved page is not asked again, the missing one is, and given up.
    writeFileSync(file, good);
    asIfFirstFailedDaysAgo(join(root(), 'data')); // a 404 is given up on a run a day after the first
    const fixed = await sync();
    expect(site.count(/^\/mfa_eng\//)).toBe(0);
    expect(fixed.report).toMatchObject({ retried: [site.origin + MISSING], gaveUp: [{ url: site.origin + MISSING, failedRuns: 2 }] });
  });

  it('moved away, the next sync starts afresh: what the file remembered is asked again', async () => {
    await sync();
    const file = join(root(), 'data', SYNC_STATE_FILE);
    renameSync(file, `${file}.damaged`);
    site.hits.clear();
    const fresh = await sync();
    expect(site.count(/^\/mfa_eng\//)).toBe(1); // the moved page, forgotten with the file
    expect(fresh.report.pending).toEqual([expect.objectContaining({ url: site.origin + MISSING, failedRuns: 1 })]);
    expect(existsSync(file)).toBe(true);
    expect(readSyncState(join(root(), 'data')).moved).toHaveProperty([OLD_SCHEME]);
  });
});
