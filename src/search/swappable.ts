import type { Coverage, SourceSummary } from './coverage.js';
import type { Briefing, CorpusInfo, SearchOptions, SearchResponse, SpoxSearch } from './types.js';

/**
 * The search the bot's commands hold: it answers with whichever index was opened last. A reload
 * swaps the whole engine in one assignment, so a command sees one index or the other, never a mix.
 */
export class SwappableSearch implements SpoxSearch {
  constructor(private current: SpoxSearch) {}

  swap(next: SpoxSearch): void {
    this.current = next;
  }

  get engine(): SpoxSearch {
    return this.current;
  }

  search(query: string, options?: SearchOptions): Promise<SearchResponse> {
    return this.current.search(query, options);
  }
  record(id: string) {
    return this.current.record(id);
  }
  briefing(keyOrDate: string): Briefing | undefined {
    return this.current.briefing(keyOrDate);
  }
  nearestBriefingDates(date: string, n: number): string[] {
    return this.current.nearestBriefingDates(date, n);
  }
  latestBriefing(): Briefing | undefined {
    return this.current.latestBriefing();
  }
  spokespeople(): string[] {
    return this.current.spokespeople();
  }
  outlets(): string[] {
    return this.current.outlets();
  }
  info(): CorpusInfo {
    return this.current.info();
  }
  coverage(): Coverage {
    return this.current.coverage();
  }
  sources(): SourceSummary[] {
    return this.current.sources();
  }
}
