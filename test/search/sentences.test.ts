import { beforeAll, describe, expect, it } from 'vitest';
import { renderQuote, selectQuoteSpans } from '../../src/search/quote.js';
import { splitSentences } from '../../src/search/sentences.js';
import { sentenceKind } from '../../src/search/stance.js';
import { termsOf } from '../../src/search/terms.js';
import { toIndexedRecords } from '../../src/store/records.js';
import type { IndexedRecord } from '../../src/store/types.js';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';

let records: IndexedRecord[];
const byId = (id: string): IndexedRecord => records.find((r) => r.id === id)!;
const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

beforeAll(() => {
  records = parseTranscriptFiles(['seeds/mfa-en']).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
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
      const first = selectQuoteSpans(rec.answer, termsOf(rec.question ?? ''), () => 1)[0];
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
      const spans = selectQuoteSpans(r.answer, termsOf(r.question ?? ''), () => 1);
      const quote = renderQuote(r.answer, spans);
      expect(quote.startsWith('…')).toBe(false);
      expect(quote.endsWith('…')).toBe(false);
      expect(spans[0]!.start === 0 || /\s/.test(r.answer[spans[0]!.start - 1]!)).toBe(true);
      expect(quote.split(' … ').length - 1).toBeLessThanOrEqual(spans.length - 1);
    }
  });
});
