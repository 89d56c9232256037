import { describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../src/search/engine.js';
import { missingWordsLine } from '../../src/answers/totals.js';
import { searchOnBilingualSample } from './bilingual-search.js';

/** Chinese and English in one question, as a newsroom types it (explore33c W7), on the bilingual sample. */
let search: SearchEngine;
searchOnBilingualSample((s) => {
  search = s;
});

describe('a question in Chinese with English words', () => {
  it('says of an English word no Chinese exchange holds that no Chinese exchange says it, not that no exchange in the index does', async () => {
    const english = await search.search('huawei ban', { k: 0 });
    expect(english.total).toBeGreaterThan(0); // the English pages say "ban"
    const mixed = await search.search('华为 ban', { k: 0 });
    expect(mixed.missing.inNoRecord).toEqual(['ban']);
    expect(mixed.missing.chinese).toBe(true);
    expect(missingWordsLine(mixed.missing)).toBe('no Chinese exchange says “ban”');
    // A Chinese word no page of either language holds is said of the index, as before.
    expect((await search.search('韩国瑜', { k: 0 })).missing.chinese).toBeUndefined();
  });
});
