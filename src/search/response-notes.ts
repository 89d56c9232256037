import { eventTimeIn } from './event-time.js';
import { quotedNamesIn } from './quoted-names.js';
import { sameTableOutlet } from '../transcripts/zh/outlets.js';
import { yearOfRule } from './gate.js';
import { topicOf } from './query.js';
import { monthWithDayWords } from './month.js';
import { askedAgainOf, withoutAboutTheAsker, withoutFraming } from './framing.js';
import { hasCjk } from './cjk.js';
import { stretchesHolding, type Coverage } from './coverage.js';
import { replacedWords } from './missing-words.js';
import type { QuestionRead } from './question-reader.js';
import type { LexicalAnswer } from './lexical-ranking.js';
import type { FramingRead, MatchRef, MissingWords, SearchResponse, WordsRead } from './types.js';
import type { IndexedRecord } from '../store/types.js';

// What a response says beside its matches: of how its question was read, and of the words its matches miss.

/** What a response says of the outlets a question named (`SearchResponse.outletsNamed`, `outletsAmbiguous`). */
export function askersNamed(read: Pick<QuestionRead, 'askers' | 'askersAmbiguous'>): Pick<SearchResponse, 'outletsNamed' | 'outletsAmbiguous'> {
  if (!read.askers) return {};
  return { outletsNamed: read.askers, ...(read.askersAmbiguous ? { outletsAmbiguous: read.askersAmbiguous } : {}) };
}

/** `SearchResponse.askedBy` of a question asking who asked (`QuestionRead.whoAsked`): its exchanges' outlets counted, most first. */
export function askedByCounted(read: Pick<QuestionRead, 'whoAsked'>, matches: readonly MatchRef[], recordOf: (id: string) => Pick<IndexedRecord, 'kind' | 'outlet'> | undefined): Pick<SearchResponse, 'askedBy'> {
  if (!read.whoAsked) return {};
  const counts = new Map<string, number>();
  let unnamed = 0;
  for (const m of matches) {
    const record = recordOf(m.id);
    if (record?.kind !== 'exchange') continue;
    if (record.outlet) counts.set(record.outlet, (counts.get(record.outlet) ?? 0) + 1);
    else unnamed++;
  }
  const byCount = [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  // One outlet under the names the pages give it ("CNR" and "China National Radio", "TASS" and "ITAR-TASS") is counted once, under
  // the name most of its questions give, the others said beside it: split, CNR's 12 on COVID-19 had been "CNR 9" and "China National Radio 3" (hunt-G #3).
  const outlets: { name: string; count: number; also?: string[] }[] = [];
  for (const { name, count } of byCount) {
    const same = outlets.find((o) => sameTableOutlet(o.name, name) === true);
    if (!same) outlets.push({ name, count });
    else Object.assign(same, { count: same.count + count, also: [...(same.also ?? []), name] });
  }
  outlets.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { askedBy: { outlets, unnamed } };
}

/**
 * A question as an answer echoes its topic, what asking it finds: without what the reporter says of
 * themselves or the lead asking the question before again ("And what about Japan", `askedAgainOf`), and without the framing of asking no one in particular ("What did China say about
 * Liu" is “Liu”: `topicOf`), its slips of the framing read as `read` read them. A spokesperson
 * named, dates and the rest stay: they narrowed what was counted.
 */
export function topicAsked(question: string, read: FramingRead | undefined): string {
  const alone = askedAgainOf(question)?.query ?? question;
  const asked = replacedWords(withoutAboutTheAsker(alone)?.query ?? alone, (read?.respelled ?? []).map(({ typed, read: word }) => [typed, word]));
  return topicOf(withoutFraming(asked));
}

/**
 * A Chinese search's missing words, said to be of the Chinese briefings where one is written in
 * Latin letters ("华为 ban"): the English ones may hold it (211 say "ban"). Chinese words no
 * English exchange holds either are said of the index, as before.
 */
export function saidOfChinese(missing: MissingWords): MissingWords {
  return missing.inNoRecord.some((word) => !hasCjk(word)) ? { ...missing, chinese: true } : missing;
}

/**
 * What a Chinese answer of several words says of the matches that hold them all (`MissingWords`): how
 * many do, when some but not all do; that none does, when each word is held by some match.
 */
export function withEveryWord(missing: MissingWords, everyWord: LexicalAnswer['everyWord'], matches: readonly MatchRef[]): MissingWords {
  if (!everyWord || matches.length === 0) return missing;
  const all = matches.filter((m) => everyWord.ids.has(m.id)).length;
  if (all === matches.length) return missing;
  if (all > 0) return { ...missing, together: { words: everyWord.words, matches: all } };
  return missing.inNoRecord.length === 0 && missing.inNoMatch.length === 0 ? { ...missing, apart: everyWord.words } : missing;
}

/** What the answer says of the words a question read as no topic words (`SearchResponse.wordsRead`), or nothing. */
export function wordsRead(read: Pick<QuestionRead, 'excluded' | 'comparative' | 'either' | 'searched' | 'lang'>, either: boolean, allFirst: boolean): Pick<SearchResponse, 'wordsRead'> {
  // A year the question's words keep (`yearRule`) answers from that year on: said, so "Huawei 2019" is not taken for 2019 alone.
  const year = yearOfRule(read.searched);
  const eventTime = eventTimeIn(read.searched);
  const quotedNames = quotedNamesIn(read.searched);
  const unclosed = unclosedQuoteIn(read.searched);
  const said: WordsRead = {
    ...(eventTime ? { eventTime } : {}),
    ...(unclosed ? { unclosedQuote: unclosed } : {}),
    ...(quotedNames.length > 0 ? { quotedNames } : {}),
    ...(year !== null ? { yearOnward: String(year), ...(read.lang === 'zh' ? { yearOnwardInChinese: true as const } : {}) } : {}),
    ...(read.excluded?.excluded.length ? { excluded: read.excluded.excluded } : {}),
    ...(read.excluded?.dates.length ? { excludedDates: read.excluded.dates.map((d) => d.words) } : {}),
    ...(read.excluded?.speakers?.length ? { excludedSpeakers: read.excluded.speakers } : {}),
    ...(read.excluded?.respelled?.length ? { excludedRespelled: read.excluded.respelled } : {}),
    ...(read.comparative?.length ? { comparative: read.comparative } : {}),
    // Those naming all first only where a list is best match first (a count lists none).
    ...(either && read.either ? { either: { names: read.either, allFirst } } : {}),
  };
  return Object.keys(said).length > 0 ? { wordsRead: said } : {};
}

/**
 * The words from a quote mark the question opens and never closes, or null: a straight double quote left
 * alone, or a curly one opened and not closed. Its words are searched apart (575 exchanges for
 * `"national security law`, 12 with the quote closed), and the answer says so.
 */
function unclosedQuoteIn(searched: string): string | null {
  const straight = [...searched.matchAll(/"/g)];
  if (straight.length % 2 === 1) return searched.slice(straight.at(-1)!.index).trim();
  const opened = searched.lastIndexOf('“');
  return opened >= 0 && searched.indexOf('”', opened) < 0 ? searched.slice(opened).trim() : null;
}

/**
 * The dates the question named, as the answer says them (`SearchResponse.monthNamed`): a month named
 * with a day says whether that day's answers come first (`monthWithDayWords`); with no match at all,
 * the month alone (the empty answer says what the dates hold), and so for a count, which lists none.
 */
export function monthNamedWords(read: Pick<QuestionRead, 'month' | 'day'>, matches: readonly MatchRef[], listed: boolean): string | null {
  // A count (a timeline's, k 0) lists nothing first.
  if (!read.month || !read.day || matches.length === 0 || !listed) return read.month;
  // The day's answers come first among those holding the words (`dayFirst`); answers of it holding only some of them follow those.
  const ofDay = matches.filter((m) => m.date === read.day).length;
  return monthWithDayWords(read.month, read.day, matches[0]!.date === read.day ? 'first' : ofDay);
}

/** `importedOnly` of a response whose matches are these, in records of a language whose span is `span` (`SearchResponse.importedOnly`). */
export function importedOnly(matches: readonly MatchRef[], span: Coverage): Pick<SearchResponse, 'importedOnly'> {
  const stretches = span.corpusOnly;
  const held = stretches ? stretchesHolding(stretches, matches.map((m) => m.date)) : null;
  return held ? { importedOnly: { matches: held.count, stretches: held.stretches } } : {};
}
