import { describe, expect, it } from 'vitest';
import { REPORTER_WORD_LIST } from '../../src/search/reporter-words-data.js';
import { ReporterWords } from '../../src/search/reporter-words.js';
import { termsOf } from '../../src/search/terms.js';

const listed = new ReporterWords(REPORTER_WORD_LIST);
/** The Ministry's words found for a query, as listed, by the user's term they stand for. */
const standIns = (words: ReporterWords, query: string): Record<string, string> =>
  Object.fromEntries([...words.standIns(query, new Set(termsOf(query)))].map(([, { user, word }]) => [word, user]));

describe("reporters' words and the transcripts' words for them", () => {
  it("finds the transcripts' words for a reporter's, by the user's term", () => {
    expect(standIns(listed, 'the jet crash')).toMatchObject({ plane: termsOf('jet')[0], aircraft: termsOf('jet')[0] });
    expect(standIns(listed, 'Beijing penalises US arms makers')).toMatchObject({ sanctions: termsOf('penalises')[0] });
  });

  it('matches a reporter phrase of several words only whole', () => {
    expect(Object.keys(standIns(listed, 'what the prime minister said'))).toContain('premier');
    expect(Object.keys(standIns(listed, 'the prime suspect'))).not.toContain('premier');
  });

  it('leaves out what the query already says, and a phrase the stop list would shorten', () => {
    expect(Object.keys(standIns(listed, 'the jet and the plane'))).not.toContain('plane');
    const own = new ReporterWords({ resign: ['step down'], explosion: ['explosions', 'blast'] });
    // "down" is a stop word: "step down" would be searched as "step", which says much less.
    expect(standIns(own, 'will he step down')).toEqual({});
    // An inflection of the listed word is the word itself.
    expect(standIns(own, 'the explosions')).toEqual({});
    expect(standIns(own, 'the blast')).toEqual({ explosion: termsOf('blast')[0] });
  });

  it('lists each word once, with alternatives in lower case and not the word itself', () => {
    for (const [word, alternatives] of Object.entries(REPORTER_WORD_LIST)) {
      expect(word.trim()).toBe(word);
      expect(alternatives.length).toBeGreaterThan(0);
      for (const alternative of alternatives) {
        expect(alternative).toBe(alternative.toLowerCase().trim());
        expect(alternative).not.toBe(word.toLowerCase());
      }
    }
  });
});
