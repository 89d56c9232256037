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

/**
 * The occasion of a record: the parser's own field when the index has it, else read from the
 * transcript's title as the Ministry wrote it. Most titles are regular press conferences.
 */
export function occasionOf(record: IndexedRecord): Occasion {
  const given = (record as IndexedRecord & { occasion?: Occasion }).occasion;
  if (given && given in PHRASE) return given;
  const title = record.title;
  if (/Daily Briefing Online|Online Briefing/i.test(title)) return 'online-briefing';
  if (/Written Remarks|Answers? to (?:a )?(?:Journalist|Reporter)s?'? Questions?/i.test(title)) return 'written-remarks';
  if (/\bStatement\b/i.test(title)) return 'statement';
  if (/['’]s Remarks\b|\bRemarks\b/i.test(title) && !/Press Conference/i.test(title)) return 'remarks';
  return 'press-conference';
}

/** `regular press conference`, `written remarks`, … */
export function occasionPhrase(record: IndexedRecord): string {
  return PHRASE[occasionOf(record)];
}
