import { describe, expect, it } from 'vitest';
import { RecordsById } from '../../src/search/records-by-id.js';
import { toIndexedRecords } from '../../src/store/records.js';
import type { IndexedRecord } from '../../src/store/types.js';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';

const records = parseTranscriptFiles(['seeds/mfa-en']).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));

describe('records by id', () => {
  it('finds every record of the store by its id, and nothing for an id it does not hold', () => {
    expect(records.length).toBeGreaterThan(1000);
    const byId = new RecordsById(records);
    for (const r of records) expect(byId.get(r.id)).toBe(r);
    const first = records[0]!;
    expect(byId.get(`${first.key}#9999`)).toBeUndefined();
    expect(byId.get('1999-01-01#1')).toBeUndefined();
    expect(byId.get('no hash')).toBeUndefined();
    expect(byId.get('')).toBeUndefined();
  });

  it('finds records kept apart from their briefing, or whose id names another key', () => {
    // One briefing's records split in two (its last record moved to the end), and a record whose id is not `<key>#n`.
    const [moved, ...rest] = records.slice(0, 40).reverse();
    const odd: IndexedRecord = { ...records[41]!, id: 'imported-7' };
    const store = [...rest.reverse(), ...records.slice(41), moved!, odd];
    const byId = new RecordsById(store);
    for (const r of store) expect(byId.get(r.id)).toBe(r);
    expect(byId.get(moved!.id)).toBe(moved);
    expect(byId.get('imported-7')).toBe(odd);
  });
});
