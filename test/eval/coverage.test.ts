import { describe, expect, it } from 'vitest';
import { coverageProblem, loadCorpusRecords, MIN_RELEVANT_RECORDS, ruleCoverage } from '../../src/eval/coverage.js';
import { readEvalCorpus } from '../../src/eval/corpus.js';
import { loadQuerySet, type EvalQuery } from '../../src/eval/queries.js';
import { compileRule } from '../../src/eval/relevance.js';
import { EVAL_K } from '../../src/eval/run.js';

describe('the query set against the evaluation corpus', () => {
  const records = loadCorpusRecords(readEvalCorpus());
  const set = loadQuerySet();
  const byId = new Map(records.map((r) => [r.id, r]));
  const query = (id: string): EvalQuery => {
    const q = set.find((x) => x.id === id);
    if (!q) throw new Error(`no query ${id}`);
    return q;
  };
  const isRelevant = (queryId: string, recordId: string): boolean => {
    const record = byId.get(recordId);
    if (!record) throw new Error(`no record ${recordId}`);
    return compileRule(query(queryId).relevant!)(record);
  };

  it('reads the whole corpus', () => {
    expect(records.length).toBeGreaterThan(4000);
  });

  it(`gives every topic query at least ${MIN_RELEVANT_RECORDS} relevant records, and finds no "none" topic`, () => {
    const problems = set.map((q) => coverageProblem(ruleCoverage(q, records), MIN_RELEVANT_RECORDS)).filter((p) => p !== null);
    expect(problems).toEqual([]);
  }, 180_000); // 255 rules × 4,241 records

  it('counts only records inside the query filters', () => {
    const q = query('india-border-clash');
    const unfiltered = ruleCoverage({ ...q, filters: undefined }, records);
    const filtered = ruleCoverage(q, records);
    expect(filtered.matches).toBeLessThan(unfiltered.matches);
    for (const id of filtered.ids) expect(byId.get(id)!.date >= q.filters!.from!).toBe(true);
  });

  it('flags a rule too narrow for precision@k to reach 1, and a "none" topic that does occur', () => {
    const narrow = ruleCoverage({ id: 'x', query: 'x', kind: 'keyword', relevant: { all: ['Jamal Khashoggi'] } }, records);
    expect(narrow.matches).toBeGreaterThan(0);
    expect(coverageProblem(narrow, EVAL_K)).toMatch(/only \d relevant records/);
    const present = ruleCoverage({ id: 'y', query: 'y', kind: 'none', absent: ['Meng Wanzhou'] }, records);
    expect(coverageProblem(present, EVAL_K)).toMatch(/said to be absent/);
  });

  // Spot checks read from the transcripts: the rules accept what is on topic and refuse near misses.
  it.each([
    ['taiwan-arms-sales', '2019-07-09#1', true], // "$2.2 billion arms sale package to Taiwan"
    ['taiwan-arms-sales', '2019-08-16#4', true], // "selling $8 billion worth of F-16V fighter jets to Taiwan"
    ['entity-list', '2019-05-16#2', true], // Huawei added to the Commerce Department's Entity List
    ['entity-list', '2019-06-24#2', false], // FedEx and China's own "unreliable entity list"
    ['belt-and-road-forum', '2018-07-03#2', false], // the Forum on Belt and Road Legal Cooperation
    ['wsj-journalists', '2020-02-24#6', true], // the expelled WSJ reporters
    ['wsj-journalists', '2019-08-20#11', false], // a WSJ report on Huawei in Africa
    ['hk-national-security-law', '2019-09-11#5', false], // Bolton, "National Security Adviser"
    ['covid-origin', '2020-03-11#2', true], // "its origin is not necessarily in China"
    ['phase-one-deal', '2019-12-11#s1', false], // an SGR railway "(phase one)"
    ['india-border-clash', '2020-06-22#11', true], // casualties "in the clash at the Galwan Valley"
  ])('%s: %s relevant = %s', (queryId, recordId, expected) => {
    expect(isRelevant(queryId, recordId)).toBe(expected);
  });
});
