/**
 * Builds a small copy of the Ministry's **Chinese** site as SITE.md describes today's template
 * (`../shared/corpus/site-2026/SITE.md`, "The Chinese site"), for the sync's tests: no Chinese page
 * of today's site could be recovered here, so these are NOT pages the live site served. Each
 * transcript is a real briefing bundled in `seeds/mfa-zh/` (the old site's template): its paragraphs
 * are copied verbatim (bold runs kept bold, `<br>` kept, the indentation at paragraph starts left
 * out, as the parser leaves it out) into the documented markup — `div.news-main#News_Body_Txt_A`,
 * questions `<p><strong>…</strong></p>`, the body ending at `div.news-foot` — at a path of today's
 * URL scheme (`/web/fyrbt_673021/jzhsl_673025/YYYYMM/tYYYYMMDD_N.shtml`, N the old page's article
 * number: the real numbers are not known here), with the listing pages `index.shtml` and
 * `index_1.shtml` linking them newest first. The oldest briefing and its listing page are encoded in
 * GB18030 (the superset of GB2312/GBK the site's older Chinese pages use: this one holds a `･`
 * that GBK lacks) and say so in `<meta charset>`.
 *
 * `npx tsx scripts/build-zh-site-fixture.ts OUT_DIR` writes it to a folder; the tests build it in a
 * temporary folder from the seeds (nothing generated is checked in).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';
import iconv from 'iconv-lite';
import { readManifest } from '../src/transcripts/manifest.js';

/** The Chinese site's press-conference section (SITE.md). */
export const ZH_SECTION = '/web/fyrbt_673021/jzhsl_673025/';
const SEEDS_ZH = 'seeds/mfa-zh';

/** One briefing of the fixture: where its text comes from and where the fake site serves it. */
export interface ChineseFixturePage {
  date: string;
  title: string;
  /** The bundled page its paragraphs are copied from. */
  seedFile: string;
  /** URL path on the fake site. */
  path: string;
  charset: 'utf-8' | 'gb18030';
}

/**
 * The briefings, newest first, by listing page: 2019-03-06 (Huawei, Meng Wanzhou) and 2019-01-25,
 * whose English pages are bundled in seeds/mfa-en and hand-aligned in test/fixtures/zh-alignment.json;
 * 2016-11-15, of which there is no English page.
 */
export const LISTING_PAGES: string[][] = [['2019-03-06', '2019-01-25'], ['2016-11-15']];
const GB18030_DATES = new Set(['2016-11-15']);

/** An element that starts a paragraph of the copied text. */
const BLOCK = new Set(['p', 'div', 'li', 'tr', 'td', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'blockquote']);
const HIDDEN = new Set(['script', 'style', 'noscript']);

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The body of a bundled Chinese page (`#News_Body_Txt_A`) as paragraphs of today's template: the
 * text exactly as the page holds it, bold runs in `<strong>`, line breaks as `<br>`, images as an
 * image paragraph; only the paragraph's leading indentation (white space, U+3000) is left out.
 */
export function paragraphsOf(html: string): string[] {
  const paragraphs: string[] = [];
  let depth = 0; // inside the body: open elements below it
  let inBody = false;
  let bold = 0;
  let hidden = 0;
  let parts: { text: string; bold: boolean }[] = [];
  let breaks: number[] = []; // part indexes where a <br> falls
  let images = 0;

  const flush = (): void => {
    let html = '';
    let started = false;
    for (let i = 0; i < parts.length; i++) {
      if (breaks.includes(i) && started) html += '<br>';
      let text = parts[i]!.text;
      if (!started) {
        text = text.replace(/^[\s\u3000]+/, '');
        if (!text) continue;
        started = true;
      }
      html += parts[i]!.bold ? `<strong>${escapeHtml(text)}</strong>` : escapeHtml(text);
    }
    html = html.replace(/<\/strong><strong>/g, '');
    if (started && html.replace(/<[^>]+>/g, '').trim()) paragraphs.push(`<p>${html}</p>`);
    else if (images > 0) paragraphs.push('<p style="text-align: center;"><img src="./W020260817000000000000.jpg"></p>');
    parts = [];
    breaks = [];
    images = 0;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (!inBody) {
          if (attribs.id === 'News_Body_Txt_A') {
            inBody = true;
            depth = 0;
          }
          return;
        }
        depth++;
        if (name === 'b' || name === 'strong') bold++;
        if (HIDDEN.has(name)) hidden++;
        if (BLOCK.has(name)) flush();
        if (name === 'br') breaks.push(parts.length);
        if (name === 'img') images++;
      },
      ontext(text) {
        if (inBody && hidden === 0) parts.push({ text, bold: bold > 0 });
      },
      onclosetag(name) {
        if (!inBody) return;
        if (depth === 0) {
          flush();
          inBody = false;
          return;
        }
        depth--;
        if (name === 'b' || name === 'strong') bold--;
        if (HIDDEN.has(name)) hidden--;
        if (BLOCK.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return paragraphs;
}

/** A transcript page in today's Chinese template (SITE.md), around the copied paragraphs. */
function transcriptPage(page: ChineseFixturePage, paragraphs: string[]): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="${page.charset}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${page.title}_中华人民共和国外交部</title>
<meta name="ArticleTitle" content="${page.title}">
<meta name="PubDate" content="${page.date} 19:30">
<meta name="ContentSource" content="外交部">
<link rel="stylesheet" href="/web/images/common.css">
</head>
<body>
<div class="header"><a href="/web/">首页</a> <a href="/web/wjb_673085/">外交部</a> <a href="/web/fyrbt_673021/">发言人表态</a></div>
<div class="position"><a href="/web/">首页</a> &gt; <a href="/web/fyrbt_673021/">发言人表态</a> &gt; <a href="${ZH_SECTION}">例行记者会</a></div>
<div class="vibox">
<div class="news-title"><h1>${page.title}</h1></div>
<div class="news-time"><span id="News_Body_Time">${page.date} 19:30</span></div>
<div class="news-main" id="News_Body_Txt_A">
${paragraphs.join('\n')}
<div class="news-foot"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
</div>
<div class="footer"><a href="/web/">中华人民共和国外交部</a></div>
</body>
</html>
`;
}

/** A listing page of the section, as the English one is built (SITE.md), linking `pages` newest first. */
function listingPage(pages: ChineseFixturePage[], index: number, count: number, charset: string): string {
  const items = pages.map((p) => `<li><a href="./${p.path.slice(ZH_SECTION.length)}" target="_blank">${p.title}</a><span>${p.date}</span></li>`);
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="${charset}"><title>例行记者会_中华人民共和国外交部</title></head>
<body>
<div class="header"><a href="/web/">首页</a> <a href="/web/fyrbt_673021/">发言人表态</a></div>
<div class="position">首页 &gt; 发言人表态 &gt; 例行记者会</div>
<div class="newsBd"><ul class="list1">
${items.join('\n')}
</ul></div>
<div class="page"><script>var countPage = ${count}; var currentPage = ${index}; createPageHTML(countPage, currentPage, "index", "shtml");</script></div>
<div class="footer">中华人民共和国外交部</div>
</body></html>
`;
}

/** The fixture's briefings, from the bundled pages' manifest. */
export function chineseFixturePages(seedsDir: string = SEEDS_ZH): ChineseFixturePage[] {
  const manifest = readManifest(seedsDir);
  return LISTING_PAGES.flat().map((date) => {
    const entry = [...manifest].find(([, e]) => e.date === date);
    if (!entry) throw new Error(`${seedsDir}: no bundled Chinese page of ${date}`);
    const [file, { title }] = entry;
    const number = /^t(\d+)\./.exec(file)?.[1];
    if (!number || !title) throw new Error(`${seedsDir}/${file}: not a bundled page with a title`);
    const compact = date.replace(/-/g, '');
    return {
      date, title, seedFile: join(seedsDir, file), path: `${ZH_SECTION}${compact.slice(0, 6)}/t${compact}_${number}.shtml`,
      charset: GB18030_DATES.has(date) ? 'gb18030' : 'utf-8',
    };
  });
}

function encode(text: string, charset: string): Buffer {
  return charset === 'utf-8' ? Buffer.from(text) : iconv.encode(text, 'gb18030');
}

/** Writes the fixture site under `outDir` at its URL paths; returns its briefings. */
export function buildChineseSite(outDir: string, seedsDir: string = SEEDS_ZH): ChineseFixturePage[] {
  const pages = chineseFixturePages(seedsDir);
  for (const page of pages) {
    const file = join(outDir, page.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, encode(transcriptPage(page, paragraphsOf(readFileSync(page.seedFile, 'utf8'))), page.charset));
  }
  LISTING_PAGES.forEach((dates, index) => {
    const listed = dates.map((d) => pages.find((p) => p.date === d)!);
    const charset = listed.some((p) => p.charset !== 'utf-8') ? 'gb18030' : 'utf-8';
    const name = index === 0 ? 'index.shtml' : `index_${index}.shtml`;
    writeFileSync(join(outDir, ZH_SECTION, name), encode(listingPage(listed, index, LISTING_PAGES.length, charset), charset));
  });
  return pages;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: npx tsx scripts/build-zh-site-fixture.ts OUT_DIR');
    process.exitCode = 2;
  } else {
    for (const page of buildChineseSite(outDir)) console.log(`${page.path}  ${page.title} (${page.charset})`);
  }
}
