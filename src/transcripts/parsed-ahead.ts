import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { parsedOutcome, type FileOutcome } from './corpus.js';
import type { TranscriptHints } from './parse.js';

const digestOf = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('base64');

/**
 * Files parsed before the index run that reads them: the sync parses each page as it arrives,
 * while the next one is on the wire, and the run takes that outcome instead of parsing the file
 * again. An outcome is taken once, and only when the file holds the bytes that were parsed and its
 * manifest row says what it said then; otherwise the run parses the file as usual.
 */
export class ParsedAhead {
  private readonly byFile = new Map<string, { digest: string; hints: string; outcome: FileOutcome }>();

  /** Parses what will be `file`'s bytes (`decoded`: their text), with the facts its manifest row will give. */
  parse(file: string, bytes: Uint8Array, hints: TranscriptHints, decoded?: string): FileOutcome {
    const outcome = parsedOutcome(file, bytes, hints, decoded);
    this.byFile.set(resolve(file), { digest: digestOf(bytes), hints: JSON.stringify(hints), outcome });
    return outcome;
  }

  /** The outcome parsed ahead for `file`, when `bytes` and `hints` are those it was parsed from. */
  take(file: string, bytes: Uint8Array, hints: TranscriptHints): FileOutcome | undefined {
    const path = resolve(file);
    const early = this.byFile.get(path);
    if (!early) return undefined;
    this.byFile.delete(path);
    if (early.hints !== JSON.stringify(hints) || early.digest !== digestOf(bytes)) return undefined;
    // Named as the run names it (the sync may have spelled the same path another way).
    return early.outcome.ok ? { file, ok: true, transcript: { ...early.outcome.transcript, file } } : { ...early.outcome, file };
  }

  get size(): number {
    return this.byFile.size;
  }
}
