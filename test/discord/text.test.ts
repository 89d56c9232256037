import { describe, expect, it } from 'vitest';
import { escapeVerbatim, unescapeMarkdown } from '../../src/discord/markdown.js';
import { RateLimiter } from '../../src/answers/rate-limit.js';
import { ResultStore } from '../../src/answers/result-store.js';
import { escapedLabel, fitExcerpt, plainLabel, splitVerbatim } from '../../src/discord/text-fit.js';

describe('escapeVerbatim', () => {
  const samples = [
    'The **so-called** "democracy" is _nothing_ but ~~a lie~~ || spoiler || `code`',
    '# Not a heading\n- not a list\n+ nor this\n> not a quote\n1. not numbered\n  2) nor this',
    'Ask <@123456789012345678> or @everyone about [this](https://example.com) \\ backslash',
    '*****************************************',
  ];

  it('escapes every Markdown character so the text renders as written', () => {
    for (const text of samples) expect(unescapeMarkdown(escapeVerbatim(text))).toBe(text);
    const escaped = escapeVerbatim(samples[1]!);
    expect(escaped).toContain('\\# Not');
    expect(escaped).toContain('\\- not');
    expect(escaped).toContain('\\> not');
    expect(escaped).toContain('1\\. not');
    expect(escapeVerbatim('a *b* c')).toBe('a \\*b\\* c');
    expect(escapeVerbatim('<@1>')).toBe('\\<@1\\>');
  });

  it('leaves a web address as written, since Discord links it and would show a backslash in it (2020-03-24#2)', () => {
    const text = 'in a statement (http://www.zgjx.cn/2020-03/12/c_138871257.htm) issued on March 12';
    expect(escapeVerbatim(text)).toBe(text);
    const chinese = '原文链接http://www.zgjx.cn/2020-03/12/c_138871257.htm）。*今天*';
    expect(escapeVerbatim(chinese)).toBe('原文链接http://www.zgjx.cn/2020-03/12/c_138871257.htm）。\\*今天\\*');
    for (const sample of [text, chinese]) expect(unescapeMarkdown(escapeVerbatim(sample))).toBe(sample);
  });

  it('escapes the text around a web address, which can neither start nor end formatting nor make a masked link', () => {
    // The address ends where Discord's link does (before trailing punctuation, white space and `<`),
    // or sooner: never on a character formatting uses.
    expect(escapeVerbatim('_see https://a.cn/x_y. now_')).toBe('\\_see https://a.cn/x_y. now\\_');
    expect(escapeVerbatim('_see https://a.cn/x_y_ now')).toBe('\\_see https://a.cn/x_y\\_ now');
    expect(escapeVerbatim('**https://a.cn/x*y**')).toBe('\\*\\*https://a.cn/x*y\\*\\*');
    expect(escapeVerbatim('~~https://a.cn/x~y~~')).toBe('\\~\\~https://a.cn/x~y\\~\\~');
    // …and before any character a URL cannot hold: the rest is escaped as text.
    expect(escapeVerbatim('https://a.cn/x_y|_|z`c`')).toBe('https://a.cn/x_y\\|\\_\\|z\\`c\\`');
    expect(escapeVerbatim('https://a.cn/x\\_y')).toBe('https://a.cn/x\\\\\\_y');
    // Brackets are always escaped, so no masked link can be made of an address.
    expect(escapeVerbatim('[click](https://evil.example/_x_)')).toBe('\\[click\\](https://evil.example/_x\\_)');
    expect(escapeVerbatim('https://a.cn/[x](https://evil.example)')).toBe('https://a.cn/\\[x\\](https://evil.example)');
    expect(escapeVerbatim('<https://a.cn/x_y>')).toBe('\\<https://a.cn/x_y\\>');
    // Not where Discord's link might not start (inside a word), nor a scheme alone.
    expect(escapeVerbatim('xhttps://a.cn/x_y')).toBe('xhttps://a.cn/x\\_y');
    expect(escapeVerbatim('http://_')).toBe('http://\\_');
    // A line that starts after an address still has its start escaped.
    expect(escapeVerbatim('https://a.cn/x_y\n# z')).toBe('https://a.cn/x_y\n\\# z');
  });

  it('leaves ordinary prose alone', () => {
    const prose = 'China firmly opposes this. We urge the US side to stop, and to honor its commitments: 1.5 percent.';
    expect(escapeVerbatim(prose)).toBe(prose);
  });
});

describe('splitVerbatim', () => {
  const paragraph = (n: number, words: number): string =>
    Array.from({ length: words }, (_, i) => `word${n}x${i}${i % 12 === 11 ? '.' : ''}`).join(' ');

  it('cuts at paragraph boundaries first, keeping every character', () => {
    const text = [paragraph(1, 60), paragraph(2, 60), paragraph(3, 60)].join('\n\n');
    const pieces = splitVerbatim(text, 1000);
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces.slice(0, -1)) expect(piece.endsWith('\n\n')).toBe(true);
  });

  it('cuts after a sentence when a paragraph is longer than a piece, and never mid-word', () => {
    const text = paragraph(1, 400);
    const pieces = splitVerbatim(text, 700);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) expect(escapeVerbatim(piece).length).toBeLessThanOrEqual(700);
    for (const piece of pieces.slice(0, -1)) expect(piece).toMatch(/\. $/);
  });

  it('counts the escaping against the budget', () => {
    const text = '** '.repeat(500);
    const pieces = splitVerbatim(text, 100);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) expect(escapeVerbatim(piece).length).toBeLessThanOrEqual(100);
  });
});

describe('labels and excerpts', () => {
  it('cuts a label at a word boundary with "…"', () => {
    expect(escapedLabel('What is your comment on the *new* measures announced today?', 30)).toBe('What is your comment on the…');
    expect(plainLabel('According to   reports, the Archbishop said', 24)).toBe('According to reports,…');
    expect(plainLabel('short', 24)).toBe('short');
  });

  it('never cuts a label just after an abbreviation or an initial ("Mr.…", "S.…")', () => {
    const question = 'Foreign Minister Wang Yi had a phone conversation with Dr. S. Jaishankar and Mr. Pompeo about the border.';
    for (let max = 20; max < question.length; max++) {
      for (const label of [plainLabel(question, max), escapedLabel(question, max)]) {
        expect(label).not.toMatch(/\b(?:Dr|Mr|S)\.…$/);
      }
    }
  });

  it('keeps an excerpt whole when it fits, else its opening sentences and " …"', () => {
    expect(fitExcerpt('One. Two.', 100)).toBe('One. Two.');
    expect(fitExcerpt('First sentence here. Second sentence is longer than the room.', 30)).toBe('First sentence here. …');
  });
});

describe('paging state and rate limit', () => {
  it('forgets a result after its time to live, and keeps a bounded number', () => {
    let now = 0;
    const store = new ResultStore({ ttlMs: 1000, maxEntries: 2, now: () => now });
    const entry = {
      userId: 'u', query: 'q', filters: {}, mode: 'lexical', sort: 'relevance', latestIntent: false,
      hits: [], matches: [], total: 0, first: null, last: null, passing: 0, note: null, described: null, spokespersonNamed: null, monthNamed: null, related: 0, missing: { inNoRecord: [], inNoMatch: [] },
    } as const;
    const first = store.add({ ...entry, hits: [], matches: [] });
    expect(store.get(first.id)).toBe(first);
    now = 1000;
    expect(store.get(first.id)).toBeUndefined();
    const ids = [1, 2, 3].map(() => store.add({ ...entry, hits: [], matches: [] }).id);
    expect(store.size).toBe(2);
    expect(store.get(ids[0]!)).toBeUndefined();
    expect(store.get(ids[2]!)).toBeDefined();
  });

  it('allows N queries per user per window, then says how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 2, windowMs: 60_000, now: () => now });
    expect(limiter.take('a').ok).toBe(true);
    now = 10_000;
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterMs: 50_000 });
    expect(limiter.take('b').ok).toBe(true);
    now = 60_001;
    expect(limiter.take('a').ok).toBe(true);
  });
});
