import { describe, expect, it } from 'vitest';
import { matchesFilters } from '../../src/search/filters.js';
import { compileRule, relevanceText } from '../../src/eval/relevance.js';

const exchange = (question: string | null, answer: string) => ({ question, answer });

describe('compileRule', () => {
  it('needs every "all" pattern, anywhere in question and answer together', () => {
    const test = compileRule({ all: ['Taiwan', 'arms sales?'] });
    expect(test(exchange('What about the arms sale?', 'Taiwan is part of China.'))).toBe(true);
    expect(test(exchange('What about Taiwan?', 'There is only one China.'))).toBe(false);
  });

  it('needs at least one "any" pattern', () => {
    const test = compileRule({ any: ['Kovrig', 'Spavor'] });
    expect(test(exchange('Any news on Michael Spavor?', 'No.'))).toBe(true);
    expect(test(exchange('Any news on the two Canadians?', 'No.'))).toBe(false);
  });

  it('combines "all" and "any"', () => {
    const test = compileRule({ all: ['Hong Kong'], any: ['extradition', 'Fugitive Offenders'] });
    expect(test(exchange('Hong Kong protests', 'the Fugitive Offenders Ordinance'))).toBe(true);
    expect(test(exchange('Hong Kong protests', 'violence must stop'))).toBe(false);
    expect(test(exchange('the extradition treaty with Canada', 'Meng Wanzhou'))).toBe(false);
  });

  it('is case-insensitive and honours word boundaries written in the pattern', () => {
    const test = compileRule({ all: ['\\bINF\\b'] });
    expect(test(exchange(null, 'the inf treaty'))).toBe(true);
    expect(test(exchange(null, 'we were informed'))).toBe(false);
  });

  it('reads a statement (no question) by its answer', () => {
    expect(compileRule({ all: ['Dalai Lama'] })(exchange(null, 'The Dalai Lama is a political exile.'))).toBe(true);
    expect(relevanceText(exchange(null, 'text'))).toBe('text');
    expect(relevanceText(exchange('q', 'a'))).toBe('q\n\na');
  });

  it('refuses an empty rule', () => {
    expect(() => compileRule({})).toThrow(/needs/);
  });
});

describe('matchesFilters', () => {
  const record = { date: '2020-06-17', spokesperson: 'Zhao Lijian', outlet: 'Reuters' };

  it('keeps everything without filters', () => {
    expect(matchesFilters(record, undefined)).toBe(true);
    expect(matchesFilters(record, {})).toBe(true);
  });

  it('takes date bounds as inclusive', () => {
    expect(matchesFilters(record, { from: '2020-06-17', to: '2020-06-17' })).toBe(true);
    expect(matchesFilters(record, { from: '2020-06-18' })).toBe(false);
    expect(matchesFilters(record, { to: '2020-06-16' })).toBe(false);
  });

  it('compares names case-insensitively', () => {
    expect(matchesFilters(record, { spokesperson: 'zhao lijian', outlet: 'REUTERS' })).toBe(true);
    expect(matchesFilters(record, { spokesperson: 'Hua Chunying' })).toBe(false);
    expect(matchesFilters({ ...record, outlet: null }, { outlet: 'Reuters' })).toBe(false);
  });
});
