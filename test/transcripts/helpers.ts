import { readFileSync } from 'node:fs';
import { decodeHTML } from 'entities';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';
import type { Exchange, Transcript } from '../../src/transcripts/types.js';

export const SEED_PAGES = 'seeds/mfa-en';

/** Parses one bundled page (its folder's manifest gives the URL) and fails loudly if it does not parse. */
export function parseSeed(name: string): Transcript {
  const [outcome] = parseTranscriptFiles([name.includes('/') ? name : `${SEED_PAGES}/${name}`]);
  if (!outcome?.ok) throw new Error(`${name} did not parse: ${outcome?.ok === false ? outcome.error : 'no outcome'}`);
  return outcome.transcript;
}

export function exchanges(t: Transcript): Exchange[] {
  return t.records.filter((r): r is Exchange => r.kind === 'exchange');
}

/**
 * The verbatim check: every question and answer paragraph must occur in its page's visible text
 * (worked out without the parser, by `visibleText`). Returns the paragraphs that do not, and how
 * many were checked.
 */
export function verbatimMisses(transcripts: Transcript[], visibleText: (file: string) => string): { misses: string[]; checked: number } {
  const misses: string[] = [];
  let checked = 0;
  for (const t of transcripts) {
    const visible = visibleText(t.file);
    for (const r of t.records) {
      for (const p of [...r.answer, ...(r.kind === 'exchange' ? r.question : [])]) {
        checked++;
        if (!visible.includes(p)) misses.push(`${r.id}: ${p.slice(0, 80)}`);
      }
    }
  }
  return { misses, checked };
}

/**
 * An English page's visible transcript text, computed without the parser: the content div's markup
 * with scripts and tags removed, entities decoded, white space collapsed (a plain-text file as it is).
 */
export function englishVisibleText(file: string): string {
  const raw = readFileSync(file, 'utf8');
  // The 2018-2020 template, then the current one (seeds/site-2026).
  const current = raw.includes('<div class="content_text">');
  const start = raw.indexOf(current ? '<div class="content_text">' : '<div class="content">');
  const end = raw.indexOf(current ? '<div style="clear:both;">' : '<div class="tool"', start);
  const body = file.endsWith('.txt') ? raw : raw.slice(start, end);
  const text = body.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '').replace(/<[^>]*>/g, '');
  return decodeHTML(text).replace(/\s+/g, ' ');
}

/**
 * A Chinese page's visible transcript text, computed without the parser: the content div's markup
 * (up to the attachment list that follows it) with scripts and tags removed, entities decoded, runs
 * of white space other than the ideographic space U+3000 collapsed.
 */
export function chineseVisibleText(file: string): string {
  const raw = readFileSync(file, 'utf8');
  const start = raw.indexOf('id="News_Body_Txt_A"');
  const end = raw.indexOf('id="appendix_list"', start);
  const text = raw.slice(start, end).replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '').replace(/<[^>]*>/g, '');
  return decodeHTML(text).replace(/[^\S\u3000]+/g, ' ');
}
