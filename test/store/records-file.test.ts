import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keepRecordTextInMemory, openRecordStore, readJsonLines, readRecordStore, readStoredLines, wholeRecord, writeJsonLines, writeRecordStore } from '../../src/store/records-file.js';
import { toBriefingSummary, toIndexedRecords } from '../../src/store/records.js';
import type { IndexedRecord } from '../../src/store/types.js';
import { RECORDS_FILE } from '../../src/store/layout.js';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';

const transcripts = parseTranscriptFiles(['seeds']).flatMap((o) => (o.ok ? [o.transcript] : []));
const records = transcripts.flatMap(toIndexedRecords);
const dir = mkdtempSync(join(tmpdir(), 'spox-records-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the record store, in pieces', () => {
  it('reads back every bundled record and briefing as written', () => {
    writeRecordStore(dir, transcripts.map(toBriefingSummary), records);
    const stored = readRecordStore(dir);
    expect(stored.records.length).toBeGreaterThan(4000);
    expect(stored.records).toEqual(records);
    expect(stored.briefings).toEqual(transcripts.map(toBriefingSummary));
  });

  it('gives the same records whatever the piece size, lines longer than a piece included', () => {
    const path = join(dir, 'small-pieces.jsonl');
    const longest = Math.max(...records.map((r) => JSON.stringify(r).length));
    writeJsonLines(path, records, 1000);
    // 1000-byte pieces: most lines span several reads, and the longest is many times a piece.
    expect(longest).toBeGreaterThan(5000);
    expect([...readJsonLines(path, 1000)]).toEqual(records);
  });

  it('names the file and line of a damaged line', () => {
    const path = join(dir, 'torn.jsonl');
    writeFileSync(path, `${JSON.stringify(records[0])}\n${JSON.stringify(records[1]).slice(0, 40)}\n`);
    expect(() => [...readJsonLines(path)]).toThrow(`${path}, line 2:`);
  });
});

describe('the record store opened for searching', () => {
  it('gives records equal to the stored ones, their text read on demand', () => {
    writeRecordStore(dir, transcripts.map(toBriefingSummary), records);
    const opened = openRecordStore(dir);
    expect(opened.records).toHaveLength(records.length);
    // JSON and wholeRecord give the whole record; a spread, the short fields a search keeps in memory.
    expect(opened.records.map(wholeRecord)).toEqual(records);
    expect(JSON.parse(JSON.stringify(opened.records))).toEqual(records);
    const last = records.length - 1;
    const { question: _q, answer: _a, url: _u, title: _t, occasion: _o, source: _s, raisedAfter: _r, ...short } = records[last]!;
    expect({ ...opened.records[last]! }).toEqual(short);
    const fields = ['question', 'answer', 'url', 'title', 'occasion', 'source', 'raisedAfter', 'lang', 'zh', 'id', 'kind', 'key', 'date', 'spokesperson', 'outlet', 'followup', 'position'] as const;
    records.forEach((r, i) => {
      for (const field of fields) if (opened.records[i]![field] !== r[field] && JSON.stringify(opened.records[i]![field]) !== JSON.stringify(r[field])) expect(`${r.id} ${field}: ${JSON.stringify(opened.records[i]![field])}`).toBe(`${r.id} ${field}: ${JSON.stringify(r[field])}`);
    });
    const withNonAscii = records.findIndex((r) => /[^\x00-\x7f]/.test(r.answer));
    expect(withNonAscii).toBeGreaterThan(-1);
    expect(opened.records[withNonAscii]!.answer).toBe(records[withNonAscii]!.answer);
    expect(records.some((r) => r.lang === 'zh')).toBe(true);
    // A question raised after the conference is said so by the stored record, read with its text.
    const late = records.flatMap((r, i) => (r.raisedAfter ? [i] : []));
    expect(late.length).toBeGreaterThan(40);
    expect(late.map((i) => opened.records[i]!.raisedAfter)).toEqual(late.map(() => true));
    expect(opened.records.filter((r) => r.raisedAfter).length).toBe(late.length);
    expect(opened.briefings).toEqual(transcripts.map(toBriefingSummary));
  });

  it('reads a records file no larger than asked whole into memory for a long-running process, and no other (session 43)', () => {
    const kept = join(dir, 'kept');
    const readEachTime = join(dir, 'read-each-time');
    for (const at of [kept, readEachTime]) {
      mkdirSync(at);
      writeRecordStore(at, transcripts.map(toBriefingSummary), records);
    }
    const size = statSync(join(kept, RECORDS_FILE)).size;
    const inMemory = openRecordStore(kept).records;
    const fromFile = openRecordStore(readEachTime).records;
    expect(keepRecordTextInMemory(inMemory, size)).toBe(true);
    expect(keepRecordTextInMemory(fromFile, size - 1)).toBe(false);
    // With the files emptied, only the records read into memory are still read.
    writeFileSync(join(kept, RECORDS_FILE), '');
    writeFileSync(join(readEachTime, RECORDS_FILE), '');
    expect(inMemory.map(wholeRecord)).toEqual(records);
    expect(() => fromFile.at(-1)!.answer).toThrow(/ends before the record/);
  });

  it('keeps each spokesperson and date once in memory, however many records share it', () => {
    writeRecordStore(dir, transcripts.map(toBriefingSummary), records);
    const opened = openRecordStore(dir).records;
    const [a, b] = opened.filter((r) => r.spokesperson === records[0]!.spokesperson).slice(-2);
    expect(Object.is(a!.spokesperson, b!.spokesperson)).toBe(true);
  });
});

describe('an update of the record store', () => {
  const briefings = transcripts.map(toBriefingSummary);
  /** A store of the bundled records in its own folder, and where each record's line is. */
  const store = (name: string, stored: IndexedRecord[], from?: string) => {
    const at = join(dir, name);
    mkdirSync(at);
    // As an update does: a record it did not change keeps its line.
    const unchanged = new Set(records.filter((r, i) => JSON.stringify(r) === JSON.stringify(stored[i])).map((r) => r.id));
    const lines = from ? readStoredLines(from).lines : null;
    writeRecordStore(at, briefings, stored, from && lines ? { from, lineOf: (r) => (unchanged.has(r.id) ? lines.get(r.id) ?? null : null) } : undefined);
    return at;
  };
  const changed = (share: number): IndexedRecord[] => records.map((r, i) => (i % Math.round(1 / share) === 0 ? { ...r, answer: `${r.answer} (revised)` } : r));

  it('appends the changed records to the previous file, which every generation sharing it still reads as it was', () => {
    const before = store('base', records);
    const size = statSync(join(before, RECORDS_FILE)).size;
    const revised = changed(0.01);
    const after = store('appended', revised, before);
    expect(statSync(join(after, RECORDS_FILE)).ino).toBe(statSync(join(before, RECORDS_FILE)).ino);
    const appended = revised.filter((r, i) => r !== records[i]);
    expect(appended.length).toBeGreaterThan(40);
    expect(statSync(join(after, RECORDS_FILE)).size).toBe(size + appended.reduce((n, r) => n + Buffer.byteLength(JSON.stringify(r)) + 1, 0));
    expect(readRecordStore(after).records).toEqual(revised);
    expect(readRecordStore(before).records).toEqual(records);
  });

  it('writes the file afresh, without the replaced lines, once they would pass 5% of it', () => {
    const before = store('base-2', records);
    const revised = changed(0.1);
    const after = store('fresh', revised, before);
    expect(statSync(join(after, RECORDS_FILE)).ino).not.toBe(statSync(join(before, RECORDS_FILE)).ino);
    expect(readFileSync(join(after, RECORDS_FILE), 'utf8')).toBe(revised.map((r) => JSON.stringify(r) + '\n').join(''));
    expect(readRecordStore(after).records).toEqual(revised);
    expect(readRecordStore(before).records).toEqual(records);
  });
});
