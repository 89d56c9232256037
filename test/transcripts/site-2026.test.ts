import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';
import { parseTranscript } from '../../src/transcripts/parse.js';
import { readTitle } from '../../src/transcripts/title.js';
import type { Transcript } from '../../src/transcripts/types.js';
import { exchanges } from './helpers.js';
import { SHARED_CORPUS } from '../shared-corpus.js';

const SITE = `${SHARED_CORPUS}/site-2026/pages`;
const dir = mkdtempSync(join(tmpdir(), 'spox-site2026-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The transcript text the current template shows, without the parser: div.content_text up to the clear:both div. */
function visibleText(file: string): string {
  const raw = readFileSync(file, 'utf8');
  const start = raw.indexOf('<div class="content_text">');
  const end = raw.indexOf('<div style="clear:both;">', start);
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return decodeHTML(raw.slice(start, end).replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ');
}

function paragraphsOf(t: Transcript): string[] {
  return t.records.flatMap((r) => [...(r.kind === 'exchange' ? r.question : []), ...r.answer]);
}

describe('the 2026 site pages bundled in seeds/site-2026', () => {
  const outcomes = parseTranscriptFiles(['seeds/site-2026']);
  const byName = new Map(outcomes.map((o) => [o.file.split('/').pop()!, o]));
  const get = (name: string): Transcript => {
    const o = byName.get(name);
    if (!o?.ok) throw new Error(`${name}: ${o && !o.ok ? o.error : 'missing'}`);
    return o.transcript;
  };

  it('parses all three, verbatim: every paragraph occurs in the page\'s visible text, and all of that text is kept', () => {
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true]);
    for (const o of outcomes) {
      if (!o.ok) continue;
      const visible = visibleText(o.file);
      const paragraphs = paragraphsOf(o.transcript);
      for (const p of paragraphs) expect(visible).toContain(p);
      // Nothing is lost either: the labels taken off plus the paragraphs make up the visible text.
      const kept = paragraphs.join('').replace(/\s+/g, '').length;
      const labels = [...visible.matchAll(/(?:^|\s)(Q|A|[A-Z][\w’ ]{1,30}):\s/g)].reduce((n, m) => n + m[1]!.replace(/\s+/g, '').length + 1, 0);
      // A line of asterisks only separates the questions from what follows them: it is not kept.
      expect(kept + labels).toBe(visible.replace(/\s+/g, '').replace(/[*＊]{3,}/g, '').length);
    }
  });

  it('reads the press conference of 2026-08-17: title with its typographic apostrophe, statement, outlets, ids', () => {
    const t = get('t20260817_12005503.html');
    expect(t.title).toBe('Foreign Ministry Spokesperson Lin Jian’s Regular Press Conference on August 17, 2026');
    expect([t.date, t.spokesperson, t.occasion]).toEqual(['2026-08-17', 'Lin Jian', 'press-conference']);
    expect(t.url).toBe('https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202608/t20260817_12005503.html');
    expect(t.records.map((r) => r.id)).toEqual(['2026-08-17#s1', ...Array.from({ length: 8 }, (_, i) => `2026-08-17#${i + 1}`)]);
    expect(t.records[0]!.answer[0]).toMatch(/^At the invitation of Member of the Political Bureau/);
    expect(exchanges(t).map((e) => e.outlet)).toEqual([
      'CCTV', 'Bloomberg', 'The Paper', 'People’s Daily', 'Reuters', 'Antara', 'Xinhua News Agency', null,
    ]);
    const [cctv] = exchanges(t);
    expect(cctv!.question[0]).toContain('What’s China’s expectation on this visit?'); // typographic quotes as published
    expect(cctv!.answer).toHaveLength(2);
    expect(cctv!.answer[0]).toMatch(/^This is King Abdullah II’s ninth visit/); // "Lin Jian:" label taken off
    const late = exchanges(t)[7]!;
    expect(late.question[0]).toMatch(/^The following question was raised after the press conference: Some media in Pakistan/);
    expect(late.answer[0]).toMatch(/^The Chinese government has all along fought telecom fraud/);
    expect(paragraphsOf(t).join(' ')).not.toMatch(/Copyright|Links:|Print|Share/);
  });

  it('reads the written remarks of 2026-08-10 as a transcript of written remarks', () => {
    const t = get('t20260810_12001539.html');
    expect([t.date, t.spokesperson, t.occasion]).toEqual(['2026-08-10', 'Guo Jiakun', 'written-remarks']);
    expect(exchanges(t).map((e) => [e.id, e.outlet])).toEqual([
      ['2026-08-10#1', 'Global Times'], ['2026-08-10#2', 'Bloomberg'], ['2026-08-10#3', 'Prensa Latina'],
    ]);
    expect(exchanges(t)[1]!.question[0]).toContain('the “standard names” of 27 locations in “Arunachal Pradesh.”');
  });

  it('reads a statement that names no spokesperson: Q:/A: turns, dated from its publication time', () => {
    const t = get('t20260718_11985618.html');
    expect(t.title).toBe('Foreign Ministry Spokesperson’s Remarks on the UK Nationalizing British Steel');
    expect([t.date, t.spokesperson, t.occasion]).toEqual(['2026-07-18', 'Foreign Ministry Spokesperson', 'statement']);
    const [only, ...rest] = exchanges(t);
    expect(rest).toEqual([]);
    expect(only!.id).toBe('2026-07-18#1');
    expect(only!.outlet).toBeNull();
    expect(only!.question[0]).toMatch(/^According to reports, the UK government announced on July 16/);
    expect(only!.answer[0]).toMatch(/^The Ministry of Commerce of China has made a response/);
    expect(only!.spokesperson).toBe('Foreign Ministry Spokesperson');
  });

  it('dates a statement without a publication time from the listing, and fails saying why without one', () => {
    const html = readFileSync('seeds/site-2026/t20260718_11985618.html', 'utf8')
      .replace(/<meta name="PubDate"[^>]*>/, '')
      .replace(/<span class="xltime">[^<]*<\/span>/, '');
    expect(parseTranscript('statement.html', html, { published: '2026-07-18' }).date).toBe('2026-07-18');
    expect(() => parseTranscript('statement.html', html)).toThrow(/the title carries no full date and neither the page nor a manifest gives one/);
  });

  it('reads the page by its structure: title from <title> without the site suffix, the older news_content body, extra attributes', () => {
    const real = readFileSync('seeds/site-2026/t20260810_12001539.html', 'utf8');
    const expected = parseTranscript('page.html', real);
    const variants = [
      real.replace(/<meta name="ArticleTitle"[^>]*>/, '').replace(/<div class="news_header_title">[^<]*<\/div>/, ''),
      real.replace(/<meta name="ArticleTitle"[^>]*>/, '').replace(/<div class="news_header_title">[^<]*<\/div>/, '')
        .replace("_Ministry of Foreign Affairs of the People's Republic of China</title>", '_Ministry of Foreign Affairs</title>'),
      real.replace('<div class="content_text">', '<div class="news_content">'),
      real.replace('<div class="content_text">', '<div id="News_Body" class="content_text clearfix" data-x="1">\n  ')
        .replace(/<p>/g, '<p style="text-indent: 2em;">\n'),
      // The body left unclosed, so the print link, "Links: …" and the copyright fall inside it.
      real.replace('<div style="clear:both;"></div>\n</div>', '<div style="clear:both;"></div>'),
    ];
    for (const html of variants) {
      const t = parseTranscript('page.html', html);
      expect(t.title).toBe('Foreign Ministry Spokesperson Guo Jiakun’s Remarks on August 10, 2026');
      expect(t.records).toEqual(expected.records);
    }
  });

  it('takes the date from the title, not from a URL of another year (briefings re-published under 2024 URLs)', () => {
    const sub = join(dir, 'republished');
    mkdirSync(sub);
    copyFileSync('seeds/site-2026/t20260810_12001539.html', join(sub, 't20240510_11111111.html'));
    writeFileSync(join(sub, 'MANIFEST.tsv'), 'file\turl\tfetched_at\ttitle\n' +
      't20240510_11111111.html\thttps://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202405/t20240510_11111111.html\t2026-08-20T00:00:00Z\t\n');
    const [o] = parseTranscriptFiles([sub]);
    expect(o?.ok && o.transcript.date).toBe('2026-08-10');
  });
});

describe('pages of the site that are not transcripts', () => {
  const outcomes = parseTranscriptFiles([
    `${SITE}/web/system/index_17321.shtml`, `${SITE}/eng/xw/fyrbt/lxjzh/index.html`,
    `${SITE}/eng/xw/fyrbt/lxjzh/index_1.html`, `${SITE}/eng/xw/fyrbt/fyrbt/index.html`,
  ]);

  it('rejects the maintenance page (系统维护) saying what it is', () => {
    const [maintenance] = outcomes;
    expect(maintenance).toMatchObject({ ok: false });
    expect(maintenance!.ok === false && maintenance!.error).toMatch(/not a Ministry transcript page: .*"system maintenance" page \(系统维护\)/);
  });

  it('rejects every listing page as a listing, naming how many links it holds', () => {
    const errors = outcomes.slice(1).map((o) => (o.ok ? 'parsed' : o.error));
    expect(errors).toEqual([
      'not a Ministry transcript page: it is a listing page (2 links to transcripts)',
      'not a Ministry transcript page: it is a listing page (1 link to transcripts)',
      'not a Ministry transcript page: it is a listing page (1 link to transcripts)',
    ]);
  });
});

describe('the 2026 plain-text pastes in seeds/plain-text', () => {
  const outcomes = parseTranscriptFiles(['seeds/plain-text', 'seeds/site-2026']);
  const byName = new Map(outcomes.flatMap((o) => (o.ok ? [[o.file.split('/').pop()!, o.transcript] as const] : [])));

  it('reads the pasted press conference exactly as the page: same paragraphs, the page keeping the plain key', () => {
    const pasted = byName.get('t20260817_12005503.txt')!;
    const page = byName.get('t20260817_12005503.html')!;
    expect(pasted.occasion).toBe('press-conference');
    expect(pasted.records.map((r) => ({ ...r, id: r.id.replace('2026-08-17b', '2026-08-17') }))).toEqual(page.records);
    expect([page.key, pasted.key]).toEqual(['2026-08-17', '2026-08-17b']);
    const lines = readFileSync(pasted.file, 'utf8').split('\n');
    for (const p of paragraphsOf(pasted)) expect(lines.some((l) => l.includes(p))).toBe(true);
  });

  it('dates the pasted statement from its manifest URL (the paste carries no date) and reads its Q:/A: turns', () => {
    const pasted = byName.get('t20260718_11985618.txt')!;
    expect([pasted.date, pasted.spokesperson, pasted.occasion]).toEqual(['2026-07-18', 'Foreign Ministry Spokesperson', 'statement']);
    expect(pasted.records.map((r) => r.kind === 'exchange' && [r.question, r.answer])).toEqual(
      byName.get('t20260718_11985618.html')!.records.map((r) => r.kind === 'exchange' && [r.question, r.answer]),
    );
  });
});

describe('occasion, from the title', () => {
  it('names each kind of the 2018-2020 pages as its title does', () => {
    const manifest = readFileSync('seeds/mfa-en/MANIFEST.tsv', 'utf8').trim().split('\n').slice(1).map((row) => row.split('\t'));
    const parsed = new Map(parseTranscriptFiles(['seeds/mfa-en']).flatMap((o) => (o.ok ? [[o.file.split('/').pop()!, o.transcript] as const] : [])));
    const count = new Map<string, number>();
    for (const [file, , , title] of manifest) {
      const t = parsed.get(file!)!;
      count.set(t.occasion, (count.get(t.occasion) ?? 0) + 1);
      const expected = /Regular Press Conference/.test(title!) ? 'press-conference'
        : /Daily Briefing Online/.test(title!) ? 'online-briefing'
          : /Remarks on [A-Z][a-z]+ \d+, \d{4}$/.test(title!) ? 'written-remarks' : 'remarks';
      expect([file, t.occasion]).toEqual([file, expected]);
    }
    expect(Object.fromEntries(count)).toEqual({ 'press-conference': 416, 'written-remarks': 9, remarks: 1, 'online-briefing': 15 });
  });

  it('reads the five kinds from titles with either apostrophe', () => {
    const occasion = (title: string) => readTitle(title).occasion;
    expect(occasion("Foreign Ministry Spokesperson Hua Chunying's Daily Briefing Online on February 3, 2020")).toBe('online-briefing');
    expect(occasion('Foreign Ministry Spokesperson Mao Ning’s Regular Press Conference on March 1, 2024')).toBe('press-conference');
    expect(occasion('Foreign Ministry Spokesperson Guo Jiakun’s Remarks on August 10, 2026')).toBe('written-remarks');
    expect(occasion("Foreign Ministry Spokesperson Hua Chunying's Remarks on US House Speaker Nancy Pelosi's Erroneous Remarks on Hong Kong")).toBe('remarks');
    expect(readTitle('Foreign Ministry Spokesperson’s Remarks on the UK Nationalizing British Steel')).toMatchObject({
      occasion: 'statement', spokesperson: 'Foreign Ministry Spokesperson', date: null,
    });
    expect(readTitle('Some notes of mine').occasion).toBeNull();
  });
});
