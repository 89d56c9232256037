import { citation, corpusWords, longDate, otherVersionsWords, type CitationFormat } from '../answers/citation.js';
import { filtersWords } from '../answers/filters.js';
import { safeLinkUrl } from '../answers/links.js';
import { occasionPhrase } from '../answers/occasion.js';
import { followedOf, followedQuestion, questionAsked, questionHeading } from '../answers/question-heading.js';
import { encodeQuoteRef } from '../answers/quote-ref.js';
import { encodePosition, LIST_PAGE_SIZE } from '../answers/result-list.js';
import { matchAt, type StoredResult } from '../answers/result-store.js';
import { characterCut } from '../answers/text-split.js';
import { totalsLine } from '../answers/totals.js';
import { capitalized, modeWords, speakerShown, TRANSCRIPT_LINK_LABEL } from '../answers/wording.js';
import { dateDoubtWords } from '../answers/date-doubt.js';
import { englishCounterpart } from '../search/bilingual.js';
import type { QuoteSpan, SearchHit, SearchMode, SpoxSearch } from '../search/types.js';
import type { IndexedRecord } from '../store/types.js';
import { ACTION } from './actions.js';
import { button, context, echoedLabel, escapedLabel, linkButton, quoteOpening, quoteSections, section } from './blocks.js';
import { SLACK_LIMITS, type Block, type ButtonElement, type SlackMessage } from './limits.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { encodeShareValue } from './share-value.js';

type Lookup = Pick<SpoxSearch, 'record' | 'quoteFor' | 'englishOf'>;

/** Room for the quote in its section (the section limit, less a margin for the quote marks). */
const QUOTE_CHARS = SLACK_LIMITS.sectionText - 10;
/** Room for the question under a quote: enough to know what was asked. */
const QUESTION_CHARS = 1500;
/** Room for the echoed question and filters in the heading. */
const ECHO_CHARS = 300;
/** Blocks a message of a full answer may use for text; the rest is for its heading, context and buttons. */
const TEXT_BLOCKS_PER_MESSAGE = SLACK_LIMITS.messageBlocks - 5;
/** The notification text of a card: its opening words. */
const FALLBACK_CHARS = 300;

/** `*Hua Chunying* · April 29, 2019 · regular press conference`: who said it, when, where. */
function byline(record: IndexedRecord, prefix = ''): string {
  const via = corpusWords(record);
  return `${prefix}*${escapeMrkdwn(speakerShown(record.spokesperson))}* · ${longDate(record.date)} · ${occasionPhrase(record)}${via ? ` · _${via}_` : ''}`;
}

/** `*Question from Reuters:* …` (or a follow-up, the editor's note over a late answer, or a statement's title). */
function questionText(record: IndexedRecord, max = QUESTION_CHARS): string {
  if (record.kind === 'statement') return `*Statement* · ${escapedLabel(record.title, max)}`;
  return `*${escapeMrkdwn(questionHeading(record))}:* ${escapedLabel(questionAsked(record) ?? '', max)}`;
}

/** Room for the question a follow-up follows: enough to know which it is. */
const FOLLOWED_CHARS = 300;

/**
 * `*Following up on this question (Reuters):* …` above a follow-up's own question, as the Discord
 * cards and the CLI show it (`followedQuestion`); nothing for another record.
 */
function followedBlocks(followed: IndexedRecord | undefined): Block[] {
  const shown = followedQuestion(followed);
  return shown ? [section(`*${escapeMrkdwn(shown.heading)}:* ${escapedLabel(shown.question, FOLLOWED_CHARS)}`)] : [];
}

/** What a phone's notification shows: who, when, and the quote's opening words (escaped). */
function fallback(record: IndexedRecord, quote: string): string {
  return escapeMrkdwn(`${speakerShown(record.spokesperson)}, ${record.date}: “${quote.length > FALLBACK_CHARS ? `${quoteOpeningWords(quote)} …` : quote}”`);
}

/**
 * The quote's first FALLBACK_CHARS, cut at a word where one ends near the cut (a Chinese quote has
 * no spaces to cut at), without the quote's own "…" of skipped sentences at the end: one ellipsis
 * follows, never two.
 */
function quoteOpeningWords(quote: string): string {
  const cut = quote.slice(0, characterCut(quote, 0, FALLBACK_CHARS));
  const atWord = cut.replace(/\s+\S*$/, '');
  return (atWord.length >= FALLBACK_CHARS / 2 ? atWord : cut).replace(/(?:\s*…)+$/, '').trimEnd();
}

/**
 * 中文原文, for an English record the index aligned with a Chinese original; English, for a Chinese
 * record aligned with an English exchange (`english`): as the Discord cards have them.
 */
function counterpartButton(record: IndexedRecord, english: boolean): ButtonElement[] {
  if (record.zh) return [button('中文原文', ACTION.chinese, record.id)];
  return english ? [button('English', ACTION.english, record.id)] : [];
}

function transcriptButton(record: IndexedRecord): ButtonElement[] {
  const url = safeLinkUrl(record.url);
  return url ? [linkButton(TRANSCRIPT_LINK_LABEL, ACTION.transcript, url)] : [];
}

/** A quote reference for a button value, within Slack's 2,000 characters or `room` (else the whole answer). */
function quoteValue(record: IndexedRecord, spans: QuoteSpan[], room: number = SLACK_LIMITS.buttonValue): string {
  const value = encodeQuoteRef({ recordId: record.id, spans });
  return value.length <= room ? value : encodeQuoteRef({ recordId: record.id, spans: [] });
}

/** `Results for “Taiwan” (from 2019-01-01) — 37 exchanges, 2018-12-06 → 2020-06-22; best match first` (`what`: `All matches` over the list). */
export function resultHeading(result: Pick<StoredResult, 'query' | 'filters' | 'total' | 'first' | 'last' | 'sort' | 'latestIntent' | 'earliestIntent' | 'passing' | 'described' | 'ministryWords' | 'chineseWordsRead' | 'missing' | 'spokespersonNamed' | 'outletsNamed' | 'outletsAmbiguous' | 'monthNamed' | 'wordsRead' | 'related' | 'importedOnly' | 'saidByOther' | 'ownAnswers' | 'doubtedEnds' | 'statements'>, what = 'Results'): string {
  const narrowed = filtersWords(result.filters);
  return `${what} for “${echoedLabel(result.query, ECHO_CHARS)}”${narrowed ? ` (${echoedLabel(narrowed, ECHO_CHARS)})` : ''} — ${totalsLine(result, (t) => echoedLabel(t, ECHO_CHARS))}`;
}

/** The blocks every quote card has: who/when/where, the verbatim quote, the question a follow-up follows (`followed`), the question. */
function quoteBlocks(record: IndexedRecord, quote: string, followed: IndexedRecord | undefined): Block[] {
  return [section(byline(record)), ...dateDoubtLine(record), section(quoteOpening(quote, QUOTE_CHARS)), ...followedBlocks(followed), section(questionText(record))];
}

/** The line under the byline saying the record's date is doubted (`dateDoubtWords`); none for another record. */
function dateDoubtLine(record: IndexedRecord): Block[] {
  const doubt = dateDoubtWords(record);
  return doubt ? [context(escapeMrkdwn(capitalized(doubt)))] : [];
}

/**
 * Match `index` of a stored result, for the person who searched (ephemeral): the quote card with
 * Previous / Next through every match, List all (the list page holding this match), Full answer,
 * Cite, Share to channel and the transcript.
 */
export function resultCard(result: StoredResult, index: number, search: Lookup): SlackMessage {
  const hit = matchAt(result, index, search);
  if (!hit) throw new RangeError(`result ${result.id} has no match ${index}`);
  const { record } = hit;
  const at = (i: number): string => encodePosition({ resultId: result.id, view: 'card', index: i });
  const buttons: ButtonElement[] = [];
  if (index > 0) buttons.push(button('Previous', ACTION.previous, at(index - 1)));
  if (index < result.total - 1) buttons.push(button('Next', ACTION.next, at(index + 1)));
  if (result.total > 1) buttons.push(button(`List all ${result.total}`, ACTION.list, encodePosition({ resultId: result.id, view: 'list', index: Math.floor(index / LIST_PAGE_SIZE) })));
  const ref = quoteValue(record, hit.spans);
  const place = { resultId: result.id, view: 'card' as const, index };
  const shareRef = quoteValue(record, hit.spans, SLACK_LIMITS.buttonValue - encodeShareValue('', place).length);
  buttons.push(
    button('Full answer', ACTION.fullAnswer, ref),
    button('Cite', ACTION.cite, ref),
    button('Share to channel', ACTION.share, encodeShareValue(shareRef, place), 'primary'),
    ...transcriptButton(record),
    ...counterpartButton(record, englishCounterpart(search, record) !== undefined),
  );
  return {
    text: fallback(record, hit.quote),
    blocks: [
      context(resultHeading(result)),
      ...(result.note ? [context(escapeMrkdwn(result.note))] : []),
      ...quoteBlocks(record, hit.quote, followedOf(record, search)),
      ...otherVersionsLine(record, hit.otherVersions),
      context(`${index + 1} of ${result.total} · ${escapeMrkdwn(record.id)} · ${modeWords(result.mode)}`),
      { type: 'actions', elements: buttons },
    ],
  };
}

/** The line naming the other transcripts the Ministry published of the record's day, if any. */
function otherVersionsLine(record: IndexedRecord, versions: SearchHit['otherVersions']): Block[] {
  return versions ? [context(escapeMrkdwn(otherVersionsWords(record, versions)))] : [];
}

/**
 * A quote as posted to the channel by Share: the card without paging, with Full answer, Cite and the
 * transcript; under the heading of the search it came from, and its note on the dates, when the
 * search is still kept (`search`), so the channel reads the quote as the asker did.
 */
export function sharedCard(
  record: IndexedRecord, spans: QuoteSpan[], quote: string, mode: SearchMode, english = false, search?: StoredResult,
  otherVersions?: SearchHit['otherVersions'], followed?: IndexedRecord,
): SlackMessage {
  const ref = quoteValue(record, spans);
  return {
    text: fallback(record, quote),
    blocks: [
      ...(search ? [context(resultHeading(search)), ...(search.note ? [context(escapeMrkdwn(search.note))] : [])] : []),
      ...quoteBlocks(record, quote, followed),
      ...otherVersionsLine(record, otherVersions),
      context(`${escapeMrkdwn(record.id)} · shared from /spox · ${modeWords(mode)}`),
      { type: 'actions', elements: [button('Full answer', ACTION.fullAnswer, ref), button('Cite', ACTION.cite, ref), ...transcriptButton(record), ...counterpartButton(record, english)] },
    ],
  };
}

/**
 * A record in full as one or more messages (each within 50 blocks): the question (with
 * `withQuestion`, under the one a follow-up follows: `followed`), then the whole answer verbatim over as many sections as it needs, and the line
 * naming the briefing's other transcripts (`otherVersions`), as the card has it. The last message
 * has Cite (the whole answer), Share (with `share`) and the transcript.
 */
export function recordMessages(
  record: IndexedRecord,
  options: { withQuestion: boolean; share: boolean; english?: boolean; otherVersions?: SearchHit['otherVersions']; followed?: IndexedRecord | undefined },
): SlackMessage[] {
  const pieces = quoteSections(record.answer);
  const groups: Block[][] = [];
  for (let i = 0; i < pieces.length; i += TEXT_BLOCKS_PER_MESSAGE) groups.push(pieces.slice(i, i + TEXT_BLOCKS_PER_MESSAGE));
  const ref = quoteValue(record, []);
  const buttons = [button('Cite', ACTION.cite, ref), ...(options.share ? [button('Share to channel', ACTION.share, ref, 'primary')] : []), ...transcriptButton(record), ...counterpartButton(record, options.english ?? false)];
  return groups.map((group, i) => {
    const blocks: Block[] = [];
    if (i === 0) {
      blocks.push(section(byline(record, options.withQuestion ? '' : 'Full answer · ')), ...dateDoubtLine(record));
      if (options.withQuestion) blocks.push(...followedBlocks(options.followed), section(questionText(record, SLACK_LIMITS.sectionText - 100)));
    }
    blocks.push(...group);
    const part = groups.length > 1 ? ` · part ${i + 1} of ${groups.length}` : '';
    if (i === groups.length - 1) blocks.push(...otherVersionsLine(record, options.otherVersions));
    blocks.push(context(`${escapeMrkdwn(record.id)}${part}`));
    if (i === groups.length - 1) blocks.push({ type: 'actions', elements: buttons });
    return { text: fallback(record, record.answer), blocks };
  });
}

/** Room for a citation in its section, less the code fence. */
const CITATION_CHARS = SLACK_LIMITS.sectionText - 8;

/** Paste-ready citations of a quote, plain and as a Chicago-style footnote, each in a code block. */
export function citationMessage(record: IndexedRecord, spans: QuoteSpan[], otherVersions?: SearchHit['otherVersions']): SlackMessage {
  // The URL is left bare so it stays a link: citation() gives only one safeLinkUrl accepts.
  const cite = (format: CitationFormat): string => citation(record, spans, { format, maxChars: CITATION_CHARS, escape: escapeMrkdwn, ...(otherVersions ? { otherVersions } : {}) });
  const plainText = cite('plain');
  const footnote = cite('footnote');
  return {
    text: `Citation of ${escapeMrkdwn(record.id)}`,
    blocks: [
      context('*Cite* — copy and paste:'),
      section(`\`\`\`${plainText}\`\`\``),
      context('*Footnote* (Chicago):'),
      section(`\`\`\`${footnote}\`\`\``),
    ],
  };
}

/** A short message in spox's own words; any user or transcript text in it is escaped by the caller. */
export function noticeMessage(text: string): SlackMessage {
  return { text, blocks: [section(text)] };
}
