import { resolve } from 'node:path';
import { parsedOutcome, type FileOutcome } from '../transcripts/corpus.js';
import { rowFacts } from '../transcripts/manifest.js';
import type { ParsedAhead } from '../transcripts/parsed-ahead.js';
import type { TranscriptHints } from '../transcripts/parse.js';
import type { DataFolder } from './data-folder.js';
import { FetchFailure, type FetchedPage, type PoliteFetcher } from './fetcher.js';
import type { ListingItem } from './listing.js';
import { checkPage } from './page-check.js';
import type { SyncReport } from './sync.js';
import type { SyncState } from './state.js';

/** Pages asked for ahead of the one being kept: enough to keep the worker busy, few drafts waiting. */
const AHEAD = 8;
/**
 * Pages asked for at most at a time while the listings are still being read. Listing pages go
 * before them (urgent), so with a delay between requests none is sent before the listings are read;
 * without one, each fills the gap while this thread reads a listing page and is parsed meanwhile.
 */
const EARLY = 2;

/** A page as it arrived: checked, and parsed when it passed (this thread's work while the next is on the wire). */
type Arrival =
  | { kind: 'page'; body: Uint8Array; draft: string; hints: TranscriptHints; outcome: FileOutcome }
  | { kind: 'skipped'; reason: string; movedTo: string | null }
  | { kind: 'failed'; error: unknown };

export interface DownloadRun {
  fetcher: PoliteFetcher;
  data: DataFolder;
  parsedAhead: ParsedAhead;
  failed: SyncReport['failed'];
  moved: SyncState['moved'];
  log: (line: string) => void;
}

/**
 * The downloads of a sync, one request at a time: each page is written to its draft (by the
 * fetcher), checked and parsed as it arrives, and kept (renamed, its manifest row written) in the
 * order `keep` is given, oldest first, so that a run cut short leaves an oldest prefix kept and
 * the next one resumes where it stopped. While the listings are read, a few of the new pages found
 * so far are asked for already (`offer`): they wait as drafts, parsed, for their turn to be kept.
 */
export class PageDownloads {
  /** By page URL: asked for, and not yet kept or reported. */
  private readonly asked = new Map<string, Promise<Arrival>>();
  private readonly offered: ListingItem[] = [];
  private early = 0;
  private reading = true;

  constructor(private readonly run: DownloadRun) {}

  /** New pages found on a listing page while the listings are read: a few are asked for at once. */
  offer(items: ListingItem[]): void {
    this.offered.push(...items);
    this.askEarly();
  }

  private askEarly(): void {
    while (this.reading && !this.run.fetcher.closed && this.early < EARLY && this.offered.length > 0) {
      const item = this.offered.shift()!;
      try {
        this.ask([item], () => {
          this.early--;
          this.askEarly();
        });
      } catch {
        continue; // a URL that cannot be kept: reported in its turn
      }
      this.early++;
    }
  }

  /** `answered`: called as each answer arrives, before the page is checked and parsed. */
  private ask(items: ListingItem[], answered?: () => void): Promise<Arrival>[] {
    const drafts = items.map((item) => this.run.data.draftFor(item.url));
    const answers = this.run.fetcher.getAll(items.map((item, j) => ({ url: item.url, saveTo: drafts[j] })));
    return answers.map((answer, j) => {
      const item = items[j]!;
      if (answered) answer.then(answered, answered);
      const arrival = answer.then((page) => this.arrived(item, page, drafts[j]!), (error: unknown): Arrival => ({ kind: 'failed', error }));
      arrival.catch(() => undefined); // thrown where it is kept (a page asked for early, by a run that stopped before, is not)
      this.asked.set(item.url, arrival);
      return arrival;
    });
  }

  private arrived(item: ListingItem, page: FetchedPage, draft: string): Arrival {
    const verdict = checkPage(page);
    if (!verdict.ok) {
      this.run.data.discardDraft(draft);
      return { kind: 'skipped', reason: verdict.reason, movedTo: verdict.moved ? page.finalUrl : null };
    }
    const hints: TranscriptHints = { url: item.url, ...rowFacts(item.url, item.title) };
    return { kind: 'page', body: page.body, draft, hints, outcome: parsedOutcome(this.run.data.pathFor(item.url), page.body, hints, verdict.text) };
  }

  /**
   * Downloads the pages not asked for yet, a few ahead of the one being kept, and keeps those that
   * pass the checks, in this order; those that fail are reported and the run goes on. Returns the
   * files kept.
   */
  async keep(items: ListingItem[]): Promise<Set<string>> {
    this.reading = false;
    const { data, failed, log } = this.run;
    const kept = new Set<string>();
    let askedUpTo = 0;
    const askUpTo = (end: number): void => {
      const batch = items.slice(askedUpTo, end).filter((item) => !this.asked.has(item.url));
      if (batch.length > 0) this.ask(batch);
      askedUpTo = Math.max(askedUpTo, Math.min(end, items.length));
    };
    askUpTo(AHEAD);
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const got = await this.asked.get(item.url)!;
      this.asked.delete(item.url);
      if (askedUpTo - i - 1 <= AHEAD / 2) askUpTo(i + 1 + AHEAD);
      if (got.kind === 'failed') {
        if (!(got.error instanceof FetchFailure)) throw got.error;
        failed.push({ url: item.url, error: got.error.message });
        log(`failed: ${item.url}: ${got.error.message}`);
        continue;
      }
      if (got.kind === 'skipped') {
        failed.push({ url: item.url, error: got.reason });
        log(`skipped: ${item.url}: ${got.reason}`);
        if (got.movedTo !== null) this.run.moved[new URL(item.url).pathname] = { to: got.movedTo, reason: got.reason, at: new Date().toISOString() };
        continue;
      }
      const file = data.keep(item.url, got.body, item.title, { draft: got.draft });
      kept.add(resolve(file));
      log(`kept ${file}`);
      this.run.parsedAhead.add(file, got.hints, got.outcome);
    }
    return kept;
  }
}
