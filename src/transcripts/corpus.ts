import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { checkTranscriptSize, decodeTranscript } from './decode.js';
import { TranscriptError } from './errors.js';
import { MANIFEST_NAME, readManifest, type ManifestEntry } from './manifest.js';
import { parseTranscript } from './parse.js';
import type { Transcript } from './types.js';

/** A file that could not be parsed, and why (one line). */
export interface ParseFailure {
  file: string;
  error: string;
}

/** The outcome for one input file, in input order. */
export type FileOutcome = { file: string; ok: true; transcript: Transcript } | { file: string; ok: false; error: string };

/** Extensions taken from a folder; a file named explicitly is read whatever its name. */
const TRANSCRIPT_EXTENSIONS = new Set(['.shtml', '.html', '.htm', '.txt']);

/** Expands files and folders (recursively) into transcript files, sorted within each folder. */
export function listTranscriptFiles(paths: string[]): { files: string[]; failures: ParseFailure[] } {
  const files: string[] = [];
  const failures: ParseFailure[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name !== MANIFEST_NAME && TRANSCRIPT_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
        files.push(path);
      }
    }
  };
  for (const path of paths) {
    try {
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    } catch {
      failures.push({ file: path, error: 'no such file or folder' });
    }
  }
  // A file named twice (seeds/ and seeds/plain-text/x.txt, or by another path) is read once.
  const seen = new Set<string>();
  return { files: files.filter((f) => !seen.has(resolve(f)) && seen.add(resolve(f))), failures };
}

/** Manifests are read once per folder. */
class ManifestCache {
  private readonly byDir = new Map<string, Map<string, ManifestEntry>>();
  entryFor(file: string): ManifestEntry | undefined {
    const dir = resolve(dirname(file));
    let manifest = this.byDir.get(dir);
    if (!manifest) {
      manifest = readManifest(dir);
      this.byDir.set(dir, manifest);
    }
    return manifest.get(basename(file));
  }
}

function readOne(file: string, manifests: ManifestCache): FileOutcome {
  try {
    checkTranscriptSize(statSync(file).size); // before reading a huge file into memory
    const text = decodeTranscript(readFileSync(file));
    const entry = manifests.entryFor(file);
    return { file, ok: true, transcript: parseTranscript(file, text, { url: entry?.url, date: entry?.date }) };
  } catch (err) {
    const reason = err instanceof TranscriptError ? err.message : `could not be read: ${(err as Error).message}`;
    return { file, ok: false, error: reason };
  }
}

/**
 * Two transcripts of one date (the site sometimes publishes a revised translation as a new page)
 * get keys `DATE` and `DATEb`, in publication order, so every record id stays unique.
 */
function assignKeys(transcripts: Transcript[], manifests: ManifestCache): void {
  const byKey = new Map<string, Transcript[]>(); // the date, or zh-date: the languages never share keys
  for (const t of transcripts) byKey.set(t.key, [...(byKey.get(t.key) ?? []), t]);
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const order = (t: Transcript): number => manifests.entryFor(t.file)?.order ?? Number.MAX_SAFE_INTEGER;
    group.sort((a, b) => order(a) - order(b) || a.file.localeCompare(b.file));
    group.forEach((t, i) => {
      if (i > 0) rekey(t, t.key + String.fromCharCode(97 + i)); // b, c, …
    });
  }
}

function rekey(transcript: Transcript, key: string): void {
  const swap = (id: string): string => key + id.slice(transcript.key.length);
  for (const record of transcript.records) {
    record.id = swap(record.id);
    if (record.kind === 'exchange' && record.followup) record.followup = swap(record.followup);
  }
  transcript.key = key;
}

/** Parses every transcript under the given paths; failures are reported, never thrown. */
export function parseTranscriptFiles(paths: string[]): FileOutcome[] {
  const { files, failures } = listTranscriptFiles(paths);
  const manifests = new ManifestCache();
  const outcomes = files.map((file) => readOne(file, manifests));
  assignKeys(
    outcomes.flatMap((o) => (o.ok ? [o.transcript] : [])),
    manifests,
  );
  return [...failures.map((f): FileOutcome => ({ ...f, ok: false })), ...outcomes];
}
