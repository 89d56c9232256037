import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadQuerySet, parseQuerySet, QUERY_KINDS } from '../../src/eval/queries.js';
import { assignSplits } from '../../src/eval/split.js';
import { readEvalCorpus } from '../../src/eval/corpus.js';

const keyword = { id: 'meng', query: 'Meng Wanzhou', kind: 'keyword', relevant: { all: ['Meng Wanzhou'] } };
const none = { id: 'aukus', query: 'AUKUS', kind: 'none', absent: ['AUKUS'] };

describe('parseQuerySet', () => {
  it('accepts well-formed queries of each kind', () => {
    const set = parseQuerySet([
      keyword,
      { ...keyword, id: 'p', kind: 'paraphrase', filters: { from: '2020-01-01' } },
      { ...keyword, id: 's', kind: 'semantic', split: 'heldout', source: 'blind' },
      none,
    ]);
    expect(set.map((q) => q.kind)).toEqual(['keyword', 'paraphrase', 'semantic', 'none']);
    expect(set[2]?.split).toBe('heldout');
    expect(set[1]?.filters).toEqual({ from: '2020-01-01' });
  });

  it.each([
    ['a topic query without a rule', [{ ...keyword, relevant: undefined }], /needs a relevance rule/],
    ['a "none" query with a rule', [{ ...none, relevant: { all: ['x'] } }], /has no relevance rule/],
    ['absent patterns on a topic query', [{ ...keyword, absent: ['x'] }], /only a "none" query/],
    ['an empty rule', [{ ...keyword, relevant: {} }], /"all" or "any"/],
    ['a broken regular expression', [{ ...keyword, relevant: { all: ['(unclosed'] } }], /bad regular expression/],
    ['duplicate ids', [keyword, keyword], /duplicate query id "meng"/],
    ['an unknown kind', [{ ...keyword, kind: 'fuzzy' }], /kind/],
    ['an unknown field', [{ ...keyword, relevance: {} }], /relevance/],
    ['a malformed date filter', [{ ...keyword, filters: { from: '2020/01/01' } }], /YYYY-MM-DD/],
    ['a blank query', [{ ...keyword, query: '   ' }], /query/],
    ['an unknown split', [{ ...keyword, split: 'test' }], /split/],
  ])('rejects %s', (_name, data, message) => {
    expect(() => parseQuerySet(data)).toThrow(message);
  });
});

describe('assignSplits', () => {
  it('puts the fresh set in a split of its own, moving no query between the halves', () => {
    const halves = Array.from({ length: 8 }, (_, i) => ({ id: `q${i}`, kind: 'keyword' as const, source: 'blind' }));
    const fresh = [{ id: 'f0', kind: 'keyword' as const, source: 'fresh' }, { id: 'f1', kind: 'none' as const, source: 'fresh' }];
    const before = assignSplits(halves);
    const after = assignSplits([...halves, ...fresh]);
    for (const q of halves) expect(after.get(q.id)).toBe(before.get(q.id));
    expect([after.get('f0'), after.get('f1')]).toEqual(['fresh', 'fresh']);
    expect([...before.values()].filter((s) => s === 'tuning')).toHaveLength(4);
  });

  it('puts the second fresh set in a split of its own, apart from the first', () => {
    const halves = Array.from({ length: 8 }, (_, i) => ({ id: `q${i}`, kind: 'keyword' as const, source: 'blind' }));
    const later = [{ id: 'f0', kind: 'keyword' as const, source: 'fresh' }, { id: 'g0', kind: 'paraphrase' as const, source: 'fresh2' }];
    const before = assignSplits(halves);
    const after = assignSplits([...halves, ...later]);
    for (const q of halves) expect(after.get(q.id)).toBe(before.get(q.id));
    expect([after.get('f0'), after.get('g0')]).toEqual(['fresh', 'fresh2']);
  });
});

describe('loadQuerySet', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'spox-eval-queries-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says which file is missing or not JSON', () => {
    expect(() => loadQuerySet(path.join(dir, 'nope.json'))).toThrow(/cannot read query set .*nope\.json/);
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '[{');
    expect(() => loadQuerySet(bad)).toThrow(/not valid JSON/);
  });
});

describe('the development query set (eval/queries.json)', () => {
  const set = loadQuerySet();
  const ofKind = (kind: string) => set.filter((q) => q.kind === kind);

  it('has 150+ queries of every kind, most written by a helper who never saw a ranking', () => {
    expect(set.length).toBeGreaterThanOrEqual(150);
    expect(ofKind('keyword').length).toBeGreaterThanOrEqual(60);
    expect(ofKind('paraphrase').length).toBeGreaterThanOrEqual(30);
    expect(ofKind('semantic').length).toBeGreaterThanOrEqual(20);
    expect(ofKind('none').length).toBeGreaterThanOrEqual(12);
    expect(set.filter((q) => q.source !== 'dev').length).toBeGreaterThan(set.length / 2);
    expect(set.every((q) => ['blind', 'dev', 'fresh', 'fresh2'].includes(q.source ?? ''))).toBe(true);
  });

  it('records the deterministic tuning / held-out split, each kind halved', () => {
    const split = assignSplits(set);
    for (const q of set) expect(q.split, q.id).toBe(split.get(q.id));
    for (const kind of QUERY_KINDS) {
      const tuning = ofKind(kind).filter((q) => q.split === 'tuning').length;
      const heldout = ofKind(kind).filter((q) => q.split === 'heldout').length;
      expect(Math.abs(tuning - heldout), kind).toBeLessThanOrEqual(1);
    }
    // Each writer's queries fall in both halves.
    for (const source of ['dev', 'blind']) {
      const mine = set.filter((q) => q.source === source);
      expect(mine.filter((q) => q.split === 'heldout').length / mine.length, source).toBeGreaterThan(0.35);
    }
  });

  it('keeps the fresh set whole: every fresh query, and only those, in the fresh split, of every kind', () => {
    const fresh = set.filter((q) => q.split === 'fresh');
    expect(fresh.every((q) => q.source === 'fresh')).toBe(true);
    expect(fresh.length).toBe(set.filter((q) => q.source === 'fresh').length);
    for (const kind of QUERY_KINDS) expect(fresh.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(8);
  });

  it('names the absent topic of every "none" query, so the corpus check can confirm it', () => {
    for (const q of ofKind('none')) expect(q.absent?.length, q.id).toBeGreaterThan(0);
  });

  it('words paraphrases without the distinctive terms of their keyword twin', () => {
    // A paraphrase restating "Meng Wanzhou" or "JCPOA" would measure keyword matching again.
    const distinctive = /Meng Wanzhou|Kovrig|Spavor|JCPOA|Dalai|arbitrat|Galwan|Venezuela|fentanyl|\bNBA\b|\bINF\b|Vatican|entity list|extradition|Xinjiang|Taiwan|national security law/i;
    for (const q of ofKind('paraphrase').filter((q) => q.source === 'dev')) expect(q.query, q.id).not.toMatch(distinctive);
  });

  it('is measured on a fixed list of transcripts, not whatever seeds/ holds', () => {
    const files = readEvalCorpus();
    expect(files).toHaveLength(442);
    expect(files.filter((f) => f.startsWith('seeds/mfa-en/'))).toHaveLength(441);
    expect(files).toContain('seeds/plain-text/000_4d07b25c1c8cc511.txt');
  });
});
