import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parsedOutcome, rowHints } from '../transcripts/corpus.js';
import { readManifest, type ManifestEntry } from '../transcripts/manifest.js';
import type { ParsedAhead } from '../transcripts/parsed-ahead.js';
import { shiftedDay } from '../util/iso-date.js';
import type { DataFolder, KeptRow } from './data-folder.js';
import { FetchFailure, type PoliteFetcher } from './fetcher.js';
import { checkPage, notATranscript } from './page-check.js';
import { statePath } from './retry-policy.js';
import { transcriptChanges } from './revision.js';
import type { SyncState } from './state.js';
import { conditionsFor, rememberValidators } from './validators.js';

/**
 * The Ministry corrects a transcript at its URL within a day or two (a typo, a name's translation, an
 * exchange added), so each sync asks again for the kept pages of the most recent briefing dates: a
 * page whose parsed content changed replaces the kept one (kept beside it as evidence, see
 * `DataFolder.replace`), and the index run that follows takes it in. A page asked again that fails
 * (network, a 4xx, no longer a transcript) leaves the kept copy, and the index, as they were.
 */

/** A kept page to ask for again: its row, its manifest entry (the parse's hints) and the URL asked on the site synced. */
export interface RecheckPage {
  row: KeptRow;
  entry: ManifestEntry | undefined;
  date: string;
  url: string;
}

/** A kept page the site has revised since, replaced by its newer copy. */
export interface Revision {
  url: string;
  /** The briefing's date. */
  date: string;
  /** What changed, in words: `2 exchanges changed`. */
  changes: string;
  file: string;
  /** Where the copy indexed before is kept. */
  previous: string;
}

export interface RecheckOutcome {
  /** The URLs asked for again. */
  rechecked: string[];
  revised: Revision[];
  /** Those that could not be asked or read again: their kept copy stays. */
  failures: { url: string; error: string }[];
}

/**
 * The kept pages to ask for again: of each language (`sectionsByLang`: the section paths of each
 * language synced), those whose briefing is dated at most `days` days before the newest briefing kept
 * in that language. None when `days` is 0. `skip`: kept pages left out of the index on purpose (copies).
 */
export function pagesToRecheck(
  data: DataFolder, sectionsByLang: string[][], days: number, site: string, skip: (url: string) => boolean,
): RecheckPage[] {
  if (days <= 0) return [];
  const manifests = new Map<string, Map<string, ManifestEntry>>();
  const entryOf = (file: string): ManifestEntry | undefined => {
    const folder = dirname(resolve(file));
    if (!manifests.has(folder)) manifests.set(folder, readManifest(folder));
    return manifests.get(folder)!.get(basename(file));
  };
  const pages: RecheckPage[] = [];
  for (const sections of sectionsByLang) {
    const ofLang = data.pages().flatMap((row) => {
      const path = statePath(row.url);
      if (!sections.some((section) => path.startsWith(section)) || skip(row.url)) return [];
      const entry = entryOf(row.file);
      return entry?.date ? [{ row, entry, date: entry.date, url: new URL(path, site).href }] : [];
    });
    const newest = ofLang.reduce<string | null>((max, p) => (max === null || p.date > max ? p.date : max), null);
    if (newest === null) continue;
    const from = shiftedDay(newest, -days);
    pages.push(...ofLang.filter((p) => p.date >= from).sort((a, b) => a.date.localeCompare(b.date) || a.url.localeCompare(b.url)));
  }
  return pages;
}

/**
 * Asks for each page again (through the run's fetcher: the same spacing, time-out and retries as
 * every request; a conditional GET where the site sent validators with the kept copy) and replaces
 * the kept copy of each whose parsed transcript differs. A 304, a page byte-identical to its kept
 * copy, or one parsed the same, changes nothing.
 */
export async function recheckPages(
  pages: RecheckPage[],
  run: { fetcher: PoliteFetcher; data: DataFolder; parsedAhead: ParsedAhead; log: (line: string) => void; state: SyncState },
): Promise<RecheckOutcome> {
  const outcome: RecheckOutcome = { rechecked: pages.map((p) => p.url), revised: [], failures: [] };
  const keptBodies = pages.map((p) => readFileSync(p.row.file));
  const answers = run.fetcher.getAll(pages.map((p, i) => ({ url: p.url, conditions: conditionsFor(run.state, p.url, keptBodies[i]!) })));
  for (const [i, page] of pages.entries()) {
    const fail = (error: string): void => {
      outcome.failures.push({ url: page.url, error });
    };
    let fetched;
    try {
      fetched = await answers[i]!;
    } catch (err) {
      if (!(err instanceof FetchFailure)) throw err;
      fail(err.message);
      continue;
    }
    if (fetched.status === 304) continue;
    const kept = keptBodies[i]!;
    if (Buffer.compare(kept, fetched.body) === 0) {
      rememberValidators(run.state, page.url, fetched);
      continue;
    }
    if (new URL(fetched.finalUrl).pathname !== new URL(page.url).pathname) {
      fail(`redirected to ${fetched.finalUrl}`);
      continue;
    }
    const verdict = checkPage(fetched);
    if (!verdict.ok) {
      fail(verdict.reason);
      continue;
    }
    const hints = rowHints(page.entry);
    const latest = parsedOutcome(page.row.file, fetched.body, hints, verdict.text);
    if (!latest.ok) {
      fail(notATranscript(latest.error, 'not a transcript any more'));
      continue;
    }
    const before = parsedOutcome(page.row.file, kept, hints);
    const changes = before.ok ? transcriptChanges(before.transcript, latest.transcript) : 'the copy kept could not be read';
    if (changes === null) continue;
    const { file, previous } = run.data.replace(page.row.url, fetched.body);
    rememberValidators(run.state, page.url, fetched);
    // Parsed again against the file as now renamed into place, for the index run to take.
    run.parsedAhead.parse(file, fetched.body, hints, verdict.text);
    run.log(`revised ${file}: ${changes}; the copy indexed before is kept as ${previous}`);
    outcome.revised.push({ url: page.url, date: page.date, changes, file, previous });
  }
  return outcome;
}
