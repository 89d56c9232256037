import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Embedder } from '../embed/embedder.js';
import { buildIndex, NothingReadError } from '../store/build.js';
import { readManifest, staleIndexReason } from '../store/index-manifest.js';
import { currentGeneration } from '../store/layout.js';
import { decodeDeclaredChinese } from '../transcripts/charset.js';
import { rowFacts, titleDate } from '../transcripts/manifest.js';
import { ParsedAhead } from '../transcripts/parsed-ahead.js';
import { DataFolder, pagesIn, urlKey } from './data-folder.js';
import { FetchFailure, PoliteFetcher, type FetchedPage, type FetcherOptions } from './fetcher.js';
import { listingPageUrl, readListing, type ListingItem } from './listing.js';
import { checkPage, isMaintenancePage } from './page-check.js';
import type { SyncLang } from './settings.js';
import { readSyncState, writeSyncState, type SyncState } from './state.js';

/** A section of the site the sync reads: its listing pages are `index.EXT`, `index_1.EXT`, … */
export interface SyncSection {
  path: string;
  listingExtension: 'html' | 'shtml';
}

/**
 * The sections of each language's site, read in this order, each newest first. English: press
 * conferences (and recess remarks), then other remarks and statements; Chinese: the press
 * conferences (例行记者会, `index.shtml`; see SITE.md). A language is one more input to the same run.
 */
export const SECTIONS: Record<SyncLang, SyncSection[]> = {
  en: [
    { path: '/eng/xw/fyrbt/lxjzh/', listingExtension: 'html' },
    { path: '/eng/xw/fyrbt/fyrbt/', listingExtension: 'html' },
  ],
  zh: [{ path: '/web/fyrbt_673021/jzhsl_673025/', listingExtension: 'shtml' }],
};

export interface SyncOptions {
  /** Origin of the site, e.g. `https://www.mfa.gov.cn`. */
  site: string;
  dataDir: string;
  indexDir: string;
  /** Transcript sources indexed together with the data folder (seeds/). */
  sources: string[];
  embedder: Embedder | null;
  fetcher: FetcherOptions;
  /** The sites to read (`SPOX_SYNC_LANGS`, `--langs`); default English only. */
  langs?: SyncLang[];
  /** Skip listed items dated before this `YYYY-MM-DD`, and stop paging where all are older. */
  since?: string;
  /** At most this many listing pages per section. */
  maxPages?: number;
  log?: (line: string) => void;
  /** Embedding progress, as for `npm run index`. */
  progress?: (done: number, total: number) => void;
}

/** The `--json` object of `npm run sync` (documented in the README). */
export interface SyncReport {
  site: string;
  /** Distinct items on the listing pages read, of every language synced. */
  listed: number;
  /** Listed items not kept yet (and not older than --since). */
  new: number;
  /** New pages downloaded and kept as transcripts (a page dropped as no transcript is among the failed, not here). */
  fetched: number;
  /** New pages downloaded that are copies of a page already indexed (same date, language and exchanges): kept, not indexed again. */
  copies: number;
  failed: { url: string; error: string }[];
  /** What the index holds after the run. */
  indexed: { transcripts: number; records: number };
  /** Whether this run committed a new index generation (the bots then swap it in). */
  reindexed: boolean;
}

export interface SyncOutcome {
  report: SyncReport;
  /** No listing page of any section could be read. */
  siteUnreadable: boolean;
  /** Requests sent (retries included). */
  requests: number;
}

/** Another sync holds the data folder. */
export class SyncBusyError extends Error {
  override name = 'SyncBusyError';
}

function itemDate(item: ListingItem): string | null {
  return titleDate(item.title) ?? item.listedDate;
}

/** A listing page as text: by the charset it declares (the Chinese site's older pages are GBK), else UTF-8. */
function decodeListing(body: Uint8Array): string {
  return decodeDeclaredChinese(body) ?? new TextDecoder('utf-8').decode(body);
}

function indexedSummary(indexDir: string): { files: Set<string>; transcripts: number; records: number } | null {
  const generation = currentGeneration(indexDir);
  if (!generation || staleIndexReason(indexDir)) return null;
  const manifest = readManifest(generation);
  if (!manifest) return null;
  const entries = Object.values(manifest.transcripts);
  return {
    files: new Set(entries.map((t) => resolve(t.file))),
    transcripts: entries.length,
    records: entries.reduce((sum, t) => sum + t.records, 0),
  };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One sync at a time per data folder: a lock file holding the owner's pid. A lock whose owner is
 * gone (killed, even with -9) is taken over at once rather than waited out.
 */
function lockDataFolder(dataDir: string): () => void {
  const path = join(dataDir, '.sync.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let owner = 0;
      try {
        owner = Number(readFileSync(path, 'utf8'));
      } catch {
        continue; // released meanwhile
      }
      if (owner > 0 && processAlive(owner)) {
        throw new SyncBusyError(`another sync (process ${owner}) is running on ${dataDir}/`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new SyncBusyError(`could not lock ${dataDir}/ for the sync`);
}

/**
 * One sync: reads the listings newest first until a page holds nothing new, downloads each new
 * page once (oldest first, so a run cut short resumes where it stopped), keeps those that are
 * transcripts, and indexes the data folder with the other sources when anything is missing from
 * the index. A page that fails is reported and the run goes on.
 */
export async function runSync(options: SyncOptions): Promise<SyncOutcome> {
  const log = options.log ?? (() => {});
  const site = new URL(options.site).origin;
  mkdirSync(options.dataDir, { recursive: true });
  const release = lockDataFolder(options.dataDir);
  const fetcher = new PoliteFetcher({ ...options.fetcher, log });
  try {
    return await syncLocked(options, site, log, fetcher);
  } finally {
    fetcher.close();
    release();
  }
}

async function syncLocked(options: SyncOptions, site: string, log: (line: string) => void, fetcher: PoliteFetcher): Promise<SyncOutcome> {
  const data = new DataFolder(options.dataDir);
  const state = readSyncState(options.dataDir);
  const failed: SyncReport['failed'] = [];
  const listed = new Set<string>();
  const elsewhere = pagesIn(options.sources);
  // A title naming a briefing's date names one briefing: the Chinese site lists its bundled
  // 2016-2020 pages under today's URLs, and the English site re-published older briefings too.
  const bundledBriefing = (item: ListingItem): boolean => elsewhere.titles.has(item.title) && titleDate(item.title) !== null;
  const known = (item: ListingItem): boolean => {
    const path = new URL(item.url).pathname;
    return data.has(item.url) || elsewhere.urlPaths.has(urlKey(item.url) ?? '') || bundledBriefing(item) || path in state.moved || path in state.copies;
  };
  const older = (item: ListingItem): boolean => {
    const date = itemDate(item);
    return options.since !== undefined && date !== null && date < options.since;
  };

  let sectionsRead = 0;
  const fresh: ListingItem[] = [];
  const sections = (options.langs ?? ['en']).flatMap((lang) => SECTIONS[lang]);
  for (const section of sections) {
    const sectionFresh: ListingItem[] = [];
    const pageUrl = (page: number): string => listingPageUrl(new URL(section.path, site).href, page, section.listingExtension);
    // After a page whose every item was new, the walk will surely read on: the next page is asked for
    // before this one is read, so that it is on the wire meanwhile. At most one request is wasted (the
    // new items ending exactly at a page's end), and a routine run, with a few new items, wastes none.
    let ahead: Promise<FetchedPage> | null = null;
    let wholePageNew = false;
    let pageCount: number | null = null;
    for (let page = 0; options.maxPages === undefined || page < options.maxPages; page++) {
      const url = pageUrl(page);
      const served = ahead ?? fetcher.get(url);
      ahead = null;
      let html: string;
      try {
        html = decodeListing((await served).body);
      } catch (err) {
        failed.push({ url, error: `listing page: ${(err as Error).message}` });
        break;
      }
      const another = page + 1 < (pageCount ?? Infinity) && (options.maxPages === undefined || page + 1 < options.maxPages);
      if (wholePageNew && another) ahead = fetcher.get(pageUrl(page + 1));
      const listing = readListing(html, url);
      if (listing.items.length === 0 && listing.pageCount === null) {
        // Not a listing at all: the maintenance page, or a template this reader does not know.
        const why = isMaintenancePage(html) ? 'the site\'s "system maintenance" page' : 'no transcript links and no page count';
        failed.push({ url, error: `listing page: ${why}` });
        break;
      }
      if (page === 0) sectionsRead++;
      if (listing.items.length === 0) break;
      let newItems = 0;
      let reachedSince = false;
      for (const item of listing.items) {
        if (listed.has(item.url)) continue;
        listed.add(item.url);
        if (older(item)) reachedSince = true;
        if (known(item) || older(item)) continue;
        newItems++;
        sectionFresh.push(item);
      }
      wholePageNew = newItems === listing.items.length;
      pageCount = listing.pageCount;
      // Listings run newest first: past --since, every later page is older still.
      if (newItems === 0 || reachedSince) break;
      if (listing.pageCount !== null && page + 1 >= listing.pageCount) break;
    }
    ahead?.catch(() => undefined); // asked for ahead, and not needed after all
    fresh.push(...sectionFresh.reverse());
  }
  log(`${listed.size} listed, ${fresh.length} new`);

  const parsedAhead = new ParsedAhead();
  const downloads = fresh.filter((item) => {
    try {
      data.pathFor(item.url);
      return true;
    } catch (err) {
      failed.push({ url: item.url, error: (err as Error).message });
      return false;
    }
  });
  const keptNow = await downloadPages(downloads, { fetcher, data, parsedAhead, failed, moved: state.moved, log });
  let fetched = keptNow.size;
  let copies = 0;

  const siteUnreadable = sectionsRead === 0;
  // Written now, so that a run stopped while indexing keeps what it learnt (moved pages), and again
  // once the index has dropped what is no transcript: the state counts as the report does.
  const saveState = (): void => {
    if (!siteUnreadable) {
      state.lastSync = { at: new Date().toISOString(), site, listed: listed.size, fetched, failed: failed.length };
    }
    writeSyncState(options.dataDir, state);
  };
  saveState();

  // Index when something kept is not in the index yet: new pages, or a previous run cut short.
  let summary = indexedSummary(options.indexDir);
  const keptFiles = data.files();
  const missing = keptFiles.some((f) => !summary?.files.has(resolve(f)));
  let reindexed = false;
  // No index yet and nothing kept: the index is built from the other sources (the bundled
  // transcripts), so that the bots can start after a first sync that brought nothing new; when they
  // hold nothing either (a site that could not be read, nothing bundled), there is nothing to build.
  const nothingKept = keptFiles.length === 0;
  const nothingToIndex = summary === null && nothingKept && options.sources.length === 0;
  let built: Awaited<ReturnType<typeof buildIndex>> | null = null;
  if ((summary === null || missing) && !nothingToIndex) {
    try {
      built = await buildIndex({
        sources: [...options.sources, options.dataDir],
        indexDir: options.indexDir,
        embedder: options.embedder,
        log,
        progress: options.progress,
        parsedAhead,
      });
    } catch (err) {
      // Nothing kept, and the other sources hold no transcript either: there was nothing to build.
      if (!(err instanceof NothingReadError && nothingKept)) throw err;
    }
  }
  if (built) {
    // The indexer's parse is the test of a transcript: a kept page that fails it is dropped (and
    // asked again next run); failures of the other sources are only reported.
    for (const f of built.failures) {
      // Said of a data folder new to the index whose every page failed: those pages are dropped here, each reported.
      if (resolve(f.file) === resolve(options.dataDir)) continue;
      const url = data.forget(f.file);
      if (url === null) {
        log(`error: ${f.file}: ${f.error}`);
        continue;
      }
      failed.push({ url, error: `not a transcript: ${f.error}` });
      log(`dropped: ${url}: not a transcript: ${f.error}`);
      if (keptNow.has(resolve(f.file))) fetched--;
    }
    // A page under a new URL that is a copy of one indexed (a re-posted briefing) is no new briefing.
    // It is not kept: a kept page the index leaves out would look missing from the index to every later
    // run, and have it build the index again. Its URL is remembered instead, so that it is not downloaded again.
    const copiedPages = (built.copies ?? []).flatMap((file) => {
      const url = data.urlOf(file);
      return url === null ? [] : [{ file, url }]; // a copy in the other sources (seeds/) is theirs to keep
    });
    for (const { file, url } of copiedPages) {
      state.copies[new URL(url).pathname] = { url, at: new Date().toISOString() };
      if (keptNow.has(resolve(file))) {
        fetched--;
        copies++;
      } else {
        // Kept by a run before copies were remembered, or one stopped before it forgot the page.
        log(`forgotten: ${url}: a copy of a page already indexed, kept by an earlier run`);
      }
    }
    // Remembered before the files go: a run stopped in between finds them again, as copies, and forgets them then.
    if (built.failures.length > 0 || copiedPages.length > 0) saveState();
    for (const { file } of copiedPages) data.forget(file);
    reindexed = true;
    summary = { files: new Set(), transcripts: built.transcripts, records: built.records };
  }
  return {
    report: {
      site, listed: listed.size, new: fresh.length, fetched, copies, failed,
      indexed: { transcripts: summary?.transcripts ?? 0, records: summary?.records ?? 0 },
      reindexed,
    },
    siteUnreadable,
    requests: fetcher.requests,
  };
}

/** Pages asked for ahead of the one being kept: enough to keep the worker busy, few bodies held. */
const AHEAD = 8;

/**
 * Downloads the pages, one request at a time, and keeps those that pass the checks, parsing each as
 * it arrives. Returns the files kept.
 */
async function downloadPages(
  items: ListingItem[],
  run: { fetcher: PoliteFetcher; data: DataFolder; parsedAhead: ParsedAhead; failed: SyncReport['failed']; moved: SyncState['moved']; log: (line: string) => void },
): Promise<Set<string>> {
  const { fetcher, data, failed, log } = run;
  const kept = new Set<string>();
  // The fetcher is asked for up to AHEAD pages beyond the one being kept, half of them at a time,
  // and its worker sends them one at a time, spaced as configured, while this thread checks, keeps
  // and parses the pages that have arrived; each body is already in its draft file, which keeping renames.
  const asked: Promise<{ page: FetchedPage; draft: string } | { error: unknown }>[] = [];
  let askedCount = 0;
  const askUpTo = (end: number): void => {
    const batch = items.slice(askedCount, end);
    const drafts = batch.map((item) => data.draftFor(item.url));
    const answers = fetcher.getAll(batch.map((item, j) => ({ url: item.url, saveTo: drafts[j] })));
    answers.forEach((answer, j) => asked.push(answer.then((page) => ({ page, draft: drafts[j]! }), (error: unknown) => ({ error }))));
    askedCount += batch.length;
  };
  askUpTo(AHEAD);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const got = await asked[i]!;
    delete asked[i]; // its body is not held past its turn
    if (askedCount - i - 1 <= AHEAD / 2) askUpTo(i + 1 + AHEAD);
    if ('error' in got) {
      if (!(got.error instanceof FetchFailure)) throw got.error;
      failed.push({ url: item.url, error: got.error.message });
      log(`failed: ${item.url}: ${got.error.message}`);
      continue;
    }
    const { page, draft } = got;
    const verdict = checkPage(page);
    if (!verdict.ok) {
      data.discardDraft(draft);
      failed.push({ url: item.url, error: verdict.reason });
      log(`skipped: ${item.url}: ${verdict.reason}`);
      if (verdict.moved) run.moved[new URL(item.url).pathname] = { to: page.finalUrl, reason: verdict.reason, at: new Date().toISOString() };
      continue;
    }
    const file = data.keep(item.url, page.body, item.title, { draft });
    kept.add(resolve(file));
    log(`kept ${file}`);
    // Parsed now, while the next page is on the wire.
    run.parsedAhead.parse(file, page.body, { url: item.url, ...rowFacts(item.url, item.title) }, verdict.text);
  }
  return kept;
}
