import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lowerCaseAbbreviations } from '../../src/search/lower-case-names.js';

const readAs = (q: string): string[] => lowerCaseAbbreviations(q).respelled.map((r) => r.read);

describe('"us" and "who" in lower case (lower-case-names.ts)', () => {
  it('reads "us" as the US beside a country, leading the question, or after an article', () => {
    for (const q of ['us china relations', 'china-us trade', 'sino-us relations', 'us and china', 'china and us tariffs', 'us-japan alliance', 'us north korea talks', 'us sanctions on huawei', 'the us treasury', 'transit stops in the us']) {
      expect(readAs(q), q).toEqual(['US']);
    }
    expect(lowerCaseAbbreviations('us china relations').query).toBe('US china relations');
  });

  it('reads "who" as the WHO after "the", ending a question, or before a word that is no verb', () => {
    for (const q of ['who taiwan observer', 'who wuhan investigation', "taiwan's bid to join the who", 'taiwan observer status at who', 'who covid origins']) {
      expect(readAs(q), q).toEqual(['WHO']);
    }
  });

  it('leaves the pronouns as they are', () => {
    for (const q of [
      'what did china tell us about japan', "give us china's position", "can you tell us china's view", 'let us know', 'us', 'all of us china',
      'who said taiwan is a country', 'who is the spokesperson', 'officials who visited taiwan', 'said by who', 'who was spokesperson in 2005',
      'people who protested in hong kong', 'who criticized china', 'those who', 'the exiled spiritual leader in Dharamsala and who will succeed him',
      '"tell us china"', 'US china relations', 'WHO taiwan',
    ]) {
      expect(readAs(q), q).toEqual([]);
    }
  });

  it('reads no eval question otherwise, written as it is or in lower case, but as the US or the WHO', () => {
    const texts = ['eval/queries.json', 'eval/queries-zh.json'].flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { query: string }[]).map((q) => q.query));
    expect(texts.filter((q) => readAs(q).length > 0)).toEqual([]);
    const lower = texts.map((q) => q.toLowerCase()).filter((q) => readAs(q).length > 0);
    expect(lower.length).toBeGreaterThan(20);
    // Each one so read writes "US" or "WHO" where the lower case was read.
    for (const q of lower) expect(texts.some((t) => t.toLowerCase() === q && lowerCaseAbbreviations(q).query.replace(/\bUS\b/g, 'us').replace(/\bWHO\b/g, 'who') === q && /\bUS\b|\bWHO\b/.test(t)), q).toBe(true);
  });
});
