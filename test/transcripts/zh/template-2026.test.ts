import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildChineseSite } from '../../../scripts/build-zh-site-fixture.js';
import { decodeTranscript } from '../../../src/transcripts/decode.js';
import { parseTranscript } from '../../../src/transcripts/parse.js';

/**
 * Today's Chinese template (SITE.md: `div.news-main#News_Body_Txt_A`, ending at `div.news-foot`).
 * The pages are real briefings from seeds/mfa-zh copied into that template by
 * scripts/build-zh-site-fixture.ts, not pages the live site served.
 */
const dir = mkdtempSync(join(tmpdir(), 'spox-zh-template-'));
const pages = buildChineseSite(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const parse = (file: string, html: string) => parseTranscript(file, html);

describe("the Chinese site's current template", () => {
  it('parses into exactly the records of the same briefing in the old template (UTF-8 and GB18030 pages)', () => {
    expect(pages.map((p) => p.charset)).toEqual(['utf-8', 'utf-8', 'gb18030']);
    for (const page of pages) {
      const old = parse(page.seedFile, decodeTranscript(readFileSync(page.seedFile)));
      const current = parse(page.path, decodeTranscript(readFileSync(join(dir, page.path))));
      expect(current).toMatchObject({ lang: 'zh', title: page.title, date: page.date, key: `zh-${page.date}`, spokesperson: old.spokesperson });
      expect(current.records).toEqual(old.records);
      expect(current.records.length).toBeGreaterThan(3);
    }
  });

  it('ends the transcript at div.news-foot, and takes the title from <title> without the site name when no meta gives it', () => {
    const page = pages[0]!;
    const html = decodeTranscript(readFileSync(join(dir, page.path))).replace(/<meta name="ArticleTitle"[^>]*>/, '');
    expect(html).toContain(`<title>${page.title}_中华人民共和国外交部</title>`);
    const transcript = parse(page.path, html);
    expect(transcript.title).toBe(page.title);
    expect(transcript.records.at(-1)!.answer.join('')).not.toContain('打印本页');
    expect(html).toContain('打印本页'); // the footer is on the page, only not in the transcript
  });

  it('refuses a page of that template without its body, naming both templates', () => {
    const html = decodeTranscript(readFileSync(join(dir, pages[0]!.path))).replace('class="news-main" id="News_Body_Txt_A"', 'class="main"');
    expect(() => parse('x.shtml', html)).toThrow(/no transcript body \(<div class="content">, or today's <div class="news-main" id="News_Body_Txt_A">\)/);
  });
});
