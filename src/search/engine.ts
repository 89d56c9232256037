import type { Embedder } from '../embed/embedder.js';
import { readsChinese } from '../embed/languages.js';
import { dayNumber, type VectorStore } from '../store/vectors.js';
import type { BriefingSummary, IndexedRecord } from '../store/types.js';
import { stretchesHolding, yearsIn, type Coverage, type SourceSummary } from './coverage.js';
import { matchesFilters, outletMatches, spokespersonMatches } from './filters.js';
import { FUSION, fuseScores, type FusionSettings, type Scored } from './fusion.js';
import { isYearTerm, yearRule } from './gate.js';
import type { LexicalIndex, LexicalMatch } from './lexical.js';
import { parseQuery, topicOf } from './query.js';
import { type Phrase } from './phrase.js';
import { ministryFormsIn, simplifiedChinese } from './chinese-question.js';
import { otherLanguageOf } from './question-language.js';
import { answerSpan, dateSpan, dayFirst, orderMatches } from './order.js';
import { countedMatches } from './counted.js';
import { chineseTopicMentions } from './chinese-mentions.js';
import { isCutShort, renderQuote, selectQuoteSpans } from './quote.js';
import { isCjkTerm } from './cjk.js';
import { isNumberTerm, joiningTerms, writtenInChinese } from './chinese-words.js';
import { askedTermsOf, chineseNameForms, normalizeTerm, termsOf } from './terms.js';
import { missingChineseWords, missingWords, withoutWords, wordsAsTyped } from './missing-words.js';
import { ledeName, namesAsked, type NameAsked } from './names-asked.js';
import { statementsAmong } from './statements.js';
import { capitalsNamed, markedUnwritten } from './capitals-counted.js';
import { RecordsById } from './records-by-id.js';
import { Briefings } from './briefings.js';
import { RecordTexts } from './record-texts.js';
import { askersNamed, monthNamedWords, saidOfChinese, withEveryWord, wordsRead } from './response-notes.js';
import { AcceptedRecords } from './accepted-records.js';
import { QuestionReader, type QuestionRead } from './question-reader.js';
import { LexicalRanker, markedMention } from './lexical-ranking.js';
import { SpeakersHeld } from './speakers-held.js';
import { SearchedAgain } from './searched-again.js';
import { partNames } from './part-names.js';
import { othersGivenNamesIn } from './given-names.js';
import { everyWordFirst, matchedTerms } from './every-word-first.js';
import { koreaAlone } from './korea-alone.js';
import type {
  Briefing, BriefingsBetween, CorpusInfo, LanguageSummary, MatchRef, MissingWords, PartName, QuoteSpan, SearchFilters, SearchHit, SearchMode, SearchOptions,
  SearchResponse, SpoxSearch,
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
  /** The source file of each briefing key (from the index manifest), to say where briefings came from. */
  sourceFiles?: Record<string, string>;
  /** The sync's data folder, to tell synced sources from the others. Default: `data`. */
  dataDir?: string;
  /** Today, for dates a question gives relative to it ("last year"); default the clock. */
  today?: () => Date;
}

/** The most questions of one outlet an answer points to ("“questions from Yonhap” lists them"): a desk reads them all. */
const FEW_QUESTIONS = 20;

/** Searches an index loaded in memory; see `openSearch` for loading one from disk. */
export class SearchEngine implements SpoxSearch {
  private readonly byId: RecordsById;
  private readonly briefings: Briefings;
  private readonly texts: RecordTexts;
  private readonly lexicalRanker: LexicalRanker;
  private readonly questions: QuestionReader;
  private readonly accepted: AcceptedRecords;
  readonly mode: SearchMode;
  private readonly fusion: FusionSettings;
  /** Distinct values for autocomplete and filters, computed once. */
  private readonly names: { spokespeople: string[]; outlets: string[] };
  private readonly speakers: SpeakersHeld;
  private readonly again: SearchedAgain;
  private chinese: LexicalIndex | undefined;
  /** Chinese record id → the English record aligned with it (records name their Chinese original only). */
  private readonly englishByChinese = new Map<string, IndexedRecord>();

  constructor(private readonly parts: EngineParts) {
    this.fusion = { ...FUSION, ...parts.fusion };
    this.byId = new RecordsById(parts.records);
    this.briefings = new Briefings(parts.briefings, this.byId, parts.sourceFiles, parts.dataDir);
    this.texts = new RecordTexts(this.byId, parts.lexical, this.fusion.fieldBoost);
    this.lexicalRanker = new LexicalRanker(parts.lexical, this.fusion, this.byId, this.texts);
    this.mode = parts.vectors && parts.embedder ? 'hybrid' : 'lexical';
    const spokespeople = new Set<string>();
    const outlets = new Set<string>();
    for (const r of parts.records) {
      spokespeople.add(r.spokesperson);
      if (r.outlet) outlets.add(r.outlet);
      if (r.zh) this.englishByChinese.set(r.zh.id, r);
    }
    this.names = { spokespeople: distinctSorted([...spokespeople]), outlets: distinctSorted([...outlets]) };
    this.speakers = new SpeakersHeld({
      byId: this.byId, briefings: this.briefings, spokespeople: this.names.spokespeople, english: parts.lexical,
      termCounts: (id) => this.texts.termCounts(id), search: (query, options) => this.search(query, options),
    });
    this.questions = new QuestionReader({
      english: parts.lexical, hasChinese: Boolean(parts.chineseLexical), names: this.names, speakers: this.speakers, briefings: this.briefings, byId: this.byId, texts: this.texts,
      ...(parts.today ? { today: parts.today } : {}),
    });
    this.accepted = new AcceptedRecords({
      records: parts.records, byId: this.byId, texts: this.texts, english: parts.lexical, outlets: this.names.outlets, commonTermShare: this.fusion.commonTermShare,
    });
    this.again = new SearchedAgain({
      byId: this.byId, english: parts.lexical, hasChinese: Boolean(parts.chineseLexical), spokespeople: this.names.spokespeople, questions: this.questions,
      englishTerms: (text) => this.termsFor(text, parts.lexical), search: (query, options) => this.search(query, options),
    });
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const started = performance.now();
    const k = options.k ?? 5;
    const read = this.questions.readQuestion(query, options.filters ?? {}, options.comparedAsSpan);
    // A question in another language finds words by chance: answered that spox reads English and Chinese.
    const otherLanguage = otherLanguageOf(query);
    if (otherLanguage) return this.namingNoTopic(query, read, options, started, { otherLanguage });
    if (read.everyAnswer) return this.everyAnswer(query, read, options, started);
    if (read.followUp) return this.namingNoTopic(query, read, options, started);
    const { intent, speaker, month, filters, overridden } = read;
    const sort = options.sort ?? (intent.latest ? 'newest' : read.earliest ? 'oldest' : 'relevance');
    const index = this.indexOf(read.lang);
    // "Nicolas Sarkozy": "Nicolas", which the index writes only in "Nicolas Maduro", is someone else's given name, not searched (`given-names.ts`).
    const givenOfOthers = index === this.parts.lexical ? othersGivenNamesIn(read.searched, this.texts.givenNameEvidence(index)) : [];
    const othersGiven = givenOfOthers.map((g) => g.typed);
    const searched = othersGiven.length > 0 ? withoutWords(read.searched, othersGiven) : read.searched;
    const parsed = parseQuery(searched);
    const leftOut = read.excluded ? this.accepted.holdingAny(read.excluded, index) : null;
    const queryTerms = this.termsFor(parsed.text, index);
    const byAskerWords = index === this.parts.lexical ? this.accepted.byAskerWordsOnly(queryTerms) : null;
    const accept = this.accepted.acceptor(filters, parsed.phrases, yearRule(searched), read.speakers, read.years, leftOut, byAskerWords);
    const filtered = Boolean(filters.from || filters.to || filters.spokesperson || filters.outlet || filters.outlets || read.speakers);
    // Searched again (in every date, in everyone's answers): the topic with what it leaves out.
    const topic = read.excluded ? `${searched} ${read.excluded.typed}` : searched;
    const either = read.either?.map((name) => termsOf(name)).filter((terms) => terms.length > 0) ?? [];
    // Newest first, a record only feedback terms reached would lead the list, and a timeline (k 0)
    // counts when the topic came up: neither keeps one.
    // So does a question asking how many times, counted as a timeline counts (`counted.ts`).
    const feedbackShown = sort !== 'relevance' || k === 0 || read.countAsked ? 0 : this.fusion.feedbackShown;
    const wordsTogether = options.wordsTogether || read.countAsked;
    const { matches: lexical, described, ministryWords, asked, tooCommon, mentionScores, either: eitherRead, everyWord } =
      this.lexicalRanker.relevantLexical(index, {
        text: parsed.text, terms: queryTerms, accept, hasPhrases: parsed.phrases.length > 0,
        unfiltered: filtered ? this.accepted.acceptor({}, parsed.phrases, yearRule(searched), null, null, leftOut, byAskerWords) : null,
        ...(either.length > 1 ? { either } : {}),
      }, feedbackShown);
    let ranked: Scored[];
    // An English model's vector of a Chinese query is noise: such a query is answered lexically.
    if (tooCommon.length > 0) {
      ranked = [];
    } else if (this.mode === 'hybrid' && (index === this.parts.lexical || readsChinese(this.parts.embedder!.model))) {
      const semantic = await this.relevantSemantic(parsed.text, filters, accept);
      ranked = fuseScores(lexical, semantic, this.fusion);
    } else {
      ranked = lexical;
    }

    // A count counts the capital a topic names where it is written, not every exchange on its country (`capitals-counted.ts`).
    const capitals = wordsTogether && index === this.parts.lexical ? capitalsNamed(searched) : [];
    const found = markedUnwritten(this.briefings.withoutRepublished(ranked).map(({ id, score, record }) => ({ id, score, date: (record ?? this.byId.get(id)!).date })), capitals, (id) => {
      const r = this.byId.get(id)!;
      return `${r.question ?? ''} ${r.answer}`;
    });
    // Names joined read as any of them (`either`): an exchange naming one is a whole answer, no part of one.
    const asWritten = index === this.parts.lexical && !described && !ministryWords?.length && !eitherRead;
    // The words the relevance rule read as the topic (`asked`): "China", in most exchanges, is none.
    // Which matches mention the topic: one rule for a timeline's count and a first or last answer's order.
    // A Chinese question's: the matches saying each word it types (`chinese-mentions.ts`).
    const mentions = !(wordsTogether || sort !== 'relevance') ? null
      : asWritten ? this.lexicalRanker.topicMentions(index, asked.length > 0 ? asked : queryTerms, parsed.text, found)
        : index !== this.parts.lexical ? chineseTopicMentions(parsed.text, found, (id) => this.byId.get(id)!, this.texts.wordCounts(index), queryTerms) : null;
    const together = wordsTogether && mentions ? { terms: mentions.terms, matches: found.map((m) => markedMention(m, mentions)) } : null;
    const wholeTopic = mentions && mentions.ids.size > 0 ? mentions.ids : null;
    const { matches: listed, passing: listedPassing } = dayFirst(
      orderMatches(together?.matches ?? found, sort, mentionScores, { wholeTopic, positionOf: (id) => this.byId.get(id)!.position }),
      read.day,
    );
    // "How many times …" is answered with the matches a timeline counts: of a topic of several words, those holding them all.
    const topicWords = together ? wordsAsTyped(parsed.text, together.terms) : undefined;
    const counted = read.countAsked ? countedMatches(listed, topicWords, capitals) : null;
    // Best match first, the first page's exchanges saying every word asked lead it (`every-word-first.ts`).
    const ordered = sort === 'relevance' && asWritten && !counted ? everyWordFirst(listed, asked, matchedTerms(lexical)) : counted?.matches.slice() ?? listed;
    const passingIds = new Set(listed.slice(listed.length - listedPassing).map((m) => m.id));
    const passing = counted ? ordered.filter((m) => passingIds.has(m.id)).length : listedPassing;
    // A wire lede ("Guo Jiakun urged the US to …"): their own answers that say the rest first, the others after.
    // The spokespeople the question writes as words (`names-asked.ts`): a wire lede's speaker, or names that are no missing word.
    const namesWritten = namesAsked(searched, this.names.spokespeople);
    const lede = sort === 'relevance' && !filters.spokesperson && !read.speakers && index === this.parts.lexical ? this.ledeFirst(searched, namesWritten, ordered, asked) : null;
    const matches = lede?.matches ?? ordered;
    let missing = index === this.parts.lexical
      ? missingWords(parsed.text, asked, index, lexical, matches.map((m) => m.id))
      : saidOfChinese(withEveryWord(missingChineseWords(parsed.text, () => this.chineseRecords(), matches.map((m) => this.byId.get(m.id)!)), everyWord, matches));
    if (index === this.parts.lexical && missing.inNoRecord.length > 0) missing = this.heldInChinese(missing);
    const ministryForms = ministryFormsIn(query);
    if (ministryForms.length > 0) missing = { ...missing, ministryForms };
    const otherForms = chineseNameForms(simplifiedChinese(query));
    if (otherForms.length > 0) missing = { ...missing, otherForms };
    // A spokesperson's name alone that no exchange mentions ("Guo Jiakun"): every answer of theirs instead.
    // Mentions write the name whole: "Lin Jian" searched as words found Liu Jian's and Lyu Jian's exchanges.
    if (read.alone && read.reading?.as === 'words' && !this.texts.anyWritesName(matches, read.reading.name)) {
      const { name } = read.reading;
      return this.everyAnswer(query, { ...read, speaker: name, filters: { ...filters, spokesperson: name }, reading: { ...read.reading, as: 'every', unmentioned: true } }, options, started);
    }
    // `missing.inNoRecord` is, word for word, how the question writes these terms (missing-words.ts).
    const unknown = index === this.parts.lexical ? asked.filter((t) => index.documentFrequency(t) === 0) : [];
    const didYouMean = index === this.parts.lexical ? await this.again.didYouMean(query, asked, unknown, missing.inNoRecord, options, matches.length === 0) : null;
    if (didYouMean) missing.didYouMean = didYouMean;
    const withoutUnknown = matches.length === 0 ? await this.again.withoutUnknownWords(query, missing.inNoRecord, options, read.excluded, othersGiven) : null;
    const withoutQuotes = matches.length === 0 && parsed.phrases.length > 0 && !withoutUnknown ? await this.again.withoutQuoteMarks(query, options) : null;
    // A spokesperson the question writes as words, whose own answers are among the matches, is who spoke, not a word missing.
    const own = this.speakers.ownAnswers(namesWritten, matches, missing, lede);
    missing = own.missing;
    if (index === this.parts.lexical && matches.length > 0) missing = this.withTargetYears(missing, parsed.text, searched, matches, index);
    // "Kim Yo-jong" answered with Kim Jong Un's exchanges, which say "Kim": how many write the name whole.
    // Read with the given name not searched: "none of them says “Nancy Reagan”; they say only “Reagan”".
    const parts = index === this.parts.lexical && matches.length > 0 ? this.partNamesOf(othersGiven.length > 0 ? parseQuery(read.searched).text : parsed.text, matches, lexical, missing.inNoRecord) : [];
    if (parts.length > 0) missing = { ...missing, partNames: parts };
    // "Mike" alone is neither Mike Pompeo nor Mike Pence: what each finds, as a slip's suggestion is said.
    const givenNames = index === this.parts.lexical ? await this.again.givenNamesFound(query, parsed.text, options) : [];
    if (givenNames.length > 0) missing = { ...missing, givenNames };
    if (givenOfOthers.length > 0) missing = { ...missing, othersGivenNames: givenOfOthers };
    // "Korea" alone is the peninsula: what "North Korea" and "South Korea" find beside it.
    const korea = index === this.parts.lexical ? koreaAlone(parsed.text) : null;
    if (korea) missing = { ...missing, koreaAlone: { typed: korea, more: await this.again.koreasFound(query, korea, matches, options) } };
    // Nothing in the dates named, or nothing that says what was asked ("none of them says “Taiwan”"): the topic in every date.
    const offTopic = matches.length === 0 || missing.inNoMatch.length > 0;
    // Re-searched with the filters only: not for two speakers, whom no filter holds.
    const withoutDates = offTopic && month && !withoutUnknown && !read.speakers ? await this.again.withoutNamedDates(topic, filters, options) : null;
    // One spokesperson's answers (named by the question or given) that find nothing, or miss words asked: everyone's, and whose says them.
    const only = read.speakers || tooCommon.length > 0 || withoutUnknown ? null : filters.spokesperson ?? null;
    const { withoutSpeaker, saidByOther } = only
      ? await this.speakers.otherSpeakers({ topic, text: parsed.text, wanted: only, lang: read.lang, applied: filters, matches, asked, missing, index }, options)
      : {};
    const readBeside = read.reading?.as === 'beside' || read.reading?.beside;
    const besideRead = readBeside && matches.length === 0 ? await this.again.withNameAsWords(query, read.reading!, options) : read.reading;
    // Spokespeople joined ("Hua Chunying vs Mao Ning on Huawei"): each one's count, so that one with none is said, not left out unseen.
    const speakerReading = besideRead && read.speakers ? { ...besideRead, counts: this.speakers.countsOf(read.speakers, matches, read.lang) } : besideRead;
    // Matches none of the user's words admitted: reached by feedback terms, or by vectors alone.
    const saying = new Set(lexical.filter((m) => m.matched.length > 0).map((m) => m.id));
    const related = matches.filter((m) => !saying.has(m.id)).length;
    const chineseHoldsMore = index === this.parts.lexical && !read.speakers && !read.excluded && !eitherRead
      ? await this.again.chineseHoldsMore(searched, asked.length > 0 ? asked : queryTerms, matches.length - related, { ...options, filters })
      : null;
    const outletAsked = this.outletAsked(read.askers, filters, read.lang, matches.length);
    const hits = this.hitsOf(matches.slice(0, k), queryTerms, index, parsed.phrases);
    return {
      query,
      searched,
      filters,
      spokespersonNamed: speaker,
      ...askersNamed(read),
      monthNamed: monthNamedWords(read, matches, (options.k ?? 5) > 0),
      ...(speakerReading ? { speakerReading } : {}),
      ...wordsRead(read, Boolean(eitherRead), sort === 'relevance' && k > 0),
      ...(overridden ? { overridden } : {}),
      ...(read.framingRead ? { framingRead: read.framingRead } : {}),
      ...(read.years ? { yearsSearched: read.years } : {}),
      mode: this.mode,
      sort,
      latestIntent: intent.latest,
      ...(read.earliest ? { earliestIntent: true } : {}),
      tookMs: performance.now() - started,
      hits,
      total: matches.length,
      ...statementsAmong(matches),
      related,
      ...answerSpan(matches, sort, passing),
      passing,
      matches,
      described,
      ...(topicWords ? { topicWords } : {}),
      ...(counted?.wordsCounted ? { wordsCounted: counted.wordsCounted } : {}),
      ...(ministryWords?.length ? { ministryWords } : {}),
      ...(read.chineseWordsRead ? { chineseWordsRead: read.chineseWordsRead } : {}),
      missing,
      tooCommon: wordsAsTyped(parsed.text, tooCommon),
      ...(withoutUnknown ? { withoutUnknown } : {}),
      ...(withoutQuotes ? { withoutQuotes } : {}),
      ...(withoutDates ? { withoutDates } : {}),
      ...(chineseHoldsMore ? { chineseHoldsMore } : {}),
      ...(outletAsked ? { outletAsked } : {}),
      ...(withoutSpeaker ? { withoutSpeaker } : {}),
      ...(saidByOther ? { saidByOther } : {}),
      ...(own.answers.length > 0 ? { ownAnswers: own.answers } : {}),
      ...this.importedOnly(matches, read.lang),
    };
  }

  /**
   * `outletAsked` of a question naming one outlet beside its topic: how many questions the outlet
   * asked in the question's filters (its dates, its spokesperson) and language, when more than the
   * `found` the answer holds and at most `FEW_QUESTIONS`; null otherwise. "Korea asked by Yonhap"
   * finds 2 of Yonhap's 5 questions, whose others are on the DPRK and the ROK (explore35 C13).
   */
  private outletAsked(askers: readonly string[] | null | undefined, filters: SearchFilters, lang: 'en' | 'zh', found: number): SearchResponse['outletAsked'] | null {
    if (askers?.length !== 1) return null;
    // Every spokesperson's: "in all" is what "questions from Yonhap" lists, not those put to the one the question names.
    const { spokesperson: _answeredBy, ...ofOutlet } = filters;
    let total = 0;
    for (const r of this.parts.records) {
      if ((r.lang === 'zh' ? 'zh' : 'en') !== lang || r.kind === 'statement' || !matchesFilters(r, ofOutlet)) continue;
      if (++total > FEW_QUESTIONS) return null;
    }
    return total > found ? { outlet: askers[0]!, total, dated: Boolean(filters.from || filters.to) } : null;
  }

  /** `importedOnly` of a response whose matches are these, in records of `lang` (`SearchResponse.importedOnly`). */
  private importedOnly(matches: readonly MatchRef[], lang: 'en' | 'zh'): Pick<SearchResponse, 'importedOnly'> {
    const stretches = this.briefings.spans[lang].corpusOnly;
    const held = stretches ? stretchesHolding(stretches, matches.map((m) => m.date)) : null;
    return held ? { importedOnly: { matches: held.count, stretches: held.stretches } } : {};
  }

  /**
   * The answer to a question naming only a speaker and dates ("What did Zhao Lijian say in March
   * 2020?", "Geng Shuang July 2019", "赵立坚 2020年3月"): every answer and statement of theirs in the
   * dates, in the question's language, latest first (each briefing's in its order), or oldest first
   * when it asks for the first ("When did Hua Chunying give her first briefing?"). Nothing in the
   * dates: what they said in every date.
   */
  private everyAnswer(query: string, read: QuestionRead, options: SearchOptions, started: number): SearchResponse {
    const { filters } = read;
    const sort = options.sort ?? (read.earliest ? 'oldest' : 'newest');
    const index = this.indexOf(read.lang);
    const leftOut = read.excluded ? this.accepted.holdingAny(read.excluded, index) : null;
    const compared = (m: MatchRef): boolean => (read.years === null || read.years.includes(m.date.slice(0, 4))) && !leftOut?.has(m.id);
    const { matches, passing } = dayFirst(orderMatches(this.briefings.recordsOf(read.lang, filters).filter(compared), sort), read.day);
    const { from: _from, to: _to, ...undated } = filters;
    const elsewhere = matches.length === 0 && read.month ? this.briefings.recordsOf(read.lang, undated) : [];
    const newest = elsewhere.at(-1)?.date;
    return {
      query,
      searched: '',
      filters,
      spokespersonNamed: read.speaker,
      ...askersNamed(read),
      monthNamed: monthNamedWords(read, matches, (options.k ?? 5) > 0),
      ...(read.reading ? { speakerReading: read.reading } : {}),
      ...wordsRead(read, false, false),
      ...(read.overridden ? { overridden: read.overridden } : {}),
      ...(read.framingRead ? { framingRead: read.framingRead } : {}),
      ...(read.years ? { yearsSearched: read.years } : {}),
      mode: this.mode,
      sort,
      latestIntent: read.intent.latest,
      ...(read.earliest ? { earliestIntent: true } : {}),
      tookMs: performance.now() - started,
      hits: this.hitsOf(matches.slice(0, options.k ?? 5), [], index),
      total: matches.length,
      ...statementsAmong(matches),
      related: 0,
      ...dateSpan(matches),
      passing,
      matches,
      described: null,
      missing: { inNoRecord: [], inNoMatch: [] },
      tooCommon: [],
      everyAnswer: true,
      ...(read.whoSpoke ? { answeredBy: [...this.speakers.answersBySpeaker(matches)].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)) } : {}),
      ...(read.newestBriefings ? { newestBriefings: read.newestBriefings } : {}),
      ...(newest ? { withoutDates: { total: elsewhere.length, last: newest } } : {}),
      ...this.importedOnly(matches, read.lang),
    };
  }

  /**
   * The answer to a question that only asks for more and names nothing ("And in 2020?"): none, and
   * that it names no topic; or, with `otherLanguage`, to one in a language spox does not read.
   */
  private namingNoTopic(query: string, read: QuestionRead, options: SearchOptions, started: number, why: Pick<SearchResponse, 'followUp' | 'otherLanguage'> = { followUp: true }): SearchResponse {
    return {
      query,
      searched: read.searched,
      filters: read.filters,
      spokespersonNamed: read.speaker,
      monthNamed: read.month,
      ...(read.overridden ? { overridden: read.overridden } : {}),
      ...(read.framingRead ? { framingRead: read.framingRead } : {}),
      ...(read.years ? { yearsSearched: read.years } : {}),
      mode: this.mode,
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

  /** The matches shown, each with the quote of its answer for the query's terms. */
  private hitsOf(shown: readonly MatchRef[], queryTerms: string[], index: LexicalIndex, phrases: readonly Phrase[] = []): SearchHit[] {
    return shown.map(({ id, score }) => {
      const record = this.byId.get(id)!;
      return { record, score, ...this.quoteOfTerms(record, queryTerms, index, phrases), ...this.otherVersions(record) };
    });
  }

  /**
   * `missing` with the years the question states as words of its topic, not as when ("China will take
   * Taiwan by force by 2027": a target year, `yearsIn`), that none of `matches` says: "none of them says
   * “2027”". A year read as when is rule 4's (`gate.ts`), and the answer says which years the index holds.
   */
  private withTargetYears(missing: MissingWords, text: string, searched: string, matches: readonly MatchRef[], index: LexicalIndex): MissingWords {
    const when = new Set(yearsIn(searched).map(String));
    const years = termsOf(text).filter((t) => isYearTerm(t) && !when.has(t));
    if (years.length === 0) return missing;
    const unsaid = years.filter((year) => {
      const said = new RegExp(`(?<![\\p{L}\\p{N}])${year}(?![\\p{L}\\p{N}])`, 'u');
      return !matches.some((m) => {
        const r = this.byId.get(m.id)!;
        return said.test(r.answer) || said.test(r.question ?? '');
      });
    });
    const inNoRecord = unsaid.filter((y) => index.documentFrequency(y) === 0);
    const inNoMatch = unsaid.filter((y) => !inNoRecord.includes(y));
    return { ...missing, inNoRecord: [...missing.inNoRecord, ...inNoRecord], inNoMatch: [...missing.inNoMatch, ...inNoMatch] };
  }

  /**
   * For a question leading with a spokesperson's name and a word of saying (`ledeName`): `matches`
   * with their own answers that hold every other word asked (`asked`: index terms) first, in their
   * order, the others after; null when the question is no such lede, or none of theirs holds them.
   */
  private ledeFirst(
    searched: string, namesWritten: readonly NameAsked[], matches: readonly MatchRef[], asked: readonly string[],
  ): { name: string; count: number; matches: MatchRef[] } | null {
    const lede = ledeName(searched, namesWritten);
    if (!lede) return null;
    const said = new Set(termsOf(searched.slice(0, lede.end)));
    const rest = asked.filter((t) => !said.has(t) && !isYearTerm(t));
    const theirs = matches.filter((m) => {
      if (this.byId.get(m.id)!.spokesperson !== lede.name) return false;
      const terms = this.texts.termCounts(m.id).counts;
      return rest.every((t) => terms.has(t));
    });
    if (theirs.length === 0) return null;
    const first = new Set(theirs.map((m) => m.id));
    return { name: lede.name, count: theirs.length, matches: [...theirs, ...matches.filter((m) => !first.has(m.id))] };
  }

  quoteFor(record: IndexedRecord, query: string): Pick<SearchHit, 'spans' | 'quote' | 'otherVersions'> {
    const index = this.indexOf(record.lang === 'zh' ? 'zh' : 'en');
    const parsed = parseQuery(this.questions.readQuestion(query, {}).searched);
    return { ...this.quoteOfTerms(record, termsOf(parsed.text), index, parsed.phrases), ...this.otherVersions(record) };
  }

  /** The quote of a record's answer for a query's terms and phrases: its sentence spans and the text shown. */
  private quoteOfTerms(record: IndexedRecord, queryTerms: string[], index: LexicalIndex, phrases: readonly Phrase[]): { spans: QuoteSpan[]; quote: string } {
    const spans = selectQuoteSpans(record.answer, queryTerms, (t) => index.idf(t), phrases);
    return { spans, quote: renderQuote(record.answer, spans, isCutShort(record)) };
  }

  /**
   * The terms a query searches in `index`. A Chinese question may carry English words ("Huawei
   * 华为", "中方对台湾有何评论 Taiwan"; one mainly in English is read in English: `chineseNamesAsEnglish`): its English framing and the words the Chinese
   * records never use, or only by chance in quoted English ("china", `writtenInChinese`), would outweigh
   * its Chinese words or empty the answer, so they are left out there ("G20", "5G", which the Chinese pages write too, stay). Its Chinese terms no record holds
   * stay too, but for those that only join two words the index holds (`joiningTerms`: 疫情溯源's 情溯):
   * 韩国瑜 searched as 韩国 alone was answered with 362 exchanges on South Korea.
   */
  private termsFor(text: string, index: LexicalIndex): string[] {
    if (index === this.parts.lexical) return askedTermsOf(text, (t) => index.documentFrequency(t));
    const topic = topicOf(text);
    const df = (t: string): number => index.documentFrequency(t);
    const joining = joiningTerms(topic, df);
    const terms = termsOf(topic);
    const held = terms.filter((t) => (isCjkTerm(t) ? !joining.has(t) : isNumberTerm(t) || writtenInChinese(df(t), this.parts.lexical.documentFrequency(t))));
    return held.length > 0 ? held : terms;
  }

  /** The lexical index a language's records are searched in: the Chinese one when the index holds it, else the English. */
  private indexOf(lang: 'en' | 'zh'): LexicalIndex {
    return lang === 'zh' ? this.chineseIndex() ?? this.parts.lexical : this.parts.lexical;
  }

  /** The Chinese records' lexical index, loaded on first use; undefined when the index has none. */
  private chineseIndex(): LexicalIndex | undefined {
    if (!this.parts.chineseLexical) return undefined;
    return (this.chinese ??= this.parts.chineseLexical());
  }

  /**
   * An English search's missing words with those the Chinese briefings hold (`inChinese`): only the
   * English ones were searched, so the answer must not say no exchange in the index holds them.
   */
  private heldInChinese(missing: MissingWords): MissingWords {
    const chinese = this.chineseIndex();
    const exchanges = (word: string): number => chinese?.documentFrequency(normalizeTerm(word) ?? word) ?? 0;
    const held = missing.inNoRecord.map((word) => ({ word, exchanges: exchanges(word) })).filter((w) => w.exchanges > 0);
    return held.length > 0 ? { ...missing, inChinese: held } : missing;
  }

  /** The Chinese records, for the words of a Chinese question no record holds (`missingChineseWords`). */
  private *chineseRecords(): Iterable<IndexedRecord> {
    for (const r of this.parts.records) if (r.lang === 'zh') yield r;
  }

  /** The informativeness of an index term (BM25 idf), for weighing quote sentences. */
  idf(term: string): number {
    return this.parts.lexical.idf(term);
  }

  /** Records by their best chunk's similarity, above the relevance floor, best first. */
  private async relevantSemantic(text: string, filters: SearchFilters, accept: (id: string) => boolean): Promise<Scored[]> {
    const [vector] = await this.parts.embedder!.embed([topicOf(text)]);
    // The filters as data for Vectra: the names that match the filter values.
    const matching = (values: string[], wanted: string | undefined, matches: (value: string, wanted: string) => boolean): string[] | undefined =>
      wanted ? values.filter((v) => matches(v, wanted)) : undefined;
    const matches = await this.parts.vectors!.query(Array.from(vector!), this.fusion.candidates * 3, {
      from: filters.from ? dayNumber(filters.from) : undefined,
      to: filters.to ? dayNumber(filters.to) : undefined,
      spokespeople: matching(this.spokespeople(), filters.spokesperson, spokespersonMatches),
      outlets: filters.outlet || filters.outlets ? this.outlets().filter((name) => outletMatches(name, filters)) : undefined,
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

  /**
   * `partNames` of the matches: their lexical terms as matched, their text as a quoted phrase is matched.
   * Not of a name with a word no record holds, which the answer says already ("no exchange in the index
   * says “Vystrcil”"): "Czech Senate President Vystrcil" was said again, cut short.
   */
  private partNamesOf(text: string, matches: readonly MatchRef[], lexical: readonly LexicalMatch[], unheldWords: readonly string[]): PartName[] {
    const matched = new Map(lexical.map((m) => [m.id, m.matched]));
    const holds = (r: IndexedRecord, phrase: Phrase): boolean => this.texts.recordHolds(r, [phrase]);
    const unheld = new Set(unheldWords.map((w) => w.toLowerCase()));
    return partNames(text, matches.map((m) => this.byId.get(m.id)!), (id) => matched.get(id), holds, (terms) => wordsAsTyped(text, terms))
      .filter((n) => !n.name.split(/\s+/).some((w) => unheld.has(w.replace(/['’]s?$/u, '').toLowerCase())));
  }

  record(id: string): IndexedRecord | undefined {
    // The index writes every id in lower case; one typed otherwise (ZH-2019-05-29#S1) is the same id.
    return this.byId.get(id.trim().toLowerCase());
  }

  englishOf(chineseId: string): IndexedRecord | undefined {
    return this.englishByChinese.get(chineseId.trim());
  }

  briefing(keyOrDate: string): Briefing | undefined {
    return this.briefings.briefing(keyOrDate);
  }

  nearestBriefingDates(date: string, n: number, prefix = ''): string[] {
    return this.briefings.nearestBriefingDates(date, n, prefix);
  }

  briefingsBetween(from: string, to: string, query?: string, spokesperson?: string): BriefingsBetween {
    return this.briefings.between(from, to, query === undefined ? null : this.questions.questionLanguage(query), spokesperson);
  }

  latestBriefing(): Briefing | undefined {
    return this.briefings.latestBriefing();
  }

  /** Every briefing key, oldest first. */
  briefingKeys(): string[] {
    return this.briefings.briefingKeys();
  }

  sources(): SourceSummary[] {
    return this.briefings.sources();
  }

  otherVersions(record: IndexedRecord): Pick<SearchHit, 'otherVersions'> {
    return this.briefings.otherVersions(record);
  }

  spokespeople(): string[] {
    return this.names.spokespeople;
  }

  spokespersonSpan(name: string): { from: string; to: string } | null {
    return this.speakers.spokespersonSpan(name);
  }

  outlets(): string[] {
    return this.names.outlets;
  }

  info(): CorpusInfo {
    const exchanges = this.parts.records.filter((r) => r.kind === 'exchange').length;
    return {
      firstDate: this.briefings.all[0]?.date ?? null,
      lastDate: this.briefings.all[this.briefings.all.length - 1]?.date ?? null,
      briefings: this.briefings.all.length,
      exchanges,
      statements: this.parts.records.length - exchanges,
      mode: this.mode,
      model: this.mode === 'hybrid' ? this.parts.embedder!.model : null,
    };
  }

  coverage(query?: string): Coverage {
    return query === undefined ? this.briefings.spans.all : this.briefings.spans[this.questions.questionLanguage(query)];
  }

  languages(): LanguageSummary[] {
    return (['en', 'zh'] as const).flatMap((lang) => {
      const { briefings, from, to, gaps } = this.briefings.spans[lang];
      return briefings > 0 && from && to ? [{ lang, briefings, from, to, gaps }] : [];
    });
  }

}


function distinctSorted(values: string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b));
}
