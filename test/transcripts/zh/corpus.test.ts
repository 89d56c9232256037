import { readFileSync } from 'node:fs';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { parseTranscriptFiles } from '../../../src/transcripts/corpus.js';
import { exchanges, verbatimMisses } from '../helpers.js';

/**
 * The page's visible transcript text, computed without the parser: the content div's markup (up
 * to the attachment list that follows it) with scripts and tags removed, entities decoded, runs of
 * white space other than the ideographic space U+3000 collapsed.
 */
function visibleText(file: string): string {
  const raw = readFileSync(file, 'utf8');
  const start = raw.indexOf('id="News_Body_Txt_A"');
  const end = raw.indexOf('id="appendix_list"', start);
  const text = raw.slice(start, end).replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '').replace(/<[^>]*>/g, '');
  return decodeHTML(text).replace(/[^\S\u3000]+/g, ' ');
}

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
    expect(paragraphs.filter((p) => /^(问|答|追问)：/.test(p))).toEqual([]);
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
