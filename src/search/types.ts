import type { IndexedRecord } from '../store/types.js';
import type { Coverage, SourceSummary } from './coverage.js';

/** Narrowing a search; every field optional. Dates are ISO `YYYY-MM-DD`, inclusive. */
export interface SearchFilters {
  from?: string;
  to?: string;
  /** Spokesperson name, case-insensitive; a part is enough ("Hua" finds "Hua Chunying"). */
  spokesperson?: string;
  /** Asking outlet, case-insensitive; a part is enough ("Bloomberg" finds "Bloomberg News"). */
  outlet?: string;
}

/** A verbatim sentence of a record's answer: `record.answer.slice(start, end)`. */
export interface QuoteSpan {
  start: number;
  end: number;
}

export interface SearchHit {
  record: IndexedRecord;
  /** Fused relevance, higher is better; comparable within one response only. */
  score: number;
  /** The best sentences of the answer, in answer order. */
  spans: QuoteSpan[];
  /** The spans' text joined with " … " where sentences are skipped (and at either end when cut). */
  quote: string;
}

/** `hybrid`: lexical and vector ranking fused; `lexical`: no vectors (model unavailable). */
export type SearchMode = 'hybrid' | 'lexical';

export interface SearchResponse {
  query: string;
  mode: SearchMode;
  tookMs: number;
  /** Best first; empty when nothing is relevant enough (never the least bad matches). */
  hits: SearchHit[];
}

/** What the index covers, for `/about` and `ask`'s banner. */
export interface CorpusInfo {
  firstDate: string | null;
  lastDate: string | null;
  briefings: number;
  exchanges: number;
  statements: number;
  mode: SearchMode;
  /** Embedding model of the vectors, null in lexical mode. */
  model: string | null;
}

export interface SearchOptions {
  filters?: SearchFilters;
  /** How many hits at most; default 5. */
  k?: number;
}

export interface Briefing {
  summary: import('../store/types.js').BriefingSummary;
  records: IndexedRecord[];
}

/** What the commands and the CLI may ask of an opened index. */
export interface SpoxSearch {
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
  /** One record by id (`2020-05-22#3`). */
  record(id: string): IndexedRecord | undefined;
  /** A briefing by key (`2019-04-29b`) or date (the first briefing of that date). */
  briefing(keyOrDate: string): Briefing | undefined;
  /** The n briefing dates closest to `date` (either side), nearest first. */
  nearestBriefingDates(date: string, n: number): string[];
  latestBriefing(): Briefing | undefined;
  /** Distinct values, sorted, for autocomplete. */
  spokespeople(): string[];
  outlets(): string[];
  info(): CorpusInfo;
  /** The span of the indexed briefings and its gaps: what a search looked through. */
  coverage(): Coverage;
  /** Briefings by kind of source (bundled, synced, imported, added), with their spans. */
  sources(): SourceSummary[];
}
