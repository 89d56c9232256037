import { closeSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Embedder } from '../embed/embedder.js';
import { buildIndex, NothingReadError } from '../store/build.js';
import { indexContentChanged, readManifest, staleIndexReason } from '../store/index-manifest.js';
import { currentGeneration } from '../store/layout.js';
import { rowFacts, titleDate } from '../transcripts/manifest.js';
import { fileSignatures } from '../transcripts/corpus.js';
import { ParsedAhead } from '../transcripts/parsed-ahead.js';
import { plural } from '../util/plural.js';
import { writeAll } from '../util/write-all.js';
import { DataFolder, latestEvidence, pagesIn, urlKey } from './data-folder.js';
import { FetchFailure, PoliteFetcher, type FetchedPage, type FetcherOptions } from './fetcher.js';
import { itemDate, type ListingItem } from './listing-item.js';
import { listingPageUrl } from './listing.js';
import { checkPage, notATranscript, samePage } from './page-check.js';
import { pagesToRecheck, recheckPages } from './recheck.js';
import { movedForGood, recordFailure, recordSettled, releaseMoved, retryGivenUp, retryItem, statePath } from './retry-policy.js';
import type { SyncLang } from './settings.js';
import { readSyncState, writeSyncState, type FailedPage, type SyncState } from './state.js';
import { forgetValidators, rememberValidators } from './validators.js';
import { walkListing } from './walk.js';

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
  /**
   * Kept pages of briefings dated at most this many days before the newest one kept (per language)
   * are asked for again, and replaced where the site revised them (recheck.ts). The CLI, and so the
   * bot's scheduled sync, gives `SPOX_SYNC_RECHECK_DAYS` or `--recheck-days` (default 2); absent or 0: none.
   */
  recheckDays?: number;
  /** Ask again for the pages given up (`--retry-given-up`): they are moved back to `pending` first. */
  retryGivenUp?: boolean;
  log?: (line: string) => void;
  /** Embedding progress, as for `npm run index`. */
  progress?: (done: number, total: number) => void;
}

/** A page that failed, as the report names it: `failedRuns` runs have failed it since `firstFailed`. */
export interface FailedPageReport {
  url: string;
  error: string;
  failedRuns: number;
  firstFailed: string;
}

/** The `--json` object of `npm run sync` (documented in the README). */
export interface SyncReport {
  site: string;
  /** Distinct items on the listing pages read, of every language synced. */
  listed: number;
  /** Listed items not kept (nor remembered) yet, and not older than --since. */
  new: number;
  /** Pages that failed on an earlier run, asked for again by this one (listed this run or not). */
  retried: string[];
  /** New or retried pages downloaded and kept as transcripts (a page dropped as no transcript is among the failed, not here). */
  fetched: number;
  /** New or retried pages downloaded that are copies of a page already indexed (same date, language and exchanges), dated by their listing as the page: not indexed again. */
  copies: number;
  /** Everything that failed this run, each once: pages and listing pages. */
  failed: { url: string; error: string }[];
  /** After this run: pages that failed and that the next run asks for again. */
  pending: FailedPageReport[];
  /** Pages given up by this run, after failing on too many runs: not asked again. */
  gaveUp: FailedPageReport[];
  /** Pages of a retired URL scheme this run found redirecting to a page without a transcript (the maintenance page): remembered (`moved`), not asked again. */
  moved: string[];
  /** Listings whose walk stopped short (`--max-pages`, `--since`, a listing page that failed): the next run reads on. */
  unread: { listing: string; reason: string; pagesNotRead: number | null }[];
  /** Kept pages of the most recent briefing dates asked for again (see `SyncOptions.recheckDays`); one that failed is among `failed`, its kept copy unchanged. */
  rechecked: string[];
  /**
   * Kept pages whose briefing is dated after today (a typo in the title): left out when the recheck
   * chooses the newest briefing (they would move its window years ahead), and asked for again.
   */
  datedAhead: { url: string; date: string }[];
  /**
   * Of those, the pages the site revised: each replaced by its newer copy (the copy indexed before kept
   * at `previous`) and indexed again; `date` is the briefing's date now, `dateBefore` the one it was indexed under.
   */
  revised: { url: string; date: string; dateBefore: string; changes: string; previous: string }[];
  /** Pages an earlier run kept and stopped before indexing (killed, or its index run failed), indexed by this one. */
  indexedKept: string[];
  /** What the index holds after the run. */
  indexed: { transcripts: number; records: number };
  /** Whether this run changed what the index holds (the bots then swap in the new generation). */
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

function indexedSummary(indexDir: string): { files: Set<string>; stats: Map<string, string>; transcripts: number; records: number } | null {
  const generation = currentGeneration(indexDir);
  if (!generation || staleIndexReason(indexDir)) return null;
  const manifest = readManifest(generation);
  if (!manifest) return null;
  const entries = Object.values(manifest.transcripts);
  return {
    files: new Set(entries.map((t) => resolve(t.file))),
    /** The signature each page file had when indexed (corpus.ts `fileSignatures`). */
    stats: new Map(entries.flatMap((t) => (t.stat === undefined ? [] : [[resolve(t.file), t.stat]]))),
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
      writeAll(fd, String(process.pid), path);
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
 * One sync: reads the listings newest first until a page holds nothing new (past where an earlier
 * walk stopped short, see walk.ts), downloads each new page once (oldest first, so a run cut short
 * resumes where it stopped) and the pages that failed on earlier runs (retry-policy.ts), keeps those
 * that are transcripts, asks again for the kept pages of the most recent briefings and replaces those
 * the site revised (recheck.ts), and indexes the data folder with the other sources when anything
 * is missing from the index or changed since it was indexed. A page that fails is reported,
 * remembered to be asked again, and the run goes on.
 * A `sync-state.json` that cannot be read throws SyncStateError before anything is asked or written.
 */
export async function runSync(options: SyncOptions): Promise<SyncOutcome> {
  const log = options.log ?? (() => {});
  const site = new URL(options.site).origin;
  mkdirSync(options.dataDir, { recursive: true });
  const release = lockDataFolder(options.dataDir);
  try {
    // First: a state file that cannot be read stops the run before anything is asked or written (SyncStateError).
    const state = readSyncState(options.dataDir);
    if (options.retryGivenUp) {
      const moved = retryGivenUp(state);
      log(`sync: asking again for ${plural(moved, 'page')} given up before`);
    }
    const fetcher = new PoliteFetcher({ ...options.fetcher, log });
    try {
      return await syncLocked(options, state, site, log, fetcher);
    } finally {
      fetcher.close();
    }
  } finally {
    release();
  }
}

async function syncLocked(options: SyncOptions, state: SyncState, site: string, log: (line: string) => void, fetcher: PoliteFetcher): Promise<SyncOutcome> {
  const data = new DataFolder(options.dataDir);
  const now = new Date();
  const failed: SyncReport['failed'] = [];
  const listed = new Set<string>();
  const currentPaths = Object.values(SECTIONS).flat().map((s) => s.path);
  const released = releaseMoved(state, site, currentPaths, now);
  if (released.length > 0) {
    log(`sync: asking again for ${plural(released.length, 'page')} of today's URLs an earlier version remembered as moved (a redirect to the maintenance page is a site in maintenance, not a move)`);
  }
  const elsewhere = pagesIn(options.sources);
  // A title naming a briefing's date names one briefing: the Chinese site lists its bundled
  // 2016-2020 pages under today's URLs, and the English site re-published older briefings too.
  const bundledBriefing = (item: ListingItem): boolean => elsewhere.titles.has(item.title) && titleDate(item.title) !== null;
  const remembered = (item: ListingItem): boolean => {
    const path = statePath(item.url);
    return path in state.moved || path in state.copies || path in state.pending || path in state.gaveUp;
  };
  const held = (item: ListingItem): boolean => data.has(item.url) || elsewhere.urlPaths.has(urlKey(item.url) ?? '') || bundledBriefing(item);
  const known = (item: ListingItem): boolean => held(item) || remembered(item);
  const older = (item: ListingItem): boolean => {
    const date = itemDate(item);
    return options.since !== undefined && date !== null && date < options.since;
  };

  let sectionsRead = 0;
  const fresh: ListingItem[] = [];
  /** The section that listed each page to download. */
  const sectionOf = new Map<string, string>();
  const unread: SyncReport['unread'] = [];
  const sections = (options.langs ?? ['en']).flatMap((lang) => SECTIONS[lang]);
  for (const section of sections) {
    const pageUrl = (page: number): string => listingPageUrl(new URL(section.path, site).href, page, section.listingExtension);
    const earlier = state.unfinished[section.path];
    const walk = await walkListing({
      fetcher, pageUrl, maxPages: options.maxPages, since: options.since, listed, known, older, readTo: earlier?.readTo ?? null, failed,
    });
    if (walk.read) sectionsRead++;
    for (const item of walk.fresh) sectionOf.set(item.url, section.path);
    fresh.push(...walk.fresh.reverse());
    const short = walk.stoppedShort;
    if (short === null) {
      delete state.unfinished[section.path];
    } else {
      unread.push({ listing: pageUrl(0), reason: short.reason, pagesNotRead: short.pagesNotRead });
      // Short of an earlier walk's stopping point, that point stays: everything below it is still unread.
      if (short.lastItem !== null && short.passedReadTo) {
        state.unfinished[section.path] = { readTo: short.lastItem, reason: short.reason, at: now.toISOString() };
      }
    }
  }
  const siteUnreadable = sectionsRead === 0;

  // Pages that failed before, asked for again whether or not a listing page read lists them (not when
  // no listing could be read: a site that is down does not count against them).
  const retries: ListingItem[] = [];
  for (const [path, page] of Object.entries(state.pending)) {
    const item = retryItem(page, site);
    if (held(item)) {
      delete state.pending[path]; // kept by a run stopped before it could say so, or bundled since
      continue;
    }
    if (siteUnreadable || !sections.some((s) => s.path === page.section) || older(item)) continue;
    retries.push(item);
    sectionOf.set(item.url, page.section);
  }
  log(`${listed.size} listed, ${fresh.length} new${retries.length > 0 ? `, ${plural(retries.length, 'page')} that failed before to ask for again` : ''}`);

  const parsedAhead = new ParsedAhead();
  const downloads = [...retries, ...fresh].filter((item) => {
    try {
      data.pathFor(item.url);
      return true;
    } catch (err) {
      failed.push({ url: item.url, error: (err as Error).message });
      return false;
    }
  });
  const gaveUp: SyncReport['gaveUp'] = [];
  const sectionFor = (url: string): string =>
    sectionOf.get(url) ?? Object.values(SECTIONS).flat().find((s) => new URL(url).pathname.startsWith(s.path))?.path ?? sections[0]!.path;
  /** A page failed this run: remembered to be asked for again, or given up. */
  const pageFailed = (item: ListingItem, error: string, refused: boolean): void => {
    failed.push({ url: item.url, error });
    const { page, gaveUp: spent } = recordFailure(state, item, { section: sectionFor(item.url), error, refused }, now);
    if (spent) gaveUp.push(failedPageReport(page));
  };
  const moved: string[] = [];
  // Chosen before the new pages are kept: a page this run downloads is not asked for twice.
  const sectionsByLang = (options.langs ?? ['en']).map((lang) => SECTIONS[lang].map((s) => s.path));
  const committed = currentGeneration(options.indexDir);
  const before = readManifest(committed);
  const recheckChoice = siteUnreadable
    ? { pages: [], datedAhead: [] }
    : pagesToRecheck(data, sectionsByLang, options.recheckDays ?? 0, site, (url) => statePath(url) in state.copies, {
      indexed: before, today: now.toISOString().slice(0, 10),
    });
  const onKept = (url: string, page: FetchedPage): void => rememberValidators(state, url, page);
  const { kept: keptNow, failures, misdated } = await downloadPages(downloads, { fetcher, data, parsedAhead, log, onKept });
  for (const { item, error, refused, movedTo } of failures) {
    if (movedTo === undefined || !movedForGood(item.url, currentPaths)) {
      pageFailed(item, error, refused);
      continue;
    }
    failed.push({ url: item.url, error });
    moved.push(item.url);
    state.moved[statePath(item.url)] = { to: movedTo, reason: error, at: now.toISOString() };
    recordSettled(state, item.url);
  }
  let fetched = keptNow.size;
  let copies = 0;
  const recheck = await recheckPages(recheckChoice.pages, { fetcher, data, parsedAhead, log, state, indexed: before, indexedDir: before ? committed : null });
  failed.push(...recheck.failures);

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
  // A kept page found to be a copy of one indexed from another source (state.copies) is left out of
  // the index on purpose: it is not missing from it.
  const copyOf = (file: string): boolean => {
    const url = data.urlOf(file);
    return url !== null && statePath(url) in state.copies;
  };
  // A kept page changed since it was indexed (revised by a recheck, this run or one stopped before its index run) is read again.
  const indexedAs = summary === null ? new Map<string, string>() : fileSignatures(keptFiles);
  const changed = (file: string): boolean => {
    const stat = summary?.stats.get(resolve(file));
    return stat !== undefined && stat !== indexedAs.get(file);
  };
  const missing = keptFiles.some((f) => (!summary?.files.has(resolve(f)) || changed(f)) && !copyOf(f));
  // Kept by an earlier run that stopped before its index run (not when there is no index to hold them): said, since this run indexes them.
  const keptEarlier = summary === null ? [] : keptFiles.filter((f) => !summary!.files.has(resolve(f)) && !keptNow.has(resolve(f)) && !copyOf(f));
  // A revision a run stopped before its index run kept (its evidence copy newer than the index): said, since this run indexes it.
  const revisedNow = new Set(recheck.revised.map((r) => resolve(r.file)));
  for (const file of keptFiles) {
    if (!changed(file) || revisedNow.has(resolve(file)) || copyOf(file) || before === null) continue;
    const evidence = latestEvidence(file);
    if (evidence !== null && evidence.replacedAt.getTime() >= Date.parse(before.builtAt) - 1000) {
      log(`indexed now: ${file}: revised by an earlier run that stopped before indexing it (the copy indexed before is kept as ${evidence.path})`);
    }
  }
  let reindexed = false;
  // No index yet and nothing kept: the index is built from the other sources (the bundled
  // transcripts), so that the bots can start after a first sync that brought nothing new; when they
  // hold nothing either (a site that could not be read, nothing bundled), there is nothing to build.
  const nothingKept = keptFiles.length === 0;
  const nothingToIndex = summary === null && nothingKept && options.sources.length === 0;
  let built: Awaited<ReturnType<typeof buildIndex>> | null = null;
  const indexedKept: string[] = [];
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
    // asked again by the next runs, as a page that failed); failures of the other sources are only reported.
    for (const f of built.failures) {
      // Said of a data folder new to the index whose every page failed: those pages are dropped here, each reported.
      if (resolve(f.file) === resolve(options.dataDir)) continue;
      const page = data.forget(f.file);
      if (page === null) {
        log(`error: ${f.file}: ${f.error}`);
        continue;
      }
      forgetValidators(state, page.url);
      const listing = downloads.find((item) => item.url === page.url);
      pageFailed(listing ?? { url: page.url, title: page.title, listedDate: null }, notATranscript(f.error), false);
      if (keptNow.has(resolve(f.file))) fetched--;
    }
    // A page under a new URL that is a copy of one indexed (a re-posted briefing) is no new briefing.
    // Downloaded by this run, it is not kept; its URL is remembered, so that it is not downloaded again.
    // One kept by an earlier run stays where it is (a data folder copied to a new place holds copies of
    // the old one's pages: deleting them would lose them once the old folder goes), remembered the same
    // way, so that it does not count as missing from the index.
    const copiedPages = (built.copies ?? []).flatMap((file) => {
      const url = data.urlOf(file);
      return url === null ? [] : [{ file, url }]; // a copy in the other sources (seeds/) is theirs to keep
    });
    for (const { file, url } of copiedPages) {
      const wrong = keptNow.has(resolve(file)) ? misdated.get(resolve(file)) : undefined;
      if (wrong !== undefined) {
        // The listing names another briefing than the one served: the site's CMS serving the wrong
        // article at a new URL for a while, not a re-post. Asked again, as for a redirect to it.
        fetched--;
        data.forget(file);
        forgetValidators(state, url);
        const error = `the site served the transcript of ${wrong.served}, a briefing already indexed, at this URL, not the one of ${wrong.listed} the listing names`;
        log(`not kept: ${file}: ${error}; asked for again by the next run`);
        pageFailed(downloads.find((item) => item.url === url) ?? { url, title: '', listedDate: null }, error, false);
        continue;
      }
      state.copies[statePath(url)] = { url, at: new Date().toISOString() };
      recordSettled(state, url);
      if (keptNow.has(resolve(file))) {
        fetched--;
        copies++;
        data.forget(file);
        forgetValidators(state, url);
        log(`not kept: ${file}: a copy of a page already indexed; its URL is remembered, not downloaded again`);
      } else {
        log(`left in place: ${file}: a copy of a page indexed from another source, kept by an earlier run; not indexed while that source is`);
      }
    }
    reindexed = indexContentChanged(before, readManifest(built.generationDir));
    const copied = new Set(copiedPages.map((c) => resolve(c.file)));
    // Those the index run did not drop (no transcript) nor find to be copies.
    for (const file of keptEarlier) {
      const url = data.urlOf(file);
      if (url !== null && !copied.has(resolve(file))) indexedKept.push(url);
    }
    summary = { files: new Set(), stats: new Map(), transcripts: built.transcripts, records: built.records };
  }
  // What was kept, and stayed, is no longer pending.
  for (const file of keptNow) {
    const url = data.urlOf(file);
    if (url !== null) recordSettled(state, url);
  }
  saveState();
  data.tidy();
  return {
    report: {
      site, listed: listed.size, new: fresh.length, retried: retries.map((item) => item.url), fetched, copies, failed,
      pending: Object.values(state.pending).map(failedPageReport), gaveUp, moved, unread,
      rechecked: recheck.rechecked, datedAhead: recheckChoice.datedAhead,
      revised: recheck.revised.map(({ url, date, dateBefore, changes, previous }) => ({ url, date, dateBefore, changes, previous })),
      indexedKept,
      indexed: { transcripts: summary?.transcripts ?? 0, records: summary?.records ?? 0 },
      reindexed,
    },
    siteUnreadable,
    requests: fetcher.requests,
  };
}

function failedPageReport(page: FailedPage): FailedPageReport {
  return { url: page.url, error: page.error, failedRuns: page.failedRuns, firstFailed: page.firstFailedAt };
}

/** Pages asked for ahead of the one being kept: enough to keep the worker busy, few bodies held. */
const AHEAD = 8;

/** A page that could not be kept. `refused`: the site refused it outright; `movedTo`: it redirects to a page without a transcript. */
interface PageFailure {
  item: ListingItem;
  error: string;
  refused: boolean;
  movedTo?: string;
}

/**
 * Downloads the pages, one request at a time, and keeps those that pass the checks, parsing each as
 * it arrives. Returns the files kept, the pages that failed, and the kept files whose transcript is of
 * another date than the listing gives (by resolved path).
 */
async function downloadPages(
  items: ListingItem[],
  run: { fetcher: PoliteFetcher; data: DataFolder; parsedAhead: ParsedAhead; log: (line: string) => void; onKept: (url: string, page: FetchedPage) => void },
): Promise<{ kept: Set<string>; failures: PageFailure[]; misdated: Map<string, { listed: string; served: string }> }> {
  const { fetcher, data, log } = run;
  const kept = new Set<string>();
  const failures: PageFailure[] = [];
  /** Kept pages whose transcript is of another date than the listing gives: a copy among them is no re-post (see the index run). */
  const misdated = new Map<string, { listed: string; served: string }>();
  // The fetcher is asked for up to AHEAD pages beyond the one being kept, half of them at a time,
  // and its worker sends them one at a time, spaced as configured, while this thread checks, keeps
  // and parses the pages that have arrived; each body is already in its draft file, which keeping renames.
  const asked: Promise<{ page: FetchedPage; draft: string } | { error: unknown; draft: string }>[] = [];
  let askedCount = 0;
  const askUpTo = (end: number): void => {
    const batch = items.slice(askedCount, end);
    const drafts = batch.map((item) => data.draftFor(item.url));
    const answers = fetcher.getAll(batch.map((item, j) => ({ url: item.url, saveTo: drafts[j] })));
    answers.forEach((answer, j) => asked.push(answer.then((page) => ({ page, draft: drafts[j]! }), (error: unknown) => ({ error, draft: drafts[j]! }))));
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
      data.discardDraft(got.draft);
      failures.push({ item, error: got.error.message, refused: got.error.refused });
      continue;
    }
    const { page, draft } = got;
    const verdict = checkPage(page);
    if (!verdict.ok) {
      data.discardDraft(draft);
      failures.push({ item, error: verdict.reason, refused: false, ...(verdict.moved ? { movedTo: page.finalUrl } : {}) });
      continue;
    }
    const file = data.keep(item.url, page.body, item.title, { draft });
    // Parsed now, while the next page is on the wire.
    const parsed = run.parsedAhead.parse(file, page.body, { url: item.url, ...rowFacts(item.url, item.title) }, verdict.text);
    if (!parsed.ok) {
      // The parse the index run would take has refused it: dropped now, so that it is never said to be kept.
      data.forget(file);
      failures.push({ item, error: notATranscript(parsed.error), refused: false });
      continue;
    }
    const listedDate = itemDate(item);
    if (listedDate !== null && parsed.transcript.date !== listedDate && !samePage(item.url, page.finalUrl)) {
      // The site redirecting a new page to another briefing for a while (its CMS serving the wrong
      // article): not this briefing, nor a copy of it to remember for good. Asked again next run.
      data.forget(file);
      failures.push({ item, error: `the site redirected it to ${page.finalUrl}, the transcript of ${parsed.transcript.date}, not of ${listedDate} as the listing says`, refused: false });
      continue;
    }
    if (listedDate !== null && parsed.transcript.date !== listedDate) misdated.set(resolve(file), { listed: listedDate, served: parsed.transcript.date });
    kept.add(resolve(file));
    run.onKept(item.url, page);
    log(`kept ${file}`);
  }
  return { kept, failures, misdated };
}
