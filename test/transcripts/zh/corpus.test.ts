import { describe, expect, it } from 'vitest';
import { parseTranscriptFiles } from '../../../src/transcripts/corpus.js';
import { chineseVisibleText as visibleText, exchanges, verbatimMisses } from '../helpers.js';

describe('the bundled Chinese pages (seeds/mfa-zh)', () => {
  const outcomes = parseTranscriptFiles(['seeds/mfa-zh']);
  const transcripts = outcomes.flatMap((o) => (o.ok ? [o.transcript] : []));
  const byDate = new Map(transcripts.map((t) => [t.date, t]));

  it('parses all 771 pages, each marked zh, dated and named from its title, with its URL', () => {
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    expect(transcripts).toHaveLength(771);
    const bad = transcripts.filter(
      (t) => t.lang !== 'zh' || t.key !== `zh-${t.date}` || !/^[A-Z][a-z]+ [A-Z][a-z]+$/.test(t.spokesperson) || !t.url?.startsWith('https://www.fmprc.gov.cn/'),
    );
    expect(bad.map((t) => `${t.file} ${t.key} ${t.spokesperson}`)).toEqual([]);
    expect(new Set(transcripts.map((t) => t.spokesperson))).toEqual(new Set(['Geng Shuang', 'Hua Chunying', 'Lu Kang', 'Zhao Lijian']));
  });

  it('quotes verbatim: every question and answer paragraph occurs in its page\'s visible text', () => {
    const { misses, checked } = verbatimMisses(transcripts, visibleText);
    expect(misses).toEqual([]);
    expect(checked).toBeGreaterThan(20_000);
  });

  it('removes the indentation spaces and the labels, and keeps full-width punctuation', () => {
    const paragraphs = transcripts.flatMap((t) => t.records.flatMap((r) => [...r.answer, ...(r.kind === 'exchange' ? r.question : [])]));
    expect(paragraphs.filter((p) => /^[\s\u3000]/.test(p))).toEqual([]);
    expect(paragraphs.filter((p) => /^(问|答|追问[一二三四五六七八九十]?|[^：，。]{0,6}《[^》]+》记者)：/.test(p))).toEqual([]);
    const first = exchanges(byDate.get('2016-11-15')!)[0]!;
    expect(first.question).toEqual([
      '近日，美国国务院发布消息称，美国国务院助理国务卿布朗菲尔德将于11月21-22日出席在北京举行的第14次中美执法合作联合联络小组会议。你能否介绍会议有关情况？中方对此次会议有何期待？',
    ]);
    expect(first.answer[0]).toMatch(/^中美执法合作是两国关系的重要组成部分。中美执法合作联合联络小组（JLG）系根据1997年/);
    expect(first.answer).toHaveLength(4);
    expect(first.outlet).toBeNull();
  });

  it('reads outlets and the spokesperson\'s name as labels (2020), in English form', () => {
    const june1 = byDate.get('2020-06-01')!;
    const ex = exchanges(june1);
    expect(ex[0]!.outlet).toBe('总台央视');
    expect(ex[0]!.spokesperson).toBe('Zhao Lijian');
    expect(ex[0]!.answer[0]).toMatch(/^美方领导人对中方的种种指责完全罔顾事实/);
    expect(ex.map((e) => e.outlet)).toContain('彭博社');
    expect(ex.find((e) => e.outlet === 'CNN')?.question[0]).toMatch(/^据报道，美官员及相关机构称/);
    // `总台央视记者提问：` (2020-06-15) is an outlet label too, after the opening statement.
    const june15 = byDate.get('2020-06-15')!;
    expect(june15.records[0]!.kind).toBe('statement');
    expect(june15.records[0]!.answer[0]).toMatch(/^国务委员兼外交部长王毅将于6月16日/);
    expect(exchanges(june15).slice(0, 3).map((e) => e.outlet)).toEqual(['总台央视', '环球时报', '路透社']);
  });

  it('trims white space after a paragraph\'s last sentence, ideographic spaces (U+3000) included, and keeps those inside it', () => {
    const paragraphs = transcripts.flatMap((t) => t.records.flatMap((r) => [...r.answer, ...(r.kind === 'exchange' ? r.question : [])]));
    expect(paragraphs.filter((p) => /\s$/.test(p)).map((p) => p.slice(-12))).toEqual([]);
    const oct30 = exchanges(byDate.get('2019-10-30')!)[0]!;
    expect(oct30.answer.at(-1)).toMatch(/解决经贸问题的办法。$/); // `办法。 　` on the page
    expect(visibleText(byDate.get('2019-10-30')!.file)).toMatch(/解决经贸问题的办法。 \u3000/);
    // Inside a line U+3000 is the Ministry's text: `新时代的中国：生态福建　丝路扬帆`.
    const july2 = byDate.get('2019-07-02')!.records.flatMap((r) => r.answer);
    expect(july2.some((p) => p.includes('生态福建\u3000丝路扬帆'))).toBe(true);
  });

  it('reads an outlet written in 《》 as the name inside them, as the plain labels write it, and takes the label off', () => {
    // Exchanges whose page labels the question `《中国日报》记者：` or `加拿大《环球邮报》记者：`, found in the page's text.
    const titled = transcripts.flatMap((t) => {
      const visible = visibleText(t.file);
      return exchanges(t).filter((e) => {
        const at = visible.indexOf(e.question[0]!);
        return e.outlet !== null && at >= 0 && visible.slice(0, at).trimEnd().endsWith(`《${e.outlet}》记者：`);
      });
    });
    expect(titled).toHaveLength(31);
    expect(Object.fromEntries(['中国日报', '北京青年报', '澳大利亚人报', '环球邮报', '环球时报', '北京日报', '南华早报'].map((o) => [o, titled.filter((e) => e.outlet === o).length])))
      .toEqual({ 中国日报: 6, 北京青年报: 8, 澳大利亚人报: 7, 环球邮报: 4, 环球时报: 3, 北京日报: 2, 南华早报: 1 });
    const apr21 = exchanges(byDate.get('2020-04-21')!)[2]!;
    expect([apr21.id, apr21.outlet]).toEqual(['zh-2020-04-21#3', '中国日报']);
    expect(apr21.question[0]).toMatch(/^3月30日，越南常驻联合国代表团向联合国递交照会/);
    // `加拿大《环球邮报》记者：` (2020-06-19) is the outlet `环球邮报记者：` names on 2020-05-26; a second question of it follows up.
    const june19 = exchanges(byDate.get('2020-06-19')!);
    expect(june19.filter((e) => e.outlet === '环球邮报').map((e) => [e.id, e.followup])).toEqual([
      ['zh-2020-06-19#2', null], ['zh-2020-06-19#15', null], ['zh-2020-06-19#16', 'zh-2020-06-19#15'], ['zh-2020-06-19#18', null],
    ]);
    expect(exchanges(byDate.get('2020-05-26')!).filter((e) => e.outlet === '环球邮报').length).toBeGreaterThan(2);
    // A follow-up labelled `记者：` after such a question is that outlet's too.
    expect(exchanges(byDate.get('2020-04-28')!).find((e) => e.id === 'zh-2020-04-28#5')).toMatchObject({ outlet: '澳大利亚人报', followup: 'zh-2020-04-28#4' });
  });

  it('reads numbered and outlet follow-up labels (追问一：, 彭博社记者追问：) as follow-ups, and 外国记者 as no outlet', () => {
    const dec20 = exchanges(byDate.get('2019-12-20')!);
    expect(dec20.slice(11, 13).map((e) => [e.id, e.followup, e.question[0]])).toEqual([
      ['zh-2019-12-20#12', 'zh-2019-12-20#11', '你能否就“desperate”解释一下？'],
      ['zh-2019-12-20#13', 'zh-2019-12-20#12', '那你所说的“火中取栗”是什么意思？'],
    ]);
    expect(exchanges(byDate.get('2020-04-30')!)[1]).toMatchObject({
      id: 'zh-2020-04-30#2', outlet: '彭博社', followup: 'zh-2020-04-30#1', question: ['中国是否同其他国家有类似的安排？是哪些国家？'],
    });
    const june15 = exchanges(byDate.get('2020-06-15')!)[6]!;
    expect([june15.id, june15.outlet]).toEqual(['zh-2020-06-15#7', null]); // `外国记者提问：`, a foreign journalist
    expect(june15.question[0]).toMatch(/^在澳大利亚，有观点认为/);
  });

  it('reads the occasion from the title: the online briefings of February 2020 (网上例行记者会) are not regular press conferences', () => {
    const online = transcripts.filter((t) => t.occasion === 'online-briefing');
    expect(online.map((t) => t.date)).toEqual(transcripts.filter((t) => t.title.includes('主持网上例行记者会')).map((t) => t.date));
    expect(online).toHaveLength(15);
    expect(online.every((t) => t.date >= '2020-02-03' && t.date <= '2020-02-21')).toBe(true);
    expect(transcripts.filter((t) => t.occasion !== 'online-briefing').every((t) => t.occasion === 'press-conference' && t.title.includes('主持例行记者会'))).toBe(true);
  });

  it('links follow-ups (追问：, 记者：) to the exchange they follow', () => {
    const followups = transcripts.flatMap((t) => exchanges(t).filter((e) => e.followup !== null));
    expect(followups.length).toBeGreaterThan(100);
    const ids = new Set(transcripts.flatMap((t) => t.records.map((r) => r.id)));
    expect(followups.every((e) => ids.has(e.followup!) && e.followup!.split('#')[0] === e.id.split('#')[0])).toBe(true);
  });

  it('gives ids that never meet the English ones, unique across both languages', () => {
    const english = parseTranscriptFiles(['seeds/mfa-en']).flatMap((o) => (o.ok ? o.transcript.records.map((r) => r.id) : []));
    const chinese = transcripts.flatMap((t) => t.records.map((r) => r.id));
    expect(chinese.every((id) => /^zh-\d{4}-\d{2}-\d{2}#(s\d+[a-z]?|\d+)$/.test(id))).toBe(true);
    const all = [...english, ...chinese];
    expect(new Set(all).size).toBe(all.length);
  });
});
