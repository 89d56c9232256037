import { randomBytes } from 'node:crypto';
import type { MatchRef, Overridden, SearchFilters, SearchHit, SearchMode, SearchResponse, SearchSort, SpoxSearch } from '../search/types.js';
import { readingOf, type QuestionReading } from './reading.js';
import { outsideNote } from './span.js';
import { responseDoubtedEnds, type DoubtedEnds } from './date-doubt.js';
import { withSearchedNote } from './searched-as.js';

/**
 * One /ask (or context-menu) search kept so its cards can be paged and its matches listed. Quotes
 * and citations do not depend on it: their buttons carry the record and the quote's offsets.
 */
export interface StoredResult extends QuestionReading {
  id: string;
  /** Only this user may page the cards in place; anyone may open the list. */
  userId: string;
  query: string;
  filters: SearchFilters;
  mode: SearchMode;
  sort: SearchSort;
  latestIntent: boolean;
  /** `SearchResponse.earliestIntent`. */
  earliestIntent?: boolean;
  /** Newest or oldest first: the matches that do not mention the topic, listed after the mentions (`SearchResponse.passing`). */
  passing: number;
  /** What the question named that an option overrode (`SearchResponse.overridden`). */
  overridden?: Overridden;
  /** Whose exchange says the words the one spokesperson searched did not (`SearchResponse.saidByOther`). */
  saidByOther?: SearchResponse['saidByOther'];
  /** Spokespeople the question writes as words whose own answers are among the matches (`SearchResponse.ownAnswers`). */
  ownAnswers?: SearchResponse['ownAnswers'];
  /** What the topic holds outside the dates the question named (`SearchResponse.withoutDates`). */
  withoutDates?: SearchResponse['withoutDates'];
  /** Every answer in the dates named, the question naming no topic (`SearchResponse.everyAnswer`). */
  everyAnswer?: true;
  /** Who gave the answers listed, for a question asking who the spokesperson was (`SearchResponse.answeredBy`). */
  answeredBy?: SearchResponse['answeredBy'];
  /** The dates of the newest briefings, for a question asking who the spokesperson is (`SearchResponse.newestBriefings`). */
  newestBriefings?: SearchResponse['newestBriefings'];
  /** How many matches only relate to the question (`SearchResponse.related`). */
  related: number;
  /** The first matches with their quotes; the others are quoted when shown. */
  hits: SearchHit[];
  /** Every match, in order. */
  matches: MatchRef[];
  total: number;
  /** `SearchResponse.statements`. */
  statements?: number;
  first: string | null;
  last: string | null;
  /** The matches of dates held only as a research corpus's pairs (`SearchResponse.importedOnly`). */
  importedOnly?: SearchResponse['importedOnly'];
  /** `first` or `last` when only records whose date is doubted give it (`responseDoubtedEnds`). */
  doubtedEnds?: DoubtedEnds;
  /** Said above every card and list of it: the search asked about dates the index does not hold (`outsideNote`). */
  note: string | null;
}

export interface ResultStoreOptions {
  /** How long a result can be paged and listed after the search. Default 24 hours. */
  ttlMs?: number;
  /** Results kept at most; the oldest go first. Default 2000. */
  maxEntries?: number;
  now?: () => number;
}

/** Search results in memory, each for a limited time. */
export class ResultStore {
  private readonly entries = new Map<string, { result: StoredResult; expires: number }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: ResultStoreOptions = {}) {
    this.ttlMs = options.ttlMs ?? 24 * 60 * 60_000;
    this.maxEntries = options.maxEntries ?? 2000;
    this.now = options.now ?? Date.now;
  }

  add(result: Omit<StoredResult, 'id'>): StoredResult {
    const stored = { ...result, id: randomBytes(6).toString('base64url') };
    this.entries.set(stored.id, { result: stored, expires: this.now() + this.ttlMs });
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(key);
    }
    return stored;
  }

  /** The result, or undefined when it never existed or has expired. */
  get(id: string): StoredResult | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(id);
      return undefined;
    }
    return entry.result;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Matches quoted at search time; the others are quoted when paged to. */
export const HITS_PER_SEARCH = 5;

/** Keeps a search's response for paging and listing, as asked by `userId`; `searchedNote` says first how it was searched (`searchedAs`). */
export function storeResponse(
  results: ResultStore,
  { searchedNote, ...asked }: { userId: string; query: string; filters: SearchFilters; searchedNote?: string | null },
  response: SearchResponse,
  search: Pick<SpoxSearch, 'coverage' | 'briefingsBetween' | 'briefingDaysHeld' | 'languages' | 'spokespersonSpan' | 'record' | 'briefing'>,
): StoredResult {
  const doubtedEnds = responseDoubtedEnds(response, (id) => search.record(id));
  return results.add({
    ...asked,
    // The filters the search applied: those given, and the dates and speaker the question named.
    note: withSearchedNote(searchedNote ?? null, outsideNote(search, asked.query, response.filters, response)),
    mode: response.mode,
    sort: response.sort,
    latestIntent: response.latestIntent,
    ...(response.earliestIntent ? { earliestIntent: true } : {}),
    passing: response.passing,
    ...readingOf(response),
    ...(response.overridden ? { overridden: response.overridden } : {}),
    ...(response.withoutDates ? { withoutDates: response.withoutDates } : {}),
    ...(response.saidByOther ? { saidByOther: response.saidByOther } : {}),
    ...(response.ownAnswers ? { ownAnswers: response.ownAnswers } : {}),
    ...(response.importedOnly ? { importedOnly: response.importedOnly } : {}),
    ...(doubtedEnds ? { doubtedEnds } : {}),
    ...(response.everyAnswer ? { everyAnswer: true as const } : {}),
    ...(response.answeredBy ? { answeredBy: response.answeredBy } : {}),
    ...(response.newestBriefings ? { newestBriefings: response.newestBriefings } : {}),
    related: response.related,
    hits: response.hits,
    matches: response.matches,
    total: response.total,
    ...(response.statements ? { statements: response.statements } : {}),
    first: response.first,
    last: response.last,
  });
}

/** Match `index` of a stored result with its quote: kept from the search, or quoted now. */
export function matchAt(
  result: StoredResult,
  index: number,
  search: Pick<SpoxSearch, 'record' | 'quoteFor'>,
): Pick<SearchHit, 'record' | 'quote' | 'spans' | 'otherVersions'> | undefined {
  const kept = result.hits[index];
  if (kept) return kept;
  const match = result.matches[index];
  const record = match ? search.record(match.id) : undefined;
  return record ? { record, ...search.quoteFor(record, result.query) } : undefined;
}
