import { basename } from 'node:path';
import type { BriefingSummary, IndexedRecord } from '../store/types.js';
import { linkKey } from './briefing-links.js';
import { computeCoverage, corpusOnlyStretches, importedOnlyMonths, sourceKind, summarizeSources, type Coverage, type SourceSummary } from './coverage.js';
import { matchesFilters, spokespersonMatches } from './filters.js';
import type { Scored } from './fusion.js';
import type { RecordsById } from './records-by-id.js';
import { RepublishedDays } from './republished.js';
import type { Briefing, BriefingsBetween, DaysHeld, MatchRef, SearchFilters, SearchHit } from './types.js';

const DAY_MS = 86_400_000;

/** The index's briefings: by key and date, their spans, their source files, and the days published twice. */
export class Briefings {
  /** Sorted by date, then key. */
  readonly all: readonly BriefingSummary[];
  private countedBriefings?: readonly BriefingSummary[];
  private coverageSpans?: Record<'all' | 'en' | 'zh', Coverage>;
  private readonly byKey = new Map<string, BriefingSummary>();
  /** The days with more than one briefing in one language (republications, few), their exchanges paired. */
  private readonly republished: RepublishedDays;

  /** `sourceFiles` and `dataDir` as `EngineParts` gives them. */
  constructor(
    summaries: readonly BriefingSummary[], private readonly byId: RecordsById,
    private readonly sourceFiles: Readonly<Record<string, string>> = {}, private readonly dataDir = 'data',
  ) {
    // ISO dates and ASCII keys compare as plain strings (localeCompare asks ICU: seconds at archive size).
    const ascending = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
    this.all = [...summaries].sort((a, b) => ascending(a.date, b.date) || ascending(a.key, b.key));
    for (const b of this.all) this.byKey.set(b.key, b);
    this.republished = new RepublishedDays(this.all, (id) => this.byId.get(id));
  }

  /**
   * As `all`, without the later transcripts of a day that repeat its first (`RepublishedDays.repeatsAnother`):
   * the briefings counted. 2019-04-29b, the same briefing translated again, is no second briefing in any
   * count (`ask --about`, /about). Worked out when first asked for (a bot's `warm`): it reads the texts of
   * every day published twice, a tenth of a second of a 25x index's load.
   */
  private get counted(): readonly BriefingSummary[] {
    this.countedBriefings ??= this.all.filter((b) => !this.republished.repeatsAnother(b));
    return this.countedBriefings;
  }

  /** Every briefing's span, and each language's: a query searches the records of its language only. */
  get spans(): Readonly<Record<'all' | 'en' | 'zh', Coverage>> {
    if (this.coverageSpans) return this.coverageSpans;
    const datesIn = (lang: 'en' | 'zh'): string[] => this.counted.filter((b) => (b.lang ?? 'en') === lang).map((b) => b.date);
    const spans = { all: computeCoverage(this.counted.map((b) => b.date)), en: computeCoverage(datesIn('en')), zh: computeCoverage(datesIn('zh')) };
    // Only English corpora are imported (PressCon): the English span and the whole one may hold stretches of them alone.
    for (const [span, briefings] of [[spans.all, this.briefingFiles()], [spans.en, this.briefingFiles('en')]] as const) {
      const stretches = corpusOnlyStretches(briefings);
      if (stretches.length > 0) {
        span.corpusOnly = stretches;
        span.importedMonths = importedOnlyMonths(briefings);
      }
    }
    this.coverageSpans = spans;
    return spans;
  }

  /** The records of one language that pass the filters, and are of one of `speakers` if given, as matches of equal score, in briefing order (a republished day once). */
  recordsOf(lang: 'en' | 'zh', filters: SearchFilters, speakers: readonly string[] | null = null): MatchRef[] {
    const found: Scored[] = [];
    for (const b of this.all) {
      if ((b.lang ?? 'en') !== lang || (filters.from && b.date < filters.from) || (filters.to && b.date > filters.to)) continue;
      for (const id of b.recordIds) {
        const record = this.byId.get(id);
        if (record && matchesFilters(record, filters) && (!speakers || speakers.includes(record.spokesperson))) found.push({ id, score: 1 });
      }
    }
    return this.withoutRepublished(found).map(({ id, score }) => ({ id, score, date: this.byId.get(id)!.date }));
  }

  otherVersions(record: IndexedRecord): Pick<SearchHit, 'otherVersions'> {
    // The briefings holding another version of this exchange (2019-08-06b, other remarks of that day, holds none).
    const others = this.republished.otherVersionsOf(record.id).map((id) => this.byId.get(id)!)
      .filter((r) => !r.key.startsWith('pc-')).map((r) => ({ key: r.key, url: this.byKey.get(r.key)?.url ?? r.url }));
    return others.length > 0 ? { otherVersions: others } : {};
  }

  /** Whether a record repeats an exchange of its day's first transcript (`2019-04-29b#7`): counted as that one. */
  repeats(id: string): boolean {
    return this.republished.repeats(id);
  }

  /**
   * Ranked matches, skipping an exchange whose question was already shown for the same date: the
   * site sometimes republishes a briefing with a revised translation (`2019-04-29b`), and a reporter
   * needs one card per thing said, the better-ranked version.
   */
  withoutRepublished(ranked: Scored[]): Scored[] {
    const seen = new Set<string>();
    const kept: Scored[] = [];
    for (const hit of ranked) {
      // Only a record of a republished day can repeat another; every other id occurs once.
      if (this.republished.holds(hit.id)) {
        const sameQuestion = this.republished.exchangeKey(hit.id);
        if (seen.has(sameQuestion)) continue;
        seen.add(sameQuestion);
      }
      kept.push(hit);
    }
    return kept;
  }

  briefing(keyOrDate: string): Briefing | undefined {
    const wanted = keyOrDate.trim();
    const summary = this.byKey.get(wanted) ?? this.all.find((b) => b.date === wanted);
    return summary ? this.withRecords(summary) : undefined;
  }

  nearestBriefingDates(date: string, n: number, prefix = ''): string[] {
    const target = Date.parse(date);
    if (Number.isNaN(target)) return [];
    const dates = [...new Set(this.all.filter((b) => b.key.startsWith(prefix)).map((b) => b.date))];
    return dates
      .map((d) => ({ d, distance: Math.abs(Date.parse(d) - target) / DAY_MS }))
      .sort((a, b) => a.distance - b.distance || a.d.localeCompare(b.d))
      .slice(0, n)
      .map((x) => x.d);
  }

  /** `SpoxSearch.briefingsBetween` of the briefings in `lang` (null: every language). */
  between(from: string, to: string, lang: 'en' | 'zh' | null, spokesperson?: string): BriefingsBetween {
    const inLanguage = lang === null ? this.all : this.all.filter((b) => (b.lang ?? 'en') === lang);
    const answeredBy = (b: BriefingSummary): boolean => b.recordIds.some((id) => spokespersonMatches(this.byId.get(id)?.spokesperson ?? '', spokesperson!));
    const held = spokesperson ? inLanguage.filter(answeredBy) : inLanguage;
    let briefings = 0;
    let exchanges = 0;
    let askersNamed = 0;
    let before: string | null = null;
    let first: string | null = null;
    let last: string | null = null;
    const answered = new Map<string, number>();
    // Runs of briefings naming no asker ("Q:"): the one holding the most such exchanges.
    type Run = { from: string; to: string; exchanges: number };
    let run: Run | null = null;
    let unnamed: Run | null = null;
    // A day republished with a revised translation (`2019-04-29b`) is one briefing: its twin repeats its exchanges
    // (those it holds alone are its own: 2019-08-06b, other remarks of that day).
    const days = new Set<string>();
    for (const b of held) {
      if (b.date < from) before = b.date;
      if (b.date < from || b.date > to) continue;
      const day = `${b.date} ${b.lang ?? 'en'}`;
      const again = days.has(day);
      days.add(day);
      if (!again) briefings++;
      first ??= b.date;
      last = b.date;
      let asked = 0;
      let named = 0;
      for (const id of b.recordIds) {
        if (again && this.republished.exchangeKey(id) !== id) continue;
        const record = this.byId.get(id);
        if (record) answered.set(record.spokesperson, (answered.get(record.spokesperson) ?? 0) + 1);
        if (record?.kind !== 'exchange') continue;
        asked++;
        if (record.outlet) named++;
      }
      exchanges += asked;
      askersNamed += named;
      if (named > 0) run = null;
      else if (asked > 0) {
        const longer: Run = run ? { from: run.from, to: b.date, exchanges: run.exchanges + asked } : { from: b.date, to: b.date, exchanges: asked };
        run = longer;
        if (!unnamed || longer.exchanges > unnamed.exchanges) unnamed = longer;
      }
    }
    // Named where it holds most of the exchanges that name no asker: then it says where they are.
    const unnamedAskers = unnamed && unnamed.exchanges * 2 > exchanges - askersNamed ? { from: unnamed.from, to: unnamed.to } : null;
    const after = held.find((b) => b.date > to)?.date ?? null;
    const spokespeople = [...answered].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)).map(([name]) => name);
    return { briefings, exchanges, askersNamed, ...(unnamedAskers ? { unnamedAskers } : {}), first, last, before, after, spokespeople };
  }

  /**
   * The days of `lang` the index holds a briefing of from `from` to `to` (a day published twice is one),
   * the first and the last; null for none. Found by halving `all`, sorted by date: it is asked of every
   * question naming dates (`SearchResponse.namedDatesHeld`), where `between` reads each briefing's records.
   */
  daysHeld(from: string, to: string, lang: 'en' | 'zh'): DaysHeld | null {
    let lo = 0;
    let hi = this.all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.all[mid]!.date < from) lo = mid + 1;
      else hi = mid;
    }
    const days: string[] = [];
    for (let i = lo; i < this.all.length && this.all[i]!.date <= to; i++) {
      const b = this.all[i]!;
      if ((b.lang ?? 'en') === lang && days.at(-1) !== b.date) days.push(b.date);
    }
    return days.length > 0 ? { days: days.length, first: days[0]!, last: days.at(-1)!, gaps: computeCoverage(days).gaps } : null;
  }

  latestBriefing(): Briefing | undefined {
    // The newest English briefing; the Chinese one of the same day is reached from its records.
    const english = this.all.filter((b) => (b.lang ?? 'en') === 'en');
    const last = english[english.length - 1] ?? this.all[this.all.length - 1];
    return last ? this.withRecords(last) : undefined;
  }

  /** Every briefing key, oldest first. */
  briefingKeys(): string[] {
    return this.all.map((b) => b.key);
  }

  private byLink: Map<string, string> | undefined;

  /** The key of the briefing whose transcript `link` is, however written (`linkKey`); undefined when no briefing's is. */
  keyOfLink(link: string): string | undefined {
    this.byLink ??= new Map(this.all.flatMap((b) => {
      const key = b.url ? linkKey(b.url) : null;
      return key ? [[key, b.key] as const] : [];
    }));
    const key = linkKey(link);
    return key ? this.byLink.get(key) : undefined;
  }

  sources(): SourceSummary[] {
    return summarizeSources(this.briefingFiles(), this.dataDir);
  }

  /** Each briefing's date and the file it was read from (null where the index does not say), by date; of one language if given. */
  private briefingFiles(lang?: 'en' | 'zh'): { date: string; file: string | null }[] {
    const files = this.sourceFiles;
    return this.counted.filter((b) => !lang || (b.lang ?? 'en') === lang).map((b) => ({ date: b.date, file: files[b.key] ?? null }));
  }

  private withRecords(summary: BriefingSummary): Briefing {
    const file = this.sourceFiles[summary.key];
    const imported = file && sourceKind(file, this.dataDir) === 'imported' ? { importedFrom: basename(file) } : {};
    return { summary, records: summary.recordIds.flatMap((id) => this.byId.get(id) ?? []), ...imported };
  }
}
