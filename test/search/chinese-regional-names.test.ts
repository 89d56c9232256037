import { describe, expect, it } from 'vitest';
import { CHINESE_REGIONAL_NAMES } from '../../src/search/aliases.js';
import { simplifiedChinese } from '../../src/search/chinese-question.js';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';

describe('Taiwan\'s and Hong Kong\'s names and terms in a Chinese question', () => {
  it('are read as the Ministry writes them, in Traditional characters too (explore32b W10)', () => {
    expect(simplifiedChinese('澳洲')).toBe('澳大利亚');
    expect(simplifiedChinese('趙立堅 澳洲')).toBe('赵立坚 澳大利亚');
    expect(simplifiedChinese('網路安全')).toBe('网络安全');
    expect(simplifiedChinese('网路安全')).toBe('网络安全');
    expect(simplifiedChinese('網際網路')).toBe('互联网'); // the longer form first, not 网际网络
    expect(simplifiedChinese('晶片')).toBe('芯片');
    expect(simplifiedChinese('資訊安全')).toBe('信息安全');
    expect(simplifiedChinese('普亭')).toBe('普京');
    expect(simplifiedChinese('港區國安法')).toBe('香港国安法');
    expect(simplifiedChinese('桂民海')).toBe('桂敏海');
    expect(simplifiedChinese('北韓 飛彈')).toBe('朝鲜 导弹'); // explore38: 导弹 in 108 of the pages, 飞弹 in none
    // Platts' Chinese name is no Taiwan word.
    expect(simplifiedChinese('普氏能源資訊')).toBe('普氏能源资讯');
  });

  it('read Japan\'s name for the Diaoyu Islands, pasted from Japanese copy too, as 钓鱼岛 (explore35 W11)', () => {
    expect(simplifiedChinese('尖閣諸島')).toBe('钓鱼岛');
    expect(simplifiedChinese('尖阁列岛问题')).toBe('钓鱼岛问题');
  });

  /** The bundled Chinese pages, 2016-2020. */
  const texts = parseTranscriptFiles(['seeds/mfa-zh'])
    .flatMap((o) => (o.ok ? o.transcript.records : []))
    .map((r) => `${'question' in r ? r.question ?? '' : ''}\n${r.answer}`);

  it('are each a form the Ministry\'s pages (nearly) never write, for one they do: reading it as theirs loses (almost) nothing', () => {
    expect(texts.length).toBeGreaterThan(7_000);
    const wrong: string[] = [];
    for (const { canonical, variants } of CHINESE_REGIONAL_NAMES) {
      const held = texts.filter((t) => t.includes(canonical)).length;
      if (held === 0) wrong.push(`${canonical}: in no record`);
      for (const variant of variants) {
        // A variant the pages write only beside the Ministry's form (尖阁列岛 beside 钓鱼岛) loses nothing either.
        const written = texts.filter((t) => t.includes(variant) && !t.includes(canonical)).length;
        if (written > 2) wrong.push(`${variant}: in ${written} records without ${canonical}`);
        if (simplifiedChinese(variant) !== canonical) wrong.push(`${variant} is read as ${simplifiedChinese(variant)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
