import { describe, expect, it } from 'vitest';
import { aboutAName, admit, coverage, weighQueryTerms, type GateSettings } from '../../src/search/gate.js';
import { expandQuery } from '../../src/search/feedback.js';

const settings: GateSettings = { minTermCoverage: 0.5, floorCoverage: 0.25, minResults: 5, floorKnownShare: 0.5, noFloorForUnknownNames: true, namesNeeded: true, nameOfTopicNeeded: true };
const df: Record<string, number> = { kill: 60, jamal: 2, khashoggi: 3, peng: 4, hong: 500, status: 80 };
const idf = (t: string): number => Math.log(1 + (4000 - (df[t] ?? 0) + 0.5) / ((df[t] ?? 0) + 0.5));
const match = (id: string, matched: string[]) => ({ id, score: 10 - Number(id), matched });

describe('the relevance rule', () => {
  it('weighs an unknown word as the rarest known one, never more', () => {
    const q = weighQueryTerms(['decertif', 'hong', 'status'], (t) => df[t] ?? 0, idf);
    expect(q.weight.get('decertif')).toBeCloseTo(idf('status'));
    expect(q.knownShare).toBeGreaterThan(0.5);
    expect(q.unknownName).toBe(false);
    expect(weighQueryTerms(['zzz'], (t) => df[t] ?? 0, idf).total).toBe(0);
  });

  it('needs more than half the weight; a name known by half ("Peng" of "Peng Shuai") is not enough', () => {
    const q = weighQueryTerms(['peng', 'shuai'], (t) => df[t] ?? 0, idf, new Set(['peng', 'shuai']));
    expect(coverage(match('1', ['peng']), q)).toBeCloseTo(0.5);
    expect(q.unknownName).toBe(true);
    expect(admit([match('1', ['peng']), match('2', ['peng'])], q, settings)).toEqual([]);
  });

  it('needs one of the names the query writes in a record that passes on its words, and in one the floor adds to a query about it', () => {
    // "row" outweighs "Canada"; the transcripts say "row" only in "in a row".
    const rowDf: Record<string, number> = { canada: 160, row: 11 };
    const q = weighQueryTerms(['canada', 'row'], (t) => rowDf[t] ?? 0, (t) => Math.log(4000 / rowDf[t]!));
    q.names = [['canada']];
    expect(coverage(match('1', ['row']), q)).toBeGreaterThan(0.5);
    const matches = [match('1', ['row']), ...['2', '3', '4', '5', '6'].map((id) => match(id, ['canada', 'row']))];
    expect(admit(matches, q, settings).map((m) => m.id)).toEqual(['2', '3', '4', '5', '6']);
    expect(admit(matches, q, { ...settings, namesNeeded: false }).map((m) => m.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    // Too few name it: the floor tops them up with the best partial matches, as for any topic…
    expect(aboutAName(q)).toBe(false);
    expect(admit(matches.slice(0, 3), q, settings).map((m) => m.id)).toEqual(['1', '2', '3']);
    // …that hold the name, when it is the rarest word asked ("the strongest words China used about Lithuania").
    const lithuania = weighQueryTerms(['strongest', 'word', 'lithuania'], () => 5, (t) => ({ strongest: 6.4, word: 3.2, lithuania: 6.8 })[t]!);
    lithuania.names = [['lithuania']];
    lithuania.aboutName = aboutAName(lithuania);
    expect(lithuania.aboutName).toBe(true);
    const strong = [match('1', ['strongest', 'word']), match('2', ['lithuania']), match('3', ['lithuania'])];
    expect(admit(strong, lithuania, settings).map((m) => m.id)).toEqual(['2', '3']);
    expect(admit(strong, { ...lithuania, aboutName: false }, settings).map((m) => m.id)).toEqual(['1', '2', '3']);
  });

  it('needs every word of a name of several words ("North Macedonia"), not one of them', () => {
    const q = weighQueryTerms(['ministri', 'north', 'macedonia'], (t) => df[t] ?? 10, (t) => ({ ministri: 2, north: 5.8, macedonia: 7.3 })[t]!);
    q.names = [['north', 'macedonia']];
    // "ministry" and "North" (of "North Africa") cover more than half of the weight, and hold no name asked.
    expect(coverage(match('1', ['ministri', 'north']), q)).toBeGreaterThan(0.5);
    expect(admit([match('1', ['ministri', 'north']), match('2', ['north', 'macedonia'])], q, { ...settings, minResults: 0 }).map((m) => m.id)).toEqual(['2']);
  });

  it('tops a known topic up to minResults with partial matches, in BM25 order', () => {
    const q = weighQueryTerms(['kill', 'jamal', 'khashoggi'], (t) => df[t] ?? 0, idf);
    const matches = [match('1', ['jamal', 'khashoggi']), match('2', ['kill']), match('3', ['khashoggi']), match('4', ['jamal', 'khashoggi'])];
    expect(admit(matches, q, settings).map((m) => m.id)).toEqual(['1', '3', '4']); // "kill" alone covers too little
    expect(admit(matches, q, { ...settings, minResults: 0 }).map((m) => m.id)).toEqual(['1', '4']);
  });
});

describe('a described name (rule 5)', () => {
  it('admits a record holding the whole name the query describes, whatever share of the words it covers', () => {
    const q = { ...weighQueryTerms(['kill', 'status', 'hong'], (t) => df[t] ?? 0, idf), described: ['jamal', 'khashoggi'] };
    const matches = [match('1', ['jamal', 'khashoggi']), match('2', ['khashoggi']), match('3', ['kill', 'status', 'hong'])];
    expect(admit(matches, q, { ...settings, minResults: 0 }).map((m) => m.id)).toEqual(['1', '3']);
    expect(admit(matches, { ...q, described: [] }, { ...settings, minResults: 0 }).map((m) => m.id)).toEqual(['3']);
  });
});

describe('RM3 feedback', () => {
  const docs = [
    { counts: new Map([['rcep', 3], ['asean', 2], ['trade', 4]]), length: 9, score: 2 },
    { counts: new Map([['rcep', 1], ['sign', 1], ['trade', 2]]), length: 4, score: 1 },
  ];

  it('keeps the query terms at weight 1 and adds the feedback terms by their share, λ of the query model', () => {
    const weights = expandQuery(['trade'], docs, () => true, { feedbackDocs: 2, feedbackTerms: 2, feedbackWeight: 0.5, feedbackAdmits: true, feedbackShown: 5, feedbackMaxShare: 1 });
    expect(weights.get('trade')).toBe(1);
    expect([...weights.keys()]).toEqual(['trade', 'rcep', 'asean']);
    // λ = 0.5 with one query term: the expansion weighs as much as the query, split by P(t|R).
    expect((weights.get('rcep') ?? 0) + (weights.get('asean') ?? 0)).toBeCloseTo(1);
    expect(weights.get('rcep')!).toBeGreaterThan(weights.get('asean')!);
  });

  it('adds only candidate terms, and nothing when turned off', () => {
    const weights = expandQuery(['trade'], docs, (t) => t !== 'rcep', { feedbackDocs: 2, feedbackTerms: 5, feedbackWeight: 0.3, feedbackAdmits: true, feedbackShown: 5, feedbackMaxShare: 1 });
    expect(weights.has('rcep')).toBe(false);
    expect(weights.has('sign')).toBe(true);
    expect(expandQuery(['trade'], docs, () => true, { feedbackDocs: 2, feedbackTerms: 0, feedbackWeight: 0.3, feedbackAdmits: true, feedbackShown: 5, feedbackMaxShare: 1 })).toEqual(new Map([['trade', 1]]));
  });
});
