import './load-env.js';
import { citation, corpusWords, otherVersionsWords } from '../answers/citation.js';
import { unheldRecordText } from '../answers/button-refs.js';
import { exchangeIdIn } from '../answers/quote-ref.js';
import { followedOf, followedQuestion, isEditorsNote, isReportedAnswer, questionAsked, questionHeading, raisedAfterConference } from '../answers/question-heading.js';
import { filtersReadWords, outletsMatched, spokespeopleMatched, unknownNameText } from '../answers/filters.js';
import { occasionPhrase } from '../answers/occasion.js';
import { capitalized, languageWords, plural, speakerShown, statementKind } from '../answers/wording.js';
import { dateDoubtWords, responseDoubtedEnds } from '../answers/date-doubt.js';
import { outsideNote } from '../answers/span.js';
import { tenureAnswered, tenureWords } from '../answers/tenures.js';
import { pairsOnlyWords, sourceEntries } from '../answers/sources.js';
import { nothingRelevantText, totalsLine } from '../answers/totals.js';
import { gapWords, type Coverage, type SourceSummary } from '../search/coverage.js';
import { openSearch } from '../search/open.js';
import { chineseCounterpart, englishCounterpart } from '../search/bilingual.js';
import { checkSearchRequest, type CheckedRequest } from '../search/request.js';
import { NOTHING_TO_SEARCH, questionWords } from '../answers/query-text.js';
import { filterWordsIn, isTypedSort, lookalikeFilter, ownLanguageWords } from '../answers/inline-filters.js';
import type { SaidByOther, SearchFilters, SearchHit, SearchResponse, SpoxSearch } from '../search/types.js';
import type { IndexedRecord } from '../store/types.js';
import { currentGeneration, indexDirFromEnv } from '../store/layout.js';
import { readManifest } from '../store/index-manifest.js';
import { dataDirFromEnv } from '../sync/settings.js';
import { decodeUnicodeText, NotUnicodeTextError } from '../util/unicode-text.js';
import { briefingAsked, linkAlone } from '../answers/briefing-asked.js';
import { listed } from '../util/plural.js';
import { printBriefing } from './briefing-output.js';
import { nameContinued } from './name-continued.js';
import { linkNote } from '../answers/retired-links.js';
import { spokespersonMatches } from '../search/filters.js';
import { SPOKESPEOPLE_ZH } from '../transcripts/zh/names.js';
import { lineShown, queriesFileLines } from './queries-file.js';
import { narrowsSearch, searchedAs, withSearchedNote } from '../answers/searched-as.js';
import { ASKED_OF_ANYONE } from '../search/framing.js';
import { sourceJson } from '../transcripts/json.js';
import { ensureIndex } from './ensure-index.js';
import { loadModelOrWarn } from './model.js';
import { endQuietlyWhenPipeCloses } from './closed-pipe.js';
import { parseCommandArgs } from './options.js';
import { errorLine } from './output.js';
import { printable } from '../util/printable.js';
import { fileSystemReason, FileTooLargeError, NotRegularFileError, readRegularFile } from '../util/regular-file.js';

endQuietlyWhenPipeCloses();

const USAGE = `usage: npm run ask -- "<question>" [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--spokesperson NAME]
                      [--outlet NAME] [--sort relevance|newest|oldest] [--k N] [--page N] [--json]
       npm run ask -- --outlet NAME [other options]   (no question: every answer the options leave, latest first)
       npm run ask -- "<exchange id>" [--json]     (one exchange in full, e.g. 2020-05-22#3)
       npm run ask -- "<date>" [--json]            (that day's briefing, e.g. 2019-10-10 or 10 October 2019; "latest": the newest)
       npm run ask -- --queries-file F [options]   (one question a line, each read as when typed alone; "# " starts a comment)
       npm run ask -- --about`;

/** The most results `--k` may ask for in one answer. */
const MOST_SHOWN = 50;

/** What `--help` says of each option beside the usage. */
const OPTIONS_HELP = `
options:
  --from YYYY-MM-DD, --to YYYY-MM-DD   only briefings from / to that day (either alone, or both)
  --spokesperson NAME                  only that spokesperson's answers (the start of a word is enough: "Hua")
  --outlet NAME                        only questions that outlet asked (the start of a word is enough: "Reut")
  --sort relevance|newest|oldest       the order of the results (default relevance; a question asking
                                       for the latest or the first sorts itself)
  --k N                                results shown, 1 to ${MOST_SHOWN} (default 5); the count said is of all matches
  --page N                             the Nth page of --k results (default 1): --page 2 --k 50 shows 51-100
  --json                               one JSON object (the fields are the README's "ask --json")
  --queries-file F                     every line of F a question, each a JSON line
  --about                              the index: sources, span, gaps, the last sync`;

/** The options that narrow or shape a search, which an exchange id or a briefing opened whole has no use for. */
const SEARCH_OPTIONS = ['from', 'to', 'spokesperson', 'outlet', 'sort', 'k', 'page'];

/** `ask: --spokesperson and --k do not apply to …: not used`, of those `typed` among `options`; nothing when none is. */
function optionsIgnored(typed: ReadonlySet<string>, options: readonly string[], what: string): void {
  const ignored = options.filter((name) => typed.has(name)).map((name) => `--${name}`);
  if (ignored.length > 0) errorLine(`ask: ${listed(ignored, 'and')} ${ignored.length > 1 ? 'do' : 'does'} not apply to ${what}: not used`);
}

/**
 * The stable `ask --json` object (documented in the README). With the index to look in, an
 * English result carries its Chinese original as `zh` when one is aligned.
 */
export function responseToJson(response: SearchResponse, coverage: Coverage, search?: Pick<SpoxSearch, 'record' | 'englishOf' | 'coverage' | 'spokespersonSpan' | 'briefingsBetween' | 'briefing'>, first = 0): object {
  return {
    query: response.query,
    mode: response.mode,
    sort: response.sort,
    took_ms: Math.round(response.tookMs * 100) / 100,
    total: response.total,
    ...(response.statements ? { statements: response.statements } : {}),
    related: response.related,
    first: response.first,
    last: response.last,
    ...doubtedEndsJson(response, search),
    passing: response.passing,
    described: response.described,
    ministry_words: response.ministryWords ?? [],
    ...(response.chineseWordsRead ? { chinese_words_read: response.chineseWordsRead } : {}),
    spokesperson_named: response.spokespersonNamed,
    ...(response.outletsNamed?.length === 1 ? { outlet_named: response.outletsNamed[0] } : {}),
    ...(response.outletsNamed ? { outlets_named: response.outletsNamed } : {}),
    ...(response.outletsAmbiguous ? { outlets_ambiguous: response.outletsAmbiguous } : {}),
    month_named: response.monthNamed,
    ...(response.namedDatesHeld ? { named_dates_held: response.namedDatesHeld } : {}),
    // Dates the question typed that were not searched, as the text answer says (`framingReadWords`).
    ...(response.framingRead?.notDates?.length ? { not_dates: response.framingRead.notDates } : {}),
    ...(response.framingRead?.notDateRangeEnds?.length ? { not_date_range_ends: response.framingRead.notDateRangeEnds } : {}),
    ...(response.framingRead?.toldDays?.length ? { told_days: response.framingRead.toldDays } : {}),
    ...(response.framingRead?.storyDays?.length ? { story_days: response.framingRead.storyDays } : {}),
    ...(response.speakerReading ? { speaker_reading: speakerReadingJson(response.speakerReading) } : {}),
    ...(response.wordsRead?.excluded ? { excluded: response.wordsRead.excluded } : {}),
    ...(response.wordsRead?.eventTime ? { event_time: response.wordsRead.eventTime } : {}),
    ...(response.wordsRead?.quotedNames ? { quoted_names: response.wordsRead.quotedNames.map(({ typed, otherWords }) => ({ typed, other_words: otherWords })) } : {}),
    ...(response.wordsRead?.unclosedQuote ? { unclosed_quote: response.wordsRead.unclosedQuote } : {}),
    ...(response.wordsRead?.excludedDates ? { excluded_dates: response.wordsRead.excludedDates } : {}),
    ...(response.wordsRead?.excludedSpeakers ? { excluded_speakers: response.wordsRead.excludedSpeakers } : {}),
    ...(response.wordsRead?.excludedRespelled ? { excluded_respelled: response.wordsRead.excludedRespelled } : {}),
    ...(response.wordsRead?.comparative ? { comparative: response.wordsRead.comparative } : {}),
    ...(response.wordsRead?.either ? { either: { names: response.wordsRead.either.names, all_first: response.wordsRead.either.allFirst } } : {}),
    ...(response.wordsRead?.yearOnward ? { year_onward: response.wordsRead.yearOnward } : {}),
    // The filters the search applied: those given, and the dates and speaker the question named.
    filters: {
      from: response.filters.from ?? null,
      to: response.filters.to ?? null,
      spokesperson: response.filters.spokesperson ?? null,
      outlet: response.filters.outlet ?? null,
      ...(response.filters.outlets ? { outlets: response.filters.outlets } : {}),
      ...(response.filters.occasion ? { occasion: response.filters.occasion } : {}),
    },
    missing: {
      in_no_record: response.missing.inNoRecord, in_no_match: response.missing.inNoMatch,
      ...(response.missing.apart ? { apart: response.missing.apart } : {}),
      ...(response.missing.few ? { few: response.missing.few } : {}),
      ...(response.missing.partNames ? { part_names: response.missing.partNames } : {}),
      ...(response.missing.givenNames ? { given_names: response.missing.givenNames } : {}),
      ...(response.missing.othersGivenNames ? { others_given_names: response.missing.othersGivenNames.map(({ typed, fullName }) => ({ typed, full_name: fullName })) } : {}),
      ...(response.missing.koreaAlone ? { korea_alone: response.missing.koreaAlone } : {}),
      ...(response.missing.didYouMean ? { did_you_mean: response.missing.didYouMean } : {}),
      ...(response.missing.otherForms ? { other_forms: response.missing.otherForms } : {}),
      // Two arrays in the same order, as --json has always given them.
      ...(response.missing.inChinese ? { in_chinese: response.missing.inChinese.map((w) => w.word), in_chinese_exchanges: response.missing.inChinese.map((w) => w.exchanges) } : {}),
    },
    too_common: response.tooCommon,
    ...(response.followUp ? { follow_up: true } : {}),
    ...(response.otherLanguage ? { other_language: response.otherLanguage } : {}),
    ...(response.everyAnswer ? { every_answer: true } : {}),
    ...(response.withoutUnknown ? { without_unknown: response.withoutUnknown } : {}),
    ...(response.withoutQuotes ? { without_quotes: response.withoutQuotes } : {}),
    ...(response.withoutDates ? { without_dates: response.withoutDates } : {}),
    ...(response.chineseHoldsMore ? { chinese_holds_more: response.chineseHoldsMore } : {}),
    ...(response.outletAsked ? { outlet_asked: response.outletAsked } : {}),
    ...(response.countAsked ? { count_asked: response.countAsked } : {}),
    ...(response.askedBy ? { asked_by: response.askedBy } : {}),
    ...(response.withoutSpeaker ? { without_speaker: response.withoutSpeaker } : {}),
    ...(response.saidByOther ? { said_by_other: saidByOtherJson(response.saidByOther) } : {}),
    ...(response.ownAnswers ? { own_answers: response.ownAnswers } : {}),
    ...(response.importedOnly ? { imported_only: response.importedOnly } : {}),
    ...(response.wordsCounted ? { words_counted: response.wordsCounted } : {}),
    ...(response.overridden ? { overridden: response.overridden } : {}),
    ...tenureJson(response, search),
    results: response.hits.map((h, i) => recordJson(h.record, search, { ...h, rank: first + i + 1 })),
    coverage,
  };
}

/**
 * `tenure`, for a question of when a spokesperson began or left the post (`tenureAnswered`): whom and
 * which end it asks of, the first and last answer of theirs the index holds over all its sources
 * (`held`, null when none), and the note the text answer gives above the answers (`tenureWords`).
 */
function tenureJson(response: SearchResponse, search: Pick<SpoxSearch, 'coverage' | 'spokespersonSpan' | 'briefingsBetween' | 'briefing' | 'record'> | undefined): object {
  const tenure = search ? tenureAnswered(response.query, response) : null;
  if (!search || !tenure) return {};
  const note = tenureWords(search, response.query, tenure, response, response.filters);
  return { tenure: { name: tenure.name, asks: tenure.asks, held: search.spokespersonSpan(tenure.name), note } };
}

/**
 * `doubted_ends: {"first":{"date","next"}}` (and/or `last`): an end of the span that only records whose
 * date the sheet contradicts give, and the end the others give (`responseDoubtedEnds`); absent when none.
 */
function doubtedEndsJson(response: SearchResponse, search: Pick<SpoxSearch, 'record'> | undefined): object {
  const ends = search ? responseDoubtedEnds(response, (id) => search.record(id)) : undefined;
  return ends ? { doubted_ends: ends } : {};
}

/** `SearchResponse.saidByOther` as `--json` gives it: `{"named","words","together"?,"every","by":{"spokesperson","id","date"}}`. */
function saidByOtherJson(said: SaidByOther): object {
  return { named: said.named, words: said.words, ...(said.together ? { together: true } : {}), every: said.every, by: said.by };
}

/** A record as `--json` gives it (a result with its quote and score, in the documented order), with its counterpart in the other language in full. */
/** `other_versions`: the briefing's other transcripts in its language, as the card and the Cite name them. */
function otherVersionsJson(versions: SearchHit['otherVersions']): object {
  return versions?.length ? { other_versions: versions.map((v) => ({ key: v.key, url: v.url })) } : {};
}

/**
 * `followup`, present on a follow-up: the exchange it follows, `{"id","outlet","question"}`, as the
 * cards show it above the question (`followedQuestion`); outlet and question null when the index does not hold it.
 */
function followupJson(record: IndexedRecord, search: Pick<SpoxSearch, 'record'> | undefined): object {
  if (!record.followup) return {};
  const followed = followedQuestion(search?.record(record.followup));
  return { followup: { id: record.followup, outlet: followed?.outlet ?? null, question: followed?.question ?? null } };
}

function recordJson(
  record: IndexedRecord, search: Pick<SpoxSearch, 'record' | 'englishOf'> & Partial<Pick<SpoxSearch, 'otherVersions'>> | undefined, hit?: { quote: string; score: number; rank: number },
): object {
  return {
    id: record.id,
    date: record.date,
    spokesperson: record.spokesperson,
    outlet: record.outlet,
    ...(record.raisedAfter ? { raised_after: true } : {}),
    ...(isReportedAnswer(record) ? { reported_speech: true } : {}),
    ...followupJson(record, search),
    question: record.question,
    answer: record.answer,
    ...(hit ? { quote: hit.quote } : {}),
    url: record.url,
    ...(linkNote(record.url) ? { url_note: linkNote(record.url) } : {}),
    ...(hit ? { rank: hit.rank, score: hit.score } : {}),
    lang: record.lang ?? 'en',
    ...(record.source ? { source: sourceJson(record.source) } : {}),
    ...otherVersionsJson(search?.otherVersions?.(record).otherVersions),
    ...counterpartJson(search, record),
  };
}

/**
 * One exchange in full, as `/quote` shows it in the bots: who, when, who asked, the whole question
 * and answer verbatim, the transcript's link and the briefing's other transcripts, the Chinese
 * original in full when one is aligned, and a citation of the whole answer to paste; or, for an id
 * the index does not hold, why.
 */
/** `line`: a queries file's line (`at`, its `FILE:LINE`) and its question, which the JSON line starts with. */
function printRecord(id: string, search: Pick<SpoxSearch, 'record' | 'englishOf' | 'briefing' | 'otherVersions'>, json: boolean, line?: { at: string; lead: object }): number {
  const record = search.record(id);
  if (!record) {
    const unheld = unheldRecordText(id, id, (key) => search.briefing(key)?.summary, 'the briefing of');
    const problem = unheld ?? `no exchange ${id} in the index. Ids look like 2020-05-22#3, as each result shows in brackets.`;
    errorLine(`ask: ${line ? `${line.at}: ` : ''}${problem}`);
    // A queries file's line gets its output line all the same.
    if (line) console.log(JSON.stringify({ ...line.lead, record: null, error: problem }));
    return 1;
  }
  if (json) {
    console.log(JSON.stringify({ ...line?.lead, ...recordJson(record, search) }));
    return 0;
  }
  const counterpart = chineseCounterpart(search, record) ?? englishCounterpart(search, record);
  for (const r of counterpart ? [record, counterpart] : [record]) {
    console.log(`${r.date} · ${speakerShown(r.spokesperson)} · ${occasionPhrase(r)} · ${askerWords(r)}   [${r.id}]`);
    const followed = followedLine(r, search);
    if (followed) console.log(followed);
    if (r.question) console.log(`${questionMark(r)}: ${questionAsked(r)}`);
    console.log(`A: ${r.answer}`);
    const via = corpusWords(r);
    console.log(`${r.url ?? '(no source URL known)'}${via ? `   (${via})` : ''}`);
    const doubt = dateDoubtWords(r);
    if (doubt) console.log(capitalized(doubt));
    const versions = otherVersionsWords(r, search.otherVersions(r).otherVersions);
    console.log(versions ? `${versions}\n` : '');
  }
  console.log(`Cite:\n${citation(record, [], { format: 'plain', maxChars: Number.MAX_SAFE_INTEGER, ...search.otherVersions(record) })}`);
  return 0;
}

function speakerReadingJson({ name, written, from, as, unmentioned, asWords, also, beside, held, notHeld, official, counts }: NonNullable<SearchResponse['speakerReading']>): object {
  return {
    name, written, ...(from ? { from } : {}), as, ...(unmentioned ? { unmentioned } : {}), ...(asWords ? { as_words: asWords } : {}),
    ...(also ? { also } : {}), ...(beside ? { beside } : {}), ...(held ? { held } : {}),
    ...(notHeld ? { not_held: notHeld } : {}), ...(official ? { official } : {}), ...(counts ? { counts } : {}),
  };
}

/** An English result's Chinese original (`zh`), or a Chinese result's English exchange (`en`), in full. */
function counterpartJson(search: Pick<SpoxSearch, 'record' | 'englishOf'> | undefined, record: SearchResponse['hits'][number]['record']): object {
  const zh = search ? chineseCounterpart(search, record) : undefined;
  if (zh) return { zh: { question: zh.question, answer: zh.answer, url: zh.url, id: zh.id, confidence: record.zh!.confidence } };
  const en = search ? englishCounterpart(search, record) : undefined;
  return en ? { en: { question: en.question, answer: en.answer, url: en.url, id: en.id, confidence: en.zh!.confidence } } : {};
}

/** The options that filter a question, as the bots' filter words do. */
const OPTIONS = '--from, --to, --spokesperson, --outlet, --sort';

/**
 * `lang: is not a filter: there is no language filter, since a question searches …`: a word the bots
 * refuse as a filter spox does not have (`lookalikeFilter`), said so, not as a filter to give as an option.
 */
function lookalikeWords(word: string): string {
  const { meant, language } = lookalikeFilter(word)!;
  const instead = meant ? ` (did you mean ${meant}:? here give it as --${meant === 'by' ? 'spokesperson' : meant})` : language ? `: ${ownLanguageWords((t) => t)}` : '';
  return `${word}: is not a filter${instead}; the filters are options here: ${OPTIONS}; to search for the word itself, put a space after the colon`;
}

/**
 * `Q`; over an answer given after the conference the editor's note's name, and over a question raised
 * after it the bots' cards' heading (`Question raised after the press conference (outlet not named)`).
 */
function questionMark(r: IndexedRecord): string {
  return isEditorsNote(r) || raisedAfterConference(r) ? questionHeading(r) : 'Q';
}

/** Of a question in a list of results, the characters shown: its opening, cut at a word. */
const SHOWN_QUESTION_CHARS = 300;

/** A text's first `max` characters, cut at a word and marked " …" when it is longer. */
function opening(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, '')} …` : text;
}

/**
 * The question a follow-up follows, as the cards show it above the question (`followedQuestion`):
 * `Following up on this question (The Australian) [2020-04-28#15]: Why did you …`, cut to `max`
 * characters; null for another record.
 */
function followedLine(r: IndexedRecord, search: Pick<SpoxSearch, 'record'>, max = Number.MAX_SAFE_INTEGER): string | null {
  const followed = followedQuestion(followedOf(r, search));
  return followed ? `${followed.heading} [${followed.id}]: ${opening(followed.question, max)}` : null;
}

/** `asked by Reuters`, `asked by a journalist`, or the kind of statement. */
function askerWords(r: IndexedRecord): string {
  return r.kind === 'statement' ? statementKind(r) : `asked by ${r.outlet ?? 'a journalist'}`;
}

function printHuman(
  response: SearchResponse, search: Pick<SpoxSearch, 'coverage' | 'spokespeople' | 'outlets' | 'record' | 'englishOf' | 'briefingsBetween' | 'briefingDaysHeld' | 'languages' | 'spokespersonSpan' | 'briefing'>,
  searchedNote: string | null, given: SearchFilters, { first, page }: { first: number; page: number },
): void {
  const { filters } = response;
  if (response.mode === 'lexical') console.log('(keyword search only: the meaning search model is off)\n');
  if (response.hits.length === 0) {
    console.log(nothingRelevantText(search, response));
    return;
  }
  const note = withSearchedNote(searchedNote, outsideNote(search, response.query, filters, response));
  if (note) console.log(`${note}\n`);
  // The options given, as the bots' headings say them: whose answers, which dates, which outlet.
  const options = filtersReadWords(search, given);
  if (options) console.log(`Searched only: ${options}`);
  console.log(`${totalsLine({ ...response, doubtedEnds: responseDoubtedEnds(response, (id) => search.record(id)) })}\n`);
  response.hits.forEach((hit, i) => {
    const r = hit.record;
    console.log(`${first + i + 1}. ${r.date} · ${speakerShown(r.spokesperson)} · ${occasionPhrase(r)} · ${askerWords(r)}   [${r.id}]`);
    const followed = followedLine(r, search, SHOWN_QUESTION_CHARS);
    if (followed) console.log(`   ${followed}`);
    if (r.question) console.log(`   ${questionMark(r)}: ${opening(questionAsked(r)!, SHOWN_QUESTION_CHARS)}`);
    // Indented line by line so an answer's later paragraphs stay under its number; the words are the record's.
    console.log(`   “${hit.quote.replace(/\n+/g, '\n   ')}”`);
    const via = corpusWords(r);
    console.log(`   ${r.url ?? '(no source URL known)'}${via ? `   (${via})` : ''}`);
    const doubt = dateDoubtWords(r);
    if (doubt) console.log(`   ${capitalized(doubt)}`);
    const versions = otherVersionsWords(r, hit.otherVersions);
    if (versions) console.log(`   ${versions}`);
    const zh = chineseCounterpart(search, r);
    if (zh) console.log(`   中文原文 [${zh.id}]: ${zh.url ?? '(no source URL known)'}`);
    const en = englishCounterpart(search, r);
    if (en) console.log(`   English [${en.id}]: ${en.url ?? '(no source URL known)'}`);
    console.log('');
  });
  const last = first + response.hits.length;
  if (first > 0 || last < response.total) console.log(`Results ${first + 1}-${last} of ${response.total}${last < response.total ? `: --page ${page + 1} for the next` : ''}`);
}

/**
 * The results of page `page` of `k` each (`--page`): the search quotes its first `k`; a later page's
 * are its matches there, each quoted as the bots quote a page they turn to (`quoteFor`). Null past the last page.
 */
function pageOfHits(response: SearchResponse, page: number, k: number, search: Pick<SpoxSearch, 'record' | 'quoteFor'>, query: string): { response: SearchResponse; first: number } | null {
  const first = (page - 1) * k;
  if (page === 1) return { response, first };
  if (first >= response.total) return null;
  const hits = response.matches.slice(first, first + k).map((m) => {
    const record = search.record(m.id)!;
    return { record, score: m.score, ...search.quoteFor(record, query) };
  });
  return { response: { ...response, hits }, first };
}

/**
 * A queries file's text: UTF-8, or UTF-16 with its byte-order mark (what some editors save). Other
 * bytes throw, saying so: read as UTF-8 they would be run as garbled questions.
 */
function readQueriesText(bytes: Buffer): string {
  try {
    return decodeUnicodeText(bytes).text;
  } catch (err) {
    if (!(err instanceof NotUnicodeTextError)) throw err;
    throw new Error(`${err.message}: save it as UTF-8 (or UTF-16 with a byte-order mark)`);
  }
}

/** A queries file is a list of questions, not a corpus. */
const MAX_QUERIES_FILE_BYTES = 16 * 1024 * 1024;

/** Why `--queries-file` could not be read, naming it, in one line. */
function queriesFileProblem(file: string, err: unknown): string {
  if (err instanceof NotRegularFileError) return `--queries-file ${file} is ${err.kind}, not a regular file: give a text file of questions, one a line`;
  if (err instanceof FileTooLargeError) return `--queries-file ${file} is over ${MAX_QUERIES_FILE_BYTES / 1024 / 1024} MB; give at most that many queries at once`;
  const reason = err instanceof Error && !('code' in err) ? err.message : fileSystemReason(err, file);
  return `cannot read --queries-file ${file}: ${reason}`;
}

/** The sources of `--about`, one a line, in columns (`sourceEntries`). */
function sourceLines(sources: SourceSummary[]): string[] {
  const count = (briefings: number): string => plural(briefings, 'briefing').replace(/^\d+/, (n) => n.padStart(5));
  return sourceEntries(sources).map((e) => `${e.kind.padEnd(8)} ${count(e.briefings)}, ${e.from} to ${e.to}${e.held ? `, ${e.held}` : ''}`);
}

/** `--about`: the sources, the span and its gaps, the last sync and the listed pages it could not get. */
async function printAbout(search: SpoxSearch, dataDir: string, indexDir: string): Promise<void> {
  const info = search.info();
  const coverage = search.coverage();
  console.log(`${plural(coverage.briefings, 'briefing')}, ${plural(info.exchanges, 'exchange')}, ${plural(info.statements, 'statement')}; ${info.mode} search${info.model ? ` with ${info.model}` : ''}`);
  console.log(coverage.from ? `span: ${coverage.from} to ${coverage.to}` : 'span: none (the index is empty)');
  console.log(coverage.gaps.length ? `gaps (over 30 days without a briefing in either language): ${gapWords(coverage.gaps, Infinity)}` : 'gaps: none');
  const sources = search.sources();
  console.log('sources:');
  for (const line of sourceLines(sources)) console.log(`  ${line}`);
  const remembered = readManifest(currentGeneration(indexDir))?.sources;
  if (remembered) console.log(`remembered sources (every index run reads them again): ${remembered.join(', ') || 'none'}`);
  console.log('languages (a question searches the briefings of its own):');
  for (const language of search.languages()) {
    console.log(`  ${languageWords(language)}${pairsOnlyWords(language, sources)}`);
    console.log(`    gaps: ${language.gaps.length ? gapWords(language.gaps, Infinity) : 'none'}`);
  }
  // Only --about reads the sync's state: a question loads none of its schemas.
  const { notIndexedWords, readSyncStatusOfIndex } = await import('../sync/status.js');
  const status = readSyncStatusOfIndex(dataDir, indexDir);
  const last = status.lastSync;
  const never = status.unreadable ? 'unknown (see below)' : `never (npm run sync fills ${dataDir}/)`;
  console.log(`last sync: ${last ? `${last.at} from ${last.site} (${plural(last.fetched, 'new page')})` : never}`);
  const notIndexed = notIndexedWords(status);
  if (notIndexed) console.log(`not indexed: ${notIndexed}`);
}

const ASK_OPTIONS = {
  from: { type: 'string' }, to: { type: 'string' }, spokesperson: { type: 'string' }, outlet: { type: 'string' },
  k: { type: 'string', default: '5' }, page: { type: 'string', default: '1' }, sort: { type: 'string' }, json: { type: 'boolean', default: false }, 'queries-file': { type: 'string' },
  about: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
} as const;

/**
 * An option of `ask` written inside a question ("Kim Jong Un --from 2019-01-01", a line of
 * `--queries-file`), as typed; null when it holds none. Its words were searched ("2019 or later", "no
 * exchange says “01”": explore38), where the line meant a filter.
 */
function optionInQuestion(question: string): string | null {
  const names = Object.keys(ASK_OPTIONS).map((name) => name.replace(/-/g, '\\-')).join('|');
  return new RegExp(String.raw`(?:^|\s)(--(?:${names}))(?=[\s=]|$)`, 'i').exec(question)?.[1] ?? null;
}

async function main(): Promise<number> {
  const args = parseCommandArgs('ask', USAGE, { allowPositionals: true, options: ASK_OPTIONS, tokens: true });
  if (!args) return 2;
  const { values, positionals } = args;
  // `--spokesperson Geng Shaung` unquoted: the second word is the name's, not the question's; said so.
  const continued = nameContinued(args.tokens, 'spokesperson', [...SPOKESPEOPLE_ZH.values()], spokespersonMatches);
  if (continued) {
    values.spokesperson = continued.value;
    positionals.splice(continued.positional, 1);
    const named = continued.named.length === 1 ? continued.named[0]! : continued.value;
    errorLine(`ask: --spokesperson read as “${continued.value}”: “${continued.word}” continues the name, so it is not searched (quote a name of two words: --spokesperson "${named}")`);
  }
  if (values.help) {
    console.log(`${USAGE}\n${OPTIONS_HELP}`);
    return 0;
  }
  const sort = values.sort;
  if (sort !== undefined && !isTypedSort(sort)) {
    errorLine(`ask: --sort must be relevance, newest or oldest, not "${sort}"`);
    return 2;
  }
  const k = /^\d{1,2}$/.test(values.k) ? Number(values.k) : NaN;
  if (!Number.isInteger(k) || k < 1 || k > MOST_SHOWN) {
    errorLine(`ask: --k must be a whole number from 1 to ${MOST_SHOWN}, not "${values.k}"`);
    return 2;
  }
  const page = /^\d{1,4}$/.test(values.page) ? Number(values.page) : NaN;
  if (!Number.isInteger(page) || page < 1) {
    errorLine(`ask: --page must be a whole number from 1, not "${values.page}"`);
    return 2;
  }
  const request = (question: string): CheckedRequest => {
    const checked = checkSearchRequest({ ...values, question }, (field) => (field === 'question' ? 'the question' : `--${field}`));
    if (!checked.ok) return checked;
    // Read as the bots read it (links, chat markup, a "Re:" prefix left out); the bots' filter words are options here.
    const words = questionWords(checked.query);
    const typed = filterWordsIn(checked.query);
    const option = optionInQuestion(checked.query);
    if (option) {
      return { ok: false, field: 'question', problem: `the question holds the option ${option}, which only the command line gives (to every question of a --queries-file): give it there, or write it in the question's words ("Kim Jong Un since 2019-01-01")`, value: question };
    }
    const lookalike = typed.find((w) => lookalikeFilter(w));
    if (lookalike) return { ok: false, field: 'question', problem: lookalikeWords(lookalike), value: question };
    if (typed.length > 0) {
      const listedWords = [...new Set(typed)].map((w) => `${w}:`).join(', ');
      return { ok: false, field: 'question', problem: `the question holds filter words the bots read (${listedWords}); here give them as options: ${OPTIONS}`, value: question };
    }
    // A transcript's link alone opens that briefing below (`briefingAsked`), where the index holds it.
    if (linkAlone(checked.query) !== null) return checked;
    if (!words) return { ok: false, field: 'question', problem: NOTHING_TO_SEARCH.replace(/^Your question/, 'the question'), value: question };
    return { ...checked, query: words };
  };
  const problem = (checked: CheckedRequest & { ok: false }): string =>
    checked.value !== undefined ? `${checked.problem.replace(/\.$/, '')} (not "${checked.value.slice(0, 40)}").` : checked.problem;

  // The filters first (with a stand-in question), then each question.
  const base = request('stand-in');
  if (!base.ok) {
    errorLine(`ask: ${problem(base)}`);
    return 2;
  }
  // Each question to answer (`line`: its line in a queries file), or a line of the file that is none.
  let queries: ({ query: string; line?: number } | { line: number; skipped: string; text: string })[];
  let rejected = 0;
  if (values.about && (positionals.length > 0 || values['queries-file'] || values.json)) {
    console.error('ask: --about describes the index, in text: give it no question, --queries-file or --json');
    return 2;
  }
  if (values['queries-file'] && positionals.length > 0) {
    errorLine(`ask: give either a question or --queries-file, not both (the question was "${positionals.join(' ').slice(0, 40)}")`);
    return 2;
  }
  if (values['queries-file']) {
    const file = values['queries-file'];
    let text: string;
    try {
      // As `index` reads a transcript: a device (/dev/zero), a FIFO or a folder is refused, not read.
      text = readQueriesText(readRegularFile(file, MAX_QUERIES_FILE_BYTES));
    } catch (err) {
      errorLine(`ask: ${queriesFileProblem(file, err)}`);
      return 2;
    }
    queries = queriesFileLines(text).map((entry) => {
      if (!('question' in entry)) return entry;
      const checked = request(entry.question);
      if (checked.ok) return { query: checked.query, line: entry.line };
      errorLine(`ask: ${file}:${entry.line}: ${checked.problem} (line skipped)`);
      rejected++;
      return { line: entry.line, skipped: checked.problem, text: entry.question };
    });
  } else if (values.about) {
    queries = [];
  } else if (positionals.length > 0) {
    const checked = request(positionals.join(' '));
    if (!checked.ok) {
      errorLine(`ask: ${problem(checked)}`);
      return 2;
    }
    queries = [{ query: checked.query }];
  } else if (narrowsSearch(base.filters)) {
    // Options alone ("--outlet Antara", "--spokesperson Hua --from 2019-05-01"): every answer they leave, as "What was said" beside them asks.
    queries = [{ query: ASKED_OF_ANYONE }];
  } else {
    console.error(`ask: give a question\n${USAGE}`);
    return 2;
  }

  const indexDir = indexDirFromEnv();
  const embedder = await loadModelOrWarn();
  await ensureIndex(indexDir, embedder);
  const dataDir = dataDirFromEnv();
  const search = await openSearch(indexDir, { embedder, log: (line) => console.error(line), dataDir });
  if (values.about) {
    await printAbout(search, dataDir, indexDir);
    return 0;
  }
  // JSON lines for a queries file, one a question; JSON for one question with --json.
  const json = values.json || Boolean(values['queries-file']);
  // JSON lines answer with no results: a filter naming no one the index holds is said beside them, once.
  const noSuchName = unknownNameText(search, base.filters);
  const unknownName = json ? noSuchName : null;
  if (unknownName) errorLine(`ask: ${unknownName}`);
  const narrowed = narrowsSearch(base.filters, sort);
  // The options typed (--k has a default: given or not is read from what was typed).
  const typedOptions = new Set(args.tokens.flatMap((t) => (t.kind === 'option' ? [t.name] : [])));
  // A filter naming no one the index holds is bad input, as an unknown id is: exit 1, whatever the answer says (hunt-F #9).
  let code = rejected > 0 || noSuchName ? 1 : 0;
  // Each question, a line of a queries file too, read as when it is typed alone.
  for (const asking of queries) {
    // A queries file's line that is no question, or was refused: said in its place.
    if ('skipped' in asking) {
      console.log(JSON.stringify({ line: asking.line, query: lineShown(asking.text), skipped: asking.skipped }));
      continue;
    }
    const { query } = asking;
    // A queries file's output line starts with the number of its line, and its question.
    const lead = asking.line === undefined ? {} : { line: asking.line, query };
    // A question refused: said on stderr, and a queries file's line gets its output line all the same, as an
    // unknown id's does, `blank` in place of the answer (hunt-N #3: the lines after it had shifted).
    const refused = (problem: string, blank: object): void => {
      errorLine(`ask: ${asking.line === undefined ? '' : `${values['queries-file']}:${asking.line}: `}${problem}`);
      if (asking.line !== undefined) console.log(JSON.stringify({ ...lead, ...blank, error: problem }));
      code = Math.max(code, 1);
    };
    // An exchange id alone, as each result shows it: that exchange in full.
    const opened = exchangeIdIn(query);
    if (opened) {
      if (asking.line === undefined) optionsIgnored(typedOptions, SEARCH_OPTIONS, `an exchange id (${printable(query)}), which opens that exchange in full`);
      const line = asking.line === undefined ? undefined : { at: `${values['queries-file']}:${asking.line}`, lead };
      code = Math.max(code, printRecord(opened, search, json, line));
      continue;
    }
    // A date alone or the latest ("2019-10-10", "10 October 2019", "latest briefing"), with no option
    // narrowing a search: that briefing, as the bots' /briefing and /latest open it.
    const link = linkAlone(query);
    const briefingWanted = narrowed && link === null ? null : briefingAsked(query, search);
    if (briefingWanted) {
      // A link opens its briefing whatever narrows a search; a date, only with --k beside it.
      if (asking.line === undefined) optionsIgnored(typedOptions, link === null ? ['k', 'page'] : SEARCH_OPTIONS, 'a briefing, which is listed whole');
      code = Math.max(code, printBriefing(briefingWanted, search, json, lead));
      continue;
    }
    if (link !== null) {
      refused(`no briefing in the index has the link ${printable(link)}: a link is no words to search; give the words to look for, or the briefing's date`, { briefing: null });
      continue;
    }
    // A date alone or "latest" beside options that narrow the search: that day's answers in them, or their latest (hunt-F #1, #2).
    const asked = searchedAs(search, query, base.filters, sort);
    const searched = await search.search(asked.query, { filters: base.filters, k, ...(sort ? { sort } : {}) });
    const paged = pageOfHits(searched, page, k, search, asked.query);
    if (!paged) {
      refused(`--page ${page} is past the last page: ${plural(searched.total, 'result')}, ${k} a page (--k), ${plural(Math.ceil(searched.total / k), 'page')}`, { total: searched.total, results: [] });
      continue;
    }
    const { response, first } = paged;
    // Searched as another question (`searchedAs`): what was asked, and why, beside the answer.
    const searchedJson = asked.note ? { searched_as: { asked: query, note: asked.note } } : {};
    // The filter that named no one, in the JSON itself too, where a program reads it (explore40 #5).
    const unknownJson = unknownName ? { unknown_filter: unknownName } : {};
    // Whom a --spokesperson value picked: "Zhao Lijan" searched Zhao Lijian's answers (explore40 #6).
    const matchedJson = {
      ...(base.filters.spokesperson && !unknownName ? { spokesperson_matched: spokespeopleMatched(search, base.filters.spokesperson) } : {}),
      ...(base.filters.outlet && !unknownName ? { outlet_matched: outletsMatched(search, base.filters.outlet) } : {}),
    };
    const pageJson = page > 1 ? { page } : {};
    if (json) console.log(JSON.stringify({ ...lead, ...responseToJson(response, search.coverage(asked.query), search, first), ...pageJson, ...searchedJson, ...unknownJson, ...matchedJson }));
    else printHuman(response, search, asked.note, base.filters, { first, page });
  }
  return code;
}

main().then(
  (code) => (process.exitCode = code),
  (err: Error) => {
    errorLine(`ask failed: ${err.message}`);
    process.exitCode = 1;
  },
);
