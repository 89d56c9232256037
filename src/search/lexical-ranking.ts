import type { FusionSettings } from './fusion.js';
import { expandQuery, type FeedbackDoc } from './feedback.js';
import { DescribedNames, type DescribedName } from './descriptions.js';
import { DESCRIBED_NAMES } from './described-names.js';
import { REPORTER_WORD_LIST } from './reporter-words-data.js';
import { listedAlternatives, ReporterWords, type StandIn } from './reporter-words.js';
import { precomputedTable } from './precomputed.js';
import { aboutAName, admit, holdsNameOfQuery, isYearTerm, keptOrFloored, mayAdmit, passesAlone, topicNames, weighQueryTerms, type QueryWeights } from './gate.js';
import type { LexicalIndex, LexicalMatch, RecordFilter } from './lexical.js';
import { topicOf } from './query.js';
import { isCjkTerm } from './cjk.js';
import { chineseWordTerms, heldWordTerms, isNumberTerm, sayingEveryWord, withWordsHeld } from './chinese-words.js';
import { allWordsFirst, firstOf, liftedFirst, namedTopicFirst, namesWrittenFirst, withNamesWeighed } from './lexical-order.js';
import { nameForms, namesATitle, ofCommonWords } from './common-word-names.js';
import { namesOfSeveralWords } from './part-names.js';
import { normalizeTerm } from './terms.js';
import { besideRuns, withWordsBesideRuns, type EveryWriting } from './spaced-compounds.js';
import { writingsAsOneTerm } from './writings-scored.js';
import { isNationTerm, namesIn, namesNeededIn } from './names-written.js';
import { unheldNameAfterTitle } from './unheld-names.js';
import { passageTopicTerms } from './passage.js';
import type { RecordsById } from './records-by-id.js';
import type { RecordTexts } from './record-texts.js';
import { asksAboutRelations, RELATIONS, SENTENCE_BREAK, standsInOrder, timesTogether, togetherScore, wordSequence } from './together.js';
import type { MatchRef } from './types.js';
/** A word no rarer than this (and in a quarter of all records) names no topic on its own (`relevantLexical`). */
const TOO_COMMON_MATCHES = 1000;

/** More words than this are a sentence, not a name for a topic ("China-US trade relations" is four). */
const MAX_WORDS_TOGETHER = 4;

/** Shared by every engine: the list is the same, and its terms are worked out once. */
const DESCRIBED = new DescribedNames(DESCRIBED_NAMES);

/** Built on the first search that needs it: stemming the list costs a process that never searches (sync, index) tens of ms. */
let reporterWords: ReporterWords | undefined;
const REPORTER_ALTERNATIVES = precomputedTable('reporterWordAlternatives', () => listedAlternatives(REPORTER_WORD_LIST));

/** A query as the lexical side reads it. */
export interface LexicalQuery {
  text: string;
  /** Its index terms. */
  terms: string[];
  /** The records it may answer with: its filters, quoted phrases and named year. */
  accept: RecordFilter;
  /** The same without the date, spokesperson and outlet filters; null when none was given. */
  unfiltered: RecordFilter | null;
  hasPhrases: boolean;
  /** Names joined that are the whole topic, each as its index terms (rule 7 of gate.ts); absent otherwise. */
  either?: readonly (readonly string[])[];
  /** The terms of each run of words typed apart searched side by side, which every record it may answer with holds (`besideRuns`); absent otherwise. */
  sideBySide?: readonly (readonly string[])[];
  /** The run searched in every writing, whose writings are scored as one term (`writingsAsOneTerm`); absent otherwise. */
  writings?: EveryWriting;
  /** The whole name's term a word of it is searched by beside its own (`name-word-alone.ts`, in `either`): no word the question writes. */
  wholeName?: string;
}

/** The lexical side of an answer (`relevantLexical`). */
export interface LexicalAnswer {
  matches: LexicalMatch[];
  described: string | null;
  /** The names joined of the query were read as any of them answering (rule 7 of gate.ts): two or more name a topic alone. */
  either?: boolean;
  /** The Ministry's words searched for the user's that a match holds, as listed (`reporter-words.ts`). */
  ministryWords?: string[];
  /** The Ministry's words searched for the user's, by index term (`reporter-words.ts`): none when empty. */
  standIns?: ReadonlyMap<string, StandIn>;
  asked: string[];
  tooCommon: string[];
  /** Each kept record's score on the user's own words (no feedback), for telling the matches that hold none of them (order.ts). */
  mentionScores?: ReadonlyMap<string, number>;
  /** A Chinese question of several words: they, and the matches that hold every one (`sayingEveryWord`). */
  everyWord?: { words: string[]; ids: ReadonlySet<string> };
}

/** The matches that mention a topic of several words (`topicMentions`). */
export interface TopicMentions {
  /** The topic's words the matches hold. */
  terms: string[];
  /** The matches that mention it; none when no match holds every word. */
  ids: ReadonlySet<string>;
  /** The matches that hold every word, together or apart. */
  every: ReadonlySet<string>;
}

/**
 * The lexical side of a search: the matches that answer a question's words in one index, by the
 * relevance rule (gate.ts), with feedback (feedback.ts), and where its words stand together.
 */
export class LexicalRanker {
  /** `english`: the English records' lexical index (a Chinese question is ranked in another). */
  constructor(
    private readonly english: LexicalIndex, private readonly fusion: FusionSettings, private readonly byId: RecordsById, private readonly texts: RecordTexts,
  ) {}

  /** Builds the tables the ranking makes on a question's first need, off the questions' path (`SearchEngine.warm`). */
  warm(): void {
    DESCRIBED.warm();
  }

  /** Whether fewer than `TOO_COMMON_MATCHES` records the filters accept hold any of `terms`. */
  private fewHolding(lexical: LexicalIndex, terms: readonly string[], accept: RecordFilter): boolean {
    return lexical.searchTerms(new Map(terms.map((t) => [t, 1])), accept, this.fusion.fieldBoost, { best: TOO_COMMON_MATCHES }).length < TOO_COMMON_MATCHES;
  }

  /**
   * Lexical matches that answer the query, best first: BM25 over the informative query terms
   * (a term in a quarter of all records adds little to the ranking and most of the work). The
   * relevance rule (`gate.ts`) decides on the user's own words whether the topic is in the corpus
   * and keeps the matches that answer it; a second pass with pseudo-relevance feedback terms
   * (`feedback.ts`) then ranks the final list, and may add records that discuss the topic in
   * other words. Nothing kept: nothing returned. With the matches, the name the query was read as
   * describing (rule 5 of gate.ts), when one was searched and something was kept; and `asked`, the
   * user's own informative words, which `missing-words.ts` looks for in the answer.
   */
  relevantLexical(
    lexical: LexicalIndex, query: LexicalQuery, shownRanks: number,
  ): LexicalAnswer {
    const { text, terms: queryTerms, accept, hasPhrases } = query;
    if (queryTerms.length === 0) return { matches: [], described: null, asked: [], tooCommon: [] };
    const s = this.fusion;
    const informative = withWordsBesideRuns(queryTerms.filter((t) => lexical.documentShare(t) < s.commonTermShare), queryTerms, query.sideBySide);
    // Words in a quarter of all exchanges or more ("China", "US") name no topic: thousands of
    // matches in an arbitrary order answer nothing. A quoted phrase still narrows them, and in a
    // small index (a sample of one topic: every PressCon pair of the bundled sample names Ukraine)
    // a quarter is a few hundred, which ranking still orders.
    const crowd = (t: string): boolean => lexical.documentFrequency(t) >= TOO_COMMON_MATCHES;
    // The whole name a word of it is searched by ("China" of the China International Import Expo) is no word of the question's.
    const own = queryTerms.filter((t) => t !== query.wholeName);
    const crowded = informative.every((t) => t === query.wholeName) && !hasPhrases && own.every(crowd);
    // Filters that leave few of their records ("the US in August 2026": 11 exchanges) make them a topic there, ranked as any.
    const fewFiltered = crowded && query.unfiltered !== null && this.fewHolding(lexical, own, accept);
    const tooCommon = crowded && !fewFiltered;
    // Unless they name one together ("China-US relations"): then where they stand together answers it.
    const topicWords = lexical === this.english && !hasPhrases ? wordSequence(topicOf(text)) : [];
    if (tooCommon) {
      const together = this.togetherMatches(lexical, topicWords, accept);
      return { matches: together ?? [], described: null, asked: [], tooCommon: together ? [] : own };
    }
    // The relations between two countries come first where their names stand together ("China-Japan
    // ties"), however rare the word for relations: "ties" alone ranks the Vatican's ties first.
    const together = asksAboutRelations(topicWords) ? this.togetherMatches(lexical, topicWords, accept) : null;
    const found = this.rankedLexical(lexical, query, fewFiltered ? own : informative, shownRanks);
    // Scored on words standing together, not on the words alone: no mention scores then.
    return together ? { ...found, matches: firstOf(together, found.matches), mentionScores: undefined } : found;
  }

  /** `relevantLexical` for a query with words that name a topic alone (`informative`). */
  private rankedLexical(
    lexical: LexicalIndex, query: LexicalQuery, informative: string[], shownRanks: number,
  ): LexicalAnswer {
    const { text, terms: queryTerms, accept } = query;
    const s = this.fusion;
    if (informative.length === 0) informative.push(...queryTerms);
    // A year ranks but does not admit (rule 4 of gate.ts selects by it): "2022" in an unrelated
    // exchange must not carry it into the answers to "Pelosi's 2022 visit to Taiwan".
    // Names joined (rule 7 of gate.ts) some of which no record writes: the others are the topic
    // ("Arctic and Greenland" is answered on the Arctic, and the answer says no exchange names Greenland).
    const unwritten = unwrittenJoinedNames(query.either, (t) => lexical.documentFrequency(t) > 0);
    const topical = informative.filter((t) => !isYearTerm(t) && !unwritten.has(t));
    // The user's own words the answer is checked against (missing-words.ts); a Chinese query's
    // two-character terms are not words a user wrote.
    const asked = lexical === this.english ? [...topical, ...unwritten].filter((t) => t !== query.wholeName) : [];
    const names = namesIn(text);
    // A Chinese question's terms no record holds are left only where a word names something the index never writes (`termsFor`): an unknown name.
    const chinese = lexical !== this.english;
    const unknownNames = chinese ? new Set([...names, ...queryTerms.filter((t) => (isCjkTerm(t) || isNumberTerm(t)) && lexical.documentFrequency(t) === 0)])
      : new Set([...names].filter((t) => !unwritten.has(t)));
    // A pasted passage is weighed by its names and its rarest word (`passage.ts`), a question by every word.
    const weighed = (chinese ? null : passageTopicTerms(text, topical, lexical, s.passageTerms)) ?? besideRuns(topical.length > 0 ? topical : informative, query.sideBySide, (t) => lexical.documentFrequency(t) > 0);
    const weights = weighQueryTerms(weighed, (t) => lexical.documentFrequency(t), (t) => lexical.idf(t), unknownNames);
    const chineseWords = chinese ? chineseWordTerms(text) : [];
    if (chineseWords.length > 0) weights.floorWords = chineseWords;
    // The names the question writes that the index holds, each by the words of it the query weighs:
    // one of them must be in a record that passes (rule 2).
    // A number a Chinese question writes is a name of what it asks (`isNumberTerm`): one no page writes, none passes.
    const numbers = chinese ? queryTerms.filter((t) => isNumberTerm(t) && weights.weight.has(t)).map((t) => [t]) : [];
    weights.names = [...namesNeededIn(text)
      .filter((name) => name.every((t) => lexical.documentFrequency(t) > 0))
      .map((name) => name.filter((t) => weights.weight.has(t)))
      .filter((name) => name.length > 0), ...numbers];
    // A record holding the whole name holds its word ("Gulf" of GCC).
    if (query.wholeName && weights.names.length > 0) weights.names = [...weights.names, [query.wholeName]];
    weights.aboutName = s.nameOfTopicNeeded && !query.hasPhrases && aboutAName(weights);
    // Names joined, the whole topic (rule 7): those that name something alone ("China" does not) weigh apart.
    const either = query.either?.map((name) => name.filter((t) => weights.weight.has(t) && lexical.documentFrequency(t) > 0)).filter((name) => name.length > 0) ?? [];
    if (either.length > 1) weights.either = either;
    // Those naming all of them first, each part in its order: by the names' terms, not the lower-case word each
    // is weighed with (`joinedNameTerms`: "Panama and El Salvador ties"), which an exchange naming both may not say.
    const shared = either[0]?.filter((t) => !names.has(t) && either.every((name) => name.includes(t))) ?? [];
    // Then those saying the word ("sanctions"); a run's writings (`writingsWeighed`) are scored as one term, none first.
    const allFirst = (ranked: LexicalMatch[]): LexicalMatch[] => (query.writings ? writingsAsOneTerm(ranked, query.writings, informative, lexical, s.fieldBoost)
      : weights.either ? allWordsFirst(allWordsFirst(ranked, shared), either.flat().filter((t) => !shared.includes(t))) : ranked);
    // Only the matches the rule could keep are filtered and listed: the rest cannot change what it
    // keeps. First those that pass on their own; only when too few do is the floor's share asked for
    // (the same search again: its scores are reused, lexical.ts).
    const firstWeights = new Map(informative.map((t) => [t, 1]));
    const strongMatches = (): LexicalMatch[] =>
      lexical.searchTerms(firstWeights, accept, s.fieldBoost, { terms: (matched) => passesAlone(matched, weights, s) });
    let passing = strongMatches();
    // Words that find too few records on their own may describe what the transcripts name (rule 5
    // of gate.ts). The descriptions are English: a Chinese query names what it means. Weak means
    // weak in the whole index: few matches in the dates or of the spokesperson asked say nothing
    // of what the words mean ("Taiwan election" up to 2005 describes no one).
    const weak = (): boolean =>
      passing.length < s.minResults &&
      (query.unfiltered === null ||
        lexical.searchTerms(firstWeights, query.unfiltered, s.fieldBoost, { terms: (matched) => passesAlone(matched, weights, s), best: s.minResults }).length < s.minResults);
    // "Czech Senate President Vystrcil" names its own person, whom no record holds: no one else's office is searched for him.
    const ownName = (): boolean => unheldNameAfterTitle(text, (t) => lexical.documentFrequency(t) > 0) !== null;
    const described = lexical === this.english && weak() && !ownName() ? describedName(lexical, weights.weight, firstWeights, s, weights.names) : null;
    weights.described = described?.held;
    const standIns = lexical === this.english ? this.standIns(lexical, text, weights) : new Map<string, StandIn>();
    weights.standIns = standIns;
    weights.standInShare = s.reporterWordCoverage;
    for (const t of standIns.keys()) firstWeights.set(t, s.reporterWordWeight);
    const nameTerms = described?.terms ?? [];
    // The name weighs as one word of the user's: "Scott Morrison" must not outweigh "barley".
    for (const t of nameTerms) firstWeights.set(t, s.describedWeight / nameTerms.length);
    if (described) passing = strongMatches();
    // A Chinese question's long words and names count only where a record holds them whole (`heldWordTerms`):
    // fewer may pass then than passed on their pairs, so every match the rule could keep is listed.
    // So do an English question's names of common words ("West Bank", "Voice of America"), where some record holds them whole (`wholeNameTerms`).
    const wholeWords = chinese ? heldWordTerms(text, this.texts.wordCounts(lexical), new Set(firstWeights.keys())) : this.texts.wholeNames(text, lexical, new Set(firstWeights.keys()));
    // Too few passing alone, the floor adds the best of the rest (rule 3): only the best `minResults`
    // of those it may take are filtered, not every record holding a word (a paraphrase at 25x read
    // 19,000 records' texts for a quoted phrase). Names held whole drop matches after: then all are listed.
    const firstPass = passing.length >= s.minResults && !wholeWords
      ? passing
      : wholeWords
        ? lexical.searchTerms(firstWeights, accept, s.fieldBoost, { terms: (matched) => mayAdmit(matched, weights, s) })
        : lexical.searchTerms(firstWeights, accept, s.fieldBoost, { terms: (matched) => keptOrFloored(matched, weights, s), best: s.minResults, also: standIns.size > 0 && !described ? strongMatches() : passing });
    const kept = admit(wholeWords ? withWordsHeld(firstPass, (m) => wholeWords(m.record ?? this.byId.get(m.id)!, m.matched)) : firstPass, weights, s);
    const name = kept.length > 0 ? described?.name ?? null : null;
    // Feedback terms were tuned on English words; Chinese two-character terms shared by neighbours
    // (中美, 协议) would bring in records that never name the topic: a Chinese query keeps its own matches.
    // What each kept record scores on the user's own words, before feedback: how much it says of what was asked (order.ts).
    const mentionScores = new Map(kept.map((m) => [m.id, m.score]));
    // The name the question is about, whose holders come first (`namedTopicFirst`); not of names joined, any of which answers (rule 7).
    const topic = s.nameOfTopicFirst && !query.hasPhrases && !weights.either ? topicNames(weights) : [];
    // Those writing a title asked first, whose words are searched apart ("Secretary of State"; not a person's, "Emperor Naruhito"); not of names joined either.
    const namesAsked = chinese || weights.either ? [] : namesOfSeveralWords(text).map(({ name }) => name.split(/\s+/)).filter((words) => namesATitle(words) && ofCommonWords(words)).map(nameForms);
    const namesFirst = (ranked: LexicalMatch[]): LexicalMatch[] => namesWrittenFirst(ranked, namesAsked, (m, form) => this.texts.holdsName(m.record ?? this.byId.get(m.id)!, form));
    if (kept.length === 0 || s.feedbackDocs === 0 || chinese) {
      const ranked = namesFirst(namedTopicFirst(withNamesWeighed(kept, weights, s.nameCoordination, names), topic));
      // A Chinese question's words are weighed as their two-character terms: those that hold every word come first.
      const everyWord = chinese ? sayingEveryWord(text, kept.map((m) => m.record ?? this.byId.get(m.id)!), queryTerms) : null;
      if (everyWord) return { matches: liftedFirst(ranked, (m) => everyWord.ids.has(m.id)), described: null, asked, tooCommon: [], mentionScores, everyWord };
      return { matches: allFirst(name && s.describedAfterAllWords ? allWordsFirst(ranked, topical) : ranked), described: name, ministryWords: heldStandIns(kept, standIns), standIns, asked, tooCommon: [], mentionScores, either: Boolean(weights.either) };
    }

    const feedback: FeedbackDoc[] = kept.slice(0, s.feedbackDocs).map((m) => ({ ...this.texts.termCounts(m.id), score: m.score }));
    const candidate = (t: string): boolean =>
      !/^\d+$/.test(t) && lexical.documentFrequency(t) > 1 && lexical.documentShare(t) < s.feedbackMaxShare;
    const expanded = expandQuery(informative, feedback, (t) => candidate(t) && !nameTerms.includes(t), s);
    for (const t of nameTerms) expanded.set(t, firstWeights.get(t)!);
    for (const t of standIns.keys()) expanded.set(t, Math.max(expanded.get(t) ?? 0, s.reporterWordWeight));
    // The user's words that make a record say what was asked; a year is not one of them (rule 4).
    const original = new Set([...informative, ...nameTerms, ...standIns.keys()].filter((t) => !isYearTerm(t)));
    // The matches are what the user's own words admitted. A record only the feedback terms reach is
    // kept where it ranks among the best `shownRanks` (it may well answer a paraphrase; a fixed
    // number, `feedbackShown`, so that what is counted does not depend on the page size), and
    // otherwise dropped, so a count of matches and a newest-first list are about the topic asked,
    // not about its neighbours.
    const keptIds = s.feedbackAdmits ? null : new Set(kept.map((m) => m.id));
    // A year ranks but admits nothing here either (rule 4): an exchange that only says "2021" is no
    // answer to "Huawei in 2021", however few the answers that say "Huawei". Nor does one that holds
    // words of the user's but not the name the question is about (rule 3): "the strongest words China
    // used about Lithuania" was answered with the "strongest indignation" of Hong Kong's unrest. One
    // that holds none of the user's words is a related exchange, and the answer says so.
    const ownWords = (matched: readonly string[]): boolean => matched.some((t) => weights.weight.has(t) && !isYearTerm(t));
    const found = lexical.searchTerms(expanded, keptIds ? (id) => keptIds.has(id) : accept, s.fieldBoost, {
      reported: original, best: shownRanks, also: kept,
      terms: (matched) => matched.some((t) => !isYearTerm(t)) && (!ownWords(matched) || holdsNameOfQuery(matched, weights, s)),
    });
    // One the feedback brings in holds the names of common words whole, or none of their words, as the kept ones do.
    const keptNow = wholeWords ? new Set(kept.map((m) => m.id)) : null;
    const matches = keptNow ? found.filter((m) => keptNow.has(m.id) || wholeWords!(m.record ?? this.byId.get(m.id)!, m.matched).length === m.matched.length) : found;
    const ranked = namesFirst(namedTopicFirst(withNamesWeighed(matches, weights, s.nameCoordination, names), topic, { kept: keptIds ?? new Set(kept.map((m) => m.id)), shownRanks }));
    return { matches: allFirst(name && s.describedAfterAllWords ? allWordsFirst(ranked, topical) : ranked), described: name, ministryWords: heldStandIns(matches, standIns), standIns, asked, tooCommon: [], mentionScores, either: Boolean(weights.either) };
  }

  /**
   * The Ministry's words for the reporter's words of a question (`reporter-words.ts`), by index term,
   * where they can help: the index holds the Ministry's word in under a quarter of its records, and
   * the user's word in fewer records than the Ministry's ("jet" for "plane"). A user's word the
   * transcripts use as often is the Ministry's own word for what it means ("report", not "story").
   */
  private standIns(lexical: LexicalIndex, text: string, weights: QueryWeights): Map<string, StandIn> {
    const s = this.fusion;
    if (s.reporterWordWeight <= 0) return new Map();
    const found = (reporterWords ??= new ReporterWords(REPORTER_ALTERNATIVES.get())).standIns(text, new Set(weights.weight.keys()));
    if (found.size === 0) return found;
    // A word of a name the question writes is the name's, no reporter's word: "Global Times" had "world" searched for it.
    const ofNames = new Set(namesOfSeveralWords(text).flatMap(({ terms }) => terms));
    for (const [t, { user }] of found) {
      const df = lexical.documentFrequency(t);
      if (df === 0 || ofNames.has(user) || lexical.documentShare(t) >= s.commonTermShare || lexical.documentFrequency(user) >= s.reporterWordRarity * df) found.delete(t);
    }
    return found;
  }

  /**
   * The records where the topic's words stand together (together.ts: a question of only common
   * words, or about relations between countries), best first by how often they do (in the question,
   * weighed by the field boost, and in the answer). Null when they stand together nowhere, or in so
   * many records that the run is itself too common.
   */
  private togetherMatches(lexical: LexicalIndex, topicWords: readonly string[], accept: RecordFilter): LexicalMatch[] | null {
    const wanted = new Set(topicWords.filter((w) => w !== SENTENCE_BREAK));
    if (wanted.size < 2 || wanted.size > MAX_WORDS_TOGETHER) return null;
    // The records that hold every word; a word for relations may be any of them.
    const required = [...wanted].filter((w) => w !== RELATIONS).map((w) => normalizeTerm(w) ?? w);
    const { fieldBoost } = this.fusion;
    const withAll = lexical.searchTerms(new Map(required.map((t) => [t, 1])), accept, fieldBoost, { terms: (matched) => matched.length === required.length });
    const matches: LexicalMatch[] = [];
    for (const m of withAll) {
      const words = this.texts.recordWords(m.record ?? this.byId.get(m.id)!);
      const inQuestion = timesTogether(words.question, wanted);
      const inAnswer = timesTogether(words.answer, wanted);
      if (inQuestion + inAnswer === 0) continue;
      matches.push({ ...m, score: togetherScore(inQuestion, inAnswer, fieldBoost) });
    }
    const tooCommon = matches.length >= TOO_COMMON_MATCHES && matches.length / lexical.documentCount >= this.fusion.commonTermShare;
    return matches.length === 0 || tooCommon ? null : matches.sort((a, b) => b.score - a.score);
  }

  /**
   * The matches that mention a topic of several words (`TopicMentions`), for a timeline's count and a
   * first or last answer's order alike (order.ts), so both give one first date: those where its words
   * stand together (`timesTogether`: "a potential national security law for Hong Kong"; or in the order
   * asked, a word between: "the Minsk ceasefire agreement", `standsInOrder`), or, when none does, those
   * that hold every word (`wordsHeldTogether`); null for a topic of one word. Every word anywhere was
   * too little: "national security and the rule of law in Hong Kong" (2018) held every word of the Hong
   * Kong national security law.
   */
  topicMentions(lexical: LexicalIndex, terms: readonly string[], text: string, matches: readonly MatchRef[]): TopicMentions | null {
    const held = wordsHeldTogether(lexical, terms, matches);
    if (!held) return null;
    const every = held.matches.filter((m) => !m.partial);
    const topicTerms = new Set(held.terms);
    const inOrder = [...new Set(wordSequence(topicOf(text), true).filter((w) => topicTerms.has(w)))];
    const wanted = new Set(inOrder);
    // Of three words or more, all but one side by side names it too ("the national security law … in Hong Kong").
    const allButOne = wanted.size >= 3 ? inOrder.map((left) => new Set(inOrder.filter((w) => w !== left))) : [];
    const stands = (words: readonly string[]): boolean =>
      timesTogether(words, wanted) > 0 || standsInOrder(words, inOrder) || allButOne.some((most) => timesTogether(words, most) > 0);
    const standing = every.filter((m) => {
      const r = this.byId.get(m.id)!;
      return stands(wordSequence(r.question ?? '', true)) || stands(wordSequence(r.answer, true));
    });
    const ids = new Set((standing.length > 0 ? standing : every).map((m) => m.id));
    return { terms: held.terms, ids, every: new Set(every.map((m) => m.id)) };
  }
}

/**
 * The matches mentioning a topic whose words the Ministry says otherwise (`standIns`: "the Wuhan outbreak", which the
 * transcripts call the epidemic), as `topicMentions` reads them, with each of the Ministry's words in the place of the
 * user's; null when none holds every word. Sorted oldest first, "When did the spokesperson first mention the Wuhan
 * outbreak?" had led with the 2018 Wuhan summit, which holds only "Wuhan".
 */
export function mentionsWithStandIns(
  mentionsOf: (terms: readonly string[], text: string) => TopicMentions | null, terms: readonly string[], text: string, standIns: ReadonlyMap<string, StandIn>,
): ReadonlySet<string> | null {
  const ids = new Set<string>();
  const variants: [readonly string[], string][] = [[terms, text]];
  for (const [ministry, { user, word }] of standIns) if (terms.includes(user)) variants.push([terms.map((t) => (t === user ? ministry : t)), `${text} ${word}`]);
  for (const [variant, said] of variants) for (const id of mentionsOf(variant, said)?.ids ?? []) ids.add(id);
  return ids.size > 0 ? ids : null;
}

/**
 * The name the query describes (rule 5 of gate.ts): `held`, its words the corpus uses (a record
 * holding them all passes), and `terms`, those of them the query does not search yet; null when
 * there is none to search.
 */
function describedName(
  lexical: LexicalIndex, weight: QueryWeights['weight'], searched: ReadonlyMap<string, number>, s: FusionSettings, names: QueryWeights['names'],
): (DescribedName & { held: string[] }) | null {
  const described = DESCRIBED.describedBy(weight, s, names?.filter((name) => name.some(isNationTerm)));
  const held = described?.terms.filter((t) => lexical.documentFrequency(t) > 0) ?? [];
  const terms = held.filter((t) => !searched.has(t));
  return described && terms.length > 0 ? { name: described.name, terms, held } : null;
}

/**
 * A topic of several words (`terms`, a year or a word no record holds left out) that the matches hold
 * (each word by one match at least; those none holds, the answer names): the words, and the matches
 * with those holding only some of them marked `partial`; null for fewer than two such words.
 * "Hong Kong national security law" matched 298 exchanges, most of them on Hong Kong alone: a
 * timeline counting them all charted Hong Kong, peaking before the law was proposed.
 */
function wordsHeldTogether(lexical: LexicalIndex, terms: readonly string[], matches: readonly MatchRef[]): { terms: string[]; matches: MatchRef[] } | null {
  const asked = [...new Set(terms)].filter((t) => !isYearTerm(t) && lexical.documentFrequency(t) > 0);
  if (asked.length < 2) return null;
  const ids = new Set(matches.map((m) => m.id));
  const held = lexical.searchTerms(new Map(asked.map((t) => [t, 1])), (id) => ids.has(id));
  const words = asked.filter((t) => held.some((m) => m.matched.includes(t)));
  if (words.length < 2) return null;
  const whole = new Set(held.filter((m) => words.every((t) => m.matched.includes(t))).map((m) => m.id));
  return { terms: words, matches: matches.map((m) => (whole.has(m.id) ? m : { ...m, partial: true as const })) };
}

/** The listed Ministry's words of `standIns` that one of the matches holds. */
function heldStandIns(matches: readonly LexicalMatch[], standIns: ReadonlyMap<string, StandIn>): string[] {
  if (standIns.size === 0) return [];
  const held = new Set(matches.flatMap((m) => m.matched));
  return [...standIns].filter(([t]) => held.has(t)).map(([, { word }]) => word);
}

/** A match as a timeline counts it (`MatchRef.partial`, `MatchRef.apart`): holding every word of the topic, or some; together, or apart. */
export function markedMention(m: MatchRef, mentions: TopicMentions): MatchRef {
  if (!mentions.every.has(m.id)) return { ...m, partial: true };
  return mentions.ids.has(m.id) ? m : { ...m, apart: true };
}

/**
 * The terms of the names joined (rule 7 of gate.ts) that no record writes, where another of them is
 * written: searched beside the written ones, an unwritten name weighed as much as the rarest of them
 * and kept every record under half the topic's weight ("Arctic and Greenland" found nothing, while 5
 * exchanges discuss the Arctic). Empty when every name is written, or none is (then the topic is
 * one the corpus lacks).
 */
function unwrittenJoinedNames(either: LexicalQuery['either'], written: (term: string) => boolean): ReadonlySet<string> {
  if (!either || either.length < 2) return new Set();
  const unwritten = either.filter((name) => name.length > 0 && !name.some(written));
  if (unwritten.length === 0 || unwritten.length === either.length) return new Set();
  return new Set(unwritten.flat());
}
