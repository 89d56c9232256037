import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResultStore } from '../../src/answers/result-store.js';
import { unescapeMarkdown } from '../../src/discord/markdown.js';
import { openSearch } from '../../src/search/open.js';
import { SwappableSearch } from '../../src/search/swappable.js';
import type { SpoxSearch } from '../../src/search/types.js';
import { DataFolder } from '../../src/sync/data-folder.js';
import { reportCounts } from '../../src/sync/report-counts.js';
import { reportLines } from '../../src/sync/report-lines.js';
import { readSyncState } from '../../src/sync/state.js';
import { FakeDiscord } from '../discord/fake-discord.js';
import { customIds, only, startBot } from '../discord/harness.js';
import * as raw from '../discord/raw-interactions.js';
import { startSlack } from '../slack/harness.js';
import { texts } from '../slack/messages.js';
import { fakeEtag, SITE_PAGES, syncHarness } from './fake-site.js';

const LXJZH = '/eng/xw/fyrbt/lxjzh/';
const CONFERENCE = `${LXJZH}202608/t20260817_12005503.html`;
const REMARKS = `${LXJZH}202608/t20260810_12001539.html`;
const STATEMENT = '/eng/xw/fyrbt/fyrbt/202607/t20260718_11985618.html';
/** The August 17 briefing as served, and as the Ministry might correct it: one word of one answer. */
const SERVED = readFileSync(join(SITE_PAGES, CONFERENCE), 'utf8');
const ORIGINAL_SENTENCE = 'We express deep condolences for the lives lost in the earthquake.';
const CORRECTED_SENTENCE = 'We express profound condolences for the lives lost in the earthquake.';
const CORRECTED = SERVED.replace(ORIGINAL_SENTENCE, CORRECTED_SENTENCE);

const { site, logs, root, sync } = syncHarness('spox-recheck-');
const dataDir = (): string => join(root(), 'data');
const indexVersion = (): string => readFileSync(join(root(), 'index', 'CURRENT'), 'utf8');
/** The answers of the August 17 briefing in the committed index. */
const answersOf17 = async (): Promise<string> => {
  const search = await openSearch(join(root(), 'index'), { embedder: null });
  return search.briefing('2026-08-17')!.records.map((r) => r.answer).join('\n');
};
const keptFiles = (): string[] => readdirSync(join(dataDir(), LXJZH, '202608')).sort();
const manifestRows = (): string[] => readFileSync(join(dataDir(), LXJZH, '202608', 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);

describe('a sync asks again for the kept pages of the most recent briefings', () => {
  it('replaces a page the site revised at its URL, keeps the old copy beside it, and indexes the corrected text', async () => {
    expect(CORRECTED).not.toBe(SERVED);
    const first = await sync({ recheckDays: 2 });
    expect(first.report).toMatchObject({ fetched: 3, rechecked: [], revised: [] });
    expect(await answersOf17()).toContain(ORIGINAL_SENTENCE);
    const rowsBefore = manifestRows();

    site.reset();
    site.set(CONFERENCE, { kind: 'body', body: CORRECTED });
    const second = await sync({ recheckDays: 2 });
    const url = site.origin + CONFERENCE;
    expect(second.report).toMatchObject({ new: 0, fetched: 0, failed: [], rechecked: [url], reindexed: true, indexed: first.report.indexed });
    expect(second.report.revised).toHaveLength(1);
    const [revision] = second.report.revised;
    expect(revision).toMatchObject({ url, date: '2026-08-17', changes: '1 exchange changed' });
    // Only the newest briefing is within 2 days of itself: the August 10 and July 18 pages are not asked again.
    expect(site.hits.get(CONFERENCE)).toBe(1);
    // Asked with the ETag of the copy kept, which the corrected page no longer has.
    expect(site.conditional.get(CONFERENCE)).toEqual({ asked: 1, notModified: 0 });
    expect(site.hits.get(REMARKS)).toBeUndefined();
    expect(site.hits.get(STATEMENT)).toBeUndefined();

    // The kept file is the corrected page; the one indexed before is kept beside it, under a name the indexer does not read.
    expect(readFileSync(join(dataDir(), CONFERENCE), 'utf8')).toBe(CORRECTED);
    expect(revision!.previous).toMatch(/t20260817_12005503\.html\.replaced-\d{8}T\d{6}Z$/);
    expect(readFileSync(revision!.previous, 'utf8')).toBe(SERVED);
    expect(keptFiles()).toEqual(['MANIFEST.tsv', 't20260810_12001539.html', 't20260817_12005503.html', revision!.previous.split('/').pop()!]);
    // One row still for the page, its fetch time the recheck's; the other row untouched.
    const rowsAfter = manifestRows();
    expect(rowsAfter).toHaveLength(2);
    expect(rowsAfter[0]).toBe(rowsBefore[0]);
    const [before, after] = [rowsBefore[1]!.split('\t'), rowsAfter[1]!.split('\t')];
    expect([after[0], after[1], after[3]]).toEqual([before[0], before[1], before[3]]);
    expect(Date.parse(after[2]!)).toBeGreaterThan(Date.parse(before[2]!));

    // Search quotes the corrected text, not the old one.
    const answers = await answersOf17();
    expect(answers).toContain(CORRECTED_SENTENCE);
    expect(answers).not.toContain(ORIGINAL_SENTENCE);
    const search = await openSearch(join(root(), 'index'), { embedder: null });
    const found = await search.search('profound condolences earthquake', { k: 3 });
    expect(found.hits[0]?.record.key).toBe('2026-08-17');
    expect(found.hits[0]?.quote).toContain('profound condolences');

    // Said in the run's report and log.
    expect(reportLines(second.report)).toContain(
      `revised: 2026-08-17 ${url}: 1 exchange changed; replaced and indexed again (the copy indexed before is kept as ${revision!.previous})`,
    );
    expect(reportCounts(second.report)).toBe('3 listed, 0 new, 0 fetched, 1 rechecked (1 revised), 0 failed');
    expect(logs).toContain(`revised ${join(dataDir(), CONFERENCE)}: 1 exchange changed; the copy indexed before is kept as ${revision!.previous}`);
    expect(logs.filter((line) => line.startsWith('indexed now:'))).toEqual([]); // its own revision, said as such

    // Asked again on the next run, now identical to the kept copy: nothing changes and nothing is indexed.
    const version = indexVersion();
    site.reset();
    site.set(CONFERENCE, { kind: 'body', body: CORRECTED });
    const third = await sync({ recheckDays: 2 });
    expect(third.report).toMatchObject({ rechecked: [url], revised: [], failed: [], reindexed: false });
    expect(site.conditional.get(CONFERENCE)).toEqual({ asked: 1, notModified: 1 }); // the corrected page's ETag, remembered when it was kept
    expect(indexVersion()).toBe(version);
    expect(keptFiles()).toHaveLength(4);
  });

  it('asks with a conditional GET where the site sent validators (a 304 changes nothing), and in full where it did not', async () => {
    await sync({ recheckDays: 2 });
    const version = indexVersion();
    expect(readSyncState(dataDir()).validators[CONFERENCE]).toMatchObject({ etag: fakeEtag(Buffer.from(SERVED)), lastModified: expect.any(String) });
    site.reset();
    const again = await sync({ recheckDays: 2 });
    expect(again.report).toMatchObject({ rechecked: [site.origin + CONFERENCE], revised: [], failed: [], reindexed: false });
    expect(site.conditional.get(CONFERENCE)).toEqual({ asked: 1, notModified: 1 });
    expect(readFileSync(join(dataDir(), CONFERENCE), 'utf8')).toBe(SERVED);
    expect(indexVersion()).toBe(version);

    // A site that sends no validators: the page is asked for in full and compared with the kept copy.
    site.reset();
    site.validators = false;
    rmSync(dataDir(), { recursive: true });
    await sync({ recheckDays: 2 });
    expect(readSyncState(dataDir()).validators).toEqual({});
    site.reset();
    site.validators = false;
    const plain = await sync({ recheckDays: 2 });
    expect(plain.report).toMatchObject({ rechecked: [site.origin + CONFERENCE], revised: [], failed: [] });
    expect(site.hits.get(CONFERENCE)).toBe(1);
    expect(site.conditional.size).toBe(0);

    // Validators of a kept file changed since (not the body they came with) are not sent.
    site.reset();
    await sync({ recheckDays: 2 }); // byte-identical: the validators are remembered now
    expect(readSyncState(dataDir()).validators[CONFERENCE]).toBeDefined();
    writeFileSync(join(dataDir(), CONFERENCE), CORRECTED);
    site.reset();
    const edited = await sync({ recheckDays: 2 });
    expect(site.conditional.size).toBe(0);
    // The site's copy differs from the edited file: it replaces it, the edited file kept beside it.
    expect(edited.report.revised).toMatchObject([{ changes: '1 exchange changed' }]);
    expect(readFileSync(join(dataDir(), CONFERENCE), 'utf8')).toBe(SERVED);
  });

  it('leaves a page whose bytes changed but whose transcript did not as it was, and does not index', async () => {
    await sync({ recheckDays: 2 });
    const version = indexVersion();
    site.reset();
    site.set(CONFERENCE, { kind: 'body', body: SERVED.replace('</html>', '<!-- served 2026-08-18 09:00 --></html>') });
    const again = await sync({ recheckDays: 2 });
    expect(again.report).toMatchObject({ rechecked: [site.origin + CONFERENCE], revised: [], failed: [], reindexed: false });
    expect(site.hits.get(CONFERENCE)).toBe(1);
    expect(readFileSync(join(dataDir(), CONFERENCE), 'utf8')).toBe(SERVED);
    expect(keptFiles()).toEqual(['MANIFEST.tsv', 't20260810_12001539.html', 't20260817_12005503.html']);
    expect(indexVersion()).toBe(version);
  });

  it('keeps the old copy and index when the recheck fails (a 404, a 503 that persists, a page that no longer parses), and says so', async () => {
    await sync({ recheckDays: 2 });
    const version = indexVersion();
    const url = site.origin + CONFERENCE;
    const failures: [Parameters<typeof site.set>[1], RegExp][] = [
      [{ kind: 'fail', times: 1, status: 404 }, /^HTTP 404$/],
      [{ kind: 'fail', times: 3, status: 503 }, /^HTTP 503 \(after 3 attempts\)$/],
      [{ kind: 'body', body: '<html><head><title>Notice</title></head><body><p>This page is being updated.</p></body></html>' }, /^not a transcript any more: /],
      [{ kind: 'fail', times: 1, status: 429, retryAfter: '3600' }, /^HTTP 429: the site asked to wait 3600 s \(Retry-After\), longer than the 120 s waited out, so this run asks for nothing more$/],
    ];
    for (const [behaviour, error] of failures) {
      site.reset();
      site.set(CONFERENCE, behaviour);
      const run = await sync({ recheckDays: 2 });
      expect(run.report).toMatchObject({ rechecked: [url], revised: [], reindexed: false, pending: [] });
      expect(run.report.failed).toHaveLength(1);
      expect(run.report.failed[0]!.url).toBe(url);
      expect(run.report.failed[0]!.error).toMatch(error);
      expect(reportLines(run.report)).toEqual([
        `failed: ${url}: ${run.report.failed[0]!.error}; asked again to see whether the site revised it: the copy kept before stays, and stays indexed; the next run asks again while its briefing is among the most recent`,
      ]);
      // What the next run does is said once.
      expect(reportLines(run.report)[0]!.split('the next run asks again')).toHaveLength(2);
      expect(readFileSync(join(dataDir(), CONFERENCE), 'utf8')).toBe(SERVED);
      expect(keptFiles()).toEqual(['MANIFEST.tsv', 't20260810_12001539.html', 't20260817_12005503.html']);
      expect(indexVersion()).toBe(version);
      expect(await answersOf17()).toContain(ORIGINAL_SENTENCE);
      // Kept, so not remembered as a page to download again.
      expect(readSyncState(dataDir()).pending).toEqual({});
    }
  });

  it('asks only for the pages within the window of the newest briefing of each language, and none with 0 days', async () => {
    await sync({ recheckDays: 0 });
    site.reset();
    const week = await sync({ recheckDays: 7 });
    expect(week.report.rechecked).toEqual([site.origin + REMARKS, site.origin + CONFERENCE]);
    expect([site.hits.get(REMARKS), site.hits.get(CONFERENCE), site.hits.get(STATEMENT)]).toEqual([1, 1, undefined]);

    site.reset();
    const off = await sync({ recheckDays: 0 });
    expect(off.report.rechecked).toEqual([]);
    expect(site.count(/\/t\d+_\d+\.html$/)).toBe(0);
  });

  it('dates a statement, whose title names no date, as the indexer does (its PubDate), and asks for it again', async () => {
    const served = readFileSync(join(SITE_PAGES, STATEMENT), 'utf8');
    const [original, corrected] = ['has made a response which you may refer to.', 'has made a response to which you may refer.'];
    expect(served).toContain(original);
    await sync({ recheckDays: 0 });
    site.reset();
    site.set(STATEMENT, { kind: 'body', body: served.replace(original, corrected) });
    // July 18 is 30 days before the newest briefing, August 17.
    const run = await sync({ recheckDays: 30 });
    const url = site.origin + STATEMENT;
    expect(run.report.rechecked).toEqual([url, site.origin + REMARKS, site.origin + CONFERENCE]);
    expect(run.report).toMatchObject({ failed: [], reindexed: true, datedAhead: [] });
    expect(run.report.revised).toMatchObject([{ url, date: '2026-07-18', dateBefore: '2026-07-18', changes: '1 exchange changed' }]);
    const search = await openSearch(join(root(), 'index'), { embedder: null });
    const answers = search.briefing('2026-07-18')!.records.map((r) => r.answer).join('\n');
    expect(answers).toContain(corrected);
    expect(answers).not.toContain(original);
  });

  it('chooses the window from the briefings as now dated, takes a corrected title into the manifest, and lets no future date move it', async () => {
    const [right, typo] = ['August 17, 2026', 'August 17, 2062'];
    const TYPO = SERVED.replaceAll(right, typo);
    expect(TYPO).not.toBe(SERVED);
    const titleOf17 = (): string => manifestRows().find((row) => row.startsWith('t20260817_12005503.html\t'))!.split('\t')[3]!;
    await sync({ recheckDays: 0 });
    expect(titleOf17()).toContain(right);

    // The site mistypes the year: the revision dates the briefing 2062, and the manifest row takes the title.
    site.reset();
    site.set(CONFERENCE, { kind: 'body', body: TYPO });
    const url = site.origin + CONFERENCE;
    const mistyped = await sync({ recheckDays: 2 });
    expect(mistyped.report.revised).toMatchObject([{ url, date: '2062-08-17', dateBefore: '2026-08-17', changes: 'its title changed, its date changed' }]);
    expect(reportLines(mistyped.report)).toContain(
      `revised: 2026-08-17 → 2062-08-17 ${url}: its title changed, its date changed; replaced and indexed again (the copy indexed before is kept as ${mistyped.report.revised[0]!.previous})`,
    );
    expect(titleOf17()).toContain(typo);

    // A briefing dated after today does not move the window: August 10 is the newest, and the remarks of that day are asked for again.
    site.reset();
    site.set(CONFERENCE, { kind: 'body', body: TYPO });
    const ahead = await sync({ recheckDays: 2 });
    expect(ahead.report).toMatchObject({ rechecked: [site.origin + REMARKS, url], revised: [], failed: [], datedAhead: [{ url, date: '2062-08-17' }] });
    expect(site.hits.get(REMARKS)).toBe(1);
    const warning = `warning: ${url}: its briefing is dated 2062-08-17, after today (a typo in its title?): not counted as the newest briefing when choosing the pages to ask for again; asked for again itself, so that a correction is taken in`;
    expect(reportLines(ahead.report).filter((line) => line.startsWith('warning:'))).toEqual([warning]);

    // The Ministry corrects the year: the briefing is dated 2026 again, in the index and the manifest, and the window follows it.
    site.reset();
    const fixed = await sync({ recheckDays: 2 });
    expect(fixed.report.revised).toMatchObject([{ url, date: '2026-08-17', dateBefore: '2062-08-17', changes: 'its title changed, its date changed' }]);
    expect(titleOf17()).toContain(right);
    expect(await answersOf17()).toContain(ORIGINAL_SENTENCE);
    site.reset();
    const after = await sync({ recheckDays: 2 });
    expect(after.report).toMatchObject({ rechecked: [url], revised: [], failed: [], datedAhead: [] });
    expect(site.hits.get(REMARKS)).toBeUndefined();
  });

  it('does not take a page that holds another indexed briefing (the site serving the wrong article) as a revision, and asks again next run', async () => {
    await sync({ recheckDays: 0 });
    const version = indexVersion();
    site.reset();
    site.set(CONFERENCE, { kind: 'body', body: readFileSync(join(SITE_PAGES, REMARKS), 'utf8') });
    const url = site.origin + CONFERENCE;
    const wrong = await sync({ recheckDays: 2 });
    const error = `the site now serves the transcript of 2026-08-10 (${site.origin + REMARKS}) at this URL`;
    expect(wrong.report).toMatchObject({ rechecked: [url], revised: [], failed: [{ url, error }], reindexed: false, copies: 0 });
    expect(reportLines(wrong.report)).toEqual([
      `failed: ${url}: ${error}; asked again to see whether the site revised it: the copy kept before stays, and stays indexed; the next run asks again while its briefing is among the most recent`,
    ]);
    expect(logs.filter((line) => line.startsWith('left in place') || line.startsWith('revised'))).toEqual([]);
    expect(readFileSync(join(dataDir(), CONFERENCE), 'utf8')).toBe(SERVED);
    expect(keptFiles()).toEqual(['MANIFEST.tsv', 't20260810_12001539.html', 't20260817_12005503.html']);
    expect(readSyncState(dataDir()).copies).toEqual({});
    expect(indexVersion()).toBe(version);
    expect(await answersOf17()).toContain(ORIGINAL_SENTENCE);

    // The site serves the briefing again, revised: the next run asks, and takes it in.
    site.reset();
    site.set(CONFERENCE, { kind: 'body', body: CORRECTED });
    const back = await sync({ recheckDays: 2 });
    expect(back.report).toMatchObject({ rechecked: [url], failed: [], reindexed: true });
    expect(back.report.revised).toMatchObject([{ url, changes: '1 exchange changed' }]);
    expect(await answersOf17()).toContain(CORRECTED_SENTENCE);
  });

  it('does not take a page served in part (fewer than half of its exchanges) as a revision: the kept copy and its ids stay, and the next run asks again (hunt-O #3)', async () => {
    const lines = SERVED.split('\n');
    /** The page with its paragraphs after the one holding `last` left out: its markup whole, to `</html>`. */
    const cutAfter = (last: string): string => {
      const at = lines.findIndex((line) => line.includes(last));
      expect(at).toBeGreaterThan(0);
      return lines.filter((line, i) => i <= at || !line.startsWith('<p')).join('\n');
    };
    const url = site.origin + CONFERENCE;
    await sync({ recheckDays: 0 });
    const version = indexVersion();
    const exchangeIds = async (): Promise<string[]> =>
      (await openSearch(join(root(), 'index'), { embedder: null })).briefing('2026-08-17')!.records.filter((r) => r.kind === 'exchange').map((r) => r.id);
    const ids = await exchangeIds();
    expect(ids).toHaveLength(8);

    // The opening paragraph alone, then the first three exchanges of eight: each a whole page, ending </html>.
    for (const [partial, now] of [[cutAfter('At the invitation of Member'), '0 exchanges'], [cutAfter(ORIGINAL_SENTENCE), '3 exchanges']] as const) {
      expect(partial).toMatch(/<\/html>\n?$/);
      site.reset();
      site.set(CONFERENCE, { kind: 'body', body: partial });
      const run = await sync({ recheckDays: 2 });
      const error = `suspect recheck: the page now holds ${now} against 8 kept, fewer than half (a page served in part?): not taken as a revision`;
      expect(run.report).toMatchObject({ rechecked: [url], revised: [], failed: [{ url, error }], reindexed: false, pending: [] });
      expect(reportLines(run.report)).toEqual([
        `failed: ${url}: ${error}; asked again to see whether the site revised it: the copy kept before stays, and stays indexed; the next run asks again while its briefing is among the most recent`,
      ]);
      expect(readFileSync(join(dataDir(), CONFERENCE), 'utf8')).toBe(SERVED);
      expect(keptFiles()).toEqual(['MANIFEST.tsv', 't20260810_12001539.html', 't20260817_12005503.html']);
      expect(indexVersion()).toBe(version);
      expect(await exchangeIds()).toEqual(ids);
    }

    // The whole page back: nothing changed, no id retired or given anew.
    site.reset();
    const back = await sync({ recheckDays: 2 });
    expect(back.report).toMatchObject({ rechecked: [url], revised: [], failed: [], reindexed: false });
    const search = await openSearch(join(root(), 'index'), { embedder: null });
    expect(search.briefing('2026-08-17')!.summary.retiredIds ?? []).toEqual([]);
    expect(search.record('2026-08-17#2')?.question).toMatch(/^President Donald Trump said/);

    // Half the exchanges left (four of eight) is still a revision, taken as one.
    site.reset();
    site.set(CONFERENCE, { kind: 'body', body: cutAfter('This year marks the 10th anniversary') });
    const half = await sync({ recheckDays: 2 });
    expect(half.report).toMatchObject({ failed: [], reindexed: true });
    expect(half.report.revised).toMatchObject([{ url, changes: `4 exchanges removed, their ids ${ids.slice(4, 7).join(', ')} and ${ids[7]} retired` }]);
    expect(await exchangeIds()).toEqual(ids.slice(0, 4));
  });

  it('keeps the ids of the exchanges a revision kept: one added takes a new number, one removed retires its id, and the bots show what they showed', async () => {
    // The page first served without the Antara exchange (the 6th of 8), then with it, then without the Xinhua one.
    const lines = SERVED.split('\n');
    const antara = lines.filter((line) => /^<p><strong>Antara: Still related|^<p>Lin Jian: To my knowledge, a few Chinese citizens/.test(line));
    const xinhua = lines.filter((line) => /^<p><strong>Xinhua News Agency: |^<p>Lin Jian: Sanae Takaichi|^<p>This year marks the 81st/.test(line));
    expect([antara.length, xinhua.length]).toEqual([2, 3]);
    const without = (gone: string[]): string => lines.filter((line) => !gone.includes(line)).join('\n');
    const url = site.origin + CONFERENCE;
    const indexed = async (): Promise<SpoxSearch> => openSearch(join(root(), 'index'), { embedder: null });

    site.set(CONFERENCE, { kind: 'body', body: without(antara) });
    await sync({ recheckDays: 0 });
    const first = await indexed();
    const xinhuaAt = first.briefing('2026-08-17')!.records.find((r) => r.question?.startsWith('It’s reported that Prime Minister of Japan Sanae Takaichi'))!;
    expect(xinhuaAt.id).toBe('2026-08-17#6');
    const lastAt = first.record('2026-08-17#7')!;
    expect(lastAt.question).toMatch(/^The following question was raised after the press conference: Some media in Pakistan/);

    // The bots, reloaded with each index as a sync swaps it in: /quote, and the Cite of the message it made.
    const swappable = new SwappableSearch(first);
    const discord = new FakeDiscord();
    await discord.start();
    const bot = await startBot({ search: swappable.search, discord, results: new ResultStore() });
    const slack = await startSlack({ search: swappable.search });
    const quoteOn = async (id: string) => {
      const interaction = raw.slashCommand('quote', [raw.string('id', id)]);
      await bot.deliver(interaction);
      return only(discord.requestsFor(interaction)).body.data;
    };
    const citeOn = async (customId: string): Promise<string> => {
      const interaction = raw.button(customId, raw.BOB);
      await bot.deliver(interaction);
      return only(discord.requestsFor(interaction)).body.data.content;
    };
    const slackQuote = async (id: string): Promise<string[]> => (await slack.answersTo(`quote ${id}`)).flatMap(texts);
    try {
      const shown = await quoteOn('2026-08-17#6');
      expect(shown.embeds[0].footer.text).toBe('2026-08-17#6');
      expect(unescapeMarkdown(shown.embeds[0].description)).toBe(xinhuaAt.answer);
      const cite = customIds(shown).find((id) => id.startsWith('cite:'))!;
      expect(cite).toBe('cite:2026-08-17#6|');
      const citation = await citeOn(cite);
      expect(citation).toContain('Sanae Takaichi');
      const slackShown = await slackQuote('2026-08-17#6');
      expect(slackShown.join('\n')).toContain('Sanae Takaichi');

      // The Antara exchange added before it: the Xinhua exchange stays #6, the one added is #8 (1–7 were given), shown 6th.
      site.reset();
      const added = await sync({ recheckDays: 2 });
      expect(added.report.revised).toMatchObject([{ url, changes: '1 exchange added as 2026-08-17#8' }]);
      expect(reportLines(added.report)[0]).toMatch(/^revised: 2026-08-17 \S+: 1 exchange added as 2026-08-17#8; replaced and indexed again/);
      const second = await indexed();
      swappable.swap(second);
      expect(second.record('2026-08-17#6')!.answer).toBe(xinhuaAt.answer);
      expect(second.record('2026-08-17#7')!.answer).toBe(lastAt.answer);
      expect(second.record('2026-08-17#8')!.question).toMatch(/^Still related with the earthquake/);
      expect(second.briefing('2026-08-17')!.records.filter((r) => r.kind === 'exchange').map((r) => r.id)).toEqual(
        [1, 2, 3, 4, 5, 8, 6, 7].map((n) => `2026-08-17#${n}`),
      );
      discord.clear();
      expect((await quoteOn('2026-08-17#6')).embeds).toEqual(shown.embeds);
      expect(await citeOn(cite)).toBe(citation);
      expect(await slackQuote('2026-08-17#6')).toEqual(slackShown);

      // The Xinhua exchange removed: its id is retired, and says so; the others keep theirs.
      site.reset();
      site.set(CONFERENCE, { kind: 'body', body: without(xinhua) });
      const removed = await sync({ recheckDays: 2 });
      expect(removed.report.revised).toMatchObject([{ url, changes: '1 exchange removed, its id 2026-08-17#6 retired' }]);
      const third = await indexed();
      swappable.swap(third);
      expect(third.record('2026-08-17#6')).toBeUndefined();
      expect(third.briefing('2026-08-17')!.summary.retiredIds).toEqual(['2026-08-17#6']);
      expect(third.record('2026-08-17#7')!.answer).toBe(lastAt.answer);
      discord.clear();
      // Typed or on a button, the retired id is said to be the revision's doing, with where the day's exchanges are.
      const retired = (briefing: string) =>
        `was removed when the Ministry revised its transcript of 2026-08-17; its id is never given to another exchange. The transcript as it is now: ${briefing} 2026-08-17.`;
      expect(JSON.stringify(await quoteOn('2026-08-17#6'))).toContain(`Exchange 2026-08-17#6 ${retired('/briefing')}`);
      expect(await citeOn(cite)).toBe(`Exchange 2026-08-17#6 ${retired('/briefing')}`);
      expect((await slackQuote('2026-08-17#6')).join('\n')).toContain(retired('/spox briefing'));
    } finally {
      await bot.close();
      await discord.stop();
      await slack.close();
    }
  });

  it('indexes a kept page replaced by a run stopped before its index run', async () => {
    await sync({ recheckDays: 0 });
    const version = indexVersion();
    // What a run killed between keeping the revision and indexing it leaves behind.
    const data = new DataFolder(dataDir());
    const { previous } = data.replace(site.origin + CONFERENCE, Buffer.from(CORRECTED));
    site.reset();
    const next = await sync({ recheckDays: 0 });
    expect(next.report).toMatchObject({ fetched: 0, revised: [], reindexed: true });
    expect(indexVersion()).not.toBe(version);
    expect(await answersOf17()).toContain(CORRECTED_SENTENCE);
    expect(existsSync(join(dataDir(), CONFERENCE))).toBe(true);
    // Said, since the index changed with no revision of this run's.
    expect(logs.filter((line) => line.startsWith('indexed now:'))).toEqual([
      `indexed now: ${join(dataDir(), CONFERENCE)}: revised by an earlier run that stopped before indexing it (the copy indexed before is kept as ${previous})`,
    ]);
    logs.length = 0;
    site.reset();
    expect((await sync({ recheckDays: 0 })).report.reindexed).toBe(false);
    expect(logs.filter((line) => line.startsWith('indexed now:'))).toEqual([]);
  });
});
