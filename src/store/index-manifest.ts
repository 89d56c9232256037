import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { termsFingerprint } from '../search/terms-fingerprint.js';
import { PARSER_VERSION } from '../transcripts/parser-version.js';
import type { Lang, Occasion } from '../transcripts/types.js';
import { currentGeneration, formerlyCurrentGenerations, MANIFEST_FILE } from './layout.js';

/**
 * What an index generation says about itself, and whether it can be used as it is: checked by every
 * command before it searches, so this module loads no parser and no index writer.
 */

/** Bumped when the stored layout changes; an index of another format is rebuilt (changed terms are caught by `terms`). */
export const INDEX_FORMAT = 6;

export interface IndexManifest {
  format: number;
  parserVersion: number;
  /** How text became lexical terms (`termsFingerprint`); absent in indexes built before it was recorded. */
  terms?: string;
  /** Model and dimension of the stored vectors; null when the index has none. */
  model: string | null;
  dimension: number | null;
  builtAt: string;
  /** Every folder or file indexed and not forgotten; a plain re-run reads them all (absent before format 2's sources). */
  sources?: string[];
  /**
   * Per briefing key: the source file, a hash of its parsed content, whether it has vectors, and for a
   * page file the signature it had when parsed (an update does not parse a file whose signature is the same).
   */
  transcripts: Record<string, TranscriptEntry>;
  /**
   * Spreadsheets read that the index takes no briefing from (another import or a page holds each of
   * their dates), each with the signature it had when read, by its path as `transcripts` names
   * files: an update does not read one again while it and every other sheet are unchanged (absent
   * when there is none, and in manifests written before it was recorded).
   */
  idleSheets?: Record<string, string>;
}

export interface TranscriptEntry {
  file: string;
  hash: string;
  records: number;
  vectors: boolean;
  stat?: string;
  /**
   * The briefing's date, language, occasion and title, which an update reads here for the briefings
   * it carries over instead of reading every briefing (absent in manifests written before them).
   */
  date?: string;
  lang?: Lang;
  occasion?: Occasion;
  title?: string;
}

/**
 * Whether two generations hold different things: another format, parser, terms or model, or another
 * briefing, source file, content or vectors (not the build time or the sources list). A rebuild that
 * only confirmed what was indexed (its new pages all dropped, or copies) changes nothing.
 */
export function indexContentChanged(before: IndexManifest | null, after: IndexManifest | null): boolean {
  if (before === null || after === null) return before !== after;
  const settings = (m: IndexManifest): string => JSON.stringify([m.format, m.parserVersion, m.terms ?? null, m.model, m.dimension]);
  if (settings(before) !== settings(after)) return true;
  const keys = Object.keys(after.transcripts);
  if (keys.length !== Object.keys(before.transcripts).length) return true;
  return keys.some((key) => {
    const [a, b] = [before.transcripts[key], after.transcripts[key]!];
    return a === undefined || a.file !== b.file || a.hash !== b.hash || a.records !== b.records || a.vectors !== b.vectors;
  });
}

/**
 * Why the committed index cannot be used as it is (null when it can): missing, its manifest
 * unreadable (a new build then reads everything again), or built by a version of spox that stored
 * or parsed differently.
 */
export function staleIndexReason(indexDir: string): string | null {
  const generation = currentGeneration(indexDir);
  const manifest = readManifest(generation);
  if (!manifest && generation) return `the index in ${indexDir}/ is damaged (${join(basename(generation), MANIFEST_FILE)}: ${manifestProblem(generation)})`;
  if (!manifest) return `no index in ${indexDir}/ yet`;
  if (manifest.format !== INDEX_FORMAT) return `the index in ${indexDir}/ has an older format (${manifest.format}, now ${INDEX_FORMAT})`;
  if (manifest.parserVersion !== PARSER_VERSION) return `the index in ${indexDir}/ was parsed by an older parser (version ${manifest.parserVersion}, now ${PARSER_VERSION})`;
  if (manifest.terms !== termsFingerprint()) return `the index in ${indexDir}/ was built with other search terms (aliases or the tokenizer changed since)`;
  return null;
}

/** What is wrong with a generation's manifest that `readManifest` could not read. */
function manifestProblem(generationDir: string): string {
  try {
    JSON.parse(readFileSync(join(generationDir, MANIFEST_FILE), 'utf8'));
    return 'not an index manifest';
  } catch (error) {
    return (error as Error).message;
  }
}

/** The manifest of a generation folder; null when there is none or it cannot be read. */
export function readManifest(generationDir: string | null): IndexManifest | null {
  if (!generationDir) return null;
  try {
    return readGenerationManifest(generationDir);
  } catch {
    return null;
  }
}

/** The last manifest read, with the identity of its file: a command checks the index, then opens it. */
let lastRead: { path: string; identity: string; manifest: IndexManifest } | null = null;

/**
 * The manifest of a generation folder, or the error reading it. Read once while its file is the same
 * (`ask` checks the index is current, then opens it: the manifest is some 0.4 MB of JSON at 1x, 8 MB
 * at 25x). Callers share the object and must not change it.
 */
export function readGenerationManifest(generationDir: string): IndexManifest {
  const path = join(generationDir, MANIFEST_FILE);
  const { ino, size, mtimeMs } = statSync(path);
  const identity = `${ino} ${size} ${mtimeMs}`;
  if (lastRead?.path === path && lastRead.identity === identity) return lastRead.manifest;
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as IndexManifest;
  lastRead = { path, identity, manifest };
  return manifest;
}

/**
 * When `CURRENT` names no usable generation (removed to rebuild a damaged index, or naming one whose
 * manifest cannot be read): the newest generation that was current before and whose manifest can be
 * read, whose ids and briefing keys a rebuild keeps; `lost` when there were such generations but none
 * can be read any more; null when the index never had one (a fresh index), or `CURRENT` is usable.
 */
export function formerGeneration(indexDir: string): { dir: string; manifest: IndexManifest } | 'lost' | null {
  if (readManifest(currentGeneration(indexDir))) return null;
  const former = formerlyCurrentGenerations(indexDir);
  for (const dir of former) {
    const manifest = readManifest(dir);
    if (manifest) return { dir, manifest };
  }
  return former.length > 0 ? 'lost' : null;
}
