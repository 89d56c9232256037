import type { SearchResponse } from '../search/types.js';

/** The fields of a response that say how its question (or a timeline's topic) was read. */
const READING_FIELDS = [
  'described', 'ministryWords', 'chineseWordsRead', 'missing', 'spokespersonNamed', 'outletsNamed', 'outletsAmbiguous',
  'monthNamed', 'speakerReading', 'wordsRead', 'framingRead', 'yearsSearched', 'yearsPartlyHeld',
] as const;

/**
 * How a question or a timeline's topic was read, as its answer says it (`readingNotes`): the listed
 * name it describes, the Ministry's words searched beside its own, its words no exchange holds, the
 * spokesperson, outlets and month (or two years compared) it named, and the words read as no topic. Kept with a stored result
 * (`StoredResult`) and a timeline (`Timeline`); each field means what it means in `SearchResponse`.
 */
export type QuestionReading = Pick<SearchResponse, 'described' | 'missing' | 'spokespersonNamed' | 'monthNamed'>
  & Partial<Pick<SearchResponse, Exclude<(typeof READING_FIELDS)[number], 'described' | 'missing' | 'spokespersonNamed' | 'monthNamed'>>>;

/** `response`'s reading (`QuestionReading`): the fields it has, an empty list of the Ministry's words left out. */
export function readingOf(response: QuestionReading): QuestionReading {
  const reading: Record<string, unknown> = {};
  for (const field of READING_FIELDS) {
    const value = response[field] as unknown;
    if (value === undefined || (field === 'ministryWords' && (value as readonly string[]).length === 0)) continue;
    reading[field] = value;
  }
  return reading as QuestionReading;
}
