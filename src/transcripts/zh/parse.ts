import { TranscriptError } from '../errors.js';
import { readPage } from '../html.js';
import { assembleRecords } from '../turns.js';
import type { Transcript } from '../types.js';
import { normalizeChineseLine } from './text.js';
import { isChineseTitle, readChineseTitle } from './title.js';
import { classifyChineseLine } from './turns.js';

/** The briefing key of a Chinese transcript: record ids `zh-2019-07-10#3` never collide with English ones. */
export function chineseKey(date: string): string {
  return `zh-${date}`;
}

/** Whether an HTML page is a Chinese press-conference page (by its `<title>`). */
export function isChinesePage(html: string): boolean {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html.slice(0, 16_384));
  return title !== null && isChineseTitle(title[1]!);
}

/** Parses a page of the Ministry's Chinese site, either template (`问：`/`答：`, or `路透社记者：`/`赵立坚：`). */
export function parseChineseTranscript(file: string, html: string, hints: { url?: string | null; date?: string | null } = {}): Transcript {
  const page = readPage(html, normalizeChineseLine);
  if (!page.complete) throw new TranscriptError('truncated HTML: the page ends before </html>');
  if (page.lines === null) {
    throw new TranscriptError('not a Ministry transcript page: it has no transcript body (<div class="content">, or today\'s <div class="news-main" id="News_Body_Txt_A">)');
  }
  // The site's name follows the title: `— 中华人民共和国外交部` (to 2020), `_中华人民共和国外交部` (today).
  const title = page.title.replace(/\s*[—–_-]+\s*中华人民共和国外交部\s*$/, '');
  const facts = readChineseTitle(title);
  if (!facts.spokesperson || !facts.occasion) throw new TranscriptError(`the title names no spokesperson: "${title}"`);
  const date = facts.date ?? hints.date ?? null;
  if (!date) throw new TranscriptError(`the title carries no full date and no manifest gives one: "${title}"`);
  const key = chineseKey(date);
  const records = assembleRecords(page.lines, key, facts.spokesperson, classifyChineseLine);
  if (records.length === 0) throw new TranscriptError('no question, answer or statement could be read from it');
  return { lang: 'zh', file, title, date, key, spokesperson: facts.spokesperson, occasion: facts.occasion, url: hints.url ?? null, records };
}
