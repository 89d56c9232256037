import type { IndexedRecord } from '../store/types.js';

/** Where the words were said. */
export type Occasion = 'press-conference' | 'written-remarks' | 'statement' | 'remarks' | 'online-briefing';

const PHRASE: Record<Occasion, string> = {
  'press-conference': 'regular press conference',
  'written-remarks': 'written remarks',
  statement: 'statement',
  remarks: 'remarks',
  'online-briefing': 'daily online briefing',
};

/** An occasion's words: `written remarks`, `daily online briefing`. */
export function occasionWords(occasion: Occasion): string {
  return PHRASE[occasion];
}

/** The occasion of a record, as the parser read it from the transcript's title (`readTitle`). */
export function occasionOf(record: IndexedRecord): Occasion {
  return record.occasion;
}

/**
 * `regular press conference`, `written remarks`, … A question answered in a publication read as a
 * statement ("Foreign Ministry Spokesperson’s Remarks on the UK Nationalizing British Steel", set out
 * as Q/A) is `remarks`, the title's own word: a statement has no asker, and a card or citation saying
 * "statement" beside "asked by a journalist" contradicts itself (explore37 #19).
 */
export function occasionPhrase(record: Pick<IndexedRecord, 'occasion' | 'kind'>): string {
  const occasion = record.occasion;
  return occasion === 'statement' && record.kind === 'exchange' ? PHRASE.remarks : PHRASE[occasion];
}
