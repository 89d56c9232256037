import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { IndexedRecord } from '../store/types.js';
import { normalizeTerm, termsOf, tokenize } from './terms.js';

/** The lexical index as stored in `lexical.json`: MiniSearch's own form plus document frequencies. */
export interface LexicalData {
  miniSearch: AsPlainObject;
  /** Records containing each term, for judging which query terms are informative. */
  documentFrequency: Record<string, number>;
  documentCount: number;
}

type LexicalDoc = Pick<IndexedRecord, 'id' | 'question' | 'answer' | 'outlet'>;

/** Build and load must agree on these, or a loaded index reads terms differently from its queries. */
const OPTIONS: Options<LexicalDoc> = {
  fields: ['question', 'answer', 'outlet'],
  storeFields: [],
  tokenize,
  processTerm: (term) => normalizeTerm(term) ?? null,
  searchOptions: {
    // An exchange whose question names the topic is about it; one that mentions it in passing less so.
    boost: { question: 1.6, answer: 1, outlet: 0.5 },
    combineWith: 'OR',
  },
};

export function buildLexicalData(records: IndexedRecord[]): LexicalData {
  const miniSearch = new MiniSearch<LexicalDoc>(OPTIONS);
  miniSearch.addAll(records.map(({ id, question, answer, outlet }) => ({ id, question, answer, outlet })));
  const documentFrequency: Record<string, number> = {};
  for (const r of records) {
    for (const term of termsOf(`${r.question ?? ''} ${r.answer}`)) {
      documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;
    }
  }
  return { miniSearch: miniSearch.toJSON(), documentFrequency, documentCount: records.length };
}

export interface LexicalMatch {
  id: string;
  score: number;
  /** Query terms (normalised) that this record matched. */
  matched: string[];
}

/** One term's postings as MiniSearch holds them: field id → document short id → term frequency. */
export type TermPostings = Map<number, Map<number, number>>;

export class LexicalIndex {
  private readonly miniSearch: MiniSearch<LexicalDoc>;
  /** Copied out of the data: the plain JSON (postings included) is not kept alive after load. */
  private readonly documentFrequency: Map<string, number>;
  private readonly documentCount: number;

  /**
   * `postings`, when given, are added to MiniSearch's term index as the Maps it keeps (term → field id →
   * document short id → frequency) instead of going through the plain objects of `loadJS`, which at
   * archive size costs seconds; test/search/lexical-file.test.ts checks that the result answers as an
   * index built from the records does.
   */
  constructor(data: LexicalData, postings: Iterable<[string, TermPostings]> = []) {
    this.miniSearch = MiniSearch.loadJS<LexicalDoc>(data.miniSearch, OPTIONS);
    const termIndex = (this.miniSearch as unknown as { _index: Map<string, TermPostings> })._index;
    for (const [term, fields] of postings) termIndex.set(term, fields);
    this.documentFrequency = new Map(Object.entries(data.documentFrequency));
    this.documentCount = data.documentCount;
  }

  /** Inverse document frequency (BM25 form) of a normalised term; highest for a term no record has. */
  idf(term: string): number {
    const n = this.documentFrequency.get(term) ?? 0;
    const total = this.documentCount;
    return Math.log(1 + (total - n + 0.5) / (n + 0.5));
  }

  /** Share of records that contain the term. */
  documentShare(term: string): number {
    return (this.documentFrequency.get(term) ?? 0) / Math.max(1, this.documentCount);
  }

  search(query: string, accept: (id: string) => boolean): LexicalMatch[] {
    return this.miniSearch
      .search(query, { filter: (result) => accept(result.id as string) })
      .map((r) => ({ id: r.id as string, score: r.score, matched: r.queryTerms }));
  }
}
