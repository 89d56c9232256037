import type { IndexedRecord } from '../store/types.js';
import type { SpoxSearch } from './types.js';

/** The English exchange the index aligned with a Chinese record. */
export function englishCounterpart(search: Pick<SpoxSearch, 'englishOf'>, record: IndexedRecord): IndexedRecord | undefined {
  return record.lang === 'zh' ? search.englishOf(record.id) : undefined;
}

/** The Chinese original of an English record, when the index aligned one with it. */
export function chineseCounterpart(search: Pick<SpoxSearch, 'record'>, record: IndexedRecord): IndexedRecord | undefined {
  return record.zh ? search.record(record.zh.id) : undefined;
}
