import type { Embedder } from '../embed/embedder.js';
import { readsChinese } from '../embed/languages.js';
import { dayNumber, type VectorStore } from '../store/vectors.js';
import type { BriefingSummary, IndexedRecord } from '../store/types.js';
import type { Coverage, SourceSummary } from './coverage.js';
import { outletMatches, spokespersonMatches } from './filters.js';
import { FUSION, fuseScores, type FusionSettings, type Scored } from './fusion.js';
import { yearRule } from './gate.js';
import type { LexicalIndex } from './lexical.js';
import { parseQuery, topicOf } from './query.js';
import { type Phrase } from './phrase.js';
import { ministryFormsIn, simplifiedChinese } from './chinese-question.js';
import { otherLanguageOf } from './question-language.js';
import { answerSpan, dayFirst, orderMatches } from './order.js';
import { countAskedOf, countedMatches } from './counted.js';
import { namedDatesHeld, yearsPartlyHeld } from './held-day.js';
import { chineseTopicMentions, wordsSaidApart } from './chinese-mentions.js';
import { isCutShort, renderQuote, selectQuoteSpans } from './quote.js';
import { isCjkTerm } from './cjk.js';
import { isNumberTerm, joiningTerms, writtenInChinese } from './chinese-words.js';
import { askedTermsOf, chineseNameForms, normalizeTerm, termsOf } from './terms.js';
import { joinedNameTerms } from './joined-names.js';
import { withCompoundsHeld, writingsWeighed } from './spaced-compounds.js';
import { missingChineseWords, missingWords, withoutWords, wordsAsTyped } from './missing-words.js';
import { namesAsked } from './names-asked.js';
import { statementsAmong } from './statements.js';
import { capitalsNamed, markedUnwritten } from './capitals-counted.js';
import { RecordsById } from './records-by-id.js';
import { Briefings } from './briefings.js';
import { RecordTexts } from './record-texts.js';
import { warmSpelling } from './spelling.js';
import { askedByCounted, askersNamed, importedOnly, monthNamedWords, saidOfChinese, withEveryWord, wordsRead } from './response-notes.js';
import { heldInChinese, partNamesOf, withTargetYears } from './missing-notes.js';
import { ledeFirst } from './lede-first.js';
import { outletAsked } from './outlet-asked.js';
import { AcceptedRecords } from './accepted-records.js';
import { datesKept, overriddenWithSort, QuestionReader, type QuestionRead } from './question-reader.js';
import type { Asking, Found, Kept, Notes, Ordered } from './search-steps.js';
import { EveryAnswer } from './every-answer.js';
import { namingNoTopic } from './no-topic-answer.js';
import { LexicalRanker, markedMention, mentionsWithStandIns, type LexicalAnswer } from './lexical-ranking.js';
import { SpeakersHeld } from './speakers-held.js';
import { SearchedAgain } from './searched-again.js';
import { othersGivenNamesIn } from './given-names.js';
import { namedByAPart } from './one-persons-name.js';
import { wholeNameOfWord } from './name-word-alone.js';
import { everyWordFirst, matchedTerms } from './every-word-first.js';
import { koreaAlone } from './korea-alone.js';
import type {
  Briefing, BriefingsBetween, CorpusInfo, DaysHeld, LanguageSummary, MatchRef, QuoteSpan, SearchFilters, SearchHit, SearchMode, SearchOptions,
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

/** Searches an index loaded in memory; see `openSearch` for loading one from disk. */
export class SearchEngine implements SpoxSearch {
  private readonly byId: RecordsById;
  private readonly briefings: Briefings;
  private readonly texts: RecordTexts;
  private readonly lexicalRanker: LexicalRanker;
  private readonly questions: QuestionReader;
  private readonly accepted: AcceptedRecords;
  private readonly everyAnswer: EveryAnswer;
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
      termCounts: (id) => this.texts.termCounts(id), search: (query, options) => this.searchAgain(query, options),
    });
    this.questions = new QuestionReader({
      english: parts.lexical, hasChinese: Boolean(parts.chineseLexical), names: this.names, speakers: this.speakers, briefings: this.briefings, byId: this.byId, texts: this.texts,
      chineseWords: () => {
        const chinese = this.chineseIndex();
        return chinese ? this.texts.wordCounts(chinese) : undefined;
      },
      ...(parts.today ? { today: parts.today } : {}),
    });
    this.accepted = new AcceptedRecords({
      records: parts.records, byId: this.byId, texts: this.texts, english: parts.lexical, outlets: this.names.outlets, commonTermShare: this.fusion.commonTermShare,
    });
    this.everyAnswer = new EveryAnswer({
      mode: this.mode, briefings: this.briefings, accepted: this.accepted, speakers: this.speakers,
      indexOf: (lang) => this.indexOf(lang), hitsOf: (shown, queryTerms, index) => this.hitsOf(shown, queryTerms, index),
    });
    this.again = new SearchedAgain({
      byId: this.byId, english: parts.lexical, hasChinese: Boolean(parts.chineseLexical), spokespeople: this.names.spokespeople, questions: this.questions,
      englishTerms: (text) => this.termsFor(text, parts.lexical), search: (query, options) => this.searchAgain(query, options),
    });
  }

  /**
   * The answer to a question: read; answered as it is when it asks for no search; else searched in
   * its index, its matches kept, ordered, and said of (`notes`).
   */
  async search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
    return this.answer(query, options, false);
  }

  /** A question searched again for an answer's notes: answered as any, but its own notes search nothing again (`Asking.nested`). */
  private searchAgain(query: string, options: SearchOptions): Promise<SearchResponse> {
    return this.answer(query, options, true);
  }

  private async answer(query: string, options: SearchOptions, nested: boolean): Promise<SearchResponse> {
    const started = performance.now();
    const read = this.questions.readQuestion(query, options.filters ?? {}, options.comparedAsSpan);
    const unsearched = this.answeredUnsearched(query, read, options, started);
    if (unsearched) return unsearched;
    const asking = this.asking(query, read, options, nested);
    const { answer, ranked } = await this.found(asking);
    const kept = this.kept(asking, ranked);
    const listed = this.ordered(asking, answer, kept);
    const speakersOwn = this.everyAnswerInstead(asking, listed.matches, started);
    if (speakersOwn) return speakersOwn;
    const notes = await this.notes(asking, answer, listed);
    return this.response(asking, answer, listed, notes, started);
  }

  /** The answer to a question that asks for no search (another language, every answer of a speaker, more of a question before); null for any other. */
  private answeredUnsearched(query: string, read: QuestionRead, options: SearchOptions, started: number): SearchResponse | null {
    // A question in another language finds words by chance: answered that spox reads English and Chinese.
    const otherLanguage = otherLanguageOf(query);
    if (otherLanguage) return namingNoTopic(query, read, options, started, this.mode, { otherLanguage });
    if (read.everyAnswer) return this.everyAnswer.answer(query, read, options, started);
    if (read.followUp) return namingNoTopic(query, read, options, started, this.mode);
    return null;
  }

  /** What a question read is searched as: in which order and index, with which words and terms. */
  private asking(query: string, read: QuestionRead, options: SearchOptions, nested: boolean): Asking {
    const k = options.k ?? 5;
    const { intent } = read;
    const sort = options.sort ?? (intent.latest ? 'newest' : read.earliest ? 'oldest' : 'relevance');
    const index = this.indexOf(read.lang);
    // "Nicolas Sarkozy": "Nicolas", which the index writes only in "Nicolas Maduro", is someone else's given name, not searched (`given-names.ts`).
    const givenOfOthers = index === this.parts.lexical ? othersGivenNamesIn(read.searched, this.texts.givenNameEvidence(index)) : [];
    const othersGiven = givenOfOthers.map((g) => g.typed);
    const searched = othersGiven.length > 0 ? withoutWords(read.searched, othersGiven) : read.searched;
    const parsed = withCompoundsHeld(parseQuery(searched), read.everyWriting);
    const queryTerms = this.termsFor(parsed.text, index);
    // Searched again (in every date, in everyone's answers): the topic with what it leaves out.
    const topic = read.excluded ? `${searched} ${read.excluded.typed}` : searched;
    const wordsTogether = options.wordsTogether || read.countAsked;
    return { query, options, read, k, sort, index, givenOfOthers, othersGiven, searched, parsed, queryTerms, topic, wordsTogether, nested };
  }

  /** The records a question finds that its filters accept: ranked on its words, and in hybrid mode fused with those near it in meaning. */
  private async found(asking: Asking): Promise<Found> {
    const { read, k, sort, index, searched, parsed, queryTerms } = asking;
    const { filters } = read;
    const leftOut = read.excluded ? this.accepted.holdingAny(read.excluded, index) : null;
    const byAskerWords = this.accepted.byAskerWordsOnly(queryTerms, parsed.text, index);
    const accept = this.accepted.acceptor(filters, parsed.phrases, yearRule(searched), read.speakers, datesKept(read), leftOut, byAskerWords);
    const filtered = Boolean(filters.from || filters.to || filters.spokesperson || filters.outlet || filters.outlets || read.speakers);
    // A name the transcripts also write by one part of it ("Masood" for Masood Azhar) is answered by either (`one-persons-name.ts`).
    const partNamed = !read.either && !read.everyWriting?.length && index === this.parts.lexical && !read.excluded ? namedByAPart(searched, this.texts.givenNameEvidence(index).textsHolding, (w) => index.documentFrequency(normalizeTerm(w) ?? w)) : null;
    // "Gulf" is also a word of the Gulf Cooperation Council, held whole as GCC: searched in either writing (`name-word-alone.ts`).
    const wholeName = !read.either && !partNamed && !read.everyWriting?.length && index === this.parts.lexical && !read.excluded ? wholeNameOfWord(searched, queryTerms, (t) => index.documentFrequency(t), this.texts.givenNameEvidence(index).textsHolding) : null;
    const either = read.either ? joinedNameTerms(read.either, read.eitherWord) : partNamed ? joinedNameTerms(partNamed) : writingsWeighed(wholeName ? [wholeName] : read.everyWriting, queryTerms);
    // Newest first, a record only feedback terms reached would lead the list, and a timeline (k 0)
    // counts when the topic came up: neither keeps one.
    // So does a question asking how many times, counted as a timeline counts (`counted.ts`).
    const feedbackShown = sort !== 'relevance' || k === 0 || read.countAsked ? 0 : this.fusion.feedbackShown;
    const answer = this.lexicalRanker.relevantLexical(index, {
      text: parsed.text, terms: wholeName ? [...queryTerms, wholeName.solid] : queryTerms, accept, hasPhrases: parsed.phrases.length > 0,
      unfiltered: filtered ? this.accepted.acceptor({}, parsed.phrases, yearRule(searched), null, null, leftOut, byAskerWords) : null,
      ...(either.length > 1 ? { either } : {}),
      ...(read.sideBySide ? { sideBySide: read.sideBySide } : {}),
      ...(read.everyWriting?.length === 1 ? { writings: read.everyWriting[0] } : {}),
      ...(wholeName ? { wholeName: wholeName.solid } : {}),
    }, feedbackShown);
    const { matches: lexical, tooCommon } = answer;
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
    return { answer, ranked };
  }

  /** The records found that an answer keeps: a day published twice once; a count's capitals where they are written (`capitals-counted.ts`). */
  private kept(asking: Asking, ranked: Scored[]): Kept {
    const { index, searched, wordsTogether } = asking;
    // A count counts the capital a topic names where it is written, not every exchange on its country (`capitals-counted.ts`).
    const capitals = wordsTogether && index === this.parts.lexical ? capitalsNamed(searched) : [];
    const found = markedUnwritten(this.briefings.withoutRepublished(ranked).map(({ id, score, record }) => ({ id, score, date: (record ?? this.byId.get(id)!).date })), capitals, (id) => {
      const r = this.byId.get(id)!;
      return `${r.question ?? ''} ${r.answer}`;
    });
    return { capitals, found };
  }

  /** The matches kept in the order asked, the day asked first; counted when the question asks how many times; a wire lede's speaker's first. */
  private ordered(asking: Asking, answer: LexicalAnswer, kept: Kept): Ordered {
    const { read, sort, index, searched, parsed, queryTerms, wordsTogether } = asking;
    const { filters } = read;
    const { matches: lexical, described, ministryWords, asked, mentionScores, either: eitherRead } = answer;
    const { capitals, found } = kept;
    // Names joined read as any of them (`either`): an exchange naming one is a whole answer, no part of one.
    const asWritten = index === this.parts.lexical && !described && !ministryWords?.length && !eitherRead;
    // The words the relevance rule read as the topic (`asked`): "China", in most exchanges, is none.
    // Which matches mention the topic: one rule for a timeline's count and a first or last answer's order.
    // A Chinese question's: the matches saying each word it types (`chinese-mentions.ts`).
    const mentions = !(wordsTogether || sort !== 'relevance') ? null
      : asWritten ? this.lexicalRanker.topicMentions(index, asked.length > 0 ? asked : queryTerms, parsed.text, found)
        : index !== this.parts.lexical ? chineseTopicMentions(parsed.text, found, (id) => this.byId.get(id)!, this.texts.wordCounts(index), queryTerms) : null;
    const together = wordsTogether && mentions ? { terms: mentions.terms, matches: found.map((m) => markedMention(m, mentions)) } : null;
    // Of the Ministry's words searched for the user's, sorted by date: those mentioning the topic in either's words first.
    const standIns = !mentions && !wordsTogether && sort !== 'relevance' && index === this.parts.lexical && !described && !eitherRead && answer.standIns?.size
      ? mentionsWithStandIns((terms, text) => this.lexicalRanker.topicMentions(index, terms, text, found), asked.length > 0 ? asked : queryTerms, parsed.text, answer.standIns)
      : null;
    const wholeTopic = mentions && mentions.ids.size > 0 ? mentions.ids : standIns;
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
    const lede = sort === 'relevance' && !filters.spokesperson && !read.speakers && index === this.parts.lexical ? ledeFirst(searched, namesWritten, ordered, asked, this.byId, this.texts) : null;
    const matches = lede?.matches ?? ordered;
    return { matches, passing, topicWords, counted, namesWritten, lede };
  }

  /**
   * A spokesperson's name alone that no exchange mentions ("Guo Jiakun"): every answer of theirs
   * instead of `matches`; null for any other question.
   */
  private everyAnswerInstead(asking: Asking, matches: readonly MatchRef[], started: number): SearchResponse | null {
    const { query, options, read } = asking;
    const { filters } = read;
    // Mentions write the name whole: "Lin Jian" searched as words found Liu Jian's and Lyu Jian's exchanges.
    if (read.alone && read.reading?.as === 'words' && !this.texts.anyWritesName(matches, read.reading.name)) {
      const { name } = read.reading;
      return this.everyAnswer.answer(query, { ...read, speaker: name, filters: { ...filters, spokesperson: name }, reading: { ...read.reading, as: 'every', unmentioned: true } }, options, started);
    }
    return null;
  }

  /** What an answer says beside its matches: the words they miss, what the question finds searched again otherwise, who else says it. */
  private async notes(asking: Asking, answer: LexicalAnswer, listed: Ordered): Promise<Notes> {
    const { query, options, read, index, givenOfOthers, othersGiven, searched, parsed, queryTerms, topic, nested } = asking;
    const { month, filters } = read;
    const { matches: lexical, asked, tooCommon, either: eitherRead, everyWord } = answer;
    const { matches, namesWritten, lede } = listed;
    let missing = index === this.parts.lexical
      ? missingWords(parsed.text, asked, index, lexical, matches.map((m) => m.id))
      : saidOfChinese(withEveryWord(missingChineseWords(parsed.text, () => this.chineseRecords(), matches.map((m) => this.byId.get(m.id)!)), everyWord, matches));
    if (index === this.parts.lexical && missing.inNoRecord.length > 0) missing = heldInChinese(missing, this.chineseIndex());
    const ministryForms = ministryFormsIn(query);
    if (ministryForms.length > 0) missing = { ...missing, ministryForms };
    const otherForms = chineseNameForms(simplifiedChinese(query));
    if (otherForms.length > 0) missing = { ...missing, otherForms };
    // `missing.inNoRecord` is, word for word, how the question writes these terms (missing-words.ts).
    const unknown = index === this.parts.lexical ? asked.filter((t) => index.documentFrequency(t) === 0) : [];
    const didYouMean = index === this.parts.lexical && !nested ? await this.again.didYouMean(query, asked, unknown, missing.inNoRecord, options, matches.length === 0) : null;
    if (didYouMean) missing.didYouMean = didYouMean;
    const withoutUnknown = matches.length === 0 && !nested ? await this.again.withoutUnknownWords(query, missing.inNoRecord, options, read.excluded, othersGiven, read.searched) : null;
    const withoutQuotes = matches.length === 0 && parsed.phrases.length > 0 && !withoutUnknown && !nested ? await this.again.withoutQuoteMarks(query, options) : null;
    // A spokesperson the question writes as words, whose own answers are among the matches, is who spoke, not a word missing.
    const own = this.speakers.ownAnswers(namesWritten, matches, missing, lede);
    missing = own.missing;
    if (index === this.parts.lexical && matches.length > 0) missing = withTargetYears(missing, parsed.text, searched, matches, index, this.byId);
    // "Kim Yo-jong" answered with Kim Jong Un's exchanges, which say "Kim": how many write the name whole.
    // Read with the given name not searched: "none of them says “Nancy Reagan”; they say only “Reagan”".
    const parts = index === this.parts.lexical && matches.length > 0 ? partNamesOf(othersGiven.length > 0 ? parseQuery(read.searched).text : parsed.text, matches, lexical, missing.inNoRecord, this.byId, this.texts, Boolean(read.either)) : [];
    if (parts.length > 0) missing = { ...missing, partNames: parts };
    // "Mike" alone is neither Mike Pompeo nor Mike Pence: what each finds, as a slip's suggestion is said.
    const givenNames = index === this.parts.lexical && !nested ? await this.again.givenNamesFound(query, parsed.text, options) : [];
    if (givenNames.length > 0) missing = { ...missing, givenNames };
    if (givenOfOthers.length > 0) missing = { ...missing, othersGivenNames: givenOfOthers };
    // "Korea" alone is the peninsula: what "North Korea" and "South Korea" find beside it.
    const korea = index === this.parts.lexical && !nested ? koreaAlone(parsed.text) : null;
    if (korea) missing = { ...missing, koreaAlone: { typed: korea, more: await this.again.koreasFound(query, korea, matches, options) } };
    // Nothing in the dates named, or nothing that says what was asked ("none of them says “Taiwan”"): the topic in every date.
    const offTopic = matches.length === 0 || missing.inNoMatch.length > 0;
    // Re-searched with the filters only: not for two speakers, whom no filter holds.
    const withoutDates = offTopic && month && !withoutUnknown && !read.speakers && !nested ? await this.again.withoutNamedDates(topic, filters, options) : null;
    // One spokesperson's answers (named by the question or given) that find nothing, or miss words asked: everyone's, and whose says them.
    const only = nested || read.speakers || tooCommon.length > 0 || withoutUnknown ? null : filters.spokesperson ?? null;
    const { withoutSpeaker, saidByOther } = only
      ? await this.speakers.otherSpeakers({ topic, text: parsed.text, wanted: only, lang: read.lang, applied: filters, matches, asked, missing, index }, options)
      : {};
    const readBeside = read.reading?.as === 'beside' || read.reading?.beside;
    const besideRead = readBeside && matches.length === 0 && !nested ? await this.again.withNameAsWords(query, read.reading!, options) : read.reading;
    // Spokespeople joined ("Hua Chunying vs Mao Ning on Huawei"): each one's count, so that one with none is said, not left out unseen.
    const speakerReading = besideRead && read.speakers ? { ...besideRead, counts: this.speakers.countsOf(read.speakers, matches, read.lang) } : besideRead;
    // Matches none of the user's words admitted: reached by feedback terms, or by vectors alone.
    const saying = new Set(lexical.filter((m) => m.matched.length > 0).map((m) => m.id));
    const related = matches.filter((m) => !saying.has(m.id)).length;
    const chineseHoldsMore = index === this.parts.lexical && !read.speakers && !read.excluded && !eitherRead && !nested
      ? await this.again.chineseHoldsMore(searched, asked.length > 0 ? asked : queryTerms, matches.length - related, { ...options, filters })
      : null;
    const outletTotal = outletAsked(read.askers, filters, read.lang, matches.length, this.parts.records);
    return { missing, own, withoutUnknown, withoutQuotes, withoutDates, withoutSpeaker, saidByOther, speakerReading, related, chineseHoldsMore, outletTotal };
  }

  /** The response to a question searched: its matches, the first shown with their quotes, and all that was read of it and noted of them. */
  private response(asking: Asking, answer: LexicalAnswer, listed: Ordered, notes: Notes, started: number): SearchResponse {
    const { query, options, read, k, sort, index, searched, parsed, queryTerms } = asking;
    const { intent, speaker, filters } = read;
    const overridden = overriddenWithSort(read, options.sort);
    const { described, ministryWords, tooCommon, either: eitherRead } = answer;
    const { matches, passing, topicWords, counted } = listed;
    const { missing, own, withoutUnknown, withoutQuotes, withoutDates, withoutSpeaker, saidByOther, speakerReading, related, chineseHoldsMore, outletTotal } = notes;
    const hits = this.hitsOf(matches.slice(0, k), queryTerms, index, parsed.phrases);
    // A question searched again for another answer's notes gives only its counts: nothing to say of its words.
    const apart = index !== this.parts.lexical && !asking.nested ? wordsSaidApart(parsed.text, matches, (id) => this.byId.get(id)!, this.texts.wordCounts(index), read.chineseWordsRead ?? []) : [];
    const chineseWordsRead = [...(read.chineseWordsRead ?? []), ...apart];
    return {
      query,
      searched,
      filters,
      spokespersonNamed: speaker,
      ...askersNamed(read),
      ...askedByCounted(read, matches, (id) => this.byId.get(id)),
      monthNamed: monthNamedWords(read, matches, (options.k ?? 5) > 0),
      ...namedDatesHeld(read, this.briefings),
      ...(speakerReading ? { speakerReading } : {}),
      ...wordsRead(read, Boolean(eitherRead), sort === 'relevance' && k > 0),
      ...(overridden ? { overridden } : {}),
      ...(read.framingRead ? { framingRead: read.framingRead } : {}),
      ...(read.years ? { yearsSearched: read.years } : {}),
      ...yearsPartlyHeld(read, this.briefings),
      ...(read.days ? { daysSearched: read.days } : {}),
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
      ...(chineseWordsRead.length > 0 ? { chineseWordsRead } : {}),
      missing,
      tooCommon: wordsAsTyped(parsed.text, tooCommon),
      ...(withoutUnknown ? { withoutUnknown } : {}),
      ...(withoutQuotes ? { withoutQuotes } : {}),
      ...(withoutDates ? { withoutDates } : {}),
      ...(chineseHoldsMore ? { chineseHoldsMore } : {}),
      ...(outletTotal ? { outletAsked: outletTotal } : {}),
      ...(read.countAsked ? { countAsked: countAskedOf(searched, matches, read.askers ?? (filters.outlets ?? (filters.outlet ? [filters.outlet] : null))) } : {}),
      ...(withoutSpeaker ? { withoutSpeaker } : {}),
      ...(saidByOther ? { saidByOther } : {}),
      ...(own.answers.length > 0 ? { ownAnswers: own.answers } : {}),
      ...importedOnly(matches, this.briefings.spans[read.lang]),
    };
  }

  /** The matches shown, each with the quote of its answer for the query's terms. */
  private hitsOf(shown: readonly MatchRef[], queryTerms: string[], index: LexicalIndex, phrases: readonly Phrase[] = []): SearchHit[] {
    return shown.map(({ id, score }) => {
      const record = this.byId.get(id)!;
      return { record, score, ...this.quoteOfTerms(record, queryTerms, index, phrases), ...this.otherVersions(record) };
    });
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

  briefingDaysHeld(from: string, to: string, query: string): DaysHeld | null {
    return this.briefings.daysHeld(from, to, this.questions.questionLanguage(query));
  }

  latestBriefing(): Briefing | undefined {
    return this.briefings.latestBriefing();
  }

  /** Every briefing key, oldest first. */
  briefingKeys(): string[] {
    return this.briefings.briefingKeys();
  }

  briefingKeyOfLink(link: string): string | undefined {
    return this.briefings.keyOfLink(link);
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

  /**
   * Builds what a question would build on its first need (the described names' table, the openings
   * of the terms the spelling suggestions try, the Chinese lexical index), for a long-running process
   * to call while it waits: each cost one question of the bench some 50 ms, the Chinese index a second
   * at 25x (an English question with a word no English record holds looks for it there: `heldInChinese`).
   */
  warm(): void {
    void this.briefings.spans;
    this.lexicalRanker.warm();
    warmSpelling(this.parts.lexical);
    this.chineseIndex();
  }

  outlets(): string[] {
    return this.names.outlets;
  }

  info(): CorpusInfo {
    const held = this.parts.records.filter((r) => !this.briefings.repeats(r.id));
    const exchanges = held.filter((r) => r.kind === 'exchange').length;
    return {
      firstDate: this.briefings.all[0]?.date ?? null,
      lastDate: this.briefings.all[this.briefings.all.length - 1]?.date ?? null,
      briefings: this.briefings.spans.all.briefings,
      exchanges,
      statements: held.length - exchanges,
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
