import type { LexicalIndex } from './lexical.js';
import { dateSpan, dayFirst, orderMatches } from './order.js';
import { dayNamedWords } from './month.js';
import { countAskedOf } from './counted.js';
import { namedDatesHeld, yearsPartlyHeld } from './held-day.js';
import { statementsAmong } from './statements.js';
import type { AcceptedRecords } from './accepted-records.js';
import type { Briefings } from './briefings.js';
import { datesKept, overriddenWithSort, type QuestionRead } from './question-reader.js';
import { askersNamed, importedOnly, monthNamedWords, wordsRead } from './response-notes.js';
import type { SpeakersHeld } from './speakers-held.js';
import type { MatchRef, SearchHit, SearchMode, SearchOptions, SearchResponse } from './types.js';

/** What every answer of a speaker is read from; `indexOf` and `hitsOf` are the engine's. */
export interface EveryAnswerSource {
  mode: SearchMode;
  briefings: Briefings;
  accepted: AcceptedRecords;
  speakers: SpeakersHeld;
  /** The lexical index a language's records are searched in. */
  indexOf: (lang: 'en' | 'zh') => LexicalIndex;
  /** The matches shown, each with the quote of its answer for the terms (none here). */
  hitsOf: (shown: readonly MatchRef[], queryTerms: string[], index: LexicalIndex) => SearchHit[];
}

/** The answer listing every answer of a speaker in some dates, searched for no topic. */
export class EveryAnswer {
  constructor(private readonly source: EveryAnswerSource) {}

  /**
   * The answer to a question naming only a speaker and dates ("What did Zhao Lijian say in March
   * 2020?", "Geng Shuang July 2019", "赵立坚 2020年3月"): every answer and statement of theirs in the
   * dates, in the question's language, latest first (each briefing's in its order), or oldest first
   * when it asks for the first ("When did Hua Chunying give her first briefing?"). Nothing in the
   * dates: what they said in every date.
   */
  answer(query: string, read: QuestionRead, options: SearchOptions, started: number): SearchResponse {
    const sort = options.sort ?? (read.earliest ? 'oldest' : 'newest');
    const overridden = overriddenWithSort(read, options.sort);
    const index = this.source.indexOf(read.lang);
    const leftOut = read.excluded ? this.source.accepted.holdingAny(read.excluded, index) : null;
    const dated = datesKept(read);
    const compared = (m: MatchRef): boolean => (dated === null || dated(m.date)) && !leftOut?.has(m.id);
    const listed = dayFirst(orderMatches(this.source.briefings.recordsOf(read.lang, read.filters, read.speakers).filter(compared), sort), read.day);
    // A day named with no topic ("What did Zhao Lijian say on 12 May 2020?"): that day's answers, where
    // it holds some; listed before the rest of its month, they were 106, of which 10 were that day's.
    const ofDay = read.day ? listed.matches.filter((m) => m.date === read.day) : [];
    const { matches, passing } = ofDay.length > 0 ? { matches: ofDay, passing: 0 } : listed;
    const filters = ofDay.length > 0 ? { ...read.filters, from: read.day!, to: read.day! } : read.filters;
    const { from: _from, to: _to, ...undated } = filters;
    const elsewhere = matches.length === 0 && read.month ? this.source.briefings.recordsOf(read.lang, undated, read.speakers) : [];
    const newest = elsewhere.at(-1)?.date;
    return {
      query,
      searched: '',
      filters,
      spokespersonNamed: read.speaker,
      ...askersNamed(read),
      monthNamed: ofDay.length > 0 ? dayNamedWords(read.month ?? '', read.day!) : monthNamedWords(read, matches, (options.k ?? 5) > 0),
      // Joined spokespeople ("What did Reuters ask Hua Chunying and Zhao Lijian?"): how many answers are each one's.
      ...(read.reading ? { speakerReading: read.speakers ? { ...read.reading, counts: this.source.speakers.countsOf(read.speakers, matches, read.lang) } : read.reading } : {}),
      ...wordsRead(read, false, false),
      ...(overridden ? { overridden } : {}),
      ...(read.framingRead ? { framingRead: read.framingRead } : {}),
      ...(read.years ? { yearsSearched: read.years } : {}),
      ...yearsPartlyHeld(read, this.source.briefings),
      ...(read.days ? { daysSearched: read.days } : {}),
      ...(ofDay.length > 0 ? {} : namedDatesHeld(read, this.source.briefings)),
      mode: this.source.mode,
      sort,
      latestIntent: read.intent.latest,
      ...(read.earliest ? { earliestIntent: true } : {}),
      tookMs: performance.now() - started,
      hits: this.source.hitsOf(matches.slice(0, options.k ?? 5), [], index),
      total: matches.length,
      ...statementsAmong(matches),
      // "How many press conferences did Geng Shuang hold in 2019?": the briefings are the count asked.
      ...(read.countAsked ? { countAsked: countAskedOf('', matches, null) } : {}),
      related: 0,
      ...dateSpan(matches),
      passing,
      matches,
      described: null,
      missing: { inNoRecord: [], inNoMatch: [] },
      tooCommon: [],
      everyAnswer: true,
      ...(read.whoSpoke ? { answeredBy: [...this.source.speakers.answersBySpeaker(matches)].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)) } : {}),
      ...(read.newestBriefings ? { newestBriefings: read.newestBriefings } : {}),
      ...(newest ? { withoutDates: { total: elsewhere.length, last: newest } } : {}),
      ...importedOnly(matches, this.source.briefings.spans[read.lang]),
    };
  }
}
