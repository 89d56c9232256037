import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseQuery, timeIntent } from '../search/query.js';
import { renderQuote, selectQuoteSpans } from '../search/quote.js';
import { termsOf } from '../search/terms.js';
import type { IndexedRecord } from '../store/types.js';
import { baselineQuoteSpans, baselineRenderQuote } from './quote-baseline.js';

export const DEFAULT_QUOTE_LABELS = 'eval/quote-labels.json';

/** One hand-labelled exchange: the query a reporter typed and the sentence they would quote. */
const Label = z.object({ query: z.string().min(1), id: z.string().min(1), sentence: z.string().min(1) });
export type QuoteLabel = z.infer<typeof Label>;

export function loadQuoteLabels(path: string = DEFAULT_QUOTE_LABELS): QuoteLabel[] {
  const parsed = z.array(Label).safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `[${i.path.join('.')}] ${i.message}`).join('; ')}`);
  return parsed.data;
}

export interface QuoteOutcome {
  label: QuoteLabel;
  before: string;
  after: string;
  beforeHit: boolean;
  afterHit: boolean;
}

export interface QuoteEvalResult {
  outcomes: QuoteOutcome[];
  /** Labels whose record is not in the index, or whose sentence is not in its answer. */
  problems: string[];
  before: { hits: number; meanChars: number; opensWithEllipsis: number };
  after: { hits: number; meanChars: number; opensWithEllipsis: number };
}

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** How often the quote (before: the frozen old selector; after: the current one) holds the labelled sentence. */
export function evaluateQuotes(
  labels: QuoteLabel[],
  record: (id: string) => IndexedRecord | undefined,
  idf: (term: string) => number,
): QuoteEvalResult {
  const outcomes: QuoteOutcome[] = [];
  const problems: string[] = [];
  for (const label of labels) {
    const r = record(label.id);
    if (!r) {
      problems.push(`${label.id}: not in the index`);
      continue;
    }
    if (!flat(r.answer).includes(flat(label.sentence))) {
      problems.push(`${label.id}: the labelled sentence is not in its answer`);
      continue;
    }
    // The terms and phrases the search itself would use for this query.
    const parsed = parseQuery(timeIntent(label.query).query);
    const terms = termsOf(parsed.text);
    const before = baselineRenderQuote(r.answer, baselineQuoteSpans(r.answer, terms, idf));
    const after = renderQuote(r.answer, selectQuoteSpans(r.answer, terms, idf, parsed.phrases));
    const wanted = flat(label.sentence);
    outcomes.push({ label, before, after, beforeHit: flat(before).includes(wanted), afterHit: flat(after).includes(wanted) });
  }
  const summary = (pick: (o: QuoteOutcome) => string, hit: (o: QuoteOutcome) => boolean) => ({
    hits: outcomes.filter(hit).length,
    meanChars: outcomes.length ? Math.round(outcomes.reduce((s, o) => s + pick(o).length, 0) / outcomes.length) : 0,
    opensWithEllipsis: outcomes.filter((o) => pick(o).startsWith('…')).length,
  });
  return {
    outcomes,
    problems,
    before: summary((o) => o.before, (o) => o.beforeHit),
    after: summary((o) => o.after, (o) => o.afterHit),
  };
}
