import { describe, expect, it } from 'vitest';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';
import type { Exchange, Transcript, TranscriptRecord } from '../../src/transcripts/types.js';
import { UNMARKED_CLOSING_KEYS, unmarkedClosingOpening } from '../../src/transcripts/unmarked-closings.js';
import { alignCorpus } from '../../src/transcripts/zh/bilingual.js';
import { chineseVisibleText, englishVisibleText } from './helpers.js';

const ALL = parseTranscriptFiles(['seeds/mfa-en', 'seeds/mfa-zh', 'seeds/plain-text', 'seeds/site-2026']).flatMap((o) => (o.ok ? [o.transcript] : []));
const byKey = new Map(ALL.map((t) => [t.key, t]));

function briefing(key: string): Transcript {
  const t = byKey.get(key);
  if (!t) throw new Error(`no bundled briefing ${key}`);
  return t;
}

function record(id: string): TranscriptRecord {
  const r = briefing(id.split('#')[0]!).records.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
}

/** The record just before `r` in its briefing's order. */
function before(r: TranscriptRecord): TranscriptRecord {
  return briefing(r.id.split('#')[0]!).records[r.position - 2]!;
}

/** Whether paragraph `next` follows paragraph `previous` on the page with nothing but white space between. */
function followsOnPage(visible: string, previous: string, next: string): boolean {
  const at = visible.indexOf(previous);
  if (at < 0) return false;
  const end = at + previous.length;
  const nextAt = visible.indexOf(next, end);
  return nextAt >= 0 && visible.slice(end, nextAt).trim() === '';
}

describe('a closing announcement a page runs on in an answer with no separator (unmarked-closings.ts)', () => {
  it('ends the answer where the announcement starts, and makes the announcement the closing statement #s2 right after it, verbatim', () => {
    expect(UNMARKED_CLOSING_KEYS).toHaveLength(75);
    for (const key of UNMARKED_CLOSING_KEYS) {
      const t = briefing(key);
      const opening = unmarkedClosingOpening(key)!;
      const closing = t.records.find((r) => r.id === `${key}#s2`);
      expect(closing?.kind, key).toBe('statement');
      expect(closing!.answer[0]!.startsWith(opening), key).toBe(true);
      expect(closing!.spokesperson, key).toBe(t.spokesperson);
      const answered = before(closing!) as Exchange;
      expect(answered.kind, key).toBe('exchange');
      expect(answered.answer.length, key).toBeGreaterThan(0);
      expect(answered.answer.some((p) => p.startsWith(opening)), key).toBe(false);
      // The page's paragraphs in order: the answer's last, then each of the announcement's, nothing between.
      const visible = (t.lang === 'zh' ? chineseVisibleText : englishVisibleText)(t.file);
      const run = [answered.answer.at(-1)!, ...closing!.answer];
      for (let i = 1; i < run.length; i++) expect(followsOnPage(visible, run[i - 1]!, run[i]!), `${key}: ${run[i]!.slice(0, 40)}`).toBe(true);
      // No announcement paragraph is left in any answer of the briefing.
      expect(t.records.filter((r) => r.kind === 'exchange' && r.answer.some((p) => closing!.answer.includes(p))).map((r) => r.id), key).toEqual([]);
    }
  });

  it('no longer cites an announcement as answering the question before it (the five English cases the Chinese pages mark with asterisks)', () => {
    const cases: [string, number, RegExp, number, RegExp, RegExp][] = [
      ['2019-01-08#10', 2, /I don't think we need to resort to any maneuvers to get our message across to the US side\.$/, 2,
        /^One year ago today, I announced here the opening of the official WeChat account of the Spokesperson's Office/, /You are all welcome to participate in this activity\.$/],
      ['2019-01-17#11', 1, /China will continue to unswervingly support Kenya's efforts to maintain national security and regional stability\.$/, 2,
        /^Due to scheduling reasons, the regular press conference of the Foreign Ministry will be adjourned on January 18 \(Friday\)\.$/, /^During the adjournment, .* via fax and e-mail as usual\.$/],
      ['2019-01-31#8', 2, /seek to resolve this issue based on consensus\.$/, 3,
        /^The Chinese Lunar New Year is just around the corner\./, /to ensure the safety of Chinese citizens\.$/],
      ['2019-02-01#10', 2, /his readiness to keep close contact with him in various ways\.$/, 2,
        /^According to the holiday schedule for the 2019 Spring Festival, the regular press conference of the Foreign Ministry will be adjourned/, /Happy Chinese New Year!$/],
      ['2020-06-05#10', 3, /inclusive growth of the world economy\.$/, 3,
        /^Due to work arrangement, I will be leaving for a new post\. Today is my last press conference as the MFA Spokesperson\./, /^Farewell\. Someday we will meet again\. Thank you all\.$/],
    ];
    for (const [id, paragraphs, lastWords, closingParagraphs, closingFirst, closingLast] of cases) {
      const answered = record(id) as Exchange;
      expect(answered.answer, id).toHaveLength(paragraphs);
      expect(answered.answer.at(-1), id).toMatch(lastWords);
      const closing = record(`${id.split('#')[0]}#s2`);
      expect([closing.kind, closing.position], id).toEqual(['statement', answered.position + 1]);
      expect(closing.answer, id).toHaveLength(closingParagraphs);
      expect(closing.answer[0], id).toMatch(closingFirst);
      expect(closing.answer.at(-1), id).toMatch(closingLast);
    }
  });

  it('puts the statement before a question raised after the conference, as a separator would (zh-2017-12-29)', () => {
    const [answered, closing, late] = ['zh-2017-12-29#5', 'zh-2017-12-29#s2', 'zh-2017-12-29#6'].map(record) as [Exchange, TranscriptRecord, Exchange];
    expect(answered.answer).toHaveLength(1);
    expect(answered.answer[0]).toMatch(/^中方强烈谴责这一暴力袭击事件.*所作的不懈努力。$/);
    expect(closing.answer).toHaveLength(2);
    expect(closing.answer[0]).toMatch(/^如果没有问题了，我宣布一则通知：根据2018年元旦假期放假安排/);
    expect(closing.answer[1]).toMatch(/祝大家新年快乐、身体健康、阖家幸福！谢谢！$/);
    expect([answered.position, closing.position, late.position]).toEqual([5, 6, 7]);
    expect(late.question[0]).toMatch(/^会后有记者问及：/);
  });

  it('leaves a related remark that ends an answer in that answer', () => {
    // A holiday travel reminder after a question about tourists (or an arrest) abroad answers it.
    expect((record('2018-12-27#4') as Exchange).answer.at(-1)).toMatch(/^The New Year's Day holiday is approaching, and we want to take this opportunity to remind/);
    expect((record('2019-12-31#9') as Exchange).answer[1]).toMatch(/^The New Year and the Chinese Lunar New Year holidays are around the corner\./);
    expect((record('zh-2018-04-25#7') as Exchange).answer.at(-1)).toBe('希望大家高高兴兴出行，平平安安回家。');
    // The briefing announced in the answer about the visit it presents.
    expect((record('zh-2017-11-06#1') as Exchange).answer.at(-1)).toMatch(/^今天下午4点，我们将在蓝厅举行中外媒体吹风会/);
    // Briefings without a listed announcement keep their ids: every closing statement is one a separator or the list gives.
    const closings = ALL.filter((t) => t.records.some((r) => r.id === `${t.key}#s2`));
    expect(closings.filter((t) => t.lang !== 'zh')).toHaveLength(47); // 26 after a separator, 21 listed
    expect(closings.filter((t) => t.lang === 'zh')).toHaveLength(84); // 30 after a separator (four of them spaced), 54 listed
  });

  it('reads asterisks spaced out on a line of their own as a separator (four Chinese pages of 2017)', () => {
    for (const key of ['zh-2017-02-16', 'zh-2017-03-07', 'zh-2017-03-14', 'zh-2017-04-10']) {
      const t = briefing(key);
      const texts = t.records.flatMap((r) => [...(r.kind === 'exchange' ? r.question : []), ...r.answer]);
      expect(texts.filter((p) => /^[*＊\s]+$/.test(p)), key).toEqual([]);
      expect(t.records.at(-1)!.id, key).toBe(`${key}#s2`);
    }
    // zh-2017-03-07 set the line in bold: it opened a "question" whose answer was the announcement.
    const t = briefing('zh-2017-03-07');
    expect(t.records.filter((r) => r.kind === 'exchange')).toHaveLength(11);
    expect(t.records.at(-1)!.answer[0]).toMatch(/^外交部长王毅将于3月8日（星期三）在“两会”新闻中心举行中外记者会/);
  });

  it('pairs each English closing statement with the Chinese one of its day', () => {
    const pairs = alignCorpus(ALL);
    const english = ALL.filter((t) => t.lang !== 'zh' && t.records.some((r) => r.id === `${t.key}#s2`) && byKey.has(`zh-${t.date}`));
    expect(english.length).toBeGreaterThanOrEqual(47);
    for (const t of english) expect(pairs.get(`${t.key}#s2`)?.zh, t.key).toBe(`zh-${t.date}#s2`);
  });
});
