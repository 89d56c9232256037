import { nameMatches, spokespersonMatches } from './filters.js';
import type { LexicalIndex } from './lexical.js';
import { normalizeQuestion, timeIntent, type TimeIntent } from './query.js';
import { respelledNames, speakerIntent, type SpeakerIntent } from './speaker.js';
import { chineseName } from '../transcripts/zh/names.js';
import { askerIntent, reportersAskedQuery } from './asker.js';
import { dayNamedWords, namedDatesIntent } from './month.js';
import { withoutImpossibleDates } from './impossible-dates.js';
import { heldMonthOfDay } from './held-day.js';
import { saidWhenIntent } from './first-words.js';
import { relativeDatesIntent, spanOf, withEventYears, withExplicitDates } from './relative-dates.js';
import { withoutStoryDays } from './news-story.js';
import { chineseDatesAsEnglish, englishNamesAsChinese, simplifiedChinese, simplifiedFilters, twoSessionsRead, withoutChineseFraming, withoutIssueWord } from './chinese-question.js';
import { chineseNamesAsEnglish } from './bilingual.js';
import { nameOnceIn } from './name-in-both-scripts.js';
import { withoutExchangeIds } from './ids-in-question.js';
import { askedAgainOf, pagingAsked, asksEveryAnswer, asksHowOften, asksWhoAsked, asksOnlyForMore, asksWhatAnyoneSaid, asksWhoSpeaksNow, asksWhoSpoke, newestBriefingDates, respelledFraming, withoutAboutTheAsker, withoutBriefingPlace, withoutBriefingWords, withoutFraming, occasionAsked, ASKED_OF_ANYONE } from './framing.js';
import { exclusionIntent, speakersLeftOut, type Exclusion, type WordsHeld } from './exclusion.js';
import { joinedNames, namesWithWord } from './joined-names.js';
import { lowerCaseAbbreviations } from './lower-case-names.js';
import { nearSpeltNames } from './near-spelt-names.js';
import { heldSpeltNear } from './spelling.js';
import { spacedCompounds, type EveryWriting } from './spaced-compounds.js';
import { withoutOverTime } from './over-time.js';
import { hasCjk } from './cjk.js';
import type { WordCounts } from './chinese-words.js';
import { withUnheldRunsSplit } from './chinese-runs-split.js';
import { normalizeTerm, termsOf } from './terms.js';
import { phraseOf } from './phrase.js';
import { LruCache } from '../util/lru.js';
import { listed } from '../util/plural.js';
import type { Briefings } from './briefings.js';
import type { RecordsById } from './records-by-id.js';
import type { RecordTexts } from './record-texts.js';
import type { SpeakersHeld } from './speakers-held.js';
import { capitalsReadIn } from './capitals-read.js';
import { formatsReadIn } from './formats-read.js';
import type { ChineseWordsRead, FramingRead, OutletShortForm, Overridden, SearchFilters, SearchSort, SpeakerReading } from './types.js';

/**
 * Whether a briefing's date is one the question's dates keep within their span: of two years compared,
 * or of a month's day in several years (`QuestionRead.days`); null where every date of the span is.
 */
export function datesKept(read: Pick<QuestionRead, 'years' | 'days'>): ((date: string) => boolean) | null {
  const { years, days } = read;
  if (days) return (date) => days.includes(date);
  return years ? (date) => years.includes(date.slice(0, 4)) : null;
}

/** What a question asks, as `readQuestion` reads it. */
export interface QuestionRead {
  intent: TimeIntent;
  /** It asked when something was first said (`first-words.ts`): answered oldest first. */
  earliest: boolean;
  /** The words searched: the question without its framing, dates and speaker; empty for `everyAnswer`. */
  searched: string;
  /** The records' language searched. */
  lang: 'en' | 'zh';
  /** Words of a Chinese question read otherwise than as typed, where the answer says how (`withoutIssueWord`, `twoSessionsRead`); null for none. */
  chineseWordsRead: readonly ChineseWordsRead[] | null;
  /** The spokesperson the question names as the speaker, when read as the filter (no option gave one). */
  speaker: string | null;
  /**
   * The question names a speaker and dates (or asks for the latest) and nothing else: every answer of
   * theirs is listed; or asks so of no one in particular ("What did the spokesperson say yesterday?"):
   * every answer in the dates, from whoever spoke.
   */
  everyAnswer: boolean;
  /** The question only asks for more and names nothing ("And in 2020?", `asksOnlyForMore`): it is answered that it names no topic. */
  followUp: boolean;
  /** How the spokesperson the question names was read, where the answer says it. */
  reading: SpeakerReading | null;
  /** The question names a spokesperson and nothing else. */
  alone: boolean;
  /** Two spokespeople joined ("Hua Chunying and Geng Shuang on Huawei"): the answers of either are searched; null otherwise. */
  speakers: readonly string[] | null;
  /** The outlets the question says asked ("Hong Kong asked by Reuters", "… by Reuters or AFP"), read as the filter (no option gave one). */
  askers: readonly string[] | null;
  /** The short forms among them that are more than one outlet ("ABC"). */
  askersAmbiguous: readonly OutletShortForm[] | null;
  month: string | null;
  /** The day the month was named with ("on June 24, 2019"), read as the filter: its answers first. */
  day: string | null;
  /** Two years compared ("Huawei 2018 vs 2020"), read as the filter: the briefings of those years alone, not of the years between. */
  years: readonly string[] | null;
  /** A month's day without its year, of which the index holds briefings in several years ("Tiananmen anniversary June 4"): those days alone. */
  days: readonly string[] | null;
  filters: SearchFilters;
  overridden: Overridden | null;
  /** What the question leaves out ("Hong Kong but not the protests", `exclusion.ts`); null for most questions. */
  excluded: Exclusion | null;
  /** Of two years compared, the words that said how they compare ("harsher"), not searched; null otherwise. */
  comparative: readonly string[] | null;
  /** It asks how many times its topic came up ("How many times did China mention …?", `asksHowOften`): counted as a timeline counts. */
  countAsked?: boolean;
  /** It asks who asked about its topic ("Who asked about Ukraine most often?", `asksWhoAsked`): the outlets counted. */
  whoAsked?: true;
  /** Names joined that are the whole topic ("Japan and South Korea", `joined-names.ts`): any of them answers; null otherwise. */
  either: readonly string[] | null;
  /** The lower-case word after the names joined, weighed beside each (`namesWithWord`: "Human Rights Watch and NED sanctions"); absent for most questions. */
  eitherWord?: string;
  /** Words typed apart searched in every writing, hyphened, apart and solid (`spaced-compounds.ts`); absent for most questions. */
  everyWriting?: readonly EveryWriting[];
  /** The terms of each run of words typed apart searched as its words side by side (`spaced-compounds.ts`: "nuclear weapon"); absent for most questions. */
  sideBySide?: readonly (readonly string[])[];
  /** How the question's asking was read, where the answer says it; absent for most questions. */
  framingRead?: FramingRead;
  /** It asks who the spokesperson was (`asksWhoSpoke`): every answer is listed, with each one's count. */
  whoSpoke?: true;
  /** It asks who the spokesperson is (`asksWhoSpeaksNow`): the dates of the newest briefings, searched. */
  newestBriefings?: { from: string; to: string };
}

/** What a question is read with: the index's names and words, its spokespeople and briefings. */
export interface QuestionSource {
  /** The English records' lexical index. */
  english: LexicalIndex;
  /** The index holds Chinese records (`EngineParts.chineseLexical`). */
  hasChinese: boolean;
  /** Every spokesperson and outlet the index holds, sorted. */
  names: { spokespeople: string[]; outlets: string[] };
  speakers: SpeakersHeld;
  briefings: Briefings;
  byId: RecordsById;
  texts: RecordTexts;
  /** The Chinese records' word counts, where the index holds Chinese (loaded on a Chinese question's first need). */
  chineseWords?: () => WordCounts | undefined;
  /** Today, for dates a question gives relative to it; default the clock. */
  today?: () => Date;
}

/** Reads what a question asks (`readQuestion`) before its words are searched. */
export class QuestionReader {
  /** `questionLanguage` by the question as typed; bounded, as a bot runs for weeks. */
  private readonly languageOfQuestion = new LruCache<string, 'en' | 'zh'>(256);
  /** The days the index holds a briefing of, by language and month's day (`MM-DD`): made when a month's day without its year is first read. */
  private briefingDays: Record<'en' | 'zh', Map<string, string[]>> | undefined;

  constructor(private readonly source: QuestionSource) {}

  /**
   * What a question asks, before its words are searched: the framing of how often or whether its
   * topic came up taken out (`framing.ts`), the time words too (`timeIntent`),
   * and a spokesperson it names as the speaker read as a filter, unless one was given
   * (`speaker.ts`): "What did Zhao Lijian say about Hong Kong?" searches "Hong Kong" in his answers,
   * and "What did Zhao Lijian say in March 2020?" lists them all (`everyAnswer`).
   * Chinese is read as the Ministry writes it (`chinese-question.ts`): Traditional characters (of the
   * filters too) as Simplified, English names beside Chinese words as the Chinese pages write them
   * ("WHO 新冠" as 世卫组织 新冠) where the index has Chinese records, "2019年3月" as the year, "中方对…有何评论" without its framing.
   */
  readQuestion(query: string, filters: SearchFilters, comparedAsSpan = false): QuestionRead {
    const given = simplifiedFilters(filters);
    const now = this.source.today?.() ?? new Date();
    // The outlet a question says asked ("Hong Kong asked by Reuters") is who asked, not a topic word: a
    // filter, unless the option gave one (the same, or another: said).
    // What the question leaves out ("Hong Kong but not the protests") ends it: read first, the rest is read as any question.
    // "Lin Jian 林剑": one name, written twice, read by its English form.
    // An exchange id inside a question ("the question after 2019-07-26#7") is no word of a topic nor a date: said.
    const idsTaken = withoutExchangeIds(normalizeQuestion(query));
    const typedWhole = nameOnceIn(idsTaken.query);
    // A question mainly in English with Chinese names ("china reaction to 华为") is read as the English pages write them,
    // and one whose Chinese only frames it ("中国 rule of law") without its framing.
    const inEnglish = chineseNamesAsEnglish(typedWhole, (term) => (this.source.chineseWords?.()?.documentFrequency(term) ?? 0) > 0);
    const whole = inEnglish?.query ?? typedWhole;
    const heldCount = (word: string): number => this.source.english.documentFrequency(normalizeTerm(word) ?? word);
    const heldWord = (word: string): boolean => heldCount(word) > 0;
    // Capitalised words after a minus are one name unless the records hold them only apart ("-Trump Xinjiang": `nameAfterMinus`).
    const wordsHeld = (words: string): WordsHeld => {
      const holding = this.source.texts.holdingAll(this.source.english, termsOf(words));
      return holding.length === 0 ? 'nowhere' : holding.some((m) => this.source.texts.recordHolds(m.record ?? this.source.byId.get(m.id)!, [phraseOf(words)!])) ? 'together' : 'apart';
    };
    const excluded = speakersLeftOut(exclusionIntent(whole, now, this.source.names.spokespeople, heldWord, wordsHeld), this.source.names.spokespeople);
    // "And what about Japan?" asks about Japan, alone: no earlier question is kept to carry over.
    // "Huawei page 2": paging, no topic words; the answer says how to page (hunt-N #7).
    const paging = pagingAsked(excluded?.query ?? whole);
    const unpaged = paging?.query ?? excluded?.query ?? whole;
    const again = askedAgainOf(unpaged);
    // What the reporter says of themselves before the question ("I'm a Reuters reporter, …") is neither who asked nor the topic.
    const aboutTheAsker = withoutAboutTheAsker(again?.query ?? unpaged);
    // A day a pasted news story says it was said on ("China said on Wednesday …") is the story's, no date to search (`withoutStoryDays`).
    const story = withoutStoryDays(aboutTheAsker?.query ?? again?.query ?? unpaged, this.source.names.spokespeople);
    // "2020-02-30" is no date: said, and not searched (`impossible-dates.ts`).
    const undated = withoutImpossibleDates(story.text);
    const normalized = undated.text;
    const askedBy = askerIntent(normalized, this.source.names.outlets);
    const askers = given.outlet ? null : askedBy?.outlets ?? null;
    // A spokesperson's name misspelt ("Zhao Lijan") is read as the name, wherever it stands.
    // "What did reporters ask Mao Ning about Ukraine?": what she said, no outlet named.
    const reportersAsked = askedBy ? null : reportersAskedQuery(normalized);
    const spelled = respelledNames(askedBy?.query ?? reportersAsked ?? normalized, this.source.names.spokespeople, heldWord);
    // "How many times did China mention Huawei in 2019?" asks about Huawei in 2019 (`framing.ts`), and
    // "How has China's position on Huawei changed over the years?" about Huawei (`over-time.ts`).
    // A slip of a word of the framing is read as the word where the question asks with it ("What did the foriegn ministry say").
    const framing = respelledFraming(spelled.query, (word) => this.source.english.documentFrequency(normalizeTerm(word) ?? word));
    // "us" and "who" in lower case, where the words beside them make them the US and the WHO ("us china relations", "who taiwan observer"): said as slips are.
    const abbreviations = lowerCaseAbbreviations(framing.query);
    // "two state solution" typed apart is the transcripts' "two-state", where they join it (`spaced-compounds.ts`): said as slips are.
    const compounds = spacedCompounds(abbreviations.query, { documentFrequency: (t) => this.source.english.documentFrequency(t), sideBySide: (words, compound) => this.source.texts.sideBySide(words, compound) });
    // "Masood Azar": the transcripts write "Masood" beside "Azhar" only, and "Azar" is Alex Azar's (`near-spelt-names.ts`): said as slips are.
    const nearSpelt = nearSpeltNames(compounds.query, { documentFrequency: heldCount, textsHolding: this.source.texts.givenNameEvidence(this.source.english).textsHolding, heldSpeltNear: (word) => heldSpeltNear(this.source.english, word) });
    const respelled = [...framing.respelled, ...abbreviations.respelled, ...compounds.respelled, ...nearSpelt.respelled];
    const framingRead: FramingRead = {
      ...(respelled.length > 0 ? { respelled } : {}),
      ...(aboutTheAsker ? { aside: aboutTheAsker.aside } : {}),
      ...(story.days.length > 0 ? { storyDays: story.days } : {}),
      ...(story.dateline ? { dateline: story.dateline } : {}),
      ...(story.toldDays ? { toldDays: story.toldDays } : {}),
      ...(undated.dates.length > 0 ? { notDates: undated.dates } : {}),
      ...(undated.rangeEnds.length > 0 ? { notDateRangeEnds: undated.rangeEnds } : {}),
      ...(again ? { again: again.lead } : {}),
      ...(paging ? { paging: paging.typed } : {}),
      ...(idsTaken.ids.length > 0 ? { exchangeIds: idsTaken.ids } : {}),
      ...(inEnglish?.read.length ? { inEnglish: inEnglish.read } : {}),
      ...(inEnglish?.framing.length ? { framingInChinese: inEnglish.framing } : {}),
    };
    // "2019年两会期间" is the dates of that year's sessions; "两会期间" alone, words, and the answer says so.
    const unframed = withoutOverTime(simplifiedChinese(nearSpelt.query));
    const twoSessions = twoSessionsRead(withoutFraming(unframed));
    const sessions = twoSessions.read ? [twoSessions.read] : [];
    const typed = withEventYears(chineseDatesAsEnglish(twoSessions.text), now);
    // Beside a named year, "this year" is a year like it: "from 2020 until this year" is read whole.
    const explicit = withExplicitDates(typed, now);
    const asTyped = explicit && namedDatesIntent(explicit) ? explicit : typed;
    // "last year", "in the past 6 months": dates, read before the words asking for the latest are.
    const relative = asTyped === typed ? relativeDatesIntent(asTyped, now, (monthDay) => this.heldDays(monthDay, this.languageOf(normalized))) : null;
    // "When did they first (last) mention …": the oldest (newest) first, and none of those words is
    // searched; read before the words asking for the latest, of which "most recent" and 最近 may be theirs.
    const said = saidWhenIntent(relative?.query ?? asTyped);
    const latest = timeIntent(said.query);
    const intent = { query: latest.query, latest: latest.latest || said.latest };
    // The speaker the question names is never a topic word: a filter, unless the option gave one (the
    // same, or another: said). Read with the dates the question names taken out, which may stand
    // between the name and the topic ("Geng Shuang in July 2019 on Hong Kong") or be all that is
    // asked beside it ("What did Zhao Lijian say in March 2020?").
    const dated = namedDatesIntent(intent.query);
    const beside = dated ? speakerIntent(withoutBriefingWords(dated.query), this.source.names.spokespeople) : null;
    // "in written remarks", "at the daily online briefing": only the answers of those, and no words of the topic.
    const occasion = occasionAsked(normalized);
    const first = beside?.spokesperson ? beside : speakerIntent(occasion ? withoutBriefingWords(intent.query) : intent.query, this.source.names.spokespeople);
    const questionLang = this.languageOf(intent.query);
    const holds = (name: string): boolean => this.source.speakers.speakingIn(questionLang).has(name);
    // Names joined of whom the index holds answers of some only, in the question's language ("Liu Weimin
    // and Hua Chunying on Iran"): read as those it holds joined, and the answer names the others; of
    // none, as the first would be alone, which is unheld.
    const joined = first.also ? [first.spokesperson!, ...first.also] : [];
    const notHeld = joined.filter((name) => !holds(name));
    const heldJoined = joined.filter(holds);
    const joinedRead = notHeld.length === 0 ? first : heldJoined.length === 0 ? { ...first, also: undefined } : {
      ...first,
      spokesperson: heldJoined[0]!,
      also: heldJoined.length > 1 ? heldJoined.slice(1) : undefined,
      // As the question writes it: in Chinese ("刘为民和华春莹谈伊朗"), or as the index names it.
      named: heldJoined[0] === first.spokesperson ? first.named : { name: heldJoined[0]!, written: intent.query.includes(chineseName(heldJoined[0]!)) ? chineseName(heldJoined[0]!) : heldJoined[0]! },
    };
    // The name with nothing else asked is the speaker beside dates or the latest (every answer of
    // theirs then), and what is asked about otherwise ("Zhao Lijian", "What did Zhao Lijian say?").
    // So is it beside the outlet asked ("What did Zhao Lijian tell Reuters?"): every answer of theirs to
    // it, and beside the first ("When did Hua Chunying give her first briefing?"), as beside the latest.
    // And so is it asked how many briefings they held or which questions they answered ("How many briefings has Hua
    // Chunying given?", "What questions did Lin Jian answer on August 17, 2026?"), in the dates or in all.
    const asksEvery = (r: SpeakerIntent): boolean => Boolean(r.alone && (r === beside || relative || intent.latest || said.earliest || askers || occasion || asksEveryAnswer(unframed)));
    // Names joined with nothing else are every answer of either where one name would be ("What did Reuters ask Hua
    // Chunying and Zhao Lijian?"), and words otherwise, as one name is: both names are then searched as typed.
    const read = joinedRead.alone && joinedRead.also && !asksEvery(joinedRead) ? { query: intent.query, spokesperson: null } : joinedRead;
    const everyAnswer = asksEvery(read);
    // A spokesperson the index holds no answer of in the question's language ("What did Mao Ning say
    // about Gaza?" of an index without her): the topic in every spokesperson's answers, and the answer says so.
    const unheld = Boolean(read.spokesperson && !read.alone && !given.spokesperson && !holds(read.spokesperson));
    // Two joined ("Hua Chunying and Geng Shuang on Huawei"): the answers of either.
    const speakers = read.also && !given.spokesperson ? [read.spokesperson!, ...read.also] : null;
    const named = (read.alone && !everyAnswer) || unheld || speakers ? null : read.spokesperson;
    const overridden: Overridden = {};
    if (given.spokesperson && named && !spokespersonMatches(named, given.spokesperson)) {
      overridden.spokesperson = { chosen: given.spokesperson, named };
    }
    const speaker = given.spokesperson ? null : named;
    if (given.outlet && askedBy && !askedBy.outlets.every((o) => nameMatches(o, given.outlet!))) overridden.outlet = { chosen: given.outlet, named: listed(askedBy.outlets, 'and') };
    // A name alone after a title ("Director-General Hua Chunying") is searched without the title.
    const framed = withoutChineseFraming(named || unheld || speakers ? read.query : read.untitled ?? intent.query);
    // "新疆问题" asks about 新疆, as "the Xinjiang issue" about Xinjiang.
    const { text: topic, issues } = withoutIssueWord(framed);
    // Only beside Chinese topic words: "中方对 Huawei 有何评论" asks about an English word, and searches the English records.
    const asked = this.source.hasChinese ? englishNamesAsChinese(topic) : topic;
    // A month named ("in March 2019"), a year said as the time of the talk ("since 2020"), or dates
    // relative to today ("last year"), are a date filter, unless dates were given.
    // A bare year ending a question of one speaker's answers ("Geng Shuang Xinjiang 2019") is the time of the talk, as "in 2019".
    const ofTheTalk = named && read !== beside ? yearOfTheTalk(asked, this.source.speakers.speakingIn(questionLang).get(named)) : null;
    const datesOf = read === beside && (named || unheld || speakers) ? { ...dated!, query: asked } : namedDatesIntent(asked) ?? (ofTheTalk ? namedDatesIntent(ofTheTalk) : null);
    // Both ("Taiwan last year and in 2019"): the stretch from the first to the last.
    const bothDates = relative ? { ...spanOf(datesOf ? [relative, datesOf] : [relative]), query: datesOf?.query ?? asked } : datesOf;
    // Two years compared ("Huawei 2018 vs 2020"): those years alone, or, for a timeline, the stretch between them.
    const namedDates = bothDates?.years && comparedAsSpan
      ? { query: bothDates.query, words: `between ${bothDates.years[0]} and ${bothDates.years.at(-1)}`, from: bothDates.from, to: bothDates.to }
      : bothDates;
    // Asked of no one in particular beside the dates or the latest ("What did the spokesperson say
    // yesterday?"): every answer in them, as for a spokesperson named, from whoever spoke.
    // Read before the Chinese framing is taken out, which holds the asking ("发言人2019年3月说了什么").
    // So is it beside a filter given ("What was said" with the spokesperson, outlet or dates an option names), as the same named in the question is.
    const givenNarrows = Boolean(given.spokesperson || given.outlet || given.from || given.to || occasion);
    const anyone = !read.spokesperson && Boolean(namedDates || intent.latest || givenNarrows) && asksWhatAnyoneSaid(occasion ? withoutBriefingWords(dated?.query ?? intent.query) : dated?.query ?? intent.query);
    // Who asked and nothing else ("questions from Reuters", "What did Reuters ask in 2020?", "What did
    // China tell AFP?"): every question of theirs in the dates, as every answer of a speaker named.
    const rest = namedDates?.query ?? asked;
    // So is it where the outlet option names the same outlet as the question ("questions from Yonhap", `outlet:Yonhap`).
    const askedOfGiven = Boolean(given.outlet && askedBy && askedBy.outlets.every((o) => nameMatches(o, given.outlet!)));
    const askedAlone = Boolean(askers || askedOfGiven) && !read.spokesperson && (termsOf(rest).length === 0 || asksWhatAnyoneSaid(rest));
    // Who the spokesperson was ("Who was spokesperson in 2005?", "Who is the spokesperson?"): every
    // answer in the dates, or of the index, latest first, each naming who gave it, and each one's count.
    const whoSpoke = !read.spokesperson && !askers && asksWhoSpoke(dated?.query ?? intent.query);
    const every = everyAnswer || anyone || askedAlone || whoSpoke;
    // Dates alone beside the outlet ("questions from Reuters in June 2020"): the date readers want
    // something beside them, and the outlet's words are gone. Read as asked of no one in particular.
    if (askedBy && askers && !every && !read.spokesperson && !namedDates && !intent.latest) {
      // Its framing read out: "How many questions did PTI ask in 2020?" is every question of PTI's in 2020.
      const dated = this.readQuestion(`${ASKED_OF_ANYONE} ${withoutFraming(askedBy.query)}`, given);
      if (dated.everyAnswer && dated.month) return { ...dated, askers, askersAmbiguous: askedBy.ambiguous ?? null, filters: { ...dated.filters, ...askerFilters(askers) }, excluded, countAsked: asksHowOften(unframed), ...(Object.keys(framingRead).length > 0 ? { framingRead } : {}) };
    }
    const datesGiven = Boolean(given.from || given.to);
    // "Who is the spokesperson?": the spokespeople of the newest briefings, not a tally of every year held.
    const newestHeld = whoSpoke ? this.source.briefings.all.filter((b) => (b.lang ?? 'en') === questionLang).at(-1)?.date : undefined;
    const newestBriefings = whoSpoke && !namedDates && !datesGiven && newestHeld && asksWhoSpeaksNow(dated?.query ?? intent.query) ? newestBriefingDates(newestHeld) : null;
    const month = datesGiven ? null : namedDates;
    if (datesGiven && namedDates) overridden.dates = { ...(given.from ? { from: given.from } : {}), ...(given.to ? { to: given.to } : {}), named: namedDates.words };
    // Dates the question names are no topic words either, whether read as the filter or overridden by the dates given.
    // "at the press conference" is where every answer was given, no topic word (`withoutBriefingPlace`).
    const topicTyped = every ? '' : withoutBriefingPlace(namedDates?.query ?? asked);
    // Nothing left but who asked ("共同社的提问"): the language the question is written in.
    const lang = this.languageOf(topicTyped || intent.query || normalized);
    // "萨德部署", which no page writes whole, is searched as "萨德 部署".
    const chineseWords = lang === 'zh' && topicTyped ? this.source.chineseWords?.() : undefined;
    const runsSplit = chineseWords ? withUnheldRunsSplit(topicTyped, chineseWords) : null;
    const searched = runsSplit?.text ?? topicTyped;
    // "Damascus" is searched as Syria, and left out as it ("Syria but not Damascus"): said as a slip of the framing is.
    // A numbered format is read as its name in both languages ("17+1合作" as CEEC); a capital, in English only (平壤 is its own word).
    const readers = lang === 'en' ? [capitalsReadIn, formatsReadIn] : [formatsReadIn];
    const capitals = readers.flatMap((readIn) => readIn(excluded ? `${searched} ${excluded.typed}` : searched));
    const withCapitals: FramingRead = capitals.length > 0 ? { ...framingRead, respelled: [...respelled, ...capitals] } : framingRead;
    const misspelt = read.named && spelled.respelled.get(read.named.name);
    const written = misspelt ? { ...read.named!, written: misspelt, from: 'spelling' as const } : read.named;
    // A surname alone is never the topic: without dates, "What did Hua say?" is searched as typed, and nothing is said of it.
    // What the answer says of the names read beside the speaker: joined spokespeople the index holds no answer of, an official.
    const besides = {
      ...(notHeld.length > 0 && heldJoined.length > 0 ? { notHeld: { names: notHeld, lang: questionLang } } : {}),
      ...(read.official ? { official: read.official } : {}),
    };
    const saysMore = Object.keys(besides).length > 0;
    const as = everyAnswer && !speakers ? 'every' : unheld ? 'unheld' : speakers ? 'either' : named ? (read.beside ? 'beside' : written?.from || saysMore ? 'asked' : null) : given.spokesperson || written?.from === 'surname' ? null : 'words';
    // Names joined that are the whole topic, or with one word after them that is what they are talked of with (`joined-names.ts`).
    const namesJoined = searched && lang === 'en' ? joinedNames(searched) : null;
    const withWord = searched && lang === 'en' && !namesJoined ? namesWithWord(searched, {
      documentFrequency: (t) => this.source.english.documentFrequency(t),
      exchangesHolding: (terms) => new Set(this.source.texts.holdingAll(this.source.english, terms).map((m) => m.id)),
    }) : null;
    const more = unheld
      ? { held: this.source.speakers.heldSpeakers(questionLang), ...(read.beside ? { beside: true as const } : {}), ...(notHeld.length > 1 && heldJoined.length === 0 ? { also: notHeld.slice(1) } : {}) }
      : speakers ? { also: speakers.slice(1) } : {};
    const countAsked = asksHowOften(unframed);
    // A day named with a topic is read as its month, the day's answers first; a count is of the day ("How many
    // questions about Ukraine were asked on February 24, 2022?" had counted February's 84 for the day's 19).
    const dayCounted = countAsked && month?.day ? month.day : null;
    return {
      intent,
      earliest: said.earliest,
      searched,
      alone: Boolean(read.alone),
      speakers,
      reading: as && written ? { ...written, as, ...more, ...besides } : null,
      // The language of the words searched; with none (every answer), of the question.
      lang,
      chineseWordsRead: !every && sessions.length + issues.length + (runsSplit?.split.length ?? 0) > 0 ? [...sessions, ...issues, ...(runsSplit?.split ?? [])] : null,
      speaker,
      everyAnswer: every,
      followUp: !every && asksOnlyForMore(searched),
      countAsked,
      ...(asksWhoAsked(unframed) ? { whoAsked: true as const } : {}),
      month: dayCounted ? dayNamedWords(month!.words, dayCounted) : month?.words ?? null,
      askers,
      askersAmbiguous: askers ? askedBy?.ambiguous ?? null : null,
      day: dayCounted ? null : month?.day ?? null,
      years: month?.years ?? null,
      days: month?.days ?? null,
      overridden: overridden.spokesperson || overridden.dates || overridden.outlet ? overridden : null,
      excluded,
      comparative: bothDates?.comparative ?? null,
      either: withWord?.names ?? namesJoined,
      ...(withWord ? { eitherWord: withWord.word } : {}),
      ...(compounds.everyWriting.length > 0 ? { everyWriting: compounds.everyWriting } : {}),
      ...(compounds.sideBySide.length > 0 ? { sideBySide: compounds.sideBySide } : {}),
      filters: {
        ...given, ...(speaker ? { spokesperson: speaker } : {}), ...(askers ? askerFilters(askers) : {}), ...(occasion ? { occasion } : {}),
        ...(dayCounted ? { from: dayCounted, to: dayCounted } : month ? heldMonthOfDay(month, () => this.source.briefings.all.filter((b) => (b.lang ?? 'en') === lang)) : {}),
        ...(newestBriefings ?? {}),
      },
      ...(Object.keys(withCapitals).length > 0 ? { framingRead: withCapitals } : {}),
      ...(whoSpoke ? { whoSpoke: true } : {}),
      ...(newestBriefings ? { newestBriefings } : {}),
    };
  }

  /**
   * The days of `monthDay` ("05-04") the index holds a briefing of in `lang`: "May 4th" had said "2017 to 2023" where
   * 2017's and 2018's were Chinese pages only, and every answer shown was 2023's (hunt-K).
   */
  private heldDays(monthDay: string, lang: 'en' | 'zh'): readonly string[] {
    if (!this.briefingDays) {
      this.briefingDays = { en: new Map(), zh: new Map() };
      // `all` is in date order: each day's list is too.
      for (const { date, lang: held } of this.source.briefings.all) {
        const byDay = this.briefingDays[held ?? 'en'];
        const days = byDay.get(date.slice(5)) ?? [];
        if (days.at(-1) !== date) days.push(date);
        byDay.set(date.slice(5), days);
      }
    }
    return this.briefingDays[lang].get(monthDay) ?? [];
  }

  /** A query in Chinese searches the Chinese records (when the index has any); any other the English ones. */
  private languageOf(query: string): 'en' | 'zh' {
    return hasCjk(query) && this.source.hasChinese ? 'zh' : 'en';
  }

  /**
   * The language of the words a question searches: "中方对 Huawei 有何评论" searches the English
   * records. An answer asks it several times (its totals, span and notes): the question is read once.
   */
  questionLanguage(query: string): 'en' | 'zh' {
    let lang = this.languageOfQuestion.get(query);
    if (lang === undefined) {
      lang = this.readQuestion(query, {}).lang;
      this.languageOfQuestion.set(query, lang);
    }
    return lang;
  }
}


/**
 * The question with a bare year that ends it written "in YEAR" ("Xinjiang 2019" → "Xinjiang in
 * 2019"), when it asks for one speaker's answers and their briefings (`held`) reach that year; null
 * otherwise. Alone, a year asks "that year or later" (rule 4 of gate.ts): with a speaker named it
 * dates their talk, as "Geng Shuang in 2019 on Xinjiang" does. A year after a word that makes it an
 * edge, a target or an event's ("by 2060", "since 2019", "Pelosi's 2022") is left to the other rules.
 */
function yearOfTheTalk(asked: string, held: { first: string; last: string } | undefined): string | null {
  // Two years in a row ("Xinjiang 2019 2020") are both, as "in 2019 and 2020" is: the later alone dropped the earlier unsaid.
  const m = /(?<![\p{L}\p{N}\-–'’])(?:((?:19|20)\d\d)\s+)?((?:19|20)\d\d)(\s*[?？.。!！]*\s*)$/u.exec(asked);
  if (!m || !held) return null;
  const [earlier, year] = [m[1] ?? m[2]!, m[2]!];
  if (earlier < held.first.slice(0, 4) || year > held.last.slice(0, 4) || earlier > year) return null;
  const before = asked.slice(0, m.index);
  if (!/\p{L}/u.test(before) || /(?:\b(?:in|since|after|before|until|till|by|from|to|of|during|between|and|or|than)|['’]s)\s*$/iu.test(before)) return null;
  return `${before.trimEnd()} in ${m[1] ? `${earlier} and ` : ''}${year}${m[3]}`;
}

/** The filter of the outlets a question names: `outlet` for one, `outlets` for more. */
export function askerFilters(askers: readonly string[]): SearchFilters {
  return askers.length === 1 ? { outlet: askers[0]! } : { outlets: askers };
}

/**
 * What a question read names that the options given override (`QuestionRead.overridden`), with the order
 * given where the question asks for another: "When did China first mention Huawei?" with `--sort newest`
 * lists the latest first, and the answer says so, as it says dates or a spokesperson overridden.
 */
export function overriddenWithSort(read: Pick<QuestionRead, 'overridden' | 'earliest' | 'intent'>, sort: SearchSort | undefined): Overridden | null {
  const asked = read.intent.latest ? 'newest' : read.earliest ? 'oldest' : null;
  if (!sort || !asked || sort === asked) return read.overridden;
  return { ...read.overridden, sort: { chosen: sort, asked } };
}
