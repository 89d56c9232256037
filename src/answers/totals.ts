import { otherWordsSaid } from '../search/quoted-names.js';
import { impossibleDatesWords } from '../search/impossible-dates.js';
import { pointsBack } from '../search/framing.js';
import { termsOf } from '../search/terms.js';
import { covers, gapWords, type CorpusStretch } from '../search/coverage.js';
import { namedDatesNote } from '../search/month.js';
import { spokespersonMatches } from '../search/filters.js';
import { echoedWithout } from '../search/missing-words.js';
import { namesAPerson } from '../search/speaker.js';
import type { ChineseWordsRead, BriefingsBetween, MissingWords, Overridden, PartName, SaidByOther, SearchFilters, SearchResponse, SpoxSearch, WordsRead } from '../search/types.js';
import { UNKNOWN_SPOKESPERSON } from '../transcripts/unknown-spokesperson.js';
import { filtersWords, unknownNameText } from './filters.js';
import { askedReach, clippedTo, corpusOnlyNote, corpusOnlySearched, englishElsewhereWords, gapsAsked, importedMatchesWords, otherLanguageWords, otherLanguageWordsOver, searchedSpan, spanWords, stretchesWords, unheldYearsWords, unnamedAskersWords } from './span.js';
import { importedPairsWords, LANGUAGE_NAMES, languageWord, questionLanguage } from './held-words.js';
import { servedInWords } from './tenures.js';
import { characterCut, plainLabel } from './text-split.js';
import { capitalized, outletQuestion, plural, recordsCountWords } from './wording.js';
import { doubtedEndsWords, type DoubtedEnds } from './date-doubt.js';
import { wordsCountedText } from './counted-words.js';
import { ministryOfficial, servedWords } from '../transcripts/zh/names.js';
import { listed } from '../util/plural.js';
import { daysBetween, weekdaysBetween } from '../util/iso-date.js';

/**
 * How the matches are ordered, in words; newest (oldest) first, the matches that do not mention the
 * topic, listed after the mentions (`SearchResponse.passing`: they hold its words apart, only some
 * of them, or none), are counted, so the dates of the totals, the mentions', are explained.
 */
function orderWords(response: Pick<SearchResponse, 'sort' | 'latestIntent' | 'earliestIntent' | 'passing'>): string {
  if (response.sort === 'relevance') return 'best match first';
  const order = response.sort === 'oldest'
    ? response.earliestIntent ? 'oldest first (you asked when it was first said)' : 'oldest first'
    : response.latestIntent ? 'latest first (you asked for the latest)' : 'latest first';
  return response.passing > 0 ? `${order}, then ${response.passing} holding your words apart or only some of them` : order;
}

/**
 * `37 exchanges, 2018-12-06 → 2020-06-22; latest first` — how often and since when a topic came up
 * (`6 exchanges; 4 holding your words together, 2019-03-19 → 2019-11-11, oldest first …, then 2 holding
 * your words apart …` when the dates are only of the matches listed first),
 * then the first or last date when only records whose date is doubted give it (`doubtedEndsWords`),
 * how the question was read (`readingNotes`), and how many of the matches fall where the index
 * holds only a research corpus's pairs (`importedMatchesWords`). `escape` makes the name and words safe for the platform.
 */
export function totalsLine(
  response: Pick<SearchResponse, 'total' | 'first' | 'last' | 'sort' | 'latestIntent' | 'earliestIntent' | 'passing' | 'described' | 'ministryWords' | 'missing'> & Notes
    & Partial<Pick<SearchResponse, 'countAsked'>>
    & { doubtedEnds?: DoubtedEnds; statements?: number },
  escape: (text: string) => string = (t) => t,
): string {
  const related = response.related ? ` (${response.related} of them only related: they do not hold your words)` : '';
  // A question asking how many times counts as a timeline does, and says so in its words (`wordsCountedText`).
  const counted = wordsCountedText(response.wordsCounted, escape);
  const [all, apart] = response.wordsCounted?.all ? [counted, ''] : ['', counted];
  const count = `${countedWords(response)}${all}${related}`;
  const dates = response.first && response.last ? (response.first === response.last ? `, ${response.first}` : `, ${response.first} → ${response.last}`) : '';
  // Newest or oldest first, the dates are those of the matches listed before the others (`answerSpan`):
  // said of them, so that a date outside the span among the others counted contradicts nothing (explore39).
  const spanOfSome = response.sort !== 'relevance' && response.passing > 0 && response.passing < response.total && dates !== '';
  const spanned = spanOfSome ? `; ${response.total - response.passing} holding your words together${dates}, ` : `${dates}; `;
  const imported = importedMatchesWords(response.total, response.importedOnly, escape, response.sort === 'oldest');
  const doubted = doubtedEndsWords(response.doubtedEnds);
  // "None holds all of …" says what the missing words' "none of them says … together" would.
  const { apart: _together, ...missing } = response.missing;
  return `${count}${spanned}${orderWords(response)}${doubted ? `; ${doubted}` : ''}${readingNotes(apart ? { ...response, missing } : response, escape)}${apart}${imported ? `; ${imported}` : ''}`;
}

/**
 * `37 exchanges`, `5 exchanges and 1 statement`; of a question asking how many times, the briefings
 * the exchanges are from too (`43 exchanges at 24 briefings`), which "How many briefings discussed
 * the trade war?" asks for.
 */
function countedWords(response: Pick<SearchResponse, 'total' | 'statements' | 'countAsked'>): string {
  const briefings = response.countAsked?.briefings ?? 0;
  if (briefings === 0) return recordsCountWords(response.total, response.statements);
  const statements = response.statements ?? 0;
  const at = `${plural(response.total - statements, 'exchange')} at ${plural(briefings, 'briefing')}`;
  return statements > 0 ? `${at} and ${plural(statements, 'statement')}` : at;
}

/** Days without a briefing at the end of the dates named past which the answer says none is held: a weekend is no gap. */
const DAYS_UNHELD_SAID = 3;

/**
 * `, of which the index holds 3 briefings, 2020-07-01 → 2020-07-03, none after 2020-07-03`: how much of
 * the dates named the index holds (`SearchResponse.namedDatesHeld`), so "July 2020" searched in an index
 * ending on July 3 is not read as the month's answers. '' when none is given.
 */
function namedDatesHeldWords(held: SearchResponse['namedDatesHeld']): string {
  if (!held) return '';
  // The holes inside the span: "2020-01-02 → 2020-10-21" read as the year held to October, where it holds nothing from July 4.
  const holes = held.gaps.length > 0 ? ` (none from ${gapWords(held.gaps)})` : '';
  const span = held.first === held.last ? `of ${held.first}` : `${held.first} → ${held.last}${holes}`;
  const after = daysBetween(held.last, held.to) > DAYS_UNHELD_SAID ? `, none after ${held.last}` : '';
  return `, of which the index holds ${plural(held.briefings, 'briefing')}, ${span}${after}`;
}

/** What the notes may also say: the spokesperson the question named (absent where no search read one). */
type Notes = Partial<Pick<SearchResponse, 'namedDatesHeld' | 'wordsCounted' | 'first' | 'last' | 'newestBriefings' | 'chineseWordsRead' | 'spokespersonNamed' | 'outletsNamed' | 'outletsAmbiguous' | 'monthNamed' | 'speakerReading' | 'wordsRead' | 'related' | 'overridden' | 'withoutDates' | 'importedOnly' | 'everyAnswer' | 'saidByOther' | 'ownAnswers' | 'framingRead' | 'answeredBy' | 'askedBy' | 'chineseHoldsMore' | 'outletAsked' | 'yearsSearched' | 'yearsPartlyHeld' | 'matches' | 'filters'>>;

/**
 * `: 2019 97, 2020 27`: of two years compared ("How often did the spokesperson mention Xinjiang in 2019 compared to
 * 2020?"), how many of the matches are each year's; the answer had given one total of both (hunt-L). '' otherwise.
 */
function yearsCountedWords(response: Notes): string {
  const years = response.yearsSearched;
  if (years?.length !== 2 || !response.matches) return '';
  const counted = years.map((year) => {
    const count = response.matches!.filter((m) => m.date.startsWith(year)).length;
    const partly = response.yearsPartlyHeld?.find((p) => p.year === year);
    return `${year} ${count}${partly ? ` (of its briefings from ${partly.first} to ${partly.last}, all the index holds of ${year})` : ''}`;
  });
  return `: ${counted.join(', ')}`;
}

/** What an answer says of the occasion its question asked (`SearchFilters.occasion`). */
const OCCASION_ASKED: Record<NonNullable<SearchFilters['occasion']>, string> = {
  'written-remarks': 'only the answers given in written remarks',
  'online-briefing': 'only the answers given at the daily online briefings',
};

/** Said of every answer listed for a question that names who spoke and when, and no topic. */
const ALL_OF_THEM = 'all of them: your question names no topic';

/**
 * `; only Zhao Lijian's answers, the spokesperson your question names; also searched for “Jimmy
 * Lai”, a name your words may describe; none of them says “tycoon”`: the spokesperson the question
 * was read as naming the speaker, the listed name it was read as describing (so a reporter sees why
 * exchanges naming it are there) and the words asked the answer does not hold, each after "; ", or
 * '' for none. Said after the totals of an answer and of a timeline alike.
 */
export function readingNotes(
  response: Pick<SearchResponse, 'described' | 'missing' | 'ministryWords'> & Notes, escape: (text: string) => string = (t) => t,
): string {
  // Read from a surname or a misspelling: as what.
  const from = response.speakerReading?.from ? ` as “${escape(response.speakerReading.written)}”` : '';
  const speaker = response.spokespersonNamed ? `; only ${escape(response.spokespersonNamed)}'s answers, the spokesperson your question names${from}` : '';
  const asker = response.outletsNamed ? `; ${askersWords(response.outletsNamed, response.outletsAmbiguous, escape)}` : '';
  const allAsked = response.outletAsked ? `; ${outletAskedWords(response.outletAsked, escape)}` : '';
  const askedBy = response.askedBy ? `; ${askedByWords(response.askedBy, escape)}` : '';
  const month = response.monthNamed ? `; ${namedDatesNote(escape(response.monthNamed))}${yearsCountedWords(response)}${namedDatesHeldWords(response.namedDatesHeld)}` : '';
  const occasion = response.filters?.occasion ? `; ${OCCASION_ASKED[response.filters.occasion]}, as your question asks` : '';
  const read = wordsReadNotes(response.wordsRead, escape).map((n) => `; ${n}`).join('');
  const framing = framingReadWords(response.framingRead, escape).map((n) => `; ${n}`).join('');
  // Asked of no one in particular ("What did the spokesperson say yesterday?"): said as for a spokesperson named.
  const reading = response.everyAnswer && !response.speakerReading
    ? (response.answeredBy?.length ? `${answeredByWords(response.answeredBy, escape)}${newestBriefingsWords(response, escape) || answeredByServedWords(response, escape)}` : ALL_OF_THEM)
    : speakerReadingWords(response.speakerReading, escape);
  const described = response.described ? `; ${describedWords(escape(response.described))}` : '';
  const ministry = response.ministryWords?.length ? `; ${ministryWordsNote(response.ministryWords)}` : '';
  const chineseWordsRead = (response.chineseWordsRead ?? []).map((w) => `; ${chineseWordsReadNote(w, escape)}`).join('');
  // The words another spokesperson's exchange holds are said with who said them, not twice.
  const said = response.saidByOther;
  const missing = missingWordsLine(said && !said.together ? { ...response.missing, inNoMatch: response.missing.inNoMatch.filter((w) => !said.words.includes(w)) } : response.missing, escape);
  const other = said ? `; ${saidByOtherWords(said, escape)}` : '';
  const own = (response.ownAnswers ?? []).map((o) => `; ${ownAnswersWords(o, escape)}`).join('');
  const overrides = overriddenWords(response.overridden, escape).map((n) => `; ${n}`).join('');
  // Matches in the dates named that miss the words asked: where the topic is, in every date.
  const elsewhere = missing && response.withoutDates ? `; ${withoutDatesWords(response.withoutDates).toLowerCase()}` : '';
  const chinese = response.chineseHoldsMore ? `; ${chineseHoldsMoreWords(response.chineseHoldsMore, escape)}` : '';
  return `${speaker}${asker}${allAsked}${askedBy}${month}${occasion}${framing}${read}${reading ? `; ${reading}` : ''}${chineseWordsRead}${described}${ministry}${own}${missing ? `; ${missing}` : ''}${other}${elsewhere}${chinese}${overrides}`;
}

/** Outlets named at most in `askedByWords`; the others are counted. */
const ASKED_BY_NAMED = 6;

/**
 * `asked most by TASS 37, Reuters 30, Bloomberg 28, AFP 25, CCTV 19 and Xinhua News Agency 16, and 44 other outlets;
 * 120 name no outlet (written “Q:”)`: who asked a question's exchanges, of one asking who asked (`SearchResponse.askedBy`).
 */
function askedByWords(askedBy: NonNullable<SearchResponse['askedBy']>, escape: (text: string) => string): string {
  const named = askedBy.outlets.slice(0, ASKED_BY_NAMED).map((o) => `${escape(o.name)} ${o.count}`);
  const others = askedBy.outlets.length > ASKED_BY_NAMED ? `, and ${plural(askedBy.outlets.length - ASKED_BY_NAMED, 'other outlet')}` : '';
  const unnamed = askedBy.unnamed > 0 ? `; ${askedBy.unnamed} name no outlet (written “Q:”)` : '';
  return named.length > 0 ? `asked most by ${listed(named, 'and')}${others}${unnamed}` : `none names who asked (written “Q:”)`;
}

/**
 * `0 questions from Bloomberg on “Galwan”` (`… from Reuters or AFP …`): a count of an outlet's questions on
 * a topic that found none (`SearchResponse.countAsked`), said plainly where the answer would begin "Nothing
 * relevant found for “How many questions did Bloomberg ask about Galwan?”"; null for any other answer.
 */
export function noneAskedWords(counted: SearchResponse['countAsked'], escape: (text: string) => string = (t) => t): string | null {
  if (!counted?.outlets?.length || counted.total > 0 || !counted.topic) return null;
  return `0 questions from ${escape(listed(counted.outlets, 'or'))} on “${escape(counted.topic)}”`;
}

/**
 * `Yonhap asked 5 questions in all: “questions from Yonhap” lists them`, `… in the dates searched: “questions from Yonhap” in those dates lists them`
 * (`SearchResponse.outletAsked`).
 */
function outletAskedWords(asked: NonNullable<SearchResponse['outletAsked']>, escape: (text: string) => string = (t) => t): string {
  const outlet = escape(asked.outlet);
  const [where, within] = asked.dated ? ['in the dates searched', ' in those dates'] : ['in all', ''];
  return `${outlet} asked ${plural(asked.total, 'question')} ${where}: “${escape(outletQuestion(asked.outlet))}”${within} lists ${asked.total === 1 ? 'it' : 'them'}`;
}

/** `the Chinese briefings hold 101 exchanges naming 萨德, 2016-11-16 → 2019-12-05: ask “萨德” for them`. */
function chineseHoldsMoreWords(more: NonNullable<SearchResponse['chineseHoldsMore']>, escape: (text: string) => string = (t) => t): string {
  const span = more.first === more.last ? more.first : `${more.first} → ${more.last}`;
  return `the Chinese briefings hold ${plural(more.total, 'exchange')} naming ${escape(more.names)}, ${span}: ask “${escape(more.query)}” for them`;
}

/**
 * `“2019” read as 2019 or later, or an earlier exchange naming it (for 2019 alone, ask “in 2019”)`:
 * a year kept among the words searched (rule 4 of gate.ts), which a terse "Huawei 2019" may mean alone.
 */
function yearOnwardWords(year: string, chinese = false): string {
  // 2017年全年, not 在2017年: 在2017年的萨德 is read as THAAD's of 2017, talked of in any year (hunt-K #11).
  return `“${year}” read as ${year} or later, or an earlier exchange naming it (for ${year} alone, ask “${chinese ? `${year}年全年` : `in ${year}`}”)`;
}

/**
 * What the answer says of the words its question read as no topic words (`SearchResponse.wordsRead`):
 * `“harsher” read as how the years compare, not searched`; `any exchange that names Japan or South
 * Korea, those naming both first`; `leaving out exchanges that say “protests”`; `leaving out Hua Chunying's answers`;
 * `leaving out the briefings of 2019`.
 */
/**
 * `“before Meng Wanzhou's arrest” searched as words: spox cannot date an event; to search before it,
 * name its date (“before June 2019”)`: a time given by an event (`WordsRead.eventTime`).
 */
function eventTimeWords(typed: string, escape: (text: string) => string): string {
  const word = /^(?:after|in\s+the\s+wake\s+of)\b/i.test(typed) ? 'after' : 'before';
  return `“${escape(typed)}” searched as words: spox cannot date an event; to search ${word} it, name its date (“${word} June 2019”)`;
}

/**
 * `“COVID-19” in quotes as written: not “COVID”, “SARS-CoV-2”, “2019-nCoV”, “novel coronavirus pneumonia” and
 * other words for it, which it finds without the quotes` (`WordsRead.quotedNames`).
 */
function quotedNameWords(name: { typed: string; otherWords: readonly string[] }, escape: (text: string) => string): string {
  const { said, more } = otherWordsSaid(name);
  const words = said.map((w) => `“${escape(w)}”`);
  return `“${escape(name.typed)}” in quotes as written: not ${more ? `${words.join(', ')} and other words for it` : listed(words, 'or')}, which it finds without the quotes`;
}

function wordsReadNotes(read: WordsRead | undefined, escape: (text: string) => string): string[] {
  if (!read) return [];
  const quoted = (words: readonly string[], joint: 'and' | 'or'): string => listed(words.map((w) => `“${escape(w.replace(/^["“”‘’']+|["“”‘’']+$/g, ''))}”`), joint);
  const notes: string[] = [];
  if (read.comparative?.length) notes.push(`${quoted(read.comparative, 'and')} read as how the years compare, not searched`);
  if (read.either) {
    const { names, allFirst } = read.either;
    notes.push(`any exchange that names ${listed(names.map(escape), 'or')}${allFirst ? `, those naming ${names.length === 2 ? 'both' : 'all of them'} first` : ''}`);
  }
  if (read.excluded?.length) notes.push(`leaving out exchanges that say ${quoted(read.excluded, 'or')}`);
  if (read.excludedSpeakers?.length) {
    // "-Hua Chunyin": the name it was read as, said as a slip is.
    const respelled = (read.excludedRespelled ?? []).map((r) => `“${escape(r.typed)}” read as ${escape(r.name)}`);
    notes.push(`leaving out ${listed(read.excludedSpeakers.map((name) => `${escape(name)}'s`), 'and')} answers${respelled.length > 0 ? ` (${listed(respelled, 'and')})` : ''}`);
  }
  if (read.excludedDates?.length) notes.push(`leaving out the briefings of ${listed(read.excludedDates.map(escape), 'and')}`);
  if (read.yearOnward) notes.push(yearOnwardWords(read.yearOnward, read.yearOnwardInChinese));
  if (read.eventTime) notes.push(eventTimeWords(read.eventTime, escape));
  for (const name of read.quotedNames ?? []) notes.push(quotedNameWords(name, escape));
  if (read.unclosedQuote) notes.push(`the quote mark of “${escape(read.unclosedQuote.replace(/^["“]\s*/u, '').slice(0, 60))}” is not closed: its words were searched apart, not as a phrase; close it to search them as one`);
  return notes;
}

/**
 * `“foriegn” read as “foreign”`, `“I'm writing a piece on debt-trap diplomacy” not searched: it says
 * who asks, not what about`, `“And what about” not searched: spox answers each question alone, and
 * keeps no earlier question to carry over`, `“华为” read as “Huawei”, as the English briefings write
 * it: your question is in English` (`inEnglishWords`): how the words the question asks with were read (`SearchResponse.framingRead`).
 */
function framingReadWords(read: SearchResponse['framingRead'], escape: (text: string) => string = (t) => t): string[] {
  if (!read) return [];
  const respelled = read.respelled ?? [];
  const slips = respelled.length > 0
    ? [listed(respelled.map(({ typed, read: word, sideBySide }, i) => `“${escape(typed)}”${i === 0 ? ' read' : ''} as ${sideBySide ? 'the words side by side, as in ' : ''}“${escape(word)}”`), 'and')]
    : [];
  const aside = read.aside ? [`“${escape(plainLabel(read.aside, ASIDE_CHARS))}” not searched: it says who asks, not what about`] : [];
  const story = read.storyDays?.length
    ? [`${listed(read.storyDays.map((day) => `“${escape(day)}”`), 'and')} not read as ${read.storyDays.length === 1 ? 'a date' : 'dates'}: in a news story it dates the story, whose date your text does not give`]
    : [];
  const told = read.toldDays?.length
    ? [`${listed(read.toldDays.map((day) => `“${escape(day)}”`), 'and')} not read as ${read.toldDays.length === 1 ? 'a date' : 'dates'}: it dates what your text tells before its question, not a briefing`]
    : [];
  const notDates = read.notDates?.length ? [impossibleDatesWords(read.notDates, (date) => `“${escape(date)}”`, read.notDateRangeEnds)] : [];
  const again = read.again ? [`“${escape(read.again)}” not searched: spox answers each question alone, and keeps no earlier question to carry over`] : [];
  const dateline = read.dateline ? [`“${escape(read.dateline)}” not searched: a news story's dateline`] : [];
  const paging = read.paging ? [`“${escape(read.paging)}” not searched: ${PAGING_HOW}`] : [];
  const ids = read.exchangeIds?.length
    ? [`${listed(read.exchangeIds.map((id) => `“${escape(id)}”`), 'and')} not searched: an exchange id, which opens that exchange asked alone`]
    : [];
  return [...ids, ...paging, ...again, ...inEnglishWords(read, escape), ...slips, ...aside, ...dateline, ...story, ...told, ...notDates];
}

/**
 * `“一带一路” read as “BRI” or “Belt and Road”, as the English briefings write it: your question is in
 * English`, `“中国” read as the question's framing, not searched: your question is in English, searched
 * in the English briefings`: what the Chinese words of a question in English were read as
 * (`FramingRead.inEnglish`, `FramingRead.framingInChinese`); none when it has none.
 */
function inEnglishWords(read: NonNullable<SearchResponse['framingRead']>, escape: (text: string) => string): string[] {
  const names = read.inEnglish ?? [];
  const framing = read.framingInChinese ?? [];
  if (names.length + framing.length === 0) return [];
  const forms = (first: string, also: readonly string[] = []): string => listed([first, ...also].map((form) => `“${escape(form)}”`), 'or');
  const named = names.length > 0 ? `${listed(names.map(({ typed, read: name, also }, i) => `“${escape(typed)}”${i === 0 ? ' read' : ''} as ${forms(name, also)}`), 'and')}, as the English briefings write it` : '';
  const framed = framing.length > 0 ? `${named ? ', and ' : ''}${listed(framing.map((typed) => `“${escape(typed)}”`), 'and')}${named ? '' : ' read'} as the question's framing, not searched` : '';
  return [`${named}${framed}: your question is in English${named ? '' : ', searched in the English briefings'}`];
}

/** Spokespeople named at most in `answeredByWords`; the others are counted. */
const ANSWERED_BY_NAMED = 6;

/**
 * `given by Geng Shuang 412, Hua Chunying 380 and Lu Kang 290`: who gave the answers listed for a
 * question asking who the spokesperson was (`SearchResponse.answeredBy`), most first, those the
 * transcripts name no one for ("Unknown spokesperson") counted apart.
 */
function answeredByWords(answeredBy: NonNullable<SearchResponse['answeredBy']>, escape: (text: string) => string): string {
  const people = answeredBy.filter((a) => namesAPerson(a.name));
  const unnamed = answeredBy.filter((a) => !namesAPerson(a.name)).reduce((sum, a) => sum + a.count, 0);
  const named = people.slice(0, ANSWERED_BY_NAMED).map((a) => `${escape(a.name)} ${a.count}`);
  const others = people.length > ANSWERED_BY_NAMED ? [plural(people.length - ANSWERED_BY_NAMED, 'other spokesperson', 'other spokespeople')] : [];
  const none = unnamed > 0 ? [`${unnamed} of no spokesperson named`] : [];
  return `given by ${listed([...named, ...others, ...none], 'and')}`;
}

/**
 * `, in the pairs the index holds; by the reviewed list of spokespeople's years, Liu Jianchao
 * (2002-2008) and Qin Gang (…) served in 2005`: said after who gave the answers listed when some of
 * them fall where the index holds only a research corpus's pairs (`SearchResponse.importedOnly`), so
 * that a sample's names are not read as the year's spokespeople; '' otherwise, or when the list
 * names no one for those years.
 */
function answeredByServedWords(response: Notes, escape: (text: string) => string): string {
  if (!response.importedOnly?.matches || !response.first || !response.last) return '';
  const served = servedInWords(Number(response.first.slice(0, 4)), Number(response.last.slice(0, 4)), escape);
  return served ? `, in the pairs the index holds; ${served}` : '';
}

/**
 * `, in the newest briefings the index holds, from 2026-07-18 to its last, of 2026-08-17; by the
 * reviewed list of spokespeople's years, Lin Jian first in 2024 and Guo Jiakun first in 2025`: said
 * after who gave the answers listed for a question asking who the spokesperson is
 * (`SearchResponse.newestBriefings`); '' for any other.
 */
function newestBriefingsWords(response: Notes, escape: (text: string) => string): string {
  const newest = response.newestBriefings;
  if (!newest) return '';
  const people = (response.answeredBy ?? []).filter((a) => namesAPerson(a.name));
  const years = people.flatMap((a) => (servedWords(a.name) ? [`${escape(a.name)} ${servedWords(a.name)}`] : []));
  const served = years.length > 0 ? `; by the reviewed list of spokespeople's years, ${listed(years, 'and')}` : '';
  return `, in the newest briefings the index holds, from ${newest.from} to its last, of ${newest.to}${served}`;
}

/** The most characters of what the reporter says of themselves echoed. */
const ASIDE_CHARS = 80;

/**
 * `only questions Reuters asked, the outlet your question names`, `only questions Reuters or AFP
 * asked, the outlets your question names`, and of a short form that is several outlets in the index
 * (`SearchResponse.outletsAmbiguous`): `(“ABC” is ABC Australia and ABC Spanish Daily Newspaper in
 * the index: name one for its questions alone)`.
 */
function askersWords(outlets: readonly string[], ambiguous: SearchResponse['outletsAmbiguous'], escape: (text: string) => string): string {
  const several = (ambiguous ?? []).map((a) => `“${escape(a.written)}” is ${listed(a.outlets.map(escape), 'and')} in the index`);
  const narrow = several.length > 0 ? ` (${several.join('; ')}: name one for its questions alone)` : '';
  return `only questions ${listed(outlets.map(escape), 'or')} asked, the ${outlets.length > 1 ? 'outlets' : 'outlet'} your question names${narrow}`;
}

/**
 * What the answer says of how the question's spokesperson was read (`SearchResponse.speakerReading`),
 * and how to ask for the other reading, or '': `all of them: your question names no topic`; `for the
 * exchanges that mention “Zhao Lijian” instead, put the name in quotes`; `“Zhao Lijian” searched as
 * words, for the exchanges that mention the name; for Zhao Lijian's own answers, ask “Zhao Lijian on …”`.
 */
function speakerReadingWords(reading: SearchResponse['speakerReading'], escape: (text: string) => string): string {
  if (!reading) return '';
  const written = escape(reading.written);
  // A misspelling in quotes finds nothing: the name it was read as.
  const quotable = reading.from === 'spelling' ? escape(reading.name) : written;
  switch (reading.as) {
    case 'every':
      return reading.unmentioned ? `no exchange in the index mentions “${written}”: all of ${escape(reading.name)}'s answers instead` : ALL_OF_THEM;
    case 'beside':
      return `for the exchanges that mention “${quotable}” instead, put the name in quotes`;
    case 'asked':
      return [reading.from === 'surname' ? `for the exchanges that mention “${written}” instead, put it in quotes` : '', ...besideWords(reading, escape)].filter(Boolean).join('; ');
    case 'unheld':
      return `${unheldWords(reading, escape)}${reading.beside ? `; for the exchanges that mention “${quotable}” instead, put the name in quotes` : ''}`;
    case 'either':
      return [`${eitherWords(reading, escape)}${countsWords(reading, escape)}`, ...besideWords(reading, escape)].join('; ');
    case 'words': {
      const asking = /\p{Script=Han}/u.test(reading.written) ? `${written}谈…` : `${quotable} on …`;
      const read = reading.from === 'spelling' ? ` read as ${escape(reading.name)} and` : '';
      return `“${written}”${read} searched as words, for the exchanges that mention the name; for ${escape(reading.name)}'s own answers, ask “${asking}”`;
    }
  }
}

/** `only Hua Chunying's and Geng Shuang's answers, the spokespeople your question names`: spokespeople joined (`either`). */
function eitherWords(reading: NonNullable<SearchResponse['speakerReading']>, escape: (text: string) => string): string {
  return `only ${listed([reading.name, ...(reading.also ?? [])].map((n) => `${escape(n)}'s`), 'and')} answers, the spokespeople your question names`;
}

/**
 * `: Hua Chunying 36, Mao Ning none (of the 63 briefings the index holds of Mao Ning, 2022-09-13 to
 * 2023-12-29)`: how many of the matches are each one's (`SpeakerReading.counts`), so that one whose
 * answers hold none is said, not left out unseen; '' without counts.
 */
function countsWords(reading: NonNullable<SearchResponse['speakerReading']>, escape: (text: string) => string): string {
  if (!reading.counts?.length) return '';
  return `: ${reading.counts.map(({ name, total, briefings }) => {
    if (total > 0) return `${escape(name)} ${total}`;
    const held = briefings ? ` (of the ${plural(briefings.count, `${briefings.lang === 'zh' ? 'Chinese ' : ''}briefing`)} the index holds of ${escape(name)}, ${briefings.first === briefings.last ? briefings.first : `${briefings.first} to ${briefings.last}`})` : '';
    return `${escape(name)} none${held}`;
  }).join(', ')}`;
}

/** `Liu Weimin (Foreign Ministry spokesperson, first in 2012)`: a spokesperson, with the years served where the reviewed list gives them. */
function spokespersonWho(name: string, escape: (text: string) => string): string {
  const served = servedWords(name);
  return `${escape(name)} (Foreign Ministry spokesperson${served ? `, ${served}` : ''})`;
}

/**
 * What the answer says of the names read beside the speaker (`SpeakerReading.notHeld`, `official`):
 * `the index holds no briefing of Liu Weimin (Foreign Ministry spokesperson), whom your question names
 * too`; `“Wang Yi” searched as words (the Foreign Minister, not a spokesperson), for the exchanges
 * that mention the name`.
 */
function besideWords(reading: NonNullable<SearchResponse['speakerReading']>, escape: (text: string) => string): string[] {
  const notes: string[] = [];
  if (reading.notHeld) {
    const language = reading.notHeld.lang === 'zh' ? 'Chinese ' : '';
    notes.push(`the index holds no ${language}briefing of ${listed(reading.notHeld.names.map((n) => spokespersonWho(n, escape)), 'or')}, whom your question names too`);
  }
  if (reading.official) {
    const office = ministryOfficial(reading.official.name)?.office;
    notes.push(`“${escape(reading.official.written)}” searched as words${office ? ` (the ${office}, not a spokesperson)` : ''}, for the exchanges that mention the name`);
  }
  return notes;
}

/**
 * `none of them is Mao Ning's: the index holds no Chinese briefing of Mao Ning (Foreign Ministry
 * spokesperson, first in 2022), only of Zhao Lijian, Hua Chunying, Geng Shuang and Lu Kang, 2016-11-15 to
 * 2020-07-03; each answer names who gave it`: a spokesperson read as who spoke whom the index holds
 * no answer of in the question's language (`SpeakerReading.held`), so that no one takes the others'
 * words for theirs; with the others joined to them whom it holds none of either (`also`: "Liu Weimin
 * and Lin Jian on Taiwan"), theirs too. The years served come from the reviewed list (`zh/names.ts`), where known.
 */
function unheldWords(reading: NonNullable<SearchResponse['speakerReading']>, escape: (text: string) => string): string {
  const names = [reading.name, ...(reading.also ?? [])];
  const whose = listed(names.map((n) => `${escape(n)}'s`), 'or');
  const who = listed(names.map((n) => spokespersonWho(n, escape)), 'or');
  const held = reading.held;
  if (!held) return `none of them is ${whose}: the index holds no briefing of ${who}`;
  const language = held.lang === 'zh' ? 'Chinese ' : '';
  const others = held.count > held.spokespeople.length ? [...held.spokespeople, plural(held.count - held.spokespeople.length, 'other')] : held.spokespeople;
  const span = held.from && held.to ? `, ${held.from} to ${held.to}` : '';
  return `none of them is ${whose}: the index holds no ${language}briefing of ${who}, only of ${listed(others.map(escape), 'and')}${span}; each answer names who gave it`;
}

/**
 * ` Lin Jian (Foreign Ministry spokesperson, first in 2024) gave 1 of the briefings searched, of 2026-08-17.
 * Without the spokesperson: 312 exchanges, the newest of 2026-08-17.`: an empty answer of the
 * spokesperson the question names (`SearchResponse.withoutSpeaker`); `dates` false where the answer
 * already said which briefings they gave.
 */
function withoutSpeakerText(
  { withoutSpeaker: w, saidByOther }: Partial<Pick<SearchResponse, 'withoutSpeaker' | 'saidByOther'>>, escape: (text: string) => string, dates = true,
): string {
  if (!w) return '';
  const served = servedWords(w.name);
  const span = w.first && w.last ? (w.first === w.last ? `, of ${w.first}` : `, from ${w.first} to ${w.last}`) : '';
  const gave = dates && w.briefings > 0 ? ` ${escape(w.name)}${served ? ` (Foreign Ministry spokesperson, ${served})` : ''} gave ${plural(w.briefings, 'briefing')} of those the index holds${span}.` : '';
  const who = saidByOther ? `; ${otherExchangeWords(saidByOther, escape)} holds every word you asked` : '';
  const others = w.others ? ` Without the spokesperson: ${plural(w.others.total, 'exchange')}, the newest of ${w.others.last}${who}.` : '';
  return `${gave}${others}`;
}

/**
 * `Zhao Lijian's answers don't say “army”; Geng Shuang's 2020-03-13#5 holds every word`: the words
 * asked that the answers of the one spokesperson searched miss, and the other spokesperson's exchange
 * that holds them (`SearchResponse.saidByOther`), so that a misattributed quote shows who said it.
 * Said after the totals on every platform; an empty answer says the second half (`withoutSpeakerText`).
 */
function saidByOtherWords(said: SaidByOther, escape: (text: string) => string = (t) => t): string {
  const answers = `${escape(said.named)}'s answers`;
  const other = otherExchangeWords(said, escape);
  if (said.together) return `none of ${answers} holds every word you asked; ${other} does`;
  const holds = said.every ? 'holds every word' : `holds ${said.words.length > 1 ? 'them' : 'it'}`;
  return `${answers} don't say ${quotedWords(said.words, escape)}; ${other} ${holds}`;
}

/**
 * `1 of them is Geng Shuang's own answer`; `Guo Jiakun's own answers first (1 of them): your question
 * names who spoke`: a spokesperson the question writes as words whose own answers are among the matches
 * (`SearchResponse.ownAnswers`), said in place of their name as a missing word.
 */
function ownAnswersWords(own: NonNullable<SearchResponse['ownAnswers']>[number], escape: (text: string) => string): string {
  const name = escape(own.name);
  if (own.first) return `${name}'s own answers first (${own.count} of them): your question names who spoke`;
  return own.count === 1 ? `1 of them is ${name}'s own answer` : `${own.count} of them are ${name}'s own answers`;
}

/** `Geng Shuang's 2020-03-13#5`; `pc-2002-12-03#1 (speaker not recorded)`. */
function otherExchangeWords({ by }: SaidByOther, escape: (text: string) => string): string {
  return by.spokesperson === UNKNOWN_SPOKESPERSON ? `${by.id} (speaker not recorded)` : `${escape(by.spokesperson)}'s ${by.id}`;
}

/**
 * ` Read “Qin Gang” as the spokesperson who answered; “"Qin Gang" Blinken meeting”, with the name in
 * quotes, finds 3 exchanges that mention it.`: an empty answer read with the name beside the topic as
 * who spoke (`SpeakerReading.asWords`), or ''.
 */
function asWordsText(reading: SearchResponse['speakerReading'], escape: (text: string) => string): string {
  if (!reading?.asWords) return '';
  const { query, total } = reading.asWords;
  return ` Read “${escape(reading.written)}”${reading.from ? ` (${escape(reading.name)})` : ''} as the spokesperson who answered; “${escape(plainLabel(query, WITHOUT_CHARS))}”, with the name in quotes, finds ${plural(total, 'exchange')} that mention it.`;
}

/** `Without those dates: 138 exchanges, the newest of 2022-06-06`: what the topic holds outside the dates named. */
function withoutDatesWords(w: NonNullable<SearchResponse['withoutDates']>): string {
  return `Without those dates: ${plural(w.total, 'exchange')}, the newest of ${w.last}`;
}

/**
 * `only Geng Shuang's answers, as the spokesperson option asks, not Hua Chunying's, whom your
 * question names`, `the dates you gave (from 2020-01-01), not March 2019, which your question
 * names`: what the question asked that an option overrode (`SearchResponse.overridden`).
 */
function overriddenWords(overridden: Overridden | undefined, escape: (text: string) => string = (t) => t): string[] {
  const notes: string[] = [];
  const { spokesperson, dates, outlet, sort } = overridden ?? {};
  if (spokesperson) {
    notes.push(`only ${escape(spokesperson.chosen)}'s answers, as the spokesperson option asks, not ${escape(spokesperson.named)}'s, whom your question names`);
  }
  if (outlet) {
    notes.push(`only questions ${escape(outlet.chosen)} asked, as the outlet option asks, not ${escape(outlet.named)}, whom your question names`);
  }
  if (dates) {
    notes.push(`the dates you gave (${filtersWords({ from: dates.from, to: dates.to }).replace(' · ', ' ')}), not ${escape(dates.named)}, which your question names`);
  }
  if (sort) notes.push(`in the order the option gives, not ${sort.asked === 'oldest' ? 'the first time first' : 'the latest first'}, as your question asks`);
  return notes;
}

/** The most words named in each part of `missingWordsLine`, and the most characters of each. */
const WORDS_NAMED = 3;
const WORD_CHARS = 30;

/**
 * `no exchange in the index says “Beirut”; none of them says “port” or “explosion”`: the user's
 * words the answer does not hold (`SearchResponse.missing`), and `did you mean “coronavirus”?` for
 * words typed apart that the transcripts write as one; or '' when it holds them all. A
 * never-discussed event asked in words the transcripts use is answered with its neighbours; this
 * says so where the ranking cannot.
 */
export function missingWordsLine(missing: MissingWords, escape: (userText: string) => string = (t) => t): string {
  const quoted = (list: readonly string[]): string => quotedWords(list, escape);
  const parts: string[] = [];
  if (missing.ministryForms?.length) parts.push(`searched ${listed(missing.ministryForms.map((f) => `“${escape(f.typed)}” as “${escape(f.ministry)}”`), 'and')}, as the Ministry writes ${missing.ministryForms.length > 1 ? 'them' : 'it'}`);
  for (const { typed, also } of missing.otherForms ?? []) parts.push(`also searched for ${listed(also.map((f) => `“${escape(f)}”`), 'and')}, which the Chinese pages write for “${escape(typed)}” too`);
  // A slip of a word no exchange says is suggested beside it; words typed apart that the transcripts write as one, apart.
  const unknown = new Set(missing.inNoRecord);
  const [slips, asOne] = partition(missing.didYouMean?.words ?? [], (w) => w.typed.split(/\s+/).some((word) => unknown.has(word)));
  if (missing.inNoRecord.length > 0) {
    const suggestion = slips.length > 0 ? didYouMeanText({ ...missing.didYouMean!, words: slips }, escape) : null;
    parts.push(`${noExchangeSays(missing)} ${quoted(missing.inNoRecord)}${suggestion ? ` (${suggestion})` : ''}${heldInChinese(missing, escape)}`);
  }
  const named = (missing.partNames ?? []).map((n) => partNameWords(n, escape));
  // "Inner Mongolia" said whole says what "“Inner” and “Mongolia” together" would.
  const nameWords = new Set((missing.partNames ?? []).flatMap((n) => n.name.toLowerCase().split(/[\s‐‑-]+/)));
  const apart = missing.apart?.every((w) => nameWords.has(w.toLowerCase())) ? undefined : missing.apart;
  const together = apart ? `${quotedWords(apart, escape, 'and')} together` : '';
  if (missing.inNoMatch.length > 0) parts.push(`none of them says ${quoted(missing.inNoMatch)}${together ? `, nor ${together}` : ''}`);
  else if (together) parts.push(`none of them says ${together}`);
  // Of the words the matches hold, those only a few hold: the count is not of them (explore38 M4).
  const few = (missing.few ?? []).filter((f) => !nameWords.has(f.word.toLowerCase()));
  if (few.length > 0) {
    const [first, ...more] = few;
    const others = more.map((f) => `, ${f.matches} ${quoted([f.word])}`).join('');
    parts.push(`only ${first!.matches} of them ${first!.matches === 1 ? 'says' : 'say'} ${quoted([first!.word])}${others}`);
  }
  parts.push(...named);
  for (const given of missing.givenNames ?? []) parts.push(givenNameWords(given, escape));
  for (const given of missing.othersGivenNames ?? []) parts.push(othersGivenNameWords(given, escape));
  if (missing.koreaAlone) parts.push(koreaAloneWords(missing.koreaAlone, true, escape));
  if (asOne.length > 0) parts.push(didYouMeanText({ ...missing.didYouMean!, words: asOne, total: slips.length > 0 ? undefined : missing.didYouMean!.total }, escape));
  if (missing.together) parts.push(`${missing.together.matches} ${missing.together.matches === 1 ? 'holds' : 'hold'} all of ${quotedWords(missing.together.words, escape, 'and')}`);
  return parts.join('; ');
}

/**
 * `only 1 of them says “Kim Yo-jong”; the other 69 say only “Kim”`, `none of them says “Kim
 * Jong-il”; they say only “Kim”`, `only 1 of them says “Science Act”; 12 write its words apart, 3 say only “Act”`: a name of several words that the matches hold only in part
 * (`MissingWords.partNames`).
 */
function partNameWords(n: PartName, escape: (userText: string) => string): string {
  const name = quotedWords([n.name], escape);
  // Counted on a share of thousands of matches (`PartName.read`): each count is "about" so many, and
  // none holding the name is none of those read (`only about 1200 of them say “Global Security Initiative”`).
  const about = n.read === undefined ? '' : 'about ';
  const one = (count: number): boolean => count === 1 && !about;
  const whole = n.holding > 0 ? `only ${about}${n.holding} of them ${one(n.holding) ? 'says' : 'say'} ${name}`
    : n.read === undefined ? `none of them says ${name}` : `none of the ${n.read} of them read says ${name}`;
  const apart = n.apart > 0 ? `${about}${n.apart} ${one(n.apart) ? 'writes' : 'write'} its words apart` : '';
  if (n.partly === 0) return `${whole}; ${apart}`;
  const who = about ? `about ${n.partly}` : n.partly < n.others ? `${n.partly}` : n.holding === 0 ? 'they' : `the other ${n.partly}`;
  const say = who === '1' || who === 'the other 1' ? 'says' : 'say';
  return `${whole}; ${apart ? `${apart}, ` : ''}${who} ${say} only ${quotedWords(n.parts, escape)}`;
}

/** `“Mike” is no one name: “Mike Pompeo” finds 184 exchanges, “Mike Pence” 24` (`MissingWords.givenNames`). */
function givenNameWords(given: NonNullable<MissingWords['givenNames']>[number], escape: (userText: string) => string): string {
  const names = given.names.map((n, i) => `“${escape(n.name)}”${i === 0 ? ` finds ${plural(n.total, 'exchange')}` : ` ${n.total}`}`);
  return `“${escape(given.typed)}” is no one name: ${names.join(', ')}`;
}

/**
 * `“Nicolas” was not searched: the index writes it only in “Nicolas Maduro”` (`MissingWords.othersGivenNames`):
 * the given name of someone the index does not name, which alone would have found that person.
 */
function othersGivenNameWords(given: NonNullable<MissingWords['othersGivenNames']>[number], escape: (userText: string) => string): string {
  return `“${escape(given.typed)}” was not searched: the index writes it only in “${escape(given.fullName)}”`;
}

/**
 * `“Korea” alone was read as the Korean Peninsula; “North Korea” finds 3 more exchanges, “South Korea” none`
 * (`MissingWords.koreaAlone`); after an empty answer (`found` false) without "more".
 */
function koreaAloneWords(korea: NonNullable<MissingWords['koreaAlone']>, found: boolean, escape: (userText: string) => string): string {
  const more = found ? ' more' : '';
  // "none more" beside matches: bare, "“South Korea” none" was said of answers that write it (hunt-K #10).
  const finds = korea.more.map((k, i) => `“${k.name}”${i === 0 ? ' finds' : ''} ${k.total === 0 ? `none${more}` : i === 0 ? `${k.total}${more} ${k.total === 1 ? 'exchange' : 'exchanges'}` : `${k.total}${more}`}`);
  return `“${escape(korea.typed)}” alone was read as the Korean Peninsula; ${finds.join(', ')}`;
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

/** `“Anna”`, `“a”, “b” or “c”`, `“a”, “b”, “c” or 2 other words`: the user's words, each cut, escaped. */
function quotedWords(list: readonly string[], escape: (userText: string) => string, conjunction: 'or' | 'and' = 'or'): string {
  const named = list.slice(0, WORDS_NAMED).map((w) => `“${escape(w.length > WORD_CHARS ? `${w.slice(0, characterCut(w, 0, WORD_CHARS - 1))}…` : w)}”`);
  const more = list.length - named.length;
  if (more > 0) return `${named.join(', ')} ${conjunction} ${plural(more, 'other word')}`;
  return listed(named, conjunction);
}

/**
 * `did you mean “Huawei”? It finds 138 exchanges`: the words the transcripts use a slip away from
 * those no exchange says, or for words typed apart (`MissingWords.didYouMean`).
 */
function didYouMeanText(didYouMean: NonNullable<MissingWords['didYouMean']>, escape: (userText: string) => string): string {
  // "Hua wei Huwaei": one word, suggested twice.
  const suggested = [...new Set(didYouMean.words.map((w) => w.suggested))];
  const words = listed(suggested.map((w) => `“${escape(w)}”`), 'and');
  const they = suggested.length > 1 ? 'They find' : 'It finds';
  const { total, without } = didYouMean;
  // Written so, the question finds nothing for its other words no exchange says: what it finds without them.
  if (total === 0 && without) {
    const rest = escape(plainLabel(without.query, WITHOUT_CHARS));
    return `did you mean ${words}? ${they} nothing with ${quotedWords(without.words, escape, 'and')}; without ${without.words.length > 1 ? 'them' : 'it'}, ${plural(without.total, 'exchange')} on “${rest}”`;
  }
  const finds = total === undefined ? '' : ` ${they} ${plural(total, 'exchange')}`;
  return `did you mean ${words}?${finds}`;
}

/**
 * How a word of a Chinese question was read (`SearchResponse.chineseWordsRead`): `“新疆问题” searched as “新疆”
 * (问题, “the … issue”, names the topic)`; `“2019年两会期间” read as the dates of that year's NPC and
 * CPPCC sessions` (the dates are said beside it, `namedDatesNote`); `“两会期间” searched as words: the sessions' dates change with the year; name it for the
 * briefings held during them (“2019年两会期间”)`.
 */
function chineseWordsReadNote({ written, searched, as, heldWhole, apart }: ChineseWordsRead, escape: (text: string) => string): string {
  if (as === 'apart') {
    return `${heldWhole} of them write “${escape(written)}” whole, ${apart} ${apart === 1 ? 'writes' : 'write'} its words apart; put it in quotes for those that write it whole`;
  }
  if (as === 'issue') return `“${escape(written)}” searched as “${escape(searched)}” (问题, “the … issue”, names the topic)`;
  if (as === 'split') return `“${escape(written)}” searched as “${escape(searched)}”: ${heldWhole ? `only ${plural(heldWhole, 'exchange')} ${heldWhole === 1 ? 'writes' : 'write'} it whole` : 'no exchange writes it whole'}`;
  if (as === 'sessions') return `“${escape(written)}” read as the dates of that year's NPC and CPPCC sessions`;
  return `“${escape(written)}” searched as words: the NPC and CPPCC sessions' dates change with the year; name it for the briefings held during them (“2019年${escape(written)}”)`;
}

/** That a listed name the question was read as describing was searched too (`SearchResponse.described`). */
function describedWords(name: string): string {
  return `also searched for “${name}”, a name your words may describe`;
}

/**
 * `also searched for “sanctions”, which the transcripts may say for yours`: words of the reviewed list,
 * never the user's. "may": the user's word can be the transcripts' too ("negotiations" and "talks").
 */
function ministryWordsNote(words: readonly string[]): string {
  return `also searched for ${listed(words.map((w) => `“${w}”`), 'and')}, which the transcripts may say for yours`;
}

/**
 * The "nothing relevant" answer: what was searched, over which dates and with which gaps (those
 * `gapsAsked` names), and how to widen it; the words no exchange in the index says, which may have
 * vetoed the others, with what the others find without them (`SearchResponse.withoutUnknown`), first,
 * right after "Nothing relevant found for …", so that a phone shows them above the coverage; that
 * the briefings searched do not name who asked, when an outlet filter found nothing there; or, when
 * a spokesperson or outlet filter names no one the index holds, that, with the names it holds
 * (`unknownNameText`); or, when the index holds no briefing in the dates searched, that, with the
 * nearest briefing dates, and the dates the question named as read (`SearchResponse.monthNamed`).
 */
export function nothingRelevantText(
  search: Pick<SpoxSearch, 'coverage' | 'spokespeople' | 'outlets' | 'briefingsBetween' | 'languages'>,
  response: Pick<SearchResponse, 'query' | 'filters' | 'tooCommon'> & Partial<Pick<SearchResponse, 'missing' | 'withoutUnknown' | 'withoutQuotes' | 'overridden' | 'monthNamed' | 'withoutDates' | 'searched' | 'speakerReading' | 'withoutSpeaker' | 'saidByOther' | 'followUp' | 'framingRead' | 'wordsRead' | 'otherLanguage' | 'answeredBy' | 'chineseHoldsMore' | 'outletAsked' | 'countAsked' | 'daysSearched'>>,
  escape: (userText: string) => string = (t) => t,
): string {
  const { query, filters, tooCommon } = response;
  // The Chinese briefings' exchanges on the names asked, said in place of how many Chinese briefings the dates hold.
  const chinese = response.chineseHoldsMore ? ` ${capitalized(chineseHoldsMoreWords(response.chineseHoldsMore, escape))}.` : '';
  // When the topic was discussed, only not in those dates: how often, and when last.
  const elsewhere = response.withoutDates ? ` ${withoutDatesWords(response.withoutDates)}.` : '';
  // The dates the question named, as read, beside the dates searched: "2025 (last year): from 2025-01-01 to 2025-12-31".
  const named = response.monthNamed ? `${escape(response.monthNamed)}: ` : '';
  const unknownName = unknownNameText(search, filters, escape);
  if (unknownName) return unknownName;
  // "What did the spokesperson say on 2020-02-30?": no topic, and the date said to be none first.
  const notDates = response.framingRead?.notDates?.length ? `${impossibleDatesWords(response.framingRead.notDates, (date) => `“${escape(date)}”`, response.framingRead.notDateRangeEnds)}. ` : '';
  if (tooCommon.length > 0) return notDates + tooCommonText(query, tooCommon, escape);
  if (response.otherLanguage) return otherLanguageText(query, response.otherLanguage, escape);
  const nothingSearched = termsOf(response.searched ?? '').length === 0;
  // Nothing but such a date ("2020-02-30"): no words to call too common.
  if (response.followUp && notDates && nothingSearched) return `${notDates}${NOTHING_ELSE_ASKED}`;
  // Exchange ids and nothing else to search ("the question after 2019-07-26#7", two ids): how to open one.
  if (response.framingRead?.exchangeIds?.length && nothingSearched) {
    return `“${escape(query)}” names ${response.framingRead.exchangeIds.length === 1 ? 'an exchange by its id' : 'exchanges by their ids'} and no topic: ask one id alone to open that exchange (“${escape(response.framingRead.exchangeIds[0]!)}”).`;
  }
  // Paging alone ("next page", "page 2"): how to page, not that its words are too common (hunt-N #7).
  if (response.followUp && response.framingRead?.paging && nothingSearched) return `“${escape(query)}” names no topic: ${PAGING_HOW}.`;
  if (response.followUp) return pointsBack(response.searched ?? query) ? followUpText(query, escape) : notDates + noTopicWordsText(query, escape);
  const narrowed = escape(filtersWords(filters));
  const span = searchedSpan(search, query, filters);
  const coverage = search.coverage(query);
  const language = languageWord(query);
  if (span.from && span.to && !covers(coverage, span.from, span.to)) {
    // The dates asked lie wholly outside what the index holds (of the query's language), or in one of its gaps.
    const asked = escape(filtersWords({ from: filters.from, to: filters.to }).replace(' · ', ' '));
    const later = englishElsewhereWords(search, query, coverage, askedReach(query, filters));
    // The other language's briefings may hold them: the Chinese pages hold July 2017, the English ones nothing.
    const other = later ? '' : chinese || otherLanguageWords(search, query, filters.from ?? span.from, filters.to ?? span.to, filters.spokesperson);
    const which = other ? `${LANGUAGE_NAMES[questionLanguage(query)]} ` : language;
    const held = `${which}briefings ${spanWords(searchedSpan(search, query, {}))}`;
    return `Nothing found for “${escape(query)}”: the index holds no ${which}briefing in the dates you asked (${named}${asked}); it holds ${held}.${later}${other}${servedText(response, { from: filters.from ?? span.from, to: filters.to ?? span.to }, escape)}${elsewhere} Try other dates.`;
  }
  const between = span.from && span.to ? search.briefingsBetween(span.from, span.to, query) : null;
  if (span.from && span.to && between?.briefings === 0) {
    // A few days between two briefings (a weekend, a recess): no gap of the coverage, yet nothing was searched.
    const nearest = [between.before, between.after].filter((d): d is string => d !== null);
    const near = nearest.length > 0 ? `; the nearest ${nearest.length > 1 ? 'are' : 'is'} of ${nearest.join(' and ')}` : '';
    const other = chinese || otherLanguageWords(search, query, span.from, span.to, filters.spokesperson);
    const which = other ? `${LANGUAGE_NAMES[questionLanguage(query)]} ` : language;
    return `Nothing found for “${escape(query)}”: the index holds no ${which}briefing ${datesAsked(span.from, span.to, named)}${near}.${other}${servedText(response, span, escape)}${elsewhere} Try other dates.`;
  }
  // Briefings were held, but the spokesperson searched gave none of them.
  const absent = span.from && span.to && between
    ? absentSpeakerText(search, filters, between, { from: span.from, to: span.to, named, language, imported: clippedTo(coverage.corpusOnly ?? [], { from: span.from, to: span.to }) }, escape)
    : '';
  if (absent) return `Nothing found for “${escape(query)}”: ${absent}.${elsewhere}${withoutSpeakerText(response, escape, false)} Try other dates, or ask without the spokesperson.`;
  const hint = narrowed ? 'Try widening the dates, dropping a filter, or different wording.' : 'Try different or fewer words.';
  // The dates searched are said once, as the span; the gaps within them, cut to them.
  // A year read as that year or later: the gaps from it on (`WordsRead.yearOnward`).
  const onwardGaps = gapsAsked(search, query, filters, response.wordsRead?.yearOnward);
  const gaps = span.from && span.to ? clippedTo(onwardGaps, { from: span.from, to: span.to }) : onwardGaps;
  const others = escape(filtersWords({ ...filters, from: undefined, to: undefined }));
  // Of dates asked, how many briefings that is: "August 2026" held 3, and "nothing in the briefings from
  // 2026-08-01 to 2026-08-17" read as a month searched whole (hunt-J b).
  const held = between && (filters.from || filters.to) ? `${plural(between.briefings, 'briefing')} held` : '';
  const detail = [held, span.from && span.to ? others : narrowed, gaps.length > 0 ? `none from ${gapWords(gaps)}` : ''].filter(Boolean).join('; ');
  const importedOnly = corpusOnlySearched(search, query, filters);
  // Dates held only as imported pairs may be held whole by the other language's pages (the Chinese
  // pages of September 2017): a question in that language would search them. So may the gaps among the dates:
  // "Brexit in 2017" had counted 163 Chinese briefings, those to 2017-09-27 only, of 2017's 225 (hunt-K b).
  const partial = corpusOnlyNote(importedOnly, escape) + (chinese || (importedOnly.length > 0 ? otherLanguageWordsOver(search, query, [...importedOnly, ...gaps], filters.spokesperson) : ''));
  // The years as read: "last year's Olympics" names 2025 (`withEventYears`).
  const years = unheldYearsWords(search, query, coverage, response.searched ?? query);
  const unknown = unknownWordsText(response, escape) || withoutQuotesText(response.withoutQuotes, escape);
  const unnamed = (filters.outlet || filters.outlets) && between ? unnamedAskersWords(between, filters) : '';
  const askers = (unnamed ? ` ${unnamed}` : '') + (response.outletAsked ? ` ${capitalized(outletAskedWords(response.outletAsked, escape))}.` : '');
  const overrides = overriddenWords(response.overridden, escape).map((n) => ` Searched ${n}.`).join('') +
    framingReadWords(response.framingRead, escape).map((n) => ` ${n}.`).join('') + asWordsText(response.speakerReading, escape) +
    unheldText(response.speakerReading, escape) + besideText(response.speakerReading, escape) + withoutSpeakerText(response, escape) +
    (response.missing?.givenNames ?? []).map((g) => ` ${givenNameWords(g, escape)}.`).join('') +
    (response.missing?.koreaAlone ? ` ${koreaAloneWords(response.missing.koreaAlone, false, escape)}.` : '');
  // How a year kept among the words was read (rule 4), which the gaps named are of.
  const onward = response.wordsRead?.yearOnward ? ` ${yearOnwardWords(response.wordsRead.yearOnward, response.wordsRead.yearOnwardInChinese)}.` : '';
  // A month's day of several years: those days, not the span between them.
  const searchedDays = response.daysSearched && response.monthNamed ? `of ${escape(response.monthNamed)}` : null;
  const searched = `the ${language}briefings ${searchedDays ?? `${spanWords(span)}${detail ? ` (${detail})` : ''}`}.${onward}${years}${partial}`;
  // How many questions an outlet asked on a topic, none: said so first, as the count asked (`countAsked`).
  const head = noneAskedWords(response.countAsked, escape) ?? `Nothing relevant found for “${escape(query)}”`;
  // A question in Chinese of no dates, where the English briefings run further (2026's pages): where to ask instead.
  // "中方对高市早苗讲话的回应" found nothing in the Chinese pages of 2016-2020, and said nothing of the English ones of 2026.
  const inEnglish = !filters.from && !filters.to ? englishElsewhereWords(search, query, coverage, { from: '0000-01-01', to: '9999-12-31' }) : '';
  // The words no exchange says, and what the rest finds, come first: they are why, and the way on.
  if (unknown) return `${head}.${unknown} Looked in ${searched}${askers}${overrides}${inEnglish} ${hint}`;
  return `${head} in ${searched}${askers}${overrides}${elsewhere}${inEnglish} ${hint}`;
}

/**
 * ` By the reviewed list of spokespeople's years, Qin Gang (2005-2010 and 2012-2014) and Hong Lei
 * (2010-2016) served in 2013.`: who served in the dates of a question asking who the spokesperson was
 * (`SearchResponse.answeredBy`), when the index holds no briefing of them in its language (the
 * Chinese pages hold none of 2013), as a sentence of the empty answer (`servedInWords`); '' otherwise.
 */
function servedText(response: Partial<Pick<SearchResponse, 'answeredBy'>>, span: { from?: string | null; to?: string | null }, escape: (text: string) => string): string {
  if (!response.answeredBy || !span.from || !span.to) return '';
  const served = servedInWords(Number(span.from.slice(0, 4)), Number(span.to.slice(0, 4)), escape);
  return served ? ` ${capitalized(served)}.` : '';
}

/** ` None of them is Mao Ning's: …`: the reading of a spokesperson the index holds no answer of, as a sentence of an empty answer; '' otherwise. */
function unheldText(reading: SearchResponse['speakerReading'], escape: (text: string) => string): string {
  if (reading?.as !== 'unheld') return '';
  const words = unheldWords(reading, escape).replace(/^none of them is [^:]*: the index/, 'The index').replace(/; each answer names who gave it$/, '');
  return ` ${words}: the others' answers were searched instead.`;
}

/**
 * ` Searched only Hua Chunying's and Mao Ning's answers, the spokespeople your question names. The
 * index holds no briefing of Liu Weimin (…), whom your question names too.`: the spokespeople joined
 * and the names read beside the speaker, as sentences of an empty answer; '' otherwise.
 */
function besideText(reading: SearchResponse['speakerReading'], escape: (text: string) => string): string {
  if (!reading) return '';
  const either = reading.as === 'either' ? [`Searched ${eitherWords(reading, escape)}`] : [];
  return [...either, ...besideWords(reading, escape)].map((n) => ` ${capitalized(n)}.`).join('');
}

/** Spokespeople named at most where one gave no briefing; the others are counted. */
const PEOPLE_NAMED = 4;
/**
 * Below this share of the working days of the dates asked held as briefings, the index is read as
 * holding too few of them to say that a spokesperson gave none (the Ministry briefs most working days).
 */
const FEWEST_HELD_SHARE = 0.5;

/**
 * `Hua Chunying gave no briefing in the dates you asked (April 2019: from 2019-04-01 to 2019-04-30); the
 * spokespeople then were Geng Shuang and Lu Kang` (`Chinese briefing` for the Chinese records): a
 * spokesperson filter (named or given) that no answer of the briefings searched matches, though
 * briefings were held; '' otherwise. Where the dates are held, in part, only as a research corpus's
 * pairs (`imported`), a sample that may not hold every exchange, neither is said: `none of the
 * exchanges the index holds in the dates you asked (2013: …) is Hua Chunying's; it holds them only
 * as the pairs imported from x.csv, which may not hold every exchange; by the reviewed list of
 * spokespeople's years, Qin Gang (…) and Hong Lei (2010-2016) served in 2013` (`servedInWords`).
 */
function absentSpeakerText(
  search: Pick<SpoxSearch, 'spokespeople'>, filters: SearchFilters, between: BriefingsBetween,
  span: { from: string; to: string; named: string; language: string; imported: readonly CorpusStretch[] },
  escape: (text: string) => string,
): string {
  const wanted = filters.spokesperson;
  const answered = between.spokespeople ?? [];
  if (!wanted || between.briefings === 0 || answered.length === 0 || answered.some((name) => spokespersonMatches(name, wanted))) return '';
  const matching = search.spokespeople().filter((name) => spokespersonMatches(name, wanted));
  if (span.imported.length > 0) {
    // A filter value may match two ("Zhao": Zhao Lijian, Ma Zhaoxu).
    const whose = matching.length === 1 ? `${escape(matching[0]!)}'s` : `the answer of a spokesperson matching “${escape(wanted)}”`;
    const whole = span.imported.length === 1 && span.imported[0]!.from <= span.from && span.imported[0]!.to >= span.to;
    const held = whole ? 'them' : stretchesWords(span.imported);
    const served = servedInWords(Number(span.from.slice(0, 4)), Number(span.to.slice(0, 4)), escape);
    return `none of the exchanges the index holds ${datesAsked(span.from, span.to, span.named, 'in')} is ${whose}; it holds ${held} ${importedPairsWords(span.imported.flatMap((c) => c.files), escape)}${served ? `; ${served}` : ''}`;
  }
  // Those one can name ("Foreign Ministry Spokesperson" is no one), the first few.
  const people = answered.filter(namesAPerson);
  const present = people.length > PEOPLE_NAMED ? [...people.slice(0, PEOPLE_NAMED), plural(people.length - PEOPLE_NAMED, 'other')] : people;
  // Who gave the briefings held: `when` is "then", "of those" or "of that one".
  const spokespeople = (when: string): string => present.length === 0
    ? `${when === 'then' ? 'the briefings then name' : when === 'of that one' ? 'that one names' : 'those name'} no spokesperson`
    : present.length === 1 ? `the spokesperson ${when} was ${escape(present[0]!)}` : `the spokespeople ${when} were ${listed(present.map(escape), 'and')}`;
  const who = matching.length === 1 ? escape(matching[0]!) : `a spokesperson matching “${escape(wanted)}”`;
  // Few of the dates' briefings held (of 2026, three pages of the Ministry's daily briefings) say nothing of who else briefed.
  if (between.briefings < FEWEST_HELD_SHARE * weekdaysBetween(span.from, span.to)) {
    const one = between.briefings === 1;
    const whose = matching.length === 1 ? `${who}'s` : `that of ${who}`;
    const held = one ? `the one ${span.language}briefing the index holds ${datesAsked(span.from, span.to, span.named, 'in')} is not ${whose}`
      : `none of the ${between.briefings} ${span.language}briefings the index holds ${datesAsked(span.from, span.to, span.named, 'in')} is ${whose}`;
    return `${held}; it holds few of the briefings of those dates, so it cannot say whether ${who} briefed then; ${spokespeople(one ? 'of that one' : 'of those')}`;
  }
  const none = matching.length === 1 ? `${who} gave no` : `no spokesperson matching “${escape(wanted)}” gave a`;
  return `${none} ${span.language}briefing ${datesAsked(span.from, span.to, span.named)}; ${spokespeople('then')}`;
}

/**
 * `from 2019-04-01 to 2019-04-30` (`on 2019-04-01`), or beside the dates the question named as read
 * (`named`: "April 2019: "), `in the dates you asked (April 2019: from 2019-04-01 to 2019-04-30)`.
 */
function datesAsked(from: string, to: string, named: string, preposition?: 'in'): string {
  const dates = from === to ? `on ${from}` : `from ${from} to ${to}`;
  if (named) return `in the dates you asked (${named}${dates})`;
  return preposition ? `${from === to ? 'of' : 'in the dates'} ${dates}` : dates;
}

/**
 * `no exchange in the index says`, or, where one language's briefings alone were searched, `no
 * Chinese exchange says` ("华为 ban") and `no English exchange says` ("FTAAP", which Chinese ones say).
 */
function noExchangeSays(missing: MissingWords): string {
  return missing.chinese ? 'no Chinese exchange says' : missing.inChinese ? 'no English exchange says' : 'no exchange in the index says';
}

/**
 * `; 2 Chinese exchanges say it` ("FTAAP"), `; 2 Chinese exchanges say “FTAAP”` (of several words
 * missing), `; Chinese exchanges say “FTAAP” (2) and “NSG” (1)`: the words an English search missed
 * that the Chinese briefings hold, with how many hold each, for a reporter to judge; '' for none.
 */
function heldInChinese(missing: MissingWords, escape: (userText: string) => string): string {
  const words = missing.inChinese ?? [];
  if (words.length === 0) return '';
  if (words.length === 1) {
    const { word, exchanges } = words[0]!;
    const said = missing.inNoRecord.length === 1 ? 'it' : quotedWords([word], escape);
    return `; ${plural(exchanges, 'Chinese exchange')} ${exchanges === 1 ? 'says' : 'say'} ${said}`;
  }
  const each = words.slice(0, WORDS_NAMED).map(({ word, exchanges }) => `${quotedWords([word], escape)} (${exchanges})`);
  const more = words.length - each.length;
  return `; Chinese exchanges say ${more > 0 ? `${each.join(', ')} and ${plural(more, 'other word')}` : listed(each, 'and')}`;
}

/** The most characters of the other words echoed (the question is echoed whole before). */
const WITHOUT_CHARS = 100;

/**
 * ` No exchange in the index says “Anna”. Without it: 301 exchanges on “Hong Kong”.`: the words of
 * an empty answer that no record holds (a word the corpus never uses vetoes a question naming it,
 * rule 3 of gate.ts), and what the other words find without them; when every word is held, ` Did
 * you mean “coronavirus”? It finds 504 exchanges.` for words typed apart that the transcripts write
 * as one, or ''.
 */
function unknownWordsText(
  { missing, withoutUnknown }: Partial<Pick<SearchResponse, 'missing' | 'withoutUnknown'>>, escape: (userText: string) => string,
): string {
  const words = missing?.inNoRecord ?? [];
  const suggestion = missing?.didYouMean && didYouMeanText(missing.didYouMean, escape);
  // Another person's given name left out ("Nicolas Sarkozy") is said beside the words no exchange says: why the rest is not searched alone.
  const sentence = (suggestion ? ` D${suggestion.slice(1)}.` : '') + (missing?.othersGivenNames ?? []).map((g) => ` ${othersGivenNameWords(g, escape)}.`).join('');
  // Words the index holds, typed apart as the transcripts write one ("corona virus"): only the suggestion.
  if (words.length === 0) return sentence;
  const none = ` N${noExchangeSays(missing!).slice(1)} ${quotedWords(words, escape)}${heldInChinese(missing!, escape)}.${sentence}`;
  if (!withoutUnknown) return none;
  const rest = escape(plainLabel(echoedWithout(withoutUnknown.query), WITHOUT_CHARS));
  return `${none} Without ${words.length > 1 ? 'them' : 'it'}: ${plural(withoutUnknown.total, 'exchange')} on “${rest}”.`;
}

/**
 * ` No exchange holds the words in quotes as a phrase. Without the quotes: 12 exchanges on “…”.`: an
 * empty answer to a quoted phrase whose words, unquoted, find some (`SearchResponse.withoutQuotes`); '' otherwise.
 */
function withoutQuotesText(withoutQuotes: SearchResponse['withoutQuotes'], escape: (userText: string) => string): string {
  if (!withoutQuotes) return '';
  const rest = escape(plainLabel(withoutQuotes.query, WITHOUT_CHARS));
  return ` No exchange holds the words in quotes as a phrase. Without the quotes: ${plural(withoutQuotes.total, 'exchange')} on “${rest}”.`;
}

/**
 * `“China” names no topic: “China” is in a quarter or more of all exchanges. …`: the answer to a
 * question whose every word is that common (`SearchResponse.tooCommon`), and how to ask instead.
 */
function tooCommonText(query: string, words: readonly string[], escape: (userText: string) => string = (t) => t): string {
  const list = `${listed(words.map((w) => `“${escape(w)}”`), 'and')} ${words.length > 1 ? 'are' : 'is'}`;
  return `“${escape(query)}” names no topic: ${list} in a quarter or more of all exchanges. ${NAME_A_TOPIC}`;
}

const NAME_A_TOPIC = 'Add what it is about: a name, a place, an event.';
/** How to see more of an answer than its first results, in each front end. */
const PAGING_HOW = 'for more of an answer, ask it again with its page (--page 2 on the command line), or use the buttons under the results in Discord and Slack';
/** After the dates a question named that the calendar lacks, when it asked nothing else. */
const NOTHING_ELSE_ASKED = 'Your question asks nothing else: give a date the calendar has, or what it is about (a name, a place, an event).';

/**
 * `“the the the” names no topic: …`: the answer to a question whose words are all too common to be
 * searched (function words, 中国), and that asks for nothing more (`pointsBack`), so is no follow-up.
 */
function noTopicWordsText(query: string, escape: (userText: string) => string = (t) => t): string {
  return `“${escape(query)}” names no topic: its words are too common in the transcripts to search by. ${NAME_A_TOPIC}`;
}

/**
 * `“position de la Chine sur Hong Kong” seems to be in French: …`: the answer to a question in a language
 * the transcripts are not in (`SearchResponse.otherLanguage`), and how to ask instead.
 */
function otherLanguageText(query: string, language: string, escape: (userText: string) => string = (t) => t): string {
  return `“${escape(query)}” seems to be in ${language}: spox reads questions in English and Chinese only, the languages of the Ministry's transcripts. Ask in English (“What did China say about Hong Kong?”) or Chinese (“中方对香港有何评论？”).`;
}

/**
 * `“And in 2020?” names no topic: …`: the answer to a question that only asks for more of what was
 * said before (`SearchResponse.followUp`), and how to ask instead.
 */
function followUpText(query: string, escape: (userText: string) => string = (t) => t): string {
  return `“${escape(query)}” names no topic: each question is searched on its own, not as a follow-up of one before. ${NAME_A_TOPIC}`;
}
