import { resolve } from 'node:path';
import { parsedOutcome, type FileOutcome } from './corpus.js';
import { fileStamp } from './file-stamp.js';
import type { TranscriptHints } from './parse.js';

/**
 * Files parsed before the index run that reads them: the sync parses each page as it arrives,
 * while the next one is on the wire, and the run takes that outcome instead of reading and parsing
 * the file again. An outcome is taken once, and only when the file is as it was when it was parsed
 * (its `fileStamp`) and its manifest row says what it said then; otherwise the run parses the
 * file as usual.
 */
export class ParsedAhead {
  private readonly byFile = new Map<string, { signature: string; hints: string; outcome: FileOutcome }>();

  /** Parses `file`, which holds `bytes` (`decoded`: their text), with the facts its manifest row will give. */
  parse(file: string, bytes: Uint8Array, hints: TranscriptHints, decoded?: string): FileOutcome {
    const outcome = parsedOutcome(file, bytes, hints, decoded);
    const signature = fileStamp(file);
    if (signature !== null) this.byFile.set(resolve(file), { signature, hints: JSON.stringify(hints), outcome });
    return outcome;
  }

  /** The outcome parsed ahead for `file`, when the file is unchanged since and `hints` are those it was parsed with. */
  take(file: string, hints: TranscriptHints): FileOutcome | undefined {
    const path = resolve(file);
    const early = this.byFile.get(path);
    if (!early) return undefined;
    this.byFile.delete(path);
    if (early.hints !== JSON.stringify(hints) || early.signature !== fileStamp(file)) return undefined;
    // Named as the run names it (the sync may have spelled the same path another way).
    return early.outcome.ok ? { ...early.outcome, file, transcript: { ...early.outcome.transcript, file } } : { ...early.outcome, file };
  }

  get size(): number {
    return this.byFile.size;
  }
}
