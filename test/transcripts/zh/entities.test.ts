import { describe, expect, it } from 'vitest';
import { chineseEntities, englishEntities } from '../../../src/transcripts/zh/entities.js';

/** The entity both languages name, found from its Chinese name. */
const entity = (zh: string): number => [...chineseEntities(zh)][0]!;

describe('English names of the alignment entities', () => {
  it('finds a capitalised form as written and a lower-case one in any case, each at a word start only', () => {
    const found = englishEntities('The U.S. and Ukrainian TARIFFS on Italian goods; the Secretary of State, 5G and 15G.');
    for (const zh of ['美国', '乌克兰', '意大利', '关税', '外长', '国务卿', '5G']) expect(found, zh).toContain(entity(zh));
    expect(found).not.toContain(entity('日本'));
    expect(englishEntities('Japanese')).toContain(entity('日本'));
    expect(englishEntities('japan')).not.toContain(entity('日本')); // capitalised forms are names: case counts
    expect(englishEntities('BUS, xUN and Kazakh')).toEqual(new Set()); // not at a word start
    expect(englishEntities('WHO said')).toEqual(new Set([entity('世卫组织'), entity('世界卫生组织')])); // one form, two entities
  });
});
