import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dropOneAgreement, sameShapeAgreement } from '../../../src/eval/alignment.js';
import { parseTranscriptFiles } from '../../../src/transcripts/corpus.js';
import { alignTranscripts } from '../../../src/transcripts/zh/align.js';
import { alignCorpus, pairBriefings } from '../../../src/transcripts/zh/bilingual.js';
import { sameOutlet } from '../../../src/transcripts/zh/outlets.js';
import type { TranscriptRecord } from '../../../src/transcripts/types.js';

/** English record id → Chinese record id (or null), checked by hand by reading both sides. */
const fixture = JSON.parse(readFileSync('test/fixtures/zh-alignment.json', 'utf8')) as {
  briefings: Record<string, Record<string, string | null>>;
};
const checkedDates = Object.keys(fixture.briefings);

describe('aligning Chinese exchanges with their English counterparts', () => {
  const all = parseTranscriptFiles(['seeds/mfa-en', 'seeds/mfa-zh']).flatMap((o) => (o.ok ? [o.transcript] : []));
  const checked = all.filter((t) => checkedDates.includes(t.date));

  it('pairs the hand-checked briefings exactly, a merged follow-up and a turn one side lacks included', () => {
    const got: Record<string, Record<string, string | null>> = {};
    for (const english of checked.filter((t) => t.lang !== 'zh')) {
      const chinese = checked.find((t) => t.lang === 'zh' && t.date === english.date)!;
      const pairs = new Map(alignTranscripts(english, chinese).map((p) => [p.en, p.zh]));
      got[english.key] = Object.fromEntries(english.records.map((r) => [r.id, pairs.get(r.id) ?? null]));
    }
    expect(got).toEqual(fixture.briefings);
    expect(Object.values(got).flatMap((b) => Object.keys(b)).length).toBeGreaterThan(130);
  });

  it('leaves an exchange one side lacks unpaired instead of shifting the rest (each Chinese exchange removed in turn)', () => {
    const score = dropOneAgreement(checked);
    expect(score.briefings).toBeGreaterThan(80); // one run per Chinese exchange of the nine same-shape briefings
    expect(score.exact / score.exchanges).toBeGreaterThanOrEqual(0.98);
  });

  it('pairs ≥ 98% of English exchanges with their counterpart on every briefing where both sides have the same turns', () => {
    const score = sameShapeAgreement(all);
    expect(score.briefings).toBeGreaterThan(400);
    expect(score.exact / score.exchanges).toBeGreaterThanOrEqual(0.98);
  });

  it('records how sure each pairing is: high for clear pairs, capped for merged follow-ups', () => {
    const pairs = alignCorpus(checked);
    const merged = [pairs.get('2019-03-06#13')!, pairs.get('2019-03-06#14')!];
    expect(merged.map((p) => p.zh)).toEqual(['zh-2019-03-06#13', 'zh-2019-03-06#13']);
    expect(merged.every((p) => p.confidence <= 0.7)).toBe(true);
    const clear = [...pairs.values()].filter((p) => !p.en.startsWith('2019-03-06'));
    expect(clear.filter((p) => p.confidence >= 0.8).length / clear.length).toBeGreaterThan(0.95);
    expect(pairs.has('2019-08-05#1')).toBe(false); // Hua Chunying's written remarks have no Chinese page here
  });

  it('agrees with the English twins on the occasion of every briefing and on who asked', () => {
    const occasions = pairBriefings(all).map(({ english, chinese }) => [english.date, english.occasion, chinese.occasion]);
    expect(occasions.length).toBeGreaterThan(400);
    expect(occasions.filter(([, en, zh]) => en !== zh)).toEqual([]);
    expect(occasions.filter(([, en]) => en === 'online-briefing')).toHaveLength(15); // February 2020, 网上例行记者会

    const byId = new Map<string, TranscriptRecord>(all.flatMap((t) => t.records.map((r) => [r.id, r])));
    const outlets = [...alignCorpus(all)].map(([en, pair]) => {
      const [e, z] = [byId.get(en)!, byId.get(pair.zh)!];
      return { en, zh: pair.zh, enOutlet: e.kind === 'exchange' ? e.outlet : null, zhOutlet: z.kind === 'exchange' ? z.outlet : null };
    });
    // `《中国日报》记者：` (2020-04-21) and `加拿大《环球邮报》记者：` (2020-06-19) name the outlets the English pages name.
    const twins = outlets.filter((o) => ['2020-04-21#3', '2020-06-19#2', '2020-06-19#15', '2020-06-19#18'].includes(o.en));
    expect(twins.map((o) => [o.enOutlet, o.zhOutlet, sameOutlet(o.zhOutlet, o.enOutlet)])).toEqual([
      ['China Daily', '中国日报', true], ['The Globe and Mail', '环球邮报', true], ['The Globe and Mail', '环球邮报', true], ['The Globe and Mail', '环球邮报', true],
    ]);
    // Every Chinese exchange whose English twin names an outlet names one too. `外国记者提问` (2020-06-15#7, a
    // foreign journalist) is `Foreign Journalist:` on the English page: no outlet on either side, not Xinhua following up.
    expect(outlets.filter((o) => o.enOutlet !== null && o.zhOutlet === null).map((o) => `${o.en} ${o.enOutlet}`)).toEqual([]);
    expect(outlets.find((o) => o.en === '2020-06-15#7')).toMatchObject({ zh: 'zh-2020-06-15#7', enOutlet: null, zhOutlet: null });

    // The outlet table knows how the English pages spell the outlets the Chinese pages name (PTI, SCMP, CNS,
    // Agence France-Presse, China National Radio, Macau Monthly, Nihon Keizai Shimbun…): the only pairs whose
    // outlets disagree are those where the two pages name different outlets (63 before the spellings were added).
    const named = outlets.filter((o) => o.enOutlet !== null && o.zhOutlet !== null);
    expect(named.length).toBeGreaterThan(600);
    expect(named.filter((o) => sameOutlet(o.zhOutlet, o.enOutlet) !== true).map((o) => `${o.en} ${o.enOutlet} ${o.zhOutlet}`)).toEqual([
      '2020-04-03#7 RIA Novosti 俄罗斯卫星通讯社', '2020-04-09#14 China National Radio 中央广播电视总台国广',
      '2020-04-15#3 CNR 中央广播电视总台国广', '2020-04-15#10 CCTV 中央广播电视总台央广', '2020-05-11#12 NHK 日本共同社',
    ]);
    // A spelling is whole words, and the longest one decides: APP is not AP, the Associated Press of Pakistan not the AP.
    expect([sameOutlet('巴通社', 'APP'), sameOutlet('美联社', 'APP'), sameOutlet('美联社', 'Associated Press of Pakistan'), sameOutlet('美国全国广播公司', 'CNBC')])
      .toEqual([true, false, false, false]);
  });
});
