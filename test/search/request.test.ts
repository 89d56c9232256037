import { describe, expect, it } from 'vitest';
import { checkSearchRequest, MAX_QUERY_CHARS, MAX_QUOTED_QUERY_CHARS, parseIsoDate } from '../../src/search/request.js';

const cli = (field: string): string => (field === 'question' ? 'the question' : `--${field}`);
const check = (input: Parameters<typeof checkSearchRequest>[0]) => checkSearchRequest(input, cli);

describe('search request check (shared by ask and the bot)', () => {
  it('accepts a question with real, ordered dates and trims what was typed', () => {
    expect(check({ question: '  Huawei ', from: '2020-02-29', to: '2020-03-01', spokesperson: ' Hua ', outlet: '' })).toEqual({
      ok: true, query: 'Huawei', filters: { from: '2020-02-29', to: '2020-03-01', spokesperson: 'Hua' },
    });
  });

  it('refuses an empty question, a too long one, impossible or malformed dates, and reversed dates', () => {
    expect(check({ question: '   ' })).toMatchObject({ ok: false, field: 'question', problem: 'the question is empty: give the words to look for.' });
    expect(check({ question: ' - ? ' })).toMatchObject({ ok: false, field: 'question', problem: 'the question holds no letter or digit: give the words to look for.' });
    expect(check({ question: '🔥🔥' })).toMatchObject({ ok: false, problem: 'the question holds no letter or digit: give the words to look for.' });
    expect(check({ question: '5G?' })).toMatchObject({ ok: true });
    expect(check({ question: 'x'.repeat(MAX_QUERY_CHARS + 1) })).toMatchObject({ ok: false, field: 'question', problem: /is 301 characters long; at most 300/ });
    // Counted as a reader counts them: 300 rare Chinese characters (or emoji) are 600 UTF-16 units, and 300 characters.
    expect(check({ question: '𠀀'.repeat(MAX_QUERY_CHARS) })).toMatchObject({ ok: true });
    expect(check({ question: '𠀀'.repeat(MAX_QUERY_CHARS + 1) })).toMatchObject({ ok: false, problem: /is 301 characters long/ });
    // Emoji are no words searched, so no part of the length (review33 #13).
    expect(check({ question: `Huawei ${'🔥'.repeat(MAX_QUERY_CHARS)}` })).toMatchObject({ ok: true });
    // Longer when the rest is a quoted phrase: a pasted sentence of the Ministry's (explore31 #25).
    const sentence = 'word '.repeat(150).trim();
    expect(check({ question: `Hua "${sentence}"` })).toMatchObject({ ok: true });
    expect(check({ question: `‘${sentence}’ Hua` })).toMatchObject({ ok: true });
    expect(check({ question: `"${'word '.repeat(MAX_QUOTED_QUERY_CHARS / 5)}"` })).toMatchObject({ ok: false, problem: /is 1,002 characters long, 2 of them outside quotes; at most 300 can be searched, or 1,000 when the rest is a phrase in quotes/ });
    expect(check({ question: `${sentence} "a phrase"` })).toMatchObject({
      ok: false, problem: 'the question is 760 characters long, 750 of them outside quotes; at most 300 can be searched, or 1,000 when the rest is a phrase in quotes: keep the words that matter, or put the sentence you look for in quotes.',
    });
    for (const bad of ['2020-02-30', '2019-13-45', '12/05/2019', '2021-02-29']) {
      expect(check({ question: 'trade', from: bad })).toMatchObject({ ok: false, field: 'from', value: bad, problem: /--from must be a date written YYYY-MM-DD that exists/ });
    }
    expect(check({ question: 'trade', from: '2020-05-01', to: '2020-01-01' })).toMatchObject({
      ok: false, field: 'from', problem: '--from (2020-05-01) is later than --to (2020-01-01).',
    });
    expect(check({ question: 'trade', outlet: 'R'.repeat(101) })).toMatchObject({ ok: false, field: 'outlet' });
  });

  it('cleans a spokesperson or outlet as a question is cleaned, since it is echoed as one is (explore32a F10)', () => {
    expect(check({ question: 'Huawei', spokesperson: '@everyone Hua <@&456> [x](http://evil.example)', outlet: 'Reuters\x1b[31m https://evil.example a@evil.example' })).toEqual({
      ok: true, query: 'Huawei', filters: { spokesperson: 'Hua x', outlet: 'Reuters' },
    });
    expect(check({ question: 'Huawei', outlet: '<@&456> @here' })).toEqual({ ok: false, field: 'outlet', problem: '--outlet holds only links, mentions or emoji: give a name.' });
    // Control characters of the question are left out before it is checked (explore32a F2, F3).
    expect(check({ question: 'Huawei \u0000\x1b[2J\u0085 ban\u200b' })).toMatchObject({ ok: true, query: expect.stringMatching(/^Huawei +ban$/), filters: {} });
    expect(check({ question: '\x1b[2J\u0000' })).toMatchObject({ ok: false, problem: 'the question is empty: give the words to look for.' });
  });

  it('counts the words searched, once links, mentions and emoji are left out, as every bot then searches them (review33 #13)', () => {
    // What the reviewer pasted: 332 characters, of which a question of 32 is searched.
    const pasted = `What did China say about Huawei? https://www.reuters.com/technology/${'a'.repeat(260)} 🔥🔥🔥`;
    expect([...pasted].length).toBe(332);
    expect(check({ question: pasted })).toMatchObject({ ok: true, query: pasted });
    // Too long even without them: the length said is that of the words, and says so.
    const long = `${'trade war '.repeat(31)}https://example.com/${'a'.repeat(100)}`;
    expect(check({ question: long })).toMatchObject({
      ok: false, problem: /^the question is 309 characters long without its links, mentions and emoji; at most 300 can be searched/,
    });
    // A filter counts characters too, not UTF-16 units: 60 rare Chinese characters are 60.
    expect(check({ question: 'Huawei', outlet: '𠀀'.repeat(60) })).toMatchObject({ ok: true, filters: { outlet: '𠀀'.repeat(60) } });
    expect(check({ question: 'Huawei', outlet: '𠀀'.repeat(101) })).toMatchObject({ ok: false, problem: '--outlet is 101 characters long; at most 100.' });
  });

  it('names the fields as each front end does', () => {
    const bot = checkSearchRequest({ question: 'trade', to: '2020-02-30' }, (f) => `\`${f}\``);
    expect(bot).toMatchObject({ ok: false, problem: /^`to` must be a date/ });
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('2023-02-29')).toBeNull();
  });
});
