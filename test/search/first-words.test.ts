import { describe, expect, it } from 'vitest';
import { earliestIntent } from '../../src/search/first-words.js';

describe('a question asking when something was first said', () => {
  it('is read, and its words of when and of saying are not searched', () => {
    expect(earliestIntent('When did the Foreign Ministry first mention COVID-19?')).toEqual({ query: 'When did the Foreign Ministry COVID-19?', earliest: true });
    expect(earliestIntent('first mention of COVID-19')).toEqual({ query: 'COVID-19', earliest: true });
    expect(earliestIntent('first time the spokesperson mentioned Meng Wanzhou')).toEqual({ query: 'the spokesperson Meng Wanzhou', earliest: true });
    expect(earliestIntent('When did China first comment on the trade war?')).toEqual({ query: 'When did China the trade war?', earliest: true });
    expect(earliestIntent('earliest comments on Huawei')).toEqual({ query: 'Huawei', earliest: true });
    expect(earliestIntent('When was Lithuania raised for the first time?')).toEqual({ query: 'When was Lithuania?', earliest: true });
    // "state" is a noun as often as a verb of saying: kept.
    expect(earliestIntent('When did they first mention the Islamic State?')).toEqual({ query: 'When did they the Islamic State?', earliest: true });
  });

  it('leaves "first" beside anything else, a quoted phrase, and a question of those words alone', () => {
    for (const query of ['the first phase trade deal', 'first lady Peng Liyuan', 'China-Japan first session', '"the first time" Xi', 'Huawei mentioned']) {
      expect(earliestIntent(query)).toEqual({ query, earliest: false });
    }
    expect(earliestIntent('first mention')).toEqual({ query: 'first mention', earliest: false });
  });
});
