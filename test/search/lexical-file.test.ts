import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { afterAll, describe, expect, it } from 'vitest';
import { loadQuerySet } from '../../src/eval/queries.js';
import { readLexicalIndex, writeLexicalFiles } from '../../src/search/lexical-file.js';
import { buildLexicalData } from '../../src/search/lexical-build.js';
import { admit, mayAdmit, passesAlone, weighQueryTerms } from '../../src/search/gate.js';
import { FIELD_BOOST, LexicalIndex, type FieldBoost, type LexicalMatch } from '../../src/search/lexical.js';
import { indexTokens, normalizeTerm, termsOf, tokenize } from '../../src/search/terms.js';
import { LEXICAL_FILE } from '../../src/store/layout.js';
import { toIndexedRecords } from '../../src/store/records.js';
import type { IndexedRecord } from '../../src/store/types.js';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';
import { ENGLISH_SEEDS, SAMPLE_DATES } from '../seed-sources.js';

// The English records, as the English lexical files hold them (the Chinese ones have their own: test/store/chinese.test.ts).
const records = parseTranscriptFiles(ENGLISH_SEEDS).flatMap((o) => (o.ok ? toIndexedRecords(o.transcript) : []));
/** A query as the engine searches it: its index terms, each of weight 1. */
const weightsOf = (query: string): Map<string, number> => new Map(termsOf(query).map((t) => [t, 1]));
const dir = mkdtempSync(join(tmpdir(), 'spox-lexical-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The reference: MiniSearch 7 over the same records with the options spox ranked with before it
 * scored its own postings, searched as `LexicalIndex.searchTerms` searched through it.
 */
function miniSearchOf(docs: IndexedRecord[]): MiniSearch<IndexedRecord> {
  // The index holds a compound's words joined ("twostate") as a term, but no more of its field's length
  // (lexical-build.ts): the reference reads each field's tokens so, and its length as that of its words.
  let wordsLength = 0;
  const miniSearch = new MiniSearch<IndexedRecord>({
    fields: ['question', 'answer', 'outlet'],
    storeFields: [],
    tokenize: (text) => {
      wordsLength = new Set(tokenize(text)).size;
      return indexTokens(text);
    },
    processTerm: (term) => normalizeTerm(term) ?? null,
  });
  const reference = miniSearch as unknown as { addFieldLength(doc: number, field: number, count: number, length: number): void };
  const addFieldLength = reference.addFieldLength.bind(miniSearch);
  reference.addFieldLength = (doc, field, count) => addFieldLength(doc, field, count, wordsLength);
  miniSearch.addAll(docs.map(({ id, question, answer, outlet }) => ({ id, question, answer, outlet }) as IndexedRecord));
  return miniSearch;
}

function referenceSearch(miniSearch: MiniSearch<IndexedRecord>, weights: Map<string, number>, accept: (id: string) => boolean, boost: FieldBoost = FIELD_BOOST): Ranked[] {
  if (weights.size === 0) return [];
  return miniSearch
    .search([...weights.keys()].join(' '), {
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      boost: { ...boost },
      boostTerm: (term) => weights.get(term) ?? 1,
      filter: (result) => accept(result.id as string),
      combineWith: 'OR',
    })
    .map((r) => ({ id: r.id as string, score: r.score, matched: r.queryTerms }));
}

/** A match as MiniSearch gives it (no document number). */
type Ranked = Omit<LexicalMatch, 'doc'>;

/** Where two rankings first differ (id, score to the last bit, matched terms), or null when they are the same. */
function difference(actual: Ranked[], expected: Ranked[]): string | null {
  const line = (m: Ranked | undefined): string => (m ? `${m.id} ${m.score} ${m.matched.join(',')}` : 'nothing');
  for (let i = 0; i < Math.max(actual.length, expected.length); i++) {
    if (line(actual[i]) !== line(expected[i])) return `rank ${i + 1}: ${line(actual[i])}, expected ${line(expected[i])}`;
  }
  return null;
}

describe('the lexical index', () => {
  const data = buildLexicalData(records);
  const built = new LexicalIndex(data);
  writeLexicalFiles(dir, data);
  const loaded = readLexicalIndex(dir);
  const reference = miniSearchOf(records);
  const queries = [...new Set(loadQuerySet().map((q) => q.query))];

  it('scores and orders every development query exactly as MiniSearch did, built and loaded from disk', () => {
    expect(queries.length).toBeGreaterThan(200);
    let hits = 0;
    for (const query of queries) {
      const expected = referenceSearch(reference, weightsOf(query), () => true);
      hits += expected.length;
      expect(difference(built.searchTerms(weightsOf(query), () => true), expected), query).toBeNull();
      expect(difference(loaded.searchTerms(weightsOf(query), () => true), expected), query).toBeNull();
    }
    expect(hits).toBeGreaterThan(10_000);
  });

  it('weighs terms (feedback weights), fields and the record filter as MiniSearch did', () => {
    const even = (id: string): boolean => Number(id.split('#')[1]) % 2 === 0;
    const huawei = weightsOf('Huawei 5G');
    expect(difference(loaded.searchTerms(huawei, even), referenceSearch(reference, huawei, even))).toBeNull();
    expect(loaded.searchTerms(huawei, even).every((m) => even(m.id))).toBe(true);
    // A first-pass query plus feedback terms at 0.3, as the engine's second pass searches.
    const expanded = new Map([...weightsOf('Meng Wanzhou extradition'), ...termsOf('Canada detention Huawei fraud').map((t): [string, number] => [t, 0.3])]);
    const boosts: FieldBoost[] = [FIELD_BOOST, { question: 3, answer: 1, outlet: 0 }, { question: 1, answer: 1.5, outlet: 2 }];
    for (const boost of boosts) {
      const expected = referenceSearch(reference, expanded, () => true, boost);
      expect(expected.length).toBeGreaterThan(50);
      expect(difference(loaded.searchTerms(expanded, () => true, boost), expected)).toBeNull();
    }
    // Reported terms: the feedback pass lists only the user's own terms, scored as before.
    const own = new Set(termsOf('Meng Wanzhou extradition'));
    const reported = loaded.searchTerms(expanded, () => true, FIELD_BOOST, { reported: own });
    const full = referenceSearch(reference, expanded, () => true);
    expect(reported.map((m) => [m.id, m.score])).toEqual(full.map((m) => [m.id, m.score]));
    expect(reported.map((m) => m.matched)).toEqual(full.map((m) => m.matched.filter((t) => own.has(t))));
    expect(reported.some((m) => m.matched.length === 0)).toBe(true);
    // A new filter is asked again; the same one (the second pass of a query) is not.
    let asked = 0;
    const counting = (id: string): boolean => (asked++, even(id));
    expect(difference(loaded.searchTerms(huawei, counting), referenceSearch(reference, huawei, even))).toBeNull();
    const first = asked;
    expect(first).toBeGreaterThan(50);
    loaded.searchTerms(huawei, counting);
    expect(asked).toBe(first);
    expect(difference(loaded.searchTerms(huawei, (id) => !even(id)), referenceSearch(reference, huawei, (id) => !even(id)))).toBeNull();
    expect(loaded.searchTerms(new Map([['xylophonist', 1]]), () => true)).toEqual([]);
    expect(loaded.searchTerms(new Map(), () => true)).toEqual([]);
  });

  it('returns exactly the part of the whole list a scope asks for, asking the record filter only about that part', () => {
    const even = (id: string): boolean => Number(id.split('#')[1]) % 2 === 0;
    const fresh = (): LexicalIndex => new LexicalIndex(data); // no earlier search to continue
    let compared = 0;
    for (const query of queries.slice(0, 120)) {
      const weights = weightsOf(query);
      const whole = fresh().searchTerms(weights, even);
      // Terms: the matches holding at least two query terms, or the only one there is.
      const wanted = (matched: readonly string[]): boolean => matched.length >= Math.min(2, weights.size);
      const asked = new Set<string>();
      const askingEven = (id: string): boolean => (asked.add(id), even(id));
      expect(difference(fresh().searchTerms(weights, askingEven, FIELD_BOOST, { terms: wanted }), whole.filter((m) => wanted(m.matched))), query).toBeNull();
      const termsOfMatch = new Map(fresh().searchTerms(weights, () => true).map((m) => [m.id, m.matched]));
      expect(asked.size).toBeLessThanOrEqual(termsOfMatch.size);
      for (const id of asked) expect(wanted(termsOfMatch.get(id)!), id).toBe(true);
      // Best and also: the best five, and every third match of the whole list wherever it ranks.
      const also = whole.filter((_, rank) => rank % 3 === 0);
      for (const best of [0, 5, 10]) {
        const expected = whole.filter((m, rank) => rank < best || also.includes(m));
        expect(difference(loaded.searchTerms(weights, even, FIELD_BOOST, { best, also }), expected), `${query} best ${best}`).toBeNull();
      }
      compared += whole.length;
    }
    expect(compared).toBeGreaterThan(5_000);
    // Equal scores across the cut (a republished briefing's twin records): the earlier reached stays, as in the whole list.
    let ties = 0;
    for (const query of queries) {
      const whole = loaded.searchTerms(weightsOf(query), () => true);
      for (let best = 1; best < Math.min(whole.length, 40); best++) {
        if (whole[best - 1]!.score !== whole[best]!.score) continue;
        ties++;
        expect(difference(loaded.searchTerms(weightsOf(query), () => true, FIELD_BOOST, { best }), whole.slice(0, best)), `${query} best ${best}`).toBeNull();
      }
    }
    expect(ties).toBeGreaterThan(0);
    // The record filter is asked about the best and the listed ones, not about every match.
    const huawei = weightsOf('Huawei');
    const all = loaded.searchTerms(huawei, () => true);
    expect(all.length).toBeGreaterThan(50);
    let asked = 0;
    const top = loaded.searchTerms(huawei, () => (asked++, true), FIELD_BOOST, { best: 5, also: all.slice(10, 12) });
    expect(top.map((m) => m.id)).toEqual([...all.slice(0, 5), ...all.slice(10, 12)].map((m) => m.id));
    expect(asked).toBeLessThan(all.length / 2);
    // A filter that throws (a damaged record store) leaves nothing behind for the next search.
    const failing = (): boolean => {
      throw new Error('records.jsonl ends before the record');
    };
    expect(() => loaded.searchTerms(huawei, failing, FIELD_BOOST, { best: 5, also: all.slice(0, 20) })).toThrow(/ends before/);
    expect(difference(loaded.searchTerms(huawei, () => true, FIELD_BOOST, { best: 3 }), all.slice(0, 3))).toBeNull();
  });

  it('scores a feedback pass (the same terms and weights, then more) as a search of its own', () => {
    for (const query of queries.slice(0, 80)) {
      const first = weightsOf(query);
      const expanded = new Map([...first, ...termsOf('Canada detention Huawei fraud trade talks').filter((t) => !first.has(t)).map((t): [string, number] => [t, 0.3])]);
      const continued = new LexicalIndex(data);
      continued.searchTerms(first, () => true);
      const alone = new LexicalIndex(data).searchTerms(expanded, () => true);
      expect(difference(continued.searchTerms(expanded, () => true), alone), query).toBeNull();
      // Other weights for the same terms are not a continuation.
      const reweighed = new Map([...expanded].map(([t, w]) => [t, w === 1 ? 0.5 : w]));
      expect(difference(continued.searchTerms(reweighed, () => true), new LexicalIndex(data).searchTerms(reweighed, () => true)), query).toBeNull();
    }
  });

  it('leaves out, with the relevance rule\'s scope, only matches the rule would not keep', () => {
    const settings = { minTermCoverage: 0.5, floorCoverage: 0.25, minResults: 5, floorKnownShare: 0.5, noFloorForUnknownNames: true, namesNeeded: true, nameOfTopicNeeded: true };
    let kept = 0;
    let passingAlone = 0;
    for (const query of queries) {
      const terms = termsOf(query);
      const q = weighQueryTerms(terms, (t) => loaded.documentFrequency(t), (t) => loaded.idf(t));
      const whole = loaded.searchTerms(weightsOf(query), () => true);
      const scoped = loaded.searchTerms(weightsOf(query), () => true, FIELD_BOOST, { terms: (matched) => mayAdmit(matched, q, settings) });
      expect(scoped.length).toBeLessThanOrEqual(whole.length);
      expect(admit(scoped, q, settings).map((m) => m.id), query).toEqual(admit(whole, q, settings).map((m) => m.id));
      kept += admit(scoped, q, settings).length;
      // Enough matches passing on their own: they are what the rule keeps, floor or no floor.
      const alone = loaded.searchTerms(weightsOf(query), () => true, FIELD_BOOST, { terms: (matched) => passesAlone(matched, q, settings) });
      if (alone.length >= settings.minResults) {
        passingAlone++;
        expect(alone.map((m) => m.id), query).toEqual(admit(whole, q, settings).map((m) => m.id));
      }
    }
    expect(kept).toBeGreaterThan(5_000);
    expect(passingAlone).toBeGreaterThan(100);
  });

  it('counts the records whose question or answer holds each term, as the words of the text give them', () => {
    const counted = new Map<string, number>();
    const indexTerms = (text: string): Set<string> => new Set(indexTokens(text).flatMap((t) => normalizeTerm(t) ?? []));
    for (const r of records) for (const term of indexTerms(`${r.question ?? ''} ${r.answer}`)) counted.set(term, (counted.get(term) ?? 0) + 1);
    expect(counted.size).toBeGreaterThan(5_000);
    for (const [term, n] of counted) if (loaded.documentFrequency(term) !== n) expect(`${term}: ${loaded.documentFrequency(term)}`).toBe(`${term}: ${n}`);
    for (const term of termsOf('Huawei Meng Wanzhou Hong Kong national security law xylophone')) {
      expect(loaded.idf(term)).toBe(built.idf(term));
      expect(loaded.documentShare(term)).toBe((counted.get(term) ?? 0) / records.length);
    }
    expect(loaded.documentFrequency('xylophonist')).toBe(0);
  });

  it('tells from the postings whether a record\'s question or answer holds a term, as its words give them', () => {
    const indexTerms = (text: string): Set<string> => new Set(indexTokens(text).flatMap((t) => normalizeTerm(t) ?? []));
    let held = 0;
    for (const [doc, r] of records.entries()) {
      if (doc % 7 !== 0) continue;
      const text = indexTerms(`${r.question ?? ''}\n${r.answer}`);
      const outlet = indexTerms(r.outlet ?? '');
      expect(loaded.idOf(doc)).toBe(r.id);
      for (const term of new Set([...text, ...outlet, 'huawei', 'xylophon'])) {
        if (loaded.textHolds(doc, term) !== text.has(term)) expect(`${r.id} ${term}: ${loaded.textHolds(doc, term)}`).toBe(`${r.id} ${term}: ${text.has(term)}`);
        if (text.has(term)) held++;
      }
    }
    expect(held).toBeGreaterThan(10_000);
  });

  it('keeps the postings out of the JSON part', () => {
    const header = readFileSync(join(dir, LEXICAL_FILE), 'utf8');
    expect(header.length).toBeLessThan(readFileSync(join(dir, 'lexical.bin')).length / 4);
  });
});

describe('the Chinese records’ lexical index', () => {
  const chinese = parseTranscriptFiles(['seeds/mfa-zh'])
    .flatMap((o) => (o.ok && SAMPLE_DATES.includes(o.transcript.date) ? toIndexedRecords(o.transcript) : []));
  const chineseDir = join(dir, 'zh');

  it('scores two-character terms exactly as MiniSearch did', () => {
    expect(chinese.length).toBeGreaterThan(50);
    mkdirSync(chineseDir);
    writeLexicalFiles(chineseDir, buildLexicalData(chinese));
    const loaded = readLexicalIndex(chineseDir);
    const reference = miniSearchOf(chinese);
    for (const query of ['华为', '孟晚舟', '香港国安法', '中美关系', '美国 贸易']) {
      const expected = referenceSearch(reference, weightsOf(query), () => true);
      expect(expected.length, query).toBeGreaterThan(0);
      expect(difference(loaded.searchTerms(weightsOf(query), () => true), expected), query).toBeNull();
    }
  });
});
