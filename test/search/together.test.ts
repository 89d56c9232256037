import { describe, expect, it } from 'vitest';
import { asksAboutRelations, timesTogether, togetherScore, wordSequence } from '../../src/search/together.js';
import { FIELD_BOOST } from '../../src/search/lexical.js';

const wanted = (...words: string[]): Set<string> => new Set(wordSequence(words.join(' ')));

describe('words standing together', () => {
  it('counts the runs of consecutive terms that hold every word, in any order, function words skipped', () => {
    const relations = wanted('China', 'US', 'relations');
    expect(timesTogether(wordSequence('We are committed to China-US relations.'), relations)).toBe(1);
    expect(timesTogether(wordSequence('the relations between the United States and China'), relations)).toBe(1);
    expect(timesTogether(wordSequence('US-China relations and China-US relations'), relations)).toBe(2);
  });

  it('does not count words that stand apart, or a run that holds one word twice and another not at all', () => {
    const relations = wanted('China', 'US', 'relations');
    expect(timesTogether(wordSequence('China opposes this. The US should improve relations with Cuba.'), relations)).toBe(0);
    expect(timesTogether(wordSequence('China China relations'), relations)).toBe(0);
    expect(timesTogether(wordSequence(''), relations)).toBe(0);
    expect(timesTogether(wordSequence('China-US relations'), new Set())).toBe(0);
  });

  it('does not count one run twice', () => {
    // "US China US": the second window overlaps the first.
    expect(timesTogether(wordSequence('US China US'), wanted('China', 'US'))).toBe(1);
    expect(timesTogether(wordSequence('US China US China'), wanted('China', 'US'))).toBe(2);
  });

  it('scores the question above the answer and saturates repeats', () => {
    expect(togetherScore(1, 0, FIELD_BOOST)).toBeGreaterThan(togetherScore(0, 1, FIELD_BOOST));
    expect(togetherScore(0, 2, FIELD_BOOST)).toBeGreaterThan(togetherScore(0, 1, FIELD_BOOST));
    expect(togetherScore(0, 20, FIELD_BOOST)).toBeLessThan(20 * togetherScore(0, 1, FIELD_BOOST) / 4);
    expect(togetherScore(0, 0, FIELD_BOOST)).toBe(0);
  });
});

describe('sentences', () => {
  it('keeps words of two sentences apart, but not the parts of an abbreviation', () => {
    const relations = wanted('China', 'US', 'relations');
    expect(timesTogether(wordSequence('It violates basic norms governing international relations. China deplores it and urges the US to stop.'), relations)).toBe(0);
    expect(timesTogether(wordSequence('important information about the DPRK-US relations.\nChina hopes'), relations)).toBe(0);
    expect(timesTogether(wordSequence('We value China-U.S. relations.'), relations)).toBe(1);
  });
});

describe('questions about relations between countries', () => {
  it('are two countries or more and one word for relations, nothing else', () => {
    for (const asked of ['China-Japan ties', 'US-China relationship', 'relations between India and Pakistan', 'Canada-US relations', 'China-EU relations', 'Sino-Japanese ties']) {
      expect(asksAboutRelations(wordSequence(asked)), asked).toBe(true);
    }
    for (const asked of ['China-Japan', 'Japan ties', 'Chinese-Japanese relations', 'China-Japan trade ties', 'El Salvador establishes diplomatic relations with China', 'international relations', '']) {
      expect(asksAboutRelations(wordSequence(asked)), asked).toBe(false);
    }
  });

  it('reads "relations", "relationship" and "ties" as one word', () => {
    const wanted = new Set(wordSequence('China-US relations'));
    for (const said of ['China-US ties', 'the relationship between the US and China', 'US-China relationships', 'Sino-US relations']) {
      expect(timesTogether(wordSequence(said), wanted), said).toBe(1);
    }
  });
});
