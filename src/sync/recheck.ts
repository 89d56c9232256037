import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { baseKey, contentFingerprint } from '../store/briefing-keys.js';
import { IndexDamagedError } from '../store/damaged-index.js';
import { INDEX_FORMAT, type IndexManifest } from '../store/index-manifest.js';
import { heldBriefing, planIds, renameExchanges } from '../store/lasting-ids.js';
import { contentHash, type StoredLines } from '../store/read-sources.js';
import { readStoredLines, StoredRecordsUnreadableError } from '../store/records-file.js';
import { fileSignatures, parsedOutcome, parseTranscriptFiles, rekey, rowHints } from '../transcripts/corpus.js';
import { readManifest, type ManifestEntry } from '../transcripts/manifest.js';
import type { ParsedAhead } from '../transcripts/parsed-ahead.js';
import { resolveFile } from '../transcripts/resolve-file.js';
import type { Transcript } from '../transcripts/types.js';
import { chineseKey } from '../transcripts/zh/parse.js';
import { plural } from '../util/plural.js';
import { shiftedDay } from '../util/iso-date.js';
import type { DataFolder, KeptRow } from './data-folder.js';
import { FetchFailure, type PoliteFetcher } from './fetcher.js';
import { checkPage, notATranscript, samePage } from './page-check.js';
import { statePath } from './retry-policy.js';
import { transcriptChanges } from './revision.js';
import type { SyncState } from './state.js';
import { conditionsFor, rememberValidators } from './validators.js';

/**
 * The Ministry corrects a transcript at its URL within a day or two (a typo, a name's translation, an
 * exchange added), so each sync asks again for the kept pages of the most recent briefing dates: a
 * page whose parsed content changed replaces the kept one (kept beside it as evidence, see
 * `DataFolder.replace`), and the index run that follows takes it in. A page asked again that fails
 * (network, a 4xx, no longer a transcript, another briefing, or most of its exchanges gone)
 * leaves the kept copy, and the index, as they were.
 */

/** A kept page to ask for again: its row, its manifest entry (the parse's hints), its briefing's date and the URL asked on the site synced. */
export interface RecheckPage {
  row: KeptRow;
  entry: ManifestEntry | undefined;
  date: string;
  url: string;
}

/** A kept page the site has revised since, replaced by its newer copy. */
export interface Revision {
  url: string;
  /** The briefing's date, as the newer copy gives it. */
  date: string;
  /** The date it was indexed under until then (another when the revision changed it). */
  dateBefore: string;
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

/** The pages to ask for again, and the kept briefings dated after today, which do not count as the newest. */
export interface RecheckChoice {
  pages: RecheckPage[];
  /** A briefing dated after today (a typo in its title: 2062 for 2026): still asked for again, but left out when choosing the newest. */
  datedAhead: { url: string; date: string }[];
}

/**
 * Each kept page's briefing date as the indexer gives it (the title's, else the page's PubDate, the
 * listing's date or the URL's `tYYYYMMDD_`: parse.ts `briefingDate`): the index's, for a file indexed
 * as it is now; else its parse's. Null for a page that does not parse.
 */
function briefingDates(files: string[], indexed: IndexManifest | null, entryOf: (file: string) => ManifestEntry | undefined): Map<string, string | null> {
  const byFile = new Map(Object.values(indexed?.transcripts ?? {}).map((t) => [resolveFile(t.file), t]));
  const signatures = fileSignatures(files);
  return new Map(files.map((file) => {
    const t = byFile.get(resolveFile(file));
    if (t?.date !== undefined && t.stat !== undefined && t.stat === signatures.get(file)) return [file, t.date];
    try {
      const outcome = parsedOutcome(file, readFileSync(file), rowHints(entryOf(file)));
      return [file, outcome.ok ? outcome.transcript.date : null];
    } catch {
      return [file, null]; // unreadable: the index run reports it
    }
  }));
}

/**
 * The kept pages to ask for again: of each language (`sectionsByLang`: the section paths of each
 * language synced), those whose briefing is dated at most `days` days before the newest briefing kept
 * in that language, dated as the indexer dates them (`indexed`: the committed index). A briefing dated
 * after `today` does not count as the newest (it would move the window years ahead); it is asked for
 * again all the same, so that a correction of its date is taken in. None when `days` is 0.
 * `skip`: kept pages left out of the index on purpose (copies).
 */
export function pagesToRecheck(
  data: DataFolder, sectionsByLang: string[][], days: number, site: string, skip: (url: string) => boolean,
  { indexed, today }: { indexed: IndexManifest | null; today: string },
): RecheckChoice {
  const choice: RecheckChoice = { pages: [], datedAhead: [] };
  if (days <= 0) return choice;
  const manifests = new Map<string, Map<string, ManifestEntry>>();
  const entryOf = (file: string): ManifestEntry | undefined => {
    const folder = dirname(resolveFile(file));
    if (!manifests.has(folder)) manifests.set(folder, readManifest(folder));
    return manifests.get(folder)!.get(basename(file));
  };
  for (const sections of sectionsByLang) {
    const rows = data.pages().filter((row) => sections.some((section) => statePath(row.url).startsWith(section)) && !skip(row.url));
    const dates = briefingDates(rows.map((row) => row.file), indexed, entryOf);
    const ofLang = rows.flatMap((row) => {
      const date = dates.get(row.file);
      return date ? [{ row, entry: entryOf(row.file), date, url: new URL(statePath(row.url), site).href }] : [];
    });
    const ahead = ofLang.filter((p) => p.date > today);
    choice.datedAhead.push(...ahead.map(({ url, date }) => ({ url, date })));
    const newest = ofLang.filter((p) => p.date <= today).reduce<string | null>((max, p) => (max === null || p.date > max ? p.date : max), null);
    if (newest === null && ahead.length === 0) continue;
    const from = newest === null ? today : shiftedDay(newest, -days);
    choice.pages.push(...ofLang.filter((p) => p.date >= from).sort((a, b) => a.date.localeCompare(b.date) || a.url.localeCompare(b.url)));
  }
  return choice;
}

/**
 * The briefing indexed from another file that holds what `latest` holds (its date, language and
 * records: briefing-keys.ts `contentFingerprint`, the index's test of a copy): the site then serves
 * that briefing's transcript at this URL, not a revision of the one kept.
 */
function indexedTwin(latest: Transcript, file: string, indexed: IndexManifest | null): Transcript | null {
  const base = latest.lang === 'zh' ? chineseKey(latest.date) : latest.date;
  const fingerprint = contentFingerprint(latest);
  for (const [key, entry] of Object.entries(indexed?.transcripts ?? {})) {
    if (baseKey(key) !== base || resolveFile(entry.file) === resolveFile(file)) continue;
    for (const outcome of parseTranscriptFiles([entry.file])) {
      if (outcome.ok && contentFingerprint(outcome.transcript) === fingerprint) return outcome.transcript;
    }
  }
  return null;
}

/**
 * Why a newer copy is taken for a page served in part, not a revision, or null. The Ministry's
 * corrections change a word, add an exchange or drop one; a page that now holds fewer than half of
 * the exchanges kept (none, or the opening paragraph only) is what a CMS serving a half-built or cut
 * page looks like. Taken, it would retire the ids of the exchanges gone for good, and give them new
 * ids when the whole page returns; refused, it costs a line on each run while the briefing is
 * rechecked, and the kept copy stays. Half, not fewer, so that a briefing of two exchanges may
 * still lose one.
 */
function partialPage(before: Transcript, after: Transcript): string | null {
  const [kept, now] = [before, after].map((t) => t.records.filter((r) => r.kind === 'exchange').length) as [number, number];
  if (kept === 0 || now * 2 >= kept) return null;
  return `suspect recheck: the page now holds ${plural(now, 'exchange')} against ${kept} kept, fewer than half (a page served in part?): not taken as a revision`;
}

/**
 * The kept copy `before` of `file` as the index holds it: under its briefing's key, its exchanges
 * under the ids the index gave them (lasting-ids.ts), with the ids its briefing retired. Null when
 * the index holds no briefing of the file under a key of the date the newer copy `after` gives (not
 * indexed yet, or a revision of its date: the briefing then takes another key, and numbers its
 * exchanges afresh), or when its records cannot be read (or are of another format): the revision's
 * words then name no ids.
 */
function asIndexed(
  before: Transcript, after: Transcript, file: string, indexed: IndexManifest | null, stored: () => StoredLines | null,
): { transcript: Transcript; retiredIds: string[] } | null {
  // An index of another format is rebuilt with its exchanges numbered afresh (build.ts keepPreviousIds).
  if (indexed?.format !== INDEX_FORMAT) return null;
  const entry = Object.entries(indexed.transcripts).find(([, t]) => resolveFile(t.file) === resolveFile(file));
  if (!entry || baseKey(entry[0]) !== baseKey(after.key) || baseKey(entry[0]) !== baseKey(before.key)) return null;
  const [key, { hash }] = entry;
  try {
    const records = stored();
    const held = records && heldBriefing(records, key);
    if (!held) return null;
    const transcript = structuredClone(before);
    rekey(transcript, key);
    const plan = planIds(transcript, held, contentHash(transcript) === hash);
    renameExchanges(transcript, plan.ids);
    return { transcript, retiredIds: plan.retiredIds };
  } catch (err) {
    if (err instanceof StoredRecordsUnreadableError || err instanceof IndexDamagedError) return null;
    throw err;
  }
}

/**
 * Asks for each page again (through the run's fetcher: the same spacing, time-out and retries as
 * every request; a conditional GET where the site sent validators with the kept copy) and replaces
 * the kept copy of each whose parsed transcript differs (its manifest row takes the newer title when
 * that changed). A 304, a page byte-identical to its kept copy, or one parsed the same, changes
 * nothing; nor does one that holds another indexed briefing (`indexedTwin`), or fewer than half the
 * exchanges kept (`partialPage`): each fails.
 */
export async function recheckPages(
  pages: RecheckPage[],
  run: {
    fetcher: PoliteFetcher; data: DataFolder; parsedAhead: ParsedAhead; log: (line: string) => void; state: SyncState;
    /** The committed index, whose briefings a newer copy must not duplicate. */
    indexed: IndexManifest | null;
    /** Its generation folder, whose records give the ids a revision's words name; null when there is none. */
    indexedDir: string | null;
  },
): Promise<RecheckOutcome> {
  const outcome: RecheckOutcome = { rechecked: pages.map((p) => p.url), revised: [], failures: [] };
  let stored: StoredLines | null | undefined;
  const storedLines = (): StoredLines | null => (stored !== undefined ? stored : (stored = run.indexedDir ? readStoredLines(run.indexedDir) : null));
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
    if (!samePage(page.url, fetched.finalUrl)) {
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
    const indexedBefore = before.ok ? asIndexed(before.transcript, latest.transcript, page.row.file, run.indexed, storedLines) : null;
    const changes = !before.ok
      ? 'the copy kept could not be read'
      : indexedBefore
        ? transcriptChanges(indexedBefore.transcript, latest.transcript, indexedBefore.retiredIds)
        : transcriptChanges(before.transcript, latest.transcript);
    if (changes === null) continue;
    // The site's CMS serving another briefing's page at this URL for a while: no revision of this one.
    const twin = indexedTwin(latest.transcript, page.row.file, run.indexed);
    if (twin !== null) {
      fail(`the site now serves the transcript of ${twin.date} (${twin.url ?? twin.file}) at this URL`);
      continue;
    }
    const suspect = before.ok ? partialPage(before.transcript, latest.transcript) : null;
    if (suspect !== null) {
      fail(suspect);
      continue;
    }
    const title = before.ok && before.transcript.title === latest.transcript.title ? undefined : latest.transcript.title;
    const { file, previous } = run.data.replace(page.row.url, fetched.body, { title });
    rememberValidators(run.state, page.url, fetched);
    // Parsed again against the file as now renamed into place, with its row's facts as now written, for the index run to take.
    run.parsedAhead.parse(file, fetched.body, rowHints(readManifest(dirname(file)).get(basename(file))), verdict.text);
    run.log(`revised ${file}: ${changes}; the copy indexed before is kept as ${previous}`);
    outcome.revised.push({ url: page.url, date: latest.transcript.date, dateBefore: page.date, changes, file, previous });
  }
  return outcome;
}
