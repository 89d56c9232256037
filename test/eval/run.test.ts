import { describe, expect, it } from 'vitest';
import type { EvalQuery } from '../../src/eval/queries.js';
import { EVAL_DEPTH, isFailure, runQueries, summarizeKind } from '../../src/eval/run.js';
import type { SearchOptions, SearchResponse, SpoxSearch } from '../../src/search/types.js';
import type { IndexedRecord } from '../../src/store/types.js';

function record(id: string, question: string | null, answer: string): IndexedRecord {
  return {
    id, kind: question === null ? 'statement' : 'exchange', key: id.slice(0, 10), date: id.slice(0, 10),
    spokesperson: 'Geng Shuang', outlet: null, followup: null, position: 1, question, answer, url: null, title: 't', occasion: 'press-conference',
  };
}

/** A search that answers each query text with fixed records, and remembers what it was asked. */
function fakeSearch(answers: Record<string, IndexedRecord[]>) {
  const calls: { query: string; options: SearchOptions | undefined }[] = [];
  const search: Pick<SpoxSearch, 'search'> = {
    async search(query, options): Promise<SearchResponse> {
      calls.push({ query, options });
      const hits = (answers[query] ?? []).map((r, i) => ({ record: r, score: 10 - i, spans: [], quote: '' }));
      const matches = hits.map((h) => ({ id: h.record.id, date: h.record.date, score: h.score }));
      return {
        query, searched: query, filters: options?.filters ?? {}, spokespersonNamed: null, monthNamed: null, tooCommon: [], related: 0, mode: 'lexical', sort: 'relevance', latestIntent: false, tookMs: 1, hits,
        total: hits.length, first: null, last: null, passing: 0, matches, described: null, missing: { inNoRecord: [], inNoMatch: [] },
      };
    },
  };
  return { search, calls };
}

const meng = (n: number) => record(`2019-01-0${n}#1`, 'What about Meng Wanzhou?', 'Release her.');
const other = (n: number) => record(`2019-02-0${n}#1`, 'What about trade?', 'Talks go on.');

const queries: EvalQuery[] = [
  { id: 'meng', query: 'Meng Wanzhou', kind: 'keyword', relevant: { all: ['Meng Wanzhou'] }, filters: { from: '2019-01-01' } },
  { id: 'para', query: 'the CFO', kind: 'paraphrase', relevant: { all: ['Meng Wanzhou'] } },
  { id: 'none-ok', query: 'AUKUS', kind: 'none' },
  { id: 'none-bad', query: 'Evergrande', kind: 'none' },
];

describe('runQueries', () => {
  it('judges each hit by the rule and scores the ranking', async () => {
    const { search, calls } = fakeSearch({
      'Meng Wanzhou': [other(1), meng(1), meng(2), other(2), meng(3), meng(4)],
      'the CFO': [],
      AUKUS: [],
      Evergrande: [other(3)],
    });
    const outcomes = await runQueries(search, queries);
    const [kw, para, noneOk, noneBad] = outcomes;

    expect(kw?.hits.map((h) => h.relevant)).toEqual([false, true, true, false, true, true]);
    expect(kw?.precision).toBeCloseTo(0.6); // the 6th hit is beyond k = 5
    expect(kw?.success).toBe(1);
    expect(kw?.reciprocalRank).toBe(0.5);
    expect(kw?.hits[0]?.preview).toBe('What about trade?');

    expect(para).toMatchObject({ precision: 0, success: 0, reciprocalRank: 0, empty: true });
    expect(noneOk).toMatchObject({ precision: null, success: null, reciprocalRank: null, empty: true });
    expect(noneBad?.empty).toBe(false);

    // The query's filters go to the engine, and it is asked deep enough for MRR.
    expect(calls[0]).toEqual({ query: 'Meng Wanzhou', options: { filters: { from: '2019-01-01' }, k: EVAL_DEPTH } });
  });

  it('calls a topic query with an imperfect top 5 a failure, and a "none" query with hits', async () => {
    const { search } = fakeSearch({
      'Meng Wanzhou': [meng(1), meng(2), meng(3), meng(4), meng(5), other(1)],
      'the CFO': [meng(1), other(1)],
      Evergrande: [other(3)],
    });
    const outcomes = await runQueries(search, queries);
    expect(outcomes.map(isFailure)).toEqual([false, true, false, true]);
  });
});

describe('summarizeKind', () => {
  it('averages over the queries of one kind', async () => {
    const { search } = fakeSearch({
      'Meng Wanzhou': [meng(1), meng(2), meng(3), meng(4), meng(5)],
      'the CFO': [other(1), meng(1)],
      Evergrande: [other(3)],
    });
    const outcomes = await runQueries(search, [...queries, { ...queries[0]!, id: 'meng2', query: 'nothing here' }]);
    const keyword = summarizeKind('keyword', outcomes);
    expect(keyword).toMatchObject({ queries: 2, precision: 0.5, success: 0.5, mrr: 0.5, emptyRate: 0.5 });
    const none = summarizeKind('none', outcomes);
    expect(none).toMatchObject({ queries: 2, precision: null, success: null, mrr: null, emptyRate: 0.5 });
    expect(summarizeKind('paraphrase', [])).toMatchObject({ queries: 0, precision: null, emptyRate: null });
  });
});
