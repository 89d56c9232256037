import { TranscriptError } from './errors.js';
import { readPage } from './html.js';
import { readPlainText } from './plain.js';
import { readTitle } from './title.js';
import { assembleRecords } from './turns.js';
import type { SourceLine, Transcript } from './types.js';
import { isChinesePage, parseChineseTranscript } from './zh/parse.js';

/** Bumped whenever a change to the parser can change its output; the index rebuilds on a change. */
export const PARSER_VERSION = 2;

/** Facts about a file that come from outside it (the folder's MANIFEST.tsv). */
export interface TranscriptHints {
  url?: string | null;
  /** ISO date to use when the title carries none (or no year). */
  date?: string | null;
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype|<html|<head|<body|<\?xml|<!--)/i.test(text.slice(0, 1024));
}

/** Parses one transcript, HTML page or plain text; throws TranscriptError with the reason. */
export function parseTranscript(file: string, text: string, hints: TranscriptHints = {}): Transcript {
  let title: string | null;
  let lines: SourceLine[];
  if (looksLikeHtml(text) && isChinesePage(text)) return parseChineseTranscript(file, text, hints);
  if (looksLikeHtml(text)) {
    const page = readPage(text);
    if (!page.complete) throw new TranscriptError('truncated HTML: the page ends before </html>');
    if (page.lines === null) {
      throw new TranscriptError('not a Ministry transcript page: it has no <div class="content"> transcript body');
    }
    title = page.title || null;
    lines = page.lines;
  } else {
    if (/<\/?[a-z][^>]*>/i.test(text.slice(0, 4096)) && /<(p|div|span|table)\b/i.test(text)) {
      throw new TranscriptError('HTML fragment without <html>: save the whole page from the Ministry\'s site');
    }
    ({ title, lines } = readPlainText(text));
  }
  if (!title) throw new TranscriptError('no title naming the spokesperson and date');

  const facts = readTitle(title);
  if (!facts.spokesperson) throw new TranscriptError(`the title names no spokesperson: "${title}"`);
  const date = facts.date ?? hints.date ?? null;
  if (!date) throw new TranscriptError(`the title carries no full date and no manifest gives one: "${title}"`);

  const records = assembleRecords(lines, date, facts.spokesperson);
  if (records.length === 0) throw new TranscriptError('no question, answer or statement could be read from it');
  return { file, title, date, key: date, spokesperson: facts.spokesperson, url: hints.url ?? null, records };
}
