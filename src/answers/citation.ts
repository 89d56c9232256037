import { renderQuote } from '../search/quote.js';
import { splitSentences } from '../search/sentences.js';
import type { QuoteSpan } from '../search/types.js';
import type { IndexedRecord } from '../store/types.js';
import { occasionPhrase } from './occasion.js';

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

/** Where a record's text comes from when it is not the Ministry's own transcript (a research corpus). */
interface CorpusSource {
  corpus: string;
  excerpt: boolean;
}

function corpusSource(record: IndexedRecord): CorpusSource | undefined {
  return (record as IndexedRecord & { source?: CorpusSource }).source;
}

/** `official English transcript: URL`, or the corpus the text came from. */
function sourceWords(record: IndexedRecord): string {
  const corpus = corpusSource(record);
  if (corpus) {
    const via = `text via ${corpus.corpus}${corpus.excerpt ? '; may be an excerpt' : ''}`;
    return record.url ? `(${via}) ${record.url}` : `(${via})`;
  }
  return record.url ? `Official English transcript: ${record.url}` : `Official English transcript: “${record.title}”`;
}

/** `answering a question from Reuters`, `answering a journalist's question`, `in an opening statement`. */
function askedWords(record: IndexedRecord): string {
  if (record.kind === 'statement') return 'in an opening statement';
  return record.outlet ? `answering a question from ${record.outlet}` : "answering a journalist's question";
}

export interface CitationOptions {
  format: CitationFormat;
  /** Longest citation allowed (a platform's message limit). */
  maxChars: number;
  /** Escapes transcript text for the platform's markup; never applied to the URL. */
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
  const when = longDate(record.date);
  if (options.format === 'footnote') {
    const corpus = corpusSource(record);
    const where = corpus
      ? `text via ${corpus.corpus}${corpus.excerpt ? ' (may be an excerpt)' : ''}`
      : 'Ministry of Foreign Affairs of the People’s Republic of China, official English transcript';
    return `${escape(record.spokesperson)}, ${occasionPhrase(record)}, ${when}, ${escape(askedWords(record))}, in “${escape(record.title)},” ${where}${record.url ? `, ${record.url}` : ''}.`;
  }
  const attribution = `— ${escape(record.spokesperson)}, Chinese Foreign Ministry spokesperson, ${occasionPhrase(record)}, ${when}, ${escape(askedWords(record))}. ${sourceWords(record).replace(record.title, escape(record.title))}`;
  const frame = (quote: string): string => `“${escape(quote)}”\n${attribution}`;
  const whole = spans.length > 0 ? spans : splitSentences(record.answer);
  for (let n = whole.length; n > 0; n--) {
    const text = frame(renderQuote(record.answer, whole.slice(0, n)));
    if (text.length <= options.maxChars) return text;
  }
  // One sentence longer than the whole message: its opening words, marked as cut.
  const room = Math.max(0, options.maxChars - frame('').length - 2);
  const first = record.answer.slice(whole[0]?.start ?? 0, whole[0]?.end ?? 0);
  return frame(`${first.slice(0, room).replace(/\s+\S*$/, '')} …`);
}
