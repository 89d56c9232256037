import type { Embedder } from '../embed/embedder.js';
import { readsChinese } from '../embed/languages.js';
import { dayNumber, type VectorStore } from '../store/vectors.js';
import type { BriefingSummary, IndexedRecord } from '../store/types.js';
import { matchesFilters, nameMatches } from './filters.js';
import { FUSION, fuseScores, type FusionSettings, type Scored } from './fusion.js';
import type { LexicalIndex, LexicalMatch } from './lexical.js';
import { normalizeForPhrase, parseQuery, topicOf } from './query.js';
import { renderQuote, selectQuoteSpans } from './quote.js';
import { hasCjk } from './cjk.js';
import { normalizeTerm, termsOf, tokenize } from './terms.js';
import type {
  Briefing, CorpusInfo, SearchFilters, SearchHit, SearchMode, SearchOptions, SearchResponse, SpoxSearch,
} from './types.js';

export interface EngineParts {
  records: IndexedRecord[];
  briefings: BriefingSummary[];
  lexical: LexicalIndex;
  /** The Chinese records' lexical index, loaded on the first query in Chinese; absent when the index has none. */
  chineseLexical?: () => LexicalIndex;
  /** Both present: hybrid mode; otherwise lexical. */
  vectors: VectorStore | null;
  embedder: Embedder | null;
  /** Overrides of the documented defaults in `fusion.ts` (for tuning and tests). */
  fusion?: Partial<FusionSettings>;
}

const DAY_MS = 86_400_000;

/** Searches an index loaded in memory; see `openSearch` for loading one from disk. */
export class SearchEngine implements SpoxSearch {
  private readonly byId = new Map<string, IndexedRecord>();
  private readonly briefingsByKey = new Map<string, BriefingSummary>();
  /** Sorted by date, then key. */
  private readonly briefings: BriefingSummary[];
  private readonly phraseText = new Map<string, string>();
  readonly mode: SearchMode;
  private readonly fusion: FusionSettings;
  /** Distinct values for autocomplete and filters, computed once. */
  private readonly names: { spokespeople: string[]; outlets: string[] };
  private chinese: LexicalIndex | undefined;

  constructor(private readonly parts: EngineParts) {
    this.fusion = { ...FUSION, ...parts.fusion };
    for (const r of parts.records) this.byId.set(r.id, r);
    this.briefings = [...parts.briefings].sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
    for (const b of this.briefings) this.briefingsByKey.set(b.key, b);
    this.mode = parts.vectors && parts.embedder ? 'hybrid' : 'lexical';
    this.names = {
      spokespeople: distinctSorted(parts.records.map((r) => r.spokesperson)),
      outlets: distinctSorted(parts.records.flatMap((r) => (r.outlet ? [r.outlet] : []))),
    };
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const started = performance.now();
    const k = options.k ?? 5;
    const parsed = parseQuery(query);
    const queryTerms = termsOf(parsed.text);
    const accept = this.acceptor(options.filters ?? {}, parsed.phrases);

    // A query in Chinese searches the Chinese records; any other the English ones.
    const index = hasCjk(parsed.text) && this.parts.chineseLexical ? (this.chinese ??= this.parts.chineseLexical()) : this.parts.lexical;
    const lexical = this.relevantLexical(index, parsed.text, queryTerms, accept);
    let ranked: Scored[];
    // An English model's vector of a Chinese query is noise: such a query is answered lexically.
    if (this.mode === 'hybrid' && (index === this.parts.lexical || readsChinese(this.parts.embedder!.model))) {
      const semantic = await this.relevantSemantic(parsed.text, options.filters ?? {}, accept);
      ranked = fuseScores(lexical, semantic, this.fusion);
    } else {
      ranked = lexical.map((m) => ({ id: m.id, score: m.score }));
    }

    const hits: SearchHit[] = this.withoutRepublished(ranked, k).map(({ id, score }) => {
      const record = this.byId.get(id)!;
      const spans = selectQuoteSpans(record.answer, queryTerms, (t) => index.idf(t));
      return { record, score, spans, quote: renderQuote(record.answer, spans) };
    });
    return { query, mode: this.mode, tookMs: performance.now() - started, hits };
  }

  /**
   * The best k, skipping an exchange whose question was already shown for the same date: the site
   * sometimes republishes a briefing with a revised translation (`2019-04-29b`), and a reporter
   * needs one card per thing said, the better-ranked version.
   */
  private withoutRepublished(ranked: Scored[], k: number): Scored[] {
    const seen = new Set<string>();
    const kept: Scored[] = [];
    for (const hit of ranked) {
      if (kept.length === k) break;
      const r = this.byId.get(hit.id)!;
      const sameQuestion = r.question === null ? r.id : `${r.date} ${r.question.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '').slice(0, 60)}`;
      if (seen.has(sameQuestion)) continue;
      seen.add(sameQuestion);
      kept.push(hit);
    }
    return kept;
  }

  /**
   * Lexical matches that hold enough of the query's meaning: the informative query terms they
   * contain must carry at least `minTermCoverage` of those terms' total idf. A term the corpus
   * never uses weighs most, so a query about something never discussed matches nothing. Only the
   * informative terms are searched: a term in a quarter of all records adds little to the ranking
   * and most of the work (at 10x the corpus, it roughly halved query time).
   */
  private relevantLexical(lexical: LexicalIndex, text: string, queryTerms: string[], accept: (id: string) => boolean): LexicalMatch[] {
    if (queryTerms.length === 0) return [];
    let informative = queryTerms.filter((t) => lexical.documentShare(t) < this.fusion.commonTermShare);
    if (informative.length === 0) informative = queryTerms;
    const weight = new Map(informative.map((t) => [t, lexical.idf(t)]));
    const needed = this.fusion.minTermCoverage * [...weight.values()].reduce((a, b) => a + b, 0);
    const searched = tokenize(text).filter((token) => weight.has(normalizeTerm(token) ?? ''));
    return lexical
      .search(searched.join(' '), accept)
      .filter((m) => m.matched.reduce((sum, t) => sum + (weight.get(t) ?? 0), 0) >= needed)
      .slice(0, this.fusion.candidates);
  }

  /** Records by their best chunk's similarity, above the relevance floor, best first. */
  private async relevantSemantic(text: string, filters: SearchFilters, accept: (id: string) => boolean): Promise<Scored[]> {
    const [vector] = await this.parts.embedder!.embed([topicOf(text)]);
    // The filters as data for Vectra: the names that match the filter values.
    const matching = (values: string[], wanted?: string): string[] | undefined =>
      wanted ? values.filter((v) => nameMatches(v, wanted)) : undefined;
    const matches = await this.parts.vectors!.query(Array.from(vector!), this.fusion.candidates * 3, {
      from: filters.from ? dayNumber(filters.from) : undefined,
      to: filters.to ? dayNumber(filters.to) : undefined,
      spokespeople: matching(this.spokespeople(), filters.spokesperson),
      outlets: matching(this.outlets(), filters.outlet),
    });
    const best: Scored[] = [];
    const seen = new Set<string>();
    for (const m of matches) {
      if (m.similarity < this.fusion.minVectorSimilarity) break;
      if (seen.has(m.record) || !accept(m.record)) continue;
      seen.add(m.record);
      best.push({ id: m.record, score: m.similarity });
    }
    return best.slice(0, this.fusion.candidates);
  }

  private acceptor(filters: SearchFilters, phrases: string[]): (id: string) => boolean {
    return (id) => {
      const r = this.byId.get(id);
      return r !== undefined && matchesFilters(r, filters) && phrases.every((p) => this.textForPhrases(r).includes(p));
    };
  }

  private textForPhrases(r: IndexedRecord): string {
    let text = this.phraseText.get(r.id);
    if (text === undefined) {
      text = normalizeForPhrase(`${r.question ?? ''}\n${r.answer}`);
      this.phraseText.set(r.id, text);
    }
    return text;
  }

  record(id: string): IndexedRecord | undefined {
    return this.byId.get(id.trim());
  }

  briefing(keyOrDate: string): Briefing | undefined {
    const wanted = keyOrDate.trim();
    const summary = this.briefingsByKey.get(wanted) ?? this.briefings.find((b) => b.date === wanted);
    return summary ? this.withRecords(summary) : undefined;
  }

  nearestBriefingDates(date: string, n: number): string[] {
    const target = Date.parse(date);
    if (Number.isNaN(target)) return [];
    const dates = [...new Set(this.briefings.map((b) => b.date))];
    return dates
      .map((d) => ({ d, distance: Math.abs(Date.parse(d) - target) / DAY_MS }))
      .sort((a, b) => a.distance - b.distance || a.d.localeCompare(b.d))
      .slice(0, n)
      .map((x) => x.d);
  }

  latestBriefing(): Briefing | undefined {
    // The newest English briefing; the Chinese one of the same day is reached from its records.
    const english = this.briefings.filter((b) => (b.lang ?? 'en') === 'en');
    const last = english[english.length - 1] ?? this.briefings[this.briefings.length - 1];
    return last ? this.withRecords(last) : undefined;
  }

  spokespeople(): string[] {
    return this.names.spokespeople;
  }

  outlets(): string[] {
    return this.names.outlets;
  }

  info(): CorpusInfo {
    const exchanges = this.parts.records.filter((r) => r.kind === 'exchange').length;
    return {
      firstDate: this.briefings[0]?.date ?? null,
      lastDate: this.briefings[this.briefings.length - 1]?.date ?? null,
      briefings: this.briefings.length,
      exchanges,
      statements: this.parts.records.length - exchanges,
      mode: this.mode,
      model: this.mode === 'hybrid' ? this.parts.embedder!.model : null,
    };
  }

  private withRecords(summary: BriefingSummary): Briefing {
    return { summary, records: summary.recordIds.flatMap((id) => this.byId.get(id) ?? []) };
  }
}


function distinctSorted(values: string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b));
}
