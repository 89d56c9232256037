import { beforeAll, describe, expect, it } from 'vitest';
import { editorNotes } from '../../src/search/editor-notes.js';
import { phraseOf } from '../../src/search/phrase.js';
import { renderQuote, selectQuoteSpans } from '../../src/search/quote.js';
import { splitSentences } from '../../src/search/sentences.js';
import { sentenceKind } from '../../src/search/stance.js';
import { termsOf } from '../../src/search/terms.js';
import { toIndexedRecords } from '../../src/store/records.js';
import type { QuoteSpan } from '../../src/search/types.js';
import type { IndexedRecord } from '../../src/store/types.js';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';

let records: IndexedRecord[];
/** Every bundled Chinese answer. */
let chinese: IndexedRecord[];
const byId = (id: string): IndexedRecord => records.find((r) => r.id === id) ?? chinese.find((r) => r.id === id)!;
const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));
/** The quote of a record for its own question's words (or `query`'s), and for the phrases given. */
const quoteFor = (r: IndexedRecord, query: string = r.question ?? '', phrases: string[] = []): string =>
  renderQuote(r.answer, selectQuoteSpans(r.answer, termsOf(query), () => 1, phrases.map((p) => phraseOf(p)!)));

/** The quote spans of each record for its own question's words, worked out once. */
const ownQuotes = new Map<string, QuoteSpan[]>();
const ownSpans = (r: IndexedRecord): QuoteSpan[] => {
  if (!ownQuotes.has(r.id)) ownQuotes.set(r.id, selectQuoteSpans(r.answer, termsOf(r.question ?? ''), () => 1));
  return ownQuotes.get(r.id)!;
};
const quoteOwn = (r: IndexedRecord): string => renderQuote(r.answer, ownSpans(r));

beforeAll(() => {
  records = parseTranscriptFiles(['seeds/mfa-en']).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
  chinese = parseTranscriptFiles(['seeds/mfa-zh']).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
});

describe('sentences (Intl.Segmenter with known abbreviations), on the bundled transcripts', () => {
  it('keeps titles and initials inside a sentence: "Dr. S. Jaishankar", "Mr. Pompeo", "Ms. Meng Wanzhou"', () => {
    const galwan = sentences(byId('2020-06-18#1').answer);
    expect(galwan[0]).toMatch(/^Regarding what happened .* External Affairs Minister Dr\. S\. Jaishankar\.$/);
    const meng = sentences(byId('2018-12-13#12').answer);
    expect(meng[1]).toMatch(/release Ms\. Meng Wanzhou\.$/);
    const pompeo = sentences(byId('2019-11-18#9').answer);
    expect(pompeo[0]).toMatch(/^Mr\. Pompeo has been repeating/);
    expect(pompeo.some((s) => s === 'Mr.' || s.endsWith(' Mr.'))).toBe(false);
  });

  it('ends a sentence at "etc." when the next word starts one, and keeps "U.S." inside one otherwise', () => {
    const who = sentences(byId('2020-06-01#11').answer);
    expect(who).toContain('Its latest withdrawal reveals once again its pursuit of unilateralism and power politics.');
    expect(sentences('He met the U.S. Secretary of State. They talked.')).toEqual(['He met the U.S. Secretary of State.', 'They talked.']);
    expect(sentences('We oppose the U.S. We urge it to stop.')).toEqual(['We oppose the U.S.', 'We urge it to stop.']);
  });

  it('gives spans that are the text itself, over every bundled answer', () => {
    for (const r of records) {
      for (const s of splitSentences(r.answer)) {
        expect(r.answer.slice(s.start, s.end)).toBe(r.answer.slice(s.start, s.end).trim());
        expect(s.end).toBeGreaterThan(s.start);
      }
    }
  });
});

describe('the quote: the position, from a sentence start', () => {
  it('prefers the stance over figures and words read out from others (the "debt trap" answer)', () => {
    const r = byId('2019-05-22#5');
    const quote = renderQuote(r.answer, selectQuoteSpans(r.answer, termsOf('Belt and Road debt trap'), () => 1));
    expect(quote).toContain('Our confidence in the BRI and trust in China and Africa-China cooperation will not waiver because of the groundless accusations.');
    expect(quote).not.toContain('President Geingob of Namibia recently said');
    expect(quote).not.toContain('2.6%');
  });

  it('never opens a quote inside a quotation the spokesperson reads out (explore30 A8)', () => {
    // "… the China-Africa friendship “is unconditional … Nothing can change or damage this friendship.”":
    // a quote opening at its last sentence gave a minister's words as the spokesperson's.
    const r = byId('2020-06-12#3');
    const spans = selectQuoteSpans(r.answer, termsOf('lending rare bears to foreign zoos as a gesture of friendship'), () => 1);
    const quote = renderQuote(r.answer, spans);
    expect(r.answer).toContain('Nothing can change or damage this friendship."');
    expect(quote.startsWith('Nothing can change')).toBe(false);
    // Over every bundled answer: each quote's first sentence opens outside quotation marks (straight
    // marks alternate; curly ones nest; a paragraph closes what it left open).
    let opened = 0;
    for (const rec of records) {
      const first = ownSpans(rec)[0];
      if (!first) continue;
      const paragraph = rec.answer.slice(rec.answer.lastIndexOf('\n', first.start) + 1, first.start);
      const straight = (paragraph.match(/"/g) ?? []).length % 2 === 1;
      const curly = (paragraph.match(/“/g) ?? []).length > (paragraph.match(/”/g) ?? []).length;
      if (straight || curly) opened++;
    }
    expect(opened).toBe(0);
  });

  it('judges sentences by what they do', () => {
    expect(sentenceKind('China firmly opposes any form of contact between foreign officials and him.').stance).toBeGreaterThanOrEqual(0.8);
    expect(sentenceKind('We strongly urge the US side to stop interfering in China\'s internal affairs.').stance).toBe(1);
    expect(sentenceKind('The institution of reincarnation has been in existence for several hundred years.').stance).toBe(0);
    expect(sentenceKind('According to reports, Huawei engaged in deeply professional dialogues.').reported).toBe(true);
    expect(sentenceKind('I have answered this question many times.').preamble).toBe(true);
    expect(sentenceKind('Huawei has signed 5G contracts with over 30 operators and shipped 40,000 base stations.').figures).toBe(3);
  });

  it('starts every quote at a sentence start and puts "…" only between skipped sentences', () => {
    for (const r of records.slice(0, 1500)) {
      const spans = ownSpans(r);
      const quote = renderQuote(r.answer, spans);
      expect(quote.startsWith('…')).toBe(false);
      expect(quote.endsWith('…')).toBe(false);
      expect(spans[0]!.start === 0 || /\s/.test(r.answer[spans[0]!.start - 1]!)).toBe(true);
      expect(quote.split(' … ').length - 1).toBeLessThanOrEqual(spans.length - 1);
    }
  });
});

describe('an opening bracket or quotation mark after a sentence mark (explore33a #1)', () => {
  it('opens the next sentence, whatever the mark: 《 of a title, “, （ and ASCII (', () => {
    // Unicode's segmenter gave ['…置身事外。《', '巴黎协定》成果来之不易…']: a quote lost its 《.
    const paris = sentences(byId('zh-2017-06-01#2').answer);
    expect(paris[0]).toBe('气候变化是全球性挑战，没有任何一个国家能够置身事外。');
    expect(paris[1]).toMatch(/^《巴黎协定》成果来之不易，/);
    const declaration = sentences(byId('zh-2019-12-03#2').answer);
    expect(declaration.some((s) => s.startsWith('《联合声明》中对香港'))).toBe(true);
    expect(quoteFor(byId('zh-2017-06-01#2'), '巴黎协定成果来之不易')).toMatch(/^《巴黎协定》成果来之不易/);
    expect(sentences(byId('zh-2016-11-17#6').answer).some((s) => s.startsWith('“港独”势力企图分裂国家'))).toBe(true);
    expect(sentences(byId('zh-2019-08-23#18').answer)).toContain('(记者点头)');
  });

  it('never ends a sentence, over every bundled answer, English and Chinese', () => {
    let ended = 0;
    let opened = 0;
    for (const r of [...records, ...chinese]) {
      for (const s of sentences(r.answer)) {
        if (/[\p{Ps}\p{Pi}]$/u.test(s)) ended++;
        if (/^[《“（(]/u.test(s)) opened++;
      }
    }
    expect(ended).toBe(0);
    expect(opened).toBeGreaterThan(100);
  });
});

describe("an editor's note in an answer (explore33a #2)", () => {
  it('is found in every form the bundled transcripts write it, and nowhere else', () => {
    const all = [...records, ...chinese];
    const notes = all.flatMap((r) => editorNotes(r.answer).map((n) => r.answer.slice(n.start, n.end)));
    expect(all.filter((r) => editorNotes(r.answer).length > 0).length).toBeGreaterThan(120);
    for (const form of ['(Journalist nods)', '(The journalist laughed and said, "Yes, coal.")', '(Journalist: no.)', '(No)',
      '(Something was wrong with the interpretation equipment which soon got fixed.)', '(Turning to the Reuters journalist)',
      '（记者：请重复一下。）', '（记者点头）。', '（无人举手）', '（现场同传设备出现问题并进行了调试。）', '（笑）', '（对CNN记者）']) {
      expect(notes).toContain(form);
    }
    // Glosses and acronyms in parentheses are the spokesperson's text.
    const glossed = byId('zh-2019-02-21#3').answer;
    expect(editorNotes(glossed).map((n) => glossed.slice(n.start, n.end))).toEqual(['（记者笑：是的，是“coal”）。']);
    expect(notes.some((n) => /^[(（](?:[A-Z]{2,6}|propaganda|COVID-19)[)）]/.test(n))).toBe(false);
    // Every note of these answers, as many as before the glosses below were taken out of the rules.
    expect(notes.length).toBe(142);
    for (const form of ['（众笑，上一个提问的记者点头）', '（无人应答）', '（没有一个人举手）', '(The spokesperson turned to the journalist who raised the question.)']) {
      expect(notes).toContain(form);
    }
  });

  it('is not a gloss or an aside that names journalists or begins 众/无人 (review34 #12)', () => {
    // No bundled answer holds one (every note above is still found); a synced page's gloss as the Ministry glosses (“coal”（煤）).
    for (const text of ['美方出动无人驾驶飞机（无人机）抵近侦察中国领海，中方坚决反对。', '美国国会（众议院）审议所谓涉疆法案，中方坚决反对。',
      'The reports by the so-called journalists (the reporter of the BBC in particular) are full of lies. We firmly oppose them.']) {
      expect(editorNotes(text), text).toEqual([]);
      expect(sentences(text).length, text).toBeLessThanOrEqual(2);
    }
  });

  it('is never quoted: a quote across it shows it cut, and the answer keeps it as the page has it', () => {
    const coal = byId('2019-02-21#3');
    expect(coal.answer).toContain('(The journalist laughed and said, "Yes, coal.")');
    const coalQuote = quoteFor(coal, 'According to the information I have', ['According to the information I have']);
    expect(coalQuote).toMatch(/^You were saying "coal", not "cow", right\? … According to the information I have, China's customs/);
    expect(coalQuote).not.toContain('journalist');
    expect(quoteFor(byId('2018-12-13#6'), 'You have heard of more', ['You have heard of more'])).toBe("You have heard of more? … I haven't heard of it as well.");
    expect(quoteFor(byId('zh-2019-04-30#4'))).not.toContain('记者');
    expect(quoteFor(byId('2019-07-16#2'))).not.toMatch(/^\(/);
    // Over every bundled answer, for its own question, and for each note's own words: no quote holds a note.
    let held = 0;
    for (const r of [...records, ...chinese]) {
      const notes = editorNotes(r.answer);
      const quotes = [quoteOwn(r), ...notes.map((n) => quoteFor(r, r.answer.slice(n.start, n.end)))];
      held += quotes.filter((q) => editorNotes(q).length > 0).length;
    }
    expect(held).toBe(0);
  });
});

describe('a quotation the spokesperson reads out (explore33a #6)', () => {
  it('is never left open at the end of a quote when its paragraph closes it', () => {
    // Putin's words: the quote stopped after their first sentence, its “ never closed.
    const putin = quoteFor(byId('zh-2019-06-12#10'), '记者笑根据我的了解自');
    expect(putin.split('“').length).toBe(putin.split('”').length);
    // Her answer of the year before, read out over four paragraphs: the quote does not end at its opening.
    expect(quoteFor(byId('zh-2019-01-30#7'))).not.toMatch(/“[^”]*$/);
    let open = 0;
    for (const r of [...records, ...chinese]) {
      const last = ownSpans(r).at(-1);
      if (!last) continue;
      const paragraphStart = r.answer.lastIndexOf('\n', last.start) + 1;
      const paragraphEnd = r.answer.indexOf('\n', last.end) < 0 ? r.answer.length : r.answer.indexOf('\n', last.end);
      const before = r.answer.slice(paragraphStart, last.end);
      const leftOpen = (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
      if (leftOpen && r.answer.slice(last.end, paragraphEnd).includes('”')) open++;
    }
    expect(open).toBe(0);
  });
});
