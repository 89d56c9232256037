import type { IndexedRecord } from '../store/types.js';
import type { RelevanceRule } from './queries.js';

// Every rule of the set is tested against every record: each record's text is joined once.
const joined = new WeakMap<object, string>();

/** The text a relevance rule is tested against: the question (if any) and the answer. */
export function relevanceText(record: Pick<IndexedRecord, 'question' | 'answer'>): string {
  let text = joined.get(record);
  if (text === undefined) {
    text = record.question === null ? record.answer : `${record.question}\n\n${record.answer}`;
    joined.set(record, text);
  }
  return text;
}

/** A compiled rule: true when the record is relevant. */
export type RelevanceTest = (record: Pick<IndexedRecord, 'question' | 'answer'>) => boolean;

/** Compiles a rule's patterns once (case-insensitive, Unicode). */
export function compileRule(rule: RelevanceRule): RelevanceTest {
  const all = (rule.all ?? []).map((s) => new RegExp(s, 'iu'));
  const any = (rule.any ?? []).map((s) => new RegExp(s, 'iu'));
  if (all.length === 0 && any.length === 0) throw new Error('a relevance rule needs "all" or "any" patterns');
  return (record) => {
    const text = relevanceText(record);
    return all.every((re) => re.test(text)) && (any.length === 0 || any.some((re) => re.test(text)));
  };
}

