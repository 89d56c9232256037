import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../src/search/english-words.js';

describe('English words', () => {
  it('holds the lower-case words of word-list and no names', () => {
    for (const word of ['lorry', 'layer', 'converted', 'omicron']) expect(isEnglishWord(word), word).toBe(true);
    for (const word of ['huawei', 'huawai', 'larry', 'pompeo', 'xinjiang', 'xinjaing']) expect(isEnglishWord(word), word).toBe(false);
  });

  it('finds the first and last words of the list, and one the file sorts out of order ("manlihood" after "manlily")', () => {
    for (const word of ['aa', 'zzzs', 'manlihood', 'sharrowed']) expect(isEnglishWord(word), word).toBe(true);
  });

  it('holds no part of a word, and nothing that is not lower-case letters', () => {
    for (const word of ['lorr', 'orry', 'lorrys', '', 'Lorry', 'lorry\nlayer', 'über']) expect(isEnglishWord(word), JSON.stringify(word)).toBe(false);
  });

  it('holds the real words word-list leaves out that were read as slips, and not the abbreviations beside them (spell35)', () => {
    for (const word of ['chink', 'asses', 'horny', 'retarded', 'shitting']) expect(isEnglishWord(word), word).toBe(true);
    for (const word of ['contd', 'notworks']) expect(isEnglishWord(word), word).toBe(false);
  });
});
