import type { NameInEnglish } from './bilingual.js';
import type { IndexedRecord } from '../store/types.js';
import type { Coverage, CorpusStretch, SourceSummary } from './coverage.js';
import type { OtherLanguage } from './question-language.js';

/** Narrowing a search; every field optional. Dates are ISO `YYYY-MM-DD`, inclusive. */
export interface SearchFilters {
  from?: string;
  to?: string;
  /** Spokesperson name, case-insensitive; the start of a word is enough ("Hua" finds Hua Chunying, not Geng Shuang), or the Chinese name (`filters.ts`). */
  spokesperson?: string;
  /** Asking outlet, case-insensitive; the start of a word is enough ("Reut" finds Reuters, "AP" not The Paper). */
  outlet?: string;
  /**
   * Asking outlets, any of them, each matched as `outlet` is: those a question names joined ("asked
   * by Reuters or AFP") or a short form of several ("ABC"); set by reading a question, not by an option.
   */
  outlets?: readonly string[];
  /**
   * The kind of publication the answers must be of: "in written remarks" (a recess day's written answers), "at the daily
   * online briefing" (February 2020's); set by reading a question, not by an option.
   */
  occasion?: 'written-remarks' | 'online-briefing';
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
  /** The other transcripts the Ministry published of the record's briefing, in its language (`OtherVersion`); absent when none. */
  otherVersions?: readonly OtherVersion[];
}

/**
 * Another transcript of the same briefing in the same language, which the Ministry published with
 * other wording (2019-04-29 and 2019-04-29b): a story quoting one is no misquote of the other.
 */
export interface OtherVersion {
  /** Its briefing key (`2019-04-29b`). */
  key: string;
  url: string | null;
}

/** `hybrid`: lexical and vector ranking fused; `lexical`: no vectors (model unavailable). */
export type SearchMode = 'hybrid' | 'lexical';

/**
 * `relevance`: best match first (among matches of about equal relevance, the newer first);
 * `newest`: the relevant matches newest first (those that do not mention the topic after the mentions), for a question
 * asking for the latest or when something was last said (`first-words.ts`);
 * `oldest`: the same oldest first, for a question asking when something was first said (`first-words.ts`).
 */
export type SearchSort = 'relevance' | 'newest' | 'oldest';

/** One relevant match, in the response's order: enough to list it or open it. */
export interface MatchRef {
  id: string;
  date: string;
  score: number;
  /** Holds only some of the topic's words (`SearchOptions.wordsTogether`, `SearchResponse.topicWords`); absent otherwise. */
  partial?: true;
  /**
   * Holds every word of the topic, but apart, where other matches hold them together (engine.ts
   * `topicMentions`): counted by a timeline, yet no mention a first or last date is of ("national
   * security and the rule of law in Hong Kong"); absent otherwise.
   */
  apart?: true;
  /**
   * A count's topic names a capital the index reads as its country ("Pyongyang": DPRK), and this
   * match does not write it (`capitals-counted.ts`): not counted (`countedMatches`); absent otherwise.
   */
  unwritten?: true;
}

/**
 * A speaker or dates the question names that the options given overrode ("What did Hua Chunying
 * say …?" with the spokesperson option Geng Shuang): the search reads them from the question only
 * when no option gives them, so the answer must say why it is not the one the question asks for.
 */
export interface Overridden {
  /** The spokesperson option's value, and the spokesperson the question names instead. */
  spokesperson?: { chosen: string; named: string };
  /** The dates given, and those the question names ("March 2019", "since 2020"). */
  dates?: { from?: string; to?: string; named: string };
  /** The outlet option's value, and the outlet the question says asked instead. */
  outlet?: { chosen: string; named: string };
  /** The order given (`--sort`), and the one the question asks for: the first time ("oldest") or the latest ("newest"). */
  sort?: { chosen: SearchSort; asked: 'newest' | 'oldest' };
}

/**
 * How the question's spokesperson was read, where the answer says it (`speaker.ts`): `every`, the
 * question names a speaker and dates and no topic ("What did Zhao Lijian say in March 2020?"), so
 * every answer of theirs in the dates is listed; `beside`, the name stands beside the topic with no
 * word of speaking ("Zhao Lijian Australia", "华春莹 华为") and was read as who spoke, though the
 * question may mean the exchanges that mention it (the name in quotes asks for those); `words`, the
 * name was searched as words, for the exchanges that mention it ("Zhao Lijian's tweet", the name
 * alone), not read as who spoke; `asked`, read as who spoke from a form that asks so, said only when
 * the name was read `from` a surname or a misspelling; `unheld`, read as who spoke, but the index holds
 * no answer of theirs in the question's language, so the topic was searched in every spokesperson's
 * answers (none of them theirs: said so, with whom the index holds); `either`, two names joined
 * ("Hua Chunying and Geng Shuang on Huawei"), the answers of either searched.
 */
export interface SpeakerReading {
  /** The spokesperson, as the index names them. */
  name: string;
  /** The name as the question wrote it: "Zhao Lijian", "华春莹", "Hua", "Zhao Lijan". */
  written: string;
  /** Read from a surname alone ("Hua on Huawei") or a misspelling ("Zhao Lijan"); absent for the name itself. */
  from?: 'surname' | 'spelling';
  /**
   * `asked`: read as who spoke, and the answer says more of it (`from`, `notHeld`, `official`);
   * `either`: with the spokespeople joined to this one (`also`), any of them speaking.
   */
  as: 'every' | 'beside' | 'words' | 'asked' | 'unheld' | 'either';
  /** `either`: the other spokespeople the question joins to this one; `unheld`: the others joined to it whom the index holds no answer of either. */
  also?: readonly string[];
  /**
   * The spokespeople the question joins to this one whom the index holds no answer of in the
   * question's language (`lang`): "Liu Weimin and Hua Chunying on Iran" searches Hua Chunying's.
   */
  notHeld?: { names: readonly string[]; lang: 'en' | 'zh' };
  /** An official who is no spokesperson joined to this one ("Wang Yi and Hua Chunying on the US"): searched as words. */
  official?: { name: string; written: string };
  /** `either`: how many of the matches are each one's, in the order named, and for one with none, the briefings of theirs the index holds in the language searched. */
  counts?: readonly { name: string; total: number; briefings?: { count: number; first: string; last: string; lang: 'en' | 'zh' } }[];
  /** `unheld`: read from a name standing beside the topic ("Liu Weimin Syria"), which may be what is asked about. */
  beside?: true;
  /** `unheld`: the spokespeople the index holds answers of in the question's language (the latest first, at most four) and how many in all, and the span of those briefings. */
  held?: { lang: 'en' | 'zh'; spokespeople: string[]; count: number; from: string; to: string };
  /** `every` for the name alone, which no exchange mentions ("Guo Jiakun"): every answer of theirs instead. */
  unmentioned?: true;
  /** For an empty answer read `beside`: the question with the name in quotes, and how many exchanges (more than none) mention it. */
  asWords?: { query: string; total: number };
}

/**
 * Words of a question the search read otherwise than as words to find, each said in the answer: what
 * it leaves out, how two years compare, names joined read as any of them.
 */
export interface WordsRead {
  /**
   * A time the question gives by an event, not a date ("before Meng Wanzhou's arrest", "after the
   * Osaka G20 summit"), as typed: searched as words, since the index cannot date an event, and the
   * answer says how to give its date (`event-time.ts`).
   */
  eventTime?: string;
  /**
   * Names of `aliases.ts` a quoted phrase writes ("COVID-19"), each with the other words the search reads
   * as it unquoted ("novel coronavirus", …): the quote held them only as written (`quoted-names.ts`).
   */
  quotedNames?: readonly { typed: string; otherWords: readonly string[] }[];
  /** A quote mark the question opens and never closes (`"national security law`), as typed from it: its words were searched apart, not as a phrase. */
  unclosedQuote?: string;
  /**
   * What the question leaves out ("Hong Kong but not the protests", "Xinjiang without the BBC",
   * "-protests", `exclusion.ts`), as typed without its article: the exchanges whose question or answer
   * holds all the words of one of them are not searched.
   */
  excluded?: readonly string[];
  /** The dates the question leaves out ("Huawei but not 2019"), as the answer says them ("2019", "2026 (this year)"): their briefings are not searched. */
  excludedDates?: readonly string[];
  /** The spokespeople the question leaves out ("Huawei but not Hua Chunying"), in the index's form: their answers are not searched. */
  excludedSpeakers?: readonly string[];
  /** A spokesperson's name misspelt after a minus ("-Hua Chunyin"), as typed, with the name it was read as: said beside `excludedSpeakers`. */
  excludedRespelled?: readonly { typed: string; name: string }[];
  /** Of two years compared, the words that said how they compare ("harsher", "more critical"), as typed (`comparison.ts`). */
  comparative?: readonly string[];
  /**
   * Names joined, the whole topic ("Japan and South Korea", `joined-names.ts`), as typed: an exchange
   * naming any of them answers, and under best match first those naming all come first (`allFirst`).
   */
  either?: { names: readonly string[]; allFirst: boolean };
  /**
   * A year the question names that no reading took as the time of the talk ("Huawei 2019", "Pelosi's
   * 2022 visit"), as typed: answered from that year on, or by earlier exchanges naming it (rule 4 of
   * gate.ts, `yearRule`), which the answer says.
   */
  yearOnward?: string;
  /** The question asking with `yearOnward` is Chinese (2017年 萨德): the year alone is asked as 2017年全年. */
  yearOnwardInChinese?: true;
}

export interface SearchResponse {
  query: string;
  /** What was searched: the query without the words that asked for the latest position, or the spokesperson it names. */
  searched: string;
  /** The filters searched: those given, the spokesperson the question names as the speaker (`speaker.ts`) and the month it names (`month.ts`). */
  filters: SearchFilters;
  /** The spokesperson the question named as the speaker, read as a filter; null for most questions. */
  spokespersonNamed: string | null;
  /**
   * The outlets the question says asked ("Hong Kong asked by Reuters", "… by Reuters or AFP"), whose
   * questions alone were searched (`asker.ts`); absent otherwise.
   */
  outletsNamed?: readonly string[];
  /** Each short form the question wrote that is more than one outlet of the index ("ABC"), with those outlets, all searched; absent when none. */
  outletsAmbiguous?: readonly OutletShortForm[];
  /** The month the question named ("March 2019"), read as the dates searched; null for most questions. */
  monthNamed: string | null;
  /**
   * Of the dates the question named (`monthNamed`, more than a day), the briefings the index holds in
   * the question's language, the first and last, and the last day named: "July 2020" of an index whose
   * English briefings end on July 3 is 3 briefings, not the month. Absent otherwise.
   */
  namedDatesHeld?: { briefings: number; first: string; last: string; to: string; gaps: { from: string; to: string }[] };
  /**
   * The only years searched, where a question names years apart ("the 2000s and the 2020s", "Huawei 2018
   * vs 2020"): the years between them were not; absent otherwise.
   */
  yearsSearched?: readonly string[];
  /** Of those years, each the index holds only part of: the first and last briefing of it held (`yearsPartlyHeld`); absent when both are held whole. */
  yearsPartlyHeld?: readonly { year: string; first: string; last: string }[];
  /** The only days searched, where a question names a month's day without its year ("Tiananmen anniversary June 4"): that day of each year held; absent otherwise. */
  daysSearched?: readonly string[];
  /** How a spokesperson's name in the question was read, where the answer should say more than `spokespersonNamed` (`SpeakerReading`); absent for most questions. */
  speakerReading?: SpeakerReading;
  /** Words of the question read as no topic words, which the answer says (`WordsRead`); absent for most questions. */
  wordsRead?: WordsRead;
  /** What the question named that an option overrode (`Overridden`); absent when nothing was. */
  overridden?: Overridden;
  /** How the question's asking was read, where the answer says it (`FramingRead`); absent for most questions. */
  framingRead?: FramingRead;
  mode: SearchMode;
  sort: SearchSort;
  /** The query asked for the latest position ("latest", "now", "still" …), so it is sorted newest first. */
  latestIntent: boolean;
  /** The query asked when something was first said ("first mentioned"), so it is sorted oldest first; absent otherwise. */
  earliestIntent?: boolean;
  tookMs: number;
  /** The first k matches with their quotes; empty when nothing is relevant enough (never the least bad matches). */
  hits: SearchHit[];
  /** How many exchanges match in all (one per exchange when a briefing was republished), with the statements among them. */
  total: number;
  /** How many of `total` are statements (opening or closing ones: no question was asked); absent when none. */
  statements?: number;
  /**
   * How many of them only relate to the question: none of its words admitted them; feedback terms
   * (among the best few, `feedbackShown`) or the vectors reached them. 0 for most questions.
   */
  related: number;
  /** Earliest and latest date among all matches (newest or oldest first, among the mentions listed before the others: `answerSpan`); null when none. */
  first: string | null;
  last: string | null;
  /** Newest or oldest first: how many of the matches do not mention the topic (its words apart, only some of them, or none), listed after the mentions (`orderMatches`); 0 otherwise. */
  passing: number;
  /** Every match in order (hits are the first of these). */
  matches: MatchRef[];
  /**
   * The listed name the query was read as describing, whose words were searched too
   * (`src/search/descriptions.ts`): "Jimmy Lai" for "the Hong Kong media tycoon arrested"; null for most queries.
   */
  described: string | null;
  /**
   * The Ministry's words searched beside the user's (`src/search/reporter-words.ts`), as listed, that
   * the answer holds: "sanctions" for "penalising"; absent for most queries.
   */
  ministryWords?: readonly string[];
  /** Words of a Chinese question read otherwise than as typed, where the answer says how (`ChineseWordsRead`); absent for most queries. */
  chineseWordsRead?: readonly ChineseWordsRead[];
  /** The user's words the answer does not hold (`missing-words.ts`); both empty for most queries. */
  missing: MissingWords;
  /**
   * The words asked, as typed, when every one is in so many exchanges that it names no topic
   * ("China", "US"): nothing is answered then; empty for most queries.
   */
  tooCommon: readonly string[];
  /**
   * The question only asks for more of what was said before and names nothing ("And in 2020?", "Any
   * follow-up on that?"): nothing is answered then, and the text says to name a topic; absent otherwise.
   */
  followUp?: true;
  /**
   * The question is in a language the index holds no briefing in ("position de la Chine sur Hong
   * Kong", `question-language.ts`): nothing is answered then, and the text says spox reads English and Chinese; absent otherwise.
   */
  otherLanguage?: OtherLanguage;
  /**
   * The question names no topic, only who spoke (a spokesperson, or no one in particular: "What did the
   * spokesperson say yesterday?") and dates or the latest: every answer in them is listed; absent otherwise.
   */
  everyAnswer?: true;
  /**
   * The question asks who the spokesperson was ("Who was spokesperson in 2005?": `asksWhoSpoke`):
   * who gave the answers listed, as the transcripts name them, and how many each, most first; empty
   * when none is listed (the dates hold no briefing: the answer says who served by the reviewed list);
   * absent otherwise.
   */
  answeredBy?: readonly { name: string; count: number }[];
  /**
   * Of a question asking who asked about its topic ("Who asked about Ukraine most often?"): the outlets its exchanges
   * name as asking, most first, and how many name none (written "Q:"). Absent otherwise.
   */
  askedBy?: { outlets: readonly { name: string; count: number; also?: readonly string[] }[]; unnamed: number };
  /**
   * The question asks who the spokesperson is, in the present ("Who is the spokesperson?"): the dates
   * of the newest briefings the index holds in its language, whose answers alone are listed (the
   * newest is the index's last date); absent otherwise.
   */
  newestBriefings?: { from: string; to: string };
  /**
   * When nothing is kept and some words are in no record (`missing.inNoRecord`): the same search
   * without them, and how many exchanges it finds (more than none); absent otherwise.
   */
  withoutUnknown?: { query: string; total: number };
  /**
   * When nothing holds a quoted phrase (and no word is in no record): the question with its quote
   * marks left out, and how many exchanges its words find (more than none); absent otherwise.
   */
  withoutQuotes?: { query: string; total: number };
  /**
   * When nothing matched in the dates the question named ("Taiwan this month"), or the matches miss
   * some of its words (`missing.inNoMatch`): what the same topic finds without them (the spokesperson
   * named or given still applies), and the date of its newest match, so that the answer can say when
   * it last came up. Absent otherwise, or when that finds none.
   */
  withoutDates?: { total: number; last: string };
  /**
   * An English question whose topic is only names the Chinese pages write in Chinese ("THAAD"), when
   * the Chinese briefings hold far more exchanges naming them (`chinese-holds-more.ts`): the Chinese
   * question that finds them ("萨德", with the question's dates "萨德 2017年3月"), the names counted
   * ("萨德", "all of 萨德 and 文在寅"), how many exchanges name every one, and their first and last dates.
   */
  chineseHoldsMore?: { query: string; names: string; total: number; first: string; last: string };
  /**
   * A question naming one outlet beside its topic ("Korea asked by Yonhap"), when that outlet asked
   * more questions in the question's dates and language than the answer holds, and few enough to read
   * them all (engine.ts `FEW_QUESTIONS`): the outlet, how many it asked, and whether the question's
   * dates narrowed that count. Absent otherwise.
   */
  outletAsked?: { outlet: string; total: number; dated: boolean };
  /**
   * A question asking how many times its topic came up, or how many questions on it an outlet asked
   * ("How many times was win-win said?", "How many questions did Bloomberg ask about Hong Kong?"): the
   * count answered (`total`, 0 where nothing matched), the topic as searched, and the outlets whose
   * questions alone were counted, named by the question or given as the filter (absent for none). Absent otherwise.
   */
  countAsked?: CountAsked;
  /**
   * When nothing matched in the answers of the spokesperson the question names (read as the filter):
   * how many briefings of theirs the index holds in the question's language, from when to when, and
   * what the same topic finds in every spokesperson's answers (absent when that finds none).
   */
  withoutSpeaker?: { name: string; briefings: number; first: string | null; last: string | null; others?: { total: number; last: string } };
  /**
   * When only one spokesperson's answers were searched (named by the question or the option) and they
   * find nothing, or miss words asked, that another spokesperson's exchange holds: whose, and the
   * words (`said-by-other.ts`). Absent otherwise.
   */
  saidByOther?: SaidByOther;
  /**
   * Spokespeople the question writes as words ("Geng Shuang told reporters …", "Hua said …") whose own
   * answers are among the matches: each, how many of the matches are theirs, and `first` when they were
   * ranked first (a question leading with the name and a word of speaking: `names-asked.ts`). Their
   * names are no missing words then. Absent when none is.
   */
  ownAnswers?: readonly { name: string; count: number; first?: true }[];
  /**
   * The matches of dates the index holds only as pairs imported from a research corpus
   * (`Coverage.corpusOnly`, which may not hold every exchange): how many, and those stretches, so
   * that a count or a "latest" from them is not read as the whole story. Absent when none is.
   */
  importedOnly?: { matches: number; stretches: CorpusStretch[] };
  /**
   * With `SearchOptions.wordsTogether`, for a topic of two or more words the matches hold: those
   * words, as typed, that an unmarked match holds all of (`MatchRef.partial`); absent otherwise.
   */
  topicWords?: readonly string[];
  /**
   * For a question asking how many times its topic came up ("How many times did China mention the
   * EU-China summit?"), what was counted (`counted.ts`) where some matches hold only part of its
   * words; the matches are those counted, as a timeline counts them. Absent otherwise.
   */
  wordsCounted?: WordsCounted;
}

/**
 * What a count of a topic of several words counted (`countedMatches`): its words, as typed; `all`, the
 * matches holding every one, `left` more holding only some left out; or, none holding them all, every
 * match (`all` false, `left` 0).
 */
export interface WordsCounted {
  words: readonly string[];
  all: boolean;
  left: number;
  /**
   * Of those counted, how many hold the words together (no `MatchRef.apart`), where some hold them only
   * apart: "trade war" counts the exchanges saying "trade" and "Cold War" too. Absent otherwise.
   */
  together?: number;
  /**
   * The capitals the topic names, counted where written (`MatchRef.unwritten`), with the country each
   * is read as, and how many more matches on that country do not write them: not counted.
   */
  capitals?: { names: readonly { typed: string; country: string }[]; left: number };
}

/**
 * Words asked that the answers of the spokesperson searched (`named`) do not hold and another
 * spokesperson's exchange (`by`) does: "Zhao Lijian's answers don't say “army”; Geng Shuang's
 * 2020-03-13#5 holds every word".
 */
export interface SaidByOther {
  /** The spokesperson whose answers alone were searched: the index's name, or the option's value as given when it fits several. */
  named: string;
  /** The words asked, as typed, that none of their answers holds (every word asked when they found nothing). */
  words: readonly string[];
  /** None is missing, but none of their answers holds every word asked at once; `words` holds them all then. */
  together?: true;
  /** The other's exchange holds every word asked, not only `words`. */
  every: boolean;
  by: { spokesperson: string; id: string; date: string };
}

/** The user's words, as typed, that no record of the index holds, and that none of the matches holds. */
/** A name of several words the question writes, which fewer than all matches hold whole (`MissingWords.partNames`). */
export interface PartName {
  /** As typed ("Kim Yo-jong"). */
  name: string;
  /** Matches that write it whole. */
  holding: number;
  /** Matches that write only a part of it. */
  partly: number;
  /** Matches that write every word of it, apart: of a name of common words only ("Science Act"), others are names side by side. */
  apart: number;
  /** Matches that do not write it whole (`partly` of them a part, the others none of it). */
  others: number;
  /** The words of it the `partly` matches write, as typed, the most written first ("Kim"). */
  parts: readonly string[];
  /** Of many matches, how many were read: the counts are of those, scaled to all (`share-read.ts`). */
  read?: number;
}

export interface MissingWords {
  inNoRecord: readonly string[];
  inNoMatch: readonly string[];
  /** The words of a short question some match holds, when none holds them all (2 or 3 words; `missing-words.ts`). */
  apart?: readonly string[];
  /**
   * Words of the question, as typed, that only a few of many matches hold (a tenth at most), with how
   * many: "sister" of "kim jong-un's sister", 1 of 70 (`missing-words.ts`); absent when none.
   */
  few?: readonly { word: string; matches: number }[];
  /**
   * Names of several words the question writes that only some matches hold whole, the others only a
   * part of ("Kim Yo-jong": 1 of them says it, 69 say only "Kim"; `part-names.ts`); absent when none.
   */
  partNames?: readonly PartName[];
  /**
   * Given names typed alone that begin several people's full names ("Mike": Mike Pompeo, Mike Pence;
   * `given-names.ts`), each with what the question finds with each full name in its place; absent when none.
   */
  givenNames?: readonly { typed: string; names: readonly { name: string; total: number }[] }[];
  /**
   * Given names the transcripts write only in one person's full name, typed before another surname
   * ("Nicolas Sarkozy"; `given-names.ts`): as typed, with that full name ("Nicolas Maduro"). They were
   * not searched, since alone they are read as that person; absent when none.
   */
  othersGivenNames?: readonly { typed: string; fullName: string }[];
  /**
   * "Korea" typed alone, read as the Korean Peninsula (`korea-alone.ts`): as typed, with how many
   * exchanges the question finds with "North Korea" and with "South Korea" in its place that the answer
   * does not hold; absent otherwise.
   */
  koreaAlone?: { typed: string; more: readonly { name: string; total: number }[] };
  /**
   * A Chinese question's words, as typed, and how many matches hold every one of them, when some but
   * not all do (`chinese-words.ts`: "特朗普 华为" keeps 615 exchanges, 14 of which say 华为 too); those
   * are listed first when the answer is best match first.
   */
  together?: { words: readonly string[]; matches: number };
  /**
   * Taiwan's and Hong Kong's forms the question writes, searched as the Ministry writes them
   * (`aliases.ts`: 澳洲 as 澳大利亚), which no exchange says as typed; absent when it writes none.
   */
  ministryForms?: readonly { typed: string; ministry: string }[];
  /**
   * Names the Chinese pages write in two forms that the question writes (`aliases.ts`: 藏南, which
   * they also write 阿鲁纳恰尔邦 and 阿邦), each with the other forms searched as it; absent when it writes none.
   */
  otherForms?: readonly { typed: string; also: readonly string[] }[];
  /**
   * For words of `inNoRecord` a slip away from a word the transcripts use ("Huwaei"), and for two
   * words typed apart that they write as one ("corona virus", `typed` holding both): that word as they
   * write it, and, for an empty answer, what the question finds with it (`spelling.ts`); absent when
   * none is, or when an empty answer's question so written finds nothing either, even without the
   * other words of `inNoRecord`. When it finds something only without them (`total` 0: "huawai
   * lorry"; for slips typed in lower case), `without` holds those words, the topic of the question so written without them
   * ("Huawei") and what that finds.
   */
  didYouMean?: {
    words: readonly { typed: string; suggested: string }[];
    query: string;
    total?: number;
    without?: { words: readonly string[]; query: string; total: number };
  };
  /**
   * The words were looked for in the Chinese briefings only (a question with Chinese characters), and
   * one of `inNoRecord` is in Latin letters, which the English ones may hold: what it says is of the
   * Chinese ("华为 ban": no Chinese exchange says "ban", 211 English ones do); absent otherwise.
   */
  chinese?: true;
  /**
   * An English search's words of `inNoRecord` that the Chinese briefings hold, which an English
   * question does not search ("FTAAP": no English exchange says it, zh-2016-11-18#1 does), each with
   * how many Chinese exchanges hold it (2), for a reporter to judge them by; absent when none.
   */
  inChinese?: readonly { word: string; exchanges: number }[];
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
  /** Default `relevance`, `newest` when the query asks for the latest position or when something was last said, `oldest` when it asks when it was first said. */
  sort?: SearchSort;
  /**
   * Mark the matches that hold only some of the words of a topic of several (`MatchRef.partial`):
   * a timeline counts the others, since a match holding "Hong Kong" alone is no sign that "Hong Kong
   * national security law" came up. Default false.
   */
  wordsTogether?: boolean;
  /**
   * Two years a question compares ("Huawei 2018 vs 2020") are searched as the stretch from the first
   * to the last, the years between too, as a timeline draws them; by default only the two years are.
   */
  comparedAsSpan?: boolean;
}

export interface Briefing {
  summary: import('../store/types.js').BriefingSummary;
  records: IndexedRecord[];
  /**
   * The research corpus file (its name) the briefing was imported from, when the index holds it only
   * as that corpus's pairs, which may not be the whole briefing; absent for a transcript.
   */
  importedFrom?: string;
}

/** What the commands and the CLI may ask of an opened index. */
export interface SpoxSearch {
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
  /** The quote of a record for a query, as search would choose it (for a match opened from a list). */
  quoteFor(record: IndexedRecord, query: string): Pick<SearchHit, 'spans' | 'quote' | 'otherVersions'>;
  /** The other briefings of a record's date in its language (a day the Ministry published twice), by key. */
  otherVersions(record: IndexedRecord): Pick<SearchHit, 'otherVersions'>;
  /** One record by id (`2020-05-22#3`), typed in any case: the index writes ids in lower case. */
  record(id: string): IndexedRecord | undefined;
  /** The English record the index aligned with a Chinese one (`zh-2020-05-22#3` → `2020-05-22#3`). */
  englishOf(chineseId: string): IndexedRecord | undefined;
  /** A briefing by key (`2019-04-29b`) or date (the first briefing of that date). */
  briefing(keyOrDate: string): Briefing | undefined;
  /**
   * The n briefing dates closest to `date` (either side), nearest first; with a key prefix (`zh-`,
   * `pc-`), only those of that source's briefings.
   */
  nearestBriefingDates(date: string, n: number, prefix?: string): string[];
  latestBriefing(): Briefing | undefined;
  /** The key of the briefing whose transcript a link is (`https://www.fmprc.gov.cn/…/t1681925.shtml`, either host, either scheme); undefined when none is. */
  briefingKeyOfLink(link: string): string | undefined;
  /**
   * The briefings held from `from` to `to` (of the query's language when one is given, as
   * `coverage`), what they hold and the nearest briefing dates outside them: what an empty answer
   * says of the dates it searched.
   */
  /** With `spokesperson`, only the briefings where they answered. */
  briefingsBetween(from: string, to: string, query?: string, spokesperson?: string): BriefingsBetween;
  /** The days from `from` to `to` the index holds a briefing of in the query's language, the first and last; null for none. Reads no record, as `briefingsBetween` does. */
  briefingDaysHeld(from: string, to: string, query: string): DaysHeld | null;
  /** Distinct values, sorted, for autocomplete. */
  spokespeople(): string[];
  /** The first and last briefing the index holds answers of this spokesperson from (any language); null for none. */
  spokespersonSpan(name: string): { from: string; to: string } | null;
  outlets(): string[];
  info(): CorpusInfo;
  /**
   * The span of the indexed briefings and its gaps; given a query, of the briefings in its language
   * (a query in Chinese searches the Chinese records, any other the English ones): what it looked through.
   */
  coverage(query?: string): Coverage;
  /** Briefings by kind of source (bundled, synced, imported, added), with their spans. */
  sources(): SourceSummary[];
  /** Briefings by language, with their spans: a question searches those of its language (`coverage`). */
  languages(): LanguageSummary[];
}

/**
 * Words of a Chinese question read otherwise than as typed (chinese-question.ts): a topic named as
 * "X问题" searched as X (`issue`: "新疆问题", "the Xinjiang issue"); 两会期间 with a year read as
 * that year's sessions (`sessions`: "2019年两会期间", `searched` its dates in words); without one,
 * searched as words (`words`: the sessions' dates change with the year).
 */
export interface ChineseWordsRead {
  written: string;
  searched: string;
  /**
   * 'split': a run no page writes whole, searched as the words it is made of (`chinese-runs-split.ts`).
   * 'apart': a word the pages write whole, which matches also say as its words apart (`wordsSaidApart`).
   */
  as: 'issue' | 'sessions' | 'words' | 'split' | 'apart';
  /** Of a run split, how many records write it whole: none, or one. Of a word said apart, how many matches write it whole. */
  heldWhole?: number;
  /** Of a word said apart, how many matches say it only so. */
  apart?: number;
}

/** A short form written for more than one outlet ("ABC": ABC Australia and ABC Spanish Daily Newspaper). */
export interface OutletShortForm {
  written: string;
  outlets: readonly string[];
}

export interface BriefingsBetween {
  briefings: number;
  exchanges: number;
  /** Of those exchanges, how many name who asked (an outlet); transcripts written "Q:" name none. */
  askersNamed: number;
  /**
   * The run of those briefings naming no asker (written "Q:") that holds the most of their exchanges,
   * where it holds most of the exchanges that name none; absent otherwise.
   */
  unnamedAskers?: { from: string; to: string };
  /** The first and last briefing dates from `from` to `to`; null when there is none. */
  first: string | null;
  last: string | null;
  /** The last briefing date before `from`, and the first after `to`; null when there is none. */
  before: string | null;
  after: string | null;
  /** Who answered in those briefings, the one with the most records first (ties: by name). */
  spokespeople?: string[];
}

export interface LanguageSummary {
  lang: 'en' | 'zh';
  briefings: number;
  from: string;
  to: string;
  /** The gaps of this language's briefings (`Coverage.gaps`): those a question in it meets. */
  gaps: Coverage['gaps'];
}

/**
 * How the words a question asks with were read (`framing.ts`), where the answer says it: slips of
 * them read as the words ("foriegn" as "foreign": `respelledFraming`), and what the reporter said
 * of themselves before the question, not searched ("I'm writing a piece on …": `withoutAboutTheAsker`),
 * a lead asking the question before again ("And what about Japan?", "那日本呢？"), and the Chinese names of an
 * English question read as the English pages write them, its Chinese framing left out.
 */
export interface FramingRead {
  /** Each word typed and the word it was read as: a slip of a word of asking, "us" or "who" in lower case, a capital read as its country ("Damascus" as "Syria", `capitals-read.ts`). */
  respelled?: readonly { typed: string; read: string; sideBySide?: true }[];
  /** As typed. */
  aside?: string;
  /** The lead that asks the question before again, of another topic ("And what about", `askedAgainOf`), as typed. */
  again?: string;
  /**
   * Each Chinese name of a question in English, and the English form it was searched as ("华为" as
   * "Huawei", `chineseNamesAsEnglish`), with the other forms searched with it ("一带一路" as "BRI", also "Belt and Road").
   */
  inEnglish?: readonly NameInEnglish[];
  /** The days a pasted news story says it was said on ("on Wednesday" of "China said on Wednesday …", `withoutStoryDays`), as typed: not read as dates. */
  storyDays?: readonly string[];
  /** A day opening a pasted question's first sentence, which states what happened ("Yesterday, Japan's … said …. What is China's response?", `withoutStoryDays`), as typed: not read as a date. */
  toldDays?: readonly string[];
  /** Dates typed in figures that no calendar holds ("2020-02-30", `withoutImpossibleDates`), as typed: not searched. */
  notDates?: readonly string[];
  /** The other end of a range an impossible date made ("between 2020-02-30 and 2020-03-05"), as typed: not searched either. */
  notDateRangeEnds?: readonly string[];
  /** A pasted news story's dateline ("NAIROBI (Reuters) -", `withoutStoryDays`), as typed: not searched. */
  dateline?: string;
  /** The Chinese words of a question in English that only frame it, not searched ("中国" of "中国 rule of law", `chineseNamesAsEnglish`), as typed. */
  framingInChinese?: readonly string[];
  /** Paging typed at the question's end ("page 2", "next 5", `pagingAsked`), as typed: not searched. */
  paging?: string;
  /** Exchange ids written inside the question ("the question after 2019-07-26#7", `withoutExchangeIds`), as typed: not searched, nor read as dates. */
  exchangeIds?: readonly string[];
}

/** What a question asking how many times was counted (`SearchResponse.countAsked`). */
export interface CountAsked {
  total: number;
  /** The briefings the exchanges counted are from: their days, statements aside ("How many briefings discussed the trade war?"). */
  briefings: number;
  /** The topic as searched, without its framing, quote marks or end mark ("Hong Kong"). */
  topic: string;
  /** The outlets whose questions alone were counted ("Bloomberg"); absent when any asker's were. */
  outlets?: readonly string[];
}

/**
 * The days of briefings held in some dates, in one language: how many, the first and the last, and
 * the stretches of more than `GAP_DAYS` days between them without one (`Coverage.gaps`).
 */
export interface DaysHeld {
  days: number;
  first: string;
  last: string;
  gaps: { from: string; to: string }[];
}
