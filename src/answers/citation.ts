import { isCutShort, quotableSpans, renderQuote } from '../search/quote.js';
import type { OtherVersion, QuoteSpan } from '../search/types.js';
import type { IndexedRecord } from '../store/types.js';
import { longDate } from '../util/calendar.js';
import { UNKNOWN_SPOKESPERSON } from '../transcripts/unknown-spokesperson.js';
import { UNNAMED_SPOKESPERSON } from '../transcripts/title.js';
import { chineseName } from '../transcripts/zh/names.js';
import { safeLinkUrl } from './links.js';
import { linkNote } from './retired-links.js';
import { occasionPhrase } from './occasion.js';
import { EDITORS_NOTE_LABEL, isEditorsNote, isReportedAnswer, questionAsked, raisedAfterConference } from './question-heading.js';
import { ELLIPSIS, fitOpening } from './text-split.js';
import { statementKind } from './wording.js';
import { dateDoubtWords } from './date-doubt.js';

/**
 * `The Ministry published another English transcript of this briefing, in other words: 2019-04-29b
 * https://…`: said on every card of a record whose briefing has another version in its language
 * (`SearchHit.otherVersions`), so that a story quoting that one's wording is not taken for a misquote; '' when none.
 */
export function otherVersionsWords(record: IndexedRecord, versions: readonly OtherVersion[] | undefined): string {
  if (!versions || versions.length === 0) return '';
  const language = record.lang === 'zh' ? 'Chinese' : 'English';
  const which = versions.map((v) => {
    const url = safeLinkUrl(v.url);
    return url ? `${v.key} ${url}` : v.key;
  });
  const another = versions.length > 1 ? `${versions.length} other ${language} transcripts` : `another ${language} transcript`;
  return `The Ministry published ${another} of this briefing, in other words: ${which.join('; ')}`;
}

/** `plain`: paste into a story; `footnote`: a Chicago-style note. */
export type CitationFormat = 'plain' | 'footnote';

export { longDate };

/**
 * `text via CMFA PressCon v4; may be an excerpt`: where a record's text comes from when it is not
 * the Ministry's page, and what its link is when the Ministry has retired it or its scheme is not known to be served (`retired-links.ts`),
 * for every card, listing and citation that shows the record; null for the Ministry's own page.
 */
export function corpusWords(record: IndexedRecord): string | null {
  const corpus = record.source;
  const via = corpus ? `text via ${corpus.corpus}${corpus.excerpt ? '; may be an excerpt' : ''}` : null;
  const link = linkNote(record.url);
  return via && link ? `${via}; ${link}` : via ?? link;
}

/**
 * What a transcript with no link is: a copy given to spox (a pasted text), which the desk cannot
 * check against the Ministry's page from the citation; "Official English transcript:" before a bare
 * title read as a checked link (explore33a #5).
 */
const NO_LINK = 'a copy given to spox, with no link to the Ministry’s page';
/** NO_LINK as a China desk reads it, after the transcript's title (`原文：《…》（…）`) where the link would stand. */
const NO_LINK_ZH = '提供给 spox 的副本，无外交部网页链接';

/** `official English transcript: URL`, a copy with no link, or the corpus the text came from. */
function sourceWords(record: IndexedRecord): string {
  const via = corpusWords(record);
  const url = safeLinkUrl(record.url);
  if (via) return url ? `(${via}) ${url}` : `(${via})`;
  return url ? `Official English transcript: ${url}` : `Transcript: “${record.title}” (${NO_LINK})`;
}

/** `answering a question from Reuters`, `answering a journalist's question`, `in an opening statement`. */
function askedWords(record: IndexedRecord): string {
  if (record.kind === 'statement') {
    const kind = statementKind(record);
    return `in ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
  }
  const after = raisedAfterConference(record) ? ' raised after the press conference' : '';
  return record.outlet ? `answering a question from ${record.outlet}${after}` : `answering a journalist's question${after}`;
}

export interface CitationOptions {
  format: CitationFormat;
  /** Longest citation allowed (a platform's message limit). */
  maxChars: number;
  /** Escapes transcript text for the platform's markup; never applied to the URL (only one `safeLinkUrl` accepts is given). */
  escape?: (text: string) => string;
  /** The briefing's other versions in its language (`SpoxSearch.otherVersions`): said after the citation, as the card says them. */
  otherVersions?: readonly OtherVersion[];
}

/** The most characters of the question a citation keeps when the whole question would cut the quote. */
const QUESTION_CHARS = 300;

/** Below this many characters of room, a citation leaves the question out rather than show a stub of it. */
const QUESTION_MIN = 40;

/**
 * A paste-ready citation. `plain`: the quote in quotation marks, then who said it, where, when,
 * who asked, the official English transcript's URL (left bare, so it is a link), and the question
 * asked (or, over an answer given after the conference, the editor's note that stands as its question,
 * said to be that note). `footnote`: a Chicago-style note naming the speaker, the occasion, the date, the asker and
 * the question, the transcript's title, the Ministry and the URL. A quote too long for `maxChars`
 * keeps its first whole sentences and ends with " …", so a cut answer never reads as the whole;
 * the question (context, not the quote) gives way first: cut to its opening, marked " …".
 */
export function citation(record: IndexedRecord, spans: QuoteSpan[], options: CitationOptions): string {
  // Said with the citation too: a story citing this wording beside the other version's is no misquote.
  // Its words are fixed, its keys are ids and its links pass safeLinkUrl: nothing in it to escape.
  const versions = otherVersionsWords(record, options.otherVersions);
  if (!versions) return citationOf(record, spans, options);
  const body = citationOf(record, spans, { ...options, maxChars: options.maxChars - versions.length - 2 });
  return options.format === 'footnote' ? `${body} ${versions}.` : `${body}\n${versions}`;
}

function citationOf(record: IndexedRecord, spans: QuoteSpan[], options: CitationOptions): string {
  const escape = options.escape ?? ((t: string) => t);
  if (record.lang === 'zh') return chineseCitation(record, spans, options, escape);
  // A date the corpus's sheet contradicts is said doubted where the date stands: a pasted citation keeps it.
  const doubt = dateDoubtWords(record);
  const when = `${longDate(record.date)}${doubt ? ` [${escape(doubt)}]` : ''}`;
  if (options.format === 'footnote') {
    const corpus = record.source;
    const url = safeLinkUrl(record.url);
    const where = corpus
      ? `text via ${corpus.corpus}${corpus.excerpt ? ' (may be an excerpt)' : ''}`
      : `Ministry of Foreign Affairs of the People’s Republic of China, ${url ? 'official English transcript' : `English transcript (${NO_LINK})`}`;
    const asked = (question: string): string => (isEditorsNote(record) ? ` (${EDITORS_NOTE}: ${question})` : ` (“${question}”)`);
    const note = (question: string): string =>
      `${record.spokesperson === UNKNOWN_SPOKESPERSON ? NOT_RECORDED : escape(record.spokesperson)}${isReportedAnswer(record) ? ` (${REPORTED_CITED})` : ''}, ${occasionPhrase(record)}, ${when}, ${escape(askedWords(record))}${question ? asked(question) : ''}, in “${escape(record.title)},” ${where}${url ? `, ${url}` : ''}.`;
    return note(questionWithin(record, options.maxChars - note('').length - asked('').length, escape));
  }
  const attribution = `— ${speakerWords(record, escape)}, ${occasionPhrase(record)}, ${when}, ${escape(askedWords(record))}. ${sourceWords(record).replace(record.title, escape(record.title))}`;
  return withQuestion(record, spans, options.maxChars, escape, (question) => (quote) =>
    `“${quote}”\n${attribution}${!question ? '' : isEditorsNote(record) ? `\n${EDITORS_NOTE_LABEL}: ${question}` : `\nQuestion: “${question}”`}`);
}

/** An answer given after the conference is cited with the note over it (`isEditorsNote`) as that note, never in quotation marks as what a journalist asked. */
const EDITORS_NOTE = EDITORS_NOTE_LABEL.toLowerCase();
const EDITORS_NOTE_ZH = '原文编者注';

/** A PressCon pair whose speaker the corpus left unrecorded, as a citation names them (not "Unknown spokesperson", which reads as invented). */
const NOT_RECORDED = 'Chinese Foreign Ministry spokesperson (name not recorded)';

/** What a Cite says of an answer in the transcript's words (`isReportedAnswer`), after the speaker: not their own words, quoted. */
const REPORTED_CITED = 'as the transcript reports in its own words';

/**
 * `Geng Shuang, Chinese Foreign Ministry spokesperson`; a statement that names no one is the
 * Ministry spokesperson's, said once (not "Foreign Ministry Spokesperson, Chinese Foreign Ministry
 * spokesperson"); a pair that names no one `Chinese Foreign Ministry spokesperson (name not recorded)`;
 * an answer in the transcript's words with `REPORTED_CITED` after it.
 */
function speakerWords(record: IndexedRecord, escape: (text: string) => string): string {
  if (record.spokesperson === UNNAMED_SPOKESPERSON) return 'Chinese Foreign Ministry spokesperson';
  if (record.spokesperson === UNKNOWN_SPOKESPERSON) return NOT_RECORDED;
  const speaker = `${escape(record.spokesperson)}, Chinese Foreign Ministry spokesperson`;
  return isReportedAnswer(record) ? `${speaker}, ${REPORTED_CITED}` : speaker;
}

/**
 * The record's question as asked (`questionAsked`: without the editor's words opening one taken after
 * the conference; white space collapsed), escaped, measuring at most `max`: whole
 * when it fits, else its opening marked " …"; '' when the record has none or there is no room for it.
 */
function questionWithin(record: IndexedRecord, max: number, escape: (text: string) => string): string {
  const asked = questionAsked(record);
  if (!asked || max < QUESTION_MIN) return '';
  const question = asked.replace(/\s+/g, ' ').trim();
  return escape(fitOpening(question, max, (t) => escape(t).length));
}

/**
 * A citation framed with its question: the whole question when the whole quote fits beside it,
 * else the question's opening (at most QUESTION_CHARS), so that the quote keeps the room.
 */
function withQuestion(
  record: IndexedRecord, spans: QuoteSpan[], maxChars: number, escape: (text: string) => string,
  frameWith: (question: string) => (quote: string) => string,
): string {
  const whole = fitQuote(record, spans, maxChars, escape, frameWith(questionWithin(record, maxChars, escape)));
  if (!whole.cut) return whole.text;
  return fitQuote(record, spans, maxChars, escape, frameWith(questionWithin(record, QUESTION_CHARS, escape))).text;
}

/**
 * The quote escaped and framed, cut to its first whole sentences that fit `maxChars`; `cut` when
 * fewer sentences than asked are quoted, which the quote then says with " …" before its closing mark.
 * No spans: the whole answer but its editor's notes, which are never inside the quotation marks.
 */
function fitQuote(
  record: IndexedRecord, spans: QuoteSpan[], maxChars: number, escape: (text: string) => string, frame: (quote: string) => string,
): { text: string; cut: boolean } {
  const whole = spans.length > 0 ? spans : quotableSpans(record.answer);
  const all = frame(escape(renderQuote(record.answer, whole, isCutShort(record))));
  if (all.length <= maxChars) return { text: all, cut: false };
  for (let n = whole.length - 1; n > 0; n--) {
    const text = frame(`${escape(renderQuote(record.answer, whole.slice(0, n)))} ${ELLIPSIS}`);
    if (text.length <= maxChars) return { text, cut: true };
  }
  // One sentence longer than the whole message: its opening words, marked as cut (the room leaves
  // out a marker's length, so that a first sentence that fits alone is cut and marked too).
  const first = record.answer.slice(whole[0]?.start ?? 0, whole[0]?.end ?? 0);
  const room = Math.max(0, maxChars - frame(` ${ELLIPSIS}`).length);
  return { text: frame(escape(fitOpening(first, room, (t) => escape(t).length))), cut: true };
}

/** `外交部发言人耿爽2019年5月20日主持例行记者会时表示。`: the Chinese title says when and at what, the record who. */
function chineseAttribution(record: IndexedRecord): { speaker: string; hosted: boolean; when: string; occasion: string } | null {
  const m = /(\d{4}年\d{1,2}月\d{1,2}日)外交部发言人(\S+?)主持(.*?例行记者会)/.exec(record.title);
  if (!m) return null;
  // The record's own speaker, as the English citation and the card name them: the title names the
  // host, who is not always who spoke (2020-02-24: Hua Chunying opened and gave the floor to Zhao Lijian).
  const speaker = chineseName(record.spokesperson);
  return { when: m[1]!, speaker, hosted: speaker === m[2], occasion: m[3]! };
}

/**
 * A Chinese record's citation, in Chinese, as a China desk writes it. `plain`: the quote, then
 * `外交部发言人耿爽2019年5月20日主持例行记者会时表示。` (`…在例行记者会上表示。` for a speaker who did
 * not host it), the Chinese transcript's URL (for a copy with no link, its title said to be one) and `问：“…”` (the
 * question); `footnote`: speaker, date and occasion, the question, the transcript's title, the
 * Ministry and the URL.
 */
function chineseCitation(record: IndexedRecord, spans: QuoteSpan[], options: CitationOptions, escape: (text: string) => string): string {
  const said = chineseAttribution(record);
  // The outlet that asked, as the English citation names it ("answering a question from Phoenix TV").
  const asker = record.question && record.outlet ? escape(record.outlet) : '';
  // A question taken after the conference (会后，有记者问及：…): said so, and quoted without those words.
  const late = raisedAfterConference(record) ? '会后' : '';
  const url = safeLinkUrl(record.url);
  const source = url ?? `原文：《${escape(record.title)}》（${NO_LINK_ZH}）`;
  if (options.format === 'footnote') {
    const who = said ? `外交部发言人${said.speaker}，${said.when}${said.occasion}` : `外交部发言人${escape(record.spokesperson)}，${record.date}`;
    const asked = (question: string): string => (isEditorsNote(record) ? `，答${asker}记者问（${EDITORS_NOTE_ZH}：${question}）` : `，${late}答${asker}记者问“${question}”`);
    const note = (question: string): string => `${who}${question ? asked(question) : ''}，《${escape(record.title)}》，中华人民共和国外交部${url ? `，${url}` : `（${NO_LINK_ZH}）`}。`;
    return note(questionWithin(record, options.maxChars - note('').length - asked('').length, escape));
  }
  const attribution = !said ? `${escape(record.title)}（${escape(record.spokesperson)}）`
    : said.hosted ? `外交部发言人${said.speaker}${said.when}主持${said.occasion}${asker ? `，答${asker}记者问` : ''}时表示。`
    : `外交部发言人${said.speaker}${said.when}在${said.occasion}上${asker ? `答${asker}记者问时` : ''}表示。`;
  return withQuestion(record, spans, options.maxChars, escape, (question) => (quote) =>
    `“${quote}”\n${attribution}\n${source}${!question ? '' : isEditorsNote(record) ? `\n${EDITORS_NOTE_ZH}：${question}` : `\n${late}问：“${question}”`}`);
}
