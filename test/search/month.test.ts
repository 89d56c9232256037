import { describe, expect, it } from 'vitest';
import { monthIntent } from '../../src/search/month.js';

describe('a month named in a question', () => {
  it('is read as the dates of that month, and its words are not searched', () => {
    expect(monthIntent('What did China say about Huawei in March 2019?')).toEqual({
      query: 'What did China say about Huawei?', words: 'March 2019', from: '2019-03-01', to: '2019-03-31',
    });
    expect(monthIntent('Abe visit October, 2018')).toMatchObject({ query: 'Abe visit', from: '2018-10-01', to: '2018-10-31' });
    expect(monthIntent('the talks of Sept. 2019')).toMatchObject({ from: '2019-09-01', to: '2019-09-30' });
    expect(monthIntent('coronavirus during February of 2020')).toMatchObject({ query: 'coronavirus', from: '2020-02-01', to: '2020-02-29' });
    expect(monthIntent('trade war in feb 2019')).toMatchObject({ to: '2019-02-28' });
  });

  it('is left alone as an edge, a second month, without a year, or with nothing else to search', () => {
    for (const query of [
      'Huawei since March 2019', 'tariffs before May 2020', 'talks between March and May 2019', 'Huawei in March',
      'Huawei in 2019', 'What did they say in March 2019?', 'trade in March 2019 and April 2019', 'Mar-a-Lago 2019',
    ]) expect(monthIntent(query), query).toBeNull();
  });
});
