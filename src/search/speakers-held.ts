import type { LexicalIndex } from './lexical.js';
import type { Briefings } from './briefings.js';
import type { RecordsById } from './records-by-id.js';
import { spokespersonMatches } from './filters.js';
import { topicOf } from './query.js';
import { namesAPerson } from './speaker.js';
import { wordsAsTyped } from './missing-words.js';
import { chineseOther, chineseRuns, englishOther, OTHERS_LOOKED_AT } from './said-by-other.js';
import { withoutSpeakersNames, type NameAsked } from './names-asked.js';
import type { MatchRef, MissingWords, SearchFilters, SearchOptions, SearchResponse, SpeakerReading } from './types.js';

/** A spokesperson's briefings in one language (republished days once) and their first and last date. */
export interface SpeakerHeld {
  days: Set<string>;
  first: string;
  last: string;
}

/** What the spokespeople's answers are read from; `termCounts` and `search` are the engine's, for `otherSpeakers`. */
export interface SpeakersSource {
  byId: RecordsById;
  briefings: Briefings;
  /** Every spokesperson the index holds answers of, sorted. */
  spokespeople: readonly string[];
  /** The English records' lexical index. */
  english: LexicalIndex;
  termCounts: (id: string) => { counts: Map<string, number> };
  search: (query: string, options: SearchOptions) => Promise<SearchResponse>;
}

/** Who gave the index's answers: each spokesperson's briefings, how many of some matches each gave, and whose answers say what one's miss. */
export class SpeakersHeld {
  /** Per language, each spokesperson's briefings (`speakingIn`); worked out on the first question that names one. */
  private byLanguage: Record<'en' | 'zh', Map<string, SpeakerHeld>> | undefined;

  constructor(private readonly source: SpeakersSource) {}

  /**
   * The answers of one spokesperson (`wanted`: named by the question, or the option's value) that find
   * nothing, or miss words asked: the same topic in every spokesperson's answers (the other filters
   * kept), once, and whose exchange says what theirs miss (`said-by-other.ts`); for an empty answer
   * also how many briefings of theirs the index holds in the language searched, and what everyone's
   * find. Nothing is searched again for a count (`k` 0) that has matches, nor when they hold every word.
   */
  async otherSpeakers(
    asked: { topic: string; text: string; wanted: string; lang: 'en' | 'zh'; applied: SearchFilters; matches: readonly MatchRef[]; asked: readonly string[]; missing: MissingWords; index: LexicalIndex },
    options: SearchOptions,
  ): Promise<Pick<SearchResponse, 'withoutSpeaker' | 'saidByOther'>> {
    const { wanted, matches, index } = asked;
    const fitting = this.source.spokespeople.filter((name) => spokespersonMatches(name, wanted));
    const named = fitting.length === 1 ? fitting[0]! : wanted;
    const english = index === this.source.english;
    // English: the words asked the index holds, and those none of the matches holds.
    const terms = english ? asked.asked.filter((t) => index.documentFrequency(t) > 0) : [];
    const typed = wordsAsTyped(asked.text, terms);
    const words = terms.map((term, i) => ({ term, typed: typed[i]! }));
    const missed = matches.length === 0 ? terms : words.filter((w) => asked.missing.inNoMatch.includes(w.typed)).map((w) => w.term);
    const runs = english ? [] : chineseRuns(topicOf(asked.text));
    // Their matches hold every word (one of them all at once), or a count asked: nothing is searched again.
    const heldTogether = english && matches.length > 0 && missed.length === 0 && (terms.length < 2 || this.oneHoldsAll(index, terms, matches));
    if (matches.length > 0 && (options.k === 0 || heldTogether || runs.length + terms.length === 0)) return {};
    const { spokesperson: _spokesperson, ...rest } = asked.applied;
    const everyone = await this.source.search(asked.topic, { ...options, k: 0, sort: 'relevance', filters: rest });
    const records = everyone.matches.slice(0, OTHERS_LOOKED_AT).map((m) => this.source.byId.get(m.id)!);
    const saidByOther = english
      ? englishOther(wanted, named, words, missed, heldTogether, records, (r) => new Set(this.source.termCounts(r.id).counts.keys()))
      : chineseOther(wanted, named, runs, matches.map((m) => this.source.byId.get(m.id)!), records);
    const held = this.speakingIn(asked.lang).get(named);
    const withoutSpeaker = matches.length === 0
      ? { name: named, briefings: held?.days.size ?? 0, first: held?.first ?? null, last: held?.last ?? null, ...(everyone.total > 0 && everyone.last ? { others: { total: everyone.total, last: everyone.last } } : {}) }
      : null;
    return { ...(withoutSpeaker ? { withoutSpeaker } : {}), ...(saidByOther ? { saidByOther } : {}) };
  }

  /**
   * The spokespeople the question writes as words (`asked`) whose own answers are among `matches`, with
   * how many, and `missing` without the words of their names (`names-asked.ts`).
   */
  ownAnswers(
    asked: readonly NameAsked[], matches: readonly MatchRef[], missing: MissingWords, lede: { name: string; count: number } | null,
  ): { missing: MissingWords; answers: NonNullable<SearchResponse['ownAnswers']>[number][] } {
    if (asked.length === 0 || matches.length === 0) return { missing, answers: [] };
    const counts = this.answersBySpeaker(matches);
    const without = withoutSpeakersNames(missing, asked, new Set(counts.keys()));
    const answers = without.speakers.map((name) => (name === lede?.name ? { name, count: lede.count, first: true as const } : { name, count: counts.get(name)! }));
    return { missing: without.missing, answers };
  }

  /** Whether one of `matches` holds every one of `terms`. */
  private oneHoldsAll(index: LexicalIndex, terms: readonly string[], matches: readonly MatchRef[]): boolean {
    const ids = new Set(matches.map((m) => m.id));
    return index.searchTerms(new Map(terms.map((t) => [t, 1])), (id) => ids.has(id), undefined, { terms: (matched) => matched.length === terms.length, best: 1 }).length > 0;
  }

  /** How many of the matches are each speaker's, and for one with none, the briefings of theirs held in `lang` (`SpeakerReading.counts`). */
  countsOf(speakers: readonly string[], matches: readonly MatchRef[], lang: 'en' | 'zh'): NonNullable<SpeakerReading['counts']> {
    const totals = this.answersBySpeaker(matches);
    return speakers.map((name) => {
      const total = totals.get(name) ?? 0;
      const held = total === 0 ? this.speakingIn(lang).get(name) : undefined;
      return { name, total, ...(held ? { briefings: { count: held.days.size, first: held.first, last: held.last, lang } } : {}) };
    });
  }

  /** How many of `matches` each spokesperson gave. */
  answersBySpeaker(matches: readonly MatchRef[]): Map<string, number> {
    const totals = new Map<string, number>();
    for (const { id } of matches) {
      const name = this.source.byId.get(id)!.spokesperson;
      totals.set(name, (totals.get(name) ?? 0) + 1);
    }
    return totals;
  }

  /** Each spokesperson's briefings in a language (republished days once) and their first and last date. */
  speakingIn(lang: 'en' | 'zh'): Map<string, SpeakerHeld> {
    if (!this.byLanguage) {
      const speakers = { en: new Map<string, SpeakerHeld>(), zh: new Map<string, SpeakerHeld>() };
      for (const b of this.source.briefings.all) {
        const held = speakers[b.lang ?? 'en'];
        for (const name of new Set(b.recordIds.map((id) => this.source.byId.get(id)?.spokesperson).filter((n) => n !== undefined))) {
          const entry = held.get(name) ?? { days: new Set<string>(), first: b.date, last: b.date };
          entry.days.add(b.date);
          entry.last = b.date;
          held.set(name, entry);
        }
      }
      this.byLanguage = speakers;
    }
    return this.byLanguage[lang];
  }

  /**
   * Who the index holds answers of in a language, the latest to speak first (four at most), how many
   * in all, and the span of that language's briefings: what an answer says of a spokesperson it holds none of.
   */
  heldSpeakers(lang: 'en' | 'zh'): NonNullable<SpeakerReading['held']> {
    const people = [...this.speakingIn(lang)].filter(([name]) => namesAPerson(name)).sort(([a, x], [b, y]) => (x.last < y.last ? 1 : x.last > y.last ? -1 : a.localeCompare(b)));
    const span = this.source.briefings.spans[lang];
    return { lang, spokespeople: people.slice(0, 4).map(([name]) => name), count: people.length, from: span.from ?? '', to: span.to ?? '' };
  }

  spokespersonSpan(name: string): { from: string; to: string } | null {
    const held = [this.speakingIn('en').get(name), this.speakingIn('zh').get(name)].filter((h) => h !== undefined);
    if (held.length === 0) return null;
    return { from: held.map((h) => h.first).sort()[0]!, to: held.map((h) => h.last).sort().at(-1)! };
  }
}
