import MiniSearch from 'minisearch';
import { compileRule } from '../src/eval/relevance.js';
import { mean, precisionAtK, reciprocalRank } from '../src/eval/metrics.js';
import { loadQuerySet } from '../src/eval/queries.js';
import { cjkTokens, hasCjk, segmenterWords } from '../src/search/cjk.js';
import { tokenize } from '../src/search/terms.js';
import { toIndexedRecords } from '../src/store/records.js';
import { parseTranscriptFiles } from '../src/transcripts/corpus.js';
import { round } from './stats.js';

/**
 * Chinese terms for the lexical index, two ways, on the Chinese queries of eval/queries-zh.json over
 * the bundled Chinese pages: character bigrams (what `tokenize` does) against `Intl.Segmenter('zh')`
 * words. BM25 (MiniSearch, the index's own settings for fields) ranks; precision@5/@10 and MRR.
 */
const records = parseTranscriptFiles(['seeds/mfa-zh']).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
const queries = loadQuerySet('eval/queries-zh.json');

const segmenterTokenize = (text: string): string[] =>
  (text.match(/[\p{L}\p{N}]+/gu) ?? []).flatMap((t) => (hasCjk(t) ? cjkTokens(t, segmenterWords) : [t]));

const strategies: Record<string, (text: string) => string[]> = { bigrams: tokenize, segmenter: segmenterTokenize };
const report: Record<string, object> = {};
for (const [name, tok] of Object.entries(strategies)) {
  const started = performance.now();
  const index = new MiniSearch({ fields: ['question', 'answer'], tokenize: tok, processTerm: (t) => t.toLowerCase() });
  index.addAll(records.map(({ id, question, answer }) => ({ id, question: question ?? '', answer })));
  const buildMs = performance.now() - started;
  const byId = new Map(records.map((r) => [r.id, r]));
  const perQuery = queries.map((q) => {
    const relevant = compileRule(q.relevant!);
    const ranked = index.search(q.query, { boost: { question: 1.6 } }).slice(0, 10).map((h) => relevant(byId.get(h.id as string)!));
    return { id: q.id, p5: precisionAtK(ranked, 5), p10: precisionAtK(ranked, 10), rr: reciprocalRank(ranked) };
  });
  report[name] = {
    precision_at_5: round(mean(perQuery.map((q) => q.p5))!, 3),
    precision_at_10: round(mean(perQuery.map((q) => q.p10))!, 3),
    mrr: round(mean(perQuery.map((q) => q.rr))!, 3),
    build_ms: round(buildMs),
    terms: index.termCount,
    weakest: perQuery.filter((q) => q.p5 < 1).map((q) => `${q.id} ${q.p5}`),
  };
}
console.log(JSON.stringify({ bench: 'cjk', records: records.length, queries: queries.length, ...report }, null, 1));
