import { isCutShort, quotableSpans, renderQuote, sentenceSpansAt } from '../search/quote.js';
import type { QuoteSpan } from '../search/types.js';
import type { IndexedRecord } from '../store/types.js';
import { EXCHANGE_ID_WRITTEN } from '../search/ids-in-question.js';

/**
 * A quote named by its record and sentence offsets, so that a button can carry it for as long as the
 * message exists: `2019-04-29b#12|1a4-2bc.2f0-3aa` (offsets in base 36). No spans: the whole answer.
 * Contains no ':' (the custom-id separator).
 */
export interface QuoteRef {
  recordId: string;
  spans: QuoteSpan[];
}

export function encodeQuoteRef(ref: QuoteRef): string {
  return `${ref.recordId}|${ref.spans.map((s) => `${s.start.toString(36)}-${s.end.toString(36)}`).join('.')}`;
}

export function decodeQuoteRef(text: string): QuoteRef | null {
  const bar = text.lastIndexOf('|');
  // A bare record id (buttons made before quotes carried offsets): the whole answer.
  if (bar < 0) return text ? { recordId: text, spans: [] } : null;
  if (bar === 0) return null;
  const recordId = text.slice(0, bar);
  const encoded = text.slice(bar + 1);
  if (encoded === '') return { recordId, spans: [] };
  const spans: QuoteSpan[] = [];
  for (const part of encoded.split('.')) {
    const m = /^([0-9a-z]{1,6})-([0-9a-z]{1,6})$/.exec(part);
    if (!m) return null;
    spans.push({ start: Number.parseInt(m[1]!, 36), end: Number.parseInt(m[2]!, 36) });
  }
  return { recordId, spans };
}

/**
 * The quote a reference names, cut from the record's answer: its sentences when the offsets are
 * sentences of this answer, the whole answer but its editor's notes when none are given (`spans`
 * stays [], the whole answer's reference); null when they do not fit (the record changed since the
 * button was made, or the id was tampered with).
 */
export function quoteOfRef(record: IndexedRecord, spans: QuoteSpan[]): { spans: QuoteSpan[]; quote: string } | null {
  if (spans.length === 0) return { spans: [], quote: renderQuote(record.answer, quotableSpans(record.answer), isCutShort(record)) };
  const checked = sentenceSpansAt(record.answer, spans);
  return checked ? { spans: checked, quote: renderQuote(record.answer, checked, isCutShort(record)) } : null;
}

/** Brackets a card prints around an id (`[2020-05-22#3]`), or a Chinese keyboard types (`【…】`, `〔…〕`; `［…］` once read as NFKC). */
const BRACKETED = /^[[【〔]\s*(\S+?)\s*[\]】〕]$/u;
/** What is left of an id or a date once read: letters, digits and `-_.#` around a date. */
const ID_OR_DATE = /^[\w.-]*\d{4}-\d{2}-\d{2}[\w.#-]*$/;

/**
 * An id as typed: its brackets left out, as a card or a command-line result prints it (`[2020-05-22#3]`),
 * and the full-width forms a Chinese keyboard types read as their ASCII (`zh-2019-03-06＃13`,
 * `【zh-2019-03-06#13】`, `ｚｈ－２０１９－０３－０６＃１３`): the one place the CLI and the bots' quote and
 * briefing commands read an id. Text that is no id or date once so read is given back trimmed, its brackets left out.
 */
export function typedId(text: string): string {
  const trimmed = text.trim();
  const read = trimmed.normalize('NFKC').replace(BRACKETED, '$1');
  return ID_OR_DATE.test(read) ? read : trimmed.replace(BRACKETED, '$1');
}

/** An exchange's id as a card shows it: `2020-05-22#3`, `2019-04-29b#2`, `2020-02-24#s1`, `zh-2019-05-29#2`, `pc-2022-03-10#6`. */
const EXCHANGE_ID = new RegExp(`^${EXCHANGE_ID_WRITTEN}$`, 'i');

/**
 * The exchange id a question is, alone (`typedId`: brackets and full-width forms read), or null: an
 * id pasted where a question goes opens that exchange, on the command line and in both bots, rather
 * than be searched as a date and answered with other exchanges (explore33a #3).
 */
export function exchangeIdIn(question: string): string | null {
  const id = typedId(question);
  // Typed with a space before its number ("2020-05-22 #3"): searched, it was May 2020 and the word "3" (hunt-F #7).
  const joined = typedId(question.replace(SPACED_NUMBER, '#'));
  // Pasted in a sentence's place or a card's line (hunt-N #4: "2019-07-26#8?" was searched, July 2019 and the word "8").
  const inside = ID_AROUND.exec(question.trim())?.[1] ?? CARD_LINE_ID.exec(question)?.[1];
  const found = [id, joined, ...(inside === undefined ? [] : [typedId(inside)])].find((typed) => EXCHANGE_ID.test(typed));
  return found?.replace(NUMBER_ZEROS, '') ?? null;
}

/**
 * Around an id pasted where a question goes: a word asking for it ("open", "quote", "/quote", "id"),
 * parentheses or quotes, and the marks that end a sentence ("2019-07-26#8?", "(2019-07-26#8)", "quote 2019-07-26#8.").
 */
const ID_AROUND = /^(?:\/?(?:open|quote|show|see|exchange|id)\b\s*:?\s*)?[("“'‘（]?\s*(\S+?)\s*[)"”'’）]?[?.,:;!。？！，：；]*$/iu;
/** A card's heading or its other language's line pasted whole: the id it brackets (`… · asked by a journalist   [2019-07-26#7]`, `中文原文 [zh-2019-07-26#7]: https://…`). */
const CARD_LINE_ID = /(?:\s·\s.*|^\s*(?:中文原文|English|Chinese original)\s*)\[([^\]\s]+)\]/u;
/** An exchange's number typed with leading zeros ("#08"), as a spreadsheet pads it. */
const NUMBER_ZEROS = /(?<=#s?)0+(?=\d)/;

/** White space around an id's "#" (or full-width "＃"). */
const SPACED_NUMBER = /\s*[#＃]\s*/u;
