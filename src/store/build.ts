import { createHash } from 'node:crypto';
import { linkSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Embedder } from '../embed/embedder.js';
import { chunkRecord } from '../embed/chunks.js';
import { CHINESE_FILES, ENGLISH_FILES, readLexicalData, writeLexicalFiles, type LexicalFiles } from '../search/lexical-file.js';
import { buildLexicalData } from '../search/lexical-build.js';
import { appendLexicalData, mergeLexicalData } from '../search/lexical-merge.js';
import { termsFingerprint } from '../search/terms-fingerprint.js';
import type { LexicalData } from '../search/lexical.js';
import { rekey, type ParseFailure } from '../transcripts/corpus.js';
import type { ParsedAhead } from '../transcripts/parsed-ahead.js';
import { resolveFile } from '../transcripts/resolve-file.js';
import { PARSER_VERSION } from '../transcripts/parser-version.js';
import { formerGeneration, INDEX_FORMAT, readManifest, staleIndexReason, type IndexManifest, type TranscriptEntry } from './index-manifest.js';
import type { Lang, Transcript } from '../transcripts/types.js';
import { alignCorpus } from '../transcripts/zh/bilingual.js';
import { readsChinese } from '../embed/languages.js';
import { chunkHash, clearEmbeddingJournal, EmbeddingJournal } from './journal.js';
import {
  commitGeneration, createGeneration, currentGeneration, discardGeneration, MANIFEST_FILE,
  removeStaleGenerations, writeFileDurable,
} from './layout.js';
import { withIndexLock, type LockOwner } from './lock.js';
import { IndexDamagedError } from './damaged-index.js';
import { heldBriefing, planIds, renameExchanges, type IdPlan } from './lasting-ids.js';
import { heldPastSkippedRows } from './skipped-rows.js';
import { baseKey, freeKey } from './briefing-keys.js';
import { contentHash, readSources, type SourcesRead, type StoredLines, type Unit } from './read-sources.js';
import {
  appendRecordStore, readRecordStore, readStoredLines, StoredRecordsUnreadableError, wholeRecord, writeRecordStore, type StoredLine,
} from './records-file.js';
import { PARAGRAPH_SEPARATOR, toBriefingSummary, toIndexedRecords } from './records.js';
import { type EveryRunSources, inferSources, isWithin, planSources, sourceId } from './sources.js';
import { copyWarnings, writeCopiesList } from './copy-warnings.js';
import type { BriefingSummary, IndexedRecord } from './types.js';
import { chunkMetadata, VectorStore, type StoredChunk } from './vectors.js';
import { plural } from '../util/plural.js';
import { WriteFailedError } from '../util/write-all.js';

export interface BuildOptions {
  /** Files or folders of transcripts, read with those the index remembers (and then remembered too). */
  sources: string[];
  /** Remembered sources to stop indexing: their transcripts are removed. */
  forget?: string[];
  /** The sources every run reads whatever is typed (seeds/, the sync's folder), by id, as a refused --forget names them. */
  everyRun?: EveryRunSources;
  indexDir: string;
  /** Null: store records and the lexical index only (vectors of unchanged transcripts are kept). */
  embedder: Embedder | null;
  log?: (line: string) => void;
  /** Called as chunks are embedded. */
  progress?: (done: number, total: number) => void;
  /** false: when another run is writing the index, throw IndexBusyError instead of waiting. */
  wait?: boolean;
  /** Build only if the index is missing or outdated (checked once the lock is held). */
  onlyWhenStale?: boolean;
  /** How long a replaced generation stays on disk for readers (default 5 minutes). */
  graceMs?: number;
  /** Source files already parsed this run (the sync's downloads), taken instead of parsed again. */
  parsedAhead?: ParsedAhead;
}

/** A file or folder that could not be read this run, and the transcripts kept from the previous index for it. */
export interface BuildFailure extends ParseFailure {
  /** Briefing keys indexed from it before, kept as they were. */
  kept: string[];
}

export interface BuildReport {
  transcripts: number;
  records: number;
  failures: BuildFailure[];
  /** The sources read (and remembered), and those forgotten with the number of transcripts removed. */
  sources: string[];
  forgotten: { source: string; transcripts: number }[];
  /** Set when `onlyWhenStale` found the index usable and built nothing. */
  upToDate?: boolean;
  /** Set when the run only added briefings newer than every indexed one, appended without reading the previous records. */
  appended?: boolean;
  /** Set when the run found nothing to change: the current generation was kept, nothing written. */
  unchanged?: boolean;
  /** Transcripts embedded by this run, reused from the previous index, and dropped from it. */
  embedded: number;
  reused: number;
  removed: number;
  /** Transcripts of unchanged page files, taken from the previous index without reading their files. */
  carried: number;
  /** Page files read and left out as copies of another (same date, language and exchanges), when the run read its sources. */
  copies?: string[];
  /** Transcripts that have no vectors (no model this run). */
  withoutVectors: number;
  model: string | null;
  generationDir: string;
}

/** No transcript could be read: the run changed nothing. */
export class NothingReadError extends Error {
  override name = 'NothingReadError';
  constructor(readonly failures: ParseFailure[]) {
    super(
      `no transcript could be read from the sources (${plural(failures.length, 'failure')}): ` +
        'nothing was changed',
    );
  }
}

/** The records of briefings carried over unparsed could not be copied from the previous generation. */
class CarriedRecordsError extends Error {
  override name = 'CarriedRecordsError';
  constructor(cause: Error) {
    super(`the previous index's records could not be copied (${cause.message})`);
  }
}

function lockOptions(options: { wait?: boolean; log?: (line: string) => void }) {
  return {
    wait: options.wait,
    onWait: (owner: LockOwner) => options.log?.(`waiting for the index run of pid ${owner.pid}, started at ${owner.startedAt}, to finish…`),
  };
}

const EMPTY_RUN = { transcripts: 0, records: 0, embedded: 0, reused: 0, removed: 0, carried: 0, withoutVectors: 0 };

/**
 * Reads every source (those given and those the index remembers) and indexes what parsed. A file or
 * folder that cannot be read is reported, and what the index held from it is kept; a run that can
 * read nothing throws NothingReadError and changes nothing. Holds the index's write lock throughout.
 */
export async function buildIndex(options: BuildOptions): Promise<BuildReport> {
  const { indexDir } = options;
  return withIndexLock(indexDir, lockOptions(options), async () => {
    const previous = readManifest(currentGeneration(indexDir));
    if (options.onlyWhenStale && staleIndexReason(indexDir) === null) {
      const sources = previous?.sources ?? [];
      return { ...EMPTY_RUN, failures: [], sources, forgotten: [], upToDate: true, model: previous!.model, generationDir: currentGeneration(indexDir)! };
    }
    const remembered = previous?.sources ??
      inferSources(Object.values(previous?.transcripts ?? {}).map((t) => t.file)).filter((s) => !options.sources.some((g) => isWithin(s, g)));
    const plan = planSources(remembered, options.sources, options.forget ?? [], options.everyRun);
    const forgotten = plan.forgotten.map((source) => ({
      source,
      transcripts: Object.values(previous?.transcripts ?? {}).filter((t) => isWithin(t.file, source) && !plan.read.some((r) => isWithin(t.file, r))).length,
    }));

    // Unchanged page files are carried over unparsed, from a previous generation stored as this version stores.
    const previousDir = currentGeneration(indexDir);
    const stored = previous && reusableLinks(previous) && previousDir ? readStoredLines(previousDir) : null;
    // A rebuild with `CURRENT` removed keeps the briefing keys (and ids: commitTranscripts) the index gave before.
    const former = previous ? null : formerGeneration(indexDir);
    const keysBefore = previous ?? (former && former !== 'lost' ? former.manifest : null);
    const run = async (carry: boolean, stored: StoredLines | null): Promise<Omit<BuildReport, 'forgotten'>> => {
      const read = await readSources(plan.read, options.parsedAhead, carry && stored ? { manifest: previous!, stored } : null, keysBefore);
      const failures = read.failures;
      for (const warning of read.warnings) options.log?.(`warning: ${warning}`);
      for (const warning of copyWarnings(read.copiesOf, writeCopiesList(indexDir, read.copiesOf))) options.log?.(`warning: ${warning}`);
      // Said when the sheet is added; a remembered one (the bundled sample, once the full corpus is in) is not reported on every run.
      const added = plan.read.filter((source) => !remembered.includes(source));
      for (const idle of read.idleImports) if (added.some((source) => isWithin(idle.file, source))) options.log?.(`warning: ${idle.warning}`);
      // A source that held transcripts and now lists none (an unmounted drive, an emptied folder) is
      // taken for a failure, not for the removal of everything in it: that takes --forget.
      for (const source of plan.read) {
        if (read.seen.some((file) => isWithin(file, source))) continue;
        const had = Object.values(previous?.transcripts ?? {}).filter((t) => isWithin(t.file, source)).length;
        if (had > 0) {
          failures.push({ file: source, error: `no transcript files in it any more (it had ${had}); to remove them, --forget it` });
        }
      }
      if (read.transcripts.length + read.carried.length === 0) throw new NothingReadError(failures);
      const report = await commitTranscripts(read.transcripts, options, {
        sources: sourcesToRemember(plan.read, remembered, read, failures), failures, carried: read.carried, signatures: read.signatures, stored, previous,
        idleSheets: read.idleSheets,
      });
      return { ...report, copies: read.copies };
    };
    const report = await orWithoutStored(options.log, async (useStored) => {
      try {
        return await run(true, useStored ? stored : null);
      } catch (err) {
        if (!(err instanceof CarriedRecordsError)) throw err;
        options.log?.(`warning: reading every source again: ${err.message}`);
        return run(false, useStored ? stored : null);
      }
    });
    for (const f of forgotten) {
      options.log?.(`forgot ${f.source}: ${forgottenWords(f.transcripts)}`);
    }
    return { ...report, forgotten };
  });
}

/** What forgetting a source took out of the index. */
function forgottenWords(transcripts: number): string {
  if (transcripts === 0) return 'no transcript in the index came from it; nothing was removed';
  return `${transcripts === 1 ? 'its transcript was' : `its ${transcripts} transcripts were`} removed from the index`;
}

/**
 * The sources the new index remembers: those it remembered, and each new one unless everything in
 * it failed. A new path that exists but from which nothing could be read as a transcript
 * (`/dev/null`, an empty file, a sheet with no rows, a folder of such files) is not remembered, or
 * every later run would read and report it again; its failure line says so. A new folder that lists
 * no transcript file yet is remembered (the sync's data folder starts so).
 */
function sourcesToRemember(read: string[], remembered: string[], found: Pick<SourcesRead, 'readable'>, failures: ParseFailure[]): string[] {
  const readable = [...found.readable];
  return read.filter((source) => {
    if (remembered.includes(source) || readable.some((file) => isWithin(file, source))) return true;
    const own = failures.filter((f) => isWithin(f.file, source));
    if (own.length === 0) return true;
    const notAdded = 'not added to the sources';
    const whole = own.find((f) => sourceId(f.file) === source);
    if (whole) whole.error = `${whole.error}; ${notAdded}`;
    else failures.push({ file: source, error: `nothing in it could be read as a transcript (${plural(own.length, 'file')} failed, see above); ${notAdded}` });
    return false;
  });
}

/**
 * Makes `parsed` the index's content (the remembered sources are unchanged, `sources` added), under
 * the write lock. buildIndex is the usual way in; this is for transcripts parsed elsewhere.
 */
export async function indexTranscripts(
  parsed: Transcript[],
  options: Omit<BuildOptions, 'sources' | 'forget' | 'onlyWhenStale'> & { sources?: string[] },
): Promise<Omit<BuildReport, 'failures' | 'forgotten'>> {
  return withIndexLock(options.indexDir, lockOptions(options), async () => {
    if (parsed.length === 0) throw new NothingReadError([]);
    const remembered = readManifest(currentGeneration(options.indexDir))?.sources ?? [];
    const sources = planSources(remembered, options.sources ?? [], []).read;
    const report = await orWithoutStored(options.log, (useStored) =>
      commitTranscripts(parsed, options, { sources, failures: [], ...(useStored ? {} : { stored: null }) }));
    const { failures: _none, ...rest } = report;
    return rest;
  });
}

/**
 * Runs an index run with the previous generation's stored records, read when it first needs them; when
 * they cannot be read, says so and runs it again without them (everything read, aligned and written).
 */
async function orWithoutStored<T>(log: ((line: string) => void) | undefined, attempt: (useStored: boolean) => Promise<T>): Promise<T> {
  try {
    return await attempt(true);
  } catch (err) {
    if (!(err instanceof StoredRecordsUnreadableError)) throw err;
    log?.(`warning: reading, aligning and writing every briefing again: the previous index's record fields could not be read (${err.message})`);
    return attempt(false);
  }
}

/** The previous generation's records and briefings of `keys` (a transcript that failed this run). */
function previousUnits(generationDir: string, previous: IndexManifest, keys: string[], stored: StoredLines | null): Unit[] {
  const all = stored ? null : readRecordStore(generationDir);
  const briefings = stored?.briefings ?? all!.briefings;
  return keys.flatMap((key) => {
    const briefing = briefings.find((b) => b.key === key);
    const entry = previous.transcripts[key]!;
    const records = stored ? (stored.recordsByKey.get(key) ?? []) : all!.records.filter((r) => r.key === key);
    return briefing
      ? [{ key, file: entry.file, lang: records[0]?.lang ?? 'en', date: briefing.date, occasion: briefing.occasion, title: briefing.title, hash: entry.hash, briefing, records }]
      : [];
  });
}

/**
 * Writes a complete new index generation of `parsed` (plus, for each failed path, what the previous
 * index held from it), embedding only what is new or changed, then swaps it in. The previous index
 * stays usable until the swap, and on disk for readers for a while after it. Caller holds the lock.
 */
async function commitTranscripts(
  parsed: Transcript[],
  options: Omit<BuildOptions, 'sources'>,
  run: {
    sources: string[];
    failures: ParseFailure[];
    /** Briefings of unchanged files, taken from the previous generation unparsed (read-sources.ts). */
    carried?: Unit[];
    /** The signature of each page file parsed (by its path as listed), remembered in the manifest. */
    signatures?: Map<string, string>;
    /** The previous generation's stored lines, when the caller read them already (null: they cannot be used). */
    stored?: StoredLines | null;
    /** The previous generation's manifest, when the caller read it already. */
    previous?: IndexManifest | null;
    /** The spreadsheets listed that the index takes nothing from, with their signatures (read-sources.ts), remembered in the manifest. */
    idleSheets?: Map<string, string>;
  },
): Promise<Omit<BuildReport, 'forgotten'>> {
  const log = options.log ?? (() => {});
  const { indexDir, embedder } = options;
  const previousDir = currentGeneration(indexDir);
  const previous = run.previous !== undefined ? run.previous : readManifest(previousDir);
  let reusable = previous !== null && previous.model !== null;
  if (previous && previous.format !== INDEX_FORMAT) {
    log(`index format changed (${previous.format} → ${INDEX_FORMAT}): rebuilding everything`);
    reusable = false;
  } else if (previous && previous.parserVersion !== PARSER_VERSION) {
    log(`parser version changed (${previous.parserVersion} → ${PARSER_VERSION}): rebuilding everything`);
    reusable = false;
  } else if (previous?.model && embedder && (previous.model !== embedder.model || previous.dimension !== embedder.dimension)) {
    log(`model changed (${previous.model} → ${embedder.model}): re-embedding everything`);
    reusable = false;
  }

  const model = embedder?.model ?? (reusable ? previous!.model : null);
  const dimension = embedder?.dimension ?? (reusable ? previous!.dimension : null);

  // What failed this run keeps what the index held from it: a failure never removes.
  const carried = run.carried ?? [];
  const freshFiles = new Set(run.failures.length === 0 ? [] : [...parsed, ...carried].map((t) => resolveFile(t.file)));
  const keptFor = new Map<ParseFailure, string[]>(run.failures.map((f) => [f, []]));
  for (const [key, entry] of run.failures.length === 0 ? [] : Object.entries(previous?.transcripts ?? {})) {
    if (freshFiles.has(resolveFile(entry.file))) continue;
    const failure = run.failures.find((f) => isWithin(entry.file, f.file));
    if (failure) keptFor.get(failure)!.push(key);
  }
  const stored = run.stored !== undefined ? run.stored : reusableLinks(previous) && previousDir ? readStoredLines(previousDir) : null;
  let pastSkipped: ReturnType<typeof heldPastSkippedRows> | null = null;
  if (previous?.format === INDEX_FORMAT && previousDir && run.failures.some((f) => f.row !== undefined)) {
    try {
      pastSkipped = heldPastSkippedRows(parsed, new Set(carried.map((u) => u.key)), run.failures, previous, stored ?? readStoredLines(previousDir));
    } catch (err) {
      if (!(err instanceof StoredRecordsUnreadableError || err instanceof IndexDamagedError)) throw err;
      log(`warning: the exchanges indexed before from spreadsheets with rows skipped this run cannot be kept (${err.message}): those rows' pairs are not indexed until they are mended`);
    }
  }
  if (pastSkipped) {
    for (const [failure, keys] of pastSkipped.kept) keptFor.get(failure)!.push(...keys);
    parsed = parsed.filter((t) => !pastSkipped.dropped.has(t));
  }
  const keptKeys = [...keptFor.values()].flat();
  let kept: Unit[] = [];
  if (keptKeys.length > 0 && previous?.format === INDEX_FORMAT && previousDir) {
    kept = previousUnits(previousDir, previous, keptKeys, stored);
  } else if (keptKeys.length > 0) {
    log(`warning: ${plural(keptKeys.length, 'transcript')} that could not be read this run cannot be kept: the previous index has another format`);
    for (const list of keptFor.values()) list.length = 0;
  }
  // A fresh transcript sharing a kept one's key (its same-day twin) takes the next free key.
  const keptKeySet = new Set([...kept, ...carried].map((u) => u.key));
  const taken = new Set([...keptKeySet, ...parsed.map((t) => t.key)]);
  for (const t of parsed) {
    if (keptKeySet.has(t.key)) {
      const key = freeKey(baseKey(t.key), taken);
      taken.add(key);
      rekey(t, key);
    }
  }
  const hashes = new Map(parsed.map((t) => [t, contentHash(t)]));
  const appending = previous && previousDir && keptKeys.length === 0
    ? appendOnly(parsed, carried, hashes, previous, previousDir, embedder, run.signatures)
    : null;
  if (appending) return appendTranscripts(appending, previous!, previousDir!, options, { ...run, carried: carried.length });
  // Before anything is linked or stored by id: a briefing the index holds keeps its exchanges' ids.
  // With no usable current generation (`CURRENT` removed to rebuild a damaged index), the ids are
  // those the generation current before gave: an id handed out never names another exchange.
  const former = previous ? null : formerGeneration(indexDir);
  if (former === 'lost') log(`warning: the ids the previous index gave could not be read (no index generation it made can be read any more): ${IDS_LOST}`);
  const lasting = former && former !== 'lost'
    ? keepPreviousIds(parsed, hashes, former.manifest, former.dir, null, log)
    : keepPreviousIds(parsed, hashes, previous, previousDir, stored, log);
  const chineseOf = alignChangedDates(parsed, carried, hashes, stored ? previous : null, stored);
  const units: Unit[] = [
    ...parsed.map((t) => parsedUnit(t, hashes.get(t)!, chineseOf, run.signatures, lasting.retired.get(t))),
    ...kept,
    ...carried,
  ].sort(compareUnits);
  // A kept English record's link to a Chinese record that is gone (its page removed) is dropped.
  const ids = new Set(units.flatMap((u) => u.records.map((r) => r.id)));
  for (const unit of [...kept, ...carried]) {
    if (unit.records.some((r) => r.zh && !ids.has(r.zh.id))) unit.records = unit.records.map((r) => (r.zh && !ids.has(r.zh.id) ? withoutChinese(r) : r));
  }

  const manifest: IndexManifest = {
    format: INDEX_FORMAT, parserVersion: PARSER_VERSION, terms: termsFingerprint(), model, dimension, builtAt: new Date().toISOString(),
    sources: run.sources, transcripts: {}, ...idleSheetsEntry(run.idleSheets),
  };
  const records: IndexedRecord[] = [];
  const chunks: StoredChunk[] = [];
  const toEmbed: IndexedRecord[] = [];
  let embedded = 0;
  let reused = 0;
  const embeds = embedsLanguage(model);
  // Vectors of unchanged transcripts come from the previous generation: a year that holds what it held
  // keeps its files, and only the other years' vectors are read, grouped by briefing key.
  const keptYears = reusable && previousDir && stored && VectorStore.listed(previousDir)
    ? keptVectorYears(units, previous!, stored.briefings, embeds)
    : new Set<string>();
  const previousChunks = new Map<string, StoredChunk[]>();
  if (reusable && previousDir) {
    const years = new Set(units.filter((u) => embeds(u.lang)).map((u) => u.date.slice(0, 4)).filter((year) => !keptYears.has(year)));
    for (const chunk of await VectorStore.chunksOfYears(previousDir, years)) {
      const list = previousChunks.get(chunk.metadata.key) ?? [];
      list.push(chunk);
      previousChunks.set(chunk.metadata.key, list);
    }
  }
  for (const unit of units) {
    const { hash, records: own } = unit;
    records.push(...own);
    // Nothing to embed (a language the model does not read), or kept with its year's vector files.
    const yearKept = embeds(unit.lang) && keptYears.has(unit.date.slice(0, 4));
    if (!embeds(unit.lang) || yearKept) {
      manifest.transcripts[unit.key] = manifestEntry(unit, own.length, true);
      if (yearKept) reused++;
      continue;
    }
    const old = previous?.transcripts[unit.key];
    const byId = new Map(own.map((r) => [r.id, r]));
    const before = old && old.hash === hash && old.vectors ? previousChunks.get(unit.key) : undefined;
    // Of records of the same ids (with the previous ids unknown, a briefing revised before may be numbered otherwise now).
    const kept = before?.every((c) => byId.has(c.metadata.record)) ? before : undefined;
    if (kept) {
      // Metadata is derived, so it is written afresh: only the vectors are worth keeping.
      for (const chunk of kept) chunks.push({ ...chunk, metadata: chunkMetadata(byId.get(chunk.metadata.record)!) });
      reused++;
    } else if (embedder) {
      for (const record of own) toEmbed.push(record);
      embedded++;
    }
    manifest.transcripts[unit.key] = manifestEntry(unit, own.length, kept !== undefined || embedder !== null);
  }
  const removed = previous ? Object.keys(previous.transcripts).filter((k) => !(k in manifest.transcripts)).length : 0;

  if (embedder && toEmbed.length > 0) {
    for (const chunk of await embedRecords(toEmbed, embedder, indexDir, log, options.progress)) chunks.push(chunk);
  }

  const generationDir = await writeGeneration(indexDir, manifest, options, async (generationDir) => {
    const unchanged = (unit: Unit): boolean => reusableLinks(previous) && previous.transcripts[unit.key]?.hash === unit.hash;
    // An unchanged briefing's record is stored as before, unless its link to the Chinese changed.
    const unchangedKeys = new Set(units.filter(unchanged).map((u) => u.key));
    const lineOf = (record: IndexedRecord): StoredLine | null => {
      const line = unchangedKeys.has(record.key) ? stored?.lines.get(record.id) : undefined;
      return line && line.zh?.id === record.zh?.id && line.zh?.confidence === record.zh?.confidence ? line : null;
    };
    try {
      writeRecordStore(generationDir, units.map((u) => u.briefing), records, stored && previousDir ? { from: previousDir, lineOf } : undefined);
    } catch (err) {
      // A write that failed (a full disk) fails the run: writing everything again would only fail later.
      if (!stored || err instanceof WriteFailedError) throw err;
      if (carried.length > 0) throw new CarriedRecordsError(err as Error);
      log(`warning: writing every record again: the previous index's records could not be copied (${(err as Error).message})`);
      writeRecordStore(generationDir, units.map((u) => u.briefing), records);
    }
    // The English index always (a search opens it), the Chinese one where there are Chinese briefings.
    // Lexical indexes made by other term rules are neither taken over nor merged: built afresh.
    // Nor one whose ids may not be this run's (the previous ids unknown).
    const lexicalFrom = previous?.terms === termsFingerprint() && lasting.known ? previousDir : null;
    for (const [files, index] of LEXICAL_INDEXES) {
      const held = units.filter((u) => isLanguage(u.lang, index));
      if (index === 'en' || held.length > 0) writeLexical(generationDir, lexicalFrom, held, unchanged, files);
    }
    if (chunks.length > 0 || keptYears.size > 0) await VectorStore.write(generationDir, chunks, previousDir, keptYears);
  });

  const withoutVectors = Object.values(manifest.transcripts).filter((t) => !t.vectors).length;
  return {
    transcripts: units.length, records: records.length, embedded, reused, removed, carried: carried.length,
    withoutVectors, model, generationDir, sources: run.sources,
    failures: run.failures.map((f) => ({ ...f, kept: keptFor.get(f)!.filter((k) => k in manifest.transcripts) })),
  };
}

/** A transcript parsed this run as the new generation holds it, its English records linked to their Chinese originals; `retiredIds`, its briefing's (lasting-ids.ts). */
function parsedUnit(t: Transcript, hash: string, chineseOf: ChineseLinks, signatures: Map<string, string> | undefined, retiredIds: string[] = []): Unit {
  return {
    key: t.key, file: sourceId(t.file), lang: t.lang ?? 'en', date: t.date, occasion: t.occasion, title: t.title, hash, stat: signatures?.get(t.file),
    records: linkChinese(toIndexedRecords(t), chineseOf), briefing: { ...toBriefingSummary(t), ...(retiredIds.length > 0 ? { retiredIds } : {}) },
  };
}

/** What a run that cannot read the ids the index gave before does, said in its warning. */
const IDS_LOST = 'each exchange is numbered as its page numbers it, so an id handed out before a revision of its page may now name another exchange';

/**
 * Gives each transcript parsed this run whose briefing the previous generation holds (same key) the
 * ids its exchanges had there (lasting-ids.ts); its `hashes` are of the page as parsed, numbered as
 * alone, so an unchanged one takes the stored ids without its text compared. Returns each one's
 * retired ids, and whether the previous ids were known: when the previous records cannot be read
 * (another format, a damaged index), every exchange keeps its page's number, which is said.
 */
function keepPreviousIds(
  parsed: Transcript[], hashes: Map<Transcript, string>, previous: IndexManifest | null, previousDir: string | null,
  stored: StoredLines | null, log: (line: string) => void,
): { retired: Map<Transcript, string[]>; known: boolean } {
  const retired = new Map<Transcript, string[]>();
  const held = parsed.filter((t) => previous?.transcripts[t.key] !== undefined);
  if (held.length === 0 || !previous || !previousDir) return { retired, known: true };
  const plans = new Map<Transcript, IdPlan>();
  try {
    if (previous.format !== INDEX_FORMAT) throw new StoredRecordsUnreadableError(`it has another format (${previous.format}, now ${INDEX_FORMAT})`);
    const source = stored ?? readStoredLines(previousDir);
    for (const t of held) {
      const briefing = heldBriefing(source, t.key);
      if (briefing) plans.set(t, planIds(t, briefing, previous.transcripts[t.key]!.hash === hashes.get(t)));
    }
  } catch (err) {
    // What the stored lines could not give is the caller's to retry without them; their own reading here is said.
    if (stored && err instanceof StoredRecordsUnreadableError) throw err;
    if (!(err instanceof StoredRecordsUnreadableError || err instanceof IndexDamagedError)) throw err;
    log(`warning: the ids the previous index gave could not be read (${err.message}): ${IDS_LOST}`);
    return { retired, known: false };
  }
  for (const [t, plan] of plans) {
    renameExchanges(t, plan.ids);
    retired.set(t, plan.retiredIds);
  }
  return { retired, known: true };
}

/** The manifest's `idleSheets`, by each sheet's path as its briefings' files are named; nothing when there is none. */
function idleSheetsEntry(idle: Map<string, string> | undefined): Pick<IndexManifest, 'idleSheets'> {
  return idle && idle.size > 0 ? { idleSheets: Object.fromEntries([...idle].map(([file, signature]) => [sourceId(file), signature])) } : {};
}

/** A briefing's manifest entry (`TranscriptEntry`). */
function manifestEntry(unit: Pick<Unit, 'file' | 'hash' | 'stat' | 'date' | 'lang' | 'occasion' | 'title'>, records: number, vectors: boolean): TranscriptEntry {
  const { file, hash, stat, date, lang, occasion, title } = unit;
  return { file, hash, records, vectors, ...(stat ? { stat } : {}), date, lang, occasion, title };
}

/** Index order (records, lexical documents, briefings): by date, then key; so a newer briefing is appended (`appendTranscripts`). */
function compareUnits(a: Pick<Unit, 'key' | 'date'>, b: Pick<Unit, 'key' | 'date'>): number {
  const [x, y] = [a.date, b.date];
  return x < y ? -1 : x > y ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** A briefing of the previous generation that an appending update keeps as it is: its facts, and its page file's signature now (none for an import's, or one given in memory). */
type KeptBriefing = Pick<Unit, 'date' | 'lang' | 'occasion' | 'title' | 'stat'>;

/** What an update that only adds newer briefings writes: the previous generation's briefings as they are, by key, and the new transcripts. */
interface Appending {
  kept: Map<string, KeptBriefing>;
  added: Transcript[];
  /** Per lexical index, the previous briefings it holds, in order. */
  lexical: Record<LexicalIndexName, { key: string; hash: string }[]>;
}

/**
 * Whether this run only adds briefings to the previous generation, each newer (later date) than
 * every briefing it holds, and changes nothing else: every previous briefing is still there with
 * the same content and file (carried, or parsed again unchanged), its term rules, links and vectors
 * are this run's, and no lexical index needs what only a full write gives. Such an update appends
 * (`appendTranscripts`): what it writes equals a clean build, as the index order puts the new
 * briefings last. Anything else takes the general path, which reads the previous records (and so
 * a briefing the index holds that changed keeps its exchanges' ids there: `keepPreviousIds`).
 */
function appendOnly(
  parsed: Transcript[], carried: Unit[], hashes: Map<Transcript, string>, previous: IndexManifest, previousDir: string,
  embedder: Embedder | null, signatures: Map<string, string> | undefined,
): Appending | null {
  if (!reusableLinks(previous) || previous.terms !== termsFingerprint()) return null;
  if (embedder && (previous.model !== embedder.model || previous.dimension !== embedder.dimension)) return null;
  const kept = new Map<string, KeptBriefing>();
  let newestDate = '';
  const keep = (key: string, briefing: KeptBriefing): void => {
    kept.set(key, briefing);
    if (briefing.date > newestDate) newestDate = briefing.date;
  };
  for (const u of carried) keep(u.key, u);
  const added: Transcript[] = [];
  for (const t of parsed) {
    const entry = previous.transcripts[t.key];
    if (!entry) added.push(t);
    else if (entry.hash === hashes.get(t) && resolveFile(entry.file) === resolveFile(t.file)) {
      keep(t.key, { date: t.date, lang: t.lang ?? 'en', occasion: t.occasion, title: t.title, stat: signatures?.get(t.file) });
    } else return null;
  }
  // A new briefing on a date the index holds could change that date's links to the Chinese.
  if (added.some((t) => t.date <= newestDate)) return null;
  const embeds = embedsLanguage(embedder?.model ?? previous.model);
  if (previous.model !== null && !VectorStore.listed(previousDir)) return null;
  // Each lexical index is the previous one's briefings' (its hash says so), or is not there and has none.
  const lexical: Appending['lexical'] = { en: [], zh: [] };
  let count = 0;
  for (const [key, entry] of Object.entries(previous.transcripts)) {
    const briefing = kept.get(key);
    if (!briefing || (embedder && embeds(briefing.lang) && !entry.vectors)) return null;
    lexical[isLanguage(briefing.lang, 'zh') ? 'zh' : 'en'].push({ key, hash: entry.hash });
    count++;
  }
  if (count !== kept.size) return null;
  for (const [files, index] of LEXICAL_INDEXES) {
    const hash = readHash(previousDir, files);
    if (lexical[index].length > 0 ? hash !== lexicalHash(lexical[index]) : hash !== null) return null;
  }
  return { kept, added, lexical };
}

/**
 * Writes the new generation of an update that only adds newer briefings (`appendOnly`): the previous
 * record store, lexical indexes and vector years with the new briefings' appended, without reading
 * the previous records. Caller holds the lock.
 */
async function appendTranscripts(
  appending: Appending, previous: IndexManifest, previousDir: string, options: Omit<BuildOptions, 'sources'>,
  run: { sources: string[]; failures: ParseFailure[]; signatures?: Map<string, string>; carried: number; idleSheets?: Map<string, string> },
): Promise<Omit<BuildReport, 'forgotten'>> {
  const log = options.log ?? (() => {});
  const { indexDir, embedder } = options;
  const { kept, added } = appending;
  const model = embedder?.model ?? previous.model;
  const embeds = embedsLanguage(model);
  // A new briefing's date holds only new briefings (appendOnly): their links are all that date's.
  const chineseOf = alignCorpus(added);
  const units = added.map((t) => parsedUnit(t, contentHash(t), chineseOf, run.signatures)).sort(compareUnits);

  const manifest: IndexManifest = {
    format: INDEX_FORMAT, parserVersion: PARSER_VERSION, terms: termsFingerprint(), model, dimension: embedder?.dimension ?? previous.dimension,
    builtAt: new Date().toISOString(), sources: run.sources, transcripts: {}, ...idleSheetsEntry(run.idleSheets),
  };
  let records = 0;
  let reused = 0;
  for (const [key, entry] of Object.entries(previous.transcripts)) {
    const briefing = kept.get(key)!;
    // The previous entry as it is when it says what this run would write (it usually does).
    const same = entry.stat === briefing.stat && entry.date === briefing.date && entry.lang === briefing.lang &&
      entry.occasion === briefing.occasion && entry.title === briefing.title;
    const { stat, date, lang, occasion, title } = briefing;
    manifest.transcripts[key] = same ? entry : manifestEntry({ file: entry.file, hash: entry.hash, stat, date, lang, occasion, title }, entry.records, entry.vectors);
    records += entry.records;
    if (model !== null && embeds(lang) && entry.vectors) reused++;
  }
  const toEmbed = embedder ? units.filter((u) => embeds(u.lang)) : [];
  for (const unit of units) {
    manifest.transcripts[unit.key] = manifestEntry(unit, unit.records.length, !embeds(unit.lang) || embedder !== null);
    records += unit.records.length;
  }
  const chunks = toEmbed.length > 0 ? await embedRecords(toEmbed.flatMap((u) => u.records), embedder!, indexDir, log, options.progress) : [];
  const report = {
    transcripts: kept.size + units.length, records, embedded: toEmbed.length, reused, removed: 0, carried: run.carried, withoutVectors:
      Object.values(manifest.transcripts).filter((t) => !t.vectors).length,
    model, sources: run.sources, failures: run.failures.map((f) => ({ ...f, kept: [] })),
  };
  // Nothing new and the manifest as it was: a new generation would only make readers reload the same index.
  if (units.length === 0 && sameManifest(manifest, previous)) {
    tidy(indexDir, options);
    return { ...report, generationDir: previousDir, unchanged: true };
  }

  const generationDir = await writeGeneration(indexDir, manifest, options, async (generationDir) => {
    appendRecordStore(generationDir, previousDir, units.map((u) => u.briefing), units.flatMap((u) => u.records));
    for (const [files, index] of LEXICAL_INDEXES) {
      const before = appending.lexical[index];
      const newer = units.filter((u) => isLanguage(u.lang, index));
      if (before.length + newer.length === 0) continue;
      const hash = lexicalHash([...before, ...newer]);
      const fresh = newer.flatMap((u) => u.records);
      // appendOnly checked that the previous index holds exactly `before`, or is absent when that is empty.
      if (fresh.length === 0) takeOverLexical(previousDir, generationDir, files);
      else writeLexicalFiles(generationDir, before.length > 0 ? appendLexicalData(readLexicalData(previousDir, files), fresh) : buildLexicalData(fresh), files);
      writeFileDurable(join(generationDir, `${files.header}.sha256`), hash);
    }
    const years = VectorStore.years(previousDir) ?? new Set<string>();
    // Chunks follow their briefing's date.
    const changedYears = new Set(chunks.length > 0 ? toEmbed.map((u) => u.date.slice(0, 4)) : []);
    const keptYears = new Set([...years].filter((year) => !changedYears.has(year)));
    const yearsBefore = await VectorStore.chunksOfYears(previousDir, new Set([...changedYears].filter((year) => years.has(year))));
    if (chunks.length > 0 || keptYears.size > 0) await VectorStore.write(generationDir, [...yearsBefore, ...chunks], previousDir, keptYears);
  });
  return { ...report, generationDir, appended: true };
}

function sameManifest(a: IndexManifest, b: IndexManifest): boolean {
  return JSON.stringify({ ...a, builtAt: '' }) === JSON.stringify({ ...b, builtAt: '' });
}

/**
 * The years whose vectors an update keeps as they are: every briefing of the year that has vectors is
 * unchanged since the previous generation and had vectors there, and the previous generation's
 * briefings with vectors in that year are the same ones. (Chunks follow their briefing's date.)
 */
function keptVectorYears(
  units: Unit[], previous: IndexManifest, before: Pick<BriefingSummary, 'key' | 'date' | 'lang'>[], embeds: (lang: Lang) => boolean,
): Set<string> {
  const add = (map: Map<string, string[]>, year: string, entry: string): void => {
    const list = map.get(year);
    if (list) list.push(entry);
    else map.set(year, [entry]);
  };
  const now = new Map<string, string[]>();
  const changed = new Set<string>();
  for (const unit of units) {
    if (!embeds(unit.lang)) continue;
    const year = unit.date.slice(0, 4);
    add(now, year, `${unit.key} ${unit.hash}`);
    const old = previous.transcripts[unit.key];
    if (!old || old.hash !== unit.hash || !old.vectors) changed.add(year);
  }
  const then = new Map<string, string[]>();
  for (const b of before) {
    const old = previous.transcripts[b.key];
    if (embeds(b.lang ?? 'en') && old?.vectors) add(then, b.date.slice(0, 4), `${b.key} ${old.hash}`);
  }
  const same = (a: string[], b: string[] | undefined): boolean => b !== undefined && a.length === b.length && a.sort().join('\n') === b.sort().join('\n');
  return new Set([...now].filter(([year, entries]) => !changed.has(year) && same(entries, then.get(year))).map(([year]) => year));
}

/** Whether the previous generation's Chinese links were made by this format and parser. */
function reusableLinks(previous: IndexManifest | null): previous is IndexManifest {
  return previous !== null && previous.format === INDEX_FORMAT && previous.parserVersion === PARSER_VERSION;
}

type ChineseLinks = Map<string, { zh: string; confidence: number }>;

/**
 * The Chinese original of each English record (`alignCorpus`: English id → Chinese id and confidence),
 * aligning only the dates where a transcript is new, changed or gone since the previous generation;
 * the other dates keep the links it stored. Aligning is per date, and aligning the whole archive
 * again was most of the time of adding one briefing. The briefings `carried` over unparsed keep their
 * links; a date has them only when it is unchanged (read-sources.ts).
 */
function alignChangedDates(
  parsed: Transcript[], carried: Unit[], hashes: Map<Transcript, string>, previous: IndexManifest | null, stored: StoredLines | null,
): ChineseLinks {
  if (!previous || !stored) return alignCorpus(parsed);
  const byDate = new Map<string, Transcript[]>();
  for (const t of parsed) byDate.set(t.date, [...(byDate.get(t.date) ?? []), t]);
  const carriedOn = new Map<string, number>();
  for (const u of carried) carriedOn.set(u.date, (carriedOn.get(u.date) ?? 0) + 1);
  const unchanged = (date: string, transcripts: Transcript[]): boolean => {
    const before = stored.keysByDate.get(date);
    return before !== undefined && before.size === transcripts.length + (carriedOn.get(date) ?? 0) &&
      transcripts.every((t) => before.has(t.key) && previous.transcripts[t.key]?.hash === hashes.get(t));
  };
  const clean = new Set([...byDate].filter(([date, transcripts]) => unchanged(date, transcripts)).map(([date]) => date));
  const links: ChineseLinks = alignCorpus(parsed.filter((t) => !clean.has(t.date)));
  for (const t of parsed) {
    if (!clean.has(t.date) || t.lang === 'zh') continue;
    for (const r of t.records) {
      const link = stored.lines.get(r.id)?.zh;
      if (link) links.set(r.id, { zh: link.id, confidence: link.confidence });
    }
  }
  return links;
}


/** Each English record with the link to its aligned Chinese original (English id → Chinese id). */
function linkChinese(records: IndexedRecord[], chineseOf: ChineseLinks): IndexedRecord[] {
  for (const record of records) {
    const pair = chineseOf.get(record.id);
    if (pair) record.zh = { id: pair.zh, confidence: pair.confidence };
  }
  return records;
}

function withoutChinese(record: IndexedRecord): IndexedRecord {
  const { zh: _gone, ...rest } = wholeRecord(record);
  return rest;
}

/**
 * One lexical index of the new generation (the English records', or the Chinese': layout.ts), beside a
 * hash of what it indexes (the key and content hash of each briefing, in order). When that is the
 * previous generation's, its files are taken over, hard-linked (a committed generation never changes
 * its files); otherwise the previous index is merged with the records of the briefings new or changed
 * since (lexical-merge.ts), which gives the files a clean build would. Tokenizing every record again
 * was most of the time of adding one briefing. The caller gives no previous generation whose terms
 * fingerprint is not today's (terms-fingerprint.ts), so no index mixes terms of two versions of the rules.
 */
function writeLexical(generationDir: string, previousDir: string | null, units: Unit[], unchanged: (unit: Unit) => boolean, files: LexicalFiles): void {
  const hash = lexicalHash(units);
  const hashFile = `${files.header}.sha256`;
  try {
    if (previousDir && readHash(previousDir, files) === hash) {
      takeOverLexical(previousDir, generationDir, files);
      writeFileDurable(join(generationDir, hashFile), hash);
      return;
    }
  } catch (err) {
    if (err instanceof WriteFailedError) throw err;
    for (const file of [files.header, files.postings]) rmSync(join(generationDir, file), { force: true }); // unreadable: build it
  }
  const records = units.flatMap((u) => u.records);
  const previous = previousDir && units.some(unchanged) ? previousLexical(previousDir, files) : null;
  let data: LexicalData | null = null;
  if (previous) {
    const docOf = new Map(previous.ids.map((id, doc) => [id, doc]));
    const previousDoc = new Int32Array(records.length).fill(-1);
    let doc = 0;
    for (const unit of units) {
      const carried = unchanged(unit);
      for (const record of unit.records) previousDoc[doc++] = carried ? (docOf.get(record.id) ?? -1) : -1;
    }
    try {
      data = mergeLexicalData(records, previous, previousDoc);
    } catch {
      data = null; // out of order (a key sorted differently): built afresh below
    }
  }
  writeLexicalFiles(generationDir, data ?? buildLexicalData(records), files);
  writeFileDurable(join(generationDir, hashFile), hash);
}

/** The lexical indexes of a generation, and the records each holds. */
const LEXICAL_INDEXES: [LexicalFiles, LexicalIndexName][] = [[ENGLISH_FILES, 'en'], [CHINESE_FILES, 'zh']];
type LexicalIndexName = 'en' | 'zh';

/** Whether a record of language `lang` is in the lexical index of `index` (the English one holds every language but Chinese). */
function isLanguage(lang: Lang, index: LexicalIndexName): boolean {
  return (lang === 'zh') === (index === 'zh');
}

/** Which languages a model's vectors are made of: Chinese only by a model that reads it (an English model's vectors of it are noise). */
function embedsLanguage(model: string | null): (lang: Lang) => boolean {
  const chinese = model !== null && readsChinese(model);
  return (lang) => lang !== 'zh' || chinese;
}

/** What a lexical index holds, as stored beside it: the key and content hash of each briefing, in order. */
function lexicalHash(briefings: readonly { key: string; hash: string }[]): string {
  const hashing = createHash('sha256').update(String(INDEX_FORMAT));
  for (const b of briefings) hashing.update(`${b.key} ${b.hash}\n`);
  return hashing.digest('hex');
}

/** The hash stored beside a generation's lexical index, or null when it has none. */
function readHash(generationDir: string, files: LexicalFiles): string | null {
  try {
    return readFileSync(join(generationDir, `${files.header}.sha256`), 'utf8');
  } catch {
    return null;
  }
}

function takeOverLexical(previousDir: string, generationDir: string, files: LexicalFiles): void {
  for (const file of [files.header, files.postings]) takeOver(join(previousDir, file), join(generationDir, file));
}

/**
 * Makes a new generation (`write` fills it), writes its manifest last (a generation without one is
 * never taken for complete) and swaps it in; a failure discards it and leaves the previous one.
 */
async function writeGeneration(
  indexDir: string, manifest: IndexManifest, options: Pick<BuildOptions, 'log' | 'graceMs'>, write: (generationDir: string) => Promise<void>,
): Promise<string> {
  const generationDir = createGeneration(indexDir);
  try {
    await write(generationDir);
    writeFileDurable(join(generationDir, MANIFEST_FILE), JSON.stringify(manifest));
    commitGeneration(indexDir, generationDir);
  } catch (err) {
    discardGeneration(indexDir, generationDir);
    throw err;
  }
  // Committed: from here on nothing may fail the run (the next run finishes any tidying).
  tidy(indexDir, options);
  return generationDir;
}

/** Removes what earlier runs left (a finished embedding journal, replaced generations past their grace period); never throws. */
function tidy(indexDir: string, options: Pick<BuildOptions, 'log' | 'graceMs'>): void {
  try {
    clearEmbeddingJournal(indexDir);
    removeStaleGenerations(indexDir, { graceMs: options.graceMs });
  } catch (err) {
    options.log?.(`warning: could not tidy ${indexDir}/: ${(err as Error).message}`);
  }
}

/** The previous generation's lexical index, or null when it has none that can be read. */
function previousLexical(previousDir: string, files: LexicalFiles): LexicalData | null {
  try {
    return readLexicalData(previousDir, files);
  } catch {
    return null;
  }
}

/** A previous generation's file in the new one: hard-linked, or copied where links cannot be made. */
function takeOver(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    writeFileDurable(to, readFileSync(from));
  }
}

/** Embeds every chunk of the given records, resuming from the journal a killed run left. */
async function embedRecords(
  records: IndexedRecord[],
  embedder: Embedder,
  indexDir: string,
  log: (line: string) => void,
  progress?: (done: number, total: number) => void,
): Promise<StoredChunk[]> {
  const journal = new EmbeddingJournal(indexDir);
  if (journal.size > 0) log(`resuming: ${plural(journal.size, 'vector')} from an interrupted run ${journal.size === 1 ? 'is' : 'are'} reused`);
  const chunks: (StoredChunk & { hash: string; text: string })[] = [];
  for (const record of records) {
    const paragraphs = record.answer.split(PARAGRAPH_SEPARATOR);
    chunkRecord(record.question, paragraphs, (t) => embedder.countTokens(t), embedder.maxTokens).forEach((text, i) => {
      chunks.push({ id: `${record.id}~${i}`, hash: chunkHash(embedder.model, text), text, vector: [], metadata: chunkMetadata(record) });
    });
  }
  const missing = chunks.filter((c) => journal.get(c.hash) === undefined);
  const BATCH = 32;
  progress?.(0, missing.length);
  for (let i = 0; i < missing.length; i += BATCH) {
    const batch = missing.slice(i, i + BATCH);
    const vectors = await embedder.embed(batch.map((c) => c.text));
    journal.append(batch.map((c, j) => ({ hash: c.hash, vector: Array.from(vectors[j]!) })));
    progress?.(Math.min(i + BATCH, missing.length), missing.length);
  }
  return chunks.map(({ id, hash, metadata }) => ({ id, vector: journal.get(hash)!, metadata }));
}
