import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toIndexedRecords } from '../../src/store/records.js';
import { parseTranscriptFiles } from '../../src/transcripts/corpus.js';
import { outcomeToJson } from '../../src/transcripts/json.js';
import { RAISED_AFTER_LEAD } from '../../src/transcripts/turns.js';
import type { Exchange, Transcript } from '../../src/transcripts/types.js';
import { chineseVisibleText, englishVisibleText, exchanges, parseSeed, verbatimMisses } from './helpers.js';

/** The ids of a transcript's exchanges the parser reads as raised after the conference. */
const raisedAfter = (t: Transcript): string[] => exchanges(t).filter((e) => e.raisedAfter === true).map((e) => e.id);

describe('questions raised after the press conference (Exchange.raisedAfter)', () => {
  it('under the editor\'s heading, every question after it is raised after, none before (English pages)', () => {
    const pages: [file: string, after: string[], lastBefore: string][] = [
      ['t1765751.shtml', ['2020-04-03#14', '2020-04-03#15'], '2020-04-03#13'], // "The following questions were posed after the regular press conference:"
      ['t1769241.shtml', ['2020-04-13#9', '2020-04-13#10'], '2020-04-13#8'], // "The following questions were raised after the press conference:"
      ['t1793861.shtml', ['2020-07-01#11'], '2020-07-01#10'], // "The following question was asked after the regular press conference."
      ['t1794629.shtml', ['2020-07-03#11'], '2020-07-03#10'],
    ];
    for (const [file, after, lastBefore] of pages) {
      const t = parseSeed(file);
      expect(raisedAfter(t)).toEqual(after);
      const all = exchanges(t);
      // The questions under the heading carry no words of the editor's: the heading alone told.
      for (const id of after) expect(RAISED_AFTER_LEAD.test(all.find((e) => e.id === id)!.question[0]!)).toBe(false);
      expect(all.findIndex((e) => e.id === after[0]) - 1).toBe(all.findIndex((e) => e.id === lastBefore));
      // The statement closing the briefing is no question raised after it.
      for (const r of t.records) if (r.kind === 'statement') expect('raisedAfter' in r).toBe(false);
    }
  });

  it('a question the editor\'s words open is raised after, and so is every exchange after it (二、…, a follow-up)', () => {
    const pages: [file: string, after: string[]][] = [
      ['t1685765.shtml', ['2019-08-02#15']], // "This question was raised after the press conference: …"
      ['t1651487.shtml', ['2019-04-04#8']], // the editor's report: "After the Press Conference, a journalist asked if …"
      ['seeds/mfa-zh/t1769120.shtml', ['zh-2020-04-13#9', 'zh-2020-04-13#10']], // 会后有记者问及：一、… then 二、…
      ['seeds/mfa-zh/t1503405.shtml', ['zh-2017-10-20#3', 'zh-2017-10-20#4']], // 会后，有记者问及：… then its follow-up
    ];
    for (const [file, after] of pages) {
      const t = parseSeed(file);
      expect(raisedAfter(t)).toEqual(after);
      expect(exchanges(t).at(-1)!.id).toBe(after.at(-1));
    }
    const chinese = exchanges(parseSeed('seeds/mfa-zh/t1769120.shtml'));
    expect(chinese.find((e) => e.id === 'zh-2020-04-13#10')!.question[0]).toMatch(/^二、据报道，非洲驻华使节近日表示/);
  });

  it('an answer given after the conference to a question asked in it is not a question raised after (2020-04-07#12)', () => {
    const t = parseSeed('t1767006.shtml');
    const late = exchanges(t).at(-1)!;
    expect(late.question[0]).toMatch(/^After the press conference, Zhao made further response/);
    expect(raisedAfter(t)).toEqual([]);
  });

  it('splits the question the Chinese page of 2016-12-28 sets after its last answer into an exchange of its own, word for word', () => {
    const file = 'seeds/mfa-zh/t1427249.shtml';
    const t = parseSeed(file);
    const all = exchanges(t);
    expect(all.map((e) => e.id)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `zh-2016-12-28#${n}`));
    const [pearlHarbor, yasukuni] = [all[4]!, all[5]!];
    // The answer before it ends where the page's answer ends, its two paragraphs as published.
    expect(pearlHarbor.raisedAfter).toBeUndefined();
    expect(pearlHarbor.answer.length).toBe(2);
    expect(pearlHarbor.answer[1]).toMatch(/^我想强调指出，日本当年对中国等亚洲邻国发动的是侵略战争。.*也不如一次深刻真诚的反省对未来更加有益。$/);
    expect(pearlHarbor.answer.join('')).not.toMatch(/会后|靖国神社/);
    // The late question, the editor's words in bold and the question plain, and the answer under it.
    expect(yasukuni.raisedAfter).toBe(true);
    expect([yasukuni.outlet, yasukuni.followup, yasukuni.spokesperson]).toEqual([null, null, 'Hua Chunying']);
    expect(yasukuni.question).toEqual(['会后，有记者问及：日本复兴大臣今村雅弘今天下午参拜了靖国神社。中方对此有何评论？']);
    expect(yasukuni.answer.length).toBe(1);
    expect(yasukuni.answer[0]).toMatch(/^华春莹表示，中方坚决反对日本内阁成员参拜供奉有二战甲级战犯、美化侵略战争的靖国神社。.*以实际行动取信于亚洲邻国和国际社会。$/);
    const { misses, checked } = verbatimMisses([t], chineseVisibleText);
    expect(checked).toBeGreaterThan(12);
    expect(misses).toEqual([]);
    // The page's text is all there, once: nothing lost, nothing repeated.
    const visible = chineseVisibleText(file);
    for (const p of [...yasukuni.question, ...yasukuni.answer]) expect(visible.split(p).length).toBe(2);
  });

  describe('over every bundled page', () => {
    const folders = ['seeds/mfa-en', 'seeds/mfa-zh', 'seeds/site-2026', 'seeds/plain-text'];
    const files = folders.flatMap((d) => readdirSync(d).filter((f) => /\.(s?html|txt)$/.test(f)).map((f) => `${d}/${f}`));
    const outcomes = parseTranscriptFiles(files);
    const transcripts = outcomes.flatMap((o) => (o.ok ? [o.transcript] : []));

    it('every question the editor\'s words open is raised after, and those raised after end their briefing', () => {
      let opened = 0;
      let briefings = 0;
      for (const t of transcripts) {
        const all = exchanges(t);
        for (const e of all) {
          if (RAISED_AFTER_LEAD.test(e.question[0]!)) {
            opened++;
            expect(e.raisedAfter, e.id).toBe(true);
          }
        }
        const first = all.findIndex((e) => e.raisedAfter);
        if (first < 0) continue;
        briefings++;
        // From the first question raised after on, every exchange is one: none asked in the conference follows.
        expect(all.slice(first).filter((e) => !e.raisedAfter).map((e) => e.id)).toEqual([]);
      }
      expect(opened).toBeGreaterThanOrEqual(44);
      // Besides those: the four English pages under a heading, and the editor's report of 2019-04-04.
      expect(briefings).toBeGreaterThanOrEqual(opened + 5);
    });

    it('the English and the Chinese page of a day agree on how many questions were raised after the conference', () => {
      const count = new Map(transcripts.map((t) => [t.key, raisedAfter(t).length]));
      const days = transcripts.filter((t) => t.lang !== 'zh' && count.has(`zh-${t.key}`));
      expect(days.length).toBeGreaterThan(300);
      const differ = days.filter((t) => count.get(t.key) !== count.get(`zh-${t.key}`)).map((t) => `${t.key}: ${count.get(t.key)} vs ${count.get(`zh-${t.key}`)}`);
      expect(differ).toEqual([]);
      expect(days.filter((t) => count.get(t.key)! > 0).length).toBeGreaterThanOrEqual(16);
    });

    it('quotes the pages with questions raised after word for word', () => {
      const withLate = transcripts.filter((t) => raisedAfter(t).length > 0);
      const en = verbatimMisses(withLate.filter((t) => t.lang !== 'zh'), englishVisibleText);
      const zh = verbatimMisses(withLate.filter((t) => t.lang === 'zh'), chineseVisibleText);
      expect(en.checked + zh.checked).toBeGreaterThan(500);
      expect([...en.misses, ...zh.misses]).toEqual([]);
    });

    it('is given by parse --json as raised_after: true, absent on every other record, and carried into the index records', () => {
      const json = outcomes.flatMap((o) => (outcomeToJson(o) as { records?: Record<string, unknown>[] }).records ?? []);
      const marked = json.filter((r) => 'raised_after' in r);
      const parsed = transcripts.flatMap((t) => raisedAfter(t));
      expect(marked.map((r) => r['id'])).toEqual(parsed);
      expect(marked.every((r) => r['raised_after'] === true && r['kind'] === 'exchange')).toBe(true);
      const indexed = transcripts.flatMap(toIndexedRecords);
      expect(indexed.filter((r) => r.raisedAfter === true).map((r) => r.id)).toEqual(parsed);
      expect(indexed.filter((r) => 'raisedAfter' in r).length).toBe(parsed.length);
      const exchange = (id: string): Exchange => transcripts.flatMap(exchanges).find((e) => e.id === id)!;
      expect(exchange('2020-06-19#20').raisedAfter).toBe(true);
    });
  });
});
