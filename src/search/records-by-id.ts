import type { IndexedRecord } from '../store/types.js';

/**
 * Records by id (`<briefing key>#<n>`), without a map entry per record: the store keeps each
 * briefing's records together, so a map from briefing key to where its records start, and a look
 * through that briefing's few dozen, find any record. At archive size this is some 30,000 entries
 * instead of 300,000, built in a fraction of the time. Records stored otherwise (a briefing's
 * records apart) are found through a map of those ids.
 */
export class RecordsById {
  /** Briefing key → [first, end) in `records`. */
  private readonly spans = new Map<string, { start: number; end: number }>();
  private readonly others = new Map<string, IndexedRecord>();

  constructor(private readonly records: readonly IndexedRecord[]) {
    for (let i = 0; i < records.length; ) {
      const key = records[i]!.key;
      let end = i + 1;
      while (end < records.length && records[end]!.key === key) end++;
      const first = !this.spans.has(key);
      if (first) this.spans.set(key, { start: i, end });
      for (let j = i; j < end; j++) {
        const id = records[j]!.id;
        // Found through its span only when its id names the key and the span is the key's first.
        if (!first || id.lastIndexOf('#') !== key.length || !id.startsWith(key)) this.others.set(id, records[j]!);
      }
      i = end;
    }
  }

  get(id: string): IndexedRecord | undefined {
    const hash = id.lastIndexOf('#');
    const span = hash > 0 ? this.spans.get(id.slice(0, hash)) : undefined;
    if (span) {
      for (let i = span.start; i < span.end; i++) if (this.records[i]!.id === id) return this.records[i];
    }
    return this.others.get(id);
  }
}
