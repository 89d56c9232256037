import type { QuestionRead } from './question-reader.js';
import type { SearchMode, SearchOptions, SearchResponse } from './types.js';

/**
 * The answer to a question that only asks for more and names nothing ("And in 2020?"): none, and
 * that it names no topic; or, with `otherLanguage`, to one in a language spox does not read. `mode`: the engine's.
 */
export function namingNoTopic(query: string, read: QuestionRead, options: SearchOptions, started: number, mode: SearchMode, why: Pick<SearchResponse, 'followUp' | 'otherLanguage'> = { followUp: true }): SearchResponse {
  return {
    query,
    searched: read.searched,
    filters: read.filters,
    spokespersonNamed: read.speaker,
    monthNamed: read.month,
    ...(read.overridden ? { overridden: read.overridden } : {}),
    ...(read.framingRead ? { framingRead: read.framingRead } : {}),
    ...(read.years ? { yearsSearched: read.years } : {}),
    ...(read.days ? { daysSearched: read.days } : {}),
    mode,
    sort: options.sort ?? (read.intent.latest ? 'newest' : 'relevance'),
    latestIntent: read.intent.latest,
    tookMs: performance.now() - started,
    hits: [],
    total: 0,
    related: 0,
    first: null,
    last: null,
    passing: 0,
    matches: [],
    described: null,
    missing: { inNoRecord: [], inNoMatch: [] },
    tooCommon: [],
    ...why,
  };
}
