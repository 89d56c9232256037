import { describe, expect, it } from 'vitest';
import { ENGLISH_NAMES_IN_CHINESE } from '../../src/search/aliases.js';
import { englishNamesAsChinese } from '../../src/search/chinese-question.js';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';
import { alignCorpus } from '../../src/transcripts/zh/bilingual.js';
import type { TranscriptRecord } from '../../src/transcripts/types.js';

describe('English names in a Chinese question', () => {
  it('are read as the Chinese pages write them, longest form first, whole words only', () => {
    expect(englishNamesAsChinese('WHO 新冠')).toBe('世卫组织 新冠');
    expect(englishNamesAsChinese('WHO新冠溯源')).toBe('世卫组织 新冠溯源'); // no space before the Chinese
    expect(englishNamesAsChinese('EU 人权')).toBe('欧盟 人权');
    expect(englishNamesAsChinese('huawei 孟晚舟')).toBe('华为 孟晚舟');
    expect(englishNamesAsChinese('UN Security Council 朝鲜')).toBe('安理会 朝鲜'); // not 联合国 安理会
    expect(englishNamesAsChinese('Kim Jong-un 访华')).toBe('金正恩 访华');
    expect(englishNamesAsChinese('Covid-19 溯源')).toBe('新冠 溯源');
    expect(englishNamesAsChinese('USA 关税')).toBe('美国 关税');
  });

  it('leaves short capitals in lower case, other words containing a name, quoted phrases and English questions as they were', () => {
    expect(englishNamesAsChinese('who 新冠')).toBe('who 新冠');
    expect(englishNamesAsChinese('USB 美国')).toBe('USB 美国');
    expect(englishNamesAsChinese('Japanese 日本')).toBe('Japanese 日本');
    expect(englishNamesAsChinese('"WHO" 新冠')).toBe('"WHO" 新冠');
    expect(englishNamesAsChinese('What did the WHO say about Huawei?')).toBe('What did the WHO say about Huawei?');
    expect(englishNamesAsChinese('G20 峰会')).toBe('G20 峰会'); // the Chinese pages write G20
  });

  /** Every check below reads the bundled 2016-2020 pages of both languages and the pairs aligned between them. */
  const transcripts = parseTranscriptFiles(['seeds/mfa-en', 'seeds/mfa-zh']).flatMap((o) => (o.ok ? [o.transcript] : []));
  const records = new Map<string, TranscriptRecord>(transcripts.flatMap((t) => t.records.map((r) => [r.id, r])));
  const chinese = [...records.values()].filter((r) => r.id.startsWith('zh-'));
  const aligned = [...alignCorpus(transcripts).values()].map((p) => [records.get(p.en)!, records.get(p.zh)!] as const);
  const text = (r: TranscriptRecord): string => `${'question' in r ? r.question : ''} ${r.answer}`;
  const naming = (form: string): RegExp => new RegExp(`(?<![A-Za-z0-9])${form.replace(/[ -]/g, '[\\s-]?')}(?![A-Za-z0-9])`, /^[A-Z0-9]{2,3}$/.test(form) ? '' : 'i');

  it('are each the Chinese pages\' name for it: held by most Chinese exchanges aligned with English ones naming it', () => {
    expect(aligned.length).toBeGreaterThan(4_000);
    const weak: string[] = [];
    for (const { chinese: form, english } of ENGLISH_NAMES_IN_CHINESE) {
      const pairs = aligned.filter(([en]) => english.some((e) => naming(e).test(text(en))));
      const held = pairs.filter(([, zh]) => text(zh).includes(form)).length;
      if (pairs.length < 2 || held / pairs.length < 0.6) weak.push(`${english[0]} → ${form}: ${held} of ${pairs.length}`);
    }
    expect(weak).toEqual([]);
  });

  it('are each a form the Chinese pages (nearly) never write in Latin letters without the Chinese name, so reading it in Chinese loses (almost) nothing', () => {
    const lost: string[] = [];
    for (const { chinese: form, english } of ENGLISH_NAMES_IN_CHINESE) {
      for (const e of english) {
        const n = chinese.filter((r) => naming(e).test(text(r)) && !text(r).includes(form)).length;
        if (n > 2) lost.push(`${e}: ${n}`);
      }
    }
    expect(chinese.length).toBeGreaterThan(7_000);
    expect(lost).toEqual([]);
  });
});
