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

/** The occasion of a record, as the parser read it from the transcript's title (`readTitle`). */
export function occasionOf(record: IndexedRecord): Occasion {
  return record.occasion;
}

/** `regular press conference`, `written remarks`, … */
export function occasionPhrase(record: IndexedRecord): string {
  return PHRASE[occasionOf(record)];
}
