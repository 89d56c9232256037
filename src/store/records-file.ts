import { closeSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { BRIEFINGS_FILE, RECORDS_FILE } from './layout.js';
import type { BriefingSummary, IndexedRecord } from './types.js';

/**
 * The record store: `records.jsonl` and `briefings.jsonl`, one JSON object a line, written and read a
 * few megabytes at a time, so its size is bounded by the disk, not by V8's longest string.
 */
const PIECE_BYTES = 4 << 20;

export function writeRecordStore(generationDir: string, briefings: Iterable<BriefingSummary>, records: Iterable<IndexedRecord>): void {
  writeJsonLines(join(generationDir, BRIEFINGS_FILE), briefings);
  writeJsonLines(join(generationDir, RECORDS_FILE), records);
}

export function readRecordStore(generationDir: string): { records: IndexedRecord[]; briefings: BriefingSummary[] } {
  return {
    records: [...readJsonLines<IndexedRecord>(join(generationDir, RECORDS_FILE))],
    briefings: [...readJsonLines<BriefingSummary>(join(generationDir, BRIEFINGS_FILE))],
  };
}

/** Writes one JSON value a line, in pieces, and flushes the file to disk. */
export function writeJsonLines(path: string, values: Iterable<unknown>, pieceBytes = PIECE_BYTES): void {
  const fd = openSync(path, 'w');
  try {
    let piece: string[] = [];
    let length = 0;
    const flush = (): void => {
      writeSync(fd, Buffer.from(piece.join('')));
      piece = [];
      length = 0;
    };
    for (const value of values) {
      const line = JSON.stringify(value) + '\n';
      piece.push(line);
      length += line.length;
      if (length >= pieceBytes) flush();
    }
    flush();
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Reads a JSON-lines file a piece at a time; a bad line is an error naming the file and line. */
export function* readJsonLines<T>(path: string, pieceBytes = PIECE_BYTES): Generator<T> {
  const fd = openSync(path, 'r');
  try {
    let buffer = Buffer.alloc(pieceBytes);
    let filled = 0;
    let lineNumber = 0;
    for (;;) {
      if (filled === buffer.length) {
        const larger = Buffer.alloc(buffer.length * 2); // a line longer than a piece
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
      const read = readSync(fd, buffer, filled, buffer.length - filled, null);
      filled += read;
      let start = 0;
      for (let newline = buffer.indexOf(10, start); newline !== -1 && newline < filled; newline = buffer.indexOf(10, start)) {
        lineNumber++;
        if (newline > start) yield parseLine<T>(buffer.toString('utf8', start, newline), path, lineNumber);
        start = newline + 1;
      }
      buffer.copy(buffer, 0, start, filled);
      filled -= start;
      if (read === 0) break;
    }
    if (filled > 0) yield parseLine<T>(buffer.toString('utf8', 0, filled), path, lineNumber + 1);
  } finally {
    closeSync(fd);
  }
}

function parseLine<T>(text: string, path: string, line: number): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`${path}, line ${line}: ${(error as Error).message}`);
  }
}
