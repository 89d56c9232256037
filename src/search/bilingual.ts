import type { IndexedRecord } from '../store/types.js';
import type { SpoxSearch } from './types.js';

/** The Chinese original of an English record, when the index aligned one with it. */
export function chineseCounterpart(search: Pick<SpoxSearch, 'record'>, record: IndexedRecord): IndexedRecord | undefined {
  return record.zh ? search.record(record.zh.id) : undefined;
}
