import { beijingDate } from '../util/iso-date.js';
import { readdirSync, readlinkSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import * as crypto from 'node:crypto';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { checkTranscriptSize, decodeTranscript, looksLikeHtml, MAX_TRANSCRIPT_BYTES } from './decode.js';
import { TranscriptError } from './errors.js';
import { fileStamp } from './file-stamp.js';
import { MANIFEST_NAME, readManifest, type ManifestEntry } from './manifest.js';
import { parseTranscript, type TranscriptHints } from './parse.js';
import { garbledPasteWarning } from './plain.js';
import type { ParsedAhead } from './parsed-ahead.js';
import { resolveFile } from './resolve-file.js';
import type { Transcript } from './types.js';
import { chineseKey } from './zh/parse.js';
import { isUtf8, printableBytes } from '../util/printable.js';
import { fileSystemReason, FileTooLargeError, NotRegularFileError, readRegularFile, specialFileKind } from '../util/regular-file.js';

/** The order of a folder's files: `localeCompare`'s, from one collator (localeCompare makes one a call: seconds for an archive). */
const byName = new Intl.Collator();

/** A file that could not be parsed, and why (one line). */
export interface ParseFailure {
  file: string;
  error: string;
  /** A spreadsheet's row this failure is of (the first, for a line said of several): the rest of the file was read. */
  row?: number;
}

/** The outcome for one input file, in input order. */
export type FileOutcome =
  | { file: string; ok: true; transcript: Transcript; /** What was wrong but did not stop it (a manifest row's URL refused, a few garbled lines). */ warnings?: string[] }
  | { file: string; ok: false; error: string; /** As `ParseFailure.row`. */ row?: number };

/** Extensions taken from a folder; a file named explicitly is read whatever its name. */
export const TRANSCRIPT_EXTENSIONS = new Set(['.shtml', '.html', '.htm', '.txt']);

const notRegular = (stats: Stats): string => `${specialFileKind(stats)}, not a regular file: skipped`;

/** What is said of a file or folder whose name is not UTF-8: it cannot be opened by its name as read. */
const NOT_UTF8_NAME = 'its name is not valid UTF-8 (the bytes shown as \\xNN), so it cannot be opened by that name: skipped; rename it in UTF-8 to index it';

/**
 * The entries of a folder whose names are not valid UTF-8, by the name Node.js decodes them to (each
 * bad byte a U+FFFD), with the name as bytes escaped for messages. Read only when a name holds U+FFFD.
 */
function undecodableNames(dir: string, entries: Dirent[]): Map<string, string> {
  const names = new Map<string, string>();
  if (!entries.some((e) => e.name.includes('\uFFFD'))) return names;
  for (const raw of readdirSync(dir, { encoding: 'buffer' })) {
    if (!isUtf8(raw)) names.set(raw.toString('utf8'), printableBytes(raw));
  }
  return names;
}

/** A folder's real path (links resolved), or the path itself when it cannot be resolved. */
function realFolder(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return resolve(dir);
  }
}

/**
 * Expands files and folders (recursively) into transcript files, sorted within each folder. Only
 * regular files are read (a FIFO would block the reader forever). A path that cannot be read,
 * file or folder, is a failure naming it: never taken for an empty one. From a folder, only files
 * with one of `extensions`. A symbolic link to a folder is followed (a researcher links her export
 * folder into the one she indexes), unless it leads back into a folder it lies in, which would loop:
 * that, and a link to nothing, is a failure naming the link and where it points. A file reached
 * twice (through a link and by its own path) is read once.
 */
export function listTranscriptFiles(
  paths: string[],
  extensions: ReadonlySet<string> = TRANSCRIPT_EXTENSIONS,
): { files: string[]; failures: ParseFailure[] } {
  const files: string[] = [];
  const failures: ParseFailure[] = [];
  const walk = (dir: string, within: ReadonlySet<string>): void => {
    const inside = new Set([...within, realFolder(dir)]);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      failures.push({ file: dir, error: `folder could not be read (${fileSystemReason(err, dir)}): skipped` });
      return;
    }
    const undecodable = undecodableNames(dir, entries);
    for (const entry of entries.sort((a, b) => byName.compare(a.name, b.name))) {
      // Hidden files, and the owner file Excel and Word keep beside a document while it is open (`~$sheet.xlsx`, a
      // few bytes naming who opened it): no transcript, and read as a sheet it failed every index run (hunt-O (b)).
      if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
      const path = join(dir, entry.name);
      const escaped = undecodable.get(entry.name);
      if (escaped !== undefined) {
        if (entry.isDirectory() || extensions.has(extname(entry.name).toLowerCase())) failures.push({ file: join(dir, escaped), error: NOT_UTF8_NAME });
        continue;
      }
      if (entry.isDirectory()) walk(path, inside);
      else if (entry.isSymbolicLink() && followLink(path, inside)) continue;
      else if (entry.name === MANIFEST_NAME || !extensions.has(extname(entry.name).toLowerCase())) continue;
      else if (entry.isFile()) files.push(path);
      else addFile(path); // a link, a FIFO, a socket…: judged by what it is
    }
  };
  /** Walks a link to a folder (true), or says why it is not followed (true); false for a link to anything else, judged as a file. */
  const followLink = (path: string, inside: ReadonlySet<string>): boolean => {
    let target: string;
    try {
      target = readlinkSync(path);
    } catch {
      return false;
    }
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch (err) {
      if (extensions.has(extname(path).toLowerCase())) return false; // a link named as a transcript: addFile says it
      failures.push({ file: path, error: `a symbolic link to ${target}, which cannot be read (${fileSystemReason(err, target)}): skipped` });
      return true;
    }
    if (!stats.isDirectory()) return false;
    if (inside.has(realFolder(path))) {
      failures.push({ file: path, error: `a symbolic link to ${target}, a folder it lies in: skipped, since following it would read that folder again without end` });
      return true;
    }
    walk(path, inside);
    linked = true;
    return true;
  };
  let linked = false;
  const addFile = (path: string): void => {
    try {
      const stats = statSync(path);
      if (stats.isFile()) files.push(path);
      else failures.push({ file: path, error: notRegular(stats) });
    } catch (err) {
      failures.push({ file: path, error: fileSystemReason(err, path) });
    }
  };
  for (const path of paths) {
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch (err) {
      failures.push({ file: path, error: fileSystemReason(err, path) });
      continue;
    }
    if (stats.isDirectory()) walk(path, new Set());
    else addFile(path);
  }
  // A file named twice (seeds/ and seeds/plain-text/x.txt, or by another path) is read once; through a
  // followed link, by its real path (links are resolved only then: an index run lists tens of thousands of files).
  const seen = new Set<string>();
  const identity = (f: string): string => {
    if (!linked) return resolveFile(f);
    try {
      return realpathSync(f);
    } catch {
      return resolveFile(f);
    }
  };
  return { files: files.filter((f) => {
    const path = identity(f);
    return !seen.has(path) && seen.add(path);
  }), failures };
}

/** Manifests are read once per folder. */
class ManifestCache {
  private readonly byDir = new Map<string, Map<string, ManifestEntry>>();
  entryFor(file: string): ManifestEntry | undefined {
    const folder = dirname(file);
    let manifest = this.byDir.get(folder);
    if (!manifest) {
      manifest = readManifest(resolve(folder));
      this.byDir.set(folder, manifest);
    }
    return manifest.get(basename(file));
  }
}

/** A regular file's bytes (`readRegularFile`), what is wrong with it said as of a transcript. */
function readTranscriptFile(file: string): Buffer {
  try {
    return readRegularFile(file, MAX_TRANSCRIPT_BYTES);
  } catch (err) {
    if (err instanceof NotRegularFileError) throw new TranscriptError(`${err.kind}, not a regular file: skipped`);
    if (err instanceof FileTooLargeError) checkTranscriptSize(err.size);
    throw err;
  }
}

/**
 * `FILE: dated 2062-01-08, after today: …`, for a transcript dated after today in Beijing, where the
 * briefings are dated (a year slipped in a pasted title): indexed as dated, it was every "latest"
 * answer, and only the sync said so (hunt-I #6). Null otherwise.
 */
function datedAheadWarning(file: string, date: string, now = new Date()): string | null {
  const beijingToday = beijingDate(now);
  return date > beijingToday ? `${file}: dated ${date}, after today (${beijingToday} in Beijing): check the year in its title; indexed as dated, it is the latest briefing to every answer asking for the latest` : null;
}

/** How much of a question left out a warning quotes. */
const QUESTION_QUOTED = 80;

/**
 * `FILE: a question no answer follows is not indexed: “…”`: a label the parser read as an asker's may
 * head the answer (a spokesperson's name misspelt beyond a slip), and its words are in no record.
 */
function unansweredWarning(file: string, question: string): string {
  const quoted = question.length > QUESTION_QUOTED ? `${question.slice(0, QUESTION_QUOTED).trimEnd()}…` : question;
  return `${file}: a question no answer follows is not indexed: “${quoted}”; if an answer follows it under a label, write the label as the spokesperson's name (as the title gives it) or “A:”`;
}

/** What a parse of a file depends on besides its bytes: what its manifest row says. */
export function rowHints(entry: ManifestEntry | undefined): TranscriptHints {
  return { url: entry?.url, date: entry?.date, published: entry?.published };
}

/**
 * A transcript file's outcome from its bytes (`decoded`: their text, where the caller decoded them
 * already); errors other than a transcript's own are thrown.
 */
export function parsedOutcome(file: string, bytes: Uint8Array, hints: TranscriptHints, decoded?: string): FileOutcome {
  try {
    const text = decoded ?? decodeTranscript(bytes);
    // A page is the Ministry's as served; a pasted text may have been read in a wrong encoding on its way.
    const garbled = looksLikeHtml(text) ? null : garbledPasteWarning(text);
    const transcript = parseTranscript(file, text, hints);
    const ahead = datedAheadWarning(file, transcript.date);
    const warnings = [...(garbled === null ? [] : [`${file}: ${garbled}`]), ...(ahead ? [ahead] : []), ...(transcript.unanswered ?? []).map((question) => unansweredWarning(file, question))];
    return warnings.length === 0 ? { file, ok: true, transcript } : { file, ok: true, transcript, warnings };
  } catch (err) {
    if (err instanceof TranscriptError) return { file, ok: false, error: err.message };
    throw err;
  }
}

function readOne(file: string, manifests: ManifestCache, ahead?: ParsedAhead): FileOutcome {
  try {
    const entry = manifests.entryFor(file);
    const hints = rowHints(entry);
    const outcome = ahead?.take(file, hints) ?? parsedOutcome(file, readTranscriptFile(file), hints);
    return outcome.ok && entry?.refusedUrl
      ? { ...outcome, warnings: [...(outcome.warnings ?? []), `${entry.refusedUrl}: ${file} is indexed without a link (no source URL known)`] }
      : outcome;
  } catch (err) {
    const reason = err instanceof TranscriptError ? err.message : `could not be read: ${fileSystemReason(err)}`;
    return { file, ok: false, error: reason };
  }
}

/**
 * Two transcripts of one date (the site sometimes publishes a revised translation as a new page)
 * get keys `DATE` and `DATEb`, in publication order, so every record id stays unique. Keys already
 * given are given again: transcripts parsed in two runs can be keyed together.
 */
function assignKeys(transcripts: Transcript[], manifests: ManifestCache): void {
  const byKey = new Map<string, Transcript[]>(); // the date, or zh-date: the languages never share keys
  const firstKey = (t: Transcript): string => (t.lang === 'zh' ? chineseKey(t.date) : t.date);
  for (const t of transcripts) byKey.set(firstKey(t), [...(byKey.get(firstKey(t)) ?? []), t]);
  for (const [key, group] of byKey) {
    const order = (t: Transcript): number => manifests.entryFor(t.file)?.order ?? Number.MAX_SAFE_INTEGER;
    // A page as served comes before a pasted copy of it (plain text); then publication order.
    const pasted = (t: Transcript): number => (extname(t.file).toLowerCase() === '.txt' ? 1 : 0);
    group.sort((a, b) => pasted(a) - pasted(b) || order(a) - order(b) || a.file.localeCompare(b.file));
    group.forEach((t, i) => {
      const twinKey = i > 0 ? key + String.fromCharCode(97 + i) : key; // b, c, …
      if (t.key !== twinKey) rekey(t, twinKey);
    });
  }
}

/** Gives the transcripts of page files parsed in separate calls the keys one call would have given. */
export function assignTwinKeys(transcripts: Transcript[]): void {
  assignKeys(transcripts, new ManifestCache());
}

/** base64url SHA-256 of a short text: the one-shot `crypto.hash` where Node has it (20.12+), half the cost of a Hash object. */
const oneShot = (crypto as Partial<typeof crypto>).hash;
const sha256 = oneShot
  ? (text: string): string => oneShot('sha256', text, 'base64url')
  : (text: string): string => crypto.createHash('sha256').update(text).digest('base64url');

/**
 * Per transcript file, a short signature of what its parse depends on, read without reading the
 * file: its `fileStamp` (a rewrite or a replacement changes it) and its manifest row
 * (URL, dates, order). An index run takes a file whose signature is the one it had when it was last
 * parsed for the transcript it gave then. A file that cannot be stat'ed has none.
 */
export function fileSignatures(files: string[]): Map<string, string> {
  const manifests = new ManifestCache();
  const signatures = new Map<string, string>();
  for (const file of files) {
    const stamp = fileStamp(file);
    if (stamp === null) continue;
    const entry = manifests.entryFor(file);
    const facts = [stamp, entry?.url, entry?.date, entry?.published, entry?.order];
    signatures.set(file, sha256(JSON.stringify(facts)).slice(0, 16));
  }
  return signatures;
}

/** Gives a transcript another briefing key, renaming its record ids and follow-up links with it. */
export function rekey(transcript: Transcript, key: string): void {
  const swap = (id: string): string => key + id.slice(transcript.key.length);
  for (const record of transcript.records) {
    record.id = swap(record.id);
    if (record.kind === 'exchange' && record.followup) record.followup = swap(record.followup);
  }
  transcript.key = key;
}

/** Parses every transcript under the given paths; failures are reported, never thrown. */
export function parseTranscriptFiles(paths: string[], ahead?: ParsedAhead): FileOutcome[] {
  const { files, failures } = listTranscriptFiles(paths);
  const manifests = new ManifestCache();
  const outcomes = files.map((file) => readOne(file, manifests, ahead));
  assignKeys(
    outcomes.flatMap((o) => (o.ok ? [o.transcript] : [])),
    manifests,
  );
  return [...failures.map((f): FileOutcome => ({ ...f, ok: false })), ...outcomes];
}
