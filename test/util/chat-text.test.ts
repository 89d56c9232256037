import { describe, expect, it } from 'vitest';
import { messageQuery, queryFrom, READ_CHARS } from '../../src/answers/query-text.js';
import { questionWords } from '../../src/util/chat-text.js';

describe('a chat message read for its words', () => {
  it('is read only to its opening, so a 40,000-character Slack message is not cleaned whole (review33 #10)', () => {
    // Links and emoji fill the opening: the words after it are not read.
    const filler = `${'🔥'.repeat(READ_CHARS - 2)} `;
    expect(queryFrom(`Huawei ${filler}Meng Wanzhou`)).toBe('Huawei');
    expect(messageQuery(`Huawei ${filler}"Meng Wanzhou"`)).toBe('Huawei');
    // Cut between whole characters: no half emoji is left to be read as a word.
    expect(queryFrom(`${'🇨🇳'.repeat(READ_CHARS)} Huawei`)).toBe('');
    // What the reviewer sent: a message of 40,000 characters after a question is still answered by its opening words.
    for (const rest of ['a'.repeat(40_000), 'aa.'.repeat(13_000), '['.repeat(40_000), '-a'.repeat(20_000), 'a.'.repeat(20_000)]) {
      expect(queryFrom(`Meng Wanzhou Canada ${rest}`)).toBe('Meng Wanzhou Canada');
    }
  });

  it("reads a message's bullets and wire credits as its words, not as words left out (review34 #8)", () => {
    expect(messageQuery('Taiwan this week:\n-arms sales\n-Lai transit')).toBe('Taiwan this week: arms sales Lai transit');
    expect(messageQuery('China says it will retaliate -Reuters')).toBe('China says it will retaliate Reuters');
    // A hyphen inside a word stays: "Sino-US", "COVID-19".
    expect(messageQuery('Sino-US trade and COVID-19')).toBe('Sino-US trade and COVID-19');
  });

  it('leaves out the same links as before the patterns were bounded', () => {
    // A masked link whose address holds brackets ends at the first ")", as it did.
    expect(questionWords('See [Huawei](https://en.wikipedia.org/wiki/Huawei_(company)) now')).toBe('See Huawei ) now');
    // A label holding "[" is read from its last "[" (it was read from the first): its words are kept either way.
    expect(questionWords('[[Huawei](https://example.com/a)] ban')).toBe('[ Huawei ] ban');
    expect(questionWords('Huawei [x](https://evil.example (title)) ban')).toBe('Huawei x ban');
    // A domain after a dot or a hyphen (the hyphen now left out with it), an e-mail address inside a longer word: links, as they were.
    expect(questionWords('see .example.com/x and -example.com/y now')).toBe('see . and now');
    expect(questionWords('write to desk.news+cn@example.co.uk today')).toBe('write to today');
    expect(questionWords('1.https://example.com/a Huawei')).toBe('1. Huawei');
    // Not links: a word joined by "_" to a domain-like word, "U.S./China", a version, a time.
    expect(questionWords('file_name.txt/x U.S./China 5.5G at 10:30')).toBe('file_name.txt/x U.S./China 5.5G at 10:30');
  });
});
