import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishTopicWords, mainlyEnglish, otherLanguageOf } from '../../src/search/question-language.js';
import { chineseNamesAsEnglish } from '../../src/search/bilingual.js';
import { englishNamesAsChinese } from '../../src/search/chinese-question.js';

describe('a question in a language spox does not read (question-language.ts)', () => {
  it('tells Japanese, Korean, Russian and Arabic by their script, and French, Spanish, German by their function words', () => {
    expect(otherLanguageOf('中国は台湾について何と言いましたか')).toBe('Japanese');
    expect(otherLanguageOf('香港の抗議')).toBe('Japanese');
    expect(otherLanguageOf('huawei について')).toBe('Japanese'); // its count was the English one, said of the Chinese pages
    expect(otherLanguageOf('중국은 대만에 대해 뭐라고 했나요')).toBe('Korean');
    expect(otherLanguageOf('Что Китай сказал о Тайване')).toBe('Russian');
    expect(otherLanguageOf('ماذا قال الصين عن تايوان')).toBe('Arabic');
    expect(otherLanguageOf('position de la Chine sur Hong Kong')).toBe('French');
    expect(otherLanguageOf('Qu’a dit la Chine sur les sanctions contre Huawei ?')).toBe('French');
    expect(otherLanguageOf('postura de China sobre Xinjiang')).toBe('Spanish');
    expect(otherLanguageOf('¿Cuál es la posición de China sobre Taiwan?')).toBe('Spanish');
    expect(otherLanguageOf('Huawei und 5G in der EU')).toBe('German');
  });

  it('names Italian, German and Dutch questions as such, not Spanish or English (explore37 #13)', () => {
    expect(otherLanguageOf('Cosa ha detto la Cina sulla Lituania?')).toBe('Italian');
    expect(otherLanguageOf('Qual è la posizione della Cina su Taiwan?')).toBe('Italian');
    // "was" and "China" are English words too: the words of saying tell German.
    expect(otherLanguageOf('Was hat China zu Litauen gesagt?')).toBe('German');
    expect(otherLanguageOf('Wie steht China zu Taiwan?')).toBe('German');
    expect(otherLanguageOf('Wat zei China over Litouwen?')).toBe('Dutch');
    expect(otherLanguageOf('Wat is het standpunt van China over Taiwan?')).toBe('Dutch');
    // Spanish keeps its name where Italian shares a word ("la").
    expect(otherLanguageOf('¿Qué dijo China sobre Lituania?')).toBe('Spanish');
    for (const q of ['What did China say about Van der Bellen?', 'Carla Del Ponte and the ICTY', 'Herman Van Rompuy on the EU', 'What did China say about Lithuania?']) {
      expect(otherLanguageOf(q), q).toBeNull();
    }
  });

  it('reads English and Chinese questions, and English ones that hold a foreign name or a few foreign words, as they are', () => {
    for (const q of [
      'What did China say about Hong Kong?', '华为 ban', '中方对香港有何评论？', 'El Salvador and Los Angeles', 'Le Drian on Taiwan',
      'what did china say about "Путин"', 'what did china say about les sanctions contre huawei', 'Taiwan Wahl 2020', 'coup d’état in Myanmar',
    ]) {
      expect(otherLanguageOf(q), q).toBeNull();
    }
    const texts = ['eval/queries.json', 'eval/queries-zh.json'].flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { query: string }[]).map((q) => q.query));
    expect(texts.filter((q) => otherLanguageOf(q) !== null)).toEqual([]);
  });
});

describe('a question that mixes English and Chinese (question-language.ts, bilingual.ts)', () => {
  const mainly = (q: string): boolean => mainlyEnglish(q, englishNamesAsChinese(q));

  it('is mainly English when its Latin words, names and codes aside, outnumber its Chinese words', () => {
    for (const q of ['china reaction to 华为', 'what did China say about 新疆', 'What did the US say about 华为?']) expect(mainly(q), q).toBe(true);
    for (const q of ['华为 reaction', '华为 ban', 'WHO 新冠', 'Huawei 华为', '华为 5G', '中方对 Huawei 有何评论', 'G20 APEC 华为', '华为', 'Huawei']) expect(mainly(q), q).toBe(false);
  });

  it('reads the Chinese names of a question mainly in English as the English pages write them, and no other question', () => {
    expect(chineseNamesAsEnglish('china reaction to 华为')).toEqual({ query: 'china reaction to Huawei', read: [{ typed: '华为', read: 'Huawei' }], framing: [] });
    expect(chineseNamesAsEnglish('what did China say about 新疆?')).toEqual({ query: 'what did China say about Xinjiang?', read: [{ typed: '新疆', read: 'Xinjiang' }], framing: [] });
    expect(chineseNamesAsEnglish('what did China say about 華為 and 孟晚舟')?.query).toBe('what did China say about Huawei and Meng Wanzhou');
    // A Chinese word of no known English name, a quoted phrase, a Chinese question: as typed.
    for (const q of ['china reaction to 恒大', 'china reaction to "华为"', '华为 reaction', 'WHO 新冠', 'Huawei']) expect(chineseNamesAsEnglish(q), q).toBeNull();
  });

  it('names every English form a Chinese name is searched as: 一带一路 as "BRI" or "Belt and Road" (review35 #3)', () => {
    expect(chineseNamesAsEnglish('china reaction to 一带一路')?.read).toEqual([{ typed: '一带一路', read: 'BRI', also: ['Belt and Road'] }]);
    expect(chineseNamesAsEnglish('what did China say about 美国')?.read).toEqual([{ typed: '美国', read: 'US', also: ['USA', 'United States'] }]);
    // A form that searches other words is not said to be searched: "UN Security Council" searches "UN" too,
    // where "Security Council" is what "UNSC" is read as (aliases.ts).
    expect(chineseNamesAsEnglish('what did China say about 安理会')?.read).toEqual([{ typed: '安理会', read: 'UNSC', also: ['Security Council'] }]);
    // "Shinzo Abe" searches what "Abe" does (the full names of aliases.ts' SURNAMES): said.
    expect(chineseNamesAsEnglish('what did China say about 安倍')?.read).toEqual([{ typed: '安倍', read: 'Abe', also: ['Shinzo Abe'] }]);
  });

  it('reads a question whose topic is in English and whose Chinese only frames it as one in English (review35 #1)', () => {
    expect(englishTopicWords('中国 rule of law')).toBe(2);
    expect(englishTopicWords('What did China say about 外交部')).toBe(0);
    expect(chineseNamesAsEnglish('中国 rule of law')).toEqual({ query: 'rule of law', read: [], framing: ['中国'] });
    expect(chineseNamesAsEnglish('中方对 Five Eyes 有何评论？')).toEqual({ query: 'Five Eyes？', read: [], framing: ['中方对', '有何评论'] });
    expect(chineseNamesAsEnglish('中方 fake news')?.query).toBe('fake news');
    expect(chineseNamesAsEnglish('外交部怎么评价 rule of law')?.query).toBe('rule of law');
    expect(chineseNamesAsEnglish('what did 中方 say about 华为')).toEqual({ query: 'what did say about Huawei', read: [{ typed: '华为', read: 'Huawei' }], framing: ['中方'] });
    // Chinese that names a topic, a name no more outnumbered by English topic words, framing around an abbreviation or only framing words in English: Chinese questions.
    for (const q of ['中国 rule of law 改革', '中方 华为 reaction', '中方对 WHO 有何评论', '中方对 G20 有何评论', 'What did China say about 外交部', '中国 what']) expect(chineseNamesAsEnglish(q), q).toBeNull();
 
    // An acronym framed in Chinese that no Chinese page writes is searched in English (hunt-N #8: "AUKUS 中方立场" was
    // told it named no topic, 中方 being too common); one the Chinese pages write stays a Chinese question.
    const heldInChinese = (term: string) => term === 'g20';
    expect(chineseNamesAsEnglish('AUKUS 中方立场', heldInChinese)).toEqual({ query: 'AUKUS', read: [], framing: ['中方立场'] });
    expect(chineseNamesAsEnglish('中方对 AUKUS 有何评论', heldInChinese)?.query).toBe('AUKUS');
    expect(chineseNamesAsEnglish('中方对 G20 有何评论', heldInChinese)).toBeNull();
    expect(chineseNamesAsEnglish('AUKUS 中方立场')).toBeNull();
  });
});
