import { beforeAll, describe, expect, it } from 'vitest';
import { quotableSpans, renderQuote, selectQuoteSpans } from '../../src/search/quote.js';
import { termsOf } from '../../src/search/terms.js';
import type { QuoteSpan } from '../../src/search/types.js';
import { toIndexedRecords } from '../../src/store/records.js';
import type { IndexedRecord } from '../../src/store/types.js';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';

/** The quote's limit in characters of sentences (src/search/quote.ts MAX_QUOTE_CHARS), and its usual number of sentences. */
const LIMIT = 900;
const USUAL_SENTENCES = 3;

let answers: IndexedRecord[];
const byId = (id: string): IndexedRecord => answers.find((r) => r.id === id) ?? (() => { throw new Error(`${id} not parsed`); })();
const sizeOf = (spans: readonly QuoteSpan[]): number => spans.reduce((sum, s) => sum + s.end - s.start, 0);
const same = (a: readonly QuoteSpan[], b: readonly QuoteSpan[]): boolean => a.length === b.length && a.every((s, i) => s.start === b[i]!.start && s.end === b[i]!.end);
/** The quote spans of an answer for a question's words. */
const spansFor = (r: IndexedRecord, query: string): QuoteSpan[] => selectQuoteSpans(r.answer, termsOf(query), () => 1);

beforeAll(() => {
  answers = parseTranscriptFiles(['seeds/mfa-en', 'seeds/mfa-zh']).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : [])).filter((r) => r.kind === 'exchange');
});

describe('the quote of an answer that fits the limit, all but its last sentence picked', () => {
  it('gives the whole answer, not the answer cut before "Not that I know of." (2020-04-14#5)', () => {
    const r = byId('2020-04-14#5');
    const whole = quotableSpans(r.answer);
    expect(whole.length).toBeGreaterThan(USUAL_SENTENCES);
    expect(sizeOf(whole)).toBeLessThanOrEqual(LIMIT);
    const quote = renderQuote(r.answer, spansFor(r, r.question!));
    expect(quote).toBe(r.answer); // verbatim, the paragraph break kept
    expect(quote.endsWith('written by African ambassadors. Not that I know of.')).toBe(true);
  });

  it('leaves a quote that skips a sentence before the last as it was: it is not the answer but its last sentence', () => {
    const r = byId('2020-04-14#5');
    const quote = renderQuote(r.answer, spansFor(r, 'African ambassadors letter Guangdong'));
    expect(quote).toBe("You may refer to the MFA website for our statements on Guangdong's anti-epidemic measures concerning African citizens in China. … And you asked about a letter to the Chinese side written by African ambassadors. Not that I know of.");
  });

  it('over every bundled answer (English and Chinese), no quote for its own question is the answer but its last sentence where the whole fits', () => {
    let whole = 0;
    let longer = 0;
    for (const r of answers) {
      const all = quotableSpans(r.answer);
      const spans = spansFor(r, r.question ?? '');
      if (all.length >= 2 && sizeOf(all) <= LIMIT) expect(same(spans, all.slice(0, -1)), r.id).toBe(false);
      if (same(spans, all)) whole++;
      if (spans.length > USUAL_SENTENCES) {
        longer++;
        // More sentences than usual only as the whole answer, within the limit.
        expect(same(spans, all), r.id).toBe(true);
        expect(sizeOf(spans), r.id).toBeLessThanOrEqual(LIMIT);
      }
    }
    expect(answers.length).toBeGreaterThan(9000);
    expect(longer).toBeGreaterThan(300);
    expect(whole).toBeGreaterThan(longer);
  });

  it('still cuts an answer longer than the limit', () => {
    // (An answer of one sentence is quoted whole whatever its length: a sentence is never cut.)
    const long = answers.filter((r) => quotableSpans(r.answer).length >= 2 && sizeOf(quotableSpans(r.answer)) > LIMIT);
    expect(long.length).toBeGreaterThan(1000);
    for (const r of long) {
      const spans = spansFor(r, r.question ?? '');
      expect(same(spans, quotableSpans(r.answer)), r.id).toBe(false);
    }
  });
});
