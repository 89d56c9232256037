import type { LexicalIndex } from './lexical.js';
import type { RecordsById } from './records-by-id.js';
import type { QuestionReader } from './question-reader.js';
import { isYearTerm } from './gate.js';
import { parseQuery, withoutPhraseMarks } from './query.js';
import { namesOnly, withNameQuoted } from './speaker.js';
import type { Exclusion } from './exclusion.js';
import { asChineseNames, chineseDatesOf, chineseHoldFarMore, fewInEnglish, namesCounted } from './chinese-holds-more.js';
import { termsOf } from './terms.js';
import { replacedWords, withoutWords } from './missing-words.js';
import { isTypedAsName, suggestedSpelling, wordsWrittenAsOne, type SpellingCorpus } from './spelling.js';
import { topicAsked } from './response-notes.js';
import { sharedGivenNamesIn } from './given-names.js';
import { KOREAS } from './korea-alone.js';
import type { MatchRef, MissingWords, SearchFilters, SearchOptions, SearchResponse, SpeakerReading } from './types.js';

/** What the question is asked again with; `search` and `englishTerms` are the engine's. */
export interface SearchedAgainSource {
  byId: RecordsById;
  /** The English records' lexical index. */
  english: LexicalIndex;
  /** Whether the index holds the Chinese records' lexical index. */
  hasChinese: boolean;
  /** Every spokesperson the index holds answers of, sorted. */
  spokespeople: readonly string[];
  questions: QuestionReader;
  /** The terms a text searches in the English index (the engine's `termsFor`). */
  englishTerms: (text: string) => string[];
  search: (query: string, options: SearchOptions) => Promise<SearchResponse>;
}

/**
 * The question searched again, changed (respelled, without the words no record holds, its quote marks
 * or its dates, with a name in a word's place, in Chinese), for what an answer says beside its matches.
 */
export class SearchedAgain {
  constructor(private readonly source: SearchedAgainSource) {}

  /** `chineseHoldsMore` of an English answer holding `english` exchanges on its topic (`chinese-holds-more.ts`); null when it is none. */
  async chineseHoldsMore(
    searched: string, topic: readonly string[], english: number, options: SearchOptions,
  ): Promise<SearchResponse['chineseHoldsMore'] | null> {
    if (!fewInEnglish(english) || !this.source.hasChinese) return null;
    const query = asChineseNames(searched, (text) => this.source.englishTerms(text), topic);
    if (!query) return null;
    const chinese = await this.source.search(query, { ...options, k: 1, sort: 'relevance' });
    // Of several names, the exchanges naming every one: they come first (`sayingEveryWord`).
    const every = chinese.missing.together ? chinese.matches.slice(0, chinese.missing.together.matches) : chinese.matches;
    const dates = every.map((m) => this.source.byId.get(m.id)?.date).filter((d): d is string => Boolean(d)).sort();
    if (!chineseHoldFarMore(every.length, english) || dates.length === 0) return null;
    // The question's dates go with the names asked for ("萨德 2017年3月"), where the Chinese words read back as the same dates.
    const when = chineseDatesOf(options.filters ?? {});
    const asked = when ? `${query} ${when}` : query;
    const same = (read: SearchFilters): boolean => read.from === options.filters?.from && read.to === options.filters?.to;
    const ask = when && same(this.source.questions.readQuestion(asked, {}).filters) ? asked : query;
    return { query: ask, names: namesCounted(query), total: every.length, first: dates[0]!, last: dates[dates.length - 1]! };
  }

  /**
   * The question with each word no record holds that is a slip away from one the index holds
   * ("Huwaei"), and each two words of `asked` typed apart that the transcripts write as one ("corona
   * virus"), written as the transcripts write them, and what it finds (`spelling.ts`); null when
   * none is, or the question so written finds nothing, even without the other words no record
   * holds (`without`, for slips typed in lower case: "huawai lorry" finds nothing as "Huawei lorry",
   * 138 exchanges as "Huawei").
   * Suggested, not searched instead.
   * Counted only for an empty answer (`count`), where the suggestion is the way on: beside results
   * a second search per query with a word the corpus lacks cost the median query a sixth more.
   */
  async didYouMean(
    query: string, asked: readonly string[], unknown: readonly string[], typedForms: readonly string[], options: SearchOptions, count: boolean,
  ): Promise<MissingWords['didYouMean'] | null> {
    const corpus: SpellingCorpus = {
      index: this.source.english,
      text: (id) => {
        const record = this.source.byId.get(id);
        return record && `${record.question ?? ''} ${record.answer}`;
      },
    };
    const askedTerms = new Set(asked);
    const words = asked.length > 1 ? wordsWrittenAsOne(query, (term) => askedTerms.has(term), corpus) : [];
    const apart = new Set(words.flatMap((w) => w.typed.split(/\s+/)));
    for (const [i, term] of unknown.entries()) {
      const typed = typedForms[i];
      if (!typed || apart.has(typed)) continue;
      const suggested = suggestedSpelling(query, typed, term, corpus);
      if (suggested) words.push({ typed, suggested });
    }
    if (words.length === 0) return null;
    const respelled = replacedWords(query, words.map((w) => [w.typed, w.suggested]));
    if (respelled === query) return null;
    if (!count) return { words, query: respelled };
    const { total } = await this.source.search(respelled, { ...options, k: 0 });
    if (total > 0) return { words, query: respelled, total };
    // So written it finds nothing, for the other words no record holds ("huawai lorry"): a slip typed
    // in lower case is still said, with what it finds without them, so that the user sees it. A name
    // typed with its capital is as often one the transcripts never write ("Abu Bakr al-Baghdadi", a
    // letter from "Baghdad"): beside nothing found, a suggestion would send the user to another.
    const corrected = new Set(words.flatMap((w) => w.typed.split(/\s+/)));
    const others = typedForms.filter((typed) => !corrected.has(typed));
    const typist = [...corrected].every((typed) => !isTypedAsName(query, typed));
    const rest = others.length > 0 && typist ? withoutWords(respelled, others) : '';
    if (!rest || rest === respelled) return null;
    const without = await this.source.search(rest, { ...options, k: 0 });
    if (without.total === 0) return null;
    const topic = topicAsked(rest, this.source.questions.readQuestion(rest, options.filters ?? {}).framingRead);
    return { words, query: respelled, total: 0, without: { words: others, query: topic, total: without.total } };
  }

  /**
   * An empty answer's words that no record holds may have vetoed the rest (rule 3 of gate.ts): the
   * same search without them, once (what is left holds none), and its total when it finds any.
   */
  async withoutUnknownWords(
    query: string, unknown: readonly string[], options: SearchOptions, excluded: Exclusion | null, othersGiven: readonly string[], searched = query,
  ): Promise<{ query: string; total: number } | null> {
    if (unknown.length === 0) return null;
    // The words searched, the question's framing read out, must leave a topic: "When did China first mention Donbas?"
    // without "Donbas" asked "When did China first mention", whose words were searched as a topic (498 exchanges; hunt-G #5).
    if (termsOf(parseQuery(withoutWords(searched, [...unknown, ...othersGiven])).text).filter((t) => !isYearTerm(t)).length === 0) return null;
    // What the question leaves out is taken out first and written again after what is left, where it
    // is read as left out again: without "zzqxw", "Xiaobo zzqxw but not the Nobel" began "but not", a topic.
    // Another person's given name, which was not searched, is none of the rest: alone, "Nicolas" is Maduro.
    const asked = excluded?.query ?? query;
    const kept = withoutWords(asked, [...unknown, ...othersGiven]);
    if (!kept || kept === asked) return null;
    const rest = excluded ? `${kept.replace(/[\s?.!]+$/, '')} ${excluded.typed}` : kept;
    // "Evergrande since 2019" without Evergrande asks about no topic: "since 2019" is not one; nor is
    // the speaker of "Zhao Lijian on Temu" (the exchanges that mention him are no answer on Temu), nor
    // are the names joined of "Hua Chunying and Geng Shuang on Temu".
    const again = this.source.questions.readQuestion(rest, options.filters ?? {});
    const topical = termsOf(parseQuery(again.searched).text).filter((t) => !isYearTerm(t));
    if (topical.length === 0 || again.alone || namesOnly(topical, this.source.spokespeople)) return null;
    const { total } = await this.source.search(rest, options);
    return total > 0 ? { query: topicAsked(rest, again.framingRead), total } : null;
  }

  /**
   * An empty answer to a question quoting a phrase no exchange holds, even as news copy prints it
   * (`phrase.ts`): the question with the quote marks left out, once, and its total when it finds any.
   */
  async withoutQuoteMarks(query: string, options: SearchOptions): Promise<{ query: string; total: number } | null> {
    const rest = withoutPhraseMarks(query);
    if (!rest || rest === query) return null;
    const { total } = await this.source.search(rest, { ...options, k: 0 });
    return total > 0 ? { query: rest, total } : null;
  }

  /**
   * An empty answer read with the name beside the topic as who spoke ("Qin Gang Blinken meeting"):
   * the reading, with how many exchanges mention the name (the question with it in quotes), when any
   * do and they hold the rest of the question too: "赵立坚 立陶宛" quoted found 3 on Zhao Lijian, none on Lithuania.
   */
  async withNameAsWords(query: string, reading: SpeakerReading, options: SearchOptions): Promise<SpeakerReading> {
    const quoted = withNameQuoted(query, reading.written, reading.from === 'spelling' ? reading.name : undefined);
    const asked = quoted ? await this.source.search(quoted, { ...options, k: 0 }) : null;
    const total = asked && asked.missing.inNoRecord.length === 0 && asked.missing.inNoMatch.length === 0 ? asked.total : 0;
    return quoted && total > 0 ? { ...reading, asWords: { query: quoted, total } } : reading;
  }

  /**
   * An answer in the dates its question named that is empty or misses the words asked: the same
   * topic in every date (the other filters kept), once, and its count and newest date when it finds any.
   */
  async withoutNamedDates(topic: string, applied: SearchFilters, options: SearchOptions): Promise<{ total: number; last: string } | null> {
    const { from: _from, to: _to, ...rest } = applied;
    const { total, last } = await this.source.search(topic, { ...options, k: 0, filters: rest });
    return total > 0 && last ? { total, last } : null;
  }

  /** `MissingWords.koreaAlone`'s counts: the exchanges the question finds with each state's name in the place of "Korea", less those found. */
  async koreasFound(query: string, typed: string, matches: readonly MatchRef[], options: SearchOptions): Promise<{ name: string; total: number }[]> {
    const found = new Set(matches.map((m) => m.id));
    return (await this.eachInPlace(query, typed, KOREAS, options)).map(({ name, response }) => ({ name, total: response.matches.filter((m) => !found.has(m.id)).length }));
  }

  /** The question searched with each of `names` in the place of the word typed ("Korea": "North Korea", "South Korea"), with what each finds. */
  private async eachInPlace(query: string, typed: string, names: readonly string[], options: SearchOptions): Promise<{ name: string; response: SearchResponse }[]> {
    const found: { name: string; response: SearchResponse }[] = [];
    for (const name of names) found.push({ name, response: await this.source.search(replacedWords(query, [[typed, name]]), { ...options, k: 0 }) });
    return found;
  }

  /** `MissingWords.givenNames`: the question with each full name in the given name's place, counted (those finding nothing left out). */
  async givenNamesFound(query: string, text: string, options: SearchOptions): Promise<NonNullable<MissingWords['givenNames']>> {
    const found: { typed: string; names: { name: string; total: number }[] }[] = [];
    for (const { typed, names } of sharedGivenNamesIn(text)) {
      const counted = (await this.eachInPlace(query, typed, names, options)).flatMap(({ name, response }) => (response.total > 0 ? [{ name, total: response.total }] : []));
      if (counted.length > 0) found.push({ typed, names: counted.sort((a, b) => b.total - a.total) });
    }
    return found;
  }
}
