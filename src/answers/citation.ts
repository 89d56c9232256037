import { renderQuote } from '../search/quote.js';
import { splitSentences } from '../search/sentences.js';
import type { QuoteSpan } from '../search/types.js';
import type { IndexedRecord } from '../store/types.js';
import { safeLinkUrl } from './links.js';
import { occasionPhrase } from './occasion.js';
import { statementKind } from './wording.js';

/** `plain`: paste into a story; `footnote`: a Chicago-style note. */
export type CitationFormat = 'plain' | 'footnote';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** `2019-04-29` → `April 29, 2019`. */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const name = MONTHS[(month ?? 0) - 1];
  return name && day && year ? `${name} ${day}, ${year}` : iso;
}

/**
 * `text via CMFA PressCon v4; may be an excerpt`: where a record's text comes from when it is not
 * the Ministry's page, for every card and listing that shows the record; null for the Ministry's own.
 */
export function corpusWords(record: IndexedRecord): string | null {
  const corpus = record.source;
  return corpus ? `text via ${corpus.corpus}${corpus.excerpt ? '; may be an excerpt' : ''}` : null;
}

/** `official English transcript: URL`, or the corpus the text came from. */
function sourceWords(record: IndexedRecord): string {
  const via = corpusWords(record);
  const url = safeLinkUrl(record.url);
  if (via) return url ? `(${via}) ${url}` : `(${via})`;
  return url ? `Official English transcript: ${url}` : `Official English transcript: “${record.title}”`;
}

/** `answering a question from Reuters`, `answering a journalist's question`, `in an opening statement`. */
function askedWords(record: IndexedRecord): string {
  if (record.kind === 'statement') {
    const kind = statementKind(record);
    return `in ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
  }
  return record.outlet ? `answering a question from ${record.outlet}` : "answering a journalist's question";
}

export interface CitationOptions {
  format: CitationFormat;
  /** Longest citation allowed (a platform's message limit). */
  maxChars: number;
  /** Escapes transcript text for the platform's markup; never applied to the URL (only one `safeLinkUrl` accepts is given). */
  escape?: (text: string) => string;
}

/**
 * A paste-ready citation. `plain`: the quote in quotation marks, then who said it, where, when,
 * who asked, and the official English transcript's URL (left bare, so it is a link). `footnote`: a
 * Chicago-style note naming the speaker, the occasion, the date, the asker, the transcript's title,
 * the Ministry and the URL. A quote too long for `maxChars` keeps its first whole sentences.
 */
export function citation(record: IndexedRecord, spans: QuoteSpan[], options: CitationOptions): string {
  const escape = options.escape ?? ((t: string) => t);
  if (record.lang === 'zh') return chineseCitation(record, spans, options, escape);
  const when = longDate(record.date);
  if (options.format === 'footnote') {
    const corpus = record.source;
    const where = corpus
      ? `text via ${corpus.corpus}${corpus.excerpt ? ' (may be an excerpt)' : ''}`
      : 'Ministry of Foreign Affairs of the People’s Republic of China, official English transcript';
    const url = safeLinkUrl(record.url);
    return `${escape(record.spokesperson)}, ${occasionPhrase(record)}, ${when}, ${escape(askedWords(record))}, in “${escape(record.title)},” ${where}${url ? `, ${url}` : ''}.`;
  }
  const attribution = `— ${escape(record.spokesperson)}, Chinese Foreign Ministry spokesperson, ${occasionPhrase(record)}, ${when}, ${escape(askedWords(record))}. ${sourceWords(record).replace(record.title, escape(record.title))}`;
  return fitQuote(record, spans, options.maxChars, (quote) => `“${escape(quote)}”\n${attribution}`);
}

/** The quote framed, cut to its first whole sentences that fit `maxChars`. */
function fitQuote(record: IndexedRecord, spans: QuoteSpan[], maxChars: number, frame: (quote: string) => string): string {
  const whole = spans.length > 0 ? spans : splitSentences(record.answer);
  for (let n = whole.length; n > 0; n--) {
    const text = frame(renderQuote(record.answer, whole.slice(0, n)));
    if (text.length <= maxChars) return text;
  }
  // One sentence longer than the whole message: its opening words, marked as cut.
  const room = Math.max(0, maxChars - frame('').length - 2);
  const first = record.answer.slice(whole[0]?.start ?? 0, whole[0]?.end ?? 0);
  return frame(`${first.slice(0, room).replace(/\s+\S*$/, '')} …`);
}

/** `外交部发言人耿爽2019年5月20日主持例行记者会时表示。`: the Chinese title says who and when. */
function chineseAttribution(record: IndexedRecord): { speaker: string; when: string; occasion: string } | null {
  const m = /(\d{4}年\d{1,2}月\d{1,2}日)外交部发言人(\S+?)主持(.*?例行记者会)/.exec(record.title);
  return m ? { when: m[1]!, speaker: m[2]!, occasion: m[3]! } : null;
}

/**
 * A Chinese record's citation, in Chinese, as a China desk writes it. `plain`: the quote, then
 * `外交部发言人耿爽2019年5月20日主持例行记者会时表示。` and the Chinese transcript's URL; `footnote`: speaker,
 * date and occasion, the transcript's title, the Ministry and the URL.
 */
function chineseCitation(record: IndexedRecord, spans: QuoteSpan[], options: CitationOptions, escape: (text: string) => string): string {
  const said = chineseAttribution(record);
  const url = safeLinkUrl(record.url);
  const source = url ?? escape(record.title);
  if (options.format === 'footnote') {
    const who = said ? `外交部发言人${said.speaker}，${said.when}${said.occasion}` : `外交部发言人${escape(record.spokesperson)}，${record.date}`;
    return `${who}，《${escape(record.title)}》，中华人民共和国外交部${url ? `，${url}` : ''}。`;
  }
  const attribution = said ? `外交部发言人${said.speaker}${said.when}主持${said.occasion}时表示。` : `${escape(record.title)}（${escape(record.spokesperson)}）`;
  return fitQuote(record, spans, options.maxChars, (quote) => `“${escape(quote)}”\n${attribution}\n${source}`);
}
