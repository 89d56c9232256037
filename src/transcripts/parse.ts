import { looksLikeHtml } from './decode.js';
import { TranscriptError } from './errors.js';
import { readPage, type PageContent } from './html.js';
import { readPlainText } from './plain.js';
import { isoDate, readTitle, type TitleFacts } from './title.js';
import { assembleRecords } from './turns.js';
import { isoDateProblem } from '../util/iso-date.js';
import type { SourceLine, Transcript } from './types.js';
import { isChinesePage, parseChineseTranscript } from './zh/parse.js';

export { PARSER_VERSION } from './parser-version.js';

/** Facts about a file that come from outside it (the folder's MANIFEST.tsv, or the site's listing). */
export interface TranscriptHints {
  url?: string | null;
  /** ISO date to use when the title carries none (or no year), inferred from the neighbouring manifest rows. */
  date?: string | null;
  /** ISO publication date (a listing's date, or the `tYYYYMMDD_` of the page's URL), for a title without a date. */
  published?: string | null;
}

/** Why a page without a transcript body is not a transcript, in words a user can act on. */
function notATranscript(page: PageContent, html: string): string {
  if (/系统维护/.test(page.title) || /System maintenance/i.test(html)) {
    return 'not a Ministry transcript page: it is the site\'s "system maintenance" page (系统维护), where retired URLs redirect';
  }
  if (page.transcriptLinks > 0 || /\bvar\s+countPage\b/.test(html)) {
    const n = page.transcriptLinks;
    return `not a Ministry transcript page: it is a listing page (${n} link${n === 1 ? '' : 's'} to transcripts)`;
  }
  return 'not a Ministry transcript page: it has no transcript body (<div class="content"> or <div class="content_text">)';
}

/**
 * The briefing's date: the title's (the site re-published early-2022 briefings under 2024 URLs, so
 * never the URL's when the title has one), else for an undated title (a statement) the page's
 * publication date, the listing's or URL's, or the one inferred from the manifest's neighbours.
 */
function briefingDate(facts: TitleFacts, published: string | null, hints: TranscriptHints): string | null {
  if (facts.date) return facts.date;
  if (facts.monthDay) {
    if (hints.date) return hints.date;
    const year = published ? Number(published.slice(0, 4)) : null;
    return year ? isoDate(year, facts.monthDay.month, facts.monthDay.day) : null;
  }
  return published ?? hints.published ?? hints.date ?? null;
}

/** Parses one transcript, HTML page or plain text; throws TranscriptError with the reason. */
export function parseTranscript(file: string, text: string, hints: TranscriptHints = {}): Transcript {
  let title: string | null;
  let lines: SourceLine[];
  let published: string | null = null;
  if (looksLikeHtml(text) && isChinesePage(text)) return parseChineseTranscript(file, text, hints);
  if (looksLikeHtml(text)) {
    const page = readPage(text);
    if (!page.complete) throw new TranscriptError('truncated HTML: the page ends before </html>');
    if (page.lines === null) throw new TranscriptError(notATranscript(page, text));
    title = page.title || null;
    lines = page.lines;
    published = page.published;
  } else {
    if (/<\/?[a-z][^>]*>/i.test(text.slice(0, 4096)) && /<(p|div|span|table)\b/i.test(text)) {
      throw new TranscriptError('HTML fragment without <html>', 'save the whole page from the Ministry\'s site');
    }
    ({ title, lines } = readPlainText(text));
  }
  if (!title) throw new TranscriptError('no title naming the spokesperson and date');

  const facts = readTitle(title);
  if (!facts.spokesperson || !facts.occasion) throw new TranscriptError(`the title names no spokesperson: "${title}"`);
  const date = briefingDate(facts, published, hints);
  if (!date) throw new TranscriptError(`the title carries no full date and neither the page nor a manifest gives one: "${title}"`);
  // "February 30, 2025" in a pasted title: indexed, it was a briefing the search then called no date (hunt-I #5).
  if (isoDateProblem(date) === 'does not exist') throw new TranscriptError(`the title's date ${date} does not exist: "${title}"`, 'correct the date in its title line');

  const unanswered: string[] = [];
  const records = assembleRecords(lines, date, facts.spokesperson, undefined, (question) => unanswered.push(question));
  if (records.length === 0) throw new TranscriptError('no question, answer or statement could be read from it');
  // A paste of a press conference whose turns carry no label (the labels lost in copying) became one
  // opening statement, its reporters' questions quoted as the spokesperson's words (hunt-I b).
  if (!looksLikeHtml(text) && facts.occasion === 'press-conference' && records.every((r) => r.kind === 'statement')) {
    throw new TranscriptError(
      'no line opens with a speaker\'s label ("Reuters:", "Mao Ning:"), so its questions cannot be told from its answers, and none is quoted as the spokesperson\'s words',
      'paste it again with the labels, as the Ministry\'s page shows them',
    );
  }
  return {
    file, title, date, key: date, spokesperson: facts.spokesperson, occasion: facts.occasion, url: hints.url ?? null, records,
    ...(unanswered.length > 0 ? { unanswered } : {}),
  };
}
