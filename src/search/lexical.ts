import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { IndexedRecord } from '../store/types.js';
import { normalizeTerm, termsOf, tokenize } from './terms.js';

/** The lexical index in memory (`lexical-file.ts` stores it): MiniSearch plus document frequencies. */
export interface LexicalData {
  miniSearch: MiniSearch<LexicalDoc>;
  /** Records containing each term, for judging which query terms are informative. */
  documentFrequency: Record<string, number>;
  documentCount: number;
}

type LexicalDoc = Pick<IndexedRecord, 'id' | 'question' | 'answer' | 'outlet'>;

/**
 * Field weights of the BM25 score. An exchange whose question names the topic is about it; one
 * whose answer mentions it may be about something else. Chosen on the tuning half of eval/.
 */
export interface FieldBoost {
  question: number;
  answer: number;
  outlet: number;
}

export const FIELD_BOOST: FieldBoost = { question: 2, answer: 1, outlet: 0.5 };

/** Build and load must agree on these, or a loaded index reads terms differently from its queries. */
const OPTIONS: Options<LexicalDoc> = {
  fields: ['question', 'answer', 'outlet'],
  storeFields: [],
  tokenize,
  processTerm: (term) => normalizeTerm(term) ?? null,
  searchOptions: { boost: { ...FIELD_BOOST }, combineWith: 'OR' },
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
  return { miniSearch, documentFrequency, documentCount: records.length };
}

/*
 * Storage reaches into MiniSearch's term index (`_index`: term → field id → document short id →
 * frequency) so that postings go to and from disk as numbers, never as MiniSearch's plain JSON form
 * (at archive size, seconds of work and a string longer than V8 allows).
 * test/search/lexical-file.test.ts checks that a stored and loaded index answers as a built one.
 */
type TermIndex = Map<string, TermPostings>;
const termIndexOf = (miniSearch: MiniSearch<LexicalDoc>): TermIndex => (miniSearch as unknown as { _index: TermIndex })._index;

/** MiniSearch's document tables in its plain form, without the term index. */
export function documentTables(miniSearch: MiniSearch<LexicalDoc>): AsPlainObject {
  const holder = miniSearch as unknown as { _index: TermIndex };
  const index = holder._index;
  holder._index = new Map();
  try {
    return miniSearch.toJSON();
  } finally {
    holder._index = index;
  }
}

export function termPostings(miniSearch: MiniSearch<LexicalDoc>): Iterable<[string, TermPostings]> {
  return termIndexOf(miniSearch);
}

/** A MiniSearch of stored document tables and postings, with the options it was built with. */
export function loadMiniSearch(tables: Omit<AsPlainObject, 'index'>, postings: Iterable<[string, TermPostings]>): MiniSearch<LexicalDoc> {
  const miniSearch = MiniSearch.loadJS<LexicalDoc>({ ...tables, index: [] }, OPTIONS);
  const termIndex = termIndexOf(miniSearch);
  for (const [term, fields] of postings) termIndex.set(term, fields);
  return miniSearch;
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
  private readonly frequencies: Map<string, number>;
  private readonly documentCount: number;

  constructor(data: LexicalData) {
    this.miniSearch = data.miniSearch;
    this.frequencies = new Map(Object.entries(data.documentFrequency));
    this.documentCount = data.documentCount;
  }

  /** Inverse document frequency (BM25 form) of a normalised term; highest for a term no record has. */
  idf(term: string): number {
    const n = this.frequencies.get(term) ?? 0;
    const total = this.documentCount;
    return Math.log(1 + (total - n + 0.5) / (n + 0.5));
  }

  /** Share of records that contain the term. */
  documentShare(term: string): number {
    return this.documentFrequency(term) / Math.max(1, this.documentCount);
  }

  /** Records that contain the term (0: the corpus never uses it). */
  documentFrequency(term: string): number {
    return this.frequencies.get(term) ?? 0;
  }

  /**
   * BM25 over index terms already normalised (`normalizeTerm`), each scaled by its weight
   * (query terms 1, feedback terms less); `matched` lists the weighted terms each record holds.
   */
  searchTerms(weights: ReadonlyMap<string, number>, accept: (id: string) => boolean, boost: FieldBoost = FIELD_BOOST): LexicalMatch[] {
    if (weights.size === 0) return [];
    return this.miniSearch
      .search([...weights.keys()].join(' '), {
        tokenize: (text) => text.split(' '),
        processTerm: (term) => term,
        boost: { ...boost },
        boostTerm: (term) => weights.get(term) ?? 1,
        filter: (result) => accept(result.id as string),
      })
      .map((r) => ({ id: r.id as string, score: r.score, matched: r.queryTerms }));
  }
}
