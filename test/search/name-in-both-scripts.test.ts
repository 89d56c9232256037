import { describe, expect, it } from 'vitest';
import { nameOnceIn } from '../../src/search/name-in-both-scripts.js';
import { searchesChinese } from '../../src/search/bilingual.js';

describe("a spokesperson's name written in both scripts", () => {
  it('is read once, by its English form, so the question is not a Chinese one (hunt-N (b): "Lin Jian 林剑" found nothing)', () => {
    expect(nameOnceIn('Lin Jian 林剑')).toBe('Lin Jian');
    expect(nameOnceIn('林剑 Lin Jian Taiwan')).toBe('Lin Jian Taiwan');
    expect(nameOnceIn('Guo Jiakun（郭嘉昆）on Ukraine')).toBe('Guo Jiakun on Ukraine');
    expect(searchesChinese(nameOnceIn('Lin Jian 林剑'))).toBe(false);
    // One form alone, or another person's name beside it, is as typed.
    for (const typed of ['林剑', 'Lin Jian', '华春莹 Lin Jian', '林剑谈台湾', 'Taiwan 台湾']) expect(nameOnceIn(typed), typed).toBe(typed);
  });
});
